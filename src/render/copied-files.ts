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
 * blanks, every other line without the indentation all of them share (`shared`).
 */
interface DocumentLines {
  readonly source: number;
  /** Index of the document's first line in its text. */
  readonly first: number;
  readonly lines: readonly string[];
  /** Leading spaces of the first line before it was trimmed. */
  readonly firstIndent: number;
  /** Spaces every line after the first starts with (its fewest). */
  readonly shared: number;
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

  constructor(sources: readonly CopySource[]) {
    this.sources = sources;
    sources.forEach((source, index) => {
      for (const document of documentsOf(source.text.split('\n'), index)) {
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
    const lines = renderedText.split('\n');
    let from = 0;
    if (MARKER.test(withoutCr(lines[0] ?? ''))) from++;
    if (/^# Source: /.test(lines[from] ?? '')) from++;
    const [rendered] = documentsOf(lines.slice(from), -1, true);
    if (!rendered) return undefined;
    const candidates = this.byHash.get(rendered.hash) ?? [];
    const equal: DocumentLines[] = [];
    for (const candidate of candidates.slice(0, MAX_COMPARED)) {
      if (sameLines(candidate.lines, rendered.lines)) equal.push(candidate);
    }
    if (candidates.length > MAX_COMPARED || equal.length !== 1) return undefined;
    const [copied] = equal;
    const source = this.sources[copied!.source]!;
    if (source.template) return undefined;
    const fileLines = source.text.split('\n').slice(copied!.first, copied!.first + copied!.lines.length);
    if (!deepEqual(parse(fileLines.join('\n')), parse(lines.slice(from + rendered.first, from + rendered.first + copied!.lines.length).join('\n')))) return undefined;
    return {
      file: source.file,
      renderedLine: from + rendered.first,
      fileLine: copied!.first,
      lines: copied!.lines.length,
      firstShift: rendered.firstIndent - copied!.firstIndent,
      shift: rendered.shared - copied!.shared,
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
    while (first < last && withoutCr(lines[first]!).trim() === '') first++;
    while (last > first && withoutCr(lines[last - 1]!).trim() === '') last--;
    if (first < last) documents.push(normalised(lines, source, first, last));
  };
  if (!whole) {
    lines.forEach((line, index) => {
      if (!MARKER.test(withoutCr(line))) return;
      push(index);
      start = index + 1;
    });
  }
  push(lines.length);
  return documents;
};

const normalised = (lines: readonly string[], source: number, first: number, last: number): DocumentLines => {
  const raw = lines.slice(first, last).map(withoutCr);
  let shared = Number.POSITIVE_INFINITY;
  for (let i = 1; i < raw.length; i++) shared = Math.min(shared, leadingSpaces(raw[i]!));
  if (shared === Number.POSITIVE_INFINITY) shared = 0;
  const firstIndent = leadingSpaces(raw[0]!);
  const out = raw.map((line, i) => (i === 0 ? line.slice(firstIndent) : line.slice(shared)));
  out[out.length - 1] = out[out.length - 1]!.replace(/\s+$/, '');
  let h1 = 0x811c9dc5;
  let h2 = out.length;
  for (const line of out) {
    const h = lineHash(line);
    h1 = (Math.imul(h1, 0x01000193) ^ h) >>> 0;
    h2 = (Math.imul(h2, 31) + h) >>> 0;
  }
  return { source, first, lines: out, firstIndent, shared, hash: `${out.length}:${h1}:${h2}` };
};

/** FNV-1a over the UTF-16 code units of a line. */
const lineHash = (line: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < line.length; i++) h = Math.imul(h ^ line.charCodeAt(i), 0x01000193);
  return h >>> 0;
};

const sameLines = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((line, i) => line === b[i]);

const leadingSpaces = (line: string): number => {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
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
