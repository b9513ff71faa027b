import type { CoverageFact } from '../coverage.ts';
import type { Engine } from '../../model/policy-engine.ts';
import type { Workspace } from '../../model/workspace.ts';
import { decideFact, type CoverageParts } from '../verdict.ts';

/**
 * Kyverno's policy kinds that never decide an admission request: a generating policy creates
 * other resources once its trigger is admitted, a deleting or cleanup policy deletes resources on
 * its schedule (kyverno.io "GeneratingPolicy", "DeletingPolicy", "Cleanup Policies"). They can
 * neither deny nor change an ephemeral container, and are listed as such rather than left out.
 */
const NEVER_ADMITS: readonly { readonly apiVersion: RegExp; readonly kinds: readonly string[]; readonly engine: Engine; readonly why: string }[] = [
  {
    apiVersion: /^policies\.kyverno\.io\/(v1|v1beta1|v1alpha1)$/,
    kinds: ['GeneratingPolicy', 'NamespacedGeneratingPolicy'],
    engine: 'kyverno-cel',
    why: 'it creates other resources when its trigger is admitted; it never denies or changes the request',
  },
  {
    apiVersion: /^policies\.kyverno\.io\/(v1|v1beta1|v1alpha1)$/,
    kinds: ['DeletingPolicy', 'NamespacedDeletingPolicy'],
    engine: 'kyverno-cel',
    why: 'it deletes matching resources on its schedule; it never sees an admission request',
  },
  {
    apiVersion: /^kyverno\.io\/(v2|v2beta1|v2alpha1)$/,
    kinds: ['ClusterCleanupPolicy', 'CleanupPolicy'],
    engine: 'kyverno',
    why: 'it deletes matching resources on its schedule; it never sees an admission request',
  },
];

/** A not-applicable row for each policy of those kinds, saying why. */
export const neverAdmittingPolicies = (workspace: Workspace): CoverageFact[] =>
  NEVER_ADMITS.flatMap(({ apiVersion, kinds, engine, why }) =>
    kinds.flatMap((kind) =>
      workspace
        .byKind(kind)
        .filter((policy) => apiVersion.test(policy.apiVersion))
        .map((policy) => {
          const parts: CoverageParts = { engine, policy: policy.ref, reads: {}, checks: [], receivesSubresource: 'no', handlesUpdate: 'no', enforces: 'no' };
          return decideFact(parts, { notApplicable: why });
        }),
    ),
  );
