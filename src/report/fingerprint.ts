/**
 * SARIF `partialFingerprints.primaryLocationLineHash`, computed the way GitHub's upload-sarif
 * computes it (github/codeql-action `src/fingerprints.ts`, function `hash`), so that an alert
 * keeps its identity across commits whether we upload through the action or the REST API, and
 * upload-sarif finds no "inconsistent fingerprint" to warn about.
 *
 * The algorithm, restated:
 * - The text is read as UTF-16 code units: the file decoded as UTF-8 with its byte order mark
 *   kept (upload-sarif reads it with `fs.createReadStream(path, "utf8")`, which keeps it).
 * - Spaces and tabs are skipped. `\r\n`, `\r` and `\n` all become one `\n` (an `\n` right
 *   after a `\r` is skipped; a space or tab in between breaks that pairing).
 * - One end-of-file unit (65535) follows the text, then zeros as padding.
 * - A line's hash is the polynomial hash, base 37 modulo 2^64, of the 100 kept units starting
 *   at the line's first kept unit (its `\n`, or the end-of-file unit, for a blank line).
 * - The value is the unsigned hash in lower-case hex without leading zeros, then `:` and how
 *   many lines of the file up to this one have that same hash.
 */

const BLOCK_SIZE = 100;
const BASE = 37;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const END_OF_FILE = 0xffff;
const TWO_POW_32 = 0x1_0000_0000;
const INVERSE_TWO_POW_32 = 1 / TWO_POW_32;

/** BASE^BLOCK_SIZE mod 2^64: the weight of the unit leaving the window, in 32-bit halves. */
const LEAVING_WEIGHT = BigInt.asUintN(64, BigInt(BASE) ** BigInt(BLOCK_SIZE));
const LEAVING_WEIGHT_HIGH = Number(LEAVING_WEIGHT >> 32n);
const LEAVING_WEIGHT_LOW = Number(LEAVING_WEIGHT & 0xffff_ffffn);

/**
 * The `primaryLocationLineHash` of every line of a file, line 1 first: one entry per line as
 * `text.split(/\r\n|\r|\n/)` counts them (an empty file has one line; a final newline starts
 * one more, empty line). Compute it once per file; look lines up with
 * {@link primaryLocationLineHash}.
 */
export function lineHashes(text: string): string[] {
  // Every line ends at a \n, a \r or the end of the text, so this bounds the line count and
  // sizes the occurrence table once.
  let maxLines = 1;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === LF || unit === CR) maxLines++;
  }
  const hashes: string[] = [];
  const occurrences = new OccurrenceCounter(maxLines);

  const window = new Uint16Array(BLOCK_SIZE);
  // Whether a line starts at each window slot; lines start in order, so their hashes come out
  // in line order.
  const lineStartsAt = new Uint8Array(BLOCK_SIZE);
  // The rolling hash as two unsigned 32-bit halves held in doubles: every intermediate stays
  // below 2^53 in magnitude, so the arithmetic is exact without BigInt. Locals of one loop (no
  // closures) so that V8 keeps them unboxed.
  let high = 0;
  let low = 0;
  let slot = 0;
  let atLineStart = true;
  let afterCarriageReturn = false;
  // After the text: one end-of-file unit, then BLOCK_SIZE zeros to complete the last windows.
  const end = text.length + 1 + BLOCK_SIZE;
  for (let position = 0; position < end; position++) {
    let unit: number;
    if (position < text.length) {
      unit = text.charCodeAt(position);
      if (unit === SPACE || unit === TAB || (afterCarriageReturn && unit === LF)) {
        afterCarriageReturn = false;
        continue;
      }
      afterCarriageReturn = unit === CR;
      if (afterCarriageReturn) unit = LF;
    } else {
      unit = position === text.length ? END_OF_FILE : 0;
    }
    // The slot about to be overwritten holds the unit BLOCK_SIZE kept units back: the window of
    // the line that started there is complete.
    if (lineStartsAt[slot] === 1) {
      hashes.push(`${hexOfUint64(high, low)}:${occurrences.increment(high, low)}`);
      lineStartsAt[slot] = 0;
    }
    // The text and its end-of-file unit start lines; the zero padding never does.
    if (atLineStart && position <= text.length) {
      atLineStart = false;
      lineStartsAt[slot] = 1;
    }
    if (unit === LF) atLineStart = true;
    // hash = hash * BASE + unit - LEAVING_WEIGHT * leaving  (mod 2^64); each half stays within
    // ±2^49 before its carry is taken, and multiplying by 2^-32 is exact.
    const leaving = window[slot] ?? 0;
    window[slot] = unit;
    let nextLow = low * BASE + unit - LEAVING_WEIGHT_LOW * leaving;
    const carry = Math.floor(nextLow * INVERSE_TWO_POW_32);
    nextLow -= carry * TWO_POW_32;
    let nextHigh = high * BASE - LEAVING_WEIGHT_HIGH * leaving + carry;
    nextHigh -= Math.floor(nextHigh * INVERSE_TWO_POW_32) * TWO_POW_32;
    high = nextHigh;
    low = nextLow;
    slot = slot === BLOCK_SIZE - 1 ? 0 : slot + 1;
  }

  return hashes;
}

/**
 * The hash GitHub gives a result whose primary location starts at `startLine` (1-based), from
 * the file's {@link lineHashes}. `undefined` where upload-sarif sets none: no start line (a
 * whole-file location; `addFingerprints` skips those) or a line the file does not have.
 */
export function primaryLocationLineHash(
  hashes: readonly string[],
  startLine: number | undefined,
): string | undefined {
  if (startLine === undefined || !Number.isInteger(startLine) || startLine < 1) return undefined;
  return hashes[startLine - 1];
}

/**
 * How many times each 64-bit hash has been seen: open addressing over typed arrays, sized for
 * the most lines the file can have, so counting costs no allocation per line.
 */
class OccurrenceCounter {
  private readonly highs: Uint32Array;
  private readonly lows: Uint32Array;
  /** 0 marks an empty slot; a used slot has counted at least once. */
  private readonly counts: Uint32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(maxKeys: number) {
    // At most half full, so probes stay short.
    let bits = 1;
    while (1 << bits < maxKeys * 2) bits++;
    this.highs = new Uint32Array(1 << bits);
    this.lows = new Uint32Array(1 << bits);
    this.counts = new Uint32Array(1 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  /** Count one more occurrence of the hash and return how many there have been. */
  increment(high: number, low: number): number {
    // Fibonacci hashing: the top bits of the product depend on every bit of the key.
    let index = Math.imul(low ^ Math.imul(high, 0x85eb_ca6b), 0x9e37_79b1) >>> this.shift;
    for (;;) {
      const count = this.counts[index] ?? 0;
      if (count === 0) {
        this.highs[index] = high;
        this.lows[index] = low;
        this.counts[index] = 1;
        return 1;
      }
      if (this.highs[index] === high && this.lows[index] === low) {
        this.counts[index] = count + 1;
        return count + 1;
      }
      index = (index + 1) & this.mask;
    }
  }
}

/** Two hex digits for every byte value. */
const HEX_OF_BYTE = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * An unsigned 64-bit value in 32-bit halves, as hex without leading zeros (`Long#toString(16)`).
 * From a byte table: `Number#toString(16)` is several times slower, and this runs once per line.
 */
function hexOfUint64(high: number, low: number): string {
  const digits =
    byteHex(high >>> 24) +
    byteHex((high >>> 16) & 0xff) +
    byteHex((high >>> 8) & 0xff) +
    byteHex(high & 0xff) +
    byteHex(low >>> 24) +
    byteHex((low >>> 16) & 0xff) +
    byteHex((low >>> 8) & 0xff) +
    byteHex(low & 0xff);
  let first = 0;
  while (first < digits.length - 1 && digits.charCodeAt(first) === 0x30) first++;
  return digits.slice(first);
}

function byteHex(byte: number): string {
  return HEX_OF_BYTE[byte] ?? '00';
}
