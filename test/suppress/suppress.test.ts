import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/config/config.ts';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';
import { scan, type ScanRequest } from '../../src/scan.ts';
import { childRef } from '../../src/model/source-ref.ts';
import { toJson } from '../../src/report/json.ts';
import { toSarif } from '../../src/report/sarif.ts';
import { toText } from '../../src/report/text.ts';
import { defineRule } from '../../src/rules/rule.ts';
import { parseSuppressionText } from '../../src/suppress/inline.ts';
import { belongsInUpload, blockingFindings } from '../../src/suppress/predicates.ts';
import { validateSarif } from '../helpers/validate-sarif.ts';
import { yaml } from '../helpers/yaml.ts';

const scanFiles = (files: Record<string, string>, request: Partial<ScanRequest> = {}) => scan({ root: '/repo', ...request }, { fs: memoryFileSystem(files) });

/**
 * EG302 finds `privileged: true` (column 37) and `allowPrivilegeEscalation: true` (column 69) on
 * line 9, or lower by the number of lines in `extra` (inserted right above that line).
 */
const pod = (name: string, extra = '') =>
  [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  ephemeralContainers:',
    '    - name: debug',
    '      image: busybox',
    `${extra}      securityContext: {privileged: true, allowPrivilegeEscalation: true}`,
    '',
  ].join('\n');

const summary = (findings: readonly { ruleId: string; location: { startLine: number; startColumn: number }; suppression?: { kind: string; justification: string } }[]) =>
  findings.map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.ruleId}${f.suppression ? ` suppressed(${f.suppression.kind}): ${f.suppression.justification}` : ''}`);

describe('parseSuppressionText', () => {
  it('reads ids, names and the reason after a space, ":" or "--"', () => {
    assert.deepEqual(parseSuppressionText(' EG302 approved in SEC-1'), { rules: ['EG302'], reason: 'approved in SEC-1' });
    assert.deepEqual(parseSuppressionText('EG201,EG202: break glass'), { rules: ['EG201', 'EG202'], reason: 'break glass' });
    assert.deepEqual(parseSuppressionText(' EG201 , privileged-ephemeral-container -- fixture of a test'), { rules: ['EG201', 'privileged-ephemeral-container'], reason: 'fixture of a test' });
    assert.deepEqual(parseSuppressionText(' EG302'), { rules: ['EG302'], reason: '' });
    assert.deepEqual(parseSuppressionText('EG302:'), { rules: ['EG302'], reason: '' });
    assert.deepEqual(parseSuppressionText(''), { rules: [], reason: '' });
  });
});

describe('inline comment suppressions', () => {
  it('a comment on the finding line suppresses it, with its reason and position', async () => {
    const text = pod('web').replace('allowPrivilegeEscalation: true}', 'allowPrivilegeEscalation: true} # ephemeral-guard-ignore EG302 exported from an incident, kept as evidence');
    const result = await scanFiles({ 'pod.yaml': text });
    assert.deepEqual(summary(result.findings), [
      '9:37 EG302 suppressed(inSource): exported from an incident, kept as evidence',
      '9:69 EG302 suppressed(inSource): exported from an incident, kept as evidence',
    ]);
    assert.deepEqual(result.findings[0]!.suppression?.location, { file: 'pod.yaml', startLine: 9, startColumn: 75, endLine: 9, endColumn: 149 });
    assert.deepEqual(result.notifications, []);
    assert.deepEqual(blockingFindings(result.findings, 'note'), []);
  });

  it('a comment on the line above suppresses, by rule name too, and stacked comments all apply', async () => {
    const text = pod('web', '# ephemeral-guard-ignore privileged-ephemeral-container: test fixture\n# an ordinary comment\n');
    const result = await scanFiles({ 'pod.yaml': text });
    assert.deepEqual(summary(result.findings), ['11:37 EG302 suppressed(inSource): test fixture', '11:69 EG302 suppressed(inSource): test fixture']);
  });

  it('several rules in one comment: the ones that match suppress, the unknown one is reported', async () => {
    const text = pod('web', '# ephemeral-guard-ignore EG302, EG3O2 -- test fixture\n');
    const result = await scanFiles({ 'pod.yaml': text });
    assert.equal(result.findings.filter((f) => f.suppression).length, 2);
    assert.deepEqual(
      result.notifications.map((n) => [n.level, n.file, n.region?.startLine, n.region?.startColumn, n.message]),
      [['note', 'pod.yaml', 9, 1, 'This ephemeral-guard-ignore comment names "EG3O2", which is not a rule id or name; it suppresses nothing for it. Check the spelling (ids look like EG201).']],
    );
  });

  it('a comment two lines above, or a trailing comment on the line above, does not reach the finding', async () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: web}
      spec:
        ephemeralContainers:
          - name: debug  # ephemeral-guard-ignore EG302 wrong line
            image: busybox
            securityContext: {privileged: true}
    `;
    const result = await scanFiles({ 'pod.yaml': text });
    assert.deepEqual(summary(result.findings), ['8:37 EG302']);
    assert.deepEqual(result.notifications.map((n) => `${n.file}:${n.region?.startLine}:${n.region?.startColumn} ${n.message}`), [
      "pod.yaml:6:20 This ephemeral-guard-ignore comment suppresses EG302, but no such finding is on the line it covers (stale suppression). Remove it, or move the comment onto the finding's line or the line above.",
    ]);
  });

  it('a reasonless comment suppresses nothing and is reported as a note', async () => {
    const text = pod('web', '# ephemeral-guard-ignore EG302\n');
    const result = await scanFiles({ 'pod.yaml': text });
    assert.deepEqual(summary(result.findings), ['10:37 EG302', '10:69 EG302']);
    assert.equal(blockingFindings(result.findings, 'error').length, 2);
    assert.deepEqual(result.notifications.map((n) => [n.level, n.region, n.message]), [
      [
        'note',
        { startLine: 9, startColumn: 1, endLine: 9, endColumn: 31 },
        'This ephemeral-guard-ignore comment for EG302 gives no reason, so the finding stays reported. Add why it is acceptable after the rule ids, e.g. "EG302: break-glass role approved in SEC-123".',
      ],
    ]);
    const sarif = toSarif(result);
    assert.deepEqual(validateSarif(sarif), []);
    const notification = sarif.runs[0]!.invocations![0]!.toolExecutionNotifications![0]!;
    assert.equal(notification.level, 'note');
    assert.deepEqual(notification.locations![0]!.physicalLocation!.region, { startLine: 9, startColumn: 1, endLine: 9, endColumn: 31 });
    assert.equal(sarif.runs[0]!.invocations![0]!.executionSuccessful, true);
  });

  it('a comment naming no rule is reported', async () => {
    const result = await scanFiles({ 'pod.yaml': pod('web', '# ephemeral-guard-ignore\n') });
    assert.match(result.notifications[0]!.message, /names no rule/);
    assert.equal(result.findings.filter((f) => f.suppression).length, 0);
  });

  it('a stale comment for a rule that is turned off is not reported', async () => {
    const text = pod('web', '# ephemeral-guard-ignore EG302 test fixture\n');
    const result = await scanFiles({ 'pod.yaml': text }, { ruleLevels: { EG302: 'off' } });
    assert.deepEqual(result.findings, []);
    assert.deepEqual(result.notifications, []);
  });

  it('works in a .rego file and never takes "#" inside a word for a comment', async () => {
    const result = await scanFiles({
      'pod.yaml': pod('web').replace('image: busybox', 'image: "busybox#ephemeral-guard-ignore EG302 not a comment"'),
      'policy.rego': 'package x\n# ephemeral-guard-ignore EG302 stale in rego\nallow := true\n',
    });
    assert.deepEqual(summary(result.findings), ['9:37 EG302', '9:69 EG302']);
    assert.deepEqual(result.notifications.map((n) => `${n.file}:${n.region?.startLine}`), ['policy.rego:2']);
  });
});

describe('object annotation suppressions', () => {
  const annotated = (value: string) =>
    pod('web').replace('  name: web\n', `  name: web\n  annotations:\n    ephemeral-guard.io/ignore: ${value}\n`);

  it('suppresses every listed rule on the object, with the annotation as location', async () => {
    const result = await scanFiles({ 'pod.yaml': annotated('"EG302,EG107: exported incident pod, kept for the postmortem"'), 'other.yaml': pod('other') });
    assert.deepEqual(
      result.findings.map((f) => `${f.location.file}:${f.location.startLine}:${f.location.startColumn} ${f.suppression?.justification ?? '-'}`),
      ['other.yaml:9:37 -', 'other.yaml:9:69 -', 'pod.yaml:11:37 exported incident pod, kept for the postmortem', 'pod.yaml:11:69 exported incident pod, kept for the postmortem'],
    );
    assert.deepEqual(result.findings[2]!.suppression!.location, { file: 'pod.yaml', startLine: 6, startColumn: 32, endLine: 6, endColumn: 93 });
    // EG107 is listed but nothing on this Pod can trigger it: stale for EG107 only.
    assert.deepEqual(result.notifications.map((n) => `${n.file}:${n.region?.startLine}:${n.region?.startColumn} ${n.message}`), [
      "pod.yaml:6:32 The ephemeral-guard.io/ignore annotation suppresses EG107, but no such finding is about this object (stale suppression). Remove it, or move the comment onto the finding's line or the line above.",
    ]);
  });

  it('a reasonless annotation is reported and suppresses nothing', async () => {
    const result = await scanFiles({ 'pod.yaml': annotated('EG302') });
    assert.equal(result.findings.filter((f) => f.suppression).length, 0);
    assert.deepEqual(result.notifications.map((n) => `${n.region?.startLine}:${n.region?.startColumn} ${n.message}`), [
      '6:32 The ephemeral-guard.io/ignore annotation for EG302 gives no reason, so the finding stays reported. Add why it is acceptable after the rule ids, e.g. "EG302: break-glass role approved in SEC-123".',
    ]);
  });

  it('an annotation that is not a string is reported', async () => {
    const result = await scanFiles({ 'pod.yaml': annotated('{EG302: reason}') });
    assert.match(result.notifications[0]!.message, /must be a string such as "EG201,EG202: reason"/);
    assert.equal(result.findings.filter((f) => f.suppression).length, 0);
  });
});

describe('rbac.allow', () => {
  // A stand-in for EG201/EG202 (not written yet): a finding on each ClusterRole, and one on each
  // subject of each binding, with the role or binding as the object, as issue 5 places them.
  const rbacRule = defineRule({
    meta: { id: 'EG201', name: 'role-grants-ephemeral-containers', short: 'Test.', level: 'warning', securitySeverity: 5, tags: ['security'], messages: { grant: '{{what}} grants.' } },
    *check(facts) {
      for (const role of facts.workspace.byKind('ClusterRole')) yield { messageId: 'grant', data: { what: role.name }, at: childRef(role.ref.at, 'rules'), object: role.ref };
      for (const binding of [...facts.workspace.byKind('ClusterRoleBinding'), ...facts.workspace.byKind('RoleBinding')]) {
        const subjects = Array.isArray(binding.body.subjects) ? binding.body.subjects : [];
        for (const index of subjects.keys()) yield { messageId: 'grant', data: { what: `${binding.name}[${index}]` }, at: childRef(binding.ref.at, 'subjects', index, 'name'), object: binding.ref };
      }
    },
  });
  const rbac = yaml`
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: {name: break-glass-debug}
    rules:
      - {apiGroups: [""], resources: [pods/ephemeralcontainers], verbs: [patch]}
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRoleBinding
    metadata: {name: oncall-debug}
    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: break-glass-debug}
    subjects:
      - {kind: Group, name: sre-oncall}
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: RoleBinding
    metadata: {name: tools, namespace: tools}
    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit}
    subjects:
      - {kind: Group, name: devs}
      - {kind: ServiceAccount, name: debugger}
  `;
  const settingsOf = (config: string) => parseConfig('.ephemeral-guard.yaml', config, new Set()).settings;

  it('suppresses findings on an allowed role and on bindings to it, and on an allowed subject only', async () => {
    const settings = settingsOf(yaml`
      rbac:
        allow:
          - role: ClusterRole/break-glass-debug
            reason: On-call SREs debug production with it (SEC-123).
          - subject: ServiceAccount/tools/debugger
            reason: The debug bot.
    `);
    const result = await scanFiles({ 'rbac.yaml': rbac }, { rules: [rbacRule], settings });
    assert.deepEqual(result.findings.map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.message} ${f.suppression ? `${f.suppression.kind}: ${f.suppression.justification}` : '-'}`), [
      '5:3 break-glass-debug grants. external: rbac.allow ClusterRole/break-glass-debug: On-call SREs debug production with it (SEC-123).',
      '12:25 oncall-debug[0] grants. external: rbac.allow ClusterRole/break-glass-debug: On-call SREs debug production with it (SEC-123).',
      '19:25 tools[0] grants. -',
      '20:34 tools[1] grants. external: rbac.allow ServiceAccount/tools/debugger: The debug bot.',
    ]);
    assert.deepEqual(result.notifications, []);
    const sarif = toSarif(result);
    assert.deepEqual(validateSarif(sarif), []);
    assert.deepEqual(sarif.runs[0]!.results![0]!.suppressions, [{ kind: 'external', status: 'accepted', justification: 'rbac.allow ClusterRole/break-glass-debug: On-call SREs debug production with it (SEC-123).' }]);
  });

  it('reports an entry that matched nothing, with its place in the config', async () => {
    const settings = settingsOf('rbac:\n  allow:\n    - role: ClusterRole/old-debug\n      reason: retired\n');
    const result = await scanFiles({ 'rbac.yaml': rbac }, { rules: [rbacRule], settings });
    assert.equal(result.findings.filter((f) => f.suppression).length, 0);
    assert.deepEqual(result.notifications.map((n) => n.message), [
      'rbac.allow entry ClusterRole/old-debug (.ephemeral-guard.yaml:3:7) matched no finding (stale): no scanned role of that name grants ephemeral containers. Remove it or fix the name.',
    ]);
  });

  it('does not accept a rule outside EG201/EG202/EG301, and says nothing stale while none of those runs', async () => {
    const settings = settingsOf('rbac:\n  allow:\n    - role: ClusterRole/break-glass-debug\n      reason: ok\n');
    const other = defineRule({ ...rbacRule, meta: { ...rbacRule.meta, id: 'EG203', name: 'role-aggregates-ephemeral-into-builtin' } });
    const result = await scanFiles({ 'rbac.yaml': rbac }, { rules: [other], settings });
    assert.equal(result.findings.length, 4);
    assert.equal(result.findings.filter((f) => f.suppression).length, 0);
    assert.deepEqual(result.notifications, []);
  });
});

describe('reports of suppressed findings', () => {
  it('text, JSON and local SARIF keep them with their justification; the upload leaves them out; fail-on ignores them', async () => {
    const text = pod('web', '# ephemeral-guard-ignore EG302 test fixture\n');
    const result = await scanFiles({ 'pod.yaml': text, 'b.yaml': pod('b') });
    const report = toText(result, { color: false });
    assert.match(report, /^pod\.yaml\n {2}pod\.yaml:10:37 {2}error {3}EG302 {2}Ephemeral container "debug" of Pod\/web is privileged.*\n {6}↳ suppressed \(pod\.yaml:9\): test fixture\n/m);
    assert.match(report, /2 findings \(2 errors, 0 warnings, 0 notes\) in 2 files \(2 suppressed\)\.\n$/);
    const json = JSON.parse(toJson(result));
    assert.deepEqual(json.findings[2].suppression, { kind: 'inSource', justification: 'test fixture', location: { file: 'pod.yaml', startLine: 9, startColumn: 1, endLine: 9, endColumn: 44 } });
    const sarif = toSarif(result);
    assert.deepEqual(validateSarif(sarif), []);
    assert.deepEqual(sarif.runs[0]!.results![2]!.suppressions, [
      { kind: 'inSource', status: 'accepted', justification: 'test fixture', location: { physicalLocation: { artifactLocation: { uri: 'pod.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 9, startColumn: 1, endLine: 9, endColumn: 44 } } } },
    ]);
    const uploaded = toSarif(result, { upload: true });
    assert.deepEqual(validateSarif(uploaded), []);
    assert.deepEqual(uploaded.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri), ['b.yaml', 'b.yaml']);
    assert.equal(result.findings.filter(belongsInUpload).length, 2);
    assert.equal(blockingFindings(result.findings, 'error').length, 2);
  });

  it('all suppressed: the summary says no findings, and how many were suppressed', async () => {
    const result = await scanFiles({ 'pod.yaml': pod('web', '# ephemeral-guard-ignore EG302 test fixture\n') });
    assert.match(toText(result, { color: false }), /No findings in 1 file \(2 suppressed\)\.\n$/);
  });
});
