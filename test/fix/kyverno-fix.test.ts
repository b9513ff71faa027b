import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixFiles } from './fix-from-facts.ts';
import { KYVERNO_EG101_UNFIXABLE, KYVERNO_EG102_UNFIXABLE } from '../../src/fix/fix.ts';

const policy = (validate: readonly string[], eol = '\n', preconditions: readonly string[] = []): string =>
  [
    'apiVersion: kyverno.io/v1',
    'kind: ClusterPolicy',
    'metadata:',
    '  name: disallow-privileged',
    'spec:',
    '  validationFailureAction: Enforce',
    '  rules:',
    '  - name: privileged',
    '    match:',
    '      any:',
    '      - resources:',
    '          kinds: [Pod]',
    ...preconditions,
    '    validate:',
    '      message: no privileged containers',
    ...validate,
    '',
  ].join(eol);

const rules = (findings: readonly { ruleId: string }[], id: string) => findings.filter((f) => f.ruleId === id);

const expectFixed = async (validate: readonly string[], fixed: readonly string[], eol = '\n') => {
  const { before, plan, after, rescan } = await fixFiles({ 'policy.yaml': policy(validate, eol) });
  assert.ok(rules(before, 'EG101').length >= 1, 'the case has an EG101');
  assert.deepEqual(plan.unproved, []);
  assert.equal(after['policy.yaml'], policy(fixed, eol));
  assert.deepEqual(rules(rescan, 'EG101'), []);
};

describe('EG101 fix, Kyverno pattern: an =(ephemeralContainers) branch mirroring containers', () => {
  const block = [
    '      pattern:',
    '        spec:',
    '          containers:  # every container',
    '          - =(securityContext):',
    '              =(privileged): "false"',
    '          =(initContainers):',
    '          - =(securityContext):',
    '              =(privileged): "false"',
  ];
  const blockFixed = [
    ...block.slice(0, 5),
    '          =(ephemeralContainers):  # every container',
    '          - =(securityContext):',
    '              =(privileged): "false"',
    ...block.slice(5),
  ];

  it('block style, comment on the key line kept', () => expectFixed(block, blockFixed));
  it('block style, CRLF', () => expectFixed(block, blockFixed, '\r\n'));

  it('flow style', () =>
    expectFixed(
      ['      pattern:', '        spec: {containers: [{=(securityContext): {=(privileged): "false"}}]}'],
      ['      pattern:', '        spec: {containers: [{=(securityContext): {=(privileged): "false"}}], =(ephemeralContainers): [{=(securityContext): {=(privileged): "false"}}]}'],
    ));

  it('anyPattern: every alternative gets its branch, in one edit', async () => {
    const validate = [
      '      anyPattern:',
      '      - spec:',
      '          containers:',
      '          - securityContext:',
      '              privileged: false',
      '      - spec:',
      '          =(containers):',
      '          - =(securityContext):',
      '              =(privileged): false',
    ];
    await expectFixed(validate, [
      ...validate.slice(0, 5),
      '          =(ephemeralContainers):',
      '          - securityContext:',
      '              privileged: false',
      ...validate.slice(5),
      '          =(ephemeralContainers):',
      '          - =(securityContext):',
      '              =(privileged): false',
    ]);
  });
});

describe('EG101 fix, two rules of one policy', () => {
  it('each rule is its own finding: the pattern is fixed, the filter is refused at its own line', async () => {
    const text = [
      'apiVersion: kyverno.io/v1',
      'kind: ClusterPolicy',
      'metadata:',
      '  name: controller-image',
      'spec:',
      '  validationFailureAction: Enforce',
      '  rules:',
      '  - name: image-pattern',
      '    match:',
      '      any:',
      '      - resources:',
      '          kinds: [Pod]',
      '    validate:',
      '      message: controller image',
      '      pattern:',
      '        spec:',
      '          containers:',
      '          - name: controller',
      '            image: "registry.example/controller:v2.*"',
      '  - name: image-deny',
      '    match:',
      '      any:',
      '      - resources:',
      '          kinds: [Pod]',
      '    validate:',
      '      message: controller image',
      '      deny:',
      '        conditions:',
      '        - key: "{{ request.object.spec.containers[?name == \'controller\'].image }}"',
      '          operator: AnyIn',
      '          value: ["registry.example/controller:v1.0"]',
      '',
    ].join('\n');
    const { before, plan, after, rescan } = await fixFiles({ 'policy.yaml': text });
    const where = (f: { location: { startLine: number; startColumn: number }; related: readonly unknown[] }) => `${f.location.startLine}:${f.location.startColumn}+${f.related.length}`;
    assert.deepEqual(before.filter((f) => f.ruleId === 'EG101').map(where), ['18:19+0', '29:52+0']);
    assert.deepEqual(plan.proved.map((fix) => fix.finding.location.startLine), [18]);
    assert.deepEqual(plan.unproved.map((fix) => [fix.finding.location.startLine, fix.reason]), [[29, KYVERNO_EG101_UNFIXABLE]]);
    assert.equal(after['policy.yaml'], text.replace('v2.*"\n', 'v2.*"\n          =(ephemeralContainers):\n          - name: controller\n            image: "registry.example/controller:v2.*"\n'));
    assert.deepEqual(rescan.filter((f) => f.ruleId === 'EG101').map(where), ['32:52+0']);
  });
});

describe('pod controllers only: EG104, not EG101', () => {
  it('a pod template cannot hold ephemeral containers: no EG101 asks for them there, nothing is edited', async () => {
    const text = [
      'apiVersion: kyverno.io/v1',
      'kind: ClusterPolicy',
      'metadata:',
      '  name: deployment-images',
      'spec:',
      '  validationFailureAction: Enforce',
      '  rules:',
      '  - name: images',
      '    match:',
      '      any:',
      '      - resources:',
      '          kinds: [Deployment]',
      '    validate:',
      '      message: no old image',
      '      deny:',
      '        conditions:',
      '          any:',
      '          - key: "{{ request.object.spec.template.spec.containers[].image }}"',
      '            operator: AnyIn',
      '            value: ["registry.example/app:v1"]',
      '',
    ].join('\n');
    const { before, plan, after } = await fixFiles({ 'policy.yaml': text });
    assert.ok(before.some((f) => f.ruleId === 'EG104'), 'the case has an EG104');
    assert.deepEqual(before.filter((f) => f.ruleId === 'EG101'), []);
    assert.deepEqual([...plan.proved, ...plan.unproved].filter((fix) => fix.finding.ruleId === 'EG101'), []);
    assert.equal(after['policy.yaml'], text);
  });
});

describe('EG101 fix, Kyverno foreach list and CEL lists', () => {
  it('foreach.list request.object.spec.containers becomes the multiselect with ephemeralContainers', () =>
    expectFixed(
      [
        '      foreach:',
        '      - list: "request.object.spec.containers"  # each container',
        '        pattern:',
        '          =(securityContext):',
        '            =(privileged): "false"',
      ],
      [
        '      foreach:',
        '      - list: "request.object.spec.[containers, ephemeralContainers][]"  # each container',
        '        pattern:',
        '          =(securityContext):',
        '            =(privileged): "false"',
      ],
    ));

  it('validate.cel: a bare object.spec.containers is wrapped, a + chain is appended to', () =>
    expectFixed(
      [
        '      cel:',
        '        variables:',
        '        - name: all',
        '          expression: object.spec.containers + object.spec.?initContainers.orValue([])',
        '        expressions:',
        "        - expression: \"object.spec.containers.all(c, !c.image.endsWith(':latest'))\"",
        '        - expression: >-',
        '            variables.all.all(c, c.?securityContext.?privileged.orValue(false) == false)',
      ],
      [
        '      cel:',
        '        variables:',
        '        - name: all',
        '          expression: object.spec.containers + object.spec.?initContainers.orValue([]) + object.spec.?ephemeralContainers.orValue([])',
        '        expressions:',
        "        - expression: \"(object.spec.containers + object.spec.?ephemeralContainers.orValue([])).all(c, !c.image.endsWith(':latest'))\"",
        '        - expression: >-',
        '            variables.all.all(c, c.?securityContext.?privileged.orValue(false) == false)',
      ],
    ));
});

describe('EG105 fix: the ephemeralContainers branch that requires forbidden fields is removed', () => {
  it('block style, the branch between two others; a second finding in it shares the one edit', async () => {
    const validate = [
      '      pattern:',
      '        spec:',
      '          containers:',
      '          - resources:',
      '              limits:',
      '                memory: "?*"',
      '          =(ephemeralContainers):  # debug containers too',
      '          - resources:',
      '              limits:',
      '                memory: "?*"',
      '                cpu: "?*"',
      '          =(initContainers):',
      '          - resources:',
      '              limits:',
      '                memory: "?*"',
    ];
    const { before, plan, after, changed, rescan } = await fixFiles({ 'policy.yaml': policy(validate, '\r\n') });
    assert.equal(rules(before, 'EG105').length, 2);
    assert.deepEqual(plan.unproved, []);
    assert.deepEqual([...changed], ['policy.yaml']);
    assert.equal(after['policy.yaml'], policy([...validate.slice(0, 6), ...validate.slice(11)], '\r\n'));
    assert.deepEqual(rules(rescan, 'EG105'), []);
  });
});

describe('EG106 fix: the engine version becomes the first fixed release', () => {
  const deployment = (image: string) =>
    ['apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: kyverno, namespace: kyverno}', 'spec:', '  template:', '    spec:', '      containers:', '      - name: kyverno', `        image: ${image}  # pinned`, ''].join('\n');

  it('an image tag keeps its v prefix and quoting', async () => {
    const { before, plan, after, rescan } = await fixFiles({ 'kyverno.yaml': deployment('"ghcr.io/kyverno/kyverno:v1.4.2"') });
    assert.equal(rules(before, 'EG106').length, 1);
    assert.deepEqual(plan.unproved, []);
    assert.equal(plan.proved[0]?.description, 'Upgrade to 1.5.3');
    assert.equal(after['kyverno.yaml'], deployment('"ghcr.io/kyverno/kyverno:v1.5.3"'));
    assert.deepEqual(rules(rescan, 'EG106'), []);
  });

  it('a Chart.yaml dependency version', async () => {
    const chart = (version: string) => ['apiVersion: v2', 'name: platform', 'version: 0.1.0', 'dependencies:', '- name: gatekeeper', `  version: ${version}`, '  repository: https://open-policy-agent.github.io/gatekeeper/charts', ''].join('\n');
    const { plan, after, rescan } = await fixFiles({ 'Chart.yaml': chart('3.7.2') });
    assert.deepEqual(plan.unproved, []);
    assert.equal(after['Chart.yaml'], chart('3.9.0'));
    assert.deepEqual(rules(rescan, 'EG106'), []);
  });
});

describe('EG102 fix, Kyverno preconditions: the ephemeralcontainers subresource is let through', () => {
  const guarded = (preconditions: readonly string[], eol = '\n'): string =>
    policy(['      pattern:', '        spec:', '          containers:', '          - =(securityContext):', '              =(privileged): "false"', '          =(ephemeralContainers):', '          - =(securityContext):', '              =(privileged): "false"'], eol, preconditions);
  const subresourceItem = ['      - key: "{{ request.subResource || \'\' }}"', '        operator: Equals', '        value: ephemeralcontainers'];

  const expectFixed = async (preconditions: readonly string[], fixed: readonly string[], eol = '\n') => {
    const { before, plan, after, rescan } = await fixFiles({ 'policy.yaml': guarded(preconditions, eol) });
    assert.equal(rules(before, 'EG102').length, 1, 'the case has an EG102');
    assert.deepEqual(plan.unproved, []);
    assert.equal(plan.proved[0]?.description, 'Let the ephemeralcontainers subresource through the preconditions');
    assert.equal(after['policy.yaml'], guarded(fixed, eol));
    assert.deepEqual(rescan, []);
  };

  it('a one-entry all (Equals CREATE) becomes an any with the subresource entry; the comments stay', () =>
    expectFixed(
      ['    preconditions:', '      all:  # creation only', "      - key: \"{{ request.operation || 'BACKGROUND' }}\"", '        operator: Equals', '        value: CREATE', '        # a comment after'],
      ['    preconditions:', '      any:  # creation only', "      - key: \"{{ request.operation || 'BACKGROUND' }}\"", '        operator: Equals', '        value: CREATE', ...subresourceItem, '        # a comment after'],
    ));

  it('an any whose entries all exclude UPDATE (NotEquals, In) gains the entry, CRLF kept', () =>
    expectFixed(
      ['    preconditions:', '      any:', '      - key: "{{request.operation}}"', '        operator: NotEquals', '        value: UPDATE', '      - key: "{{request.operation}}"', '        operator: In', '        value: [CREATE, DELETE]'],
      ['    preconditions:', '      any:', '      - key: "{{request.operation}}"', '        operator: NotEquals', '        value: UPDATE', '      - key: "{{request.operation}}"', '        operator: In', '        value: [CREATE, DELETE]', ...subresourceItem],
      '\r\n',
    ));

  it('flow style: a flow sequence gains a flow entry', () =>
    expectFixed(
      ['    preconditions: {all: [{key: "{{ request.operation }}", operator: AnyIn, value: [CREATE]}]}'],
      ['    preconditions: {any: [{key: "{{ request.operation }}", operator: AnyIn, value: [CREATE]}, {key: "{{ request.subResource || \'\' }}", operator: Equals, value: ephemeralcontainers}]}'],
    ));

  it('a block list of flow mappings gains a flow mapping', () =>
    expectFixed(
      ['    preconditions:', '      any:', '      - {key: "{{ request.operation }}", operator: Equals, value: CREATE}'],
      ['    preconditions:', '      any:', '      - {key: "{{ request.operation }}", operator: Equals, value: CREATE}', '      - {key: "{{ request.subResource || \'\' }}", operator: Equals, value: ephemeralcontainers}'],
    ));

  it('an all with other conditions, or the legacy list form, is not rewritten, and the finding says why', async () => {
    for (const preconditions of [
      ['    preconditions:', '      all:', '      - key: "{{ request.operation }}"', '        operator: Equals', '        value: CREATE', '      - key: "{{ request.object.metadata.namespace }}"', '        operator: NotEquals', '        value: kube-system'],
      ['    preconditions:', '    - key: "{{ request.operation }}"', '      operator: Equals', '      value: CREATE'],
    ]) {
      const { before, plan, changed } = await fixFiles({ 'policy.yaml': guarded(preconditions) });
      assert.equal(rules(before, 'EG102').length, 1);
      assert.deepEqual(plan.proved, []);
      assert.deepEqual(plan.unproved.map((u) => u.reason), [KYVERNO_EG102_UNFIXABLE]);
      assert.equal(changed.size, 0);
    }
  });
});

describe('EG101 fix, Kyverno JMESPath: request.object.spec.containers[] becomes [containers, ephemeralContainers][]', () => {
  it('a deny condition key, double-quoted, with a comment beside it; CRLF kept', () =>
    expectFixed(
      [
        '      deny:',
        '        conditions:',
        '          any:',
        '          - key: "{{ request.object.spec.containers[].securityContext.privileged }}"  # any container',
        '            operator: AnyIn',
        '            value: [true]',
      ],
      [
        '      deny:',
        '        conditions:',
        '          any:',
        '          - key: "{{ request.object.spec.[containers, ephemeralContainers][].securityContext.privileged }}"  # any container',
        '            operator: AnyIn',
        '            value: [true]',
      ],
      '\r\n',
    ));

  it('a deny condition in flow style, [*] projection', () =>
    expectFixed(
      ['      deny:', "        conditions: {all: [{key: '{{ request.object.spec.containers[*].securityContext.privileged }}', operator: AnyIn, value: [true]}]}"],
      ['      deny:', "        conditions: {all: [{key: '{{ request.object.spec.[containers, ephemeralContainers][].securityContext.privileged }}', operator: AnyIn, value: [true]}]}"],
    ));

  it('a context variable the deny conditions read', async () => {
    const withContext = (jmesPath: string) =>
      policy([
        '      deny:',
        '        conditions:',
        '          any:',
        '          - key: "{{ privileged }}"',
        '            operator: AnyIn',
        '            value: [true]',
      ]).replace('    validate:\n', `    context:\n    - name: privileged\n      variable:\n        jmesPath: ${jmesPath}\n    validate:\n`);
    const { before, plan, after, rescan } = await fixFiles({ 'policy.yaml': withContext('request.object.spec.containers[].securityContext.privileged') });
    assert.equal(rules(before, 'EG101').length, 1);
    assert.deepEqual(plan.unproved, []);
    assert.equal(after['policy.yaml'], withContext('request.object.spec.[containers, ephemeralContainers][].securityContext.privileged'));
    assert.deepEqual(rules(rescan, 'EG101'), []);
  });

  it('containers filtered ([?...]) or read from another object is not rewritten, and the finding says why', async () => {
    const { before, plan, changed } = await fixFiles({
      'policy.yaml': policy([
        '      deny:',
        '        conditions:',
        '          any:',
        "          - key: \"{{ request.object.spec.containers[?name != 'sidecar'].securityContext.privileged }}\"",
        '            operator: AnyIn',
        '            value: [true]',
      ]),
    });
    assert.equal(rules(before, 'EG101').length, 1);
    assert.equal(changed.size, 0);
    assert.deepEqual(plan.unproved.map((u) => u.reason), [KYVERNO_EG101_UNFIXABLE]);
  });
});
