import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixFiles } from './fix-from-facts.ts';

/** A module whose helper collects containers and initContainers, with a second rule `limits` on resources. */
const module = (limits: readonly string[], v1 = false) =>
  [
    'package k8slimits',
    ...(v1 ? ['import rego.v1'] : []),
    '',
    v1 ? 'violation contains {"msg": "privileged"} if {' : 'violation[{"msg": "privileged"}] {',
    '  c := input_containers[_]',
    '  c.securityContext.privileged',
    '}',
    '',
    v1 ? 'violation contains {"msg": "limits"} if {' : 'violation[{"msg": "limits"}] {',
    '  c := input_containers[_]',
    ...limits.map((line) => `  ${line}`),
    '}',
    '',
    v1 ? 'input_containers contains c if {' : 'input_containers[c] {',
    '  c := input.review.object.spec.containers[_]',
    '}',
    '',
    v1 ? 'input_containers contains c if {' : 'input_containers[c] {',
    '  c := input.review.object.spec.initContainers[_]',
    '}',
    '',
  ].join('\n');

describe('EG101 fix refused when the extended collection would make a rule deny every ephemeral container (EG105)', () => {
  it('`not c.resources.limits.memory` (v0): refused, the reason names the rule\'s field', async () => {
    const { before, plan, changed } = await fixFiles({ 'src.rego': module(['not c.resources.limits.memory']) });
    assert.deepEqual(before.filter((f) => f.ruleId === 'EG101').map((f) => [f.location.startLine, f.location.startColumn]), [[14, 33]]);
    assert.equal(changed.size, 0);
    assert.deepEqual(plan.unproved.map((u) => u.reason), [
      'the edit would make RegoModule/k8slimits deny every ephemeral container: it requires resources.limits.memory, which the API forbids on them (an EG105 hole)',
    ]);
  });

  it('through a helper under `not` (v1): refused', async () => {
    const files = { 'src.rego': module(['not has_probe(c)'], true).replace('input_containers contains c if {', 'has_probe(c) if c.livenessProbe\n\ninput_containers contains c if {') };
    const { plan, changed } = await fixFiles(files);
    assert.equal(changed.size, 0);
    assert.match(plan.unproved[0]?.reason ?? '', /it requires livenessProbe, which the API forbids on them/);
  });

  it('object.get with a default is defined without the field: refused', async () => {
    const { plan, changed } = await fixFiles({ 'src.rego': module(['object.get(c, ["resources", "limits", "memory"], "") == ""']) });
    assert.equal(changed.size, 0);
    assert.match(plan.unproved[0]?.reason ?? '', /it requires resources.limits.memory/);
  });

  it('a rule that also needs the field (units.parse_bytes of it) cannot fire without it: the fix is offered', async () => {
    const limits = ['not startswith(c.resources.limits.memory, "$")', 'units.parse_bytes(c.resources.limits.memory) > 1000'];
    const { plan, after, rescan } = await fixFiles({ 'src.rego': module(limits) });
    assert.deepEqual(plan.unproved, []);
    assert.equal(plan.proved.length, 1);
    assert.ok(after['src.rego']!.includes('input_containers[c] {\n  c := input.review.object.spec.ephemeralContainers[_]\n}'));
    assert.deepEqual(rescan.filter((f) => f.ruleId === 'EG101'), []);
  });

  it('a message that names the field also needs it (sprintf of an undefined value fails): the fix is offered', async () => {
    const limits = ['not startswith(c.resources.limits.memory, "$")', 'msg := sprintf("%v", [c.resources.limits.memory])', 'msg != ""'];
    const { plan } = await fixFiles({ 'src.rego': module(limits) });
    assert.deepEqual(plan.unproved, []);
  });
});
