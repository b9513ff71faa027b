import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AccessGraph, EphemeralAccess } from '../../../src/analyze/access.ts';
import { buildAccessGraph } from '../../../src/analyze/rbac/build-access-graph.ts';
import type { K8sObject } from '../../../src/model/workspace.ts';
import { Workspace } from '../../../src/model/workspace.ts';
import { clusterRole, ephemeralRule, k8sObject, role } from '../../model/rbac/k8s-object.ts';

const graph = (...objects: K8sObject[]): AccessGraph => buildAccessGraph(new Workspace(objects));

const binding = (
  kind: 'RoleBinding' | 'ClusterRoleBinding',
  namespace: string | undefined,
  roleRef: { kind: string; name: string },
  subjects: unknown,
): K8sObject =>
  k8sObject({
    kind,
    metadata: namespace === undefined ? { name: 'b' } : { name: 'b', namespace },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', ...roleRef },
    subjects,
  });

const group = (name: string) => ({ kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name });

/** `label @ scope via role [aggregation path] : breadth`. */
const describeGrant = (grant: EphemeralAccess): string => {
  const where = grant.scope.kind === 'cluster' ? 'cluster' : (grant.scope.namespace ?? '<applied>');
  const via = grant.rules[0]?.rule.via ?? [];
  const path = via.length > 0 ? ` [${via.join('>')}]` : '';
  return `${grant.subject.label} @ ${where} via ${grant.role.kind}/${grant.role.name}${path} : ${grant.breadth}`;
};

describe('binding resolution', () => {
  it('a ClusterRoleBinding applies cluster-wide, with exact positions', () => {
    const debuggerRole = clusterRole('debugger', { rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }, ephemeralRule] });
    const crb = binding('ClusterRoleBinding', undefined, { kind: 'ClusterRole', name: 'debugger' }, [group('sre'), group('system:authenticated')]);
    const result = graph(debuggerRole, crb);
    assert.deepEqual(result.grants.map(describeGrant), [
      'Group sre @ cluster via ClusterRole/debugger : high',
      'Group system:authenticated @ cluster via ClusterRole/debugger : critical',
    ]);
    const [first] = result.grants;
    assert.deepEqual(first?.rules[0]?.resourceAt, { file: 'rbac.yaml', doc: debuggerRole.ref.at.doc, path: ['rules', 1, 'resources', 0] });
    assert.deepEqual(first?.subject.at, { file: 'rbac.yaml', doc: crb.ref.at.doc, path: ['subjects', 0] });
    assert.deepEqual(first?.binding.roleRefAt.path, ['roleRef']);
    assert.deepEqual(first?.verbs, ['patch', 'update']);
    assert.equal(first?.rules.length, 1);
    assert.deepEqual(result.roleGrants.filter((grant) => !grant.role.builtin).map((grant) => grant.resourceAt?.path), [['rules', 1, 'resources', 0]]);
  });

  it('a RoleBinding to a ClusterRole applies only in its namespace', () => {
    const result = graph(
      clusterRole('debugger', { rules: [ephemeralRule] }),
      binding('RoleBinding', 'team-a', { kind: 'ClusterRole', name: 'debugger' }, [group('devs')]),
    );
    assert.deepEqual(result.grants.map(describeGrant), ['Group devs @ team-a via ClusterRole/debugger : medium']);
  });

  it("a Role roleRef is looked up in the binding's namespace only", () => {
    const result = graph(
      role('team-b', 'debugger', [ephemeralRule]),
      binding('RoleBinding', 'team-a', { kind: 'Role', name: 'debugger' }, [group('devs')]),
    );
    assert.deepEqual(result.grants, []);
    assert.deepEqual(result.unresolvedBindings.map((unresolved) => unresolved.reason), ['missing']);
  });

  it('a Role in the same namespace resolves', () => {
    const result = graph(
      role('team-a', 'debugger', [ephemeralRule]),
      binding('RoleBinding', 'team-a', { kind: 'Role', name: 'debugger' }, [group('devs')]),
    );
    assert.deepEqual(result.grants.map(describeGrant), ['Group devs @ team-a via Role/debugger : medium']);
    assert.equal(result.grants[0]?.roleMatchAssumed, false);
  });

  it("a ServiceAccount without namespace takes the RoleBinding's", () => {
    const result = graph(
      clusterRole('debugger', { rules: [ephemeralRule] }),
      binding('RoleBinding', 'team-a', { kind: 'ClusterRole', name: 'debugger' }, [
        { kind: 'ServiceAccount', name: 'ci' },
        { kind: 'ServiceAccount', name: 'default', namespace: 'team-b' },
      ]),
    );
    assert.deepEqual(result.grants.map(describeGrant), [
      'ServiceAccount team-a/ci @ team-a via ClusterRole/debugger : medium',
      'ServiceAccount team-b/default @ team-a via ClusterRole/debugger : high',
    ]);
    assert.equal(result.grants[0]?.subject.namespaceDefaulted, true);
    assert.equal(result.grants[1]?.subject.namespaceDefaulted, false);
  });

  it('a ServiceAccount without namespace in a ClusterRoleBinding matches no one and is reported', () => {
    const result = graph(
      clusterRole('debugger', { rules: [ephemeralRule] }),
      binding('ClusterRoleBinding', undefined, { kind: 'ClusterRole', name: 'debugger' }, [{ kind: 'ServiceAccount', name: 'ci' }]),
    );
    assert.deepEqual(result.grants, []);
    assert.deepEqual(result.problems.map((problem) => problem.at.path), [['subjects', 0]]);
  });

  it('a binding without metadata.namespace is applied to some namespace, and says so', () => {
    const result = graph(
      role(undefined, 'debugger', [ephemeralRule]),
      binding('RoleBinding', undefined, { kind: 'Role', name: 'debugger' }, [{ kind: 'ServiceAccount', name: 'ci' }]),
    );
    assert.deepEqual(result.grants.map(describeGrant), ['ServiceAccount <applied namespace>/ci @ <applied> via Role/debugger : medium']);
    const [grant] = result.grants;
    assert.deepEqual(grant?.scope, { kind: 'namespace', namespace: undefined, assumedNamespace: true });
    assert.equal(grant?.subject.assumedNamespace, true);
    assert.equal(grant?.roleMatchAssumed, true);
  });

  it('a namespace-less Role is assumed to be applied where its RoleBinding is', () => {
    const result = graph(
      role(undefined, 'debugger', [ephemeralRule]),
      binding('RoleBinding', 'team-a', { kind: 'Role', name: 'debugger' }, [group('devs')]),
    );
    assert.deepEqual(result.grants.map(describeGrant), ['Group devs @ team-a via Role/debugger : medium']);
    assert.equal(result.grants[0]?.roleMatchAssumed, true);
  });

  it('a ClusterRoleBinding to a Role is rejected by the apiserver and grants nothing', () => {
    const result = graph(
      role('team-a', 'debugger', [ephemeralRule]),
      binding('ClusterRoleBinding', undefined, { kind: 'Role', name: 'debugger' }, [group('devs')]),
    );
    assert.deepEqual(result.grants, []);
    assert.deepEqual(result.unresolvedBindings, []);
    assert.deepEqual(result.problems.map((problem) => problem.at.path), [['roleRef', 'kind']]);
  });

  it('a binding to a role that is nowhere is dangling; externalRoles makes it external', () => {
    const objects = [binding('RoleBinding', 'team-a', { kind: 'ClusterRole', name: 'vendor-debug' }, [group('system:authenticated')])];
    const missing = buildAccessGraph(new Workspace(objects));
    assert.deepEqual(missing.unresolvedBindings.map((unresolved) => [unresolved.reason, unresolved.binding.subjects.map((subject) => subject.label)]), [
      ['missing', ['Group system:authenticated']],
    ]);
    assert.equal(missing.unresolvedBindings[0]?.binding.roleRefAt.path.at(-1), 'roleRef');
    for (const entry of ['vendor-debug', 'ClusterRole/vendor-debug']) {
      const known = buildAccessGraph(new Workspace(objects), { externalRoles: [entry] });
      assert.deepEqual(known.unresolvedBindings.map((unresolved) => unresolved.reason), ['external'], entry);
    }
  });

  it('bindings to built-in cluster-admin grant through *, with no source position', () => {
    const result = graph(binding('ClusterRoleBinding', undefined, { kind: 'ClusterRole', name: 'cluster-admin' }, [{ kind: 'User', name: 'alice' }]));
    assert.deepEqual(result.grants.map(describeGrant), ['User alice @ cluster via ClusterRole/cluster-admin : high']);
    assert.equal(result.grants[0]?.role.builtin, true);
    assert.equal(result.grants[0]?.rules[0]?.resourceAt, undefined);
    assert.equal(result.grants[0]?.rules[0]?.grant.resourceEntry, '*');
    assert.deepEqual(result.unresolvedBindings, []);
  });

  it('other bootstrap roles resolve; the garbage collector role grants through *', () => {
    const result = graph(
      binding('ClusterRoleBinding', undefined, { kind: 'ClusterRole', name: 'system:node-proxier' }, [{ kind: 'User', name: 'kube-proxy' }]),
      binding('RoleBinding', 'kube-system', { kind: 'Role', name: 'extension-apiserver-authentication-reader' }, [{ kind: 'ServiceAccount', name: 'metrics-server' }]),
      binding('ClusterRoleBinding', undefined, { kind: 'ClusterRole', name: 'system:controller:generic-garbage-collector' }, [{ kind: 'User', name: 'gc' }]),
    );
    assert.deepEqual(result.unresolvedBindings, []);
    assert.deepEqual(result.grants.map(describeGrant), ['User gc @ cluster via ClusterRole/system:controller:generic-garbage-collector : high']);
  });

  it('built-in edit grants nothing until a scanned role aggregates into it', () => {
    const editBinding = binding('RoleBinding', 'team-a', { kind: 'ClusterRole', name: 'edit' }, [group('devs')]);
    assert.deepEqual(graph(editBinding).grants, []);
    const extension = clusterRole('debug-extension', { rules: [ephemeralRule] }, { 'rbac.authorization.k8s.io/aggregate-to-view': 'true' });
    const result = graph(editBinding, extension);
    assert.deepEqual(result.grants.map(describeGrant), ['Group devs @ team-a via ClusterRole/edit [view>debug-extension] : medium']);
    assert.deepEqual(result.grants[0]?.rules[0]?.resourceAt?.path, ['rules', 0, 'resources', 0]);
    assert.equal(result.grants[0]?.rules[0]?.resourceAt?.doc, extension.ref.at.doc);
    assert.equal(result.grants[0]?.rules[0]?.rule.role.name, 'debug-extension');
  });

  it('resourceNames lower the band and are reported', () => {
    const result = graph(
      clusterRole('one-pod', { rules: [{ ...ephemeralRule, resourceNames: ['web-0'] }] }),
      binding('ClusterRoleBinding', undefined, { kind: 'ClusterRole', name: 'one-pod' }, [group('system:authenticated')]),
    );
    assert.deepEqual(result.grants.map((grant) => [grant.baseBreadth, grant.breadth, grant.resourceNames]), [['critical', 'high', ['web-0']]]);
  });

  it('one rule without resourceNames opens every pod: no lowering', () => {
    const result = graph(
      clusterRole('mixed', { rules: [{ ...ephemeralRule, resourceNames: ['web-0'] }, { ...ephemeralRule, verbs: ['update'] }] }),
      binding('ClusterRoleBinding', undefined, { kind: 'ClusterRole', name: 'mixed' }, [group('system:authenticated')]),
    );
    assert.deepEqual(result.grants.map((grant) => [grant.breadth, grant.resourceNames, grant.rules.length]), [['critical', undefined, 2]]);
  });

  it('pods/*, pods, */*, create and core never grant, and the look-alikes are located', () => {
    const lookalike = clusterRole('almost', {
      rules: [
        { apiGroups: [''], resources: ['pods', 'pods/*'], verbs: ['patch', 'update'] },
        { apiGroups: [''], resources: ['*/*'], verbs: ['*'] },
        { apiGroups: ['core'], resources: ['pods/ephemeralcontainers'], verbs: ['patch'] },
        { apiGroups: [''], resources: ['pods/ephemeralcontainers'], verbs: ['create', 'get'] },
        { apiGroups: [''], resources: ['ephemeralcontainers'], verbs: ['patch'] },
      ],
    });
    const result = graph(lookalike, binding('ClusterRoleBinding', undefined, { kind: 'ClusterRole', name: 'almost' }, [group('system:authenticated')]));
    assert.deepEqual(result.grants, []);
    assert.deepEqual(result.roleGrants.filter((grant) => !grant.role.builtin), []);
    assert.deepEqual(result.lookalikes.map((found) => [found.lookalike.kind, found.at.path]), [
      ['pods-subresource-wildcard', ['rules', 0, 'resources', 1]],
      ['double-wildcard', ['rules', 1, 'resources', 0]],
      ['core-api-group', ['rules', 2, 'apiGroups', 0]],
      ['wrong-verb', ['rules', 3, 'verbs', 0]],
      ['bare-subresource', ['rules', 4, 'resources', 0]],
    ]);
  });

  it('never throws on malformed bindings', () => {
    const result = graph(
      k8sObject({ kind: 'RoleBinding', metadata: { name: 'x', namespace: 'a' } }),
      k8sObject({ kind: 'RoleBinding', metadata: { name: 'y', namespace: 'a' }, roleRef: { kind: 'ClusterRole', name: 'cluster-admin' }, subjects: 'all' }),
      k8sObject({ kind: 'ClusterRoleBinding', metadata: { name: 'z' }, roleRef: { kind: 'ClusterRole', name: 'cluster-admin' }, subjects: [5, { kind: 'Robot', name: 'r' }, { kind: 'User' }] }),
    );
    assert.deepEqual(result.grants, []);
    assert.equal(result.problems.length, 5);
  });
});

describe('escalation primitives', () => {
  const rbac = 'rbac.authorization.k8s.io';
  const escalator = clusterRole('escalator', {
    rules: [
      { apiGroups: [rbac], resources: ['clusterroles', 'roles'], verbs: ['escalate', 'bind'] },
      { apiGroups: [''], resources: ['users', 'serviceaccounts'], verbs: ['impersonate'] },
      { apiGroups: [''], resources: ['serviceaccounts/token'], verbs: ['create'], resourceNames: ['ci'] },
      { apiGroups: [rbac], resources: ['rolebindings', 'clusterrolebindings'], verbs: ['create', 'patch'] },
      { apiGroups: [rbac], resources: ['roles'], verbs: ['create'], resourceNames: ['only-this'] },
    ],
  });
  const primitives = (result: AccessGraph) =>
    result.escalations.flatMap((escalation) =>
      escalation.primitives.map((held) => `${held.primitive.primitive} ${held.primitive.resource} @${held.resourceAt?.path.join('.')}`),
    );

  it('cluster-wide, every primitive with its resources entry', () => {
    const result = graph(escalator, binding('ClusterRoleBinding', undefined, { kind: 'ClusterRole', name: 'escalator' }, [{ kind: 'User', name: 'alice' }]));
    assert.deepEqual(primitives(result), [
      'escalate clusterroles @rules.0.resources.0',
      'escalate roles @rules.0.resources.1',
      'bind clusterroles @rules.0.resources.0',
      'bind roles @rules.0.resources.1',
      'impersonate users @rules.1.resources.0',
      'impersonate serviceaccounts @rules.1.resources.1',
      'create-token serviceaccounts/token @rules.2.resources.0',
      'write-rbac clusterrolebindings @rules.3.resources.1',
      'write-rbac rolebindings @rules.3.resources.0',
    ]);
  });

  it('in a namespace, cluster-scoped targets are out of reach', () => {
    const result = graph(escalator, binding('RoleBinding', 'team-a', { kind: 'ClusterRole', name: 'escalator' }, [{ kind: 'User', name: 'alice' }]));
    assert.deepEqual(primitives(result), [
      'escalate roles @rules.0.resources.1',
      'bind clusterroles @rules.0.resources.0',
      'bind roles @rules.0.resources.1',
      'impersonate serviceaccounts @rules.1.resources.1',
      'create-token serviceaccounts/token @rules.2.resources.0',
      'write-rbac rolebindings @rules.3.resources.0',
    ]);
  });

  it('built-in edit holds impersonate and token creation, admin also role writes', () => {
    const result = graph(binding('RoleBinding', 'team-a', { kind: 'ClusterRole', name: 'admin' }, [group('devs')]));
    const held = result.escalations.flatMap((escalation) => escalation.primitives.map((one) => `${one.primitive.primitive} ${one.primitive.resource}`));
    assert.deepEqual(new Set(held), new Set([
      'impersonate serviceaccounts',
      'create-token serviceaccounts/token',
      'write-rbac roles',
      'write-rbac rolebindings',
    ]));
  });
});
