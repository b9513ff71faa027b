import { CONTAINER_LISTS } from '../coverage.ts';
import { CEL_TYPE_NAME, NOT_TYPE_NAMES, celChildren, parseCel, type CelNode } from './parse-cel.ts';

const TYPE_NAME_AT_START = new RegExp(`^${CEL_TYPE_NAME}`);

/**
 * What one mutation of a MutatingAdmissionPolicy / Kyverno MutatingPolicy writes, read from its
 * object construction: `Object{metadata: Object.metadata{labels: {...}}}` (ApplyConfiguration)
 * writes `metadata.labels`; `[JSONPatch{op: "add", path: "/metadata/annotations/x", ...}]` writes
 * `metadata.annotations.x`. A value that is not itself a construction of the field's type is
 * written whole at that field. What the analysis cannot follow (a result that is not a
 * construction, a JSON Patch path that is not a literal) is `unknown`, at the construct.
 */
export type MutationWrites =
  | { readonly kind: 'writes'; readonly paths: readonly MutationWrite[] }
  | { readonly kind: 'unknown'; readonly why: string; readonly start: number; readonly end: number };

export interface MutationWrite {
  /** Field names from the object's root (`['metadata', 'labels']`); JSON Patch indexes dropped. */
  readonly path: readonly string[];
  readonly start: number;
  readonly end: number;
}

/**
 * Whether a write can change a container: it names a container list, or replaces a whole object
 * that holds one (the object, its `spec`, a pod template or job template). Pod-level fields
 * (`spec.securityContext`, `spec.priorityClassName`) and metadata hold no container.
 */
export const writesContainers = (path: readonly string[]): boolean =>
  path.length === 0 || path.some((segment) => (CONTAINER_LISTS as readonly string[]).includes(segment)) || ['spec', 'template', 'jobTemplate'].includes(path[path.length - 1]!);

/**
 * What a write `writesContainers` accepts does, in words: `changes spec.containers.image` (into a
 * container list), `replaces spec whole, containers included`, `replaces the whole object`.
 * `shown`: the path as the policy writes it (`spec.containers[name:*].image`).
 */
export const containerWriteText = (path: readonly string[], shown = path.join('.')): string =>
  path.length === 0
    ? 'replaces the whole object'
    : path.some((segment) => (CONTAINER_LISTS as readonly string[]).includes(segment))
      ? `changes ${shown}`
      : `replaces ${path.join('.')} whole, containers included`;


/**
 * The expression with each construction's type name blanked (`Object.spec{` → `           {`),
 * so that the parser reads it as a map literal at the same offsets, and the type at each `{`.
 */
const blankTypeNames = (expression: string): { text: string; typeAt: Map<number, string> } => {
  const typeAt = new Map<number, string>();
  // Offsets are UTF-16 units, as the parser's are: work on the string, not on code points.
  const text = expression;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const quoted = stringLiteralEnd(text, i);
    if (quoted !== undefined) {
      out += text.slice(i, quoted);
      i = quoted;
      continue;
    }
    const name = TYPE_NAME_AT_START.exec(text.slice(i, i + 512));
    if (name && (i === 0 || !/[\w.]/.test(text[i - 1]!))) {
      const after = /^\s*\{/.exec(text.slice(i + name[0].length, i + name[0].length + 64));
      const type = name[0].replace(/\s+/g, '');
      if (after && !NOT_TYPE_NAMES.has(type)) {
        const brace = i + name[0].length + after[0].length - 1;
        typeAt.set(brace, type);
        out += ' '.repeat(brace - i) + '{';
        i = brace + 1;
        continue;
      }
      out += name[0];
      i += name[0].length;
      continue;
    }
    out += text[i];
    i += 1;
  }
  return { text: out, typeAt };
};

/** The end of a CEL string or bytes literal starting at `i` (any quoting, raw or not), if one does. */
const stringLiteralEnd = (text: string, i: number): number | undefined => {
  const prefix = /^(?:[rR][bB]?|[bB][rR]?)?/.exec(text.slice(i, i + 2))![0];
  const quoteAt = i + prefix.length;
  const quote = text[quoteAt];
  if (quote !== '"' && quote !== "'") return undefined;
  if (prefix !== '' && i > 0 && /[\w.]/.test(text[i - 1]!)) return undefined;
  const raw = /[rR]/.test(prefix);
  const triple = text.startsWith(quote.repeat(3), quoteAt);
  const close = triple ? quote.repeat(3) : quote;
  let j = quoteAt + close.length;
  while (j < text.length) {
    if (!raw && text[j] === '\\') {
      j += 2;
      continue;
    }
    if (text.startsWith(close, j)) return j + close.length;
    if (!triple && text[j] === '\n') return j;
    j += 1;
  }
  return text.length;
};

const entriesOf = (node: CelNode): [CelNode, CelNode][] => (Array.isArray(node.args) ? (node.args as [CelNode, CelNode][]) : []);

/** The JSON Pointer `/a/b~1c/0` as field names, indexes and `-` dropped. */
const pointerPath = (pointer: string): string[] =>
  pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .filter((part) => part !== '-' && !/^\d+$/.test(part));

/** Every node of a parsed expression, depth first. */
const everyNode = function* (node: CelNode): Generator<CelNode> {
  yield node;
  for (const child of celChildren(node)) yield* everyNode(child);
};

export const mutationWrites = (expression: string): MutationWrites => {
  const { text, typeAt } = blankTypeNames(expression);
  const parsed = parseCel(text);
  if (!parsed.ok) return { kind: 'unknown', why: parsed.reason, start: parsed.start, end: parsed.end };
  const paths: MutationWrite[] = [];
  const unknown = (node: CelNode, why: string): MutationWrites => ({ kind: 'unknown', why, start: node.start, end: node.end });
  const typeOf = (node: CelNode): string | undefined => (node.op === 'map' ? typeAt.get(node.start) : undefined);

  /** One construction's own writes: each field of an Object type (a nested construction of the field's type writes its own), a JSON Patch's path. */
  const construction = (node: CelNode, type: string): MutationWrites | undefined => {
    if (type === 'JSONPatch') return patch(node);
    if (type !== 'Object' && !type.startsWith('Object.')) return unknown(node, `a construction of ${type}, which mutations do not write`);
    for (const [key, value] of entriesOf(node)) {
      if (key.op !== 'id' || typeof key.args !== 'string') return unknown(key, 'a field of an object construction that is not a name');
      const fieldType = `${type}.${key.args}`;
      if (typeOf(value) !== fieldType) paths.push({ path: fieldType.split('.').slice(1), start: key.start, end: value.end });
    }
    return undefined;
  };

  /** A JSON Patch's `path`: a literal, or a literal prefix `"/metadata/annotations/" + key` (what follows its last `/` unknown). */
  const patch = (node: CelNode): MutationWrites | undefined => {
    const path = entriesOf(node).find(([key]) => key.op === 'id' && key.args === 'path')?.[1];
    let prefix = path;
    while (prefix?.op === '+') prefix = (prefix.args as CelNode[])[0];
    if (!path || prefix?.op !== 'value' || typeof prefix.args !== 'string') return unknown(path ?? node, 'a JSON Patch whose path does not start with a string literal');
    const pointer = prefix === path ? prefix.args : prefix.args.slice(0, prefix.args.lastIndexOf('/'));
    paths.push({ path: pointerPath(pointer), start: path.start, end: path.end });
    return undefined;
  };

  // Type names are absolute (`Object.spec.containers`), and a mutation's result is made of
  // constructions: what it can write is what its constructions write, wherever they stand (in a
  // `map`, a condition...). A variable may hold constructions of its own, so a result that is
  // not plainly a construction (or a list or choice of them) is followed only without variables.
  const plain = (node: CelNode): boolean =>
    node.op === '?:' ? (node.args as CelNode[]).slice(1).every(plain) : node.op === 'list' ? (node.args as CelNode[]).every((element) => typeOf(element) === 'JSONPatch') : typeOf(node) !== undefined;
  const nodes = [...everyNode(parsed.ast)];
  if (!plain(parsed.ast) && nodes.some((node) => node.op === 'id' && node.args === 'variables')) {
    return unknown(parsed.ast, 'a mutation whose result comes from variables');
  }
  for (const node of nodes) {
    const type = typeOf(node);
    if (type === undefined) continue;
    const failed = construction(node, type);
    if (failed) return failed;
  }
  if (!nodes.some((node) => typeOf(node) !== undefined) && !(parsed.ast.op === 'list' && (parsed.ast.args as CelNode[]).length === 0)) {
    return unknown(parsed.ast, 'a mutation whose result is not an object construction the analysis can follow');
  }
  return { kind: 'writes', paths };
};
