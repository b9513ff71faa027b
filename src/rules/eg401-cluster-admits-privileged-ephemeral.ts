import { admittedCells, admittedData } from '../model/verify-judge.ts';
import { defineClusterRule } from './cluster-rule.ts';

export default defineClusterRule({
  meta: {
    id: 'EG401',
    name: 'cluster-admits-privileged-ephemeral',
    short: 'The live cluster admitted a privileged ephemeral container in a namespace.',
    level: 'error',
    securitySeverity: 9.3,
    tags: ['security', 'cluster', 'ephemeral-containers'],
    messages: {
      admitted:
        'Namespace {{namespace}} admitted a privileged ephemeral container. It admitted {{how}}: anyone who may patch or update pods/ephemeralcontainers there gets root on the node. Enforce Pod Security baseline or restricted on {{namespace}}, or make a policy deny privileged ephemeralContainers on UPDATE of the subresource.',
    },
  },
  *judge(facts) {
    for (const { namespace, cell } of admittedCells(facts, ['privileged'])) {
      yield { messageId: 'admitted', data: admittedData(facts, namespace, cell), namespace: namespace.namespace };
    }
  },
});
