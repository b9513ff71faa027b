import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from '../../src/rules/eg205-binding-references-missing-role.ts';
import { factsOf, summary } from '../analyze/rbac/facts-of.ts';
import { k8sObject } from '../model/rbac/k8s-object.ts';
import { testRule } from '../helpers/rule-tester.ts';
import { yaml } from '../helpers/yaml.ts';

const binding = (subjects: unknown[], roleName = 'vendor-debug') =>
  k8sObject({
    kind: 'RoleBinding',
    metadata: { name: 'latent', namespace: 'team-a' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: roleName },
    subjects,
  });

describe('EG205 binding-references-missing-role', () => {
  it('a note on the roleRef name for a named subject', () => {
    const latent = binding([{ kind: 'User', name: 'alice' }]);
    assert.deepEqual([...rule.check(factsOf([latent]))].map(summary), [
      {
        messageId: 'missing',
        data: { binding: 'RoleBinding/team-a/latent', subjects: 'User alice', scope: 'in namespace team-a', roleKind: 'ClusterRole', roleName: 'vendor-debug' },
        at: { file: 'rbac.yaml', doc: latent.ref.at.doc, path: ['roleRef', 'name'] },
        level: undefined,
        securitySeverity: undefined,
      },
    ]);
  });

  it('a warning for broad subjects', () => {
    const [draft] = [...rule.check(factsOf([binding([{ kind: 'Group', name: 'system:serviceaccounts:team-a' }])]))];
    assert.equal(draft?.level, 'warning');
    assert.equal(draft?.securitySeverity, 5.0);
  });

  it('nothing for built-in or external roles', () => {
    assert.deepEqual([...rule.check(factsOf([binding([{ kind: 'User', name: 'a' }], 'view')]))], []);
    assert.deepEqual([...rule.check(factsOf([binding([{ kind: 'User', name: 'a' }])], { externalRoles: ['vendor-debug'] }))], []);
  });
});

// Through the real scan: on roleRef.name.
testRule(rule, {
  valid: [
    {
      name: 'a built-in role, a role in scope, a Role looked up in the binding namespace',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: viewers
        subjects:
          - kind: Group
            name: auditors
        roleRef:
          kind: ClusterRole
          name: view
          apiGroup: rbac.authorization.k8s.io
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: reader
          namespace: shop
        rules: []
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: readers
          namespace: shop
        subjects:
          - kind: User
            name: bob
        roleRef:
          kind: Role
          name: reader
          apiGroup: rbac.authorization.k8s.io
      `,
    },
  ],
  invalid: [
    {
      name: 'a Role in another namespace does not resolve; a broad subject makes it a warning',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: reader
          namespace: other
        rules: []
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: readers
          namespace: shop
        subjects:
          - kind: ServiceAccount
            name: default
        roleRef:
          kind: Role
          name: reader
          apiGroup: rbac.authorization.k8s.io
      `,
      errors: [{ messageId: 'missing', data: { roleKind: 'Role', roleName: 'reader', subjects: 'ServiceAccount shop/default' }, line: 18, column: 9, level: 'warning' }],
    },
    {
      name: 'a missing ClusterRole for a named group: note',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: debuggers
          namespace: shop
        subjects:
          - kind: Group
            name: shop-oncall
        roleRef:
          kind: ClusterRole
          name: pod-debugger
          apiGroup: rbac.authorization.k8s.io
      `,
      errors: [{ messageId: 'missing', data: { roleName: 'pod-debugger' }, line: 11, column: 9, level: 'note' }],
    },
  ],
});
