import { admittedCells, admittedData } from '../model/verify-judge.ts';
import { defineClusterRule } from './cluster-rule.ts';

export default defineClusterRule({
  meta: {
    id: 'EG402',
    name: 'cluster-admits-escalating-ephemeral',
    short: 'The live cluster admitted an ephemeral container that may escalate privileges, adds SYS_ADMIN or runs as root.',
    level: 'error',
    securitySeverity: 8.1,
    tags: ['security', 'cluster', 'ephemeral-containers'],
    messages: {
      'allow-privilege-escalation':
        'Namespace {{namespace}} admitted an ephemeral container with allowPrivilegeEscalation: true. It admitted {{how}}: a debug session there can gain more privileges than its process started with (setuid binaries). Enforce Pod Security restricted on {{namespace}}, or make a policy require allowPrivilegeEscalation: false on ephemeralContainers.',
      'capability-sys-admin':
        'Namespace {{namespace}} admitted an ephemeral container that adds the SYS_ADMIN capability. It admitted {{how}}: a debug session there can mount filesystems and escape to the node. Enforce Pod Security baseline or restricted on {{namespace}}, or make a policy deny added capabilities on ephemeralContainers.',
      'run-as-root':
        'Namespace {{namespace}} admitted an ephemeral container with runAsUser: 0. It admitted {{how}}: a debug session there runs as root inside the pod, next to its secrets and volumes. Enforce Pod Security restricted on {{namespace}}, or make a policy require runAsNonRoot on ephemeralContainers.',
    },
  },
  *judge(facts) {
    for (const { namespace, cell } of admittedCells(facts, ['allow-privilege-escalation', 'capability-sys-admin', 'run-as-root'])) {
      const messageId = cell.probe as 'allow-privilege-escalation' | 'capability-sys-admin' | 'run-as-root';
      yield { messageId, data: admittedData(facts, namespace, cell), namespace: namespace.namespace };
    }
  },
});
