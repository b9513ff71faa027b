import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { labelSelectorMatches, readLabelSelector } from '../../src/model/label-selector.ts';

const matches = (selector: unknown, labels: Record<string, string>): boolean => {
  const read = readLabelSelector(selector);
  assert.ok(read.ok, 'selector should be valid');
  return labelSelectorMatches(read.selector, new Map(Object.entries(labels)));
};

describe('label selectors', () => {
  it('an empty selector selects everything', () => {
    assert.equal(matches({}, {}), true);
    assert.equal(matches(null, { a: 'b' }), true);
  });
  it('matchLabels needs every label with that value', () => {
    assert.equal(matches({ matchLabels: { a: '1', b: '2' } }, { a: '1', b: '2', c: '3' }), true);
    assert.equal(matches({ matchLabels: { a: '1', b: '2' } }, { a: '1' }), false);
    assert.equal(matches({ matchLabels: { a: '1' } }, { a: '2' }), false);
  });
  it('In / NotIn / Exists / DoesNotExist', () => {
    assert.equal(matches({ matchExpressions: [{ key: 'a', operator: 'In', values: ['1', '2'] }] }, { a: '2' }), true);
    assert.equal(matches({ matchExpressions: [{ key: 'a', operator: 'In', values: ['1'] }] }, {}), false);
    assert.equal(matches({ matchExpressions: [{ key: 'a', operator: 'NotIn', values: ['1'] }] }, { a: '1' }), false);
    assert.equal(matches({ matchExpressions: [{ key: 'a', operator: 'NotIn', values: ['1'] }] }, {}), true, 'NotIn holds without the label');
    assert.equal(matches({ matchExpressions: [{ key: 'a', operator: 'Exists' }] }, { a: '' }), true);
    assert.equal(matches({ matchExpressions: [{ key: 'a', operator: 'Exists' }] }, {}), false);
    assert.equal(matches({ matchExpressions: [{ key: 'a', operator: 'DoesNotExist' }] }, {}), true);
    assert.equal(matches({ matchExpressions: [{ key: 'a', operator: 'DoesNotExist' }] }, { a: 'x' }), false);
  });
  it('matchLabels and matchExpressions are ANDed', () => {
    const selector = { matchLabels: { a: '1' }, matchExpressions: [{ key: 'b', operator: 'Exists' }] };
    assert.equal(matches(selector, { a: '1' }), false);
    assert.equal(matches(selector, { a: '1', b: 'x' }), true);
  });
  it('rejects what the apiserver rejects', () => {
    for (const selector of [
      { matchExpressions: [{ key: 'a', operator: 'Equals', values: ['1'] }] },
      { matchExpressions: [{ key: 'a', operator: 'In', values: [] }] },
      { matchExpressions: [{ key: 'a', operator: 'Exists', values: ['1'] }] },
      { matchLabels: { a: true } },
      { matchExpressions: 'a in (1)' },
      'a=1',
    ]) {
      assert.equal(readLabelSelector(selector).ok, false, JSON.stringify(selector));
    }
  });
});
