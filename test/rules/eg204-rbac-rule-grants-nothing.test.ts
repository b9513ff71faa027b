import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from '../../src/rules/eg204-rbac-rule-grants-nothing.ts';
import { factsOf, pathOf } from '../analyze/rbac/facts-of.ts';
import { clusterRole, ephemeralRule, role } from '../model/rbac/k8s-object.ts';
import { testRule } from '../helpers/rule-tester.ts';
import { yaml } from '../helpers/yaml.ts';

describe('EG204 rbac-rule-grants-nothing', () => {
  it('each look-alike at its entry', () => {
    const almost = role('team-a', 'almost', [
      { apiGroups: [''], resources: ['pods', 'pods/*'], verbs: ['patch'] },
      { apiGroups: ['core'], resources: ['pods/ephemeralcontainers'], verbs: ['patch'] },
      { apiGroups: [''], resources: ['pods/ephemeralcontainers'], verbs: ['create'] },
    ]);
    const drafts = [...rule.check(factsOf([almost]))];
    assert.deepEqual(drafts.map((draft) => [draft.messageId, draft.data, pathOf(draft.at)]), [
      ['pods-subresource-wildcard', { role: 'Role/team-a/almost', entry: 'pods/*' }, ['rules', 0, 'resources', 1]],
      ['core-api-group', { role: 'Role/team-a/almost', entry: 'core' }, ['rules', 1, 'apiGroups', 0]],
      ['wrong-verb', { role: 'Role/team-a/almost', entry: 'create' }, ['rules', 2, 'verbs', 0]],
    ]);
  });

  it('rules written on an aggregating ClusterRole are overwritten', () => {
    const aggregator = clusterRole('ops', { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { ops: 'yes' } }] }, rules: [ephemeralRule] });
    const drafts = [...rule.check(factsOf([aggregator]))];
    assert.deepEqual(drafts.map((draft) => [draft.messageId, draft.data, draft.at]), [
      ['overwritten', { role: 'ClusterRole/ops' }, { file: 'rbac.yaml', doc: aggregator.ref.at.doc, path: ['rules'], key: true }],
    ]);
    assert.deepEqual(drafts[0]?.related?.map((related) => pathOf(related.at)), [['aggregationRule']]);
  });

  it('nothing for rules that grant, or an aggregating role with `rules: []`', () => {
    const empty = clusterRole('ops', { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { ops: 'yes' } }] }, rules: [] });
    assert.deepEqual([...rule.check(factsOf([role('a', 'ok', [ephemeralRule]), empty]))], []);
  });
});

// Through the real scan: on the misleading entry.
testRule(rule, {
  valid: [
    {
      name: 'a rule that grants it, and unrelated rules',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: ok
          namespace: shop
        rules:
          - apiGroups: [""]
            resources: ["pods/ephemeralcontainers"]
            verbs: ["patch"]
          - apiGroups: ["apps"]
            resources: ["deployments"]
            verbs: ["get"]
      `,
    },
  ],
  invalid: [
    {
      name: 'pods/*, core, create and rules on an aggregating role',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: mistakes
        rules:
          - apiGroups: [""]
            resources: ["pods/log", "pods/*"]
            verbs: ["get"]
          - apiGroups: ["core"]
            resources: ["pods/ephemeralcontainers"]
            verbs: ["patch"]
          - apiGroups: [""]
            resources: ["pods/ephemeralcontainers"]
            verbs: ["create"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: aggregator
        aggregationRule:
          clusterRoleSelectors:
            - matchLabels: {debug: "true"}
        rules:
          - apiGroups: [""]
            resources: ["pods"]
            verbs: ["get"]
      `,
      errors: [
        { messageId: 'pods-subresource-wildcard', data: { entry: 'pods/*' }, line: 7, column: 29 },
        { messageId: 'core-api-group', data: { entry: 'core' }, line: 9, column: 17 },
        { messageId: 'wrong-verb', data: { entry: 'create' }, line: 14, column: 13 },
        { messageId: 'overwritten', data: { role: 'ClusterRole/aggregator' }, line: 23, column: 1 },
      ],
    },
  ],
});
