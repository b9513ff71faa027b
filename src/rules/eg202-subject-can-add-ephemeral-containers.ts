import type { Breadth } from '../analyze/access.ts';
import { aggregationText, bindingText, podsText, roleText, scopeText } from '../model/rbac/wording.ts';
import type { Level, RelatedRef } from './rule.ts';
import { defineRule } from './rule.ts';
import { grantRuleRefs } from './grant-refs.ts';

/** RULES.md EG202: severity by subject breadth (one band lower with resourceNames). */
const bands: Readonly<Record<Breadth, { readonly level: Level; readonly securitySeverity: number }>> = {
  critical: { level: 'error', securitySeverity: 9.3 },
  high: { level: 'warning', securitySeverity: 7.5 },
  medium: { level: 'warning', securitySeverity: 5.0 },
  low: { level: 'note', securitySeverity: 3.0 },
};

export default defineRule({
  meta: {
    id: 'EG202',
    name: 'subject-can-add-ephemeral-containers',
    short: 'A binding lets a user, group or service account add ephemeral containers to pods.',
    level: 'warning',
    securitySeverity: 5.0,
    tags: ['security', 'rbac', 'ephemeral-containers'],
    messages: {
      subject:
        '{{subject}} can add ephemeral containers to {{pods}} {{scope}}. It holds this through {{binding}} → {{role}}{{via}}: it can start a debug container in those pods, privileged if no admission control stops it. Bind a role without pods/ephemeralcontainers, or scope it to a namespace guarded by Pod Security or a policy that reads ephemeralContainers.',
    },
  },
  *check(facts) {
    for (const access of facts.access.grants) {
      const [first] = access.rules;
      const related: RelatedRef[] = [
        { at: access.binding.roleRefAt, note: `roleRef of ${bindingText(access.binding)}` },
        ...grantRuleRefs(access),
      ];
      yield {
        messageId: 'subject',
        data: {
          subject: access.subject.label,
          pods: podsText(access.resourceNames),
          scope: scopeText(access.scope),
          binding: bindingText(access.binding),
          role: roleText(access.role),
          via: first ? aggregationText(first.rule.via) : '',
        },
        at: access.subject.at,
        object: access.binding.object,
        related,
        ...bands[access.breadth],
      };
    }
  },
});
