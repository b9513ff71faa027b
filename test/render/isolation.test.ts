// Without real renderers: how the kustomization graph classifies references, how inputs are
// copied for a renderer, and how Helm documents are matched to the pieces of their template.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignPieces, templateFileOf } from '../../src/render/helm.ts';
import { closureOf, foreignReason, kustomizationGraph, type KustomizeLookup } from '../../src/render/kustomize.ts';
import { stageInputs } from '../../src/render/run-command.ts';
import { parseYaml } from '../../src/load/yaml-source.ts';
import { splitDocuments } from '../../src/render/rendered-document.ts';

const lookupOf = (files: Record<string, string>): KustomizeLookup => ({
  probe: async (path) => (path in files ? 'file' : 'missing'),
  readDocuments: async (file) => (file in files ? parseYaml(files[file]!).documents : undefined),
});

describe('kustomization graph: every non-local reference is foreign', () => {
  const remote = [
    'https://example.com/role.yaml',
    'http://127.0.0.1:8080/x',
    'git::https://example.com/repo.git',
    'git@example.com:org/repo',
    'deploy@example.com:org/repo',
    'example.com:org/repo',
    'ssh://git@example.com/org/repo',
    'github.com/org/repo/deploy?ref=v1',
    'file:///etc/passwd',
    'example.com/org/repo//deploy',
  ];
  for (const entry of remote) {
    it(`${entry} is remote wherever it is written`, async () => {
      for (const kustomization of [
        `resources: ["${entry}"]`,
        `crds: ["${entry}"]`,
        `openapi: {path: "${entry}"}`,
        `patches: [{path: "${entry}"}]`,
        `configMapGenerator: [{name: c, files: ["k=${entry}"]}]`,
        `transformers: ["${entry}"]`,
      ]) {
        const nodes = await kustomizationGraph(['k/kustomization.yaml'], lookupOf({ 'k/kustomization.yaml': kustomization }));
        const closure = closureOf('k/kustomization.yaml', nodes);
        assert.deepEqual(closure.foreign.map((f) => [f.entry, f.why]), [[entry, 'remote']], kustomization);
      }
    });
  }

  it('follows bases the scan does not list (node_modules/) and finds their remote references', async () => {
    const files = {
      'app/kustomization.yaml': 'resources: [../node_modules/pkg, role.yaml]\n',
      'app/role.yaml': 'kind: Role\n',
      'node_modules/pkg/kustomization.yaml': 'resources: ["https://example.com/hidden.yaml"]\n',
    };
    const nodes = await kustomizationGraph(['app/kustomization.yaml'], lookupOf(files));
    const closure = closureOf('app/kustomization.yaml', nodes);
    assert.deepEqual(closure.kustomizations, ['app/kustomization.yaml', 'node_modules/pkg/kustomization.yaml']);
    assert.match(foreignReason(closure.foreign)!, /^it builds on remote bases or files \(https:\/\/example\.com\/hidden\.yaml \(in node_modules\/pkg\/kustomization\.yaml\)\)/);
  });

  it('tells outside, missing and helmCharts apart from remote', async () => {
    const nodes = await kustomizationGraph(
      ['k/kustomization.yaml'],
      lookupOf({ 'k/kustomization.yaml': 'resources: [../../up, gone.yaml]\nhelmCharts: [{name: app, repo: "https://charts.example.com"}]\n' }),
    );
    assert.deepEqual(closureOf('k/kustomization.yaml', nodes).foreign.map((f) => `${f.entry} ${f.why}`), ['../../up outside', 'gone.yaml missing', 'app helm']);
  });

  it('bounds a hostile chain of kustomizations', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6000; i++) files[`k${i}/kustomization.yaml`] = `resources: [../k${i + 1}]\n`;
    const nodes = await kustomizationGraph(['k0/kustomization.yaml'], lookupOf(files));
    assert.equal(nodes.size, 5000);
  });
});

describe('stageInputs: what a renderer may read', () => {
  it('copies files and folders, follows links inside the folder, leaves .git out, refuses links out or into .git', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'eg-out-'));
    await writeFile(join(outside, 'secret'), 'secret');
    const root = await mkdtemp(join(tmpdir(), 'eg-root-'));
    await mkdir(join(root, 'chart/templates'), { recursive: true });
    await mkdir(join(root, 'chart/.git'), { recursive: true });
    await mkdir(join(root, '.git'), { recursive: true });
    await writeFile(join(root, '.git/config'), 'token');
    await writeFile(join(root, 'chart/Chart.yaml'), 'name: chart\n');
    await writeFile(join(root, 'chart/.git/HEAD'), 'ref');
    await writeFile(join(root, 'shared.yaml'), 'shared: true\n');
    await symlink('../../shared.yaml', join(root, 'chart/templates/shared.yaml'));
    const into = await mkdtemp(join(tmpdir(), 'eg-into-'));
    assert.equal(await stageInputs(root, ['chart'], into), undefined);
    assert.deepEqual((await readdir(join(into, 'chart'))).sort(), ['Chart.yaml', 'templates']);
    assert.equal(await readFile(join(into, 'chart/templates/shared.yaml'), 'utf8'), 'shared: true\n');

    await symlink(join(outside, 'secret'), join(root, 'chart/templates/leak'));
    assert.equal(await stageInputs(root, ['chart'], await mkdtemp(join(tmpdir(), 'eg-into-'))), '"chart/templates/leak" is a symbolic link that leads outside the scanned folder');
    assert.equal(await stageInputs(root, ['../x'], into), '"../x" is outside the scanned folder');
    assert.equal(await stageInputs(root, ['.git/config'], into), '".git/config" is inside .git');
    await symlink('.git', join(root, 'dotgit'));
    assert.equal(await stageInputs(root, ['dotgit/config'], into), '"dotgit" is a symbolic link that leads into .git');
    await symlink('..', join(root, 'chart/loop'));
    assert.match((await stageInputs(root, ['chart'], await mkdtemp(join(tmpdir(), 'eg-into-'))))!, /leads outside|loop/);
  });
});

describe('Helm: rendered documents and their template pieces', () => {
  const template = [
    'kind: Job',
    'metadata: {name: {{ .Release.Name }}-job}',
    '---',
    'kind: ServiceAccount',
    'metadata:',
    '  name: {{ .Release.Name }}-sa',
    '---',
    'kind: ClusterRole',
    'metadata:',
    '  name: reader',
    '---',
    'kind: ClusterRole',
    'metadata:',
    '  name: writer',
    '',
  ].join('\n');

  it('matches by kind then literal name, whatever order Helm sorted them in', () => {
    const rendered = [
      { kind: 'ServiceAccount', metadata: { name: 'r-sa' } },
      { kind: 'ClusterRole', metadata: { name: 'writer' } },
      { kind: 'ClusterRole', metadata: { name: 'reader' } },
      { kind: 'Job', metadata: { name: 'r-job' } },
    ];
    assert.deepEqual(assignPieces(template, rendered), [
      { piece: 1, ambiguous: false },
      { piece: 3, ambiguous: false },
      { piece: 2, ambiguous: false },
      { piece: 0, ambiguous: false },
    ]);
  });

  it('keeps the source of a document whose template printed its own "---"', () => {
    const output = '---\n# Source: app/templates/gluon.yaml\n---\nkind: Role\n---\n# Source: app/templates/b.yaml\nkind: B\n';
    assert.deepEqual(splitDocuments(output).map((d) => d.source), ['app/templates/gluon.yaml', 'app/templates/b.yaml']);
  });

  it('maps # Source paths through subchart names and aliases, not folder names', () => {
    const charts = [
      { dir: 'p', chartFile: 'p/Chart.yaml', templates: [] },
      { dir: 'p/charts/sub-1.0.0', chartFile: 'p/charts/sub-1.0.0/Chart.yaml', templates: [] },
      { dir: 'p/charts/sub-1.0.0/charts/inner', chartFile: 'p/charts/sub-1.0.0/charts/inner/Chart.yaml', templates: [] },
    ];
    const metadata: Record<string, { name: string; library: boolean; dependencies: { name: string; alias?: string }[] }> = {
      p: { name: 'parent', library: false, dependencies: [{ name: 'sub', alias: 'debugger' }] },
      'p/charts/sub-1.0.0': { name: 'sub', library: false, dependencies: [] },
      'p/charts/sub-1.0.0/charts/inner': { name: 'inner', library: false, dependencies: [] },
    };
    const fileOf = (source: string) => templateFileOf(source, charts[0]!, charts.slice(1), (chart) => metadata[chart.dir]!);
    assert.equal(fileOf('parent/templates/a.yaml'), 'p/templates/a.yaml');
    assert.equal(fileOf('parent/charts/debugger/templates/role.yaml'), 'p/charts/sub-1.0.0/templates/role.yaml');
    assert.equal(fileOf('parent/charts/sub/templates/role.yaml'), 'p/charts/sub-1.0.0/templates/role.yaml');
    assert.equal(fileOf('parent/charts/debugger/charts/inner/templates/x.yaml'), 'p/charts/sub-1.0.0/charts/inner/templates/x.yaml');
  });
});
