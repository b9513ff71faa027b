import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';
import { scan } from '../../src/scan.ts';
import { defineRule } from '../../src/rules/rule.ts';
import rule from '../../src/rules/eg301-unguarded-ephemeral-access.ts';
import { findingsOf } from './rule-tester.ts';
import { yaml } from './yaml.ts';

const pod = yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: web, namespace: shop}
  spec:
    containers: [{name: app, image: app}]
`;

/** A rule that writes into what it reads: the tester must make it fail. */
const mutating = (write: (body: Record<string, unknown>) => void) =>
  defineRule({
    meta: { id: 'EG999', name: 'mutates-facts', short: 'Mutates the facts.', level: 'note', securitySeverity: 1, tags: [], messages: { never: 'never' } },
    check(facts) {
      const [object] = facts.workspace.byKind('Pod');
      if (object) write(object.body as Record<string, unknown>);
      return [];
    },
  });

describe('the rule tester', () => {
  for (const [name, write] of [
    ['a pod body', (body: Record<string, unknown>) => void ((body['spec'] as Record<string, unknown>)['hostPID'] = true)],
    ['a nested list', (body: Record<string, unknown>) => void ((body['spec'] as { containers: unknown[] }).containers.push({ name: 'x' }))],
  ] as const) {
    it(`freezes the objects rules read: a rule that mutates ${name} crashes`, async () => {
      const result = await scan({ root: '/repo', rules: [mutating(write)], freezeFacts: true }, { fs: memoryFileSystem({ 'pod.yaml': pod }) });
      assert.equal(result.notifications.filter((n) => n.level === 'error').length, 1, 'the mutation went through');
    });
  }

  it('freezes the lists byKind hands out', async () => {
    const pushes = defineRule({
      meta: { id: 'EG998', name: 'pushes', short: 'Pushes.', level: 'note', securitySeverity: 1, tags: [], messages: { never: 'never' } },
      check(facts) {
        (facts.workspace.byKind('Pod') as unknown[]).push({});
        return [];
      },
    });
    const result = await scan({ root: '/repo', rules: [pushes], freezeFacts: true }, { fs: memoryFileSystem({ 'pod.yaml': pod }) });
    assert.equal(result.notifications.filter((n) => n.level === 'error').length, 1);
  });

  it('reads a case config as the CLI does: an assumption in it changes the findings', async () => {
    const files = {
      'rbac.yaml': yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: debugger}
        rules:
          - {apiGroups: [""], resources: [pods/ephemeralcontainers], verbs: [patch]}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: oncall, namespace: shop}
        subjects:
          - {kind: Group, name: oncall, apiGroup: rbac.authorization.k8s.io}
        roleRef: {kind: ClusterRole, name: debugger, apiGroup: rbac.authorization.k8s.io}
      `,
    };
    const open = await findingsOf(rule, files);
    assert.deepEqual(open.map((f) => `${f.location.file}:${f.location.startLine}:${f.location.startColumn}`), ['rbac.yaml:11:5']);
    const assumed = await findingsOf(rule, files, 'assume:\n  podSecurity:\n    namespaces:\n      shop: baseline\n');
    assert.deepEqual(assumed, []);
  });
});
