import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixFiles } from './fix-from-facts.ts';
import { planSuggestions } from '../../src/github/review-suggestions.ts';

/** A standalone module that skips UPDATE through the shared lib; v1 syntax when `v1`. */
const exempting = (name: string, v1 = false) =>
  [
    `package ${name}`,
    ...(v1 ? ['import rego.v1'] : []),
    '',
    'import data.lib.exclude_update.is_update',
    '',
    v1 ? 'violation contains {"msg": "privileged"} if {' : 'violation[{"msg": "privileged"}] {',
    '    not is_update(input.review)',
    '    some c in input.review.object.spec.containers',
    '    c.securityContext.privileged',
    '}',
    '',
    v1 ? 'violation contains {"msg": "privileged"} if {' : 'violation[{"msg": "privileged"}] {',
    '    not is_update(input.review)',
    '    some c in input.review.object.spec.ephemeralContainers',
    '    c.securityContext.privileged',
    '}',
    '',
  ].join('\n');

const lib = (eol: string) => ['package lib.exclude_update', '', 'is_update(review) {', '    review.operation == "UPDATE"  # skip updates', '}', ''].join(eol);
const libFixed = (eol: string) =>
  ['package lib.exclude_update', '', 'is_update(review) {', '    review.operation == "UPDATE"  # skip updates', '    object.get(review, "subResource", "") != "ephemeralcontainers"', '}', ''].join(eol);

const rules = <T extends { ruleId: string }>(findings: readonly T[], id: string): T[] => findings.filter((f) => f.ruleId === id);

describe('one fix shared by several findings', () => {
  it('a lib three modules call (v0 and v1, CRLF lib): one edit, proved once for all three, written once', async () => {
    const files = { 'a/src.rego': exempting('a'), 'b/src.rego': exempting('b', true), 'c/src.rego': exempting('c'), 'lib/exclude_update.rego': lib('\r\n') };
    const { before, plan, after, changed, rescan } = await fixFiles(files);
    assert.deepEqual(rules(before, 'EG102').map((f) => [f.location.file, f.location.startLine, f.location.startColumn]), [['a/src.rego', 6, 5], ['b/src.rego', 7, 5], ['c/src.rego', 6, 5]]);
    assert.deepEqual(plan.unproved, []);
    assert.deepEqual(plan.proved.map((p) => [p.finding.location.file, p.file]), [['a/src.rego', 'lib/exclude_update.rego'], ['b/src.rego', 'lib/exclude_update.rego'], ['c/src.rego', 'lib/exclude_update.rego']]);
    // The three fixes are one: the same edit objects, one insertion at line 5 column 1.
    assert.equal(new Set(plan.proved.map((p) => p.edits)).size, 1);
    assert.deepEqual([...changed], ['lib/exclude_update.rego']);
    assert.equal(after['lib/exclude_update.rego'], libFixed('\r\n'));
    assert.deepEqual(rules(rescan, 'EG102'), []);
    // A review suggests it once, for all three findings.
    const text = files['lib/exclude_update.rego'];
    const suggestions = planSuggestions({ proved: plan.proved, textOf: () => text, toHead: (_f, line) => line, addedLines: new Map([['lib/exclude_update.rego', new Set([1, 2, 3, 4, 5, 6])]]), category: 'c' });
    assert.equal(suggestions.lineEndings, 3);
    const lf = planSuggestions({ proved: plan.proved, textOf: () => text.replaceAll('\r\n', '\n'), toHead: (_f, line) => line, addedLines: new Map([['lib/exclude_update.rego', new Set([1, 2, 3, 4, 5, 6])]]), category: 'c' });
    assert.equal(lf.suggestions.length, 1);
  });

  it('an edit of a lib that another policy also reads is proved with that policy: refused when it opens a hole there', async () => {
    // d controls ephemeral containers only on UPDATE through the same helper: the widened
    // exemption would let every debug container through it.
    const control = [
      'package d',
      '',
      'import data.lib.exclude_update.is_update',
      '',
      'violation[{"msg": "no debug containers"}] {',
      '    is_update(input.review)',
      '    input.review.object.spec.ephemeralContainers[_]',
      '}',
      '',
    ].join('\n');
    const { before, plan, changed } = await fixFiles({ 'a/src.rego': exempting('a'), 'd/src.rego': control, 'lib/exclude_update.rego': lib('\n') });
    assert.deepEqual(rules(before, 'EG102').map((f) => f.location.file), ['a/src.rego']);
    assert.equal(changed.size, 0);
    assert.equal(plan.unproved.length, 1);
    assert.match(plan.unproved[0]!.reason, /^the edit would raise a new finding: RegoModule\/d skips every UPDATE request here/);
  });

  it('two fixes whose edits overlap without being the same: the first is offered, the second refused, saying which fix it yields to', async () => {
    // The rule reads containers itself (EG101: a copy of it after it) and skips UPDATE inline
    // (EG102: a helper written after it): both insert at the line after the rule.
    const rule = ['package k8sprivileged', '', 'violation[{"msg": "privileged"}] {', '    input.review.operation != "UPDATE"', '    c := input.review.object.spec.containers[_]', '    c.securityContext.privileged', '}', ''].join('\n');
    const { before, plan, changed, rescan } = await fixFiles({ 'src.rego': rule });
    assert.deepEqual(before.map((f) => [f.ruleId, f.location.startLine, f.location.startColumn]), [['EG102', 4, 5], ['EG101', 5, 35]]);
    assert.deepEqual(plan.proved.map((p) => p.finding.ruleId), ['EG102']);
    assert.deepEqual(plan.unproved.map((u) => [u.finding.ruleId, u.reason]), [['EG101', 'its edits overlap those of the fix of EG102 at src.rego:4:5, which is offered instead']]);
    assert.deepEqual([...changed], ['src.rego']);
    assert.deepEqual(rules(rescan, 'EG102'), []);
    assert.equal(rules(rescan, 'EG101').length, 1);
  });
});
