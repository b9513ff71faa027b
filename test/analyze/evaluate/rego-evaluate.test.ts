import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRego } from '../../../src/analyze/rego/parser.ts';
import { queryRego, regoToJson } from '../../../src/analyze/evaluate/rego-evaluate.ts';

/** Evaluates data.test.<rule> of the given modules (the first is package test) on `input`. */
const run = (sources: string[], rule: string, input: unknown = {}): unknown => {
  const modules = sources.map((source) => {
    const parsed = parseRego(source);
    assert.deepEqual(parsed.errors, [], source);
    return parsed.module!;
  });
  const result = queryRego({ modules }, 'test', rule, input);
  return result.kind === 'value' ? (result.value === undefined ? 'undefined' : regoToJson(result.value)) : { unsupported: result.reason };
};
const one = (body: string, rule = 'p', input: unknown = {}): unknown => run([`package test\n${body}`], rule, input);

describe('Rego interpreter: rules (expected values from the Rego reference)', () => {
  it('complete rules, default and undefined', () => {
    assert.equal(one('p := 1'), 1);
    assert.equal(one('p { input.x == 1 }', 'p', { x: 1 }), true);
    assert.equal(one('p { input.x == 1 }', 'p', { x: 2 }), 'undefined');
    assert.equal(one('default p := false\np { input.x == 1 }', 'p', { x: 2 }), false);
  });
  it('else chains', () => {
    const src = 'p := "a" { input.x == 1 } else := "b" { input.x == 2 } else := "c"';
    assert.deepEqual([one(src, 'p', { x: 1 }), one(src, 'p', { x: 2 }), one(src, 'p', { x: 3 })], ['a', 'b', 'c']);
  });
  it('partial sets (v0 and v1) and partial objects', () => {
    assert.deepEqual(one('p[x] { x := input.xs[_] }', 'p', { xs: [2, 1, 2] }), [1, 2]);
    assert.deepEqual(one('import rego.v1\np contains x if some x in input.xs', 'p', { xs: ['b', 'a'] }), ['a', 'b']);
    assert.deepEqual(one('p[k] = v { v := input.o[k]; v > 1 }', 'p', { o: { a: 1, b: 2 } }), { b: 2 });
  });
  it('functions with several definitions and pattern arguments', () => {
    const src = 'f(x) = "small" { x < 10 }\nf(x) = "big" { x >= 10 }\ng([a, b]) = a + b\np := [f(1), f(20), g([1, 2])]';
    assert.deepEqual(one(src), ['small', 'big', 3]);
  });
  it('not, some, every', () => {
    assert.equal(one('p { not input.x }', 'p', {}), true);
    assert.equal(one('p { not input.x }', 'p', { x: true }), 'undefined');
    assert.equal(one('p { some i; input.xs[i] == "b"; i == 1 }', 'p', { xs: ['a', 'b'] }), true);
    assert.equal(one('import rego.v1\np if every x in input.xs { x > 0 }', 'p', { xs: [1, 2] }), true);
    assert.equal(one('import rego.v1\np if every x in input.xs { x > 1 }', 'p', { xs: [1, 2] }), 'undefined');
    assert.equal(one('import rego.v1\np if every x in [] { x > 1 }'), true);
  });
  it('comprehensions', () => {
    assert.deepEqual(one('p := [x * 2 | x := input.xs[_]]', 'p', { xs: [1, 2] }), [2, 4]);
    assert.deepEqual(one('p := {x | x := input.xs[_]}', 'p', { xs: [1, 1, 3] }), [1, 3]);
    assert.deepEqual(one('p := {k: v | v := input.o[k]; v != 2}', 'p', { o: { a: 1, b: 2 } }), { a: 1 });
  });
  it('unification, set operations and membership', () => {
    assert.equal(one('p { [a, b] = [1, 2]; a + b == 3 }'), true);
    assert.deepEqual(one('p := ({1, 2, 3} - {2}) | {9}'), [1, 3, 9]);
    assert.deepEqual(one('p := {1, 2} & {2, 3}'), [2]);
    assert.equal(one('import future.keywords.in\np { "b" in input.xs }', 'p', { xs: ['a', 'b'] }), true);
  });
  it('a ref whose key is a pattern unifies it with each member', () => {
    const src = 'g[{"msg": m, "field": f}] { f := input.fs[_]; m := concat("", ["bad ", f]) }\np[m] { g[{"msg": m, "field": "a"}] }';
    assert.deepEqual(one(src, 'p', { fs: ['a', 'b'] }), ['bad a']);
  });

  it('with replaces input for one literal', () => {
    assert.equal(one('q { input.x == 2 }\np { q with input as {"x": 2} }', 'p', { x: 1 }), true);
    assert.equal(one('q { input.a.b == 2 }\np { q with input.a.b as 2 }', 'p', {}), true);
  });
  it('imports of data.lib packages, aliased or not', () => {
    const lib = 'package lib.helpers\nis_big(x) { x > 10 }\nlimit := 3';
    assert.equal(run(['package test\nimport data.lib.helpers\np { helpers.is_big(20); helpers.limit == 3 }', lib], 'p'), true);
    assert.equal(run(['package test\nimport data.lib.helpers.is_big\np { is_big(20) }', lib], 'p'), true);
    assert.equal(run(['package test\np { data.lib.helpers.is_big(20) }', lib], 'p'), true);
  });
  it('the built-ins the libraries call', () => {
    const cases: [string, unknown][] = [
      ['count([1, 2])', 2],
      ['sum([1, 2])', 3],
      ['max([1, 3])', 3],
      ['sort([3, 1])', [1, 3]],
      ['concat(",", ["a", "b"])', 'a,b'],
      ['sprintf("%v has %d: %v", ["c", 2, ["x"]])', 'c has 2: ["x"]'],
      ['startswith("abc", "ab")', true],
      ['endswith("abc", "bc")', true],
      ['contains("abc", "b")', true],
      ['trim_suffix("img*", "*")', 'img'],
      ['split("a/b", "/")', ['a', 'b']],
      ['lower("A")', 'a'],
      ['regex.match("^a+$", "aa")', true],
      ['re_match("^b", "aa")', false],
      ['glob.match("*.example.com", ["."], "a.example.com")', true],
      ['glob.match("*.example.com", ["."], "a.b.example.com")', false],
      ['object.get({"a": {"b": 1}}, ["a", "b"], 0)', 1],
      ['object.get({"a": 1}, "z", "d")', 'd'],
      ['to_number("12")', 12],
      ['json.unmarshal("{\\"a\\": 1}")', { a: 1 }],
      ['semver.compare("1.2.3", "1.10.0")', -1],
      ['units.parse_bytes("1Ki")', 1024],
      ['is_string("x")', true],
      ['union({{1}, {2}})', [1, 2]],
      ['array.concat([1], [2])', [1, 2]],
    ];
    for (const [expression, expected] of cases) assert.deepEqual(one(`p := ${expression}`), expected, expression);
  });
  it('regex built-ins run RE2: a hostile pattern ends at once, a pattern Go rejects is a built-in error', { timeout: 20_000 }, () => {
    const input = { s: `${'a'.repeat(30)}!` };
    assert.equal(one('p := regex.match("(a+)+$", input.s)', 'p', input), false);
    assert.deepEqual(one('p := regex.find_n("(a*)*b", input.s, -1)', 'p', input), []);
    assert.deepEqual(one('p := regex.split("(a+)+b", input.s)', 'p', input), [input.s]);
    assert.equal(one('p := regex.match("(?i)^A+!$", input.s)', 'p', input), true);
    assert.equal(one('p := regex.match("a(?=!)", input.s)', 'p', input), 'undefined');
    assert.equal(one('p := re_match("(a)\\\\1", input.s)', 'p', input), 'undefined');
    assert.deepEqual(one('p := regex.find_n("a*", "baaac", -1)'), ['', 'aaa', '']);
  });
  it('a built-in error makes the expression undefined, as OPA does by default', () => {
    assert.equal(one('p := to_number("x")'), 'undefined');
  });
  it('an unsupported built-in or data.inventory is not evaluated', () => {
    assert.match((one('p := http.send({})') as { unsupported: string }).unsupported, /http\.send/);
    assert.match((one('p { data.inventory.namespace[_] }') as { unsupported: string }).unsupported, /inventory/);
  });
  it('a hostile program ends on the step budget', () => {
    const started = Date.now();
    const result = one('n := [x | x := numbers.range(1, 10)[_]]\np { some a, b, c, d, e, f; input.l[a]; input.l[b]; input.l[c]; input.l[d]; input.l[e]; input.l[f]; false }', 'p', { l: Array.from({ length: 40 }, (_, i) => i) });
    assert.deepEqual(result, { unsupported: 'over the step budget' });
    assert.ok(Date.now() - started < 10_000);
    assert.match((one('f(x) = y { y := f(x) }\np := f(1)') as { unsupported: string }).unsupported, /nested too deep|too deep/);
  });
});

describe('Rego interpreter: a Gatekeeper violation rule with a lib', () => {
  const main = `package k8s
import data.lib.exclude_update.is_update
violation[{"msg": msg}] {
  not is_update(input.review)
  c := input_containers[_]
  c.securityContext.privileged
  msg := sprintf("Privileged container is not allowed: %v", [c.name])
}
input_containers[c] { c := input.review.object.spec.containers[_] }
input_containers[c] { c := input.review.object.spec.initContainers[_] }`;
  const lib = 'package lib.exclude_update\nis_update(review) { review.operation == "UPDATE" }';
  const review = (operation: string) => ({ review: { operation, object: { spec: { containers: [{ name: 'a', securityContext: { privileged: true } }] } } }, parameters: {} });
  it('denies on CREATE and exempts UPDATE', () => {
    const modules = [main, lib].map((s) => parseRego(s).module!);
    const violations = (operation: string): unknown => {
      const result = queryRego({ modules }, 'k8s', 'violation', review(operation));
      return result.kind === 'value' && result.value !== undefined ? regoToJson(result.value) : result;
    };
    assert.deepEqual(violations('CREATE'), [{ msg: 'Privileged container is not allowed: a' }]);
    assert.deepEqual(violations('UPDATE'), []);
  });
});
