import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.ts';
import { type CliIO } from '../../src/cli/cli-io.ts';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';
import { nodeFileSystem } from '../../src/discover/file-system.ts';
import { scan, type ScanRequest } from '../../src/scan.ts';
import { UserError } from '../../src/errors.ts';
import { toJson } from '../../src/report/json.ts';
import { toSarif } from '../../src/report/sarif.ts';
import { toText } from '../../src/report/text.ts';
import { compareWithBaseline, parseBaseline } from '../../src/suppress/baseline.ts';
import { blockingFindings } from '../../src/suppress/predicates.ts';
import { validateSarif } from '../helpers/validate-sarif.ts';

const pod = (name: string, privileged = true) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  ephemeralContainers:\n    - name: debug\n      image: busybox\n      securityContext: {privileged: ${privileged}}\n`;

const scanFiles = (files: Record<string, string>, request: Partial<ScanRequest> = {}) => scan({ root: '/repo', ...request }, { fs: memoryFileSystem(files) });

/** Scan `before`, keep its report in `format`, scan `after` against it. */
const compare = async (before: Record<string, string>, after: Record<string, string>, format: 'sarif' | 'json') => {
  const first = await scanFiles(before);
  const report = format === 'sarif' ? JSON.stringify(toSarif(first)) : toJson(first);
  return scanFiles(after, { baseline: parseBaseline(`baseline.${format}`, report) });
};

const states = (findings: readonly { location: { file: string; startLine: number }; baselineState?: string }[]) =>
  findings.map((f) => `${f.location.file}:${f.location.startLine} ${f.baselineState}`);

for (const format of ['sarif', 'json'] as const) {
  describe(`baseline from a ${format} report`, () => {
    it('the same files: every finding unchanged, nothing fails', async () => {
      const result = await compare({ 'a.yaml': pod('a') }, { 'a.yaml': pod('a') }, format);
      assert.deepEqual(states(result.findings), ['a.yaml:9 unchanged']);
      assert.deepEqual(result.absent, []);
      assert.deepEqual(blockingFindings(result.findings, 'note'), []);
    });

    it('lines inserted above the finding: still unchanged', async () => {
      const moved = `# a comment\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: tools}\n---\n${pod('a')}`;
      const result = await compare({ 'a.yaml': pod('a') }, { 'a.yaml': moved }, format);
      assert.deepEqual(states(result.findings), ['a.yaml:15 unchanged']);
      assert.deepEqual(result.absent, []);
    });

    it('a copy of the same object inserted above: the original unchanged, the copy new', async () => {
      // The hash reads the 100 non-blank characters from the finding's line on: the copy's run
      // into the original below it, the original's still end the file, as in the baseline.
      const result = await compare({ 'a.yaml': pod('a') }, { 'a.yaml': `${pod('a')}---\n${pod('a')}` }, format);
      assert.deepEqual(states(result.findings), ['a.yaml:9 new', 'a.yaml:19 unchanged']);
      assert.equal(blockingFindings(result.findings, 'error').length, 1);
    });

    it('a renamed file: the old findings absent, the new ones new', async () => {
      const result = await compare({ 'old/pod.yaml': pod('a'), 'b.yaml': pod('b') }, { 'new/pod.yaml': pod('a'), 'b.yaml': pod('b') }, format);
      assert.deepEqual(states(result.findings), ['b.yaml:9 unchanged', 'new/pod.yaml:9 new']);
      assert.deepEqual(states(result.absent), ['old/pod.yaml:9 absent']);
      assert.equal(result.absent[0]!.ruleId, 'EG302');
      assert.equal(result.absent[0]!.ruleName, 'privileged-ephemeral-container');
      assert.equal(result.absent[0]!.location.startColumn, 37);
      assert.deepEqual(blockingFindings([...result.findings, ...result.absent], 'error').map((f) => f.location.file), ['new/pod.yaml']);
    });

    it('a fixed finding is absent; a rewritten finding line is new; a change above it is not', async () => {
      const result = await compare(
        { 'a.yaml': pod('a'), 'b.yaml': pod('b'), 'c.yaml': pod('c') },
        { 'a.yaml': pod('a', false), 'b.yaml': pod('b').replace('{privileged: true}', '{"privileged": true}'), 'c.yaml': pod('renamed') },
        format,
      );
      assert.deepEqual(states(result.findings), ['b.yaml:9 new', 'c.yaml:9 unchanged']);
      assert.deepEqual(states(result.absent), ['a.yaml:9 absent', 'b.yaml:9 absent']);
    });
  });
}

describe('baseline in the reports', () => {
  it('SARIF carries baselineState on every result, absent ones last; the upload leaves absent out', async () => {
    const result = await compare({ 'old.yaml': pod('a'), 'b.yaml': pod('b') }, { 'new.yaml': pod('a'), 'b.yaml': pod('b') }, 'sarif');
    const sarif = toSarif(result);
    assert.deepEqual(validateSarif(sarif), []);
    assert.deepEqual(
      sarif.runs[0]!.results!.map((r) => `${r.locations![0]!.physicalLocation!.artifactLocation!.uri} ${r.baselineState}`),
      ['b.yaml unchanged', 'new.yaml new', 'old.yaml absent'],
    );
    assert.deepEqual(toSarif(result, { upload: true }).runs[0]!.results!.map((r) => r.baselineState), ['unchanged', 'new']);
    // An absent result read back as a baseline is not a finding of that run.
    const again = await scanFiles({ 'new.yaml': pod('a'), 'b.yaml': pod('b') }, { baseline: parseBaseline('x.sarif', JSON.stringify(sarif)) });
    assert.deepEqual(again.absent, []);
  });

  it('text and JSON show the state and what is gone', async () => {
    const result = await compare({ 'old.yaml': pod('a') }, { 'new.yaml': pod('a') }, 'json');
    const text = toText(result, { color: false });
    assert.match(text, /^new\.yaml\n {2}new\.yaml:9:37 {2}error {3}EG302 {2}\[new\] Ephemeral container/);
    assert.match(text, /\nGone since the baseline \(1\)\n {2}old\.yaml:9 error EG302 {2}Ephemeral container "debug" of Pod\/a is privileged/);
    assert.match(text, /1 finding \(1 error, 0 warnings, 0 notes\) in 1 file \(1 new since the baseline\)\.\n$/);
    const json = JSON.parse(toJson(result));
    assert.equal(json.findings[0].baselineState, 'new');
    assert.equal(json.absent[0].location.file, 'old.yaml');
    assert.equal(json.absent[0].baselineState, 'absent');
  });

  it('is deterministic: the same inputs give the same bytes', async () => {
    const run = async () => {
      const result = await compare({ 'old.yaml': pod('a'), 'b.yaml': pod('b') }, { 'new.yaml': pod('a'), 'b.yaml': `# ephemeral-guard-ignore EG302 kept\n${pod('b')}`.replace('kind: Pod', 'kind: Pod # ephemeral-guard-ignore EG302 stale here') }, 'sarif');
      return [JSON.stringify(toSarif(result)), toJson(result), toText(result, { color: false })];
    };
    assert.deepEqual(await run(), await run());
  });
});

describe('parseBaseline', () => {
  it('refuses what is not one of our reports, saying what it expects', () => {
    assert.throws(() => parseBaseline('b.txt', 'not json'), (error: unknown) => error instanceof UserError && /^Baseline b\.txt is not JSON/.test(error.message));
    assert.throws(() => parseBaseline('b.json', '{"results": []}'), /neither a SARIF log \(runs\) nor a JSON report \(findings\)/);
    assert.throws(() => parseBaseline('b.json', '{"findings": [{"level": "error"}]}'), /findings\[0\] has no ruleId/);
    assert.throws(() => parseBaseline('b.sarif', '{"runs": [{"results": [{"ruleId": "EG302"}]}]}'), /runs\[0\]\.results\[0\] has no location/);
  });

  it('decodes SARIF URIs and keeps the fingerprint', () => {
    const baseline = parseBaseline('b.sarif', JSON.stringify({ runs: [{ tool: { driver: { name: 'ephemeral-guard', rules: [{ id: 'EG302', name: 'privileged-ephemeral-container', defaultConfiguration: { level: 'error' } }] } }, results: [{ ruleId: 'EG302', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'my%20dir/p.yaml' }, region: { startLine: 3, startColumn: 5 } } }], partialFingerprints: { primaryLocationLineHash: 'abc:2' } }] }] }));
    assert.deepEqual(baseline.entries, [{ ruleId: 'EG302', ruleName: 'privileged-ephemeral-container', level: 'error', message: 'm', location: { file: 'my dir/p.yaml', startLine: 3, startColumn: 5, endLine: 3, endColumn: 5 }, lineHash: 'abc:2' }]);
    const { findings, absent } = compareWithBaseline([], baseline);
    assert.deepEqual(findings, []);
    assert.equal(absent[0]!.baselineState, 'absent');
  });
});

describe('ephemeral-guard scan --baseline / --write-baseline', () => {
  const cli = async (cwd: string, argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const io: CliIO = {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      isTTY: false,
      cwd,
      readText: (path) => readFile(path, 'utf8').catch(() => undefined),
      writeFile: (path, text) => writeFile(path, text),
    };
    const code = await runCli(argv, io, { fs: nodeFileSystem });
    return { code, stdout, stderr };
  };

  it('writes a baseline, then fails only on new findings', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'eg-baseline-'));
    await mkdir(join(cwd, 'k8s'));
    await writeFile(join(cwd, 'k8s/a.yaml'), pod('a'));
    const first = await cli(cwd, ['scan', 'k8s', '--write-baseline', 'baseline.json']);
    assert.equal(first.code, 1);
    const written = JSON.parse(await readFile(join(cwd, 'baseline.json'), 'utf8'));
    assert.equal(written.findings[0].ruleId, 'EG302');

    await writeFile(join(cwd, 'k8s/a.yaml'), `# moved down\n${pod('a')}`);
    const accepted = await cli(cwd, ['scan', 'k8s', '--baseline', 'baseline.json']);
    assert.equal(accepted.code, 0, accepted.stdout + accepted.stderr);
    assert.match(accepted.stdout, /\[unchanged\]/);

    await writeFile(join(cwd, 'k8s/b.yaml'), pod('b'));
    const added = await cli(cwd, ['scan', 'k8s', '--baseline', 'baseline.json', '--format', 'sarif']);
    assert.equal(added.code, 1);
    assert.deepEqual(JSON.parse(added.stdout).runs[0].results.map((r: { baselineState: string }) => r.baselineState), ['unchanged', 'new']);

    const missing = await cli(cwd, ['scan', 'k8s', '--baseline', 'nope.json']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Baseline nope\.json does not exist/);
  });

  it('a config override changes the level that fail-on sees, and what SARIF says', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'eg-levels-'));
    await writeFile(join(cwd, 'a.yaml'), pod('a'));
    await writeFile(join(cwd, '.ephemeral-guard.yaml'), 'rules:\n  privileged-ephemeral-container: warning\n');
    assert.equal((await cli(cwd, ['scan'])).code, 0);
    assert.equal((await cli(cwd, ['scan', '--fail-on', 'warning'])).code, 1);
    const sarif = JSON.parse((await cli(cwd, ['scan', '--format', 'sarif', '--fail-on', 'none'])).stdout);
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'EG302');
    assert.equal(rule.defaultConfiguration.level, 'warning');
    assert.equal(rule.properties['security-severity'], '6.9');
    assert.equal(sarif.runs[0].results[0].level, 'warning');
    assert.equal(sarif.runs[0].results[0].properties['security-severity'], '6.9');

    await writeFile(join(cwd, '.ephemeral-guard.yaml'), 'rules:\n  EG302: {level: note, securitySeverity: 2.0}\n');
    const noted = JSON.parse((await cli(cwd, ['scan', '--format', 'sarif', '--fail-on', 'none'])).stdout);
    assert.equal(noted.runs[0].results[0].level, 'note');
    assert.equal(noted.runs[0].results[0].properties['security-severity'], '2.0');

    await writeFile(join(cwd, '.ephemeral-guard.yaml'), 'rules:\n  EG302: off\n');
    const off = await cli(cwd, ['scan', '--format', 'sarif', '--fail-on', 'note']);
    assert.equal(off.code, 0);
    assert.deepEqual(JSON.parse(off.stdout).runs[0].tool.driver.rules.map((r: { id: string }) => r.id).includes('EG302'), false);

    await writeFile(join(cwd, '.ephemeral-guard.yaml'), 'rules:\n  EG302: warn\n');
    const bad = await cli(cwd, ['scan']);
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr, 'ephemeral-guard: .ephemeral-guard.yaml:2:10: rule EG302 must be set to off, error, warning or note (got "warn").\n');
  });
});
