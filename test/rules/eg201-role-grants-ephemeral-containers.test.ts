import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from '../../src/rules/eg201-role-grants-ephemeral-containers.ts';
import eg202 from '../../src/rules/eg202-subject-can-add-ephemeral-containers.ts';
import { factsOf, summary } from '../analyze/rbac/facts-of.ts';
import { clusterRole, ephemeralRule, role } from '../model/rbac/k8s-object.ts';
import { findingsOf, testRule } from '../helpers/rule-tester.ts';
import { aggregationText } from '../../src/model/rbac/wording.ts';
import { yaml } from '../helpers/yaml.ts';

describe('EG201 role-grants-ephemeral-containers', () => {
  it('points at the resources entry and says how', () => {
    const debuggerRole = role('team-a', 'debugger', [{ apiGroups: [''], resources: ['pods', '*/ephemeralcontainers'], verbs: ['patch'] }]);
    const drafts = [...rule.check(factsOf([debuggerRole]))].map(summary);
    assert.deepEqual(drafts, [
      {
        messageId: 'own',
        data: { role: 'Role/team-a/debugger', pods: 'every pod', how: 'verb patch on */ephemeralcontainers (that subresource of every resource)' },
        at: { file: 'rbac.yaml', doc: debuggerRole.ref.at.doc, path: ['rules', 0, 'resources', 1] },
        level: undefined,
        securitySeverity: undefined,
      },
    ]);
  });

  it('is a note when resourceNames limit the pods', () => {
    const [draft] = [...rule.check(factsOf([clusterRole('one', { rules: [{ ...ephemeralRule, resourceNames: ['web-0'] }] })]))];
    assert.equal(draft?.level, 'note');
    assert.equal(draft?.securitySeverity, 3.0);
    assert.equal(draft?.data?.pods, 'only pods web-0');
  });

  it('an aggregating role is reported at its aggregationRule, with the source rule related', () => {
    const source = clusterRole('source', { rules: [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }] }, { debug: 'yes' });
    const aggregator = clusterRole('aggregator', { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { debug: 'yes' } }] } });
    const drafts = [...rule.check(factsOf([source, aggregator]))];
    assert.deepEqual(drafts.map((draft) => [draft.messageId, draft.at]), [
      ['own', { file: 'rbac.yaml', doc: source.ref.at.doc, path: ['rules', 0, 'resources', 0] }],
      ['aggregated', { file: 'rbac.yaml', doc: aggregator.ref.at.doc, path: ['aggregationRule'] }],
    ]);
    assert.equal(drafts[1]?.data?.via, ' (aggregated from ClusterRole/source)');
    assert.equal(drafts[1]?.data?.how, 'verb * on resource * (every resource and subresource)');
    assert.deepEqual(drafts[1]?.related?.map((related) => related.at), [drafts[0]?.at]);
  });

  it('pods/*, create and built-in roles give nothing', () => {
    const lookalike = role('team-a', 'almost', [
      { apiGroups: [''], resources: ['pods/*'], verbs: ['patch'] },
      { apiGroups: [''], resources: ['pods/ephemeralcontainers'], verbs: ['create'] },
    ]);
    assert.deepEqual([...rule.check(factsOf([lookalike]))], []);
  });
});

// Through the real scan: exact positions, and no finding ever rests on `pods/*` or `create`.
testRule(rule, {
  valid: [
    {
      name: 'pods and pods/* with every verb grant nothing on the subresource',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: all-pod-things
          namespace: shop
        rules:
          - apiGroups: [""]
            resources: ["pods", "pods/*", "*/*"]
            verbs: ["*"]
      `,
    },
    {
      name: 'create, get and the core group never grant it',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: lookalikes
        rules:
          - apiGroups: [""]
            resources: ["pods/ephemeralcontainers"]
            verbs: ["create", "get"]
          - apiGroups: ["core"]
            resources: ["pods/ephemeralcontainers"]
            verbs: ["patch"]
          - apiGroups: [""]
            resources: ["ephemeralcontainers"]
            verbs: ["patch", "update"]
      `,
    },
  ],
  invalid: [
    {
      name: 'exact subresource: on the resources entry',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: debugger
          namespace: shop
        rules:
          - apiGroups: [""]
            resources: ["pods", "pods/ephemeralcontainers"]
            verbs: ["patch"]
      `,
      errors: [{ messageId: 'own', data: { role: 'Role/shop/debugger', how: 'verb patch on pods/ephemeralcontainers' }, line: 8, column: 25, level: 'warning' }],
    },
    {
      name: 'resource * limited by resourceNames: a note',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: web-admin
        rules:
          - apiGroups: ["*"]
            resources: ["*"]
            verbs: ["update"]
            resourceNames: ["web-0"]
      `,
      errors: [{ messageId: 'own', data: { pods: 'only pods web-0', how: 'verb update on resource * (every resource and subresource)' }, line: 7, column: 17, level: 'note' }],
    },
    {
      name: 'an aggregating role in scope: the author and the aggregationRule',
      files: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: debug-source
          labels:
            team/debug: "true"
        rules:
          - apiGroups: [""]
            resources: ["*/ephemeralcontainers"]
            verbs: ["*"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: team-debug
        aggregationRule:
          clusterRoleSelectors:
            - matchExpressions:
                - {key: team/debug, operator: Exists}
      `,
      errors: [
        { messageId: 'own', data: { role: 'ClusterRole/debug-source' }, line: 9, column: 17 },
        { messageId: 'aggregated', data: { role: 'ClusterRole/team-debug', via: ' (aggregated from ClusterRole/debug-source)' }, line: 17, column: 3 },
      ],
    },
  ],
});

describe('EG201 on an aggregation chain', () => {
  it('reports a chain of K roles once, with its length, not once per role', async () => {
    const chain = (length: number): string =>
      [
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r0, labels: {hop: h0}}\nrules:\n  - {apiGroups: [""], resources: [pods/ephemeralcontainers], verbs: [patch]}\n',
        ...Array.from({ length }, (_, i) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r${i + 1}, labels: {hop: h${i + 1}}}\naggregationRule:\n  clusterRoleSelectors: [{matchLabels: {hop: h${i}}}]\nrules: []\n`),
      ].join('---\n');
    const findings = await findingsOf(rule, chain(40));
    assert.deepEqual(findings.map((finding) => `${finding.location.startLine} ${finding.data.role}${finding.data.via ?? ''}`), ['5 ClusterRole/r0', '11 ClusterRole/r1 (aggregated from ClusterRole/r0)']);
  });
  it('says a long chain with its length and its ends', () => {
    const via = Array.from({ length: 40 }, (_, i) => `r${39 - i}`);
    assert.equal(aggregationText(via), ' (aggregated from ClusterRole/r0 through 39 roles, r39 → … → r1)');
    assert.equal(aggregationText(['edit', 'view', 'debugger']), ' (aggregated from ClusterRole/debugger through edit → view)');
  });
});

describe('EG202 at the end of an aggregation chain', () => {
  it('points at the first ten rules the role holds, not every rule along the chain', async () => {
    const documents = [
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: top}\naggregationRule:\n  clusterRoleSelectors: [{matchLabels: {debug: "true"}}]\nrules: []\n',
      ...Array.from({ length: 30 }, (_, i) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: leaf-${i}, labels: {debug: "true"}}\nrules:\n  - {apiGroups: [""], resources: [pods/ephemeralcontainers], verbs: [patch]}\n`),
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: top}\nsubjects: [{kind: Group, name: dev, apiGroup: rbac.authorization.k8s.io}]\nroleRef: {kind: ClusterRole, name: top, apiGroup: rbac.authorization.k8s.io}\n',
    ];
    const [finding, ...rest] = await findingsOf(eg202, documents.join('---\n'));
    assert.equal(rest.length, 0);
    assert.equal(finding!.related.filter((ref) => ref.note.startsWith('the rule')).length, 10);
  });
});
