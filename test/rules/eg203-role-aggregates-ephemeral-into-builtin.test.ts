import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from '../../src/rules/eg203-role-aggregates-ephemeral-into-builtin.ts';
import { factsOf, pathOf, summary } from '../analyze/rbac/facts-of.ts';
import { clusterRole, ephemeralRule } from '../model/rbac/k8s-object.ts';
import { testRule } from '../helpers/rule-tester.ts';
import { yaml } from '../helpers/yaml.ts';

const label = (role: 'view' | 'edit' | 'admin') => `rbac.authorization.k8s.io/aggregate-to-${role}`;

describe('EG203 role-aggregates-ephemeral-into-builtin', () => {
  it('into view: error, on the label, reaching edit and admin', () => {
    const extension = clusterRole('debug-extension', { rules: [ephemeralRule] }, { [label('view')]: 'true' });
    const drafts = [...rule.check(factsOf([extension]))];
    assert.deepEqual(drafts.map(summary), [
      {
        messageId: 'aggregates',
        data: { role: 'ClusterRole/debug-extension', targets: 'view, edit, admin', first: 'view', path: 'debug-extension → view' },
        at: { file: 'rbac.yaml', doc: extension.ref.at.doc, path: ['metadata', 'labels', label('view')], key: true },
        level: 'error',
        securitySeverity: 7.5,
      },
    ]);
    assert.deepEqual(drafts[0]?.related?.map((related) => pathOf(related.at)), [['rules', 0, 'resources', 0]]);
  });

  it('into edit: warning', () => {
    const [draft] = [...rule.check(factsOf([clusterRole('x', { rules: [ephemeralRule] }, { [label('edit')]: 'true' })]))];
    assert.equal(draft?.level, undefined);
    assert.equal(draft?.data?.targets, 'edit, admin');
  });

  it('transitively, through a repository aggregator carrying the label', () => {
    const team = clusterRole('team', { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { team: 'yes' } }] } }, { [label('admin')]: 'true' });
    const member = clusterRole('member', { rules: [ephemeralRule] }, { team: 'yes' });
    const drafts = [...rule.check(factsOf([team, member]))];
    assert.deepEqual(drafts.map((draft) => [draft.data?.role, draft.data?.path, draft.at]), [
      ['ClusterRole/member', 'member → team → admin', { file: 'rbac.yaml', doc: member.ref.at.doc, path: ['metadata', 'labels'] }],
    ]);
  });

  it('not for a label on a role without the grant, nor for other aggregators', () => {
    const reader = clusterRole('reader', { rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }] }, { [label('view')]: 'true' });
    const own = clusterRole('own', { rules: [ephemeralRule] }, { 'example.com/aggregate-to-ops': 'true' });
    assert.deepEqual([...rule.check(factsOf([reader, own]))], []);
  });
});

// Through the real scan: on the aggregate-to label, error into view.
testRule(rule, {
  valid: [
    {
      name: 'aggregates into edit but grants only pods/* (nothing)',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: pod-star
          labels:
            rbac.authorization.k8s.io/aggregate-to-edit: "true"
        rules:
          - apiGroups: [""]
            resources: ["pods/*"]
            verbs: ["patch", "update"]
      `,
    },
    {
      name: 'grants it without an aggregate-to label',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: debugger
          labels:
            team: platform
        rules:
          - apiGroups: [""]
            resources: ["pods/ephemeralcontainers"]
            verbs: ["patch"]
      `,
    },
  ],
  invalid: [
    {
      name: 'aggregate-to-view: error on the label key',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: debug-for-readers
          labels:
            app: tools
            rbac.authorization.k8s.io/aggregate-to-view: "true"
        rules:
          - apiGroups: [""]
            resources: ["pods/ephemeralcontainers"]
            verbs: ["update"]
      `,
      errors: [{ messageId: 'aggregates', data: { targets: 'view, edit, admin', first: 'view' }, line: 7, column: 5, level: 'error' }],
    },
    {
      name: 'aggregate-to-admin: warning',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: debug-for-admins
          labels:
            rbac.authorization.k8s.io/aggregate-to-admin: "true"
        rules:
          - apiGroups: ["*"]
            resources: ["*"]
            verbs: ["patch"]
      `,
      errors: [{ messageId: 'aggregates', data: { targets: 'admin' }, line: 6, column: 5, level: 'warning' }],
    },
  ],
});
