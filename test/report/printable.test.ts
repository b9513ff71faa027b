import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { printableData, printableText } from '../../src/report/printable.ts';

describe('printableText', () => {
  it('escapes every line break and control character, and nothing else', () => {
    assert.equal(printableText('pods/a b.yaml\tok é ü 漢'), 'pods/a b.yaml\tok é ü 漢');
    assert.equal(printableText('a\nb\rc\r\nd'), 'a\\nb\\rc\\r\\nd');
    assert.equal(printableText('\u001b[31mred\u0000\u007f\u0085\u2028\u2029'), '\\x1b[31mred\\x00\\x7f\\x85\\u2028\\u2029');
  });
  it('no character that the runner or a terminal reads as a line break survives', () => {
    for (let code = 0; code < 0x3000; code++) {
      const text = printableText(`x${String.fromCharCode(code)}y`);
      assert.ok(![...text].some((char) => ["\r", "\n", "\u0085", "\u2028", "\u2029", "\u001b"].includes(char)), `U+${code.toString(16)}`);
    }
  });
  it('maps the strings of plain data, deeply, and keeps the rest', () => {
    const data = { a: ['x\ny', 3, null], b: { c: 'p\rq', d: true } };
    assert.deepEqual(printableData(data), { a: ['x\\ny', 3, null], b: { c: 'p\\rq', d: true } });
    const date = new Date(0);
    assert.equal(printableData({ date }).date, date);
  });
});
