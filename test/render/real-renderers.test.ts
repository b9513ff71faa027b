import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { nodeFileSystem } from '../../src/discover/file-system.ts';
import { scan, type ScanRequest } from '../../src/scan.ts';
import { createRunCommand, type RunCommandOptions } from '../../src/render/run-command.ts';
import { realHelms, skipUnlessReal } from './real-binaries.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/render');

/** A copy of a fixture folder outside the repository (no .gitignore, no other files). */
const copyOf = async (folder: string): Promise<string> => {
  const root = await mkdtemp(join(tmpdir(), 'eg-render-'));
  await cp(join(FIXTURES, folder), root, { recursive: true });
  return root;
};

const scanWith = async (root: string, options: RunCommandOptions, request: Partial<ScanRequest> = {}) => {
  const result = await scan({ root, ...request }, { fs: nodeFileSystem, runCommand: createRunCommand(options) });
  return result.findings.map((f) => ({ rule: f.ruleId, at: `${f.location.file}:${f.location.startLine}:${f.location.startColumn}-${f.location.endColumn}`, message: f.message }));
};

describe('render with the recorded helm executable', () => {
  const env = { path: `${join(FIXTURES, 'bin')}${delimiter}${process.env.PATH ?? ''}` };

  it('runs it without a shell and maps its output to the templates', async () => {
    const root = await copyOf('charts');
    const log = join(root, 'args.log');
    const findings = await scanWith(root, { ...env, extraEnv: { FAKE_HELM_LOG: log } }, { include: ['guard/**/*.yaml'] });
    assert.deepEqual(
      findings.filter((f) => f.rule === 'EG201' || f.rule === 'EG107').map((f) => f.at),
      ['guard/templates/psp.yaml:2:1-27', 'guard/templates/role.yaml:12:17-43'],
    );
    assert.deepEqual((await readFile(log, 'utf8')).split('\n'), ['template', 'release-name', './guard', '--namespace', 'default', '--kube-version', 'v1.33.0', '']);
  });

  it('turns a failure (its stderr) and a timeout into EG002, and renders the other charts', async () => {
    const root = await copyOf('charts');
    const started = Date.now();
    const findings = await scanWith(root, env, { render: { timeoutSeconds: 1 } });
    assert.ok(Date.now() - started < 10_000, 'the hanging helm was killed at the timeout');
    assert.deepEqual(findings.filter((f) => f.rule === 'EG002').map((f) => f.message), [
      'Helm chart missing-deps was not rendered: helm template exited with code 1: Error: An error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: common; vendor its dependencies (helm dependency build, and commit charts/): the scan never downloads them. Its 1 template file(s) were not analysed.',
      'Helm chart slow was not rendered: helm template did not finish within 1 s (raise render.timeoutSeconds in the config). Its 1 template file(s) were not analysed.',
    ]);
    assert.deepEqual(findings.filter((f) => f.rule === 'EG201').map((f) => f.at), ['guard/templates/role.yaml:12:17-43']);
  });

  it('a missing helm is an EG002', async () => {
    const root = await copyOf('charts');
    const findings = await scanWith(root, { path: join(root, 'no-such-folder') }, { include: ['guard/**/*.yaml'], render: { renderers: ['helm'] } });
    assert.deepEqual(findings.map((f) => f.message), ['Helm chart guard was not rendered: helm is not on PATH. Its 3 template file(s) were not analysed.']);
  });
});

/** kubectl 1.33 (kustomize v5) from the renderer cache (scripts/real-renderers.mjs). */
const real = realHelms.find((helm) => helm !== undefined);

describe('render with the real kustomize (kubectl 1.33)', { skip: skipUnlessReal(real, 'kubectl 1.33') }, () => {
  const env = { path: real?.path ?? '' };
  it('scans the overlay once, with findings in the base file and in the patch that wrote them', async () => {
    const root = await copyOf('kustomize');
    const findings = await scanWith(root, env, { render: { renderers: ['kustomize'] } });
    assert.deepEqual(findings.map((f) => `${f.rule} ${f.at}`).filter((f) => /EG201|EG302|EG002/.test(f)), [
      'EG302 base/debug-pod.yaml:13:21-25',
      'EG201 overlays/prod/add-ephemeral-containers.yaml:5:17-43',
      'EG002 remote/kustomization.yaml:1:1-2',
    ]);
    // The rendered names: the overlay's prefix and namespace, once (the base is not scanned alone).
    assert.match(findings.find((f) => f.rule === 'EG201')!.message, /^Role\/prod\/prod-debugger allows adding ephemeral containers/);
    assert.match(findings.find((f) => f.rule === 'EG302')!.message, /of Pod\/prod\/prod-toolbox is privileged/);
  });

  it('two overlays of one base (Audit, and a patch to Deny) give one finding at the line both read', async () => {
    const root = await copyOf('kustomize-variants');
    const findings = await scanWith(root, env, { render: { renderers: ['kustomize'] } });
    assert.deepEqual(findings.map((f) => `${f.rule} ${f.at}`), ['EG103 base/policy.yaml:12:21-25']);
    // The overlay that denies speaks: the audit variant's "only audits" would be wrong for it.
    assert.doesNotMatch(findings[0]!.message, /only audits/);
  });

  it('a resource reached through a symlinked folder maps to the file the link points to, once', async () => {
    const root = await copyOf('kustomize-variants');
    const { mkdir, symlink, writeFile } = await import('node:fs/promises');
    await mkdir(join(root, 'site'));
    await symlink('../base', join(root, 'site/shared'));
    await writeFile(join(root, 'site/kustomization.yaml'), 'resources:\n  - shared/policy.yaml\n');
    const findings = await scanWith(root, env, { render: { renderers: ['kustomize'] } });
    // Not "site/kustomization.yaml:1:1 (approximate ...)": the policy's own line, folded with the overlays'.
    assert.deepEqual(findings.map((f) => `${f.rule} ${f.at}`), ['EG103 base/policy.yaml:12:21-25']);
  });

  it('overlays that render one base unchanged give one coverage row; an overlay that changes it, its own', async () => {
    const root = await copyOf('kustomize-variants');
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(join(root, 'audit-copy'));
    await writeFile(join(root, 'audit-copy/kustomization.yaml'), 'resources:\n  - ../base\n');
    const result = await scan({ root, render: { renderers: ['kustomize'] } }, { fs: nodeFileSystem, runCommand: createRunCommand(env) });
    const rows = result.coverage.map((row) => `${row.location.file}:${row.location.startLine} ${row.verdict} enforces=${row.enforces}`);
    assert.deepEqual(rows, ['base/policy.yaml:1 not-covered enforces=no', 'base/policy.yaml:1 not-covered enforces=yes']);
  });

  it('a kustomize error is an EG002 with its message, and the plain files are still scanned', async () => {
    const root = await copyOf('kustomize');
    await cp(join(FIXTURES, 'kustomize/overlays/prod/kustomization.yaml'), join(root, 'overlays/prod/kustomization.yaml'));
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(root, 'overlays/prod/kustomization.yaml'), 'resources:\n  - ../../base\nnamespace: {prod: true}\n');
    const findings = await scanWith(root, env, { render: { renderers: ['kustomize'] } });
    const eg002 = findings.find((f) => f.rule === 'EG002' && f.at.startsWith('overlays/'))!;
    assert.match(eg002.message, /^Kustomization overlays\/prod\/kustomization\.yaml was not rendered: (kustomize build|kubectl kustomize) exited with code 1: .*namespace/);
    assert.deepEqual(findings.filter((f) => f.rule === 'EG302').map((f) => f.at), ['base/debug-pod.yaml:13:21-25']);
    assert.match(findings.find((f) => f.rule === 'EG302')!.message, /of Pod\/toolbox is privileged/);
  });
});
