import type { Region } from '../model/source-ref.ts';

/**
 * Offsets → 1-based line and column for one text. Columns count UTF-16 code units, as GitHub
 * does for SARIF regions and annotations.
 */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    const text = this.text;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
    return starts;
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Offset where 0-based `line` starts (clamped to the text). */
  lineStart(line: number): number {
    const starts = this.lineStarts();
    return starts[Math.max(0, Math.min(line, starts.length - 1))] ?? 0;
  }

  /** Offset of the end of the line holding `offset`, before any `\r\n` or `\n`. */
  lineEnd(offset: number): number {
    let end = this.text.indexOf('\n', offset);
    if (end === -1) end = this.text.length;
    if (end > offset && this.text.charCodeAt(end - 1) === 13) end -= 1;
    return end;
  }

  /** A region for [start, end); an empty range covers one character where there is one. */
  region(start: number, end: number): Region {
    const length = this.text.length;
    const from = Math.max(0, Math.min(start, length));
    let to = Math.max(from, Math.min(end, length));
    if (to === from && from < this.lineEnd(from)) to = from + 1;
    const startLine = this.lineOf(from);
    // A range ending right after a newline ends on the previous line.
    const lastChar = to > from ? to - 1 : from;
    const endLine = this.lineOf(lastChar);
    return {
      startLine: startLine + 1,
      startColumn: from - this.lineStart(startLine) + 1,
      endLine: endLine + 1,
      endColumn: Math.min(to, this.lineEnd(this.lineStart(endLine))) - this.lineStart(endLine) + 1,
    };
  }

  /** From `start` to the end of its line (trailing spaces trimmed): for a block collection. */
  restOfLine(start: number): Region {
    let end = this.lineEnd(start);
    while (end > start + 1 && /\s/.test(this.text[end - 1] ?? '')) end -= 1;
    return this.region(start, end);
  }
}
