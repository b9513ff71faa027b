import type { Region } from '../model/source-ref.ts';
import { deepEqual } from '../json.ts';
import type { CopiedText } from './rendered-document.ts';

/**
 * A chart file `.Files.Get` (or `.Files.Glob` and a range) can copy into a template's output,
 * or a template (whose text is rendered, not copied: a document equal to one of its pieces was
 * written there).
 */
export interface CopySource {
  readonly file: string;
  readonly text: string;
  readonly template?: boolean;
}

/** A `---` line: where a document of a file, or of Helm's output, begins. */
const MARKER = /^---[ \t]*(?:#.*)?$/;

/** At most this many documents with one hash are compared line by line (crafted collisions stay linear). */
const MAX_COMPARED = 8;

/**
 * One document's lines as Helm prints a copy of them, whatever `indent`/`nindent` did: no `\r`,
 * the first line without its indentation (Helm trims each document), the last without trailing
 * blanks, every other line without the indentation all of them share (`shared`). Kept as
 * bounds into the text's lines, hashed without copying them.
 */
interface DocumentLines {
  readonly source: number;
  /** Index of the document's first line in its text's lines, and how many it has. */
  readonly first: number;
  readonly count: number;
  /** Leading spaces of the first line before it was trimmed. */
  readonly firstIndent: number;
  /** Spaces every line after the first starts with (its fewest). */
  readonly shared: number;
  /** Length of the last line without its trailing blanks. */
  readonly lastLength: number;
  readonly hash: string;
}

/**
 * Finds the rendered documents that are a verbatim copy of one whole document of one chart file,
 * possibly re-indented uniformly: documents are keyed by a hash over the hashes of their lines
 * (normalised as above), so finding a copy costs the rendered document's length, and the files
 * are read once. A hit is confirmed line by line and by value; a document that equals more than
 * one (twins), or a template's own piece, is nobody's copy.
 */
export class CopyIndex {
  private readonly byHash = new Map<string, DocumentLines[]>();
  private readonly sources: readonly CopySource[];
  private readonly lines: readonly (readonly string[])[];

  constructor(sources: readonly CopySource[]) {
    this.sources = sources;
    this.lines = sources.map((source) => source.text.split('\n'));
    this.lines.forEach((lines, index) => {
      for (const document of documentsOf(lines, index)) {
        const list = this.byHash.get(document.hash);
        if (list) list.push(document);
        else this.byHash.set(document.hash, [document]);
      }
    });
  }

  /**
   * The file and lines a rendered document (Helm's `---` and `# Source:` lines included) copies,
   * or undefined. `parse` reads one document's text: the copy must also have the file's value.
   */
  copyOf(renderedText: string, parse: (text: string) => unknown): CopiedText | undefined {
    const all = renderedText.split('\n');
    let from = 0;
    if (MARKER.test(withoutCr(all[0] ?? ''))) from++;
    if (/^# Source: /.test(all[from] ?? '')) from++;
    const lines = all.slice(from);
    const [rendered] = documentsOf(lines, -1, true);
    if (!rendered) return undefined;
    const candidates = this.byHash.get(rendered.hash) ?? [];
    const equal: DocumentLines[] = [];
    for (const candidate of candidates.slice(0, MAX_COMPARED)) {
      if (sameLines(candidate, this.lines[candidate.source]!, rendered, lines)) equal.push(candidate);
    }
    if (candidates.length > MAX_COMPARED || equal.length !== 1) return undefined;
    const copied = equal[0]!;
    const source = this.sources[copied.source]!;
    if (source.template) return undefined;
    const fileLines = this.lines[copied.source]!.slice(copied.first, copied.first + copied.count);
    if (!deepEqual(parse(fileLines.join('\n')), parse(lines.slice(rendered.first, rendered.first + rendered.count).join('\n')))) return undefined;
    return {
      file: source.file,
      renderedLine: from + rendered.first,
      fileLine: copied.first,
      lines: copied.count,
      firstShift: rendered.firstIndent - copied.firstIndent,
      shift: rendered.shared - copied.shared,
    };
  }
}

/**
 * The documents of a text's lines (between `---` lines, blank lines at either end left out).
 * `whole`: the lines are one document (Helm already cut its output), `---` lines and all.
 */
const documentsOf = (lines: readonly string[], source: number, whole = false): DocumentLines[] => {
  const documents: DocumentLines[] = [];
  let start = 0;
  const push = (end: number): void => {
    let first = start;
    let last = end;
    while (first < last && isBlank(lines[first]!)) first++;
    while (last > first && isBlank(lines[last - 1]!)) last--;
    if (first < last) documents.push(normalised(lines, source, first, last));
  };
  if (!whole) {
    lines.forEach((line, index) => {
      if (!line.startsWith('---') || !MARKER.test(withoutCr(line))) return;
      push(index);
      start = index + 1;
    });
  }
  push(lines.length);
  return documents;
};

const normalised = (lines: readonly string[], source: number, first: number, last: number): DocumentLines => {
  let shared = Number.POSITIVE_INFINITY;
  for (let i = first + 1; i < last; i++) shared = Math.min(shared, leadingSpaces(lines[i]!));
  if (shared === Number.POSITIVE_INFINITY) shared = 0;
  const firstIndent = leadingSpaces(lines[first]!);
  let lastLength = contentEnd(lines[last - 1]!);
  while (lastLength > 0 && /\s/.test(lines[last - 1]![lastLength - 1]!)) lastLength--;
  let h1 = 0x811c9dc5;
  let h2 = last - first;
  for (let i = first; i < last; i++) {
    const line = lines[i]!;
    const from = i === first ? firstIndent : shared;
    const to = i === last - 1 ? lastLength : contentEnd(line);
    let h = 0x811c9dc5;
    for (let c = from; c < to; c++) h = Math.imul(h ^ line.charCodeAt(c), 0x01000193);
    h1 = (Math.imul(h1, 0x01000193) ^ h) >>> 0;
    h2 = (Math.imul(h2, 31) + h) >>> 0;
  }
  return { source, first, count: last - first, firstIndent, shared, lastLength, hash: `${last - first}:${h1}:${h2}` };
};

/** Line `k` of a document as normalised (see DocumentLines). */
const lineOf = (document: DocumentLines, lines: readonly string[], k: number): string => {
  const line = lines[document.first + k]!;
  return line.slice(k === 0 ? document.firstIndent : document.shared, k === document.count - 1 ? document.lastLength : contentEnd(line));
};

const sameLines = (a: DocumentLines, aLines: readonly string[], b: DocumentLines, bLines: readonly string[]): boolean => {
  if (a.count !== b.count) return false;
  for (let k = 0; k < a.count; k++) if (lineOf(a, aLines, k) !== lineOf(b, bLines, k)) return false;
  return true;
};

const leadingSpaces = (line: string): number => {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
};

/** The end of a line's content: before a trailing `\r`. */
const contentEnd = (line: string): number => (line.charCodeAt(line.length - 1) === 13 ? line.length - 1 : line.length);

const isBlank = (line: string): boolean => {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
};

const withoutCr = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);

/**
 * A region of a rendered document's text as offsets into the file it copies (`copy`), or
 * undefined when the region is not inside the copied lines, or when the lines it starts and ends
 * on no longer hold the same text in the file as the scan read it.
 */
export const copiedRange = (copy: CopiedText, region: Region, renderedText: string, fileText: string): { start: number; end: number } | undefined => {
  const renderedLines = renderedText.split('\n');
  const starts = [0];
  for (let i = fileText.indexOf('\n'); i !== -1; i = fileText.indexOf('\n', i + 1)) starts.push(i + 1);
  const at = (line: number, column: number): number | undefined => {
    const index = line - 1 - copy.renderedLine;
    if (index < 0 || index >= copy.lines) return undefined;
    const fileLine = copy.fileLine + index;
    if (fileLine >= starts.length) return undefined;
    const lineEnd = fileLine + 1 < starts.length ? starts[fileLine + 1]! - 1 : fileText.length;
    const content = withoutCr(fileText.slice(starts[fileLine], lineEnd));
    if (content.trim() !== withoutCr(renderedLines[line - 1] ?? '').trim()) return undefined;
    const offset = Math.min(content.length, Math.max(0, column - 1 - (index === 0 ? copy.firstShift : copy.shift)));
    return starts[fileLine]! + offset;
  };
  const start = at(region.startLine, region.startColumn);
  const end = at(region.endLine, region.endColumn);
  return start === undefined || end === undefined ? undefined : { start, end: Math.max(start, end) };
};
