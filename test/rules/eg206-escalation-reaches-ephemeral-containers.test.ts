import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from '../../src/rules/eg206-escalation-reaches-ephemeral-containers.ts';
import { factsOf, pathOf, summary } from '../analyze/rbac/facts-of.ts';
import { clusterRole, ephemeralRule, k8sObject } from '../model/rbac/k8s-object.ts';
import { testRule } from '../helpers/rule-tester.ts';
import { yaml } from '../helpers/yaml.ts';

const rbac = 'rbac.authorization.k8s.io';
const bind = (kind: 'RoleBinding' | 'ClusterRoleBinding', roleName: string) =>
  k8sObject({
    kind,
    metadata: kind === 'RoleBinding' ? { name: 'b', namespace: 'team-a' } : { name: 'b' },
    roleRef: { apiGroup: rbac, kind: 'ClusterRole', name: roleName },
    subjects: [{ kind: 'User', name: 'alice' }],
  });

describe('EG206 escalation-reaches-ephemeral-containers', () => {
  it('impersonation cluster-wide: error on the subject', () => {
    const impersonator = clusterRole('impersonator', { rules: [{ apiGroups: [''], resources: ['users', 'groups'], verbs: ['impersonate'] }] });
    const binding = bind('ClusterRoleBinding', 'impersonator');
    const drafts = [...rule.check(factsOf([impersonator, binding]))];
    assert.deepEqual(drafts.map(summary), [
      {
        messageId: 'escalation',
        data: {
          subject: 'User alice',
          primitives: 'impersonate users; impersonate groups',
          scope: 'in every namespace',
          binding: 'ClusterRoleBinding/b',
          role: 'ClusterRole/impersonator',
        },
        at: { file: 'rbac.yaml', doc: binding.ref.at.doc, path: ['subjects', 0] },
        level: 'error',
        securitySeverity: 8.5,
      },
    ]);
    assert.deepEqual(drafts[0]?.related?.map((related) => pathOf(related.at)), [['rules', 0, 'resources', 0], ['rules', 0, 'resources', 1]]);
  });

  it('escalate with role writes in a namespace: warning', () => {
    const escalator = clusterRole('escalator', { rules: [{ apiGroups: [rbac], resources: ['roles'], verbs: ['escalate', 'create'] }] });
    const [draft] = [...rule.check(factsOf([escalator, bind('RoleBinding', 'escalator')]))];
    assert.equal(draft?.data?.primitives, 'escalate roles (write roles with permissions it lacks)');
    assert.equal(draft?.data?.scope, 'in namespace team-a');
    assert.equal(draft?.level, undefined);
  });

  it('role or binding writes alone are stopped by escalation prevention', () => {
    const writer = clusterRole('writer', { rules: [{ apiGroups: [rbac], resources: ['roles', 'rolebindings'], verbs: ['create', 'patch'] }] });
    const binderOnly = clusterRole('binder', { rules: [{ apiGroups: [rbac], resources: ['clusterroles'], verbs: ['bind'] }] });
    assert.deepEqual([...rule.check(factsOf([writer, bind('ClusterRoleBinding', 'writer')]))], []);
    assert.deepEqual([...rule.check(factsOf([binderOnly, bind('ClusterRoleBinding', 'binder')]))], []);
  });

  it('nothing for a subject that can already add ephemeral containers there (EG202 says it)', () => {
    assert.deepEqual([...rule.check(factsOf([bind('ClusterRoleBinding', 'cluster-admin')]))], []);
  });

  it('built-in edit in a namespace reaches a ServiceAccount there that can add ephemeral containers', () => {
    const edit = bind('RoleBinding', 'edit');
    assert.deepEqual([...rule.check(factsOf([edit]))], [], 'no account in team-a holds it');
    const debuggerRole = clusterRole('debugger', { rules: [ephemeralRule] });
    const ci = k8sObject({
      kind: 'RoleBinding',
      metadata: { name: 'ci', namespace: 'team-a' },
      roleRef: { apiGroup: rbac, kind: 'ClusterRole', name: 'debugger' },
      subjects: [{ kind: 'ServiceAccount', name: 'ci' }],
    });
    const [draft] = [...rule.check(factsOf([edit, debuggerRole, ci]))];
    assert.equal(draft?.data?.primitives, 'impersonate serviceaccounts; create tokens for serviceaccounts');
    assert.deepEqual(draft?.related, []);
    const elsewhere = k8sObject({ ...ci.body, metadata: { name: 'ci', namespace: 'team-b' } });
    assert.deepEqual([...rule.check(factsOf([edit, debuggerRole, elsewhere]))], [], 'an account in another namespace is out of reach');
  });

  it('impersonating named users reaches only when one of them holds the power', () => {
    const named = clusterRole('named', { rules: [{ apiGroups: [''], resources: ['users'], verbs: ['impersonate'], resourceNames: ['bob'] }] });
    assert.deepEqual([...rule.check(factsOf([named, bind('ClusterRoleBinding', 'named')]))], []);
    const bobAdmin = k8sObject({
      kind: 'ClusterRoleBinding',
      metadata: { name: 'bob' },
      roleRef: { apiGroup: rbac, kind: 'ClusterRole', name: 'cluster-admin' },
      subjects: [{ kind: 'User', name: 'bob' }],
    });
    const drafts = [...rule.check(factsOf([named, bind('ClusterRoleBinding', 'named'), bobAdmin]))];
    assert.deepEqual(drafts.map((draft) => draft.data?.primitives), ['impersonate users (bob)']);
  });
});

// Through the real scan: on the subject; role writes alone are not reported.
testRule(rule, {
  valid: [
    {
      name: 'writes roles and bindings without escalate or bind',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: rbac-writer
        rules:
          - apiGroups: ["rbac.authorization.k8s.io"]
            resources: ["roles", "rolebindings", "clusterroles", "clusterrolebindings"]
            verbs: ["create", "update", "patch"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: rbac-writers
        subjects:
          - kind: User
            name: carol
        roleRef:
          kind: ClusterRole
          name: rbac-writer
          apiGroup: rbac.authorization.k8s.io
      `,
    },
    {
      name: 'mints tokens for a ServiceAccount that cannot add ephemeral containers',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: token-minter
          namespace: shop
        rules:
          - apiGroups: [""]
            resources: ["serviceaccounts/token"]
            verbs: ["create"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: minters
          namespace: shop
        subjects:
          - kind: User
            name: dave
        roleRef:
          kind: Role
          name: token-minter
          apiGroup: rbac.authorization.k8s.io
      `,
    },
  ],
  invalid: [
    {
      name: 'impersonating any user cluster-wide: error',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: impersonator
        rules:
          - apiGroups: [""]
            resources: ["users"]
            verbs: ["impersonate"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: support
        subjects:
          - kind: User
            name: support-bot
        roleRef:
          kind: ClusterRole
          name: impersonator
          apiGroup: rbac.authorization.k8s.io
      `,
      errors: [{ messageId: 'escalation', data: { subject: 'User support-bot', primitives: 'impersonate users' }, line: 15, column: 5, level: 'error' }],
    },
    {
      name: 'token creation reaching a ServiceAccount that can debug, in a namespace: warning',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: token-minter
          namespace: shop
        rules:
          - apiGroups: [""]
            resources: ["serviceaccounts/token"]
            verbs: ["create"]
          - apiGroups: [""]
            resources: ["pods/ephemeralcontainers"]
            verbs: ["create"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: minters
          namespace: shop
        subjects:
          - kind: User
            name: dave
        roleRef:
          kind: Role
          name: token-minter
          apiGroup: rbac.authorization.k8s.io
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: debugger-sa
          namespace: shop
        subjects:
          - kind: ServiceAccount
            name: debugger
        roleRef:
          kind: ClusterRole
          name: cluster-admin
          apiGroup: rbac.authorization.k8s.io
      `,
      errors: [{ messageId: 'escalation', data: { subject: 'User dave', primitives: 'create tokens for serviceaccounts', scope: 'in namespace shop' }, line: 20, column: 5, level: 'warning' }],
    },
  ],
});
