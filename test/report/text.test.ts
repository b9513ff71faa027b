import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';
import { scan, type ScanRequest } from '../../src/scan.ts';
import { linkGrantChains } from '../../src/report/chains.ts';
import { COPY_NOTE, foldDuplicates } from '../../src/report/duplicates.ts';
import { fixtureMatcher } from '../../src/report/fixtures.ts';
import { HEADLINE_MAX, headlineOf } from '../../src/report/headline.ts';
import { toJson } from '../../src/report/json.ts';
import { toText } from '../../src/report/text.ts';
import { finding } from '../github/helpers/findings.ts';
import { yaml } from '../helpers/yaml.ts';
import type { Finding } from '../../src/rules/finding.ts';

const privilegedPod = (name: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  ephemeralContainers:\n    - name: debug\n      image: busybox\n      securityContext: {privileged: true}\n`;

/** A ClusterRole that grants ephemeral containers, bound cluster-wide to one service account. */
const grant = yaml`
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRole
  metadata:
    name: debugger
  rules:
    - apiGroups: [""]
      resources: ["pods/ephemeralcontainers"]
      verbs: ["patch"]
  ---
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRoleBinding
  metadata:
    name: debugger
  subjects:
    - kind: ServiceAccount
      name: ci
      namespace: tools
  roleRef:
    kind: ClusterRole
    name: debugger
    apiGroup: rbac.authorization.k8s.io
`;

const scanFiles = (files: Record<string, string>, request: Partial<ScanRequest> = {}) => scan({ root: '/repo', ...request }, { fs: memoryFileSystem(files) });
const where = (f: { location: { file: string; startLine: number; startColumn: number } }) => `${f.location.file}:${f.location.startLine}:${f.location.startColumn}`;

describe('headlineOf', () => {
  it('the first sentence when it is short', () => {
    assert.equal(headlineOf('Pod/a is privileged. Remove privileged: true.'), 'Pod/a is privileged.');
    assert.equal(headlineOf('Pod/a is privileged'), 'Pod/a is privileged');
  });

  it('does not stop inside brackets, quotes or code, nor at a lowercase word after a dot', () => {
    assert.equal(headlineOf('Use `a. B` (e.g. x. Y) or "c. D" here. Then fix.'), 'Use `a. B` (e.g. x. Y) or "c. D" here.');
  });

  it('a long first sentence stops at its last clause within the limit, else at a word with an ellipsis', () => {
    const what = `ClusterPolicy/p checks image on containers and initContainers but never reads ephemeralContainers ${'x'.repeat(10)}`;
    assert.equal(headlineOf(`${what}: anyone ${'y '.repeat(80)}. Fix it.`), `${what}.`);
    const long = headlineOf(`${'word '.repeat(60)}end. Fix.`);
    assert.ok(long.endsWith('word…') && long.length <= HEADLINE_MAX, long);
  });

  it('property: never longer than the limit, always a prefix of the message up to the ending', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const pieces = ['word', 'x', ':', '.', ' ', '(', ')', '`', '"', 'Then', 'a.b'];
    for (let i = 0; i < 500; i++) {
      const message = Array.from({ length: random(120) }, () => pieces[random(pieces.length)]).join(random(2) ? ' ' : '');
      const headline = headlineOf(message);
      assert.ok(headline.length <= HEADLINE_MAX, `${headline.length}: ${message}`);
      assert.ok(message.startsWith(headline.replace(/[.…]$/, '')), message);
    }
  });
});

describe('one row per real problem', () => {
  it('the same object in two bundles is one finding, the copy a related location', async () => {
    const result = await scanFiles({ 'install.yaml': grant, 'ha/install.yaml': grant });
    const eg201 = result.findings.filter((f) => f.ruleId === 'EG201');
    assert.deepEqual(eg201.map(where), ['ha/install.yaml:7:17']);
    assert.deepEqual(eg201[0]!.related.filter((r) => r.note === COPY_NOTE).map((r) => where(r)), ['install.yaml:7:17']);
    assert.equal(result.access.rows.length, 1);
    assert.equal(result.access.rows[0]!.copies, 1);
  });

  it('objects of the same name whose content differs stay apart', async () => {
    const other = grant.replace('verbs: ["patch"]', 'verbs: ["patch", "get"]');
    const result = await scanFiles({ 'install.yaml': grant, 'ha/install.yaml': other });
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'EG201').map(where), ['ha/install.yaml:7:17', 'install.yaml:7:17']);
  });

  it('copies that differ in what the rule reads stay apart; suppressed ones never fold', () => {
    const a = finding('error', 'a.yaml', 3, { object: 'Pod/web' });
    const b = finding('error', 'b.yaml', 3, { object: 'Pod/web', message: a.message });
    const c = finding('error', 'c.yaml', 3, { object: 'Pod/web', message: 'other' });
    const d = finding('error', 'd.yaml', 3, { object: 'Pod/web', message: a.message, suppression: { kind: 'inSource', justification: 'fixture' } });
    assert.deepEqual(foldDuplicates([a, b, c, d], () => 'same').map((f) => [f.location.file, f.related.length]), [['a.yaml', 1], ['c.yaml', 0], ['d.yaml', 0]]);
  });

  it('findings of one document are two holes, never copies; each folds with its twin in another copy', () => {
    const a = finding('error', 'a.yaml', 3, { object: 'Pod/web' });
    const b = finding('error', 'a.yaml', 9, { object: 'Pod/web', message: a.message });
    const c = finding('error', 'b.yaml', 3, { object: 'Pod/web', message: a.message });
    const d = finding('error', 'b.yaml', 9, { object: 'Pod/web', message: a.message });
    const documentOf = (f: Finding): string => f.location.file;
    assert.deepEqual(
      foldDuplicates([a, b, c, d], () => 'same', documentOf).map((f) => [`${f.location.file}:${f.location.startLine}`, f.related.map((r) => `${r.location.file}:${r.location.startLine}`)]),
      [['a.yaml:3', ['b.yaml:3']], ['a.yaml:9', ['b.yaml:9']]],
    );
    assert.deepEqual(foldDuplicates([a, b], () => 'same', documentOf).map((f) => f.related.length), [0, 0]);
  });

  it('the copy outside the test fixtures is the one reported', () => {
    const a = finding('error', 'test/a.yaml', 3, { object: 'Pod/web', fixture: true });
    const b = finding('error', 'deploy/a.yaml', 3, { object: 'Pod/web', message: a.message });
    assert.deepEqual(foldDuplicates([a, b], () => 'same').map((f) => [f.location.file, f.fixture]), [['deploy/a.yaml', undefined]]);
  });

  it('EG301, EG202 and EG201 of one grant chain print once, under EG301', async () => {
    const result = await scanFiles({ 'rbac.yaml': grant });
    assert.deepEqual(result.findings.map((f) => `${f.ruleId} ${where(f)}`), ['EG201 rbac.yaml:7:17', 'EG202 rbac.yaml:15:5', 'EG301 rbac.yaml:15:5']);
    const entries = linkGrantChains(result.findings);
    assert.deepEqual(entries.map((e) => [e.finding.ruleId, e.linked.map((f) => f.ruleId)]), [['EG301', ['EG202', 'EG201']]]);
    const text = toText(result, { color: false });
    assert.match(text, /^rbac\.yaml\n {2}rbac\.yaml:15:5 {2}error {3}EG301 {2}ServiceAccount tools\/ci can add ephemeral containers.*\n {6}↳ same grant chain: EG202 warning here: .*\n {6}↳ same grant chain: EG201 warning rbac\.yaml:7:17: ClusterRole\/debugger allows/);
    assert.equal(text.match(/EG201/g)?.length, 1);
    // JSON keeps every finding.
    assert.equal(JSON.parse(toJson(result)).findings.length, 3);
  });
});

describe('holes first', () => {
  it('default: headlines, open access only, the rest counted; --verbose lists all with whole messages', async () => {
    const files = {
      'rbac.yaml': grant,
      'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: tools\n  labels: {pod-security.kubernetes.io/enforce: baseline}\n',
      // Guarded: only in tools, where Pod Security enforces baseline.
      'local.yaml': 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: local, namespace: tools}\nsubjects: [{kind: User, name: dev}]\nroleRef: {kind: ClusterRole, name: debugger, apiGroup: rbac.authorization.k8s.io}\n',
    };
    const result = await scanFiles(files);
    const text = toText(result, { color: false });
    assert.match(text, /\nWho can add ephemeral containers: 1 not guarded, 1 guarded; 1 guarded row not listed \(--verbose lists them\)\n/);
    const eg301 = result.findings.find((f) => f.ruleId === 'EG301')!;
    assert.ok(text.includes(headlineOf(eg301.message)) && !text.includes(eg301.message));
    const verbose = toText(result, { color: false, verbose: true });
    assert.ok(verbose.includes(eg301.message));
    assert.match(verbose, /\nWho can add ephemeral containers: 1 not guarded, 1 guarded\n/);
  });

  it('--quiet: the findings only, and nothing on a clean scan', async () => {
    const result = await scanFiles({ 'pod.yaml': privilegedPod('web') });
    assert.match(toText(result, { color: false, quiet: true }), /^pod\.yaml\n {2}pod\.yaml:9:37 {2}error {3}EG302 {2}Ephemeral container "debug" of Pod\/web is privileged: it has full access to the node\.\n$/);
    assert.equal(toText(await scanFiles({ 'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n' }), { color: false, quiet: true }), '');
  });
});

describe('test fixtures', () => {
  it('default globs: chainsaw, kyverno-test, samples, test, tests folders anywhere; a configured list replaces them', () => {
    const isFixture = fixtureMatcher();
    assert.deepEqual(['p/.chainsaw-test/a.yaml', 'p/.kyverno-test/r.yaml', 'library/x/samples/c.yaml', 'test/a.yaml', 'a/tests/b.yaml', 'policies/testing/a.yaml', 'latest.yaml'].map(isFixture), [true, true, true, true, true, false, false]);
    assert.equal(fixtureMatcher(['e2e/**'])('test/a.yaml'), false);
    assert.equal(fixtureMatcher(['e2e/**'])('e2e/a.yaml'), true);
    assert.equal(fixtureMatcher([])('test/a.yaml'), false);
  });

  it('counted in one line unless --include-fixtures; JSON marks them', async () => {
    const result = await scanFiles({ 'deploy/pod.yaml': privilegedPod('a'), 'p/.chainsaw-test/pod.yaml': privilegedPod('b'), 'p/.chainsaw-test/rbac.yaml': grant });
    const text = toText(result, { color: false });
    assert.doesNotMatch(text, /chainsaw/);
    assert.match(text, /\n4 findings and 1 unguarded access row in test fixtures \(pass --include-fixtures to show\)\.\n1 finding \(1 error, 0 warnings, 0 notes\) in 3 files\.\n$/);
    const all = toText(result, { color: false, includeFixtures: true });
    assert.match(all, /p\/\.chainsaw-test\/pod\.yaml:9:37/);
    assert.match(all, /\n5 findings \(/);
    assert.equal(JSON.parse(toJson(result)).findings.filter((f: { fixture?: boolean }) => f.fixture).length, 4);
  });

  it('config fixtures: [] marks nothing', async () => {
    const result = await scanFiles({ 'test/pod.yaml': privilegedPod('a') }, { fixtures: [] });
    assert.equal(result.findings.filter((f) => f.fixture).length, 0);
  });
});
