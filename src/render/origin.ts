import type { NodeRef, SourceRef, TextRef, YamlPath } from '../model/source-ref.ts';
import type { RenderedDocument } from './rendered-document.ts';
import { matchKeyPath } from './template-position.ts';
import { isRecord } from '../json.ts';

/** Where a ref into a rendered document points in the repository, and whether only roughly. */
export interface Origin {
  readonly ref: SourceRef;
  /** Set when the line is a best guess: said in the finding. */
  readonly approximate?: string;
}

/** What a locator may read: all lazy, so that documents nobody reports on cost nothing. */
export interface OriginContext {
  /** The rendered document's value. */
  readonly rendered: () => unknown;
  /** Text of a file of the scan (templates). */
  readonly textOf: (file: string) => string | undefined;
  /** Parsed documents of a file of the scan (bases and patches). */
  readonly documentsOf: (file: string) => readonly unknown[];
}

/**
 * Maps a ref into a rendered document back to the file that wrote the value: for Helm, a line of
 * the template found by key path; for kustomize, the same path in the resource file that
 * declares the object, else the patch that wrote the value.
 */
export const originOf = (document: RenderedDocument, ref: SourceRef, context: OriginContext): Origin =>
  document.renderer === 'helm' ? helmOrigin(document, ref, context) : kustomizeOrigin(document, ref, context);

const helmOrigin = (document: RenderedDocument, ref: SourceRef, context: OriginContext): Origin => {
  const printed = document.sourceComment ?? 'an unnamed template';
  const text = document.template === undefined ? undefined : context.textOf(document.template);
  if (document.template === undefined || text === undefined) {
    return {
      ref: { file: document.origin, start: 0, end: 0 },
      approximate: `rendered by helm from ${printed}, which is not a file of the scan (a packaged dependency?)`,
    };
  }
  const approximate = `rendered by helm from ${document.template}`;
  const segment = templateDocument(text, document.templateDocument ?? 0);
  if ('start' in ref || ref.span) {
    const match = matchKeyPath(segment.text, 'start' in ref ? [] : ref.path);
    return { ref: textRef(document.template, segment.base + match.start, segment.base + match.end), approximate };
  }
  const value = valueAt(context.rendered(), ref.path);
  const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  const match = matchKeyPath(segment.text, ref.path, ref.key ? undefined : scalar);
  const at = textRef(document.template, segment.base + match.start, segment.base + match.end);
  return match.complete ? { ref: at } : { ref: at, approximate };
};

const kustomizeOrigin = (document: RenderedDocument, ref: SourceRef, context: OriginContext): Origin => {
  const approximate = `rendered by kustomize from ${document.origin}`;
  const rendered = context.rendered();
  const kind = field(rendered, 'kind');
  const name = field(field(rendered, 'metadata'), 'name');
  const files = document.kustomization ?? { resources: [], patches: [] };
  const base = typeof kind === 'string' && typeof name === 'string' ? declaration(files.resources, kind, name, context) : undefined;
  if ('start' in ref) return base ? { ref: base, approximate } : { ref: textRef(document.origin, 0, 0), approximate };
  if (base && ref.path.length === 0) return { ref: within(base, ref) };
  if (base) {
    const there = valueAt(base.value, ref.path);
    if (there !== MISSING && deepEqual(there, valueAt(rendered, ref.path))) return { ref: within(base, ref) };
  }
  // Written by a patch (or moved by one): the node with the same value whose keys end alike.
  const target = valueAt(rendered, ref.path);
  if (target !== MISSING) {
    const roots: { file: string; doc: number; path: YamlPath; value: unknown }[] = [];
    if (base) roots.push(base);
    for (const file of files.patches) context.documentsOf(file).forEach((value, doc) => roots.push({ file, doc, path: [], value }));
    const found = bestByValue(roots, target, ref.path);
    if (found) return { ref: { ...found, ...(ref.key ? { key: true } : {}), ...(ref.span ? { span: ref.span } : {}) }, ...(found.unique ? {} : { approximate }) };
  }
  if (base) return { ref: within(base, ref), approximate };
  const what = typeof kind === 'string' && typeof name === 'string' ? `${kind}/${name}` : 'this object';
  return { ref: textRef(document.origin, 0, 0), approximate: `${approximate}; no resource file of the scan declares ${what} (generated, or from a remote base)` };
};

const within = (base: { file: string; doc: number; path: YamlPath }, ref: NodeRef): NodeRef => ({
  file: base.file,
  doc: base.doc,
  path: [...base.path, ...ref.path],
  ...(ref.key ? { key: true } : {}),
  ...(ref.span ? { span: ref.span } : {}),
});

/**
 * The object in the resource files with the rendered kind whose name the rendered one contains
 * (kustomize adds prefixes and suffixes): the longest such name, then the first in file order.
 */
const declaration = (
  files: readonly string[],
  kind: string,
  renderedName: string,
  context: OriginContext,
): { file: string; doc: number; path: YamlPath; value: unknown } | undefined => {
  let best: { file: string; doc: number; path: YamlPath; value: unknown; length: number } | undefined;
  const consider = (file: string, doc: number, path: YamlPath, value: unknown): void => {
    if (field(value, 'kind') !== kind) return;
    const name = field(field(value, 'metadata'), 'name');
    if (typeof name !== 'string' || name === '' || !renderedName.includes(name)) return;
    if (!best || name.length > best.length) best = { file, doc, path, value, length: name.length };
  };
  for (const file of files) {
    context.documentsOf(file).forEach((value, doc) => {
      const items = field(value, 'items');
      if (typeof field(value, 'kind') === 'string' && String(field(value, 'kind')).endsWith('List') && Array.isArray(items)) {
        items.forEach((item, index) => consider(file, doc, ['items', index], item));
      } else consider(file, doc, [], value);
    });
  }
  return best && { file: best.file, doc: best.doc, path: best.path, value: best.value };
};

/**
 * Among every node of `roots` equal to `target`, the one whose path ends with the most keys of
 * `path` (indices ignored: patches renumber lists). Nodes that match no key at all only count
 * for the document root. Linear in the size of the roots.
 */
const bestByValue = (
  roots: readonly { file: string; doc: number; path: YamlPath; value: unknown }[],
  target: unknown,
  path: YamlPath,
): { file: string; doc: number; path: YamlPath; unique: boolean } | undefined => {
  const keys = path.filter((step): step is string => typeof step === 'string');
  const simple = target === null || typeof target !== 'object';
  let best: { file: string; doc: number; path: YamlPath; score: number } | undefined;
  let ties = 0;
  for (const root of roots) {
    const stack: { value: unknown; path: YamlPath }[] = [{ value: root.value, path: root.path }];
    while (stack.length > 0) {
      const node = stack.pop()!;
      const shape = simple ? node.value === null || typeof node.value !== 'object' : typeof node.value === 'object' && node.value !== null;
      if (shape && deepEqual(node.value, target)) {
        const score = commonKeySuffix(node.path, keys);
        if (score > 0 || keys.length === 0) {
          if (!best || score > best.score) {
            best = { file: root.file, doc: root.doc, path: node.path, score };
            ties = 0;
          } else if (score === best.score) ties++;
        }
      }
      if (Array.isArray(node.value)) for (let i = node.value.length - 1; i >= 0; i--) stack.push({ value: node.value[i], path: [...node.path, i] });
      else if (typeof node.value === 'object' && node.value !== null) {
        const entries = Object.entries(node.value);
        for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], path: [...node.path, entries[i]![0]] });
      }
    }
  }
  return best && { file: best.file, doc: best.doc, path: best.path, unique: ties === 0 };
};

const commonKeySuffix = (path: YamlPath, keys: readonly string[]): number => {
  const own = path.filter((step): step is string => typeof step === 'string');
  let n = 0;
  while (n < own.length && n < keys.length && own[own.length - 1 - n] === keys[keys.length - 1 - n]) n++;
  return n;
};

/** The k-th `---`-separated document of a template's text (the whole text when there are fewer). */
const templateDocument = (text: string, index: number): { base: number; text: string } => {
  const pieces: { base: number; text: string }[] = [];
  const marker = /^---[ \t]*(?:#.*)?\r?$/gm;
  let start = 0;
  const push = (end: number): void => {
    const piece = text.slice(start, end);
    if (piece.split('\n').some((line) => isTemplateContent(line.trim()))) pieces.push({ base: start, text: piece });
  };
  for (let match = marker.exec(text); match; match = marker.exec(text)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return pieces[index] ?? { base: 0, text };
};

/** A line that writes YAML (not blank, a comment, or a template action alone). */
const isTemplateContent = (line: string): boolean => line !== '' && !line.startsWith('#') && !/^\{\{.*\}\}$/.test(line);

const textRef = (file: string, start: number, end: number): TextRef => ({ file, start, end });

const MISSING: unique symbol = Symbol('missing');

/** The value at a path (MISSING when a step does not exist). */
export const valueAt = (value: unknown, path: YamlPath): unknown => {
  let current: unknown = value;
  for (const step of path) {
    if (Array.isArray(current) && typeof step === 'number' && step < current.length) current = current[step];
    else if (typeof current === 'object' && current !== null && !Array.isArray(current) && Object.hasOwn(current, String(step))) {
      current = (current as Record<string, unknown>)[String(step)];
    } else return MISSING;
  }
  return current;
};

const field = (value: unknown, key: string): unknown => (isRecord(value) ? value[key] : undefined);

const deepEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => Object.hasOwn(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
};
