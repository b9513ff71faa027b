import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wildcard, wildcardMatches } from '../../src/model/wildcard.ts';

/** The reference meaning: `*` any run, `?` one character, everything else literal. */
const reference = (pattern: string, name: string): boolean => {
  // Dynamic programming over (pattern index, name index): exact, and small inputs only.
  const table: boolean[][] = Array.from({ length: pattern.length + 1 }, () => new Array<boolean>(name.length + 1).fill(false));
  table[pattern.length]![name.length] = true;
  for (let p = pattern.length - 1; p >= 0; p -= 1) {
    for (let n = name.length; n >= 0; n -= 1) {
      const c = pattern[p];
      table[p]![n] = c === '*' ? table[p + 1]![n]! || (n < name.length && table[p]![n + 1]!) : n < name.length && (c === '?' || c === name[n]) && table[p + 1]![n + 1]!;
    }
  }
  return table[0]![0]!;
};

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
const random = (seed: number): (() => number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

describe('wildcards', () => {
  it('matches literally, with * for any run and ? for one character', () => {
    assert.equal(wildcardMatches('kube-system', 'kube-system'), true);
    assert.equal(wildcardMatches('kube-*', 'kube-system'), true);
    assert.equal(wildcardMatches('kube-*', 'kube-'), true);
    assert.equal(wildcardMatches('kube-*', 'kub'), false);
    assert.equal(wildcardMatches('*-system', 'kube-system'), true);
    assert.equal(wildcardMatches('team-?', 'team-a'), true);
    assert.equal(wildcardMatches('team-?', 'team-ab'), false);
    assert.equal(wildcardMatches('a.b', 'axb'), false, 'a dot is a dot, not a regular-expression wildcard');
    assert.equal(wildcardMatches('(a|b)', 'a'), false);
    assert.equal(wildcardMatches('*', ''), true);
    assert.equal(wildcardMatches('a*b*a', 'aba'), true);
    assert.equal(wildcardMatches('a*b*a', 'ab'), false, 'the suffix may not overlap the prefix');
  });

  it('agrees with the reference meaning on 20,000 random patterns and names', () => {
    const next = random(20);
    const pick = (alphabet: string, max: number): string => {
      let out = '';
      for (let i = Math.floor(next() * (max + 1)); i > 0; i -= 1) out += alphabet[Math.floor(next() * alphabet.length)];
      return out;
    };
    for (let i = 0; i < 20_000; i += 1) {
      const pattern = pick('ab*?', 7);
      const name = pick('ab', 8);
      assert.equal(wildcard(pattern).matches(name), reference(pattern, name), `${JSON.stringify(pattern)} against ${JSON.stringify(name)}`);
    }
  });

  it('stays within name length × pattern length steps on a hostile pattern', () => {
    // A regular expression built from this pattern (`.*` per star) backtracks exponentially:
    // 7 stars took 73 s. Count comparisons instead of timing them.
    for (const stars of [7, 8, 20]) {
      const pattern = `${'*a'.repeat(stars)}*b*`;
      const name = 'a'.repeat(5_000);
      const steps = { count: 0 };
      assert.equal(wildcard(pattern).matches(name, steps), false);
      assert.ok(steps.count <= 2 * name.length + pattern.length, `${stars} stars: ${steps.count} steps, not linear`);
    }
    const pattern = `*${'a'.repeat(30)}b*`;
    const name = 'a'.repeat(5_000);
    const steps = { count: 0 };
    assert.equal(wildcard(pattern).matches(name, steps), false);
    assert.ok(steps.count <= name.length * pattern.length, `a long segment took ${steps.count} steps`);
  });
});
