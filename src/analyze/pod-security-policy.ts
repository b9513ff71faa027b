import type { K8sObject } from '../model/workspace.ts';
import type { CoverageFact } from './coverage.ts';
import { decideFact } from './verdict.ts';

/**
 * PodSecurityPolicy admission never evaluates subresource requests
 * (kubernetes plugin/pkg/admission/security/podsecuritypolicy/admission.go, `shouldIgnore`:
 * `len(a.GetSubresource()) != 0`), so it never sees an ephemeral container; and it was removed in
 * Kubernetes 1.25.
 */
export const coverageOfPodSecurityPolicy = (policy: K8sObject): CoverageFact =>
  decideFact(
    {
      engine: 'pod-security-policy',
      policy: policy.ref,
      reads: {},
      checks: [],
      receivesSubresource: 'no',
      subresourceEvidence: { at: policy.ref.at, note: 'PodSecurityPolicy ignores every subresource request' },
      handlesUpdate: 'no',
      enforces: 'yes',
    },
    { ignoresSubresources: 'PodSecurityPolicy ignores the pods/ephemeralcontainers subresource (and is removed in Kubernetes 1.25)' },
  );

export const isPodSecurityPolicy = (object: K8sObject): boolean =>
  object.kind === 'PodSecurityPolicy' && /^(policy|extensions)\/v1beta1$/.test(object.apiVersion);
