import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OPERATORS, anchorOf, decideKyvernoRule, goReplace, imageInfo, numberOf, scalarMatches, wildcardMatch } from '../../../src/analyze/evaluate/kyverno-evaluate.ts';

const pod = (container: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx:1.25', ...container }], ...extra } });
const create = (object: unknown) => ({ operation: 'CREATE', object, oldObject: null, userInfo: { username: 'system:serviceaccount:team:deployer' } });
const outcome = (rule: Record<string, unknown>, request: Record<string, unknown>) => decideKyvernoRule({ name: 'r', ...rule }, request).outcome;
const validate = (block: Record<string, unknown>) => ({ validate: { message: 'nope', ...block } });

describe('Kyverno scalar patterns (pkg/engine/pattern)', () => {
  const cases: [unknown, unknown, boolean][] = [
    ['*', 'anything', true],
    ['?*', '', false],
    ['?*', 'x', true],
    ['nginx:*', 'nginx:1.25', true],
    ['!*:latest', 'nginx:latest', false],
    ['!*:latest', 'nginx:1', true],
    ['a | b', 'b', true],
    ['>1 & <5', 3, true],
    ['>=10', 9, false],
    ['<=1Gi', '512Mi', true],
    ['1-5', 3, true],
    ['!1-5', 3, false],
    [false, false, true],
    [false, 'false', true],
    ['false', false, true],
    [0, 0, true],
    [0, 1, false],
    [null, undefined, true],
    ['', '', true],
  ];
  for (const [pattern, value, expected] of cases) it(`${JSON.stringify(pattern)} against ${JSON.stringify(value)}`, () => assert.equal(scalarMatches(pattern, value), expected));
  it('reads quantities and durations', () => {
    assert.deepEqual([numberOf('1Ki'), numberOf('100m'), numberOf('1h30m'), numberOf('x')], [1024, 0.1, 5400, undefined]);
    assert.ok(wildcardMatch('a?c', 'abc') && !wildcardMatch('a?c', 'abbc'));
  });
});

describe('Kyverno anchors', () => {
  it('names every anchor', () => {
    assert.deepEqual(['(a)', '<(a)', '=(a)', '^(a)', 'X(a)', '+(a)', 'a'].map((k) => anchorOf(k).anchor), ['condition', 'global', 'equality', 'existence', 'negation', 'add', 'none']);
  });
  const privileged = { pattern: { spec: { containers: [{ '=(securityContext)': { '=(privileged)': 'false' } }] } } };
  it('equality: checked only when present', () => {
    assert.equal(outcome(validate(privileged), create(pod({}))), 'admitted');
    assert.equal(outcome(validate(privileged), create(pod({ securityContext: { privileged: true } }))), 'denied');
    assert.equal(outcome(validate(privileged), create(pod({ securityContext: { privileged: false } }))), 'admitted');
  });
  it('plain key: required', () => {
    const rule = validate({ pattern: { spec: { containers: [{ securityContext: { runAsNonRoot: true } }] } } });
    assert.equal(outcome(rule, create(pod({}))), 'denied');
    assert.equal(outcome(rule, create(pod({ securityContext: { runAsNonRoot: true } }))), 'admitted');
  });
  it('conditional: skips the map when the condition does not match', () => {
    const rule = validate({ pattern: { spec: { containers: [{ '(image)': '*:latest', imagePullPolicy: 'Always' }] } } });
    assert.equal(outcome(rule, create(pod({ image: 'nginx:latest' }))), 'denied');
    assert.equal(outcome(rule, create(pod({ image: 'nginx:latest', imagePullPolicy: 'Always' }))), 'admitted');
    assert.equal(outcome(rule, create(pod({ image: 'nginx:1' }))), 'admitted');
  });
  it('global: a false condition skips the whole rule', () => {
    const rule = validate({ pattern: { spec: { '<(hostNetwork)': true, containers: [{ securityContext: { privileged: false } }] } } });
    assert.equal(outcome(rule, create(pod({}))), 'admitted');
    assert.equal(outcome(rule, create(pod({}, { hostNetwork: true }))), 'denied');
  });
  it('negation: the key must be absent', () => {
    const rule = validate({ pattern: { spec: { 'X(hostPID)': 'null' } } });
    assert.equal(outcome(rule, create(pod({}))), 'admitted');
    assert.equal(outcome(rule, create(pod({}, { hostPID: false }))), 'denied');
  });
  it('existence: at least one element matches', () => {
    const rule = validate({ pattern: { spec: { '^(containers)': [{ name: 'sidecar' }] } } });
    assert.equal(outcome(rule, create(pod({}))), 'denied');
    assert.equal(outcome(rule, create(pod({ name: 'sidecar' }))), 'admitted');
  });
  it('anyPattern: one alternative is enough', () => {
    const rule = validate({ anyPattern: [{ spec: { securityContext: { runAsNonRoot: true } } }, { spec: { containers: [{ securityContext: { runAsNonRoot: true } }] } }] });
    assert.equal(outcome(rule, create(pod({}, { securityContext: { runAsNonRoot: true } }))), 'admitted');
    assert.equal(outcome(rule, create(pod({}))), 'denied');
  });
});

describe('Kyverno conditions, variables and foreach', () => {
  const cases: [string, unknown, unknown, boolean][] = [
    ['Equals', 'a', 'a', true],
    ['Equals', 'abc', 'a*', true],
    ['NotEquals', 'a', 'b', true],
    ['In', 'a', ['a', 'b'], true],
    ['NotIn', 'c', ['a', 'b'], true],
    ['AnyIn', ['a', 'x'], ['a', 'b'], true],
    ['AllIn', ['a', 'x'], ['a', 'b'], false],
    ['AnyNotIn', ['a', 'x'], ['a', 'b'], true],
    ['AllNotIn', ['x', 'y'], ['a', 'b'], true],
    ['GreaterThan', 3, 2, true],
    ['GreaterThanOrEquals', '1Gi', '1024Mi', true],
    ['LessThan', '1m', '2m', true],
    ['LessThanOrEquals', 2, 2, true],
    ['DurationGreaterThan', '2h', '90m', true],
  ];
  for (const [operator, key, value, expected] of cases) it(`${operator} ${JSON.stringify(key)} ${JSON.stringify(value)}`, () => assert.equal(OPERATORS[operator]!(key, value), expected));

  it('deny.conditions with request variables, any and all', () => {
    const rule = validate({ deny: { conditions: { any: [{ key: '{{ request.object.spec.containers[].securityContext.privileged }}', operator: 'AnyIn', value: [true] }] } } });
    assert.equal(outcome(rule, create(pod({ securityContext: { privileged: true } }))), 'denied');
    assert.equal(outcome(rule, create(pod({ securityContext: { privileged: false } }))), 'admitted');
  });

  it('preconditions skip the rule; request.operation is there to test', () => {
    const rule = { preconditions: { all: [{ key: '{{ request.operation }}', operator: 'Equals', value: 'CREATE' }] }, ...validate({ deny: {} }) };
    assert.equal(outcome(rule, create(pod({}))), 'denied');
    assert.equal(outcome(rule, { ...create(pod({})), operation: 'UPDATE', oldObject: pod({}) }), 'admitted');
  });

  it('foreach over a JMESPath list, with element, nested foreach and preconditions', () => {
    const rule = validate({
      foreach: [
        {
          list: 'request.object.spec.[ephemeralContainers, initContainers, containers][]',
          preconditions: { all: [{ key: '{{ element.name }}', operator: 'NotEquals', value: 'skip-me' }] },
          foreach: [{ list: 'element.securityContext.capabilities.add || `[]`', deny: { conditions: { any: [{ key: '{{ element }}', operator: 'Equals', value: 'SYS_ADMIN' }] } } }],
        },
      ],
    });
    assert.equal(outcome(rule, create(pod({ securityContext: { capabilities: { add: ['SYS_ADMIN'] } } }))), 'denied');
    assert.equal(outcome(rule, create(pod({ name: 'skip-me', securityContext: { capabilities: { add: ['SYS_ADMIN'] } } }))), 'admitted');
    assert.equal(outcome(rule, create(pod({ securityContext: { capabilities: { add: ['NET_BIND_SERVICE'] } } }))), 'admitted');
  });

  it('context variables with literal values and JMESPath; the cluster\'s are not evaluated', () => {
    const literal = { context: [{ name: 'banned', variable: { value: ['nginx:1.25'] } }], ...validate({ deny: { conditions: { any: [{ key: '{{ request.object.spec.containers[].image }}', operator: 'AnyIn', value: '{{ banned }}' }] } } }) };
    assert.equal(outcome(literal, create(pod({}))), 'denied');
    const cluster = { context: [{ name: 'cm', configMap: { name: 'x', namespace: 'y' } }], ...validate({ deny: { conditions: { any: [{ key: '{{ cm.data.x }}', operator: 'Equals', value: 'y' }] } } }) };
    assert.equal(outcome(cluster, create(pod({}))), 'not-evaluated');
  });

  it('serviceAccountName, images and Kyverno functions', () => {
    const rule = validate({ deny: { conditions: { all: [{ key: '{{ serviceAccountName }}', operator: 'Equals', value: 'deployer' }, { key: "{{ images.containers.c.registry }}", operator: 'Equals', value: 'docker.io' }, { key: "{{ to_upper('a') }}", operator: 'Equals', value: 'A' }] } } });
    assert.equal(outcome(rule, create(pod({}))), 'denied');
    assert.deepEqual(imageInfo('ghcr.io/org/app:v1@sha256:abc'), { registry: 'ghcr.io', path: 'org/app', name: 'app', tag: 'v1', digest: 'sha256:abc', reference: 'ghcr.io/org/app:v1@sha256:abc', referenceWithTag: 'ghcr.io/org/app:v1' });
    assert.equal(imageInfo('nginx').tag, 'latest');
  });

  it('substitutes the message, and a variable that does not resolve is not evaluated', () => {
    const rule = { name: 'r', validate: { message: 'pod {{ request.object.metadata.name }} is privileged', deny: {} } };
    assert.deepEqual(decideKyvernoRule(rule, create(pod({}))), { outcome: 'denied', message: 'validation error: pod web is privileged. rule r failed at path /' });
    assert.equal(outcome(validate({ deny: { conditions: [{ key: '{{ request.object.nope }}', operator: 'Equals', value: 'x' }] } }), create(pod({}))), 'not-evaluated');
  });

  it('substitutes nested variables innermost first', () => {
    const rule = validate({
      foreach: [{ list: 'request.object.spec.volumes[?hostPath][]', deny: { conditions: { any: [{ key: "{{ request.object.spec.containers[].volumeMounts[?name == '{{element.name}}'][] | length(@) }}", operator: 'NotEquals', value: "{{ request.object.spec.containers[].volumeMounts[?name == '{{element.name}}' && readOnly][] | length(@) }}" }] } } }],
    });
    const volumes = { volumes: [{ name: 'h', hostPath: { path: '/' } }] };
    assert.equal(outcome(rule, create(pod({ volumeMounts: [{ name: 'h', mountPath: '/h' }] }, volumes))), 'denied');
    assert.equal(outcome(rule, create(pod({ volumeMounts: [{ name: 'h', mountPath: '/h', readOnly: true }] }, volumes))), 'admitted');
  });

  it('allows an existing violation on UPDATE (allowExistingViolations)', () => {
    const rule = validate({ pattern: { spec: { 'X(hostPID)': 'null' } } });
    const old = pod({}, { hostPID: true });
    assert.equal(outcome(rule, { operation: 'UPDATE', object: old, oldObject: old }), 'admitted');
    assert.equal(outcome({ validate: { ...rule.validate, allowExistingViolations: false } }, { operation: 'UPDATE', object: old, oldObject: old }), 'denied');
  });

  it('does not evaluate podSecurity and evaluates validate.cel with the CEL evaluator', () => {
    assert.equal(outcome(validate({ podSecurity: { level: 'baseline' } }), create(pod({}))), 'not-evaluated');
    assert.equal(outcome(validate({ cel: { expressions: [{ expression: "object.spec.containers.all(c, c.image != 'nginx:1.25')", message: 'no' }] } }), create(pod({}))), 'denied');
  });

  it('bounds a hostile pattern', () => {
    let deep: Record<string, unknown> = { x: 1 };
    for (let i = 0; i < 5000; i++) deep = { a: deep };
    assert.equal(outcome(validate({ pattern: deep }), create(pod({}))), 'not-evaluated');
    const wide = Array.from({ length: 6 }, () => 'request.object.spec.containers');
    const nested = wide.reduceRight<Record<string, unknown>>((inner, list) => ({ foreach: [{ list, ...inner }] }), { deny: {} });
    assert.equal(outcome(validate(nested), create(pod({}))), 'not-evaluated');
  });
});

describe('Kyverno regex functions run RE2', () => {
  const deny = (key: string, value: unknown) => validate({ deny: { conditions: { all: [{ key, operator: 'Equals', value }] } } });
  it('a hostile pattern ends at once', { timeout: 20_000 }, () => {
    const request = create(pod({ image: `${'a'.repeat(30)}!` }));
    assert.equal(outcome(deny("{{ regex_match('(a+)+$', request.object.spec.containers[0].image) }}", false), request), 'denied');
    assert.equal(outcome(deny("{{ regex_replace_all('(a+)+b', request.object.spec.containers[0].image, 'x') }}", `${'a'.repeat(30)}!`), request), 'denied');
  });
  it('replaces with Go templates and refuses what RE2 rejects', () => {
    assert.equal(outcome(deny("{{ regex_replace_all('n(gi)nx', 'nginx', '$1-') }}", 'gi-'), create(pod({}))), 'denied');
    assert.equal(outcome(deny("{{ regex_match('(?i)^NGINX', 'nginx') }}", true), create(pod({}))), 'denied');
    const lookahead = outcome(deny("{{ regex_match('n(?=g)', 'nginx') }}", true), create(pod({})));
    assert.notEqual(lookahead, 'denied');
    assert.notEqual(lookahead, 'admitted');
  });
});

describe("Kyverno replace and replace_all are Go's strings.Replace", () => {
  const cases: [string, string, string, number, string][] = [
    ['aaa', 'a', 'b', -1, 'bbb'],
    ['aaa', 'a', 'b', 2, 'bba'],
    ['abc', 'b', '', 0, 'abc'],
    // One pass: replaced text is not searched again.
    ['aa', 'a', 'aa', 5, 'aaaa'],
    // `$&` and `$1` are literal in Go.
    ['a.a', 'a', '$&', 1, '$&.a'],
    ['a.a', '.', '$1', -1, 'a$1a'],
    // An empty old string matches before every character and at the end.
    ['abc', '', '-', -1, '-a-b-c-'],
    ['abc', '', '-', 2, '-a-bc'],
    ['abc', 'x', 'y', -1, 'abc'],
  ];
  for (const [text, from, to, n, expected] of cases) {
    it(`Replace(${JSON.stringify(text)}, ${JSON.stringify(from)}, ${JSON.stringify(to)}, ${n}) = ${JSON.stringify(expected)}`, () => {
      assert.equal(goReplace(text, from, to, n), expected);
    });
  }
});
