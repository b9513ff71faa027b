import type { NodeRef, Region, SourceRef, TextRef, YamlPath } from '../model/source-ref.ts';
import type { CopiedText, PatchTarget, RenderedDocument } from './rendered-document.ts';
import { copiedRange } from './copied-files.ts';
import { templatePieces } from './helm.ts';
import { matchKeyPath, matchKeyPathByValue } from './template-position.ts';
import { deepEqual, isRecord } from '../json.ts';

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
  /** Where a ref into the rendered document is in its own text (for a copy of a chart file). */
  readonly regionOf?: (ref: SourceRef) => Region | undefined;
}

/**
 * Maps a ref into a rendered document back to the file that wrote the value: for Helm, a line of
 * the template found by key path; for kustomize, the same path in the resource file that
 * declares the object, else the patch that wrote the value.
 */
export const originOf = (document: RenderedDocument, ref: SourceRef, context: OriginContext): Origin =>
  document.renderer === 'helm' ? helmOrigin(document, ref, context) : kustomizeOrigin(document, ref, context);

const helmOrigin = (document: RenderedDocument, ref: SourceRef, context: OriginContext): Origin => {
  const copied = document.copied && copiedOrigin(document.copied, document.text, ref, context);
  if (copied) return { ref: copied };
  const printed = document.sourceComment ?? 'an unnamed template';
  const text = document.template === undefined ? undefined : context.textOf(document.template);
  if (document.template === undefined || text === undefined) {
    return {
      ref: { file: document.origin, start: 0, end: 0 },
      approximate: `rendered by helm from ${printed}, which is not a file of the scan (a packaged dependency?)`,
    };
  }
  const approximate = document.templateAmbiguous
    ? `rendered by helm from ${document.template}, where more than one document could have written it`
    : `rendered by helm from ${document.template}`;
  const pieces = templatePieces(text);
  const segment = pieces[document.templateDocument ?? 0] ?? { base: 0, text };
  if ('start' in ref || ref.span) {
    const match = matchKeyPath(segment.text, 'start' in ref ? [] : ref.path);
    return { ref: textRef(document.template, segment.base + match.start, segment.base + match.end), approximate };
  }
  const rendered = context.rendered();
  const value = valueAt(rendered, ref.path);
  const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  // A list item switched off by `{{ if }}` shifts the rendered index: items are found by their
  // name where they have one, else by the value written.
  const named = byItemName(segment.text, ref.path, rendered);
  const wanted = ref.key ? undefined : scalar;
  const match = named.allNamed ? { ...matchKeyPath(segment.text, named.path, wanted), found: 1 } : matchKeyPathByValue(segment.text, named.path, wanted);
  const at = textRef(document.template, segment.base + match.start, segment.base + match.end);
  return match.complete && match.found === 1 && !document.templateAmbiguous ? { ref: at } : { ref: at, approximate };
};

/** A rendered document that copies a chart file verbatim: the ref's own line and column in that file. */
const copiedOrigin = (copied: CopiedText, renderedText: string, ref: SourceRef, context: OriginContext): TextRef | undefined => {
  const region = context.regionOf?.(ref);
  const fileText = context.textOf(copied.file);
  if (!region || fileText === undefined) return undefined;
  const range = copiedRange(copied, region, renderedText, fileText);
  return range && textRef(copied.file, range.start, range.end);
};

/** How many template items are tried when looking for a list item by name. */
const MAX_NAMED_ITEMS = 32;

/**
 * The path with each list index replaced by the index of the template item that writes the
 * rendered item's `name` literally (containers, volumes, env, ports are keyed by name), when
 * exactly one does. `allNamed`: every index was found that way, so none can be off by a
 * switched-off item.
 */
const byItemName = (text: string, path: YamlPath, rendered: unknown): { path: YamlPath; allNamed: boolean } => {
  const steps = [...path];
  let allNamed = true;
  steps.forEach((step, position) => {
    if (typeof step !== 'number') return;
    const name = field(valueAt(rendered, path.slice(0, position + 1)), 'name');
    const hits: number[] = [];
    if (typeof name === 'string' && name !== '') {
      const prefix = steps.slice(0, position);
      for (let index = 0; index < MAX_NAMED_ITEMS && hits.length < 2; index++) if (matchKeyPath(text, [...prefix, index, 'name'], name).complete) hits.push(index);
    }
    if (hits.length === 1) steps[position] = hits[0]!;
    else allNamed = false;
  });
  return { path: steps, allNamed };
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
  // Written by a patch that applies to this object (or moved by one): a JSON 6902 operation whose
  // path leads to the value, else the node with the same value whose keys end alike.
  const target = valueAt(rendered, ref.path);
  if (target !== MISSING) {
    const object = { kind, name, namespace: field(field(rendered, 'metadata'), 'namespace'), apiVersion: field(rendered, 'apiVersion'), baseName: base ? field(field(base.value, 'metadata'), 'name') : undefined };
    const roots: { file: string; doc: number; path: YamlPath; value: unknown }[] = [];
    let unsure = false;
    for (const patch of files.patches) {
      const applies = patchApplies(patch.target, object);
      if (applies === 'no') continue;
      context.documentsOf(patch.file).forEach((value, doc) => {
        if (Array.isArray(value)) {
          // JSON 6902: the `value` of an add or replace whose path the ref lies under.
          if (patch.target === undefined || patch.json6902 === false) return;
          value.forEach((operation, index) => {
            const at = operationPath(operation);
            if (!at || !startsWithPointer(ref.path, at)) return;
            const written = valueAt(field(operation, 'value'), ref.path.slice(at.length));
            if (written === MISSING || !deepEqual(written, target)) return;
            roots.push({ file: patch.file, doc, path: [index, 'value', ...ref.path.slice(at.length)], value: written });
            if (applies === 'maybe') unsure = true;
          });
          return;
        }
        if (patch.target === undefined && !sameObject(value, object)) return;
        if (applies === 'maybe') unsure = true;
        roots.push({ file: patch.file, doc, path: [], value });
      });
    }
    const exactOperation = roots.filter((root) => root.path.length > 0 && typeof root.path[0] === 'number' && root.path[1] === 'value');
    if (exactOperation.length === 1 && !unsure) {
      const [only] = exactOperation;
      return { ref: { file: only!.file, doc: only!.doc, path: only!.path, ...(ref.key ? { key: true } : {}), ...(ref.span ? { span: ref.span } : {}) } };
    }
    if (base) roots.unshift(base);
    const found = bestByValue(roots, target, ref.path);
    if (found) return { ref: { ...found, ...(ref.key ? { key: true } : {}), ...(ref.span ? { span: ref.span } : {}) }, ...(found.unique && !unsure ? {} : { approximate }) };
  }
  if (base) return { ref: within(base, ref), approximate };
  const what = typeof kind === 'string' && typeof name === 'string' ? `${kind}/${name}` : 'this object';
  return { ref: textRef(document.origin, 0, 0), approximate: `${approximate}; no resource file of the scan declares ${what} (generated, or from a remote base)` };
};

interface RenderedObject {
  readonly kind: unknown;
  readonly name: unknown;
  readonly namespace: unknown;
  readonly apiVersion: unknown;
  /** The name its declaration in a resource file has (before prefixes and suffixes). */
  readonly baseName: unknown;
}

/**
 * Whether a patch's target selects the object: by kind, name (as declared, or as rendered),
 * namespace, group and version. A name written as a pattern, or a label selector, is 'maybe'
 * (this scan does not evaluate them): such a patch is credited, but never exactly.
 */
const patchApplies = (target: PatchTarget | undefined, object: RenderedObject): 'yes' | 'no' | 'maybe' => {
  if (target === undefined) return 'yes';
  if (target.kind !== undefined && target.kind !== object.kind) return 'no';
  if (target.namespace !== undefined && object.namespace !== undefined && target.namespace !== object.namespace) return 'no';
  const [group, version] = typeof object.apiVersion === 'string' ? (object.apiVersion.includes('/') ? object.apiVersion.split('/', 2) : ['', object.apiVersion]) : [undefined, undefined];
  if (target.group !== undefined && group !== undefined && target.group !== group) return 'no';
  if (target.version !== undefined && version !== undefined && target.version !== version) return 'no';
  let answer: 'yes' | 'maybe' = target.bySelector ? 'maybe' : 'yes';
  if (target.name !== undefined) {
    if (/^[-a-z0-9.]*$/i.test(target.name)) {
      if (target.name !== object.name && target.name !== object.baseName) return 'no';
    } else answer = 'maybe';
  }
  return answer;
};

/** A strategic-merge patch document for this object: its kind and name (as declared or rendered). */
const sameObject = (patch: unknown, object: RenderedObject): boolean => {
  const name = field(field(patch, 'metadata'), 'name');
  return field(patch, 'kind') === object.kind && (name === object.name || name === object.baseName);
};

/** The path of a JSON 6902 add or replace, as YAML path steps ('-' appends: any index). */
const operationPath = (operation: unknown): readonly (string | number | '-')[] | undefined => {
  const op = field(operation, 'op');
  const path = field(operation, 'path');
  if ((op !== 'add' && op !== 'replace') || typeof path !== 'string' || !path.startsWith('/')) return undefined;
  return path
    .slice(1)
    .split('/')
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((step) => (step === '-' ? '-' : /^(0|[1-9]\d*)$/.test(step) ? Number(step) : step));
};

const startsWithPointer = (path: YamlPath, pointer: readonly (string | number | '-')[]): boolean =>
  pointer.length <= path.length && pointer.every((step, i) => step === path[i] || (step === '-' && typeof path[i] === 'number') || (typeof step === 'number' && String(step) === String(path[i])));

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
