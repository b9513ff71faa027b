import { childRef } from '../model/source-ref.ts';
import { roleText } from '../model/rbac/wording.ts';
import { defineRule } from './rule.ts';

type Data = Readonly<Record<string, string>>;

export default defineRule({
  meta: {
    id: 'EG204',
    name: 'rbac-rule-grants-nothing',
    short: 'An RBAC rule looks like it grants or restricts ephemeral containers but matches nothing.',
    level: 'note',
    tags: ['rbac', 'ephemeral-containers', 'correctness'],
    messages: {
      'pods-subresource-wildcard':
        '{{role}}: resource `{{entry}}` matches nothing (RBAC has no suffix wildcard). It neither grants nor names pods/ephemeralcontainers (or any pod subresource). List the subresources you mean, e.g. pods/log.',
      'double-wildcard':
        '{{role}}: resource `{{entry}}` matches nothing: RBAC reads it as the subresource literally named `*`. Use `*` for everything, or list the subresources you mean.',
      'bare-subresource':
        '{{role}}: resource `{{entry}}` names a top-level resource that does not exist; the subresource is pods/ephemeralcontainers.',
      'core-api-group':
        '{{role}}: apiGroup `{{entry}}` matches no group: the core group is written "". This rule grants nothing on pods/ephemeralcontainers.',
      'wrong-verb':
        '{{role}}: verb `{{entry}}` never carries an ephemeral container, so this rule grants no way to add one. Adding one takes patch (kubectl debug) or update (client-go); if that is not the intent, remove the verb.',
      overwritten:
        '{{role}} aggregates other ClusterRoles, so the aggregation controller overwrites these rules: they never take effect. Move them to a role its selectors pick, or remove them.',
    },
  },
  *check(facts) {
    for (const { role, lookalike, at } of facts.access.lookalikes) {
      if (!role.object) continue;
      const data: Data = { role: roleText(role), entry: lookalike.entry };
      yield { messageId: lookalike.kind, data, at, object: role.object };
    }
    for (const role of facts.access.roles) {
      if (!role.object || role.overwrittenRules.length === 0) continue;
      const data: Data = { role: roleText(role) };
      yield {
        messageId: 'overwritten',
        data,
        at: { ...childRef(role.object.at, 'rules'), key: true },
        object: role.object,
        related: role.aggregation?.at ? [{ at: role.aggregation.at, note: 'the aggregationRule that overwrites them' }] : [],
      };
    }
  },
});
