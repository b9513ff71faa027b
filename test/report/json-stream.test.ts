import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { jsonChunks } from '../../src/report/json-stream.ts';
import { reportChunks, toJson } from '../../src/report/json.ts';
import { scan } from '../../src/scan.ts';
import { nodeFileSystem } from '../../src/discover/file-system.ts';
import { toSarif } from '../../src/report/sarif.ts';
import { join } from 'node:path';

const joined = (value: unknown): string => [...jsonChunks(value)].join('');

describe('jsonChunks', () => {
  it('writes the bytes of JSON.stringify(value, null, 2), for any value', () => {
    let seed = 11;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const leaves: unknown[] = ['', 'a\nb', 'quote " and \\ and \u2028 and \u0000', 'é😀', 0, -0, 1.5e300, NaN, Infinity, true, false, null, undefined, () => 1, Symbol('s'), new Date(0), new String('boxed'), new Number(3), { toJSON: (key: string) => `toJSON of ${key}` }, { toJSON: () => undefined }];
    const valueOf = (depth: number): unknown => {
      const pick = random(depth > 5 ? 1 : 4);
      if (pick === 0) return leaves[random(leaves.length)];
      if (pick === 1) return Array.from({ length: random(4) }, () => valueOf(depth + 1));
      const object: Record<string, unknown> = {};
      for (let i = random(5); i > 0; i--) object[['a', 'b c', '"', '1', '__proto__x', 'é'][random(6)]!] = valueOf(depth + 1);
      return object;
    };
    for (let round = 0; round < 3000; round++) {
      const value = valueOf(0);
      const expected = JSON.stringify(value, null, 2);
      assert.equal(expected === undefined ? '' : joined(value), expected ?? '');
    }
  });

  it('hands over pieces of about 64 KiB, never the whole of a large report', () => {
    const value = { findings: Array.from({ length: 20000 }, (_, i) => ({ id: i, message: `finding ${i}`, location: { file: `f${i}.yaml`, line: i } })) };
    const chunks = [...jsonChunks(value)];
    assert.ok(chunks.length > 20, `${chunks.length} chunks`);
    assert.ok(chunks.every((chunk) => chunk.length <= 65536), `${Math.max(...chunks.map((chunk) => chunk.length))} characters in one piece`);
    assert.equal(chunks.join(''), JSON.stringify(value, null, 2));
  });

  it('writes the examples JSON and SARIF reports as JSON.stringify did', async () => {
    const result = await scan({ root: join(process.cwd(), 'examples') }, { fs: nodeFileSystem });
    assert.ok(result.findings.length > 10);
    const json = toJson(result);
    assert.equal(json, `${JSON.stringify(JSON.parse(json), null, 2)}\n`);
    const sarif = toSarif(result);
    assert.equal([...reportChunks(sarif)].join(''), `${JSON.stringify(sarif, null, 2)}\n`);
  });
});
