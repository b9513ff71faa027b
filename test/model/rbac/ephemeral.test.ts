import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PolicyRule } from '../../../src/model/rbac/policy-rule.ts';
import { ephemeralLookalikes, explainEphemeralGrant } from '../../../src/model/rbac/ephemeral.ts';

const rule = (partial: Partial<PolicyRule>): PolicyRule => ({
  verbs: ['patch'],
  apiGroups: [''],
  resources: ['pods/ephemeralcontainers'],
  resourceNames: [],
  nonResourceURLs: [],
  ...partial,
});

describe('explainEphemeralGrant', () => {
  it('exact', () => {
    assert.deepEqual(explainEphemeralGrant(rule({ verbs: ['get', 'patch', 'update'] })), {
      verbs: [
        { verb: 'patch', index: 1, entry: 'patch' },
        { verb: 'update', index: 2, entry: 'update' },
      ],
      resourceIndex: 0,
      resourceEntry: 'pods/ephemeralcontainers',
      apiGroupIndex: 0,
      apiGroupEntry: '',
      resourceNames: undefined,
    });
  });
  it('*/ephemeralcontainers at its index', () => {
    const grant = explainEphemeralGrant(rule({ resources: ['pods', '*/ephemeralcontainers'] }));
    assert.equal(grant?.resourceEntry, '*/ephemeralcontainers');
    assert.equal(grant?.resourceIndex, 1);
  });
  it('* resource and * verb and * group', () => {
    const grant = explainEphemeralGrant(rule({ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }));
    assert.deepEqual(grant?.verbs, [
      { verb: 'patch', index: 0, entry: '*' },
      { verb: 'update', index: 0, entry: '*' },
    ]);
    assert.equal(grant?.resourceEntry, '*');
    assert.equal(grant?.apiGroupEntry, '*');
  });
  it('resourceNames limit the pods', () => {
    assert.deepEqual(explainEphemeralGrant(rule({ resourceNames: ['web'] }))?.resourceNames, ['web']);
  });
  it('undefined when nothing is granted', () => {
    for (const partial of [{ resources: ['pods/*'] }, { resources: ['pods'] }, { verbs: ['create'] }, { apiGroups: ['core'] }]) {
      assert.equal(explainEphemeralGrant(rule(partial)), undefined, JSON.stringify(partial));
    }
  });
});

describe('ephemeralLookalikes', () => {
  const kinds = (partial: Partial<PolicyRule>) => ephemeralLookalikes(rule(partial)).map(({ kind, field, index, entry }) => ({ kind, field, index, entry }));
  it('pods/*', () => assert.deepEqual(kinds({ resources: ['pods', 'pods/*'] }), [{ kind: 'pods-subresource-wildcard', field: 'resources', index: 1, entry: 'pods/*' }]));
  it('*/*', () => assert.deepEqual(kinds({ resources: ['*/*'] }), [{ kind: 'double-wildcard', field: 'resources', index: 0, entry: '*/*' }]));
  it('bare ephemeralcontainers', () =>
    assert.deepEqual(kinds({ resources: ['ephemeralcontainers'] }), [{ kind: 'bare-subresource', field: 'resources', index: 0, entry: 'ephemeralcontainers' }]));
  it('apiGroup core', () =>
    assert.deepEqual(kinds({ apiGroups: ['apps', 'core'] }), [{ kind: 'core-api-group', field: 'apiGroups', index: 1, entry: 'core' }]));
  it('create on the subresource', () =>
    assert.deepEqual(kinds({ verbs: ['create'] }), [{ kind: 'wrong-verb', field: 'verbs', index: 0, entry: 'create' }]));
  it('create beside get on */ephemeralcontainers, at the create', () =>
    assert.deepEqual(kinds({ verbs: ['get', 'create'], resources: ['*/ephemeralcontainers'] }), [{ kind: 'wrong-verb', field: 'verbs', index: 1, entry: 'create' }]));
  it('nothing for a reader of the subresource (get, list, watch)', () =>
    assert.deepEqual(kinds({ verbs: ['get', 'list', 'watch'], resources: ['pods/ephemeralcontainers'] }), []));
  it('nothing for a rule that grants, even with pods/* beside it', () => assert.deepEqual(kinds({ resources: ['pods/*', 'pods/ephemeralcontainers'] }), []));
  it('nothing for an ordinary reader role on *', () => assert.deepEqual(kinds({ verbs: ['get', 'list'], resources: ['*'] }), []));
  it('nothing for rules unrelated to the subresource', () => assert.deepEqual(kinds({ verbs: ['patch'], resources: ['pods', 'deployments'] }), []));
});
