import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';
import { scan, type ScanRequest } from '../../src/scan.ts';
import type { CommandRequest, CommandResult, RunCommand } from '../../src/render/run-command.ts';
import { yaml } from '../helpers/yaml.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/render');

/** The files of a fixture folder, by path relative to `under`. */
const filesOf = (under: string, prefix = ''): Record<string, string> => {
  const files: Record<string, string> = {};
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else files[prefix + relative(under, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  visit(under);
  return files;
};

/** A fake renderer: answers by command, records every call. */
const fakeRun = (answer: (request: CommandRequest) => CommandResult): RunCommand & { calls: CommandRequest[] } => {
  const calls: CommandRequest[] = [];
  const run = async (request: CommandRequest) => {
    calls.push(request);
    return answer(request);
  };
  return Object.assign(run, { calls });
};

const RECORDED_GUARD = readFileSync(join(FIXTURES, 'recorded/guard.yaml'), 'utf8');
const helmOnly = (request: CommandRequest): CommandResult =>
  request.command === 'helm' ? { kind: 'exited', code: 0, stdout: RECORDED_GUARD, stderr: '' } : { kind: 'not-found' };

const privilegedPod = yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: plain}
  spec:
    ephemeralContainers:
      - name: debug
        image: busybox
        securityContext: {privileged: true}
`;

const run = async (files: Record<string, string>, runCommand: RunCommand | undefined, request: Partial<ScanRequest> = {}) => {
  const result = await scan({ root: '/repo', ...request }, { fs: memoryFileSystem(files), ...(runCommand ? { runCommand } : {}) });
  assert.deepEqual(result.notifications.filter((n) => n.level === 'error'), []);
  return result.findings.map((f) => ({
    rule: f.ruleId,
    at: `${f.location.file}:${f.location.startLine}:${f.location.startColumn}-${f.location.endLine}:${f.location.endColumn}`,
    message: f.message,
  }));
};

const at = (findings: { rule: string; at: string }[], rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.at);

describe('render: Helm', () => {
  const chart = filesOf(join(FIXTURES, 'charts/guard'), 'deploy/guard/');

  it('scans what helm template renders, at the template lines that wrote it', async () => {
    const runCommand = fakeRun(helmOnly);
    const findings = await run(chart, runCommand);
    // The ephemeral-containers rule of the Role: the exact item in templates/role.yaml.
    assert.deepEqual(at(findings, 'EG201'), ['deploy/guard/templates/role.yaml:12:17-12:43']);
    // The RoleBinding is the second document of role.yaml: its subject, not the Role's lines.
    assert.deepEqual(at(findings, 'EG202'), ['deploy/guard/templates/role.yaml:22:3-22:16']);
    // A whole object: the first line of its template that writes YAML (after `{{- if }}`).
    assert.deepEqual(at(findings, 'EG107'), ['deploy/guard/templates/psp.yaml:2:1-2:27']);
    assert.deepEqual(at(findings, 'EG002'), []);
    const exact = findings.find((f) => f.rule === 'EG201')!;
    assert.doesNotMatch(exact.message, /approximate/);
  });

  it('says when the line is approximate (a value written by toYaml)', async () => {
    const findings = await run(chart, fakeRun(helmOnly));
    const privileged = findings.filter((f) => f.rule === 'EG302');
    assert.deepEqual(privileged.map((f) => f.at), ['deploy/guard/templates/debug-pod.yaml:12:7-12:22']);
    assert.match(privileged[0]!.message, / \(approximate line: rendered by helm from deploy\/guard\/templates\/debug-pod\.yaml\)$/);
  });

  it('runs helm template with the release name, namespace and values files of the config, no shell, no network flags', async () => {
    const runCommand = fakeRun(helmOnly);
    await run({ ...chart, 'deploy/prod-values.yaml': 'debugging: {enabled: true}\n' }, runCommand, {
      render: { helm: { releaseName: 'guard', namespace: 'tools', values: { 'deploy/guard': ['deploy/prod-values.yaml'] } }, timeoutSeconds: 5 },
    });
    assert.deepEqual(runCommand.calls, [
      {
        command: 'helm',
        args: ['template', 'guard', './deploy/guard', '--namespace', 'tools', '--kube-version', 'v1.33.0', '--values', './deploy/prod-values.yaml'],
        cwd: '/repo',
        timeoutMs: 5000,
        inputs: ['deploy/guard', 'deploy/prod-values.yaml'],
      },
    ]);
  });

  it('applies an ignore comment written in the template to the rendered finding', async () => {
    const template = chart['deploy/guard/templates/role.yaml']!.replace(
      '    resources: ["pods/ephemeralcontainers"]',
      '    resources: ["pods/ephemeralcontainers"] # ephemeral-guard-ignore EG201 on-call break-glass role',
    );
    const result = await scan({ root: '/repo' }, { fs: memoryFileSystem({ ...chart, 'deploy/guard/templates/role.yaml': template }), runCommand: fakeRun(helmOnly) });
    const eg201 = result.findings.filter((f) => f.ruleId === 'EG201');
    assert.deepEqual(eg201.map((f) => [`${f.location.file}:${f.location.startLine}`, f.suppression?.justification]), [['deploy/guard/templates/role.yaml:12', 'on-call break-glass role']]);
  });

  it('renders a subchart with its parent only', async () => {
    const runCommand = fakeRun(helmOnly);
    await run(
      {
        ...chart,
        'deploy/guard/charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n',
        'deploy/guard/charts/sub/templates/sa.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: {{ .Release.Name }}}\n',
      },
      runCommand,
    );
    assert.deepEqual(runCommand.calls.map((call) => call.args[2]), ['./deploy/guard']);
  });

  it('gives EG002 with the reason when helm is missing, and scans everything else', async () => {
    const findings = await run({ ...chart, 'pod.yaml': privilegedPod }, fakeRun(() => ({ kind: 'not-found' })));
    assert.deepEqual(findings.filter((f) => f.rule === 'EG002').map((f) => [f.at, f.message]), [
      ['deploy/guard/Chart.yaml:1:1-1:2', 'Helm chart deploy/guard was not rendered: helm is not on PATH. Its 3 template file(s) were not analysed.'],
    ]);
    assert.deepEqual(at(findings, 'EG302'), ['pod.yaml:8:37-8:41']);
  });

  it('keeps the end of helm stderr when it fails', async () => {
    const findings = await run(
      chart,
      fakeRun(() => ({ kind: 'exited', code: 1, stdout: '', stderr: 'walk.go:74: found symbolic link\nError: parse error at (guard/templates/role.yaml:4): unexpected "}" in operand\n' })),
    );
    assert.deepEqual(findings.filter((f) => f.rule === 'EG002').map((f) => f.message), [
      'Helm chart deploy/guard was not rendered: helm template exited with code 1: walk.go:74: found symbolic link Error: parse error at (guard/templates/role.yaml:4): unexpected "}" in operand. Its 3 template file(s) were not analysed.',
    ]);
  });

  it('with render none (or no way to run renderers), reports each chart as not rendered', async () => {
    const off = await run(chart, fakeRun(helmOnly), { render: { renderers: 'none' } });
    assert.deepEqual(off.map((f) => f.message), ['Helm chart deploy/guard was not rendered: rendering with helm is off (render: none). Its 3 template file(s) were not analysed.']);
    const noRunner = await run(chart, undefined);
    assert.match(noRunner[0]!.message, /^Helm chart deploy\/guard was not rendered: this scan was given no way to run renderers\./);
  });
});

describe('render: kustomize (fake renderer)', () => {
  const tree = filesOf(join(FIXTURES, 'kustomize'));

  it('gives EG002 when neither kustomize nor kubectl is on PATH, and scans the resources as plain files', async () => {
    const runCommand = fakeRun(() => ({ kind: 'not-found' }));
    const findings = await run(tree, runCommand);
    assert.deepEqual(
      runCommand.calls.map((call) => `${call.command} ${call.args[0]}`),
      ['kustomize build', 'kubectl kustomize'],
      'tries kustomize, then kubectl, once; never the remote kustomization',
    );
    assert.deepEqual(findings.filter((f) => f.rule === 'EG002').map((f) => f.message), [
      'Kustomization overlays/prod/kustomization.yaml was not rendered: neither kustomize nor kubectl is on PATH. Its resources were scanned as plain files, but its patches and generators were not applied.',
      'Kustomization remote/kustomization.yaml was not rendered: it builds on remote bases or files (https://github.com/example/platform//deploy/rbac?ref=v1.2.0 (in remote/kustomization.yaml)), and the scan never fetches over the network. Its resources were scanned as plain files, but its patches and generators were not applied.',
    ]);
    assert.deepEqual(at(findings, 'EG302'), ['base/debug-pod.yaml:13:21-13:25']);
  });

  it("kubectl's log header (time, process id) is left out of an error: the message is the same on every run", async () => {
    const stderr = (time: string, pid: number) => `E1208 ${time}   ${pid} run.go:72] error: accumulating resources: accumulation err='must build at directory: not a valid directory'\n`;
    const messages = await Promise.all(
      [stderr('00:05:17.504804', 15733), stderr('23:59:01.000001', 42)].map(async (text) => {
        const findings = await run(tree, fakeRun((request) => (request.command === 'kustomize' ? { kind: 'not-found' } : { kind: 'exited', code: 1, stdout: '', stderr: text })), { render: { renderers: ['kustomize'] } });
        return findings.find((f) => f.rule === 'EG002' && f.message.includes('overlays/prod'))!.message;
      }),
    );
    assert.equal(messages[0], messages[1]);
    assert.match(messages[0]!, /kubectl kustomize exited with code 1: error: accumulating resources: accumulation err='must build at directory: not a valid directory'\./);
  });

  it("helm 4's warnings (slog level=WARN lines) are left out of an error: the message starts with the error", async () => {
    const stderr = 'level=WARN msg="this chart is deprecated"\nError: an error occurred while checking for chart dependencies.\n';
    const findings = await run(tree, fakeRun((request) => (request.command === 'kustomize' ? { kind: 'not-found' } : { kind: 'exited', code: 1, stdout: '', stderr })), { render: { renderers: ['kustomize'] } });
    assert.match(findings.find((f) => f.rule === 'EG002' && f.message.includes('overlays/prod'))!.message, /kubectl kustomize exited with code 1: Error: an error occurred while checking for chart dependencies\./);
  });

  it("a chart's required value that is not set: the EG002 says where to give values", async () => {
    const stderr = 'Error: execution error at (app/templates/sa.yaml:2:13): cluster.name is required\n';
    const chart = { 'deploy/app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n', 'deploy/app/templates/sa.yaml': 'kind: ServiceAccount\n' };
    const findings = await run(chart, fakeRun((request) => (request.command === 'helm' ? { kind: 'exited', code: 1, stdout: '', stderr } : { kind: 'not-found' })), { render: { renderers: ['helm'] } });
    assert.match(findings.find((f) => f.rule === 'EG002')!.message, /cluster\.name is required; the chart needs values its values\.yaml does not give: name a values file for it in render\.helm\.values \(\.ephemeral-guard\.yaml\)/);
  });

  it('a timeout is an EG002 that says how to raise it', async () => {
    const findings = await run(tree, fakeRun(() => ({ kind: 'timed-out', stderr: '' })), { render: { renderers: ['kustomize'], timeoutSeconds: 7 } });
    assert.equal(
      findings.find((f) => f.rule === 'EG002')!.message,
      'Kustomization overlays/prod/kustomization.yaml was not rendered: kustomize build did not finish within 7 s (raise render.timeoutSeconds in the config). Its resources were scanned as plain files, but its patches and generators were not applied.',
    );
  });
});

describe('render config: helm.kubeVersion', () => {
  it('takes a quoted Kubernetes version and refuses anything else', async () => {
    const { parseRenderConfig } = await import('../../src/render/options.ts');
    const fail = (code: string, path: readonly (string | number)[], message: string): never => {
      throw new Error(`${code} ${path.join('.')}: ${message}`);
    };
    assert.deepEqual(parseRenderConfig({ helm: { kubeVersion: '1.30' } }, fail), { helm: { kubeVersion: '1.30' } });
    assert.deepEqual(parseRenderConfig({ helm: { kubeVersion: 'v1.31.2' } }, fail), { helm: { kubeVersion: 'v1.31.2' } });
    assert.throws(() => parseRenderConfig({ helm: { kubeVersion: 1.3 } }, fail), /^Error: wrong-type helm\.kubeVersion: render\.helm\.kubeVersion must be a quoted/);
    assert.throws(() => parseRenderConfig({ helm: { kubeVersion: '1.30; rm -rf' } }, fail), /^Error: invalid-value helm\.kubeVersion/);
  });
});

describe('render: a flood of documents', () => {
  it('150,000 rendered documents are capped with an EG002, not a stack overflow', async () => {
    const flood = Array.from({ length: 150_000 }, (_, i) => `---\n# Source: flood/templates/many.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c${i}}\n`).join('');
    const files = { 'flood/Chart.yaml': 'apiVersion: v2\nname: flood\nversion: 0.1.0\n', 'flood/templates/many.yaml': 'kind: ConfigMap\n' };
    const findings = await run(files, fakeRun((request) => (request.command === 'helm' ? { kind: 'exited', code: 0, stdout: flood, stderr: '' } : { kind: 'not-found' })));
    assert.deepEqual(findings.filter((f) => f.rule === 'EG002').map((f) => f.message), [
      'Helm chart flood rendered 150000 documents, more than the 20000 one render may give: only the first 20000 were analysed.',
    ]);
  });
});

describe('render: a chart whose dependencies are not vendored in charts/', () => {
  const REFUSAL = (names: string) =>
    `Error: An error occurred while checking for chart dependencies. You may need to run \`helm dependency build\` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: ${names}\n`;
  const chartYaml = yaml`
    apiVersion: v2
    name: app
    version: 1.0.0
    dependencies:
      - name: exporter
        version: 1.x.x
        repository: https://charts.example.invalid
        condition: exporter.enabled
      - name: dashboards
        version: 2.x.x
        repository: https://charts.example.invalid
        condition: dashboards.enabled
        tags: [ui]
      - name: common
        version: 2.x.x
        repository: oci://registry.example.invalid/charts
  `;
  const template = yaml`
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata:
      name: {{ .Release.Name }}-debug
    rules:
      - apiGroups: [""]
        resources: ["pods/ephemeralcontainers"]
        verbs: ["patch"]
  `;
  const rendered = `---\n# Source: app/templates/role.yaml\n${template.replace('{{ .Release.Name }}', 'release-name')}`;
  const files = (extra: Record<string, string> = {}) => ({
    'deploy/app/Chart.yaml': chartYaml,
    'deploy/app/values.yaml': 'exporter:\n  enabled: false\ntags:\n  ui: false\n',
    'deploy/app/templates/role.yaml': template,
    ...extra,
  });
  /** helm as Helm 3 and 4 behave: refuses while Chart.yaml lists a dependency charts/ lacks. */
  const helm = (stdout = rendered) =>
    fakeRun((request) => {
      if (request.command !== 'helm') return { kind: 'not-found' };
      const listed = request.replaced?.[0]?.text ?? chartYaml;
      const missing = ['exporter', 'dashboards', 'common'].filter((name) => listed.includes(`name: ${name}`));
      return missing.length > 0 ? { kind: 'exited', code: 1, stdout: '', stderr: REFUSAL(missing.join(', ')) } : { kind: 'exited', code: 0, stdout, stderr: '' };
    });

  it('renders the chart\'s own templates from a staged Chart.yaml without them: findings at the template\'s lines, one EG002 at Chart.yaml', async () => {
    const runCommand = helm();
    const findings = await run(files(), runCommand);
    assert.deepEqual(at(findings, 'EG201'), ['deploy/app/templates/role.yaml:7:17-7:43']);
    assert.doesNotMatch(findings.find((f) => f.rule === 'EG201')!.message, /approximate/);
    assert.deepEqual(findings.filter((f) => f.rule === 'EG002').map((f) => [f.at, f.message]), [
      [
        'deploy/app/Chart.yaml:1:1-1:2',
        'Helm chart deploy/app was rendered without the dependencies exporter (off by default: exporter.enabled is false), dashboards (off by default: tags.ui is false), common (on by default: it has no condition or tags): they are listed in Chart.yaml but not in its charts/ folder, and the scan never downloads charts, so their templates were not analysed (the chart\'s own were). common is deployed by a default install: what it would deploy is exactly what was left out. Vendor them (helm dependency build, and commit charts/) to include them.',
      ],
    ]);
    // The same run twice, the second with Chart.yaml's other lines as written and its list emptied.
    assert.equal(runCommand.calls.length, 2);
    assert.deepEqual(runCommand.calls[1]!.args, runCommand.calls[0]!.args);
    assert.deepEqual(runCommand.calls[1]!.inputs, ['deploy/app']);
    assert.deepEqual(runCommand.calls[1]!.replaced, [{ path: 'deploy/app/Chart.yaml', text: 'apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies: []\n' }]);
  });

  it('judges on or off with the configured values files over values.yaml', async () => {
    const findings = await run(files({ 'ci/values.yaml': 'exporter:\n  enabled: true\n' }), helm(), { render: { helm: { values: ['ci/values.yaml'] } } });
    assert.match(findings.find((f) => f.rule === 'EG002')!.message, /exporter \(on by default: exporter\.enabled is true\).* exporter, common are deployed by a default install/);
  });

  it('keeps the refusal when it cannot leave them out: a name Chart.yaml does not list, requirements.yaml, flow style', async () => {
    const stranger = fakeRun(() => ({ kind: 'exited', code: 1, stdout: '', stderr: REFUSAL('other') }));
    const cases: [Record<string, string>, RunCommand & { calls: CommandRequest[] }][] = [
      [files(), stranger],
      [files({ 'deploy/app/requirements.yaml': 'dependencies:\n  - name: exporter\n' }), helm()],
      [files({ 'deploy/app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies: [{name: exporter, version: 1.x.x}]\n' }), helm()],
    ];
    for (const [tree, runCommand] of cases) {
      const findings = await run(tree, runCommand);
      assert.equal(runCommand.calls.length, 1);
      assert.deepEqual(at(findings, 'EG201'), []);
      assert.match(findings.find((f) => f.rule === 'EG002')!.message, /^Helm chart deploy\/app was not rendered: helm template exited with code 1: .*missing in charts\/ directory: .*the scan never downloads them\. Its 1 template file\(s\) were not analysed\.$/);
    }
  });

  it('says both failures when the chart fails without them too (a template that includes one of them)', async () => {
    const runCommand = fakeRun((request) =>
      request.replaced === undefined
        ? { kind: 'exited', code: 1, stdout: '', stderr: REFUSAL('exporter, dashboards, common') }
        : { kind: 'exited', code: 1, stdout: '', stderr: 'Error: template: app/templates/role.yaml:4:11: executing "app/templates/role.yaml" at <include "common.name" .>: error calling include: template: no template "common.name" associated with template "gotpl"\n' },
    );
    const findings = await run(files(), runCommand);
    assert.equal(runCommand.calls.length, 2);
    assert.deepEqual(findings.filter((f) => f.rule === 'EG002').map((f) => f.message), [
      `Helm chart deploy/app was not rendered: helm template exited with code 1: ${REFUSAL('exporter, dashboards, common').trim()}; vendor its dependencies (helm dependency build, and commit charts/): the scan never downloads them; rendered without exporter, dashboards, common, it failed too: helm template exited with code 1: Error: template: app/templates/role.yaml:4:11: executing "app/templates/role.yaml" at <include "common.name" .>: error calling include: template: no template "common.name" associated with template "gotpl". Its 1 template file(s) were not analysed.`,
    ]);
  });
});
