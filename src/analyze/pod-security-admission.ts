import type { K8sObject, Workspace } from '../model/workspace.ts';
import {
  deniesPrivilegedContainers,
  podSecurityConfigs,
  enforceLevelOf,
  type PodSecurityConfig,
} from '../model/pod-security.ts';
import type { CoverageFact, ExemptionFact } from './coverage.ts';
import { decideFact } from './verdict.ts';

/**
 * Pod Security Admission re-checks the whole Pod, ephemeral containers included, when one is
 * added (kubernetes/pod-security-admission admission.go: `ephemeralcontainers` is among the
 * subresources it evaluates). A Namespace whose `enforce` level is baseline or restricted (its
 * label, else the PodSecurityConfiguration default) is the one control that always covers them.
 * Unlabelled namespaces with no configured default get `privileged`: no fact (EG108 reports them).
 */
export const coverageOfNamespace = (namespace: K8sObject, configs: readonly PodSecurityConfig[] = []): CoverageFact | undefined => {
  const applied = enforceLevelOf(namespace.name, namespace, configs);
  if (applied.source === 'built-in' || !applied.at) return undefined;
  const exempt = applied.source === 'exempt';
  // What it reads: every container list, when its level checks anything.
  const checksContainers = !exempt && deniesPrivilegedContainers(applied.level);
  const evidence = { at: applied.at, note: exempt ? 'exempt from Pod Security' : `enforce: ${applied.level}` };
  return decideFact(
    {
      engine: 'pod-security',
      policy: namespace.ref,
      reads: checksContainers ? { containers: evidence, initContainers: evidence, ephemeralContainers: evidence } : {},
      checks: [],
      receivesSubresource: 'yes',
      handlesUpdate: 'yes',
      enforces: exempt ? 'no' : 'yes',
      namespaceLevel: { level: applied.level, at: applied.at },
    },
    { podSecurity: { level: applied.level, exempt, configDefault: applied.source === 'config-default', at: applied.at } },
  );
};

/** Pod Security facts of the whole workspace: one per namespace in scope, configurations read once. */
export const analyzePodSecurityAdmission = (workspace: Workspace): { coverage: CoverageFact[]; exemptions: ExemptionFact[] } => {
  const configs = podSecurityConfigs(workspace);
  const coverage = workspace.byKind('Namespace').flatMap((namespace) => coverageOfNamespace(namespace, configs) ?? []);
  return { coverage, exemptions: configs.flatMap(exemptionsOfConfig) };
};

/**
 * PodSecurityConfiguration exemptions (kubernetes/pod-security-admission admission.go
 * `exemptNamespaces`, `exemptUsers`, `exemptRuntimeClasses`): the whole Pod Security check is
 * skipped for those requests, the ephemeral-container write included.
 */
export const exemptionsOfConfig = (config: PodSecurityConfig): ExemptionFact[] => {
  const of = (what: string, entries: PodSecurityConfig['exemptions']['namespaces'], note: (name: string) => string): ExemptionFact[] =>
    entries.map((entry) => ({
      engine: 'pod-security',
      exemption: config.object.ref,
      at: entry.at,
      policies: [{ name: `PodSecurity ${what}` }],
      coversSubresource: 'yes',
      note: note(entry.name),
    }));
  return [
    ...of('namespaces', config.exemptions.namespaces, (n) => `namespace ${n} is exempt from Pod Security: any ephemeral container is admitted there`),
    ...of('usernames', config.exemptions.usernames, (n) => `requests by ${n} skip Pod Security, including adding ephemeral containers`),
    ...of('runtimeClasses', config.exemptions.runtimeClasses, (n) => `Pods with runtimeClassName ${n} skip Pod Security, including ephemeral containers added to them`),
  ];
};
