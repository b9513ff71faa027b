import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from '../../src/rules/eg202-subject-can-add-ephemeral-containers.ts';
import { factsOf, pathOf, summary } from '../analyze/rbac/facts-of.ts';
import { clusterRole, ephemeralRule, k8sObject } from '../model/rbac/k8s-object.ts';

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
