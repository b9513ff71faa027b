import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';
import { scan } from '../../src/scan.ts';
import { accessTextTable, summaryRows } from '../../src/report/access.ts';
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

/** A second cluster-wide grant through the same role, and a namespaced one, for the shape. */
const more = yaml`
  apiVersion: v1
  kind: Namespace
  metadata:
    name: lab
  ---
  apiVersion: rbac.authorization.k8s.io/v1
  kind: RoleBinding
  metadata:
    name: lab-editors
    namespace: lab
  subjects:
    - kind: Group
      name: lab-editors
  roleRef:
    kind: ClusterRole
    name: edit
    apiGroup: rbac.authorization.k8s.io
`;

describe('access table', () => {
  it('one row per grant: a cluster-wide grant is "all namespaces", with the namespaces judged otherwise as exceptions', async () => {
    const result = await scan({ root: '/repo' }, { fs: memoryFileSystem({ ...tree, 'more.yaml': more }) });
    assert.deepEqual(result.access.controls, ['Pod Security enforce: baseline (namespace label)']);
    // lab is unguarded as any other namespace is (for its own reason, said by EG301): not an exception.
    assert.deepEqual(result.access.exceptions, [[{ namespaces: ['shop'], guarded: 'yes', controls: [0] }]]);
    assert.deepEqual(
      result.access.rows.map((row) => ({ ...row, location: `${row.location.file}:${row.location.startLine}:${row.location.startColumn}` })),
      [
        {
          subject: 'Group editors',
          scope: 'all namespaces (2 in scope)',
          via: 'ClusterRoleBinding/editors → ClusterRole/edit (built-in) (aggregated from ClusterRole/debug-extension)',
          location: 'rbac.yaml:18:5',
          verbs: ['patch'],
          resourceNames: ['web-0'],
          breadth: 'medium',
          guarded: 'no',
          controls: [],
          reason: 'no Pod Security default in scope: assumed the cluster default, privileged',
          exceptions: 0,
        },
        {
          subject: 'Group lab-editors',
          scope: 'namespace lab',
          via: 'RoleBinding/lab/lab-editors → ClusterRole/edit (built-in) (aggregated from ClusterRole/debug-extension)',
          location: 'more.yaml:12:5',
          verbs: ['patch'],
          resourceNames: ['web-0'],
          breadth: 'low',
          guarded: 'no',
          controls: [],
          reason: 'Namespace lab sets no enforce label: assumed the cluster default, privileged',
        },
      ],
    );
  });

  it('the JSON report writes the table as it is: controls once, rows naming them by index', async () => {
    const result = await scan({ root: '/repo' }, { fs: memoryFileSystem(tree) });
    const json = JSON.parse(toJson(result)) as { access: { controls: string[]; exceptions: { controls: number[] }[][]; rows: { scope: string; exceptions?: number }[] } };
    assert.deepEqual(json.access, JSON.parse(JSON.stringify(result.access)));
    assert.deepEqual(json.access.controls, ['Pod Security enforce: baseline (namespace label)']);
    assert.deepEqual(json.access.rows.map((row) => [row.scope, row.exceptions]), [['all namespaces (1 in scope)', 0]]);
    assert.deepEqual(json.access.exceptions.map((list) => list.map((exception) => exception.controls)), [[[0]]]);
  });

  it('the text report: one line per row, exceptions in the where column, controls numbered under the table', async () => {
    const result = await scan({ root: '/repo' }, { fs: memoryFileSystem(tree) });
    const text = toText(result, { color: false });
    assert.match(text, /\nWho can add ephemeral containers: 1 not guarded\n {2}guarded +subject +where +verbs +pods +through +at +guarded by\n/);
    const lines = accessTextTable(result.access);
    assert.deepEqual(lines.slice(1, 2).map((line) => line.trim().split(/\s{2,}/)), [
      ['no', 'Group editors', 'all namespaces (1 in scope), except shop: #1', 'patch', 'web-0', 'ClusterRoleBinding/editors → ClusterRole/edit (built-in) (aggregated from ClusterRole/debug-extension)', 'rbac.yaml:18', '-'],
    ]);
    assert.deepEqual(lines.slice(2), ['', '  guarding controls:', '  #1  Pod Security enforce: baseline (namespace label)']);
    assert.ok(text.includes(lines.join('\n')));
  });

  it('the text table names five namespaces of an exception, then how many more', () => {
    const row = {
      subject: 'Group dev',
      scope: 'all namespaces (7 in scope)',
      via: 'ClusterRoleBinding/dev → ClusterRole/debugger',
      location: { file: 'rbac.yaml', startLine: 3, startColumn: 5, endLine: 3, endColumn: 9 },
      verbs: ['patch' as const],
      breadth: 'high' as const,
      guarded: 'yes' as const,
      controls: [1],
      exceptions: 0,
    };
    const [, line] = accessTextTable({ controls: ['x', 'y'], exceptions: [[{ namespaces: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], guarded: 'no', controls: [] }]], rows: [row] });
    assert.deepEqual(line!.trim().split(/\s{2,}/).slice(0, 3), ['yes', 'Group dev', 'all namespaces (7 in scope), except a, b, c, d, e and 2 more: no']);
    assert.equal(line!.trim().split(/\s{2,}/).at(-1), '#2');
  });

  it('the job summary reads each cluster-wide row with its exceptions in place', async () => {
    const result = await scan({ root: '/repo' }, { fs: memoryFileSystem(tree) });
    assert.deepEqual(summaryRows(result.access).map((row) => [row.scope, row.exceptions?.map((exception) => exception.namespaces)]), [['all namespaces (1 in scope)', [['shop']]]]);
  });

  it('no access, no section, and an empty JSON table', async () => {
    const result = await scan({ root: '/repo' }, { fs: memoryFileSystem({ 'ns.yaml': tree['namespaces.yaml'] }) });
    assert.deepEqual(result.access, { controls: [], exceptions: [], rows: [] });
    assert.doesNotMatch(toText(result, { color: false }), /Who can add/);
    assert.deepEqual(JSON.parse(toJson(result)).access, { controls: [], exceptions: [], rows: [] });
  });
});
