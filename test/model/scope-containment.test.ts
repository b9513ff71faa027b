import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { namespaceFilter, type ScopeCondition } from '../../src/model/policy-scope.ts';
import { scopeContainment, scopeContains } from '../../src/model/scope-containment.ts';

const selector = (...expressions: { key: string; operator: string; values?: string[] }[]): ScopeCondition => ({
  kind: 'namespaces',
  filter: namespaceFilter(undefined, undefined, { matchExpressions: expressions }, 'test'),
});
const names = (list: string[], excluded?: string[]): ScopeCondition => ({ kind: 'namespaces', filter: namespaceFilter(list, excluded, undefined, 'test') });
const excluding = (list: string[]): ScopeCondition => ({ kind: 'namespaces', filter: namespaceFilter(undefined, list, undefined, 'test') });
const EVERYWHERE: ScopeCondition = { kind: 'everywhere' };

describe('scopeContains: wherever inner applies, outer applies', () => {
  const cases: [string, ScopeCondition, ScopeCondition, boolean][] = [
    ['everywhere contains a selector', EVERYWHERE, selector({ key: 'a', operator: 'In', values: ['x'] }), true],
    ['a selector does not contain everywhere', selector({ key: 'a', operator: 'In', values: ['x'] }), EVERYWHERE, false],
    ['In a wider set', selector({ key: 'a', operator: 'In', values: ['x', 'y'] }), selector({ key: 'a', operator: 'In', values: ['x'] }), true],
    ['In a narrower set', selector({ key: 'a', operator: 'In', values: ['x'] }), selector({ key: 'a', operator: 'In', values: ['x', 'y'] }), false],
    ['NotIn implied by In of other values', selector({ key: 'a', operator: 'NotIn', values: ['off'] }), selector({ key: 'a', operator: 'In', values: ['on'] }), true],
    ['NotIn of another key is not implied', selector({ key: 'b', operator: 'NotIn', values: ['off'] }), selector({ key: 'a', operator: 'NotIn', values: ['off'] }), false],
    ['Exists implied by In', selector({ key: 'a', operator: 'Exists' }), selector({ key: 'a', operator: 'In', values: ['x'] }), true],
    ['literal names inside a wildcard', names(['team-*']), names(['team-a', 'team-b']), true],
    ['a wildcard not inside literal names', names(['team-a']), names(['team-*']), false],
    ['an exclusion inner shares', excluding(['kube-system']), { kind: 'all', of: [excluding(['kube-system', 'gatekeeper-system']), selector({ key: 'a', operator: 'Exists' })] }, true],
    ['an exclusion inner does not share', excluding(['kube-system']), EVERYWHERE, false],
    ['an exclusion outside inner names', excluding(['kube-system']), names(['shop']), true],
    ['own namespace in the same names', names(['shop']), { kind: 'own-namespace', namespace: 'shop', owner: 'x' }, true],
    ['unknown is never contained, nor contains', { kind: 'unknown', why: 'x' }, { kind: 'unknown', why: 'x' }, false],
    ['everything contains unknown only as everywhere', EVERYWHERE, { kind: 'unknown', why: 'x' }, true],
    [
      'each alternative of inner inside some alternative of outer',
      { kind: 'any', of: [selector({ key: 'a', operator: 'In', values: ['x', 'y'] }), names(['shop'])] },
      { kind: 'any', of: [selector({ key: 'a', operator: 'In', values: ['x'] }), names(['shop'])] },
      true,
    ],
    [
      'one alternative of inner outside outer',
      { kind: 'any', of: [selector({ key: 'a', operator: 'In', values: ['x'] })] },
      { kind: 'any', of: [selector({ key: 'a', operator: 'In', values: ['x'] }), selector({ key: 'b', operator: 'In', values: ['x'] })] },
      false,
    ],
    ['no alternative at all (nowhere) is inside anything', selector({ key: 'a', operator: 'Exists' }), { kind: 'any', of: [] }, true],
    [
      'the same requester filter',
      { kind: 'requester', filter: { groups: [] } },
      { kind: 'all', of: [{ kind: 'requester', filter: { groups: [] } }, selector({ key: 'a', operator: 'Exists' })] },
      true,
    ],
  ];
  for (const [name, outer, inner, expected] of cases) it(name, () => assert.equal(scopeContains(outer, inner), expected));

  /**
   * Property: the memoized form answers every pair as scopeContains does, whichever pair it saw
   * first, with conditions rebuilt (new objects, other owners) between calls.
   */
  it('answers as scopeContains when it decides each pair once (scopeContainment)', () => {
    const conditions = (owner: string): ScopeCondition[] => [
      ...cases.flatMap(([, outer, inner]) => [outer, inner]),
      { kind: 'namespaces', filter: namespaceFilter(['team-*'], ['team-x'], undefined, owner) },
      { kind: 'not', of: names(['shop']), why: owner },
    ];
    const contains = scopeContainment();
    let seed = 11;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor(seed / 65536) % n;
    };
    for (let round = 0; round < 2000; round++) {
      const list = conditions(`owner-${random(3)}`);
      const outer = list[random(list.length)]!;
      const inner = list[random(list.length)]!;
      assert.equal(contains(outer, inner), scopeContains(outer, inner));
    }
  });

  it('many alternatives end in "not proved", never a hang', () => {
    const alternatives = (key: string): ScopeCondition => ({ kind: 'any', of: Array.from({ length: 12 }, (_, i) => selector({ key, operator: 'In', values: [String(i)] })) });
    const inner: ScopeCondition = { kind: 'all', of: ['a', 'b', 'c', 'd', 'e', 'f'].map(alternatives) };
    const started = Date.now();
    assert.equal(scopeContains(selector({ key: 'z', operator: 'Exists' }), inner), false);
    assert.ok(Date.now() - started < 2000);
  });
});
