import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { GlobSyntaxError, globMatches } from '../../src/model/glob.ts';

/** The regular-expression translation the evaluator used before: exact, but exponential on many stars. */
const reference = (pattern: string, delimiters: string[], name: string): boolean => {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const delims = delimiters.length === 0 ? '.' : delimiters.map(escape).join('');
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        out += '.*';
        i++;
      } else out += `[^${delims}]*`;
    } else if (c === '?') out += `[^${delims}]`;
    else if (c === '{') {
      const end = pattern.indexOf('}', i);
      out += `(?:${pattern.slice(i + 1, end).split(',').map(escape).join('|')})`;
      i = end;
    } else if (c === '[') {
      const end = pattern.indexOf(']', i);
      out += `[${pattern.slice(i + 1, end).replace(/^!/, '^')}]`;
      i = end;
    } else out += escape(c);
  }
  return new RegExp(`^${out}$`, 's').test(name);
};

const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

describe('globMatches (Rego glob.match)', () => {
  it('agrees with the regular-expression reading on 20,000 random small patterns and names', () => {
    const next = random(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const pieces = ['a', 'b', '.', ':', '*', '**', '?', '{a,b}', '{ab,,.}', '[a-b]', '[!a]', '[^.]', '[]'];
    for (let round = 0; round < 20_000; round++) {
      const pattern = Array.from({ length: Math.floor(next() * 5) }, () => pick(pieces)).join('');
      const name = Array.from({ length: Math.floor(next() * 6) }, () => pick(['a', 'b', '.', ':'])).join('');
      const delimiters = pick([[], ['.'], [':'], ['.', ':']]);
      assert.equal(globMatches(pattern, delimiters, name), reference(pattern, delimiters, name), `${JSON.stringify(pattern)} ${JSON.stringify(delimiters)} ${JSON.stringify(name)}`);
    }
  });

  it('stays linear on a pull request\'s many stars, and names an unclosed brace or class', () => {
    const started = performance.now();
    assert.equal(globMatches(`${'*a'.repeat(200)}*b`, [], 'a'.repeat(5000)), false);
    assert.equal(globMatches(`${'**a'.repeat(200)}`, [], 'a'.repeat(5000)), true);
    assert.ok(performance.now() - started < 5000, `${performance.now() - started} ms`);
    assert.throws(() => globMatches('{a', [], 'a'), (error: unknown) => error instanceof GlobSyntaxError && error.message === 'unclosed {');
    assert.throws(() => globMatches('[a', [], 'a'), (error: unknown) => error instanceof GlobSyntaxError && error.message === 'unclosed [');
  });
});
