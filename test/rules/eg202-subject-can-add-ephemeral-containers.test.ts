import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from '../../src/rules/eg202-subject-can-add-ephemeral-containers.ts';
import { factsOf, pathOf, summary } from '../analyze/rbac/facts-of.ts';
import { clusterRole, ephemeralRule, k8sObject } from '../model/rbac/k8s-object.ts';
import { testRule } from '../helpers/rule-tester.ts';
import { yaml } from '../helpers/yaml.ts';

const toView = { 'rbac.authorization.k8s.io/aggregate-to-view': 'true' };

describe('EG202 subject-can-add-ephemeral-containers', () => {
  it('names who, where and the chain; sits on the subject', () => {
    const extension = clusterRole('debug-extension', { rules: [ephemeralRule] }, toView);
    const binding = k8sObject({
      kind: 'RoleBinding',
      metadata: { name: 'devs-edit', namespace: 'team-a' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'edit' },
      subjects: [{ kind: 'Group', name: 'devs' }, { kind: 'ServiceAccount', name: 'default' }],
    });
    const drafts = [...rule.check(factsOf([extension, binding]))];
    assert.deepEqual(drafts.map(summary), [
      {
        messageId: 'subject',
        data: {
          subject: 'Group devs',
          pods: 'every pod',
          scope: 'in namespace team-a',
          binding: 'RoleBinding/team-a/devs-edit',
          role: 'ClusterRole/edit (built-in)',
          via: ' (aggregated from ClusterRole/debug-extension through view)',
        },
        at: { file: 'rbac.yaml', doc: binding.ref.at.doc, path: ['subjects', 0] },
        level: 'warning',
        securitySeverity: 5.0,
      },
      {
        messageId: 'subject',
        data: {
          subject: 'ServiceAccount team-a/default',
          pods: 'every pod',
          scope: 'in namespace team-a',
          binding: 'RoleBinding/team-a/devs-edit',
          role: 'ClusterRole/edit (built-in)',
          via: ' (aggregated from ClusterRole/debug-extension through view)',
        },
        at: { file: 'rbac.yaml', doc: binding.ref.at.doc, path: ['subjects', 1] },
        level: 'warning',
        securitySeverity: 7.5,
      },
    ]);
    assert.deepEqual(drafts[0]?.related?.map((related) => pathOf(related.at)), [['roleRef'], ['rules', 0, 'resources', 0]]);
  });

  it('system:authenticated cluster-wide on cluster-admin is critical', () => {
    const binding = k8sObject({
      kind: 'ClusterRoleBinding',
      metadata: { name: 'oops' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
      subjects: [{ kind: 'Group', name: 'system:authenticated' }],
    });
    const [draft] = [...rule.check(factsOf([binding]))];
    assert.equal(draft?.level, 'error');
    assert.equal(draft?.securitySeverity, 9.3);
    assert.equal(draft?.data?.scope, 'in every namespace');
    assert.deepEqual(draft?.related?.map((related) => pathOf(related.at)), [['roleRef']]);
  });

  it('no finding when the bound role only has pods/* or pods', () => {
    const almost = clusterRole('almost', { rules: [{ apiGroups: [''], resources: ['pods', 'pods/*'], verbs: ['*'] }] });
    const binding = k8sObject({
      kind: 'ClusterRoleBinding',
      metadata: { name: 'all' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'almost' },
      subjects: [{ kind: 'Group', name: 'system:authenticated' }],
    });
    assert.deepEqual([...rule.check(factsOf([almost, binding]))], []);
  });
});

// Through the real scan: the subject entry, the level by breadth, never a `pods/*` or `create` grant.
testRule(rule, {
  valid: [
    {
      name: 'bound to pods/* and create on the subresource: nobody can',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: almost
        rules:
          - apiGroups: [""]
            resources: ["pods", "pods/*"]
            verbs: ["*"]
          - apiGroups: [""]
            resources: ["pods/ephemeralcontainers"]
            verbs: ["create"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: everyone
        subjects:
          - kind: Group
            name: system:authenticated
        roleRef:
          kind: ClusterRole
          name: almost
          apiGroup: rbac.authorization.k8s.io
      `,
    },
    {
      name: 'built-in edit, with no scanned role aggregating into it',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: devs
          namespace: shop
        subjects:
          - kind: Group
            name: devs
        roleRef:
          kind: ClusterRole
          name: edit
          apiGroup: rbac.authorization.k8s.io
      `,
    },
  ],
  invalid: [
    {
      name: 'a named group in one namespace: warning 5.0 on the subject',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: debugger
          namespace: shop
        rules:
          - apiGroups: [""]
            resources: ["pods/ephemeralcontainers"]
            verbs: ["patch"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: devs
          namespace: shop
        subjects:
          - kind: User
            name: alice
          - kind: Group
            name: shop-developers
        roleRef:
          kind: Role
          name: debugger
          apiGroup: rbac.authorization.k8s.io
      `,
      errors: [
        { messageId: 'subject', data: { subject: 'User alice', scope: 'in namespace shop' }, line: 17, column: 5, level: 'warning' },
        { messageId: 'subject', data: { subject: 'Group shop-developers', binding: 'RoleBinding/shop/devs', role: 'Role/shop/debugger' }, line: 19, column: 5, level: 'warning' },
      ],
    },
    {
      name: 'cluster-admin for every authenticated user: error',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: oops
        subjects:
          - kind: Group
            name: system:authenticated
        roleRef:
          kind: ClusterRole
          name: cluster-admin
          apiGroup: rbac.authorization.k8s.io
      `,
      errors: [{ messageId: 'subject', data: { scope: 'in every namespace', role: 'ClusterRole/cluster-admin (built-in)' }, line: 6, column: 5, level: 'error' }],
    },
    {
      name: 'edit extended by a scanned aggregate-to-edit role, ServiceAccount defaulted to the binding namespace',
      files: {
        'roles.yaml': yaml`
          apiVersion: rbac.authorization.k8s.io/v1
          kind: ClusterRole
          metadata:
            name: debug-extension
            labels:
              rbac.authorization.k8s.io/aggregate-to-edit: "true"
          rules:
            - apiGroups: [""]
              resources: ["pods/ephemeralcontainers"]
              verbs: ["patch"]
              resourceNames: ["web-0"]
        `,
        'binding.yaml': yaml`
          apiVersion: rbac.authorization.k8s.io/v1
          kind: RoleBinding
          metadata:
            name: ci-edit
            namespace: shop
          subjects:
            - kind: ServiceAccount
              name: deployer
          roleRef:
            kind: ClusterRole
            name: edit
            apiGroup: rbac.authorization.k8s.io
        `,
      },
      errors: [
        {
          messageId: 'subject',
          data: { subject: 'ServiceAccount shop/deployer', pods: 'only pods web-0', via: ' (aggregated from ClusterRole/debug-extension)' },
          file: 'binding.yaml',
          line: 7,
          column: 5,
          level: 'note',
        },
      ],
    },
  ],
});
