import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AccessScope, SubjectKind } from '../../../src/analyze/access.ts';
import { lowerBreadth, subjectBreadth } from '../../../src/analyze/rbac/breadth.ts';

const cluster: AccessScope = { kind: 'cluster' };
const namespace: AccessScope = { kind: 'namespace', namespace: 'team-a', assumedNamespace: false };
const applied: AccessScope = { kind: 'namespace', namespace: undefined, assumedNamespace: true };

// RULES.md EG202: [subject kind, name, scope, band].
const table: [SubjectKind, string, AccessScope, string][] = [
  ['Group', 'system:unauthenticated', namespace, 'critical'],
  ['User', 'system:anonymous', applied, 'critical'],
  ['Group', 'system:unauthenticated', cluster, 'critical'],
  ['Group', 'system:authenticated', cluster, 'critical'],
  ['Group', 'system:serviceaccounts', cluster, 'critical'],
  ['ServiceAccount', 'default', cluster, 'critical'],
  ['User', 'alice', cluster, 'high'],
  ['Group', 'system:serviceaccounts:team-a', cluster, 'high'],
  ['ServiceAccount', 'ci', cluster, 'high'],
  ['Group', 'system:authenticated', namespace, 'high'],
  ['Group', 'system:serviceaccounts', namespace, 'high'],
  ['Group', 'system:serviceaccounts:team-a', namespace, 'high'],
  ['ServiceAccount', 'default', namespace, 'high'],
  ['User', 'alice', namespace, 'medium'],
  ['Group', 'developers', namespace, 'medium'],
  ['ServiceAccount', 'ci', applied, 'medium'],
];

describe('subjectBreadth (EG202 bands)', () => {
  for (const [kind, name, scope, band] of table) {
    const where = scope.kind === 'cluster' ? 'cluster-wide' : (scope.namespace ?? 'applied namespace');
    it(`${kind} ${name} ${where} → ${band}`, () => assert.equal(subjectBreadth({ kind, name }, scope), band));
  }
  it('resourceNames lower one band', () => {
    assert.deepEqual((['critical', 'high', 'medium', 'low'] as const).map(lowerBreadth), ['high', 'medium', 'low', 'low']);
  });
});
