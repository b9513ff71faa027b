import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Re2SyntaxError, re2Find, re2FindAll, re2ReplaceAll, re2Split, re2Test, re2Valid } from '../../src/model/re2.ts';

// Expected values are Go's regexp (the package documentation's examples and its find/split tests).
describe('policy regular expressions run as Go regexp (RE2)', () => {
  it('matches in linear time: nested quantifiers that backtrack exponentially in JavaScript end at once', { timeout: 20_000 }, () => {
    const input = `${'a'.repeat(30)}!`;
    assert.equal(re2Test('(a+)+$', input), false);
    assert.equal(re2Test('^(a|aa)*$', input), false);
    assert.equal(re2Test('^(\\w+\\s?)*$', input), false);
    assert.deepEqual(re2FindAll('(a*)*b', input, -1), []);
    assert.equal(re2ReplaceAll('(a+)+$', input, 'x'), input);
    assert.deepEqual(re2Split('(a+)+b', input), [input]);
  });

  it('rejects what RE2 does not have, though JavaScript accepts it', () => {
    for (const pattern of ['(?=a)', '(?!a)', '(?<=a)b', '(?<!a)b', '(a)\\1', '\\u0041', 'a{1001}']) {
      assert.equal(re2Valid(pattern), false, pattern);
      assert.throws(() => re2Test(pattern, 'a'), Re2SyntaxError, pattern);
    }
  });

  it('accepts RE2 syntax JavaScript lacks', () => {
    for (const pattern of ['(?i)abc', '(?s).', '\\pL', '\\p{Greek}', '[[:alpha:]]', '\\x{41}', '\\z', '(?P<n>a)', '(?<n>a)', '\\Qa.b\\E']) assert.equal(re2Valid(pattern), true, pattern);
    assert.equal(re2Test('(?i)^ABC$', 'abc'), true);
    assert.equal(re2Test('^\\Qa.b\\E$', 'a.b'), true);
    assert.equal(re2Test('^\\Qa.b\\E$', 'axb'), false);
    assert.equal(re2Test('^[[:digit:]]+\\z', '123'), true);
  });

  it('matches unanchored, with . not crossing a newline and ^ $ at the text ends (Go defaults)', () => {
    assert.equal(re2Test('b+', 'abbbc'), true);
    assert.equal(re2Test('^a.c$', 'a\nc'), false);
    assert.equal(re2Test('^a$', 'x\na'), false);
    assert.equal(re2Test('(?m)^a$', 'x\na'), true);
  });

  it('finds, splits and replaces as Go does around empty matches', () => {
    assert.equal(re2Find('b+', 'abbbc'), 'bbb');
    assert.equal(re2Find('x', 'abc'), '');
    assert.deepEqual(re2FindAll('a*', 'baaac', -1), ['', 'aaa', '']);
    assert.deepEqual(re2FindAll('[0-9]+', 'a1b22c333', 2), ['1', '22']);
    assert.deepEqual(re2FindAll('.', '😀a', -1), ['😀', 'a']);
    assert.deepEqual(re2Split('a*', 'abaabaccadaaae'), ['', 'b', 'b', 'c', 'c', 'd', 'e']);
    assert.deepEqual(re2Split(',', 'a,b,,c'), ['a', 'b', '', 'c']);
    assert.deepEqual(re2Split(',', ''), ['']);
    assert.equal(re2ReplaceAll('a(x*)b', '-ab-axxb-', '${1}W'), '-W-xxW-');
    assert.equal(re2ReplaceAll('a(x*)b', '-ab-axxb-', '$1W'), '---');
    assert.equal(re2ReplaceAll('a(?P<n>x*)b', '-ab-axxb-', '<$n>'), '-<>-<xx>-');
    assert.equal(re2ReplaceAll('x*', 'abc', '-'), '-a-b-c-');
    assert.equal(re2ReplaceAll('a', 'aa', '$$'), '$$');
  });
});
