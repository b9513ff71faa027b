import type { K8sObject } from '../../../src/model/workspace.ts';

let nextDoc = 0;

/** A K8sObject from a plain manifest, each in its own document of `file`. */
export const k8sObject = (body: Record<string, unknown>, file = 'rbac.yaml'): K8sObject => {
  const metadata = (body.metadata ?? {}) as { name?: string; namespace?: string };
  const kind = String(body.kind);
  const apiVersion = String(body.apiVersion ?? 'rbac.authorization.k8s.io/v1');
  const name = metadata.name ?? '';
  const at = { file, doc: nextDoc++, path: [] };
  return { apiVersion, kind, name, namespace: metadata.namespace, body, ref: { kind, apiVersion, namespace: metadata.namespace, name, at } };
};

export const clusterRole = (name: string, extra: Record<string, unknown> = {}, labels?: Record<string, string>): K8sObject =>
  k8sObject({ kind: 'ClusterRole', metadata: { name, ...(labels ? { labels } : {}) }, ...extra });

export const role = (namespace: string | undefined, name: string, rules: unknown): K8sObject =>
  k8sObject({ kind: 'Role', metadata: namespace === undefined ? { name } : { name, namespace }, rules });

export const ephemeralRule = { apiGroups: [''], resources: ['pods/ephemeralcontainers'], verbs: ['patch', 'update'] };
