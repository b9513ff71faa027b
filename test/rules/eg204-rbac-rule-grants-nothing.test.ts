import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from '../../src/rules/eg204-rbac-rule-grants-nothing.ts';
import { factsOf, pathOf } from '../analyze/rbac/facts-of.ts';
import { clusterRole, ephemeralRule, role } from '../model/rbac/k8s-object.ts';

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
