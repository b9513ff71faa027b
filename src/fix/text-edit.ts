import type { Region } from '../model/source-ref.ts';

/** Replace `[start, end)` (UTF-16 offsets into the file's text) with `text`; an insertion has start === end. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies edits that do not overlap (later ones first, so earlier offsets stay valid). */
export const applyEdits = (text: string, edits: readonly TextEdit[]): string => {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
};

/** Do any two edits touch the same characters (or insert at the same point)? */
export const editsOverlap = (a: readonly TextEdit[], b: readonly TextEdit[]): boolean =>
  a.some((x) => b.some((y) => x.start < y.end && y.start < x.end || x.start === y.start));

/** The edits as text, in file order: equal for the same edits in any order. */
export const editsKey = (edits: readonly TextEdit[]): string =>
  JSON.stringify([...edits].sort((a, b) => a.start - b.start || a.end - b.end).map((e) => [e.start, e.end, e.text]));

/** The same edits, in any order (one fix that serves several findings). */
export const sameEdits = (a: readonly TextEdit[], b: readonly TextEdit[]): boolean => a.length > 0 && editsKey(a) === editsKey(b);

/** Offset of 1-based line and column (columns count UTF-16 units, as the loader reports them). */
export const offsetOf = (text: string, line: number, column: number): number | undefined => {
  let offset = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return undefined;
    offset = next + 1;
  }
  const at = offset + column - 1;
  return at <= text.length ? at : undefined;
};

/** 1-based line and column of an offset. */
export const positionOf = (text: string, offset: number): { line: number; column: number } => {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
};

/** The region an edit replaces, in SARIF's 1-based convention (an insertion is empty). */
export const regionOf = (text: string, edit: TextEdit): Region => {
  const start = positionOf(text, edit.start);
  const end = positionOf(text, edit.end);
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
};

/** The line ending a file already uses (CRLF when its first line ends so). */
export const lineEndingOf = (text: string): string => {
  const first = text.indexOf('\n');
  return first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
};
