import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { colorEnabled } from '../../src/report/color.ts';
import { progressLine, PROGRESS_DELAY_MS } from '../../src/cli/progress.ts';
import { type CliIO } from '../../src/cli/cli-io.ts';
import { RULES } from '../../src/rules/index.ts';
import { RULE_DOCS } from '../../src/rules/rule-docs.generated.ts';
import { closest } from '../../src/suggest.ts';
import { folderWith, runCliIn } from '../helpers/cli.ts';

const privilegedPod = (name: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  ephemeralContainers:\n    - name: debug\n      image: busybox\n      securityContext: {privileged: true}\n`;
/** A warning (EG201: a role that grants ephemeral containers, bound to no one) and no error. */
const warningOnly = `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: debugger}\nrules:\n  - apiGroups: [""]\n    resources: [pods/ephemeralcontainers]\n    verbs: [patch]\n`;

const run = async (argv: string[], files: Record<string, string> = {}, extra: Partial<CliIO> = {}) => {
  const cwd = await folderWith(files);
  return { ...(await runCliIn(argv, cwd, { io: extra })), cwd };
};

describe('ephemeral-guard rules and explain', () => {
  it('rules lists every rule with its level and name', async () => {
    const { code, stdout } = await run(['rules']);
    assert.equal(code, 0);
    for (const rule of RULES) assert.match(stdout, new RegExp(`^${rule.meta.id} +${rule.meta.level} +${rule.meta.name} +`, 'm'));
  });

  it('explain prints the rule page, by id in any case or by name', async () => {
    for (const name of ['EG101', 'eg101', 'policy-skips-ephemeral-containers']) {
      const { code, stdout } = await run(['explain', name]);
      assert.equal(code, 0);
      assert.equal(stdout, RULE_DOCS.EG101);
    }
  });

  it('an unknown rule: exit 2 and the closest name', async () => {
    const { code, stderr } = await run(['explain', 'policy-skip-ephemeral-containers']);
    assert.equal(code, 2);
    assert.match(stderr, /unknown rule "policy-skip-ephemeral-containers"\. Did you mean "policy-skips-ephemeral-containers"\?/);
    assert.match((await run(['explain'])).stderr, /explain needs a rule id or name/);
  });
});

describe('ephemeral-guard scan flags', () => {
  it('did-you-mean for an unknown flag and command', async () => {
    const flag = await run(['scan', '--fail-of', 'error']);
    assert.equal(flag.code, 2);
    assert.match(flag.stderr, /^ephemeral-guard: unknown option --fail-of\. Did you mean "--fail-on"\?\n/);
    assert.match((await run(['scna'])).stderr, /unknown command "scna"\. Did you mean "scan"\?/);
    assert.equal(closest('--zzzzzz', ['--format']), undefined);
    assert.match((await run(['scan', '--format', 'jsno'])).stderr, /--format must be one of text, json, sarif \(got "jsno"\)\. Did you mean "json"\?/);
    const config = await run(['scan'], { '.ephemeral-guard.yaml': 'rules:\n  privileged-ephemeral-containers: off\n' });
    assert.equal(config.code, 2);
    assert.match(config.stderr, /unknown rule "privileged-ephemeral-containers" .*Did you mean "privileged-ephemeral-container"\?/);
  });

  it('scan - reads standard input, positions relative to the stream', async () => {
    const stream = `${privilegedPod('a')}---\n${privilegedPod('b')}`;
    const { code, stdout } = await run(['scan', '-'], {}, { readStdin: async () => stream });
    assert.equal(code, 1);
    assert.match(stdout, /^<stdin>\n {2}<stdin>:8:37 {3}error {3}EG302 .*Pod\/a.*\n {2}<stdin>:17:37 {2}error {3}EG302 .*Pod\/b/);
    assert.match(stdout, /in 1 file\.\n$/);
  });

  it('--quiet prints only the findings', async () => {
    const { code, stdout } = await run(['scan', '--quiet'], { 'pod.yaml': privilegedPod('a') });
    assert.equal(code, 1);
    assert.equal(stdout, 'pod.yaml\n  pod.yaml:8:37  error   EG302  Ephemeral container "debug" of Pod/a is privileged: it has full access to the node.\n');
  });

  it('--min-level error leaves warnings out of the report and the exit code', async () => {
    const all = await run(['scan', '--fail-on', 'warning', '--format', 'json'], { 'pod.yaml': warningOnly });
    assert.equal(all.code, 1);
    assert.ok(JSON.parse(all.stdout).findings.some((finding: { level: string }) => finding.level === 'warning'));
    const errors = await run(['scan', '--fail-on', 'warning', '--min-level', 'error', '--format', 'json'], { 'pod.yaml': warningOnly });
    assert.equal(errors.code, 0);
    assert.deepEqual(JSON.parse(errors.stdout).findings.filter((finding: { level: string }) => finding.level !== 'error'), []);
    assert.match((await run(['scan', '--min-level', 'none'])).stderr, /--min-level must be one of error, warning, note \(got "none"\)/);
  });

  it('--output writes the report and says where in one line', async () => {
    const { code, stdout, stderr, cwd } = await run(['scan', '--format', 'sarif', '--output', 'out/report.sarif'], { 'pod.yaml': privilegedPod('a') });
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, 'Wrote the SARIF report to out/report.sarif (1 finding).\n');
    assert.equal(JSON.parse(await readFile(join(cwd, 'out/report.sarif'), 'utf8')).version, '2.1.0');
  });

  it('--include-fixtures and --verbose reach the text report', async () => {
    const files = { 'test/pod.yaml': privilegedPod('a') };
    assert.match((await run(['scan'], files)).stdout, /^1 finding in test fixtures \(pass --include-fixtures to show\)\.\nNo findings in 1 file\.\n$/);
    assert.match((await run(['scan', '--include-fixtures'], files)).stdout, /^test\/pod\.yaml\n/);
  });

  it('config fixtures: replaces the default globs', async () => {
    const files = { '.ephemeral-guard.yaml': 'fixtures: ["e2e/**"]\n', 'test/pod.yaml': privilegedPod('a'), 'e2e/pod.yaml': privilegedPod('b') };
    const { stdout } = await run(['scan'], files);
    assert.match(stdout, /^test\/pod\.yaml\n/);
    assert.doesNotMatch(stdout, /e2e\/pod/);
    assert.match(stdout, /\n1 finding in test fixtures/);
    assert.match((await run(['scan'], { '.ephemeral-guard.yaml': 'fixtures: "e2e"\n' })).stderr, /fixtures must be a list of glob patterns/);
  });
});

describe('colour and progress', () => {
  it('NO_COLOR only when non-empty; FORCE_COLOR wins', () => {
    assert.equal(colorEnabled({}, true), true);
    assert.equal(colorEnabled({}, false), false);
    assert.equal(colorEnabled({ NO_COLOR: '' }, true), true);
    assert.equal(colorEnabled({ NO_COLOR: '1' }, true), false);
    assert.equal(colorEnabled({ FORCE_COLOR: '1' }, false), true);
    assert.equal(colorEnabled({ FORCE_COLOR: '1', NO_COLOR: '1' }, false), true);
    assert.equal(colorEnabled({ FORCE_COLOR: '0' }, true), false);
    assert.equal(colorEnabled({ FORCE_COLOR: 'false' }, true), false);
  });

  it('progress: nothing off a terminal or before the delay; then one rewritten line, cleared at the end', () => {
    const progress = { stage: 'read' as const, filesRead: 64, files: 200, templates: 2 };
    let written = '';
    const silent = progressLine((text) => void (written += text), false, () => 1e9);
    silent.update(progress);
    silent.done();
    assert.equal(written, '');
    let clock = 0;
    const line = progressLine((text) => void (written += text), true, () => clock);
    clock = PROGRESS_DELAY_MS - 1;
    line.update(progress);
    assert.equal(written, '');
    clock = PROGRESS_DELAY_MS;
    line.update(progress);
    line.done();
    assert.equal(written, '\r\u001b[2Kreading 64/200 files, 2 charts and kustomizations…\r\u001b[2K');
  });

  it('a scan prints no progress when standard error is a terminal but the scan is quick', async () => {
    const { stderr } = await run(['scan'], { 'pod.yaml': privilegedPod('a') }, { stderrIsTTY: true });
    assert.equal(stderr, '');
  });

  it('a slow scan shows progress on a terminal standard error', async () => {
    let clock = 0;
    const { stderr, stdout } = await run(['scan'], { 'pod.yaml': privilegedPod('a') }, { stderrIsTTY: true, now: () => (clock += PROGRESS_DELAY_MS) });
    assert.ok(stderr.startsWith('\r\u001b[2Krendering…') && stderr.endsWith('\r\u001b[2K'), JSON.stringify(stderr));
    assert.match(stdout, /^pod\.yaml\n/);
  });
});

describe('progress during a long stage', () => {
  it('shows the last stage once the delay is over, without a new event', async () => {
    let written = '';
    const line = progressLine((text) => void (written += text), true, () => 0);
    line.update({ stage: 'render', filesRead: 0, files: 3, templates: 1 });
    assert.equal(written, '');
    await new Promise((resolve) => setTimeout(resolve, PROGRESS_DELAY_MS + 100));
    line.done();
    assert.equal(written, '\r\u001b[2Krendering, 1 chart or kustomization…\r\u001b[2K');
  });
});
