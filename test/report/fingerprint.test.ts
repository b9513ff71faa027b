import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lineHashTable, lineHashes, primaryLocationLineHash } from '../../src/load/fingerprint.ts';

/** The hash of one line (1-based) of a text. */
function hashOfLine(text: string, line: number): string | undefined {
  return primaryLocationLineHash(lineHashes(text), line);
}

/**
 * Expected values below come from running github/codeql-action `src/fingerprints.ts` `hash()`
 * (commit f3f1edbe, June 2026) on these exact inputs written to a file as UTF-8. The first four
 * groups are also the expectations of codeql-action's own `fingerprints.test.ts`.
 */
const UPSTREAM_CASES: readonly { name: string; text: string; hashes: readonly string[] }[] = [
  { name: 'empty file: one line, the end-of-file unit alone', text: '', hashes: ['c129715d7a2bc9a3:1'] },
  {
    name: 'leading spaces and tabs, no trailing newline',
    text: ' a\nb\n  \t\tc\n d',
    hashes: ['271789c17abda88f:1', '54703d4cd895b18:1', '180aee12dab6264:1', 'a23a3dc5e078b07b:1'],
  },
  {
    name: 'upstream: blank lines, trailing whitespace, final newline',
    text: ' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n',
    hashes: [
      'e9496ae3ebfced30:1',
      'fb7c023a8b9ccb3f:1',
      'ce8ba1a563dcdaca:1',
      'e20e36e16fcb0cc8:1',
      'b3edc88f2938467e:1',
      'c8e28b0b4002a3a0:1',
      'c129715d7a2bc9a3:1',
    ],
  },
  {
    name: 'upstream: a repeated line gets counters until the end of file enters its window',
    text: 'Lorem ipsum dolor sit amet.\n'.repeat(10),
    hashes: [
      'a7f2ff13bc495cf2:1',
      'a7f2ff13bc495cf2:2',
      'a7f2ff13bc495cf2:3',
      'a7f2ff13bc495cf2:4',
      'a7f2ff13bc495cf2:5',
      'a7f2ff13bc495cf2:6',
      'a7f2ff1481e87703:1',
      'a9cf91f7bbf1862b:1',
      '55ec222b86bcae53:1',
      'cc97dc7b1d7d8f7b:1',
      'c129715d7a2bc9a3:1',
    ],
  },
  {
    name: 'no trailing newline: the last line ends at end of file',
    text: 'apiVersion: v1\nkind: Pod',
    hashes: ['60d5cc9c6233a5b9:1', '1c2a20dcc1c7e70e:1'],
  },
  {
    name: 'trailing newline: one more, empty line',
    text: 'apiVersion: v1\nkind: Pod\n',
    hashes: ['f1c9ed2737aa92f:1', '28ba5d815d3b3bf4:1', 'c129715d7a2bc9a3:1'],
  },
  {
    name: 'CRLF line ends hash like LF',
    text: 'apiVersion: v1\r\nkind: Pod\r\n',
    hashes: ['f1c9ed2737aa92f:1', '28ba5d815d3b3bf4:1', 'c129715d7a2bc9a3:1'],
  },
  {
    name: 'lone CR line ends hash like LF',
    text: 'apiVersion: v1\rkind: Pod\r',
    hashes: ['f1c9ed2737aa92f:1', '28ba5d815d3b3bf4:1', 'c129715d7a2bc9a3:1'],
  },
  {
    name: 'a space between CR and LF makes two line breaks',
    text: 'a\r \nb',
    hashes: ['67c066a59e652f5e:1', 'cc4c43d77869440f:1', '8ee5a81e681643c1:1'],
  },
  {
    name: 'tabs are skipped like spaces',
    text: 'spec:\n\tcontainers:\n\t- name: app\n',
    hashes: ['c279766bd328c18f:1', '56aef584ecbc1a10:1', 'f82a5fe3a87b6afe:1', 'c129715d7a2bc9a3:1'],
  },
  {
    name: 'a line longer than the 100-unit window, then short lines',
    text: `key: ${'v'.repeat(250)}\nnext: line\nshort\n`,
    hashes: ['2d970764a1e0a073:1', '6900d042550a0a50:1', '8bf8ff854171d875:1', 'c129715d7a2bc9a3:1'],
  },
  {
    name: 'two identical alternating lines count separately',
    text: '- name: debug\n  image: busybox\n'.repeat(10),
    hashes: [
      '73ea12d96fd284d:1',
      '89bb0df51a7dc3c:1',
      '73ea12d96fd284d:2',
      '89bb0df51a7dc3c:2',
      '73ea12d96fd284d:3',
      '89bb0df51a7dc3c:3',
      '73ea12d96fd284d:4',
      '89bb0df51a7dc3c:4',
      '73ea12d96fd284d:5',
      '89bb0df51a7dc3c:5',
      '73ea12d96fd284d:6',
      '89bb0df51a7dc3c:6',
      '73ea12d96fd284d:7',
      '8b1c704bd912f02:1',
      'd82e95a9d687c747:1',
      'aad67ca61c596ff6:1',
      'fa94709199b0505b:1',
      '6d3ff37a43059d4a:1',
      '2aace6f2fa4aa4cf:1',
      'f6ef2a644c3ab3fe:1',
      'c129715d7a2bc9a3:1',
    ],
  },
  {
    name: 'a unique first line, then repeats',
    text: `rules:\n${'- apiGroups: [""]\n  resources: ["pods"]\n'.repeat(6)}end: true\n`,
    hashes: [
      '2613190d4f528389:1',
      '15ec7b61c8ac3ddc:1',
      '747dfafd2a0943e:1',
      '15ec7b61c8ac3ddc:2',
      '747dfafd2a0943e:2',
      '15ec7b61c8ac3ddc:3',
      '747dfafd2a0943e:3',
      '15ec7b61c8ac3ddc:4',
      'b0a63629570623f:1',
      'db333eae4610492:1',
      '93e8efd58ceb498b:1',
      '84f6d4abca769e2e:1',
      'a69c3849ed2d1427:1',
      '93ed21e67f169fda:1',
      'c129715d7a2bc9a3:1',
    ],
  },
  {
    name: 'unicode: BMP and astral characters hash as UTF-16 code units',
    text: '名前: テスト 😀\nimage: ünïcode\n',
    hashes: ['ab8f4607bd72788c:1', '18c846004d3924ee:1', 'c129715d7a2bc9a3:1'],
  },
  {
    name: 'a byte order mark is part of line 1',
    text: '\ufeffkind: Pod\n',
    hashes: ['fc4b6fb989bfac87:1', 'c129715d7a2bc9a3:1'],
  },
  { name: 'the same line without the mark', text: 'kind: Pod\n', hashes: ['28ba5d815d3b3bf4:1', 'c129715d7a2bc9a3:1'] },
];

describe('lineHashes (GitHub primaryLocationLineHash)', () => {
  for (const { name, text, hashes } of UPSTREAM_CASES) {
    it(name, () => {
      const actual = lineHashes(text);
      assert.equal(actual.length, text.split(/\r\n|\r|\n/).length);
      assert.deepEqual(actual, hashes);
    });
  }

  it('matches the definition computed by hand: "x\\n" hashes x, \\n, end of file, 97 zeros', () => {
    // Σ unit·37^(99-i) mod 2^64 over the window starting at line 1.
    const window = [0x78n, 0x0an, 0xffffn];
    let expected = 0n;
    for (let i = 0; i < window.length; i++) expected += (window[i] ?? 0n) * 37n ** BigInt(99 - i);
    expected = BigInt.asUintN(64, expected);
    assert.equal(expected.toString(16), '828973aa50c68d6d');
    assert.equal(hashOfLine('x\n', 1), '828973aa50c68d6d:1');
    const endOfFileOnly = BigInt.asUintN(64, 0xffffn * 37n ** 99n).toString(16);
    assert.equal(hashOfLine('x\n', 2), `${endOfFileOnly}:1`);
  });

  it('depends only on the first 100 non-whitespace units from the line start', () => {
    const first100 = `key:${'v'.repeat(96)}`;
    const line1 = hashOfLine(`${first100}tail differs\nmore`, 1);
    assert.equal(line1, hashOfLine(`k e y :\t${'v'.repeat(96)}\n`, 1));
    assert.notEqual(line1, hashOfLine(`key:${'v'.repeat(95)}w`, 1));
  });

  it('a line hash reflects the lines after it within the window', () => {
    const before = hashOfLine('image: busybox\nprivileged: true\n', 1);
    const after = hashOfLine('image: busybox\nprivileged: false\n', 1);
    assert.notEqual(before, after);
  });

  it('agrees across line-end styles and indentation on a mixed file', () => {
    const lf = lineHashes('a: 1\n  b: 2\n\n- c\n');
    const mixed = lineHashes('a: 1\r\n\t\tb: 2\r\r\n- c\n');
    assert.deepEqual(mixed, lf);
  });

  it('returns no hash where upload-sarif sets none', () => {
    const hashes = lineHashes('a\nb\n');
    assert.equal(hashes.length, 3);
    for (const line of [undefined, 0, -1, 1.5, Number.NaN, 4, Number.POSITIVE_INFINITY]) {
      assert.equal(primaryLocationLineHash(hashes, line), undefined, String(line));
    }
    assert.equal(primaryLocationLineHash(hashes, 3), hashes[2]);
    assert.match(hashes[2] ?? '', /^[0-9a-f]{1,16}:1$/);
  });

  it('never throws on lone surrogates or control characters', () => {
    const hashes = lineHashes('\ud800x\n\u0000\uffff\n');
    assert.equal(hashes.length, 3);
    for (const hash of hashes) assert.match(hash, /^[0-9a-f]{1,16}:1$/);
  });

  it('counts every line of a large file once, in order', () => {
    const text = 'same\n'.repeat(5000);
    const hashes = lineHashes(text);
    assert.equal(hashes.length, 5001);
    // Lines whose window lies wholly inside the repetition share one hash and count up.
    const first = hashes[0]?.split(':')[0];
    assert.equal(primaryLocationLineHash(hashes, 4900), `${first}:4900`);
  });

  it('hashes only up to the last line asked for, with the same hashes and counters', () => {
    const texts = ['a: 1\n  b: 2\r\n\r\n- c\n', 'same\n'.repeat(300), 'x', '', '\n\n', 'k: v\r', `${'long '.repeat(40)}\nshort\n`];
    for (const text of texts) {
      const all = lineHashes(text);
      for (let last = 0; last <= all.length + 1; last++) {
        const table = lineHashTable(text, last);
        assert.equal(table.lines, Math.min(last, all.length), JSON.stringify([text, last]));
        for (let line = 1; line <= table.lines; line++) assert.equal(table.hashOf(line), all[line - 1], JSON.stringify([text, last, line]));
        assert.equal(table.hashOf(table.lines + 1), undefined);
      }
    }
  });

  it('a table answers like primaryLocationLineHash for lines that are not lines', () => {
    const table = lineHashTable('a\nb\n');
    for (const line of [undefined, 0, -1, 1.5, Number.NaN, 4, Number.POSITIVE_INFINITY]) assert.equal(table.hashOf(line), undefined, String(line));
  });

  it('agrees with the definition on random texts (prefix hashing against a BigInt window sum)', () => {
    // The window of a line: its first 100 kept units (spaces and tabs dropped, \r\n and \r as
    // \n), then the end-of-file unit and zeros; Σ unit·37^(99-i) mod 2^64.
    const reference = (text: string): string[] => {
      const units: number[] = [];
      const starts: number[] = [0];
      for (let i = 0; i < text.length; i++) {
        let unit = text.charCodeAt(i);
        if (unit === 0x20 || unit === 0x09) continue;
        if (unit === 0x0a && text.charCodeAt(i - 1) === 0x0d) continue;
        if (unit === 0x0d) unit = 0x0a;
        units.push(unit);
        if (unit === 0x0a) starts.push(units.length);
      }
      units.push(0xffff);
      const counts = new Map<string, number>();
      return starts.map((start) => {
        let hash = 0n;
        for (let i = 0; i < 100; i++) hash = BigInt.asUintN(64, hash * 37n + BigInt(units[start + i] ?? 0));
        const hex = hash.toString(16);
        counts.set(hex, (counts.get(hex) ?? 0) + 1);
        return `${hex}:${counts.get(hex)}`;
      });
    };
    let seed = 7;
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const pieces = ['a', 'key: value', ' ', '\t', '\n', '\r\n', '\r', '-', '\uffff', 'é'];
    for (let n = 0; n < 200; n++) {
      let text = '';
      const length = Math.floor(random() * 120);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      assert.deepEqual(lineHashes(text), reference(text), JSON.stringify(text));
    }
  });

  it('hashes a file larger than the shared buffers keep, and small files after it', () => {
    const big = 'a: b\n'.repeat(70_000);
    const hashes = lineHashes(big);
    assert.equal(hashes.length, 70_001);
    assert.equal(hashes[69_000], `${hashes[0]?.split(':')[0]}:69001`);
    assert.deepEqual(lineHashes('x\n'), ['828973aa50c68d6d:1', `${BigInt.asUintN(64, 0xffffn * 37n ** 99n).toString(16)}:1`]);
  });
});
