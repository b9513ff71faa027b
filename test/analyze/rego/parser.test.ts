import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseRego, type RegoModule, type RegoRule, type Term } from '../../../src/analyze/rego/index.ts';

/** Offsets of the `occurrence`-th (0-based) appearance of `text` in `source`. */
const spanOf = (source: string, text: string, occurrence = 0): { start: number; end: number } => {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = source.indexOf(text, start + 1);
  assert.ok(start >= 0, `${text} not in source`);
  return { start, end: start + text.length };
};

const parseOk = (source: string): RegoModule => {
  const result = parseRego(source);
  assert.deepEqual(result.errors, []);
  assert.ok(result.module);
  return result.module;
};

const ruleNamed = (module: RegoModule, name: string, index = 0): RegoRule => {
  const rule = module.rules.filter((r) => r.head.name === name)[index];
  assert.ok(rule, `rule ${name}`);
  return rule;
};

const textOf = (source: string, node: { start: number; end: number }): string => source.slice(node.start, node.end);

describe('parseRego', () => {
  it('reads the package and imports, with aliases and future keywords', () => {
    const src = 'package lib.exempt_container\n\nimport future.keywords.in\nimport rego.v1\nimport data.lib.x.is_exempt as ex\nimport input.review\n';
    const m = parseOk(src);
    assert.deepEqual(m.package.path, ['lib', 'exempt_container']);
    assert.deepEqual({ start: m.package.start, end: m.package.end }, spanOf(src, 'package lib.exempt_container'));
    assert.deepEqual(m.imports.map((i) => [i.path.join('.'), i.alias]), [['future.keywords.in', undefined], ['rego.v1', undefined], ['data.lib.x.is_exempt', 'ex'], ['input.review', undefined]]);
    assert.deepEqual({ start: m.imports[2]?.start, end: m.imports[2]?.end }, spanOf(src, 'import data.lib.x.is_exempt as ex'));
  });

  it('tells rule kinds apart in Rego v0 syntax', () => {
    const src = [
      'package p',
      'default allow = false',
      'allow { input.x == 1 }',
      'input_containers[c] { c := input.review.object.spec.containers[_] }',
      'by_name[c.name] = c { c := input.review.object.spec.containers[_] }',
      'f(x) = y { y := x + 1 }',
      'g(x) { x > 1 } { x < -1 }',
      'limit = 5',
    ].join('\n');
    const m = parseOk(src);
    assert.deepEqual(m.rules.map((r) => [r.head.name, r.head.kind, r.isDefault, r.bodies.length]), [
      ['allow', 'complete', true, 0],
      ['allow', 'complete', false, 1],
      ['input_containers', 'partial-set', false, 1],
      ['by_name', 'partial-object', false, 1],
      ['f', 'function', false, 1],
      ['g', 'function', false, 2],
      ['limit', 'complete', false, 0],
    ]);
    const key = ruleNamed(m, 'by_name').head.key;
    assert.ok(key);
    assert.equal(textOf(src, key), 'c.name');
    assert.deepEqual(ruleNamed(m, 'by_name').head.nameSpan, spanOf(src, 'by_name'));
  });

  it('reads Rego v1 heads: contains, if, := and ref heads', () => {
    const src = [
      'package p',
      'import rego.v1',
      'violation contains {"msg": msg} if {',
      '  some c in input.review.object.spec.containers',
      '  c.securityContext.privileged',
      '  msg := "x"',
      '}',
      'is_update(review) if review.operation == "UPDATE"',
      'a.b.c := 1 if true',
      'names[n] := c if { some n, c in input.x }',
    ].join('\n');
    const m = parseOk(src);
    const v = ruleNamed(m, 'violation');
    assert.equal(v.head.kind, 'partial-set');
    assert.equal(textOf(src, v.head.key as Term), '{"msg": msg}');
    assert.equal(v.bodies[0]?.literals.length, 3);
    assert.equal(v.bodies[0]?.literals[0]?.type, 'some-in');
    const u = ruleNamed(m, 'is_update');
    assert.equal(u.head.kind, 'function');
    assert.equal(textOf(src, u.bodies[0] as { start: number; end: number }), 'review.operation == "UPDATE"');
    assert.equal(ruleNamed(m, 'a.b.c').head.kind, 'complete');
    const names = ruleNamed(m, 'names');
    assert.equal(names.head.kind, 'partial-object');
    const some = names.bodies[0]?.literals[0];
    assert.ok(some?.type === 'some-in' && some.key?.type === 'var' && some.key.name === 'n');
  });

  it('reads else chains with and without values', () => {
    const src = 'package p\nf(x) = 1 {\n  x > 10\n} else = 2 {\n  x > 5\n} else := 3\n';
    const m = parseOk(src);
    const f = ruleNamed(m, 'f');
    assert.equal(f.elses.length, 2);
    assert.equal(textOf(src, f.elses[0]?.value as Term), '2');
    assert.ok(f.elses[0]?.body);
    assert.equal(f.elses[1]?.body, undefined);
    assert.deepEqual({ start: f.start, end: f.end }, { start: spanOf(src, 'f(x)').start, end: src.length - 1 });
  });

  it('reads some, every, with, not, membership and comprehensions', () => {
    const src = [
      'package p',
      'r {',
      '  some i, j',
      '  not input.x[i] == j',
      '  every k, v in input.y { v > k }',
      '  "a", 1 in input.z',
      '  xs := [x | x := input.a[_]; x > 1]',
      '  s := {x | x := input.b[_]}',
      '  o := {k: v | v := input.c[k]}',
      '  u := s | {1}',
      '  f(1) with input as {"a": 1} with data.q as 2',
      '}',
    ].join('\n');
    const m = parseOk(src);
    const lits = ruleNamed(m, 'r').bodies[0]?.literals ?? [];
    assert.deepEqual(lits.map((l) => l.type), ['some', 'expr', 'every', 'expr', 'expr', 'expr', 'expr', 'expr', 'expr']);
    const not = lits[1];
    assert.ok(not?.type === 'expr' && not.negated && not.expr.type === 'binary' && not.expr.op === '==');
    const membership = lits[3];
    assert.ok(membership?.type === 'expr' && membership.expr.type === 'membership' && membership.expr.key?.type === 'string');
    const kinds = lits.slice(4, 7).map((l) => (l.type === 'expr' && l.expr.type === 'binary' ? l.expr.right.type : ''));
    assert.deepEqual(kinds, ['array-comprehension', 'set-comprehension', 'object-comprehension']);
    const union = lits[7];
    assert.ok(union?.type === 'expr' && union.expr.type === 'binary' && union.expr.right.type === 'binary' && union.expr.right.op === '|');
    const withs = lits[8];
    assert.ok(withs?.type === 'expr');
    assert.equal(withs.with.length, 2);
    assert.equal(textOf(src, withs.with[1] as { start: number; end: number }), 'with data.q as 2');
  });

  it('a with modifier on the next line continues the literal (as OPA reads it)', () => {
    const src = ['package p', 'r {', '  v := deny with input.asset as a', '    with input.constraint as c', '  count(v) == 0', '}'].join('\n');
    const lits = ruleNamed(parseOk(src), 'r').bodies[0]?.literals ?? [];
    assert.equal(lits.length, 2);
    const first = lits[0];
    assert.ok(first?.type === 'expr');
    assert.deepEqual(first.with.map((w) => textOf(src, w)), ['with input.asset as a', 'with input.constraint as c']);
  });

  it('gives infix operators their precedence and keeps exact spans', () => {
    const src = 'package p\nr { x := 1 + 2 * -3 == 4 - 5 % 2 }';
    const m = parseOk(src);
    const lit = ruleNamed(m, 'r').bodies[0]?.literals[0];
    assert.ok(lit?.type === 'expr' && lit.expr.type === 'binary' && lit.expr.op === ':=');
    const rel = lit.expr.right;
    assert.ok(rel.type === 'binary' && rel.op === '==');
    assert.ok(rel.left.type === 'binary' && rel.left.op === '+' && rel.left.right.type === 'binary' && rel.left.right.op === '*');
    assert.equal(rel.left.right.right.type, 'unary-minus');
    assert.ok(rel.right.type === 'binary' && rel.right.op === '-' && rel.right.right.type === 'binary' && rel.right.right.op === '%');
    assert.equal(textOf(src, rel), '1 + 2 * -3 == 4 - 5 % 2');
  });

  it('reads refs with dots, brackets and calls, strings with escapes, raw strings and numbers', () => {
    const src = 'package p\nr {\n  object.get(input.review.object.spec, "ephemeralContainers", [])[_].securityContext["privileged"]\n  x := "a\\"b\\u0041\\n"\n  y := `raw\\n "text"`\n  z := 1.5e3 # trailing comment\n}';
    const m = parseOk(src);
    const lits = ruleNamed(m, 'r').bodies[0]?.literals ?? [];
    const ref = lits[0];
    assert.ok(ref?.type === 'expr' && ref.expr.type === 'ref' && ref.expr.head.type === 'call');
    assert.deepEqual(ref.expr.path.map((s) => s.kind), ['index', 'dot', 'index']);
    assert.equal(textOf(src, ref.expr.head.callee), 'object.get');
    const values = lits.slice(1).map((l) => (l.type === 'expr' && l.expr.type === 'binary' ? l.expr.right : undefined));
    assert.ok(values[0]?.type === 'string' && values[0].value === 'a"bA\n');
    assert.ok(values[1]?.type === 'string' && values[1].value === 'raw\\n "text"');
    assert.ok(values[2]?.type === 'number' && values[2].text === '1.5e3');
  });

  it('separates literals by line breaks but lets brackets span lines', () => {
    const src = 'package p\nr {\n  msg := sprintf("%v %v", [\n    a,\n    b\n  ])\n  input.x\n  [1, 2][_] == 1\n}';
    const m = parseOk(src);
    assert.equal(ruleNamed(m, 'r').bodies[0]?.literals.length, 3);
  });

  it('reports errors with offsets and keeps the rules around them', () => {
    const src = 'package p\nok1 { true }\nbad { x := }\nok2 { true }\n';
    const result = parseRego(src);
    assert.equal(result.errors.length, 1);
    assert.equal(result.errors[0]?.start, spanOf(src, '}', 1).start);
    assert.deepEqual(result.module?.rules.map((r) => r.head.name), ['ok1', 'ok2']);
  });

  it('reports lexical errors', () => {
    const result = parseRego('package p\nr { x := "abc\n}\ny := `open');
    assert.deepEqual(result.errors.map((e) => e.message).slice(0, 1), ['unterminated string']);
    assert.ok(result.errors.some((e) => e.message === 'unterminated raw string'));
  });

  it('returns no module without a package clause', () => {
    const result = parseRego('allow { true }');
    assert.equal(result.module, undefined);
    assert.equal(result.errors[0]?.start, 0);
  });

  it('ends quickly on hostile input: deep nesting and a megabyte of garbage', () => {
    const deep = `package p\nr { x := ${'['.repeat(100_000)} }`;
    const t0 = performance.now();
    const nested = parseRego(deep);
    assert.ok(nested.errors.some((e) => e.message === 'nesting too deep'));
    let garbage = 'package p\n';
    const pieces = ['{', '}', '[', '(', 'x', ':=', '"', '\n', '`', '.', '|', 'not ', 'some ', '#'];
    let seed = 7;
    while (garbage.length < 1_000_000) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      garbage += pieces[seed % pieces.length];
    }
    const noisy = parseRego(garbage);
    assert.ok(noisy.errors.length > 0 && noisy.errors.length <= 60);
    assert.ok(performance.now() - t0 < 2000);
  });
});
