import type { VerifyFacts } from '../model/verify-outcome.ts';
import type { Finding } from './finding.ts';
import type { Level, RuleMeta } from './rule.ts';

/**
 * A rule that judges a live cluster (EG4xx, run by `verify`, never by `scan`): it reads what the
 * apiserver answered to the probes instead of manifests, and its findings point at a namespace
 * of the cluster instead of a line of a file. Tagged `cluster` so that the catalog and the
 * engine can tell it apart from the rules over manifests.
 */
export interface ClusterRule<M extends string = string> {
  readonly meta: RuleMeta<M>;
  judge(facts: VerifyFacts): Iterable<ClusterDraft<M>>;
}

/** What a cluster rule yields; the verify report completes it into a {@link ClusterFinding}. */
export interface ClusterDraft<M extends string> {
  readonly messageId: NoInfer<M>;
  readonly data: Readonly<Record<string, string | number>>;
  /** The namespace the finding is about. */
  readonly namespace: string;
  readonly level?: Level;
}

/** SARIF logicalLocation of a namespace of the probed cluster: `cluster/<context>/namespace/<ns>`. */
export interface ClusterLocation {
  readonly fullyQualifiedName: string;
  readonly name: string;
  readonly kind: 'namespace';
}

/** A completed EG4xx finding: a {@link Finding} whose location is a namespace, not a file. */
export type ClusterFinding = Omit<Finding, 'location'> & { readonly logicalLocation: ClusterLocation };

export const defineClusterRule = <M extends string>(rule: ClusterRule<M>): ClusterRule<M> => rule;

export const isClusterRule = (rule: { readonly meta: RuleMeta<string> }): rule is ClusterRule => rule.meta.tags.includes('cluster');
