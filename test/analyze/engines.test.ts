import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ENGINE_ANALYZERS, type EngineAnalyzer } from '../../src/analyze/engines.ts';
import type { CoverageFact } from '../../src/analyze/coverage.ts';
import type { Facts } from '../../src/analyze/facts.ts';
import { decideFact } from '../../src/analyze/verdict.ts';
import { nodeFileSystem, type FileSystem } from '../../src/discover/file-system.ts';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';
import type { Engine } from '../../src/model/policy-engine.ts';
import { INSTALLED_ENGINES } from '../../src/model/settings.ts';
import type { K8sObject } from '../../src/model/workspace.ts';
import { toJson } from '../../src/report/json.ts';
import { toSarif } from '../../src/report/sarif.ts';
import { toText } from '../../src/report/text.ts';
import { scan } from '../../src/scan.ts';

/**
 * `ENGINE_ANALYZERS` (src/analyze/engines.ts) is the one list of admission engines: the `Engine`
 * type is the names its entries declare, and everything after the analyzers reads facts. The
 * type-level half is checked by `npm run typecheck` (test/ is in tsconfig's include).
 */

// Closed: a name no entry registers is not an Engine.
// @ts-expect-error 'not-registered' is not in any entry's `engines`
const unregistered: Engine = 'not-registered';
// And a union of names, not any string.
type Closed = string extends Engine ? false : true;
const closed: Closed = true;
void [unregistered, closed];

const registeredNames = (): string[] => ENGINE_ANALYZERS.flatMap((entry) => entry.engines);

const factsOf = async (root: string, fs: FileSystem = nodeFileSystem): Promise<Facts> => {
  let facts: Facts | undefined;
  await scan({ root }, { fs, onFacts: (f) => (facts = f) });
  return facts!;
};

/** Engines neither tree has: a MutatingAdmissionPolicy, a Kubewarden policy, a jsPolicy. */
const OTHER_ENGINES = {
  'map.yaml':
    'apiVersion: admissionregistration.k8s.io/v1beta1\nkind: MutatingAdmissionPolicy\nmetadata: {name: add-label}\nspec:\n  matchConstraints:\n    resourceRules:\n      - {apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["pods"]}\n  mutations:\n    - patchType: ApplyConfiguration\n      applyConfiguration: {expression: \'Object{metadata: Object.metadata{labels: {"a": "b"}}}\'}\n',
  'kubewarden.yaml':
    'apiVersion: policies.kubewarden.io/v1\nkind: ClusterAdmissionPolicy\nmetadata: {name: privileged-pods}\nspec:\n  module: registry://ghcr.io/kubewarden/policies/pod-privileged:v0.2.5\n  rules:\n    - {apiGroups: [""], apiVersions: ["v1"], resources: ["pods"], operations: ["CREATE", "UPDATE"]}\n  mutating: false\n',
  'jspolicy.yaml':
    'apiVersion: policy.jspolicy.com/v1beta1\nkind: JsPolicy\nmetadata: {name: deny-privileged.example.com}\nspec:\n  operations: ["CREATE", "UPDATE"]\n  resources: ["pods"]\n  javascript: |\n    if (request.object.spec.containers.some(c => c.securityContext?.privileged)) deny("privileged");\n',
};

describe('engine registration (ENGINE_ANALYZERS)', () => {
  it('names each engine in one entry only', () => {
    const names = registeredNames();
    assert.deepEqual(names.filter((name, i) => names.indexOf(name) !== i), []);
  });

  it('holds every engine the analyzers report (examples/, the golden repository, three more policies)', async () => {
    const seen = new Set<string>();
    const trees = [factsOf(resolve('examples')), factsOf(resolve('test/fixtures/golden-sarif/repo')), factsOf('/repo', memoryFileSystem(OTHER_ENGINES))];
    for (const facts of await Promise.all(trees)) {
      for (const fact of facts.coverage) seen.add(fact.engine);
      for (const exemption of facts.exemptions) seen.add(exemption.engine);
      for (const installation of facts.installations) for (const engine of installation.engines) seen.add(engine);
    }
    assert.deepEqual([...seen].filter((engine) => !registeredNames().includes(engine)), [], 'an analyzer reports an engine no entry registers');
  });

  it('lets assume.engines name the installed engines of model/settings.ts, in the schema and the README alike', () => {
    const schema = JSON.parse(readFileSync('schema/ephemeral-guard.schema.json', 'utf8')) as { properties: { assume: { properties: { engines: { properties: object } } } } };
    assert.deepEqual(Object.keys(schema.properties.assume.properties.engines.properties), [...INSTALLED_ENGINES]);
    const row = readFileSync('README.md', 'utf8').split('\n').find((line) => line.startsWith('| `assume.engines.<engine>`'));
    assert.deepEqual([...(row ?? '').matchAll(/`([a-z-]+)`/g)].map((m) => m[1]), [...INSTALLED_ENGINES]);
  });

  it('takes an engine added through the registration alone into verdicts, guards, rules and every report', async () => {
    // What a new engine's folder would hold: an analyzer of its own policy kind. Its name is cast
    // here only because a test must not add it to the Engine type of the whole program.
    const engine = 'acme-guard' as Engine;
    const factOf = (policy: K8sObject): CoverageFact => {
      const spec = (policy.body['spec'] ?? {}) as { lists?: string[]; namespace?: string };
      const lists = (spec.lists ?? []) as CoverageFact['checks'][number]['lists'] & string[];
      const evidence = { at: policy.ref.at, note: 'reads the containers' };
      return decideFact({
        engine,
        policy: policy.ref,
        reads: Object.fromEntries(lists.map((list) => [list, evidence])),
        checks: [{ field: 'securityContext.privileged', category: 'security', lists, at: policy.ref.at }],
        receivesSubresource: 'yes',
        handlesUpdate: 'yes',
        enforces: 'yes',
        scope: { where: spec.namespace ? { kind: 'own-namespace', namespace: spec.namespace, owner: `AcmePolicy/${policy.name}` } : { kind: 'everywhere' }, at: policy.ref.at },
      });
    };
    const acme: EngineAnalyzer = { engines: [engine], name: 'Acme', stage: 'analysing Acme policies', analyze: (workspace) => ({ coverage: workspace.byKind('AcmePolicy').map(factOf) }) };
    const files = {
      'acme.yaml': [
        'apiVersion: acme.example/v1\nkind: AcmePolicy\nmetadata: {name: no-privileged}\nspec:\n  lists: [containers, initContainers]\n',
        'apiVersion: acme.example/v1\nkind: AcmePolicy\nmetadata: {name: shop-guard}\nspec:\n  namespace: shop\n  lists: [containers, initContainers, ephemeralContainers]\n',
      ].join('---\n'),
      'rbac.yaml': [
        'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n',
        'apiVersion: v1\nkind: Namespace\nmetadata: {name: lab}\n',
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: debugger}\nrules:\n  - {apiGroups: [""], resources: [pods/ephemeralcontainers], verbs: [update, patch]}\n',
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: debug, namespace: shop}\nsubjects: [{kind: Group, name: dev, apiGroup: rbac.authorization.k8s.io}]\nroleRef: {kind: ClusterRole, name: debugger, apiGroup: rbac.authorization.k8s.io}\n',
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: debug, namespace: lab}\nsubjects: [{kind: Group, name: dev, apiGroup: rbac.authorization.k8s.io}]\nroleRef: {kind: ClusterRole, name: debugger, apiGroup: rbac.authorization.k8s.io}\n',
      ].join('---\n'),
    };
    const run = (analyzers: readonly EngineAnalyzer[]) => scan({ root: '/repo', analyzers }, { fs: memoryFileSystem(files) });
    const [without, withAcme] = await Promise.all([run(ENGINE_ANALYZERS), run([...ENGINE_ANALYZERS, acme])]);

    // The coverage matrix: one row per policy, decided by decideVerdict like every engine's.
    assert.deepEqual(
      withAcme.coverage.map((row) => [row.engine, row.name, row.verdict, row.ruleIds]),
      [
        ['acme-guard', 'no-privileged', 'not-covered', ['EG101']],
        ['acme-guard', 'shop-guard', 'covered', []],
      ],
    );
    // The rules: EG101 on the policy that skips ephemeralContainers, with the generic advice (no FIX entry for it).
    const eg101 = withAcme.findings.filter((f) => f.ruleId === 'EG101');
    assert.deepEqual(eg101.map((f) => [f.location.file, f.location.startLine]), [['acme.yaml', 1]]);
    assert.match(eg101[0]!.message, /Check spec\.ephemeralContainers with the same rules as containers\./);
    // The guard join: its scope (own namespace shop) guards the grant there, not the one in lab.
    const unguarded = (result: typeof withAcme) => result.findings.filter((f) => f.ruleId === 'EG301').map((f) => f.location.startLine);
    assert.deepEqual(unguarded(without).length, 2);
    assert.deepEqual(unguarded(withAcme).length, 1);
    assert.ok(withAcme.access.controls.some((text) => text.includes('shop-guard')), withAcme.access.controls.join('\n'));
    // Every report names it.
    assert.match(toJson(withAcme), /"engine": "acme-guard"/);
    assert.match(toText(withAcme, { color: false }), /acme-guard/);
    const sarif = toSarif(withAcme).runs[0]!.results!.filter((r) => r.ruleId?.startsWith('EG101'));
    assert.deepEqual(sarif.map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri), ['acme.yaml']);
  });
});
