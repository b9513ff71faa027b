import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';
import { scan } from '../../src/engine.ts';
import { accessTextTable } from '../../src/report/access.ts';
import { toJson } from '../../src/report/json.ts';
import { toText } from '../../src/report/text.ts';
import { yaml } from '../helpers/yaml.ts';

const tree = {
  'rbac.yaml': yaml`
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata:
      name: debug-extension
      labels:
        rbac.authorization.k8s.io/aggregate-to-edit: "true"
    rules:
      - apiGroups: [""]
        resources: ["pods/ephemeralcontainers"]
        verbs: ["patch"]
        resourceNames: ["web-0"]
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRoleBinding
    metadata:
      name: editors
    subjects:
      - kind: Group
        name: editors
    roleRef:
      kind: ClusterRole
      name: edit
      apiGroup: rbac.authorization.k8s.io
  `,
  'namespaces.yaml': yaml`
    apiVersion: v1
    kind: Namespace
    metadata:
      name: shop
      labels:
        pod-security.kubernetes.io/enforce: baseline
  `,
};

describe('access table', () => {
  it('one row per grant and place: guarded namespaces, then any other namespace', async () => {
    const result = await scan({ root: '/repo' }, { fs: memoryFileSystem(tree) });
    assert.deepEqual(
      result.access.map((row) => ({ ...row, location: `${row.location.file}:${row.location.startLine}:${row.location.startColumn}` })),
      [
        {
          subject: 'Group editors',
          scope: 'cluster-wide (namespace shop)',
          via: 'ClusterRoleBinding/editors → ClusterRole/edit (built-in) (aggregated from ClusterRole/debug-extension)',
          location: 'rbac.yaml:18:5',
          guarded: 'yes',
          verbs: ['patch'],
          resourceNames: ['web-0'],
          breadth: 'medium',
          controls: ['Pod Security enforce: baseline (namespace label)'],
        },
        {
          subject: 'Group editors',
          scope: 'cluster-wide (any other namespace)',
          via: 'ClusterRoleBinding/editors → ClusterRole/edit (built-in) (aggregated from ClusterRole/debug-extension)',
          location: 'rbac.yaml:18:5',
          guarded: 'no',
          verbs: ['patch'],
          resourceNames: ['web-0'],
          breadth: 'medium',
          controls: [],
          reason: 'no Pod Security default in scope: assumed the cluster default, privileged',
        },
      ],
    );
    assert.deepEqual(JSON.parse(toJson(result)).access, JSON.parse(JSON.stringify(result.access)));
    const text = toText(result, { color: false });
    assert.match(text, /\nWho can add ephemeral containers: 1 not guarded, 1 guarded; 1 guarded row not listed \(--verbose lists them\)\n {2}guarded +subject +where +verbs +pods +through +at +guarded by\n {2}no +Group editors +cluster-wide \(any other namespace\)/);
    assert.match(toText(result, { color: false, verbose: true }), /\nWho can add ephemeral containers: 1 not guarded, 1 guarded\n {2}guarded +subject.*\n {2}yes +Group editors +cluster-wide \(namespace shop\).*\n {2}no +Group editors/);
    assert.deepEqual(accessTextTable(result.access).slice(1).map((line) => line.trim().split(/\s{2,}/)), [
      ['yes', 'Group editors', 'cluster-wide (namespace shop)', 'patch', 'web-0', 'ClusterRoleBinding/editors → ClusterRole/edit (built-in) (aggregated from ClusterRole/debug-extension)', 'rbac.yaml:18', 'Pod Security enforce: baseline (namespace label)'],
      ['no', 'Group editors', 'cluster-wide (any other namespace)', 'patch', 'web-0', 'ClusterRoleBinding/editors → ClusterRole/edit (built-in) (aggregated from ClusterRole/debug-extension)', 'rbac.yaml:18', '-'],
    ]);
  });

  it('no access, no section, and an empty JSON array', async () => {
    const result = await scan({ root: '/repo' }, { fs: memoryFileSystem({ 'ns.yaml': tree['namespaces.yaml'] }) });
    assert.deepEqual(result.access, []);
    assert.doesNotMatch(toText(result, { color: false }), /Who can add/);
    assert.deepEqual(JSON.parse(toJson(result)).access, []);
  });
});
