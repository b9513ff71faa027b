import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { memoryFileSystem } from '../../../src/discover/memory-file-system.ts';
import { scan } from '../../../src/scan.ts';

const policy = (apiVersion: string, kind: string, spec: string) => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: p, namespace: team}\nspec:\n${spec}\n`;

describe("Kyverno's kinds that never decide an admission request", () => {
  it('are listed as not applicable, each saying why, instead of being left out', async () => {
    const files = {
      'generate.yaml': policy('policies.kyverno.io/v1', 'GeneratingPolicy', '  matchConstraints: {resourceRules: [{apiGroups: [""], apiVersions: [v1], operations: [CREATE, UPDATE], resources: [pods]}]}\n  generate: [{expression: "[]"}]'),
      'namespaced-generate.yaml': policy('policies.kyverno.io/v1beta1', 'NamespacedGeneratingPolicy', '  generate: [{expression: "[]"}]'),
      'delete.yaml': policy('policies.kyverno.io/v1', 'DeletingPolicy', '  schedule: "*/5 * * * *"'),
      'namespaced-delete.yaml': policy('policies.kyverno.io/v1', 'NamespacedDeletingPolicy', '  schedule: "*/5 * * * *"'),
      'cleanup.yaml': policy('kyverno.io/v2', 'ClusterCleanupPolicy', '  schedule: "*/5 * * * *"') + '---\n' + policy('kyverno.io/v2beta1', 'CleanupPolicy', '  schedule: "*/5 * * * *"'),
    };
    const result = await scan({ root: '/repo' }, { fs: memoryFileSystem(files) });
    const rows = result.coverage.map((row) => `${row.kind} ${row.engine} ${row.verdict}: ${row.reasons.join('; ')}`).sort();
    assert.deepEqual(rows, [
      'CleanupPolicy kyverno not-applicable: it deletes matching resources on its schedule; it never sees an admission request',
      'ClusterCleanupPolicy kyverno not-applicable: it deletes matching resources on its schedule; it never sees an admission request',
      'DeletingPolicy kyverno-cel not-applicable: it deletes matching resources on its schedule; it never sees an admission request',
      'GeneratingPolicy kyverno-cel not-applicable: it creates other resources when its trigger is admitted; it never denies or changes the request',
      'NamespacedDeletingPolicy kyverno-cel not-applicable: it deletes matching resources on its schedule; it never sees an admission request',
      'NamespacedGeneratingPolicy kyverno-cel not-applicable: it creates other resources when its trigger is admitted; it never denies or changes the request',
    ]);
    assert.deepEqual(result.findings, []);
  });

  it('of another group, a kind of the same name is not read as Kyverno', async () => {
    const result = await scan({ root: '/repo' }, { fs: memoryFileSystem({ 'other.yaml': policy('example.com/v1', 'CleanupPolicy', '  schedule: x') }) });
    assert.deepEqual(result.coverage, []);
  });
});
