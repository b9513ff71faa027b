import type { YamlPath } from '../model/source-ref.ts';

/** Where a key path was found in a template's text (offsets into the text given). */
export interface TemplateMatch {
  readonly start: number;
  readonly end: number;
  /** Every step of the path was found (and the scalar's text, when one was given). */
  readonly complete: boolean;
}

interface Line {
  readonly start: number;
  readonly end: number;
  readonly indent: number;
  /** Content without indentation (and without a trailing `\r`). */
  readonly content: string;
}

/**
 * Finds, in the text of a Helm template, the line that writes the value at `path` of a rendered
 * document: each key is searched among the direct children of the previous one (by indentation),
 * each index counts `- ` items. Template actions (`{{ ... }}` alone on a line) and comments are
 * stepped over. When a step is not written literally (a `range`, an `include`, `toYaml`), the
 * match stops at the last step found and is incomplete. Linear in the text's length.
 */
export const matchKeyPath = (text: string, path: YamlPath, scalar?: string): TemplateMatch => {
  const lines = splitLines(text);
  const first = lines.findIndex((line) => !isSkipped(line));
  if (first === -1) return { start: 0, end: 0, complete: false };
  let best: { start: number; end: number } = { start: lines[first]!.start + lines[first]!.indent, end: lines[first]!.end };
  let from = first;
  /** Indentation of the node whose children we look at (-1: the document). */
  let parent = -1;
  /** The value is written on one line after this offset (flow collection or plain scalar). */
  let inline: { line: number; offset: number } | undefined;
  for (const step of path) {
    if (inline) {
      if (typeof step === 'number') continue; // items of a flow sequence: the line is the answer
      const line = lines[inline.line]!;
      const at = findFlowKey(text.slice(inline.offset, line.end), step);
      if (at === undefined) return { ...best, complete: false };
      best = { start: inline.offset + at.start, end: inline.offset + at.end };
      inline = { line: inline.line, offset: inline.offset + at.end };
      continue;
    }
    const found = typeof step === 'number' ? findItem(lines, from, parent, step) : findKey(lines, from, parent, step);
    if (!found) return { ...best, complete: false };
    const line = lines[found.line]!;
    best = { start: line.start + found.column, end: line.start + found.column + found.length };
    const rest = line.content.slice(found.after - line.indent);
    const value = rest.replace(/^\s+/, '');
    if (typeof step === 'number' && isActionOnly(value)) {
      // `- {{- if .Values.x }}`: the item's keys start on the next lines, further right.
      parent = found.column - 1;
      from = found.line + 1;
      best = { start: line.start + line.indent, end: line.end };
      continue;
    }
    if (value !== '' && !value.startsWith('#') && !/^[|>]/.test(value) && !(typeof step === 'number' && isKeyStart(value))) {
      inline = { line: found.line, offset: line.end - value.length };
      if (typeof step === 'number') best = { start: inline.offset, end: line.end };
    } else if (typeof step === 'number' && value !== '' && isKeyStart(value)) {
      // `- key: ...`: the item is a mapping whose first key is on the dash line.
      parent = found.column - 1;
      from = found.line;
      best = { start: line.start + line.indent, end: line.end };
      continue;
    }
    parent = typeof step === 'number' ? found.column - 1 : found.column;
    from = found.line + 1;
  }
  if (scalar === undefined || scalar === '') return { ...best, complete: true };
  // The value itself, on the line where the path ended.
  if (!inline) return { ...best, complete: false };
  const valueStart = inline.offset;
  const segment = text.slice(valueStart, lines[inline.line]!.end);
  const at = segment.indexOf(scalar);
  if (at === -1) return { ...best, complete: false };
  const quote = segment[at - 1];
  const quoted = (quote === '"' || quote === "'") && segment[at + scalar.length] === quote;
  return { start: valueStart + at - (quoted ? 1 : 0), end: valueStart + at + scalar.length + (quoted ? 1 : 0), complete: true };
};

const splitLines = (text: string): Line[] => {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const contentEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const raw = text.slice(start, contentEnd);
    const indent = raw.length - raw.replace(/^[ \t]+/, '').length;
    lines.push({ start, end: contentEnd, indent, content: raw.slice(indent) });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
};

/** Lines that neither hold YAML nor close a block: blank, comments, and template actions alone. */
const isSkipped = (line: Line): boolean =>
  line.content === '' || line.content.startsWith('#') || (line.content.startsWith('{{') && line.content.endsWith('}}') && !/}}\s*\S/.test(line.content.slice(2, -2)));

const isKeyStart = (value: string): boolean => /^("[^"]*"|'[^']*'|[^\s"'{[#:][^:#]*?)\s*:(\s|$)/.test(value);

const keyPattern = (key: string): RegExp => new RegExp(`^(?:"${escape(key)}"|'${escape(key)}'|${escape(key)})\\s*:(?:\\s|$)`);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `key:` among the direct children of the node at indentation `parent`, from line `from`. */
interface Found {
  readonly line: number;
  /** Column (0-based) of the key, or of the item's content. */
  readonly column: number;
  /** Length of the key (0 for an item). */
  readonly length: number;
  /** Column where the value starts (after `key:` or `- `). */
  readonly after: number;
}

const findKey = (lines: readonly Line[], from: number, parent: number, key: string): Found | undefined => {
  const pattern = keyPattern(key);
  let childIndent: number | undefined;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (isSkipped(line)) continue;
    // A dash line opening the block (`- key: x` right after `parent`) puts its key further right.
    const dashes = /^(-[ \t]+)*/.exec(line.content)![0].length;
    const column = line.indent + dashes;
    if (i > from && line.indent <= parent) return undefined;
    if (i === from && column <= parent) return undefined;
    childIndent ??= column;
    if (column < childIndent) return undefined;
    if (column !== childIndent) continue;
    const content = line.content.slice(dashes);
    const match = pattern.exec(content);
    if (match) return { line: i, column, length: match[0].replace(/\s*:\s?$/, '').length, after: column + match[0].length };
  }
  return undefined;
};

/** The `index`-th `- ` item of the sequence under the node at indentation `parent`. */
const findItem = (lines: readonly Line[], from: number, parent: number, index: number): Found | undefined => {
  let itemIndent: number | undefined;
  let count = 0;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (isSkipped(line)) continue;
    if (line.indent < parent) return undefined;
    const isDash = /^-(\s|$)/.test(line.content);
    if (line.indent === parent && !isDash) return undefined;
    itemIndent ??= isDash ? line.indent : undefined;
    if (itemIndent === undefined) return undefined;
    if (line.indent < itemIndent) return undefined;
    if (line.indent !== itemIndent || !isDash) continue;
    if (count === index) return { line: i, column: line.indent + 2, length: 0, after: line.indent + 1 };
    count++;
  }
  return undefined;
};

/** `key:` inside a flow mapping written on one line, e.g. `{name: x, key: y}`. */
const findFlowKey = (text: string, key: string): { start: number; end: number } | undefined => {
  const match = new RegExp(`(^|[{,\\s])(?:"${escape(key)}"|'${escape(key)}'|${escape(key)})\\s*:`).exec(text);
  if (!match) return undefined;
  const start = match.index + match[1]!.length;
  return { start, end: start + match[0].length - match[1]!.length - 1 };
};

/**
 * Text that is only control actions (`{{- if .Values.x }}`, `{{ end }}{{ with . }}`), which print
 * nothing: not `{{ toYaml . }}` or `{{ .Values.x }}`, which write the item's value.
 */
const isActionOnly = (value: string): boolean => {
  if (!value.startsWith('{{')) return false;
  const actions = value.match(/\{\{[^}]*\}\}/g) ?? [];
  return value.replace(/\{\{[^}]*\}\}/g, '').trim() === '' && actions.every((action) => /^\{\{-?\s*(?:(?:if|else|end|with|range)\b|\/\*)/.test(action));
};

const CONTROL = /\{\{-?\s*(?:if|range|with)\b/;

/** At most this many index variants are tried for one path (the search stays linear in practice). */
const MAX_VARIANTS = 64;
const MAX_INDEX_TRIED = 16;

/**
 * `matchKeyPath` when list items may be switched off by `{{ if }}` (so the rendered index is not
 * the template's): the path as rendered, then with one list index at a time replaced, keeping the
 * matches that find the scalar itself. `found` counts the distinct places written that way: one
 * means the value's line is known; more means it is a guess.
 */
export const matchKeyPathByValue = (text: string, path: YamlPath, scalar: string | undefined): TemplateMatch & { readonly found: number } => {
  const original = matchKeyPath(text, path, scalar);
  if (scalar === undefined || scalar === '') return { ...original, found: original.complete ? 1 : 0 };
  // No `if`, `range` or `with` between any list's key and the item found: no earlier item can be switched off.
  if (original.complete && path.every((step, position) => typeof step !== 'number' || !CONTROL.test(text.slice(matchKeyPath(text, path.slice(0, position)).start, original.start)))) {
    return { ...original, found: 1 };
  }
  const places = new Map<number, TemplateMatch>();
  if (original.complete) places.set(original.start, original);
  let tried = 0;
  path.forEach((step, position) => {
    if (typeof step !== 'number') return;
    for (let index = 0; index < MAX_INDEX_TRIED && tried < MAX_VARIANTS; index++) {
      if (index === step) continue;
      tried++;
      const variant = [...path.slice(0, position), index, ...path.slice(position + 1)];
      const match = matchKeyPath(text, variant, scalar);
      if (match.complete && !places.has(match.start)) places.set(match.start, match);
    }
  });
  if (places.size === 0) return { ...original, found: 0 };
  const chosen = original.complete ? original : [...places.values()][0]!;
  return { ...chosen, found: places.size };
};
