import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateSarif } from '../helpers/validate-sarif.ts';
import { folderWith, runCliIn } from '../helpers/cli.ts';

const privilegedPod = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  ephemeralContainers:
    - name: debug
      image: busybox
      securityContext: {privileged: true}
`;

const run = async (argv: string[], files: Record<string, string> = {}) => {
  const cwd = await folderWith(files);
  return { ...(await runCliIn(argv, cwd)), cwd };
};

describe('ephemeral-guard scan', () => {
  it('exits 0 on a clean folder and says so', async () => {
    const { code, stdout } = await run(['scan', '.'], { 'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n' });
    assert.equal(code, 0);
    assert.equal(stdout, 'No findings in 1 file.\n');
  });

  it('exits 1 on findings at or above --fail-on, grouped by file with line:col', async () => {
    const { code, stdout } = await run(['scan'], { 'pods/pod.yaml': privilegedPod });
    assert.equal(code, 1);
    assert.match(stdout, /^pods\/pod\.yaml\n {2}pods\/pod\.yaml:8:37 {2}error {3}EG302 {2}Ephemeral container "debug" of Pod\/web is privileged/);
    assert.match(stdout, /1 finding \(1 error, 0 warnings, 0 notes\) in 1 file\.\n$/);
  });

  it('exits 0 when findings are below --fail-on', async () => {
    const { code } = await run(['scan', '--fail-on', 'none'], { 'pod.yaml': privilegedPod });
    assert.equal(code, 0);
  });

  it('writes valid SARIF to --output', async () => {
    const { code, cwd } = await run(['scan', '--format', 'sarif', '--output', 'out/report.sarif', '--category', 'k8s'], { 'pod.yaml': privilegedPod });
    assert.equal(code, 1);
    const sarif = JSON.parse(await readFile(join(cwd, 'out/report.sarif'), 'utf8'));
    assert.deepEqual(validateSarif(sarif), []);
    assert.equal(sarif.runs[0].automationDetails.id, 'k8s/');
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'pod.yaml');
  });

  it('prints JSON with findings and the coverage matrix', async () => {
    const { stdout } = await run(['scan', '--format', 'json'], { 'pod.yaml': privilegedPod });
    const report = JSON.parse(stdout);
    assert.equal(report.findings[0].ruleId, 'EG302');
    assert.deepEqual(report.coverage, []);
  });

  it('scans one file outside the current folder, reported relative to its own folder', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'eg-file-'));
    await writeFile(join(elsewhere, 'pod.yaml'), privilegedPod);
    const { code, stdout } = await run(['scan', join(elsewhere, 'pod.yaml')]);
    assert.equal(code, 1);
    assert.match(stdout, /^pod\.yaml\n {2}pod\.yaml:8:37 /);
  });

  it('scans globs relative to the current folder', async () => {
    const { code, stdout } = await run(['scan', 'a/*.yaml'], { 'a/pod.yaml': privilegedPod, 'b/pod.yaml': privilegedPod });
    assert.equal(code, 1);
    assert.doesNotMatch(stdout, /b\/pod\.yaml/);
  });

  for (const [argv, message] of [
    [['scan', '--bogus'], /unknown option --bogus\./],
    [['scan', '--format', 'xml'], /--format must be one of text, json, sarif/],
    [['scan', '--fail-on', 'high'], /--fail-on must be one of/],
    [['scan', 'missing-folder'], /missing-folder does not exist/],
    [['scan', '--exclude', '../x/**'], /leaves the scanned folder/],
    [['scan', '--exclude', '{a,b'], /unbalanced braces/],
    [['scan', '--config', 'nope.yaml'], /Config file nope.yaml does not exist/],
    [['lint'], /unknown command "lint"/],
    [[], /no command given/],
  ] as const) {
    it(`exits 2 with one clear line: ${argv.join(' ') || '(no arguments)'}`, async () => {
      const { code, stderr } = await run([...argv]);
      assert.equal(code, 2);
      assert.match(stderr, message);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    });
  }

  it('reports a config mistake at its line and column', async () => {
    const { code, stderr } = await run(['scan'], { '.ephemeral-guard.yaml': 'rules:\n  EG999: off\n' });
    assert.equal(code, 2);
    assert.match(stderr, /\.ephemeral-guard\.yaml:2:3: unknown rule "EG999"/);
  });

  it('applies config rule levels', async () => {
    const { code, stdout } = await run(['scan'], { '.ephemeral-guard.yaml': 'rules:\n  privileged-ephemeral-container: warning\n', 'pod.yaml': privilegedPod });
    assert.equal(code, 0);
    assert.match(stdout, /warning EG302/);
  });

  it('prints help and version', async () => {
    assert.match((await run(['--help'])).stdout, /^Usage: ephemeral-guard scan/);
    assert.match((await run(['--version'])).stdout, /^\d+\.\d+\.\d+\n$/);
  });
});

describe('hostile input', () => {
  it('reports a binary file named .yaml and a YAML bomb, and still scans the rest', async () => {
    let bomb = 'apiVersion: v1\nkind: ConfigMap\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 40; i++) bomb += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    const { code, stdout } = await run(['scan', '--fail-on', 'error'], {
      'binary.yaml': '\u0000\u0001\u0002apiVersion kind',
      'bomb.yaml': bomb,
      'pod.yaml': privilegedPod,
    });
    assert.equal(code, 1);
    assert.match(stdout, /binary\.yaml\n {2}binary\.yaml:1:1 +warning EG001 {2}This file is binary/);
    assert.match(stdout, /bomb\.yaml\n {2}bomb\.yaml:4:\d+ +warning EG001 {2}Not valid YAML: its aliases expand to more than 1,000,000 nodes/);
    assert.match(stdout, /EG302/);
  });

  it('skips a 50 MB file with a notice', async () => {
    const big = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  x: "${'a'.repeat(50 * 1024 * 1024)}"\n`;
    const { code, stdout } = await run(['scan'], { 'big.yaml': big });
    assert.equal(code, 0);
    assert.match(stdout, /Skipped big\.yaml: it is 50\.0 MB, over the 5\.0 MB limit/);
  });
});
