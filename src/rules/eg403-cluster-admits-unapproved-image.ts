import { admittedCells, admittedData } from '../model/verify-judge.ts';
import { defineClusterRule } from './cluster-rule.ts';

export default defineClusterRule({
  meta: {
    id: 'EG403',
    name: 'cluster-admits-unapproved-image',
    short: 'The live cluster admitted an ephemeral container whose image comes from a registry declared disallowed.',
    level: 'warning',
    securitySeverity: 6.5,
    tags: ['security', 'cluster', 'ephemeral-containers', 'supply-chain'],
    messages: {
      admitted:
        'Namespace {{namespace}} admitted an ephemeral container with image {{image}}. It admitted {{how}}: a debug session there can run any tool from any registry, whatever the image policy says about containers. Make the image policy (allowed registries) read ephemeralContainers and receive UPDATE of pods/ephemeralcontainers.',
    },
  },
  *judge(facts) {
    for (const { namespace, cell } of admittedCells(facts, ['disallowed-image'])) {
      yield { messageId: 'admitted', data: { ...admittedData(facts, namespace, cell), image: facts.disallowedImage }, namespace: namespace.namespace };
    }
  },
});
