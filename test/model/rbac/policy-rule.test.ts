import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PolicyRule } from '../../../src/model/rbac/policy-rule.ts';
import { grantedNames, grants, readPolicyRule } from '../../../src/model/rbac/policy-rule.ts';
import { ephemeralContainerRequest } from '../../../src/model/rbac/ephemeral.ts';

const rule = (partial: Partial<PolicyRule>): PolicyRule => ({
  verbs: ['patch', 'update'],
  apiGroups: [''],
  resources: ['pods/ephemeralcontainers'],
  resourceNames: [],
  nonResourceURLs: [],
  ...partial,
});

// DOMAIN.md section 4, one row per fact: [what, rule, patch granted, update granted].
const table: [string, Partial<PolicyRule>, boolean, boolean][] = [
  ['exact verbs, group and resource', {}, true, true],
  ['verb *', { verbs: ['*'] }, true, true],
  ['patch only: update is not implied', { verbs: ['patch'] }, true, false],
  ['update only: patch is not implied', { verbs: ['update'] }, false, true],
  ['create grants nothing on the subresource', { verbs: ['create'] }, false, false],
  ['get grants nothing on the subresource', { verbs: ['get', 'list', 'watch'] }, false, false],
  ['verbs are case-sensitive', { verbs: ['PATCH'] }, false, false],
  ['no verbs', { verbs: [] }, false, false],
  ['apiGroup *', { apiGroups: ['*'] }, true, true],
  ['apiGroup "core" matches nothing', { apiGroups: ['core'] }, false, false],
  ['apiGroup "v1" matches nothing', { apiGroups: ['v1'] }, false, false],
  ['another group', { apiGroups: ['apps'] }, false, false],
  ['no apiGroups', { apiGroups: [] }, false, false],
  ['resource * (subresources included)', { resources: ['*'] }, true, true],
  ['resource */ephemeralcontainers', { resources: ['*/ephemeralcontainers'] }, true, true],
  ['resource pods does not cover its subresources', { resources: ['pods'] }, false, false],
  ['resource pods/* is no suffix wildcard', { resources: ['pods/*'] }, false, false],
  ['resource */* matches no real subresource', { resources: ['*/*'] }, false, false],
  ['bare ephemeralcontainers', { resources: ['ephemeralcontainers'] }, false, false],
  ['*/ephemeralcontainer (singular)', { resources: ['*/ephemeralcontainer'] }, false, false],
  ['**/ephemeralcontainers is not */', { resources: ['**/ephemeralcontainers'] }, false, false],
  ['resources are case-sensitive', { resources: ['pods/ephemeralContainers'] }, false, false],
  ['trailing slash', { resources: ['pods/ephemeralcontainers/'] }, false, false],
  ['pods/exec is another subresource', { resources: ['pods/exec', 'pods/attach'] }, false, false],
  ['a later entry matches', { resources: ['pods', 'pods/ephemeralcontainers'] }, true, true],
  ['resourceNames naming the pod', { resourceNames: ['web'] }, true, true],
  ['resourceNames naming another pod', { resourceNames: ['db'] }, false, false],
  ['everything (cluster-admin)', { verbs: ['*'], apiGroups: ['*'], resources: ['*'] }, true, true],
];

describe('grants: adding an ephemeral container to pod web', () => {
  for (const [what, partial, patch, update] of table) {
    it(what, () => {
      assert.equal(grants(rule(partial), ephemeralContainerRequest('patch', 'web')), patch, 'patch');
      assert.equal(grants(rule(partial), ephemeralContainerRequest('update', 'web')), update, 'update');
    });
  }
});

describe('grants: other requests', () => {
  it('*/sub needs a subresource in the request', () => {
    const statusRule = rule({ verbs: ['get'], resources: ['*/status'] });
    assert.equal(grants(statusRule, { verb: 'get', apiGroup: '', resource: 'pods', subresource: '', name: '' }), false);
    assert.equal(grants(statusRule, { verb: 'get', apiGroup: '', resource: 'pods', subresource: 'status', name: '' }), true);
  });
  it('resourceNames never allow a request without a name (create)', () => {
    const named = rule({ verbs: ['create'], apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles'], resourceNames: ['x'] });
    assert.equal(grants(named, { verb: 'create', apiGroup: 'rbac.authorization.k8s.io', resource: 'roles', subresource: '', name: '' }), false);
  });
});

describe('grantedNames', () => {
  const request = { verb: 'patch', apiGroup: '', resource: 'pods', subresource: 'ephemeralcontainers' };
  it('every pod without resourceNames', () => assert.equal(grantedNames(rule({}), request), 'every'));
  it('the listed pods', () => assert.deepEqual(grantedNames(rule({ resourceNames: ['a', 'b'] }), request), ['a', 'b']));
  it('nothing when the resource does not match', () => assert.equal(grantedNames(rule({ resources: ['pods/*'] }), request), undefined));
});

describe('readPolicyRule', () => {
  const at = { file: 'r.yaml', doc: 0, path: ['rules', 0] };
  it('reads lists and defaults missing ones to empty', () => {
    const { rule: read, problems } = readPolicyRule({ verbs: ['patch'], resources: ['pods/ephemeralcontainers'] }, at);
    assert.deepEqual(read, { verbs: ['patch'], apiGroups: [], resources: ['pods/ephemeralcontainers'], resourceNames: [], nonResourceURLs: [] });
    assert.deepEqual(problems, []);
  });
  it('null entries decode to "" (the core group), as Go does', () => {
    assert.deepEqual(readPolicyRule({ apiGroups: [null] }, at).rule.apiGroups, ['']);
  });
  it('keeps indices aligned and reports non-string entries', () => {
    const { rule: read, problems } = readPolicyRule({ verbs: [5, 'patch'] }, at);
    assert.equal(read.verbs[1], 'patch');
    assert.equal(read.verbs.length, 2);
    assert.deepEqual(problems.map((problem) => problem.at.path), [['rules', 0, 'verbs', 0]]);
  });
  it('a list field that is not a list is reported and empty', () => {
    const { rule: read, problems } = readPolicyRule({ verbs: 'patch' }, at);
    assert.deepEqual(read.verbs, []);
    assert.deepEqual(problems.map((problem) => problem.at.path), [['rules', 0, 'verbs']]);
  });
  it('a rule that is not a mapping grants nothing', () => {
    const { rule: read, problems } = readPolicyRule('patch pods', at);
    assert.equal(grants(read, ephemeralContainerRequest('patch', 'web')), false);
    assert.equal(problems.length, 1);
  });
});
