// Issue 19 items 4 and 5 through the CLI entry: a wildcard bomb in a policy stays bounded and is
// decided exactly, and a committed link at an output path is refused with nothing written through it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { folderWith } from '../helpers/cli.ts';

/** The real entry (src/cli.ts) in a child process: its own writer and reader, as a user runs it. */
const cliProcess = (args: readonly string[], cwd: string): { code: number; stdout: string; stderr: string } => {
  const run = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), join(import.meta.dirname, '../../src/cli.ts'), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
};

const roleIn = (namespace: string): string =>
  `---\napiVersion: v1\nkind: Namespace\nmetadata: {name: ${namespace}}\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: debug, namespace: ${namespace}}\nrules: [{apiGroups: [""], resources: [pods/ephemeralcontainers], verbs: [patch]}]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: debug, namespace: ${namespace}}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: debug}\nsubjects: [{kind: User, name: dev}]\n`;

describe('hostile input through the CLI', () => {
  it('a namespace pattern of 40 wildcards: bounded, and it excludes exactly the namespace it matches', async () => {
    const pattern = `${'*a'.repeat(40)}*b`;
    const unmatched = 'a'.repeat(60);
    const matched = `${'a'.repeat(59)}b`;
    const cwd = await folderWith({
      'kyverno.yaml': await readFile('examples/kyverno/fixed/kyverno.yaml', 'utf8'),
      'rbac.yaml': roleIn(unmatched) + roleIn(matched),
      'policy.yaml': [
        'apiVersion: kyverno.io/v1',
        'kind: ClusterPolicy',
        'metadata: {name: wild}',
        'spec:',
        '  validationFailureAction: Enforce',
        '  rules:',
        '  - name: r',
        '    match: {any: [{resources: {kinds: [Pod]}}]}',
        `    exclude: {any: [{resources: {namespaces: ["${pattern}"]}}]}`,
        '    validate:',
        '      pattern:',
        '        spec:',
        '          =(ephemeralContainers): [{=(securityContext): {=(privileged): "false"}}]',
        '          containers: [{=(securityContext): {=(privileged): "false"}}]',
        '',
      ].join('\n'),
    }, 'eg-wild-');
    const started = Date.now();
    const { code, stdout } = cliProcess(['scan', '--format', 'json', '--fail-on', 'none'], cwd);
    assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
    assert.equal(code, 0);
    const report = JSON.parse(stdout) as { findings: { ruleId: string; message: string }[] };
    const unguarded = report.findings.filter((finding) => finding.ruleId === 'EG301');
    assert.ok(unguarded.length > 0 && unguarded.every((finding) => finding.message.includes(matched) && !finding.message.includes(unmatched)), JSON.stringify(unguarded));
  });

  it('--output and --write-baseline refuse a committed link (to a file outside, or dangling) and write nothing through it', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'eg-outside-'));
    await writeFile(join(outside, 'target'), 'untouched\n');
    const cwd = await folderWith({ 'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n' }, 'eg-links-');
    await symlink(join(outside, 'target'), join(cwd, 'out.json'));
    await symlink(join(outside, 'created'), join(cwd, 'base.json'));
    const output = cliProcess(['scan', '--format', 'json', '--output', 'out.json'], cwd);
    assert.equal(output.code, 2);
    assert.match(output.stderr, /^ephemeral-guard: cannot write out\.json: .*out\.json is a symbolic link; refusing to write through it\.\n$/);
    const baseline = cliProcess(['scan', '--write-baseline', 'base.json'], cwd);
    assert.equal(baseline.code, 2);
    assert.match(baseline.stderr, /^ephemeral-guard: cannot write the baseline base\.json: .*base\.json is a symbolic link; refusing to write through it\.\n$/);
    assert.equal(await readFile(join(outside, 'target'), 'utf8'), 'untouched\n');
    assert.equal(existsSync(join(outside, 'created')), false);
  });
});
