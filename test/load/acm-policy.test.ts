import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';
import { scan } from '../../src/scan.ts';

const scanTree = async (tree: Readonly<Record<string, string>>) => {
  const result = await scan({ root: '/repo' }, { fs: memoryFileSystem(tree) });
  return {
    findings: result.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.startLine}:${f.location.startColumn}`),
    messages: result.findings.map((f) => f.message),
    rows: result.coverage.map((row) => `${row.kind}/${row.name} ${row.verdict} enforces=${row.enforces}`),
    verdicts: result.coverage.map((row) => ({ policy: `${row.kind}/${row.name}`, verdict: row.verdict, reasons: row.reasons })),
  };
};

/** A ConstraintTemplate that reads containers only, and a Constraint on Pods, each as lines indented by `pad`. */
const TEMPLATE = [
  'apiVersion: templates.gatekeeper.sh/v1',
  'kind: ConstraintTemplate',
  'metadata:',
  '  name: noprivileged',
  'spec:',
  '  crd:',
  '    spec:',
  '      names:',
  '        kind: NoPrivileged',
  '  targets:',
  '    - target: admission.k8s.gatekeeper.sh',
  '      rego: |',
  '        package noprivileged',
  '        violation[{"msg": "privileged"}] {',
  '          c := input.review.object.spec.containers[_]',
  '          c.securityContext.privileged',
  '        }',
];
const CONSTRAINT = ['apiVersion: constraints.gatekeeper.sh/v1beta1', 'kind: NoPrivileged', 'metadata:', '  name: no-privileged', 'spec:', '  match:', '    kinds:', '      - apiGroups: [""]', '        kinds: [Pod]'];

const indent = (lines: readonly string[], pad: number): string[] => lines.map((line, i) => (i === 0 ? line : ' '.repeat(pad) + line));

/** A Policy wrapping one ConfigurationPolicy whose object-templates are the template and the constraint. */
const wrapped = (options: { policy?: string; configuration?: string; compliance?: string; disabled?: boolean } = {}): string =>
  [
    'apiVersion: policy.open-cluster-management.io/v1',
    'kind: Policy',
    'metadata:',
    '  name: gatekeeper-privileged',
    'spec:',
    ...(options.policy ? [`  remediationAction: ${options.policy}`] : []),
    ...(options.disabled ? ['  disabled: true'] : []),
    '  policy-templates:',
    '    - objectDefinition:',
    '        apiVersion: policy.open-cluster-management.io/v1',
    '        kind: ConfigurationPolicy',
    '        metadata:',
    '          name: deploy-constraint',
    '        spec:',
    `          remediationAction: ${options.configuration ?? 'enforce'}`,
    '          object-templates:',
    `            - complianceType: ${options.compliance ?? 'musthave'}`,
    `              objectDefinition:`,
    ...indent(TEMPLATE, 16).map((line, i) => (i === 0 ? `                ${line}` : line)),
    `            - complianceType: ${options.compliance ?? 'musthave'}`,
    `              objectDefinition:`,
    ...indent(CONSTRAINT, 16).map((line, i) => (i === 0 ? `                ${line}` : line)),
    '',
  ].join('\n');

describe('objects an Open Cluster Management policy deploys', () => {
  it('a ConfigurationPolicy that enforces creates its object-templates: the ConstraintTemplate is analysed at its place in the wrapper', async () => {
    const { findings, rows } = await scanTree({ 'policy.yaml': wrapped() });
    // Line 31 is `c := input.review.object.spec.containers[_]` inside the wrapper; column 57 is `containers`.
    assert.deepEqual(findings, ['EG101 policy.yaml:31:57']);
    assert.deepEqual(rows, ['ConstraintTemplate/noprivileged not-covered enforces=yes']);
  });

  it('property: wrapped in an enforcing Policy, the objects get the verdicts they get as plain files', async () => {
    const plain = await scanTree({ 'template.yaml': `${TEMPLATE.join('\n')}\n`, 'constraint.yaml': `${CONSTRAINT.join('\n')}\n` });
    for (const options of [{}, { policy: 'enforce' }, { policy: 'Enforce', configuration: 'inform' }, { compliance: 'mustonlyhave' }]) {
      assert.deepEqual((await scanTree({ 'policy.yaml': wrapped(options) })).verdicts, plain.verdicts, JSON.stringify(options));
    }
  });

  it('deploys nothing when it only informs (its own action, or the Policy overriding it), is disabled, or must not have the objects', async () => {
    for (const options of [{ configuration: 'inform' }, { policy: 'inform', configuration: 'enforce' }, { disabled: true }, { compliance: 'mustnothave' }]) {
      assert.deepEqual(await scanTree({ 'policy.yaml': wrapped(options) }), { findings: [], messages: [], rows: [], verdicts: [] }, JSON.stringify(options));
    }
  });

  it('a standalone ConfigurationPolicy deploys its object-templates too', async () => {
    const configuration = wrapped().split('\n').slice(7).map((line) => line.slice(8)).join('\n');
    assert.deepEqual((await scanTree({ 'configuration.yaml': configuration })).findings, ['EG101 configuration.yaml:24:49']);
  });

  it('a Gatekeeper constraint directly in policy-templates takes its enforcementAction from the Policy: inform warns, enforce denies', async () => {
    const direct = (action: string | undefined, written: string | undefined): string =>
      [
        'apiVersion: policy.open-cluster-management.io/v1',
        'kind: Policy',
        'metadata: {name: direct}',
        'spec:',
        ...(action ? [`  remediationAction: ${action}`] : []),
        '  policy-templates:',
        '    - objectDefinition:',
        ...indent(TEMPLATE, 8).map((line, i) => (i === 0 ? `        ${line}` : line)),
        '    - objectDefinition:',
        ...indent([...CONSTRAINT, ...(written ? [`  enforcementAction: ${written}`] : [])], 8).map((line, i) => (i === 0 ? `        ${line}` : line)),
        '',
      ].join('\n');
    assert.deepEqual((await scanTree({ 'p.yaml': direct('inform', 'deny') })).rows, ['ConstraintTemplate/noprivileged not-covered enforces=no']);
    assert.deepEqual((await scanTree({ 'p.yaml': direct('enforce', 'warn') })).rows, ['ConstraintTemplate/noprivileged not-covered enforces=yes']);
    assert.deepEqual((await scanTree({ 'p.yaml': direct(undefined, 'warn') })).rows, ['ConstraintTemplate/noprivileged not-covered enforces=no']);
  });

  it('a later spec-less template of the same object (an audit check of its status) is not a second, match-everything constraint', async () => {
    const narrow = wrapped().replace('        kinds: [Pod]', '        kinds: [Deployment]').replace('          - apiGroups: [""]', '          - apiGroups: [apps]');
    const withAudit = `${narrow.trimEnd()}\n${[
      '    - objectDefinition:',
      '        apiVersion: policy.open-cluster-management.io/v1',
      '        kind: ConfigurationPolicy',
      '        metadata: {name: audit}',
      '        spec:',
      '          remediationAction: inform',
      '          object-templates:',
      '            - complianceType: musthave',
      '              objectDefinition: {apiVersion: constraints.gatekeeper.sh/v1beta1, kind: NoPrivileged, metadata: {name: no-privileged}, status: {totalViolations: 0}}',
    ].join('\n')}\n`;
    const enforced = withAudit.replace('  policy-templates:', '  remediationAction: enforce\n  policy-templates:');
    // Only pod controllers are matched, so ephemeral containers escape (EG104): the status check must not match every kind.
    assert.deepEqual((await scanTree({ 'p.yaml': enforced })).findings.filter((f) => f.startsWith('EG104')).length, 1);
  });

  it('object-templates-raw is a template the cluster renders: one EG002 per Policy, at the first such key', async () => {
    const raw = (name: string) => [
      '    - objectDefinition:',
      '        apiVersion: policy.open-cluster-management.io/v1',
      '        kind: ConfigurationPolicy',
      `        metadata: {name: ${name}}`,
      '        spec:',
      '          remediationAction: enforce',
      '          object-templates-raw: |',
      '            {{- range (lookup "v1" "Namespace" "" "").items }}',
      '            - complianceType: musthave',
      '              objectDefinition: {apiVersion: v1, kind: ConfigMap, metadata: {name: x, namespace: "{{ .metadata.name }}"}}',
      '            {{- end }}',
    ];
    const policy = ['apiVersion: policy.open-cluster-management.io/v1', 'kind: Policy', 'metadata: {name: templated}', 'spec:', '  policy-templates:', ...raw('first'), ...raw('second'), ''].join('\n');
    const { findings, messages } = await scanTree({ 'p.yaml': policy });
    assert.deepEqual(findings, ['EG002 p.yaml:12:11']);
    assert.match(messages[0]!, /^Policy templated deploys, through ConfigurationPolicy first, second, the objects of object-templates-raw/);
  });
});
