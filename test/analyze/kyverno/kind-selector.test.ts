import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  EPHEMERAL_REQUEST,
  POD_REQUEST,
  parseKindSelector,
  selectorMatches,
  wildcardMatch,
} from '../../../src/analyze/kyverno/index.ts';

describe('parseKindSelector (Kyverno ParseKindSelector)', () => {
  const cases: [string, [string, string, string, string] | null][] = [
    ['Pod', ['*', '*', 'Pod', '']],
    ['v1/Pod', ['*', 'v1', 'Pod', '']],
    ['*/Pod', ['*', '*', 'Pod', '']],
    ['*/*', ['*', '*', '*', '*']],
    ['*/ephemeralcontainers', ['*', '*', '*', 'ephemeralcontainers']],
    ['Pod/ephemeralcontainers', ['*', '*', 'Pod', 'ephemeralcontainers']],
    ['v1/Pod/ephemeralcontainers', ['*', 'v1', 'Pod', 'ephemeralcontainers']],
    ['apps/v1/Deployment', ['apps', 'v1', 'Deployment', '']],
    ['apps/v1beta1/Deployment/scale', ['apps', 'v1beta1', 'Deployment', 'scale']],
    ['Pod.status', ['*', '*', 'Pod', 'status']],
    ['a/b/c/d/e', null],
  ];
  for (const [input, expected] of cases) {
    it(input, () => {
      const parsed = parseKindSelector(input);
      assert.deepEqual(parsed && [parsed.group, parsed.version, parsed.kind, parsed.subresource], expected);
    });
  }
});

describe('selectorMatches', () => {
  const table: [string, boolean, boolean, boolean][] = [
    // selector, matches Pod, matches the subresource (policy matching), matches it without the Pod rule
    ['Pod', true, true, false],
    ['v1/Pod', true, true, false],
    ['apps/v1/Pod', false, false, false],
    ['v2/Pod', false, false, false],
    ['Pod/ephemeralcontainers', false, true, true],
    ['Pod/*', true, true, true],
    ['*', true, true, false],
    ['P?d', true, true, false],
    ['Deployment', false, false, false],
    ['*/ephemeralcontainers', false, true, true],
    // CheckKind lets any selector whose kind is Pod through for the subresource, whatever subresource it names.
    ['Pod/status', false, true, false],
  ];
  for (const [selector, pod, sub, explicit] of table) {
    it(selector, () => {
      const parsed = parseKindSelector(selector)!;
      assert.equal(selectorMatches(parsed, POD_REQUEST, true), pod);
      assert.equal(selectorMatches(parsed, EPHEMERAL_REQUEST, true), sub);
      assert.equal(selectorMatches(parsed, EPHEMERAL_REQUEST, false), explicit);
    });
  }
});

describe('wildcardMatch', () => {
  it('matches * and ? in linear time', () => {
    assert.equal(wildcardMatch('*', ''), true);
    assert.equal(wildcardMatch('', 'x'), false);
    assert.equal(wildcardMatch('a*b*c', 'axxbyyc'), true);
    assert.equal(wildcardMatch('a*b*c', 'axxbyy'), false);
    const start = performance.now();
    assert.equal(wildcardMatch('*a*a*a*a*a*a*a*b', 'a'.repeat(20000)), false);
    assert.ok(performance.now() - start < 1000);
  });
});
