/**
 * Paths from the repository root (issue 13): whatever the CLI is given (a subfolder, a glob, a
 * file, several folders) and wherever it runs from, every path it reports names the file from
 * the git top level, as code scanning reads SARIF URIs.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Log } from 'sarif';
import { gitTopLevel } from '../../src/discover/file-system.ts';
import { readInputFile } from '../../src/read-input.ts';
import { writeOutputFile } from '../../src/write-output.ts';
import { validateSarif } from '../helpers/validate-sarif.ts';
import { runCliIn } from '../helpers/cli.ts';

const privilegedPod = (name: string): string => `apiVersion: v1
kind: Pod
metadata: {name: ${name}}
spec:
  ephemeralContainers:
    - name: debug
      image: busybox
      securityContext: {privileged: true}
`;

/** A role that lets anyone bound to it add ephemeral containers: EG201 at its default (warning 5.0)… */
const debugRole = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: debugger, namespace: shop}
rules:
  - apiGroups: [""]
    resources: [pods/ephemeralcontainers]
    verbs: [update]
`;
/** …and one limited to a named pod: EG201 as a note at 3.0, its other severity variant. */
const namedPodRole = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: web-debugger, namespace: shop}
rules:
  - apiGroups: [""]
    resources: [pods/ephemeralcontainers]
    resourceNames: [web-0]
    verbs: [update]
`;

const FILES = {
  'k8s/pods/pod.yaml': privilegedPod('web'),
  'k8s/rbac/roles.yaml': `${debugRole}---\n${namedPodRole}`,
  'other/pod.yaml': privilegedPod('other'),
  'README.md': '# policies\n',
};

/** A git repository with FILES committed; returns its top level (real path). */
const repository = async (files: Record<string, string> = FILES): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'eg-repo-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'policies');
  return (await gitTopLevel(dir))!;
};

const cli = (argv: string[], cwd: string) =>
  runCliIn(argv, cwd, {
    io: { readText: (path) => readInputFile(path, { workspace: cwd, what: 'File' }), writeFile: (path, text) => writeOutputFile(path, text, { inside: cwd }) },
    deps: { gitTopLevel },
  });

const sarifOf = async (argv: string[], cwd: string): Promise<{ code: number; log: Log; stderr: string }> => {
  const { code, stdout, stderr } = await cli([...argv, '--format', 'sarif', '--fail-on', 'none'], cwd);
  assert.equal(code, 0, stderr);
  const log = JSON.parse(stdout) as Log;
  assert.deepEqual(validateSarif(log), []);
  return { code, log, stderr };
};

const urisOf = (log: Log): string[] => log.runs[0]!.results!.map((result) => `${result.ruleId} ${result.locations![0]!.physicalLocation!.artifactLocation!.uri}:${result.locations![0]!.physicalLocation!.region!.startLine}`);

/** sarif_check: every URI names a file that exists at the repository root. */
const everyUriExists = (log: Log, top: string): void => {
  const uris = [
    ...log.runs[0]!.results!.flatMap((result) => [...(result.locations ?? []), ...(result.relatedLocations ?? [])].map((location) => location.physicalLocation?.artifactLocation?.uri)),
    ...(log.runs[0]!.invocations ?? []).flatMap((invocation) => (invocation.toolExecutionNotifications ?? []).flatMap((n) => (n.locations ?? []).map((l) => l.physicalLocation?.artifactLocation?.uri))),
  ].filter((uri): uri is string => uri !== undefined);
  assert.ok(uris.length > 0);
  for (const uri of uris) assert.ok(existsSync(join(top, decodeURIComponent(uri))), `${uri} does not exist at the repository root`);
};

describe('CLI paths from the repository root', { concurrency: 2 }, () => {
  it('a subfolder, a glob, a file and a run from a subfolder all name files from the top level', async () => {
    const top = await repository();
    const expected = ['EG302 k8s/pods/pod.yaml:8', 'EG201 k8s/rbac/roles.yaml:6', 'EG201/low k8s/rbac/roles.yaml:14'];
    const fromTop = await sarifOf(['scan', 'k8s'], top);
    assert.deepEqual(urisOf(fromTop.log), expected);
    everyUriExists(fromTop.log, top);
    assert.deepEqual(urisOf((await sarifOf(['scan', 'k8s/**/*.yaml'], top)).log), expected);
    assert.deepEqual(urisOf((await sarifOf(['scan', 'k8s/pods/pod.yaml'], top)).log), ['EG302 k8s/pods/pod.yaml:8']);
    const inside = join(top, 'k8s', 'rbac');
    assert.deepEqual(urisOf((await sarifOf(['scan'], inside)).log), expected.slice(1));
    assert.deepEqual(urisOf((await sarifOf(['scan', '../pods'], inside)).log), ['EG302 k8s/pods/pod.yaml:8']);
    assert.deepEqual(urisOf((await sarifOf(['scan', 'roles.yaml'], inside)).log), expected.slice(1));
    // The text report and JSON name the same paths.
    const text = await cli(['scan', 'pods', '--fail-on', 'none'], join(top, 'k8s'));
    assert.match(text.stdout, /^k8s\/pods\/pod\.yaml\n {2}k8s\/pods\/pod\.yaml:8:37 {2}error/);
    const json = JSON.parse((await cli(['scan', '.', '--format', 'json', '--fail-on', 'none'], join(top, 'other'))).stdout) as { findings: { location: { file: string } }[] };
    assert.deepEqual(json.findings.map((f) => f.location.file), ['other/pod.yaml']);
  });

  it('several folders, and a folder with a file, are all scanned', async () => {
    const top = await repository();
    assert.deepEqual(urisOf((await sarifOf(['scan', 'k8s/pods/', 'other/'], top)).log), ['EG302 k8s/pods/pod.yaml:8', 'EG302 other/pod.yaml:8']);
    assert.deepEqual(urisOf((await sarifOf(['scan', 'other/', 'k8s/pods/pod.yaml'], top)).log), ['EG302 k8s/pods/pod.yaml:8', 'EG302 other/pod.yaml:8']);
    assert.deepEqual(urisOf((await sarifOf(['scan', 'k8s', 'k8s/pods'], top)).log).length, 3, 'an overlap is scanned once');
  });

  it('a path or glob that matches nothing is exit 2 with one line; nothing to scan is said, and fails when asked', async () => {
    const top = await repository();
    assert.deepEqual(await cli(['scan', 'nowhere/'], top), { code: 2, stdout: '', stderr: 'ephemeral-guard: nowhere/ does not exist (give a folder, a file or a glob).\n' });
    const glob = await cli(['scan', 'k8s/**/*.yml'], top);
    assert.deepEqual(glob, { code: 2, stdout: '', stderr: `ephemeral-guard: No file matches k8s/**/*.yml (in ${top}).\n` });
    await mkdir(join(top, 'docs'));
    await writeFile(join(top, 'docs', 'mkdocs.yml'), 'site_name: policies\n');
    const nothing = await cli(['scan', 'docs'], top);
    assert.equal(nothing.code, 0);
    assert.equal(nothing.stderr, 'ephemeral-guard: No Kubernetes object found in the 1 file(s) scanned. Check the paths given (and, in the Action, checkout-path). (--fail-if-nothing-scanned makes this an error.)\n');
    const failing = await cli(['scan', 'docs', '--fail-if-nothing-scanned'], top);
    assert.equal(failing.code, 2);
    assert.equal(failing.stderr, 'ephemeral-guard: No Kubernetes object found in the 1 file(s) scanned. Check the paths given (and, in the Action, checkout-path).\n');
  });

  it('a rule with two severity variants: each result names a descriptor that carries its own security-severity', async () => {
    const top = await repository();
    const { log } = await sarifOf(['scan', 'k8s'], top);
    const rules = log.runs[0]!.tool.driver.rules!;
    for (const result of log.runs[0]!.results!) {
      const descriptor = rules[result.ruleIndex!]!;
      assert.equal(descriptor.id, result.ruleId);
      assert.equal(descriptor.properties!['security-severity'], result.properties!['security-severity'], result.ruleId);
    }
    const eg201 = rules.filter((rule) => rule.id.startsWith('EG201'));
    assert.deepEqual(eg201.map((rule) => [rule.id, rule.properties!['security-severity'], rule.defaultConfiguration!.level]), [['EG201', '5.0', 'warning'], ['EG201/low', '3.0', 'note']]);
    assert.equal(log.runs[0]!.automationDetails, undefined, 'no category unless --category');
    const eg001 = rules.find((rule) => rule.id === 'EG001')!;
    assert.equal(eg001.properties!['problem.severity'], 'warning');
    assert.equal(eg001.properties!['security-severity'], undefined);
  });

  it('a baseline written before (paths relative to the scanned folder) still matches', async () => {
    const top = await repository();
    const current = JSON.parse((await cli(['scan', 'k8s', '--format', 'json', '--fail-on', 'none'], top)).stdout) as { findings: { location: { file: string } }[] };
    const old = { ...current, findings: current.findings.map((f) => ({ ...f, location: { ...f.location, file: f.location.file.replace(/^k8s\//, '') } })) };
    await writeFile(join(top, 'old-baseline.json'), JSON.stringify(old));
    const compared = await cli(['scan', 'k8s', '--baseline', 'old-baseline.json'], top);
    assert.equal(compared.code, 0, compared.stdout);
    assert.match(compared.stdout, /\[unchanged\]/);
    assert.doesNotMatch(compared.stdout, /\[new\]|Gone since the baseline/);
    // A SARIF baseline with a variant id matches its rule.
    const sarif = (await cli(['scan', 'k8s', '--format', 'sarif', '--fail-on', 'none'], top)).stdout;
    await writeFile(join(top, 'base.sarif'), sarif);
    assert.equal((await cli(['scan', 'k8s', '--baseline', 'base.sarif'], top)).code, 0);
  });
});
