import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { braceExpansions, globCostProblem } from '../../src/discover/glob-limits.ts';
import { validateGlob } from '../../src/config/resolve.ts';

describe('glob limits', () => {
  it('counts brace expansions: alternatives add, sequences multiply, ranges count, escapes are text', () => {
    assert.equal(braceExpansions('**/*.yaml'), 1);
    assert.equal(braceExpansions('**/*.{yaml,yml,json,rego}'), 4);
    assert.equal(braceExpansions('{a,b}/{c,d,e}'), 6);
    assert.equal(braceExpansions('{a,{b,c}}'), 3);
    assert.equal(braceExpansions('{a,b{c,d}}'), 3);
    assert.equal(braceExpansions('{1..9}'), 9);
    assert.equal(braceExpansions('{a..z}'), 26);
    assert.equal(braceExpansions('{0..100..10}'), 11);
    assert.equal(braceExpansions('\\{a,b\\}'), 1);
    assert.equal(braceExpansions('{a,b}'.repeat(8)), 256);
  });

  it('stops counting just past the limit, however large the expansion', () => {
    const started = Date.now();
    assert.equal(braceExpansions('{a,b}'.repeat(10_000)), 257);
    assert.equal(braceExpansions('{1..100000000}'), 257);
    assert.ok(Date.now() - started < 1000);
  });

  it('refuses what passes the limits with a UserError naming the glob', () => {
    assert.equal(globCostProblem('{a,b}'.repeat(8)), undefined);
    assert.throws(() => validateGlob('{a,b}'.repeat(9)), /^UserError: Glob "\{a,b\}\{a,b\}\{a,b\}\{a,b\}\{a,b\}\{a,b\}\{a,b\}\{a,b\}…" expands to more than 256 patterns/);
    assert.throws(() => validateGlob('x'.repeat(1001)), /has 1001 characters, more than 1000/);
  });
});
