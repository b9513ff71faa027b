import type { NodeRef } from './source-ref.ts';

/** Identifies a Kubernetes object in a report: `kind/namespace/name` and where it starts. */
export interface ObjectRef {
  readonly kind: string;
  readonly apiVersion: string;
  readonly namespace?: string;
  readonly name: string;
  readonly at: NodeRef;
}

/** `Kind/namespace/name`, or `Kind/name` for cluster-scoped (or unnamespaced) objects. */
export const objectLabel = (object: Pick<ObjectRef, 'kind' | 'namespace' | 'name'>): string =>
  object.namespace ? `${object.kind}/${object.namespace}/${object.name}` : `${object.kind}/${object.name}`;

/** A policy in words, with its rule when it has several: `ClusterPolicy require-ro (rule check-ro)`. */
export const policyText = (fact: { readonly policy: ObjectRef; readonly rule?: string }): string => `${objectLabel(fact.policy)}${fact.rule ? ` (rule ${fact.rule})` : ''}`;
