import { childRef, type NodeRef } from './source-ref.ts';
import type { K8sObject } from './workspace.ts';

/** Pod Security Standards levels, in order of strictness. */
export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

const LEVELS: ReadonlySet<string> = new Set(['privileged', 'baseline', 'restricted']);
const LABEL_PREFIX = 'pod-security.kubernetes.io/';

export interface PodSecurityLabel {
  readonly level: PodSecurityLevel;
  readonly version?: string;
  readonly at: NodeRef;
}

export interface NamespacePodSecurity {
  readonly namespace: K8sObject;
  /** The `enforce` label; undefined when the namespace does not set it (cluster default applies). */
  readonly enforce?: PodSecurityLabel;
  /** A label whose value is not a level: the apiserver rejects such a namespace update. */
  readonly invalid?: { readonly mode: string; readonly value: string; readonly at: NodeRef };
}

/**
 * The Pod Security Admission labels of a Namespace (kubernetes/pod-security-admission,
 * api/constants.go: `pod-security.kubernetes.io/{enforce,audit,warn}[-version]`).
 */
export const podSecurityOfNamespace = (namespace: K8sObject): NamespacePodSecurity => {
  const metadata = namespace.body.metadata as { labels?: unknown } | undefined;
  const labels = typeof metadata?.labels === 'object' && metadata.labels !== null ? (metadata.labels as Record<string, unknown>) : {};
  const labelsAt = childRef(namespace.ref.at, 'metadata', 'labels');
  const value = labels[`${LABEL_PREFIX}enforce`];
  if (value === undefined) return { namespace };
  const at = childRef(labelsAt, `${LABEL_PREFIX}enforce`);
  if (typeof value !== 'string' || !LEVELS.has(value)) return { namespace, invalid: { mode: 'enforce', value: String(value), at } };
  const version = labels[`${LABEL_PREFIX}enforce-version`];
  return {
    namespace,
    enforce: { level: value as PodSecurityLevel, ...(typeof version === 'string' ? { version } : {}), at },
  };
};

/** Baseline and restricted both forbid privileged containers, escalation and added capabilities. */
export const deniesPrivilegedContainers = (level: PodSecurityLevel): boolean => level !== 'privileged';
