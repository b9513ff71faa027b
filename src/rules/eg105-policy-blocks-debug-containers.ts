import { objectLabel } from '../model/object-ref.ts';
import { defineRule } from './rule.ts';

export default defineRule({
  meta: {
    id: 'EG105',
    name: 'policy-blocks-debug-containers',
    holes: ['requires-forbidden'],
    short: 'A policy requires, on ephemeral containers, a field the API forbids there, so it denies every debug container.',
    level: 'warning',
    tags: ['reliability', 'admission', 'ephemeral-containers'],
    messages: {
      blocks:
        '{{policy}}{{rule}} {{note}}. The API rejects ports, probes, lifecycle, resources, resizePolicy and restartPolicy on them: {{effect}} Require it on containers and initContainers only, and leave ephemeralContainers out of this check.',
    },
  },
  *check(facts) {
    for (const fact of facts.coverage) {
      for (const evidence of fact.requiresForbiddenOnEphemeral ?? []) {
        yield {
          messageId: 'blocks',
          data: {
            policy: objectLabel(fact.policy),
            rule: fact.rule ? ` rule ${fact.rule}` : '',
            note: evidence.note,
            effect:
              fact.enforces === 'no'
                ? 'in its current audit mode it reports every debug container as a violation, and switched to enforce it would deny every kubectl debug.'
                : 'every kubectl debug in the Pods it matches is denied, and teams end up disabling the policy.',
          },
          at: evidence.at,
          object: fact.policy,
        };
      }
    }
  },
});
