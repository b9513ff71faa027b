// Issue 15: every rendered finding at the template line that wrote it, under real Helm 3 and
// Helm 4 (and the kustomize of kubectl 1.33), on fixtures that reproduce what real charts do.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem } from '../../src/discover/file-system.ts';
import { scan, type ScanRequest } from '../../src/scan.ts';
import { createRunCommand } from '../../src/render/run-command.ts';
import { NO_SETTINGS } from '../../src/model/settings.ts';
import { realHelms, skipUnlessReal, type RealHelm } from './real-binaries.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/render/positions');

const scanFixture = async (helm: RealHelm, include: readonly string[], request: Partial<ScanRequest> = {}) => {
  const root = await mkdtemp(join(tmpdir(), 'eg-positions-'));
  await cp(FIXTURES, root, { recursive: true });
  const result = await scan({ root, include, ...request }, { fs: nodeFileSystem, runCommand: createRunCommand({ path: helm.path }) });
  return {
    findings: result.findings.map((f) => ({
      rule: f.ruleId,
      at: `${f.location.file}:${f.location.startLine}:${f.location.startColumn}-${f.location.endColumn}`,
      message: f.message,
    })),
    notes: result.notifications.map((n) => `${n.level} ${n.file ?? ''}: ${n.message}`),
  };
};

const where = (findings: { rule: string; at: string }[], ...rules: string[]) => findings.filter((f) => rules.includes(f.rule)).map((f) => `${f.rule} ${f.at}`);

for (const helm of realHelms) {
  const name = helm?.name ?? 'a real helm';
  describe(`rendered positions under ${name}`, { skip: skipUnlessReal(helm, name) }, () => {
    it('1: documents Helm sorts by kind map to their own piece (the ClusterRole, not the ServiceAccount written first)', async () => {
      const { findings } = await scanFixture(helm!, ['kind-order/**']);
      assert.deepEqual(where(findings, 'EG201', 'EG202'), [
        'EG201 kind-order/templates/post-install.yaml:28:17-43',
        'EG202 kind-order/templates/post-install.yaml:36:3-16',
      ]);
      assert.ok(findings.every((f) => !/approximate/.test(f.message)));
    });

    it('2: a document and a list item switched off by {{ if }} do not shift the position', async () => {
      const { findings } = await scanFixture(helm!, ['if-off/**']);
      assert.deepEqual(where(findings, 'EG201'), ['EG201 if-off/templates/roles.yaml:23:17-43']);
      assert.doesNotMatch(findings[0]!.message, /approximate/);
    });

    it('2: an ignore comment in the enabled document applies, one in the disabled document does not', async () => {
      const root = await mkdtemp(join(tmpdir(), 'eg-positions-'));
      await cp(join(FIXTURES, 'if-off'), join(root, 'if-off'), { recursive: true });
      const { readFile, writeFile } = await import('node:fs/promises');
      const file = join(root, 'if-off/templates/roles.yaml');
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines[7] += ' # ephemeral-guard-ignore EG201 legacy role, never rendered';
      await writeFile(file, lines.join('\n'));
      const result = await scan({ root }, { fs: nodeFileSystem, runCommand: createRunCommand({ path: helm!.path }) });
      const eg201 = result.findings.filter((f) => f.ruleId === 'EG201');
      assert.deepEqual(eg201.map((f) => [f.location.startLine, f.suppression === undefined]), [[23, true]]);
    });

    it('3: a template that prints its own "---" keeps its source (approximate, in the template, not Chart.yaml)', async () => {
      const { findings } = await scanFixture(helm!, ['gluon/**']);
      assert.deepEqual(where(findings, 'EG201'), ['EG201 gluon/templates/role.yaml:1:1-2']);
      assert.match(findings.find((f) => f.rule === 'EG201')!.message, /\(approximate line: rendered by helm from gluon\/templates\/role\.yaml\)$/);
    });

    it('4: an aliased subchart in a folder not named like the chart maps through Chart.yaml names and aliases', async () => {
      const { findings } = await scanFixture(helm!, ['aliased/**']);
      assert.deepEqual(where(findings, 'EG201'), ['EG201 aliased/charts/sub-1.0.0/templates/role.yaml:7:17-43']);
      assert.match(findings.find((f) => f.rule === 'EG201')!.message, /^Role\/release-name-sub /);
      assert.doesNotMatch(findings.find((f) => f.rule === 'EG201')!.message, /approximate/);
    });

    it('5: a kustomize patch is credited only for the objects its target selects', async () => {
      const { findings } = await scanFixture(helm!, ['kustomize/base/**', 'kustomize/components/**', 'kustomize/overlay/**'], { render: { renderers: ['kustomize'] } });
      assert.deepEqual(where(findings, 'EG201', 'EG002'), [
        'EG201 kustomize/components/debug/debug-a.yaml:5:17-43',
        'EG201 kustomize/overlay/debug-b.yaml:10:17-43',
      ]);
      assert.match(findings[0]!.message, /^Role\/shop\/a /);
      assert.match(findings[1]!.message, /^Role\/shop\/b /);
      assert.ok(findings.every((f) => !/approximate/.test(f.message)));
    });

    it('6: an item whose dash line holds only "- {{- if }}" maps to its key', async () => {
      const { findings } = await scanFixture(helm!, ['dash-if/**']);
      assert.deepEqual(where(findings, 'EG302'), ['EG302 dash-if/templates/pod.yaml:15:21-25']);
      assert.doesNotMatch(findings.find((f) => f.rule === 'EG302')!.message, /approximate/);
    });

    it('7: a library chart is skipped, a chart rendering nothing says so, and kustomizations say why they were not built', async () => {
      const { findings, notes } = await scanFixture(helm!, ['library/**', 'empty/**', 'kustomize/helm-charts/**', 'kustomize/outside-base/**']);
      assert.deepEqual(
        findings.filter((f) => f.rule === 'EG002').map((f) => `${f.at} ${f.message}`),
        [
          'kustomize/helm-charts/kustomization.yaml:1:1-2 Kustomization kustomize/helm-charts/kustomization.yaml was not rendered: it inflates Helm charts (helmCharts: gatekeeper (in kustomize/helm-charts/kustomization.yaml)), rendered by kustomize --enable-helm, which this scan does not run; scan the chart with the values of valuesInline (render.helm.values). Its resources were scanned as plain files, but its patches and generators were not applied.',
          'kustomize/outside-base/kustomization.yaml:1:1-2 Kustomization kustomize/outside-base/kustomization.yaml was not rendered: it builds on files outside the scanned folder (../../../shared/base (in kustomize/outside-base/kustomization.yaml)); scan the folder that holds them. Its resources were scanned as plain files, but its patches and generators were not applied.',
        ],
      );
      assert.deepEqual(notes.filter((note) => /rendered no objects/.test(note)), ['note empty/Chart.yaml: Helm chart empty rendered no objects with the values it was given (render.helm.values).']);
    });

    it('9: a chart whose optional dependency is not vendored renders its own templates, at their lines, with one EG002 naming what was left out', async () => {
      const { findings } = await scanFixture(helm!, ['missing-dep/**']);
      assert.deepEqual(where(findings, 'EG201', 'EG202'), [
        'EG201 missing-dep/charts/present/templates/role.yaml:7:17-43',
        'EG201 missing-dep/templates/clusterrole.yaml:11:17-43',
        'EG202 missing-dep/templates/clusterrole.yaml:20:3-16',
      ]);
      assert.ok(findings.every((f) => !/approximate/.test(f.message)));
      assert.deepEqual(
        findings.filter((f) => f.rule === 'EG002').map((f) => `${f.at} ${f.message}`),
        [
          'missing-dep/Chart.yaml:1:1-2 Helm chart missing-dep was rendered without the dependency metrics-exporter (off by default: metrics.enabled is false): it is listed in Chart.yaml but not in its charts/ folder, and the scan never downloads charts, so its templates were not analysed (the chart\'s own were). Vendor it (helm dependency build, and commit charts/) to include it.',
        ],
      );
    });

    it('8: charts render for a fixed Kubernetes version, whatever the helm (render.helm.kubeVersion, else kubernetesVersion)', async () => {
      const root = await mkdtemp(join(tmpdir(), 'eg-kube-'));
      const { mkdir, writeFile } = await import('node:fs/promises');
      await mkdir(join(root, 'capabilities/templates'), { recursive: true });
      await writeFile(join(root, 'capabilities/Chart.yaml'), 'apiVersion: v2\nname: capabilities\nversion: 0.1.0\n');
      await writeFile(
        join(root, 'capabilities/templates/role.yaml'),
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: kube-{{ .Capabilities.KubeVersion.Minor }}\nrules:\n  - apiGroups: [""]\n    resources: ["pods/ephemeralcontainers"]\n    verbs: ["patch"]\n',
      );
      const nameOf = async (request: Partial<ScanRequest>) => {
        const result = await scan({ root, ...request }, { fs: nodeFileSystem, runCommand: createRunCommand({ path: helm!.path }) });
        return /^Role\/(\S+) /.exec(result.findings.find((f) => f.ruleId === 'EG201')?.message ?? '')?.[1];
      };
      assert.equal(await nameOf({}), 'kube-33');
      assert.equal(await nameOf({ settings: { ...NO_SETTINGS, kubernetesVersion: { major: 1, minor: 30, text: '1.30' } } }), 'kube-30');
      assert.equal(await nameOf({ render: { helm: { kubeVersion: 'v1.31.2' } } }), 'kube-31');
    });
  });
}
