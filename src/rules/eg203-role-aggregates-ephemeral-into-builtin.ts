import type { RoleEphemeralGrant } from '../analyze/access.ts';
import { AGGREGATION_TARGETS } from '../model/rbac/builtin-roles.ts';
import type { EffectiveRole } from '../model/rbac/roles.ts';
import { childRef } from '../model/source-ref.ts';
import { roleText } from '../model/rbac/wording.ts';
import { defineRule } from './rule.ts';

export default defineRule({
  meta: {
    id: 'EG203',
    name: 'role-aggregates-ephemeral-into-builtin',
    short: 'A ClusterRole that allows adding ephemeral containers aggregates into the built-in view, edit or admin role.',
    level: 'warning',
    securitySeverity: 5.5,
    tags: ['security', 'rbac', 'ephemeral-containers'],
    messages: {
      aggregates:
        '{{role}} allows adding ephemeral containers and aggregates into the built-in {{targets}}. Through {{path}}, everyone bound to {{first}} gains it, although Kubernetes leaves pods/ephemeralcontainers out of those roles on purpose (kubernetes/kubernetes#121217). Remove the aggregate-to label, or move the rule to a role bound only to those who debug.',
    },
  },
  *check(facts) {
    const grantsByRole = new Map<EffectiveRole, RoleEphemeralGrant[]>();
    for (const grant of facts.access.roleGrants) {
      // Only rules the role writes itself: an aggregated rule is reported on its author.
      if (grant.rule.via.length > 0 || !grant.role.object) continue;
      const list = grantsByRole.get(grant.role);
      if (list) list.push(grant);
      else grantsByRole.set(grant.role, [grant]);
    }
    for (const [role, grants] of grantsByRole) {
      const object = role.object;
      if (!object) continue;
      const reached = AGGREGATION_TARGETS.flatMap((name) => role.aggregatedInto.filter((into) => into.name === name));
      const [first] = reached;
      if (!first) continue;
      const label = `rbac.authorization.k8s.io/aggregate-to-${first.path[0] ?? first.name}`;
      const at = role.labels.has(label) ? { ...childRef(object.at, 'metadata', 'labels', label), key: true } : childRef(object.at, 'metadata', 'labels');
      const intoView = first.name === 'view';
      yield {
        messageId: 'aggregates',
        data: {
          role: roleText(role),
          targets: reached.map((into) => into.name).join(', '),
          first: first.name,
          path: `${role.name} → ${first.path.join(' → ')}`,
        },
        at,
        object,
        related: grants.flatMap(({ resourceAt }) => (resourceAt ? [{ at: resourceAt, note: 'the rule that allows it' }] : [])),
        ...(intoView ? { level: 'error' as const, securitySeverity: 7.5 } : {}),
      };
    }
  },
});
