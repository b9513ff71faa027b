import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';
import { scan } from '../../src/scan.ts';

const scanTree = async (tree: Readonly<Record<string, string>>) => {
  const result = await scan({ root: '/repo' }, { fs: memoryFileSystem(tree) });
  return result.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.startLine}:${f.location.startColumn} ${f.message.split('. ')[0]}`);
};

const GRANT = [
  'apiVersion: rbac.authorization.k8s.io/v1',
  'kind: ClusterRole',
  'metadata: {name: debugger}',
  'rules: [{apiGroups: [""], resources: [pods/ephemeralcontainers], verbs: [patch]}]',
  '---',
  'apiVersion: rbac.authorization.k8s.io/v1',
  'kind: ClusterRoleBinding',
  'metadata: {name: debuggers}',
  'roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: debugger}',
  'subjects: [{kind: Group, name: devs, apiGroup: rbac.authorization.k8s.io}]',
].join('\n');

describe('an object whose name or namespace is not a string', () => {
  it('is EG001 at that key and not read: a template placeholder is no namespace of the cluster', async () => {
    const namespace = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`;
    const placeholder = await scanTree({ 'grant.yaml': GRANT, 'tenant.yaml': namespace('{TENANT_ID}') });
    assert.ok(placeholder.includes('EG001 tenant.yaml:4:9 metadata.name is a mapping ({TENANT_ID}), not a string: the apiserver rejects this Namespace, so it was not read'), placeholder.join('\n'));
    // No Namespace "(unnamed)" in scope: no EG108 for it, and the grant's places are the cluster's.
    assert.ok(!placeholder.some((f) => f.includes('(unnamed)')), placeholder.join('\n'));
    // Quoted, it is a name like any other.
    const quoted = await scanTree({ 'grant.yaml': GRANT, 'tenant.yaml': namespace('"{TENANT_ID}"') });
    assert.ok(!quoted.some((f) => f.startsWith('EG001')), quoted.join('\n'));
    assert.ok(quoted.some((f) => f.startsWith('EG108 tenant.yaml:3:1 Namespace {TENANT_ID}')), quoted.join('\n'));
    const numbered = await scanTree({ 'rb.yaml': 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: x, namespace: 7}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit}\nsubjects: []\n' });
    assert.deepEqual(numbered.filter((f) => f.startsWith('EG001')), ['EG001 rb.yaml:3:32 metadata.namespace is a number, not a string: the apiserver rejects this RoleBinding, so it was not read']);
  });
});

describe('a namespace written on a cluster-scoped object', () => {
  const withNamespace = (text: string, namespace: string) => text.replace(/metadata: \{name: (\w+)\}/g, `metadata: {name: $1, namespace: ${namespace}}`);
  const messages = async (tree: Readonly<Record<string, string>>) => {
    const result = await scan({ root: '/repo' }, { fs: memoryFileSystem(tree) });
    return result.findings.map((f) => [f.message, ...f.related.map((r) => r.note)].join(' | '));
  };

  it('names nothing: the apiserver clears it, so the object is the same as without it', async () => {
    const plain = await messages({ 'grant.yaml': GRANT });
    const namespaced = await messages({ 'grant.yaml': withNamespace(GRANT, 'tools') });
    assert.deepEqual(namespaced, plain);
    assert.ok(plain.some((m) => m.includes('ClusterRoleBinding/debuggers')), plain.join('\n'));
  });

  it('two copies in two "namespaces" are the same object, named alike (the report folds them into one)', async () => {
    const found = await messages({ 'a.yaml': withNamespace(GRANT, 'a'), 'b.yaml': withNamespace(GRANT, 'b') });
    assert.ok(found.length > 0 && !found.some((m) => /ClusterRoleBinding\/[ab]\//.test(m)), found.join('\n'));
  });

  it('a RoleBinding keeps its namespace: it grants there only', async () => {
    const role = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: debuggers, namespace: team}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: debugger}\nsubjects: [{kind: Group, name: devs, apiGroup: rbac.authorization.k8s.io}]\n';
    const found = await messages({ 'grant.yaml': `${GRANT.split('---')[0]}---\n${role}` });
    assert.ok(found.some((m) => m.includes('RoleBinding/team/debuggers')), found.join('\n'));
  });
});
