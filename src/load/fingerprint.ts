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

/** BASE^BLOCK_SIZE mod 2^64, in 32-bit halves. */
const WINDOW_WEIGHT = BigInt.asUintN(64, BigInt(BASE) ** BigInt(BLOCK_SIZE));
const WINDOW_WEIGHT_HIGH = Number(WINDOW_WEIGHT >> 32n);
const WINDOW_WEIGHT_LOW = Number(WINDOW_WEIGHT & 0xffff_ffffn);
/** The low half in 16-bit pieces, for the exact product in `LineWindows.end`. */
const WEIGHT_LOW_0 = WINDOW_WEIGHT_LOW & 0xffff;
const WEIGHT_LOW_1 = WINDOW_WEIGHT_LOW >>> 16;
/** Shared buffers sized for more lines than this are dropped after use. */
const KEPT_BUFFER_LINES = 1 << 16;

/**
 * The `primaryLocationLineHash` of every line of a file, line 1 first: one entry per line as
 * `text.split(/\r\n|\r|\n/)` counts them (an empty file has one line; a final newline starts
 * one more, empty line). A scan uses {@link lineHashTable}, which formats only the lines asked for.
 */
export function lineHashes(text: string): string[] {
  const table = lineHashTable(text);
  return Array.from({ length: table.lines }, (_, line) => table.hashOf(line + 1) ?? '');
}

/**
 * The line hashes of a file's lines 1 to `lastLine` (every line by default), kept as numbers
 * and formatted on demand: a scan needs the hash of the lines its findings start on, and the
 * `:n` counter of a line depends only on the lines before it, so the lines after the last one
 * asked for are never hashed.
 */
export class LineHashTable {
  /** @internal Built by {@link lineHashTable}. */
  constructor(
    private readonly highs: Uint32Array,
    private readonly lows: Uint32Array,
    private readonly occurrences: Uint32Array,
    /** How many lines were hashed. */
    readonly lines: number,
  ) {}

  /**
   * The hash GitHub gives a result whose primary location starts at `startLine` (1-based);
   * `undefined` where upload-sarif sets none (see {@link primaryLocationLineHash}) or beyond
   * the lines hashed.
   */
  hashOf(startLine: number | undefined): string | undefined {
    if (startLine === undefined || !Number.isInteger(startLine) || startLine < 1 || startLine > this.lines) return undefined;
    const line = startLine - 1;
    return `${hexOfUint64(this.highs[line] ?? 0, this.lows[line] ?? 0)}:${this.occurrences[line] ?? 0}`;
  }
}

/**
 * Hashes lines 1 to `lastLine` of `text` (see {@link LineHashTable}).
 *
 * How: with the prefix hash P(k) = Σ_{i<k} unit_i·37^(k-1-i) mod 2^64 over the kept units, the
 * window of the line whose first kept unit is at k hashes to P(k+100) − P(k)·37^100. So each
 * unit costs one multiply-add of P (in two 32-bit halves held in doubles, exact below 2^53),
 * and each line one 64-bit multiplication, where a rolling window also subtracts the unit
 * leaving it at every step.
 */
export function lineHashTable(text: string, lastLine = Number.POSITIVE_INFINITY): LineHashTable {
  const lines = new LineWindows(lastLine);
  const length = text.length;
  // Locals of one loop (no closures) so that V8 keeps them unboxed.
  let high = 0;
  let low = 0;
  let kept = 0;
  // Where the window of the oldest line not hashed yet ends (none pending: never).
  let nextEnd = Number.POSITIVE_INFINITY;
  let atLineStart = true;
  let afterCarriageReturn = false;
  for (let position = 0; position < length; position++) {
    let unit = text.charCodeAt(position);
    if (unit === SPACE || unit === TAB || (afterCarriageReturn && unit === LF)) {
      afterCarriageReturn = false;
      continue;
    }
    afterCarriageReturn = unit === CR;
    if (afterCarriageReturn) unit = LF;
    if (kept === nextEnd) {
      nextEnd = lines.end(high, low);
      if (lines.finished) return lines.table();
    }
    if (atLineStart) {
      atLineStart = false;
      nextEnd = lines.start(kept, high, low, nextEnd);
    }
    if (unit === LF) atLineStart = true;
    // P = P·37 + unit (mod 2^64).
    const nextLow = low * BASE + unit;
    low = nextLow >>> 0;
    high = (high * BASE + (nextLow - low) * INVERSE_TWO_POW_32) >>> 0;
    kept++;
  }
  // After the text: one end-of-file unit (which starts a line after a final line break), then
  // zeros until the last window is complete.
  for (let unit = END_OF_FILE; unit === END_OF_FILE || lines.pending; unit = 0) {
    if (kept === nextEnd) {
      nextEnd = lines.end(high, low);
      if (lines.finished) break;
    }
    if (atLineStart) {
      atLineStart = false;
      nextEnd = lines.start(kept, high, low, nextEnd);
    }
    const nextLow = low * BASE + unit;
    low = nextLow >>> 0;
    high = (high * BASE + (nextLow - low) * INVERSE_TWO_POW_32) >>> 0;
    kept++;
  }
  return lines.table();
}

/**
 * The lines of {@link lineHashTable}: where each starts, then its hash, in line order. Works in
 * buffers shared by every call (hashing is synchronous, and one allocation per file of several
 * arrays cost more than the hashing of a small file); the table gets copies.
 */
class LineWindows {
  private static starts = new Float64Array(256);
  private static prefixHighs = new Uint32Array(256);
  private static prefixLows = new Uint32Array(256);
  private static highs = new Uint32Array(256);
  private static lows = new Uint32Array(256);
  private static counter: OccurrenceCounter | undefined;

  private started = 0;
  private hashed = 0;

  constructor(private readonly lastLine: number) {}

  /** Every line asked for is hashed. */
  get finished(): boolean {
    return this.hashed >= this.lastLine;
  }

  /** A line that started is waiting for the end of its window. */
  get pending(): boolean {
    return this.hashed < this.started && this.hashed < this.lastLine;
  }

  /** A line starts at kept unit `kept`, where P is (high, low); returns where the next window ends. */
  start(kept: number, high: number, low: number, nextEnd: number): number {
    if (this.started >= this.lastLine) return nextEnd;
    if (this.started === LineWindows.starts.length) LineWindows.grow();
    const line = this.started++;
    LineWindows.starts[line] = kept;
    LineWindows.prefixHighs[line] = high;
    LineWindows.prefixLows[line] = low;
    return line === this.hashed ? kept + BLOCK_SIZE : nextEnd;
  }

  /** The oldest pending line's window ends where P is (high, low); returns where the next one ends. */
  end(high: number, low: number): number {
    const line = this.hashed++;
    const prefixHigh = LineWindows.prefixHighs[line] ?? 0;
    const prefixLow = LineWindows.prefixLows[line] ?? 0;
    // P(start)·37^100 mod 2^64: the product of the low halves in full from 16-bit pieces, the
    // cross terms mod 2^32 with Math.imul.
    const a0 = prefixLow & 0xffff;
    const a1 = prefixLow >>> 16;
    const middle = a0 * WEIGHT_LOW_1 + a1 * WEIGHT_LOW_0;
    const lowFull = a0 * WEIGHT_LOW_0 + (middle % 0x1_0000) * 0x1_0000;
    const productLow = lowFull >>> 0;
    const productHigh =
      (a1 * WEIGHT_LOW_1 + Math.floor(middle / 0x1_0000) + (lowFull - productLow) * INVERSE_TWO_POW_32 + Math.imul(prefixHigh, WINDOW_WEIGHT_LOW) + Math.imul(prefixLow, WINDOW_WEIGHT_HIGH)) >>> 0;
    const difference = low - productLow;
    LineWindows.lows[line] = difference >>> 0;
    LineWindows.highs[line] = (high - productHigh - (difference < 0 ? 1 : 0)) >>> 0;
    return this.hashed < this.started ? (LineWindows.starts[this.hashed] ?? 0) + BLOCK_SIZE : Number.POSITIVE_INFINITY;
  }

  table(): LineHashTable {
    const lines = this.hashed;
    const highs = LineWindows.highs.slice(0, lines);
    const lows = LineWindows.lows.slice(0, lines);
    // The `:n` counters: how many lines so far had the same hash.
    const occurrences = new Uint32Array(lines);
    const counter = (LineWindows.counter ??= new OccurrenceCounter(lines)).reset(lines);
    for (let line = 0; line < lines; line++) occurrences[line] = counter.increment(highs[line] ?? 0, lows[line] ?? 0);
    // A huge file does not keep its buffers for the rest of the process.
    if (LineWindows.starts.length > KEPT_BUFFER_LINES) LineWindows.shrink();
    return new LineHashTable(highs, lows, occurrences, lines);
  }

  private static shrink(): void {
    LineWindows.starts = new Float64Array(256);
    LineWindows.prefixHighs = new Uint32Array(256);
    LineWindows.prefixLows = new Uint32Array(256);
    LineWindows.highs = new Uint32Array(256);
    LineWindows.lows = new Uint32Array(256);
    LineWindows.counter = undefined;
  }

  private static grow(): void {
    const capacity = LineWindows.starts.length * 2;
    const grown = <T extends Float64Array | Uint32Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    LineWindows.starts = grown(LineWindows.starts, new Float64Array(capacity));
    LineWindows.prefixHighs = grown(LineWindows.prefixHighs, new Uint32Array(capacity));
    LineWindows.prefixLows = grown(LineWindows.prefixLows, new Uint32Array(capacity));
    LineWindows.highs = grown(LineWindows.highs, new Uint32Array(capacity));
    LineWindows.lows = grown(LineWindows.lows, new Uint32Array(capacity));
  }
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
 * the most lines of a file, so counting costs no allocation per line. One counter serves every
 * file: `reset` clears the part the next file uses.
 */
class OccurrenceCounter {
  private highs: Uint32Array;
  private lows: Uint32Array;
  /** 0 marks an empty slot; a used slot has counted at least once. */
  private counts: Uint32Array;
  private shift = 0;
  private mask = 0;

  constructor(maxKeys: number) {
    this.highs = new Uint32Array(0);
    this.lows = new Uint32Array(0);
    this.counts = new Uint32Array(0);
    this.reset(maxKeys);
  }

  /** Forgets every count; room for `maxKeys` keys. */
  reset(maxKeys: number): this {
    // At most half full, so probes stay short.
    let bits = 1;
    while (1 << bits < maxKeys * 2) bits++;
    const size = 1 << bits;
    if (size > this.counts.length) {
      this.highs = new Uint32Array(size);
      this.lows = new Uint32Array(size);
      this.counts = new Uint32Array(size);
    } else this.counts.fill(0, 0, size);
    this.shift = 32 - bits;
    this.mask = size - 1;
    return this;
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
