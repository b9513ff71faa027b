import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixFiles } from './fix-from-facts.ts';

const policy = (validate: readonly string[], eol = '\n'): string =>
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
