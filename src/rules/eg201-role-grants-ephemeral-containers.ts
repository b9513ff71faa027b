import { aggregationText, ephemeralGrantText, podsText, roleText } from '../model/rbac/wording.ts';
import type { RelatedRef } from './rule.ts';
import { defineRule } from './rule.ts';

export default defineRule({
  meta: {
    id: 'EG201',
    name: 'role-grants-ephemeral-containers',
    short: 'A Role or ClusterRole allows adding ephemeral containers (patch or update on pods/ephemeralcontainers).',
    level: 'warning',
    securitySeverity: 5.0,
    tags: ['security', 'rbac', 'ephemeral-containers'],
    messages: {
      own: '{{role}} allows adding ephemeral containers to {{pods}}. It grants them through {{how}}: whoever is bound to it can start a debug container, privileged if no admission control stops it. Drop the rule, or limit it with resourceNames and guard the subresource with an admission policy.',
      aggregated:
        '{{role}} allows adding ephemeral containers to {{pods}}. It grants them through {{how}}{{via}}: whoever is bound to it can start a debug container, privileged if no admission control stops it. Remove the rule from the source role or narrow this aggregation selector.',
    },
  },
  *check(facts) {
    // ClusterRoles with a manifest in scope: each reports the rules it aggregates itself.
    const written = new Set(facts.access.roles.filter((role) => role.object && role.kind === 'ClusterRole').map((role) => role.name));
    for (const { role, rule, grant, resourceAt } of facts.access.roleGrants) {
      if (!role.object || !resourceAt) continue;
      // Down an aggregation chain, the role this one selects already reports the rule: a chain
      // of K roles is one finding per hop into a built-in role, not K (nor K² with K rules).
      if (rule.via.length > 1 && written.has(rule.via[0]!)) continue;
      const limited = grant.resourceNames !== undefined;
      const data = { role: roleText(role), pods: podsText(grant.resourceNames), how: ephemeralGrantText(grant) };
      const level = limited ? { level: 'note' as const, securitySeverity: 3.0 } : {};
      if (rule.via.length === 0) {
        yield { messageId: 'own', data, at: resourceAt, object: role.object, ...level };
        continue;
      }
      // The rule lives in another role's manifest (its own EG201 sits there): this one points at
      // the aggregation that pulls it in.
      const related: RelatedRef[] = [{ at: resourceAt, note: `the rule, in ${roleText(rule.role)}` }];
      yield {
        messageId: 'aggregated',
        data: { ...data, via: aggregationText(rule.via) },
        at: role.aggregation?.at ?? role.object.at,
        object: role.object,
        related,
        ...level,
      };
    }
  },
});
