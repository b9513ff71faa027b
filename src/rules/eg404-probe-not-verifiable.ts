import type { NotVerifiableCause } from '../model/verify-outcome.ts';
import { defineClusterRule, type ClusterDraft } from './cluster-rule.ts';

export default defineClusterRule({
  meta: {
    id: 'EG404',
    name: 'probe-not-verifiable',
    short: 'A probe could not be judged on the live cluster, so whether it would be denied is unknown.',
    level: 'note',
    tags: ['cluster', 'ephemeral-containers'],
    messages: {
      skipped: 'No probe was sent in namespace {{namespace}}: {{reason}}',
      unjudged: 'In namespace {{namespace}}, {{probes}} could not be judged: {{reason}}',
    },
  },
  *judge(facts): Generator<ClusterDraft<'skipped' | 'unjudged'>> {
    for (const namespace of facts.namespaces) {
      if (namespace.skipped) {
        yield { messageId: 'skipped', data: { namespace: namespace.namespace, cause: namespace.skipped.cause, reason: namespace.skipped.message }, namespace: namespace.namespace };
        continue;
      }
      // One finding per reason, naming every probe it left unjudged (not one per probe and method).
      const byReason = new Map<string, { cause: NotVerifiableCause; probes: string[] }>();
      for (const cell of namespace.cells) {
        if (cell.verdict !== 'not-verifiable') continue;
        for (const attempt of cell.attempts) {
          if (attempt.state !== 'not-verifiable') continue;
          const entry = byReason.get(attempt.message) ?? { cause: attempt.cause, probes: [] };
          if (!entry.probes.includes(cell.probe)) entry.probes.push(cell.probe);
          byReason.set(attempt.message, entry);
        }
      }
      for (const [reason, { cause, probes }] of [...byReason].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        yield {
          messageId: 'unjudged',
          data: { namespace: namespace.namespace, cause, probes: `probe${probes.length === 1 ? '' : 's'} ${probes.join(', ')}`, reason },
          namespace: namespace.namespace,
        };
      }
    }
  },
});

