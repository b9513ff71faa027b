import { childRef } from '../model/source-ref.ts';
import { bindingText, scopeText } from '../model/rbac/wording.ts';
import { defineRule } from './rule.ts';

export default defineRule({
  meta: {
    id: 'EG205',
    name: 'binding-references-missing-role',
    short: 'A binding references a role that is neither in the repository nor built in: it grants whatever that name comes to hold.',
    level: 'note',
    tags: ['security', 'rbac'],
    securitySeverity: 3.0,
    messages: {
      missing:
        '{{binding}} binds {{roleKind}} {{roleName}}, which is neither in the scanned files nor built in. It binds {{subjects}} {{scope}} to it: it grants nothing today and whatever a role of that name holds tomorrow. Define the role, remove the binding, or declare the role as external in the configuration.',
    },
  },
  *check(facts) {
    for (const { binding, reason } of facts.access.unresolvedBindings) {
      if (reason !== 'missing') continue;
      // Broad: anonymous or every-identity groups, or a namespace's broad groups and default ServiceAccount
      // (in a ClusterRoleBinding every named subject is `high`, which is not breadth of the subject).
      const broad = binding.subjects.some(
        (subject) => subject.breadth === 'critical' || (subject.breadth === 'high' && binding.scope.kind === 'namespace'),
      );
      yield {
        messageId: 'missing',
        data: {
          binding: bindingText(binding),
          subjects: binding.subjects.length > 0 ? binding.subjects.map((subject) => subject.label).join(', ') : 'no subject',
          scope: scopeText(binding.scope),
          roleKind: binding.roleRef.kind,
          roleName: binding.roleRef.name,
        },
        at: childRef(binding.roleRefAt, 'name'),
        object: binding.object,
        related: binding.subjects.map((subject) => ({ at: subject.at, note: subject.label })),
        ...(broad ? { level: 'warning' as const, securitySeverity: 5.0 } : {}),
      };
    }
  },
});
