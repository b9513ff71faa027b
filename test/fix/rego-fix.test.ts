import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixFiles, template } from './fix-from-facts.ts';


const v0Helper = [
  'package k8sprivileged',
  '',
  'violation[{"msg": msg}] {',
  '    c := input_containers[_]',
  '    c.securityContext.privileged  # the check',
  '    msg := sprintf("privileged: %v", [c.name])',
  '}',
  '',
  'input_containers[c] {',
  '    c := input.review.object.spec.containers[_]',
  '}',
  '',
  'input_containers[c] {',
  '    c := input.review.object.spec.initContainers[_]',
  '}',
];

const v0Fixed = [
  ...v0Helper.slice(0, 11),
  '',
  'input_containers[c] {',
  '    c := input.review.object.spec.ephemeralContainers[_]',
  '}',
  ...v0Helper.slice(11),
];

const rules = <T extends { ruleId: string }>(findings: readonly T[], id: string): T[] => findings.filter((f) => f.ruleId === id);

describe('EG101 fix, Gatekeeper Rego: one more rule definition that reads ephemeralContainers', () => {
  it('v0 helper clause in a template: a third input_containers clause after the containers one', async () => {
    const { before, plan, after, rescan } = await fixFiles({ 'template.yaml': template(v0Helper) });
    assert.equal(rules(before, 'EG101').length, 1);
    assert.deepEqual(plan.unproved, []);
    assert.equal(plan.proved[0]?.description, 'Add a copy of the rule that reads spec.ephemeralContainers');
    assert.equal(after['template.yaml'], template(v0Fixed));
    assert.deepEqual(rules(rescan, 'EG101'), []);
  });

  it('CRLF template keeps CRLF, and the comment beside the edited rule', async () => {
    const { plan, after, rescan } = await fixFiles({ 'template.yaml': template(v0Helper, [], '\r\n') });
    assert.deepEqual(plan.unproved, []);
    assert.equal(after['template.yaml'], template(v0Fixed, [], '\r\n'));
    assert.deepEqual(rules(rescan, 'EG101'), []);
  });

  it('v1 syntax (contains … if) in a standalone module: the copy keeps it', async () => {
    const module = [
      'package k8sprivileged',
      'import rego.v1',
      '',
      'violation contains {"msg": msg} if {',
      '  some c in input.review.object.spec.containers  # every container',
      '  c.securityContext.privileged',
      '  msg := "privileged"',
      '}',
      '',
    ].join('\n');
    const { plan, after, rescan } = await fixFiles({ 'src.rego': module });
    assert.deepEqual(plan.unproved, []);
    const copy = module.split('\n').slice(3, 8).join('\n').replace('spec.containers', 'spec.ephemeralContainers');
    assert.equal(after['src.rego'], `${module}\n${copy}\n`);
    assert.deepEqual(rules(rescan, 'EG101'), []);
  });

  it('a rule the fixer cannot copy (a complete rule) is not fixed, and the reason says why', async () => {
    const rego = [
      'package k8sprivileged',
      '',
      'violation[{"msg": "privileged"}] {',
      '    privileged',
      '}',
      '',
      'privileged {',
      '    input.review.object.spec.containers[_].securityContext.privileged',
      '}',
    ];
    const { plan, changed } = await fixFiles({ 'template.yaml': template(rego) });
    assert.equal(changed.size, 0);
    assert.deepEqual(
      plan.unproved.map((u) => [u.finding.ruleId, u.reason]),
      [['EG101', 'the container lists are read in a rule the fixer cannot copy (several bodies, an else, a complete rule or a function)']],
    );
  });
});

const exempting = (name: string) =>
  [
    `package ${name}`,
    '',
    'import data.lib.exclude_update.is_update',
    '',
    'violation[{"msg": "privileged"}] {',
    '    not is_update(input.review)',
    '    c := input.review.object.spec.ephemeralContainers[_]',
    '    c.securityContext.privileged',
    '}',
    '',
    'violation[{"msg": "privileged"}] {',
    '    not is_update(input.review)',
    '    c := input.review.object.spec.containers[_]',
    '    c.securityContext.privileged',
    '}',
    '',
  ].join('\n');

describe('EG102 fix, Gatekeeper Rego: the UPDATE test gains the subresource', () => {
  const lib = ['package lib.exclude_update', '', 'is_update(review) {', '    review.operation == "UPDATE"  # skip updates', '}', ''].join('\n');
  const libFixed = lib.replace('# skip updates\n', '# skip updates\n    object.get(review, "subResource", "") != "ephemeralcontainers"\n');

  it('a lib shared by two modules is edited once, and both findings are fixed', async () => {
    const { before, plan, after, changed, rescan } = await fixFiles({ 'a/src.rego': exempting('a'), 'b/src.rego': exempting('b'), 'lib/exclude_update.rego': lib });
    assert.equal(rules(before, 'EG102').length, 2);
    assert.deepEqual(plan.unproved, []);
    assert.deepEqual(plan.proved.map((p) => [p.finding.location.file, p.file]), [['a/src.rego', 'lib/exclude_update.rego'], ['b/src.rego', 'lib/exclude_update.rego']]);
    assert.deepEqual([...changed], ['lib/exclude_update.rego']);
    assert.equal(after['lib/exclude_update.rego'], libFixed);
    assert.deepEqual(rules(rescan, 'EG102'), []);
  });

  it('a lib inside a template (v1 one-line body): `; object.get(...)` inside the braces', async () => {
    const main = exempting('k8sprivileged').split('\n');
    const v1Lib = ['package lib.exclude_update', 'import rego.v1', '', 'is_update(review) if { review.operation == "UPDATE" }'];
    const { plan, after, rescan } = await fixFiles({ 'template.yaml': template(main, [v1Lib]) });
    assert.deepEqual(plan.unproved, []);
    assert.equal(
      after['template.yaml'],
      template(main, [[...v1Lib.slice(0, 3), 'is_update(review) if { review.operation == "UPDATE"; object.get(review, "subResource", "") != "ephemeralcontainers" }']]),
    );
    assert.deepEqual(rules(rescan, 'EG102'), []);
  });

  it('`input.review.operation != "UPDATE"` in two rules becomes one helper (v0) with the literal and the subresource; a comment beside it stays', async () => {
    const main = exempting('k8sprivileged').replace('not is_update(input.review)', 'input.review.operation != "UPDATE"  # skip updates').replace('not is_update(input.review)', 'input.review.operation != "UPDATE"');
    const { before, plan, after, changed, rescan } = await fixFiles({ 'src.rego': main });
    assert.equal(rules(before, 'EG102').length, 1);
    assert.deepEqual(plan.unproved, []);
    assert.deepEqual([...changed], ['src.rego']);
    const lines = main.replaceAll('input.review.operation != "UPDATE"', 'checked_operation').split('\n');
    const helper = ['', 'checked_operation {', '    input.review.operation != "UPDATE"', '}', '', 'checked_operation {', '    object.get(input.review, "subResource", "") == "ephemeralcontainers"', '}'];
    assert.equal(after['src.rego'], [...lines.slice(0, 15), ...helper, ...lines.slice(15)].join('\n'));
    assert.deepEqual(rescan, []);
  });

  it('`input.review.operation == "CREATE"` in a v1 template (contains … if), CRLF kept, and a helper name already taken is not reused', async () => {
    const rego = [
      'package k8sprivileged',
      'import rego.v1',
      '',
      'violation contains {"msg": "privileged"} if {',
      '    input.review.operation == "CREATE"',
      '    c := input.review.object.spec.ephemeralContainers[_]',
      '    c.securityContext.privileged',
      '    checked_operation',
      '}',
      '',
      'checked_operation := true',
    ];
    const { before, plan, after, rescan } = await fixFiles({ 'template.yaml': template(rego, [], '\r\n') });
    assert.equal(rules(before, 'EG102').length, 1);
    assert.deepEqual(plan.unproved, []);
    const fixed = [
      ...rego.slice(0, 4),
      '    checked_operation_2',
      ...rego.slice(5, 9),
      '',
      'checked_operation_2 if {',
      '    input.review.operation == "CREATE"',
      '}',
      '',
      'checked_operation_2 if {',
      '    object.get(input.review, "subResource", "") == "ephemeralcontainers"',
      '}',
      ...rego.slice(9),
    ];
    assert.equal(after['template.yaml'], template(fixed, [], '\r\n'));
    assert.deepEqual(rescan, []);
  });

  it('an operation test through a local (`review := input.review`) has no fix, with the reason', async () => {
    const main = exempting('k8sprivileged').replaceAll('not is_update(input.review)', 'review := input.review\n    review.operation != "UPDATE"');
    const { plan, changed } = await fixFiles({ 'src.rego': main });
    assert.equal(changed.size, 0);
    assert.deepEqual(
      plan.unproved.map((u) => [u.finding.ruleId, u.reason]),
      [['EG102', 'the UPDATE exemption is neither a `<review>.operation == "UPDATE"` test the fixer can extend nor an `input.review.operation` comparison in the rule itself']],
    );
  });
});

describe('EG102 fix, CEL: request.operation == "UPDATE" gains && request.subResource != "ephemeralcontainers"', () => {
  const vap = (isUpdate: string, eol = '\n') =>
    [
      'apiVersion: admissionregistration.k8s.io/v1',
      'kind: ValidatingAdmissionPolicy',
      'metadata: {name: no-privileged}',
      'spec:',
      '  matchConstraints:',
      '    resourceRules:',
      '    - apiGroups: [""]',
      '      apiVersions: ["v1"]',
      '      operations: ["CREATE", "UPDATE"]',
      '      resources: ["pods", "pods/ephemeralcontainers"]',
      '  variables:',
      '  - name: isUpdate  # plain updates are checked elsewhere',
      `    expression: ${isUpdate}`,
      '  validations:',
      '  - expression: >-',
      '      variables.isUpdate || object.spec.ephemeralContainers.all(c, c.?securityContext.?privileged.orValue(false) == false)',
      '',
    ].join(eol);

  it('through a variable, in a single-quoted scalar, CRLF kept', async () => {
    const { before, plan, after, rescan } = await fixFiles({ 'vap.yaml': vap(`'has(request.operation) && request.operation == "UPDATE"'`, '\r\n') });
    assert.equal(rules(before, 'EG102').length, 1);
    assert.deepEqual(plan.unproved, []);
    assert.equal(after['vap.yaml'], vap(`'has(request.operation) && request.operation == "UPDATE" && request.subResource != "ephemeralcontainers"'`, '\r\n'));
    assert.deepEqual(rules(rescan, 'EG102'), []);
  });

  it('a double-quoted scalar with escapes: the test is found through them, and the added one escapes its quotes as the file does', async () => {
    const { before, plan, after, rescan } = await fixFiles({ 'vap.yaml': vap(`"request.operation == \\"UPDATE\\"  "`) });
    assert.deepEqual(rules(before, 'EG102').map((f) => [f.location.startLine, f.location.startColumn, f.location.endColumn]), [[16, 7, 25]]);
    assert.deepEqual(plan.unproved, []);
    assert.equal(after['vap.yaml'], vap(`"request.operation == \\"UPDATE\\" && request.subResource != \\"ephemeralcontainers\\"  "`));
    assert.deepEqual(rules(rescan, 'EG102'), []);
  });

  it('a single-quoted scalar whose CEL string is written with doubled quotes: the edit lands after them, mirrored', async () => {
    const { plan, after, rescan } = await fixFiles({ 'vap.yaml': vap(`'request.operation == ''UPDATE'''`) });
    assert.deepEqual(plan.unproved, []);
    assert.equal(after['vap.yaml'], vap(`'request.operation == ''UPDATE'' && request.subResource != ''ephemeralcontainers'''`));
    assert.deepEqual(rules(rescan, 'EG102'), []);
  });
});

describe('a policy deployed as several identical copies (one finding)', () => {
  it('gets the fix in every copy, so that no copy fires after it', async () => {
    const { before, plan, after, changed, rescan } = await fixFiles({ 'a/template.yaml': template(v0Helper), 'b/template.yaml': template(v0Helper) });
    assert.equal(rules(before, 'EG101').length, 1);
    assert.deepEqual(plan.unproved, []);
    assert.deepEqual(plan.proved.map((p) => p.file), ['a/template.yaml', 'b/template.yaml']);
    assert.deepEqual([...changed].sort(), ['a/template.yaml', 'b/template.yaml']);
    assert.equal(after['b/template.yaml'], template(v0Fixed));
    assert.deepEqual(rules(rescan, 'EG101'), []);
  });
});

describe('EG102 fix, CEL: every validation that skips UPDATE', () => {
  it('two validations with their own inline test, and two reading one variable: each test once', async () => {
    const vap = (first: string, second: string) =>
      [
        'apiVersion: admissionregistration.k8s.io/v1',
        'kind: ValidatingAdmissionPolicy',
        'metadata: {name: no-privileged}',
        'spec:',
        '  matchConstraints:',
        '    resourceRules:',
        '    - apiGroups: [""]',
        '      apiVersions: ["v1"]',
        '      operations: ["CREATE", "UPDATE"]',
        '      resources: ["pods", "pods/ephemeralcontainers"]',
        '  variables:',
        '  - name: isUpdate',
        `    expression: ${second}`,
        '  validations:',
        `  - expression: '${first} || object.spec.?ephemeralContainers.orValue([]).all(c, c.?securityContext.?privileged.orValue(false) == false)'`,
        "  - expression: 'variables.isUpdate || object.spec.?ephemeralContainers.orValue([]).all(c, !c.image.endsWith(\":latest\"))'",
        "  - expression: 'variables.isUpdate || object.spec.?ephemeralContainers.orValue([]).all(c, c.?securityContext.?runAsNonRoot.orValue(false))'",
        '',
      ].join('\n');
    const { plan, after, rescan } = await fixFiles({ 'vap.yaml': vap('request.operation == "UPDATE"', "'request.operation == \"UPDATE\"'") });
    assert.deepEqual(plan.unproved, []);
    const fixed = (test: string) => `${test.slice(0, -1)} && request.subResource != "ephemeralcontainers"${test.slice(-1)}`;
    assert.equal(after['vap.yaml'], vap('request.operation == "UPDATE" && request.subResource != "ephemeralcontainers"', fixed("'request.operation == \"UPDATE\"'")));
    assert.deepEqual(rules(rescan, 'EG102'), []);
  });
});
