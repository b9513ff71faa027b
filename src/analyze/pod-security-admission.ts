import type { K8sObject } from '../model/workspace.ts';
import { deniesPrivilegedContainers, podSecurityOfNamespace } from '../model/pod-security.ts';
import type { CoverageFact } from './coverage.ts';

/**
 * Pod Security Admission re-checks the whole Pod, ephemeral containers included, when one is
 * added (kubernetes/pod-security-admission admission.go: `ephemeralcontainers` is among the
 * subresources it evaluates). A Namespace whose `enforce` label is baseline or restricted is the
 * one control that always covers them. Unlabelled namespaces get the cluster default.
 */
export const coverageOfNamespace = (namespace: K8sObject): CoverageFact | undefined => {
  const security = podSecurityOfNamespace(namespace);
  if (!security.enforce) return undefined;
  const covered = deniesPrivilegedContainers(security.enforce.level);
  const evidence = { at: security.enforce.at, note: `enforce: ${security.enforce.level}` };
  return {
    engine: 'pod-security',
    policy: namespace.ref,
    reads: covered ? { containers: evidence, initContainers: evidence, ephemeralContainers: evidence } : {},
    checks: [],
    receivesSubresource: 'yes',
    handlesUpdate: 'yes',
    enforces: 'yes',
    verdict: covered ? 'covered' : 'not-covered',
    reasons: covered
      ? [{ text: `Pod Security enforces ${security.enforce.level} in this namespace, ephemeral containers included` }]
      : [{ ruleId: 'EG108', text: 'Pod Security enforce level is privileged: nothing is denied', at: security.enforce.at }],
  };
};
