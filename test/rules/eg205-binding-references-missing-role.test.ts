import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from '../../src/rules/eg205-binding-references-missing-role.ts';
import { factsOf, summary } from '../analyze/rbac/facts-of.ts';
import { k8sObject } from '../model/rbac/k8s-object.ts';

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
