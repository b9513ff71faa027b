import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LIBRARIES, boundsOf, evaluateCel, toCelValue } from '../../../src/analyze/evaluate/cel-evaluate.ts';
import { decideCelPolicy, type CelValidatingPolicy } from '../../../src/analyze/evaluate/cel-policy-evaluate.ts';

const value = (expression: string, data: Record<string, unknown> = {}): unknown => {
  const activation = toCelValue(data) as Record<string, unknown>;
  const outcome = evaluateCel(expression, { ...activation, ...LIBRARIES }, boundsOf([activation]));
  return outcome.kind === 'value' ? outcome.value : outcome;
};

describe('CEL evaluation (cel-spec conformance-like cases, written by hand)', () => {
  const cases: [string, unknown][] = [
    // basic / comparisons / logic (cel-spec tests/simple/basic, comparisons, logic)
    ['1 + 2 * 3', 7n],
    ['"a" + "b"', 'ab'],
    ['1 < 2 && 2.0 >= 1', true],
    ['true || (1 / 0 > 0)', true],
    ['(1 / 0 > 0) || true', true],
    ['false && (1 / 0 > 0)', false],
    ['!(1 == 2)', true],
    ['dyn(1) == 1.0', true],
    ['[1, 2] + [3]', [1n, 2n, 3n]],
    ['2 in [1, 2]', true],
    ['"k" in {"k": 1}', true],
    ['size("héllo")', 5n],
    ['true ? "y" : "n"', 'y'],
    // macros (cel-spec tests/simple/macros)
    ['[1, 2, 3].all(x, x > 0)', true],
    ['[1, 2, 3].exists(x, x == 2)', true],
    ['[1, 2, 3].exists_one(x, x > 2)', true],
    ['[1, 2, 3].map(x, x * 2)', [2n, 4n, 6n]],
    ['[1, 2, 3].filter(x, x % 2 == 1)', [1n, 3n]],
    ['{"a": 1}.all(k, k == "a")', true],
    // strings (cel-spec tests/simple/string, cel-go ext strings)
    ['"hello".startsWith("he") && "hello".endsWith("lo") && "hello".contains("ell")', true],
    ['"a,b,c".split(",")', ['a', 'b', 'c']],
    ['["a", "b"].join("-")', 'a-b'],
    ['"abcabc".replace("b", "x")', 'axcaxc'],
    ['"abcabc".replace("b", "x", 1)', 'axcabc'],
    ['"abc".charAt(1)', 'b'],
    ['"abc".reverse()', 'cba'],
    ['"Hello".lowerAscii()', 'hello'],
    ['"  x ".trim()', 'x'],
    ['"abc".indexOf("c")', 2n],
    ['"abcdef".substring(1, 3)', 'bc'],
    ['"image:v1".matches("^[a-z]+:v[0-9]+$")', true],
    // regex (k8s library/regex.go)
    ['"abc 123 def 456".find("[0-9]+")', '123'],
    ['"abc 123 def 456".findAll("[0-9]+")', ['123', '456']],
    ['"abc 123 def 456".findAll("[0-9]+", 1)', ['123']],
    ['"ABC".matches("(?i)^abc$")', true],
    ['matches("ABC", "^A")', true],
    ['"a.b".matches("^\\\\Qa.b\\\\E$")', true],
    ['["x1", "y"].all(s, s.matches("^[a-z][0-9]?$"))', true],
    // lists (k8s library/lists.go, cel-go ext lists)
    ['[1, 2, 3].isSorted()', true],
    ['[3, 1].isSorted()', false],
    ['[1, 2, 3].sum()', 6n],
    ['[2, 1, 3].min()', 1n],
    ['[2, 1, 3].max()', 3n],
    ['["a", "b", "a"].indexOf("a")', 0n],
    ['["a", "b", "a"].lastIndexOf("a")', 2n],
    ['[1, 2, 3, 4].slice(1, 3)', [2n, 3n]],
    ['[[1], [2, 3]].flatten()', [1n, 2n, 3n]],
    ['[1, 2, 1].distinct()', [1n, 2n]],
    // sets (cel-go ext sets)
    ['sets.contains([1, 2, 3], [2])', true],
    ['sets.containsAny([1, 2], [3, 2])', true],
    ['sets.intersects([1], [2])', false],
    ['sets.equivalent([1, 2], [2, 1, 1])', true],
    // url / quantity predicates
    ['isURL("https://example.com/a")', true],
    ['isURL("not a url")', false],
    ['isQuantity("500Mi") && !isQuantity("5 Mi")', true],
    // optional types (cel-spec tests/simple/optionals)
    ['{"a": 1}.?b.orValue(7)', 7n],
    ['{"a": 1}.?a.orValue(7)', 1n],
    ['optional.none().hasValue()', false],
    ['[1, 2][?5].orValue(0)', 0n],
  ];
  for (const [expression, expected] of cases) {
    it(expression, () => assert.deepEqual(value(expression), expected));
  }

  it('tests presence with has()', () => {
    assert.equal(value('has(object.a) && !has(object.b)', { object: { a: 1 } }), true);
  });

  it('reads JSON integers as int and fractions as double', () => {
    assert.equal(value('object.n == 0 && type(object.n) == int && type(object.f) == double', { object: { n: 0, f: 0.5 } }), true);
  });

  it('reports runtime errors the apiserver would meet', () => {
    assert.deepEqual(value('object.missing', { object: {} }), { kind: 'error', message: 'No such key: missing' });
    assert.equal((value('1 / 0') as { kind: string }).kind, 'error');
  });

  it('leaves what a scan cannot know unknown, unless the other operand decides', () => {
    assert.equal((value('namespaceObject.metadata.labels.team == "a"') as { kind: string }).kind, 'unknown');
    assert.equal((value('authorizer.group("apps").resource("deployments").check("create").allowed()') as { kind: string }).kind, 'unknown');
    assert.equal(value('true || authorizer.group("apps") == null'), true);
    assert.match((value('kyverno.image("x").registry()') as { reason: string }).reason, /lacks/);
  });

  it('refuses an expression over the step budget instead of running it', () => {
    const started = Date.now();
    const hostile = 'object.l.all(a, object.l.all(b, object.l.all(c, object.l.all(d, object.l.all(e, a + b + c + d + e >= 0)))))';
    const outcome = value(hostile, { object: { l: Array.from({ length: 200 }, (_, i) => i) } });
    assert.equal((outcome as { kind: string }).kind, 'unknown');
    assert.match((outcome as { reason: string }).reason, /step budget/);
    assert.ok(Date.now() - started < 1000);
  });
});

describe('CEL validating policies (apiserver semantics)', () => {
  const policy = (overrides: Partial<CelValidatingPolicy>): CelValidatingPolicy => ({ matchConditions: [], variables: [], validations: [], failurePolicy: 'Fail', ...overrides });
  const request = (object: unknown) => ({ request: { operation: 'CREATE', object, oldObject: null }, params: null });

  it('denies with the message, the messageExpression, or the failed expression', () => {
    const v = 'object.spec.privileged != true';
    assert.deepEqual(decideCelPolicy(policy({ validations: [{ expression: v }] }), request({ spec: { privileged: true } })), { outcome: 'denied', message: `failed expression: ${v}` });
    assert.deepEqual(decideCelPolicy(policy({ validations: [{ expression: v, message: 'no' }] }), request({ spec: { privileged: true } })), { outcome: 'denied', message: 'no' });
    assert.deepEqual(
      decideCelPolicy(policy({ validations: [{ expression: v, message: 'no', messageExpression: '"name " + object.spec.name' }] }), request({ spec: { privileged: true, name: 'x' } })),
      { outcome: 'denied', message: 'name x' },
    );
    assert.deepEqual(decideCelPolicy(policy({ validations: [{ expression: v }] }), request({ spec: { privileged: false } })), { outcome: 'admitted' });
    // A missing key is an error, as in the apiserver: failurePolicy Fail denies.
    assert.match((decideCelPolicy(policy({ validations: [{ expression: v }] }), request({ spec: {} })) as { message: string }).message, /No such key: privileged/);
  });

  it('skips the policy when a match condition is false, even if another errors', () => {
    const p = policy({ matchConditions: [{ name: 'a', expression: 'object.nope' }, { name: 'b', expression: 'false' }], validations: [{ expression: 'false' }] });
    assert.deepEqual(decideCelPolicy(p, request({})), { outcome: 'admitted' });
  });

  it('applies the failure policy to errors', () => {
    const erroring = { validations: [{ expression: 'object.nope == 1' }] };
    assert.equal(decideCelPolicy(policy({ ...erroring, failurePolicy: 'Fail' }), request({})).outcome, 'denied');
    assert.equal(decideCelPolicy(policy({ ...erroring, failurePolicy: 'Ignore' }), request({})).outcome, 'admitted');
    assert.equal(decideCelPolicy(policy({ ...erroring, failurePolicy: 'unknown' }), request({})).outcome, 'not-evaluated');
    assert.equal(decideCelPolicy(policy({ matchConditions: [{ name: 'x', expression: 'object.nope' }], validations: [{ expression: 'false' }], failurePolicy: 'Ignore' }), request({})).outcome, 'admitted');
  });

  it('evaluates variables lazily, once, and lets a denial win over an unknown', () => {
    const p = policy({
      variables: [
        { name: 'unused', expression: 'object.nope' },
        { name: 'priv', expression: 'object.spec.privileged == true' },
        { name: 'ns', expression: 'namespaceObject.metadata.name' },
      ],
      validations: [{ expression: 'variables.ns == "x"' }, { expression: '!variables.priv', message: 'privileged' }],
    });
    assert.deepEqual(decideCelPolicy(p, request({ spec: { privileged: true } })), { outcome: 'denied', message: 'privileged' });
    const unknown = decideCelPolicy(p, request({ spec: {} }));
    assert.equal(unknown.outcome, 'not-evaluated');
  });

  it('gives the request, the old object and the parameters', () => {
    const p = policy({ validations: [{ expression: 'request.operation == "UPDATE" && oldObject.a == 1 && params.max == 2 && request.userInfo.username == "u"' }] });
    assert.deepEqual(decideCelPolicy(p, { request: { operation: 'UPDATE', object: {}, oldObject: { a: 1 }, userInfo: { username: 'u' } }, params: { max: 2 } }), { outcome: 'admitted' });
  });
});

describe('CEL regular expressions run RE2', () => {
  it('a hostile pattern ends at once in matches, find and findAll', { timeout: 20_000 }, () => {
    const data = { s: `${'a'.repeat(30)}!` };
    assert.equal(value('s.matches("(a+)+$")', data), false);
    assert.equal(value('[s].exists(x, x.matches("^(a|aa)*$"))', data), false);
    assert.equal(value('s.find("(a*)*b")', data), '');
    assert.deepEqual(value('s.findAll("(a+)+b")', data), []);
    assert.equal(value('s.matches(p)', { ...data, p: '(a+)+$' }), false);
  });
  it('a pattern RE2 rejects (lookahead, backreference) is unknown, not a verdict', () => {
    for (const expression of ['"ab".matches("a(?=b)")', '"aa".find("(a)\\\\1")', '"aa".findAll("(?<=a)a")']) {
      const outcome = value(expression) as { kind: string; reason: string };
      assert.equal(outcome.kind, 'unknown', expression);
      assert.match(outcome.reason, /RE2 rejects/, expression);
    }
  });
  it('the internal RE2 overload is not callable by name', () => {
    assert.equal((value('"a".matchesRe2("a")') as { kind: string }).kind, 'error');
  });
});
