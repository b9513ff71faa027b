import { childRef, type NodeRef } from './source-ref.ts';
import type { K8sObject, Workspace } from './workspace.ts';
import { isRecord } from '../json.ts';

/** Pod Security Standards levels, in order of strictness. */
export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

const LEVELS: ReadonlySet<string> = new Set(['privileged', 'baseline', 'restricted']);

export const isPodSecurityLevel = (value: string): value is PodSecurityLevel => LEVELS.has(value);
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

/** One exemption list of a PodSecurityConfiguration (usernames, namespaces, runtimeClasses). */
export interface PodSecurityExemptions {
  readonly usernames: readonly { readonly name: string; readonly at: NodeRef }[];
  readonly namespaces: readonly { readonly name: string; readonly at: NodeRef }[];
  readonly runtimeClasses: readonly { readonly name: string; readonly at: NodeRef }[];
}

/**
 * A `PodSecurityConfiguration` (pod-security.admission.config.k8s.io v1/v1beta1/v1alpha1):
 * the cluster-wide defaults for unlabelled namespaces and the exemptions, found inline in an
 * `AdmissionConfiguration` (apiserver.config.k8s.io) `PodSecurity` plugin entry or on its own.
 */
export interface PodSecurityConfig {
  readonly object: K8sObject;
  /** Where the configuration starts (the plugin's `configuration`, or the object itself). */
  readonly at: NodeRef;
  /** `defaults.enforce`; undefined when unset (the built-in default is privileged). */
  readonly enforce?: PodSecurityLabel;
  readonly exemptions: PodSecurityExemptions;
}

const CONFIG_VERSIONS = /^pod-security\.admission\.config\.k8s\.io\/(v1|v1beta1|v1alpha1)$/;
const ADMISSION_VERSIONS = /^apiserver\.config\.k8s\.io\/(v1|v1alpha1)$|^apiserver\.k8s\.io\/v1alpha1$/;

const namesAt = (list: unknown, ref: NodeRef): { name: string; at: NodeRef }[] =>
  Array.isArray(list) ? list.flatMap((name, i) => (typeof name === 'string' ? [{ name, at: childRef(ref, i) }] : [])) : [];

const configFrom = (object: K8sObject, body: unknown, at: NodeRef): PodSecurityConfig | undefined => {
  if (!isRecord(body) || body['kind'] !== 'PodSecurityConfiguration' || typeof body['apiVersion'] !== 'string' || !CONFIG_VERSIONS.test(body['apiVersion'])) return undefined;
  const defaults = isRecord(body['defaults']) ? body['defaults'] : {};
  const level = defaults['enforce'];
  const version = defaults['enforce-version'];
  const exemptions = isRecord(body['exemptions']) ? body['exemptions'] : {};
  const exemptionsAt = childRef(at, 'exemptions');
  return {
    object,
    at,
    ...(typeof level === 'string' && LEVELS.has(level)
      ? { enforce: { level: level as PodSecurityLevel, ...(typeof version === 'string' ? { version } : {}), at: childRef(at, 'defaults', 'enforce') } }
      : {}),
    exemptions: {
      usernames: namesAt(exemptions['usernames'], childRef(exemptionsAt, 'usernames')),
      namespaces: namesAt(exemptions['namespaces'], childRef(exemptionsAt, 'namespaces')),
      runtimeClasses: namesAt(exemptions['runtimeClasses'], childRef(exemptionsAt, 'runtimeClasses')),
    },
  };
};

/** The Pod Security configurations of an object: an AdmissionConfiguration's PodSecurity plugin, or a standalone one. */
export const podSecurityConfigsOf = (object: K8sObject): PodSecurityConfig[] => {
  if (object.kind === 'PodSecurityConfiguration') {
    const config = configFrom(object, object.body, object.ref.at);
    return config ? [config] : [];
  }
  if (object.kind !== 'AdmissionConfiguration' || !ADMISSION_VERSIONS.test(object.apiVersion)) return [];
  const plugins = object.body['plugins'];
  if (!Array.isArray(plugins)) return [];
  return plugins.flatMap((plugin, i) => {
    if (!isRecord(plugin) || plugin['name'] !== 'PodSecurity') return [];
    const config = configFrom(object, plugin['configuration'], childRef(object.ref.at, 'plugins', i, 'configuration'));
    return config ? [config] : [];
  });
};

/** Every Pod Security configuration in the workspace, in load order. */
export const podSecurityConfigs = (workspace: Workspace): PodSecurityConfig[] => [
  ...workspace.byKind('AdmissionConfiguration').flatMap(podSecurityConfigsOf),
  ...workspace.byKind('PodSecurityConfiguration').flatMap(podSecurityConfigsOf),
];

/** The Pod Security `enforce` level that applies to a namespace, and why. */
export interface EnforceLevel {
  readonly level: PodSecurityLevel;
  /**
   * label: the Namespace's `pod-security.kubernetes.io/enforce` label; config-default: a
   * PodSecurityConfiguration's `defaults.enforce`; built-in: neither (Kubernetes defaults to
   * privileged); exempt: the namespace is listed in `exemptions.namespaces` (nothing enforced).
   */
  readonly source: 'label' | 'config-default' | 'built-in' | 'exempt';
  /** Where the level comes from (undefined for the built-in default). */
  readonly at?: NodeRef;
  /** Set when a configuration exempts the namespace: the entry that does. */
  readonly exemptedAt?: NodeRef;
  /** The Namespace object, when it is in scope. */
  readonly namespace?: K8sObject;
}

/**
 * "What Pod Security enforce level applies to namespace N": an exemption in the configuration
 * wins (PSA skips exempt namespaces entirely), then the Namespace's `enforce` label, then the
 * configuration's `defaults.enforce`, else `privileged`. A label with an invalid value is
 * refused by the API server, so it is read as absent.
 */
export const podSecurityEnforceLevel = (
  workspace: Workspace,
  namespace: string,
  configs: readonly PodSecurityConfig[] = podSecurityConfigs(workspace),
): EnforceLevel => enforceLevelOf(namespace, workspace.find('Namespace', undefined, namespace), configs);

/** The same, for a namespace name and its Namespace object (undefined when not in scope). */
export const enforceLevelOf = (namespace: string, object: K8sObject | undefined, configs: readonly PodSecurityConfig[]): EnforceLevel => {
  const found = object ? { namespace: object } : {};
  for (const config of configs) {
    const exempt = config.exemptions.namespaces.find((entry) => entry.name === namespace);
    if (exempt) return { level: 'privileged', source: 'exempt', at: exempt.at, exemptedAt: exempt.at, ...found };
  }
  const label = object ? podSecurityOfNamespace(object).enforce : undefined;
  if (label) return { level: label.level, source: 'label', at: label.at, ...found };
  const configured = configs.find((config) => config.enforce)?.enforce;
  if (configured) return { level: configured.level, source: 'config-default', at: configured.at, ...found };
  return { level: 'privileged', source: 'built-in', ...found };
};

/** Whether a target's Pod Security level lets privileged containers in (EG108): privileged, or exempt. */
export const podSecurityAllowsPrivileged = (guard: { readonly podSecurity: { readonly level: PodSecurityLevel; readonly source: string } }): boolean =>
  !deniesPrivilegedContainers(guard.podSecurity.level) || guard.podSecurity.source === 'exempt';
