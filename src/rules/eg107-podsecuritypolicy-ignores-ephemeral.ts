import { defineRule } from './rule.ts';

/** Other controls that can stop a privileged ephemeral container (anything but PSP itself). */
const otherControls = (engine: string, verdict: string): boolean =>
  engine !== 'pod-security-policy' && verdict !== 'not-applicable' && !(engine === 'pod-security' && verdict === 'not-covered');

export default defineRule({
  meta: {
    id: 'EG107',
    name: 'podsecuritypolicy-ignores-ephemeral',
    holes: ['ignores-subresources'],
    short: 'A PodSecurityPolicy is present: PSP never evaluates ephemeral containers and was removed in Kubernetes 1.25.',
    level: 'warning',
    securitySeverity: 6.0,
    tags: ['security', 'pod-security-policy', 'ephemeral-containers'],
    messages: {
      alongside:
        'PodSecurityPolicy {{name}} never sees ephemeral containers: PSP ignores the pods/ephemeralcontainers subresource (and was removed in Kubernetes 1.25). Make sure the other controls in this repository cover ephemeral containers, then remove it.',
      only:
        'PodSecurityPolicy {{name}} is the only pod-security control here, and it never sees ephemeral containers. Anyone who can patch pods/ephemeralcontainers can add a privileged container. Enforce Pod Security Admission (baseline or restricted) on every namespace, or a policy engine that reads ephemeralContainers.',
    },
  },
  *check(facts) {
    const policies = facts.coverage.filter((fact) => fact.engine === 'pod-security-policy');
    const alone = !facts.coverage.some((fact) => otherControls(fact.engine, fact.verdict));
    for (const fact of policies) {
      yield alone
        ? { messageId: 'only', data: { name: fact.policy.name }, at: fact.policy.at, object: fact.policy, level: 'error', securitySeverity: 8.1 }
        : { messageId: 'alongside', data: { name: fact.policy.name }, at: fact.policy.at, object: fact.policy };
    }
  },
});
