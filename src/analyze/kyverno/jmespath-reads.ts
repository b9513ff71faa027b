import { compile, tokenize } from '@jmespath-community/jmespath';
import type { ContainerList } from '../coverage.ts';
import { isContainerList } from '../../model/container-fields.ts';
import { POD_SPEC_LOCATIONS } from '../../model/pod-specs.ts';

/**
 * What a Kyverno JMESPath expression reads from the admission request: which container lists,
 * which container fields (relative to one container), which pod-spec fields, and whether it
 * looks at `request.operation`. Offsets are into the expression source as given.
 *
 * The parser is the JMESPath Community dialect. It accepts arithmetic, `let` and ternaries that
 * Kyverno's go-jmespath rejects (`labels.app-name` parses as a subtraction): such nodes become
 * unknown evidence, never reads.
 */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export interface JmesListRead {
  readonly list: ContainerList;
  readonly span: TextSpan;
}

export interface JmesFieldCheck {
  /** Lists whose elements the field belongs to. */
  readonly lists: readonly ContainerList[];
  /** Container-relative dotted path ("securityContext.privileged"). */
  readonly field: string;
  readonly span: TextSpan;
}

export interface JmesPodField {
  /** Pod-spec path ("spec.hostNetwork"). */
  readonly field: string;
  readonly span: TextSpan;
}

export interface JmesUnknown {
  readonly span: TextSpan;
  readonly note: string;
}

export interface JmesReads {
  readonly reads: JmesListRead[];
  readonly checks: JmesFieldCheck[];
  readonly podFields: JmesPodField[];
  readonly unknowns: JmesUnknown[];
  /** Span of each `request.operation` reference. */
  readonly operationRefs: TextSpan[];
}

/** What an identifier names when it starts an expression: bound by foreach or `context`. */
export type JmesBinding = ContainerShape | OpaqueShape;

export interface ContainerShape {
  readonly t: 'containers';
  readonly lists: readonly JmesListRead[];
  /** Path from one container to the value, e.g. ["securityContext", "privileged"]. */
  readonly rel: readonly string[];
  readonly relSpan?: TextSpan;
  /**
   * A value derived from one container field (`images.<list>`, an image registry lookup of
   * `element.image`): everything below it is still about that field.
   */
  readonly derived?: boolean;
}

interface OpaqueShape {
  readonly t: 'opaque';
}

interface RootShape {
  readonly t: 'root';
}

/** An absolute path from the variable root: ["request", "object", "spec"]. */
interface PathShape {
  readonly t: 'path';
  readonly segs: readonly string[];
  readonly span: TextSpan;
}

type Shape = ContainerShape | OpaqueShape | RootShape | PathShape;

const OPAQUE: OpaqueShape = { t: 'opaque' };
const ROOT: RootShape = { t: 'root' };

/** Pod-spec locations below `request.object` for Pods and the controllers autogen writes. */
const POD_SPEC_PATHS: readonly (readonly string[])[] = POD_SPEC_LOCATIONS.map((location) => location.path);

/** Deeper ASTs than this are hostile input: give up with an unknown. */
const MAX_DEPTH = 200;

// The AST of @jmespath-community/jmespath, read structurally (its node types are not exported).
interface Node {
  readonly type: string;
  readonly name?: string;
  readonly value?: unknown;
  readonly left?: Node;
  readonly right?: Node;
  readonly child?: Node;
  readonly condition?: Node;
  readonly children?: readonly Node[];
  readonly operand?: Node;
  readonly trueExpr?: Node;
  readonly falseExpr?: Node;
  readonly expression?: Node;
  readonly bindings?: readonly Node[];
  readonly reference?: Node;
}

export type ParsedJmes = { readonly ok: true; readonly ast: Node; readonly spans: ReadonlyMap<Node, TextSpan> } | { readonly ok: false; readonly error: string };

/** Parse once, and give identifier-bearing nodes (fields, functions, hash keys) their spans. */
export const parseJmes = (source: string): ParsedJmes => {
  let ast: Node;
  let tokens: readonly { type: string; value: unknown; start: number }[];
  try {
    ast = compile(source) as unknown as Node;
    tokens = tokenize(source);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, ast, spans: identifierSpans(ast, tokens, source) };
};

/**
 * The AST carries no positions: walk it in source order and pair each named node with the next
 * identifier token of the same name.
 */
const identifierSpans = (
  ast: Node,
  tokens: readonly { type: string; value: unknown; start: number }[],
  source: string,
): Map<Node, TextSpan> => {
  const identifiers = tokens.filter((t) => t.type === 'UnquotedIdentifier' || t.type === 'QuotedIdentifier');
  const spans = new Map<Node, TextSpan>();
  let cursor = 0;
  const claim = (node: Node, name: string): void => {
    for (let i = cursor; i < identifiers.length; i++) {
      const token = identifiers[i]!;
      if (token.value !== name) continue;
      const end = token.type === 'QuotedIdentifier' ? quotedEnd(source, token.start) : token.start + name.length;
      spans.set(node, { start: token.start, end });
      cursor = i + 1;
      return;
    }
  };
  const visit = (node: Node | undefined, depth: number): void => {
    if (!node || depth > MAX_DEPTH) return;
    switch (node.type) {
      case 'Field':
      case 'KeyValuePair':
        if (typeof node.name === 'string') claim(node, node.name);
        visit(node.value as Node | undefined, depth + 1);
        return;
      case 'Function':
        if (typeof node.name === 'string') claim(node, node.name);
        for (const child of node.children ?? []) visit(child, depth + 1);
        return;
      case 'FilterProjection':
        visit(node.left, depth + 1);
        visit(node.condition, depth + 1);
        visit(node.right, depth + 1);
        return;
      case 'Ternary':
        visit(node.condition, depth + 1);
        visit(node.trueExpr, depth + 1);
        visit(node.falseExpr, depth + 1);
        return;
      case 'LetExpression':
        for (const binding of node.bindings ?? []) visit(binding.reference, depth + 1);
        visit(node.expression, depth + 1);
        return;
      default:
        visit(node.left, depth + 1);
        visit(node.child, depth + 1);
        visit(node.operand, depth + 1);
        for (const child of node.children ?? []) visit(child, depth + 1);
        visit(node.right, depth + 1);
    }
  };
  visit(ast, 0);
  return spans;
};

const quotedEnd = (source: string, start: number): number => {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '"') return i + 1;
  }
  return source.length;
};

/** Is this parsed expression exactly `request.operation` (optionally `|| 'fallback'`)? */
export const isRequestOperation = (parsed: ParsedJmes): boolean => {
  if (!parsed.ok) return false;
  const node = parsed.ast.type === 'OrExpression' && parsed.ast.right?.type === 'Literal' ? parsed.ast.left : parsed.ast;
  return (
    node?.type === 'Subexpression' &&
    node.left?.type === 'Field' &&
    node.left.name === 'request' &&
    node.right?.type === 'Field' &&
    node.right.name === 'operation'
  );
};

/**
 * Follow one parsed expression. `bindings` gives what `element`, `elementN` and context
 * variables hold; `current` is what `@` and bare field names refer to (the document root unless
 * the expression is evaluated against a foreach element).
 */
export const jmesReads = (
  parsed: ParsedJmes,
  bindings: ReadonlyMap<string, JmesBinding>,
  sourceLength: number,
): { readonly reads: JmesReads; readonly result: JmesBinding } => {
  const out: JmesReads = { reads: [], checks: [], podFields: [], unknowns: [], operationRefs: [] };
  const whole = { start: 0, end: sourceLength };
  if (!parsed.ok) {
    out.unknowns.push({ span: whole, note: `JMESPath does not parse: ${parsed.error}` });
    return { reads: out, result: OPAQUE };
  }
  const spanOf = (node: Node): TextSpan => parsed.spans.get(node) ?? whole;

  const observe = (shape: Shape): void => {
    if (shape.t === 'containers') {
      if (shape.rel.length > 0) {
        out.checks.push({
          lists: shape.lists.map((l) => l.list),
          field: shape.rel.join('.'),
          span: shape.relSpan ?? whole,
        });
      }
    } else if (shape.t === 'path') {
      const podField = podFieldOf(shape.segs);
      if (podField) out.podFields.push({ field: podField, span: shape.span });
    }
  };

  const field = (current: Shape, name: string, span: TextSpan): Shape => {
    switch (current.t) {
      case 'root': {
        const bound = bindings.get(name);
        if (bound) return bound;
        if (name === 'request' || name === 'images') return { t: 'path', segs: [name], span };
        return OPAQUE;
      }
      case 'path': {
        const segs = [...current.segs, name];
        if (segs.length === 2 && segs[0] === 'request' && segs[1] === 'operation') out.operationRefs.push(span);
        if (segs[0] === 'images' && segs.length === 2 && isContainerList(name)) {
          const read: JmesListRead = { list: name as ContainerList, span };
          out.reads.push(read);
          return { t: 'containers', lists: [read], rel: ['image'], relSpan: span, derived: true };
        }
        if (isContainerList(name) && segs[0] === 'request' && segs[1] === 'object' && isPodSpecPath(segs.slice(2, -1))) {
          const read: JmesListRead = { list: name as ContainerList, span };
          out.reads.push(read);
          return { t: 'containers', lists: [read], rel: [] };
        }
        return { t: 'path', segs, span: { start: current.span.start, end: span.end } };
      }
      case 'containers':
        if (current.derived) return current;
        return {
          ...current,
          rel: [...current.rel, name],
          relSpan: current.relSpan ? { start: current.relSpan.start, end: span.end } : span,
        };
      case 'opaque':
        return OPAQUE;
    }
  };

  const unknown = (node: Node, note: string): void => {
    out.unknowns.push({ span: firstSpanBelow(node, parsed.spans) ?? whole, note });
  };

  const evaluate = (node: Node | undefined, current: Shape, depth: number): Shape => {
    if (!node) return OPAQUE;
    if (depth > MAX_DEPTH) {
      unknown(node, 'expression nested too deeply to follow');
      return OPAQUE;
    }
    const next = depth + 1;
    switch (node.type) {
      case 'Field':
        return field(current, node.name ?? '', spanOf(node));
      case 'Subexpression':
      case 'IndexExpression':
        return evaluate(node.right, evaluate(node.left, current, next), next);
      case 'Identity':
      case 'Current':
        return current;
      case 'Root':
        return ROOT;
      case 'Flatten':
        return evaluate(node.child, current, next);
      case 'Projection':
      case 'ValueProjection': {
        const left = evaluate(node.left, current, next);
        const right = evaluate(node.right, left, next);
        if (right.t === 'opaque') observe(left);
        return right;
      }
      case 'FilterProjection': {
        const left = evaluate(node.left, current, next);
        observe(evaluate(node.condition, left, next));
        return evaluate(node.right, left, next);
      }
      case 'Pipe': {
        const left = evaluate(node.left, current, next);
        const right = evaluate(node.right, left, next);
        if (right.t === 'opaque') observe(left);
        return right;
      }
      case 'MultiSelectList': {
        const shapes = (node.children ?? []).map((child) => evaluate(child, current, next));
        // `spec.[containers, initContainers, ephemeralContainers][]` reads each list; members that
        // are not container lists add elements that are no containers, read for what they are.
        const whole = (s: Shape): boolean => s.t === 'containers' && s.rel.length === 0 && !s.derived;
        const lists = shapes.flatMap((s) => (s.t === 'containers' && whole(s) ? s.lists : []));
        shapes.filter((s) => !whole(s)).forEach(observe);
        return lists.length > 0 ? { t: 'containers', lists, rel: [] } : OPAQUE;
      }
      case 'MultiSelectHash':
        for (const child of node.children ?? []) observe(evaluate(child.value as Node | undefined, current, next));
        return OPAQUE;
      case 'OrExpression': {
        const left = evaluate(node.left, current, next);
        const right = evaluate(node.right, current, next);
        if (left.t !== 'opaque') {
          observe(right);
          return left;
        }
        return right;
      }
      case 'AndExpression':
      case 'Comparator':
        observe(evaluate(node.left, current, next));
        observe(evaluate(node.right, current, next));
        return OPAQUE;
      case 'NotExpression':
      case 'ExpressionReference':
        observe(evaluate(node.child, current, next));
        return OPAQUE;
      case 'Function':
        for (const child of node.children ?? []) observe(evaluate(child, current, next));
        return OPAQUE;
      case 'Index':
      case 'Slice':
        // Picking elements keeps what they are.
        return current;
      case 'Literal':
      case 'Variable':
        return OPAQUE;
      case 'Arithmetic':
      case 'Unary':
        // Kyverno would reject this: what its operands name is not a read.
        unknown(node, 'arithmetic is not Kyverno JMESPath (a key with "-" needs quotes)');
        return OPAQUE;
      default:
        unknown(node, `JMESPath ${node.type} is not Kyverno JMESPath`);
        return OPAQUE;
    }
  };

  const result = evaluate(parsed.ast, ROOT, 0);
  observe(result);
  return { reads: out, result: result.t === 'containers' ? result : OPAQUE };
};

const isPodSpecPath = (segs: readonly string[]): boolean =>
  POD_SPEC_PATHS.some((p) => p.length === segs.length && p.every((s, i) => s === segs[i]));

/** `request.object.spec.hostNetwork` → "spec.hostNetwork"; null when not below a pod spec. */
const podFieldOf = (segs: readonly string[]): string | null => {
  if (segs[0] !== 'request' || segs[1] !== 'object') return null;
  for (const specPath of POD_SPEC_PATHS) {
    const below = segs.slice(2);
    if (below.length > specPath.length && specPath.every((s, i) => s === below[i])) {
      return ['spec', ...below.slice(specPath.length)].join('.');
    }
  }
  return null;
};

const firstSpanBelow = (node: Node, spans: ReadonlyMap<Node, TextSpan>): TextSpan | undefined => {
  let start = Infinity;
  let end = -1;
  const visit = (n: Node | undefined, depth: number): void => {
    if (!n || depth > MAX_DEPTH) return;
    const span = spans.get(n);
    if (span) {
      start = Math.min(start, span.start);
      end = Math.max(end, span.end);
    }
    for (const child of [n.left, n.right, n.child, n.operand, n.condition, ...(n.children ?? [])]) visit(child, depth + 1);
  };
  visit(node, 0);
  return end >= 0 ? { start, end } : undefined;
};

/** One `{{ expression }}` inside a Kyverno string, with offsets of the expression text. */
export interface KyvernoVariable {
  readonly expression: string;
  /** Offset of `expression` in the containing string. */
  readonly start: number;
}

/** How many rounds of inner-first substitution Kyverno would need; beyond this is hostile input. */
const MAX_SUBSTITUTION_ROUNDS = 16;

/**
 * The variables of a Kyverno string: Kyverno's own pattern
 * (`(^|[^\\])(\{\{(?:\{[^{}]*\}|[^{}])*\}\})`, pkg/engine/variables/regex), so `\{{` is literal.
 * Kyverno substitutes until no variable is left (pkg/engine/variables/vars.go), so a variable
 * nested in another's JMESPath literal (`[?name == '{{element.name}}']`) is substituted first
 * and the outer one read after: here the inner one is replaced by a placeholder of its length
 * (a string inside quotes, else `null`), so offsets stay those of the source.
 */
export const kyvernoVariables = (text: string): KyvernoVariable[] => kyvernoSubstitution(text).variables;

/**
 * The variables of a string (inner ones first), the string with each replaced (by
 * `placeholderOf`, of the same length), and, when some `{{` is never closed into a variable,
 * where: Kyverno leaves such text as it is, so what it meant to read is unknown.
 */
export const kyvernoSubstitution = (
  text: string,
  placeholderOf: (text: string, start: number, end: number) => string = placeholder,
): { variables: KyvernoVariable[]; substituted: string; unclosed?: number } => {
  const out: KyvernoVariable[] = [];
  const pattern = /(^|[^\\])(\{\{(?:\{[^{}]*\}|[^{}])*\}\})/g;
  let current = text;
  for (let round = 0; round < MAX_SUBSTITUTION_ROUNDS; round++) {
    const found: { start: number; end: number }[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(current); m; m = pattern.exec(current)) {
      const whole = m[2]!;
      const braceStart = m.index + m[1]!.length;
      const inner = whole.slice(2, -2);
      const lead = inner.length - inner.trimStart().length;
      out.push({ expression: inner.trim(), start: braceStart + 2 + lead });
      found.push({ start: braceStart, end: braceStart + whole.length });
      // The `[^\\]` before a variable is consumed; let the next match reuse this closing brace.
      pattern.lastIndex = braceStart + whole.length;
    }
    if (found.length === 0) break;
    for (const { start, end } of found) current = current.slice(0, start) + placeholderOf(current, start, end) + current.slice(end);
  }
  const unclosed = /(^|[^\\])\{\{/.exec(current);
  return unclosed ? { variables: out, substituted: current, unclosed: unclosed.index + unclosed[1]!.length } : { variables: out, substituted: current };
};

/** What a substituted variable becomes for the next round: a quoted string's text, else `null`. */
const placeholder = (text: string, start: number, end: number): string => {
  const before = text[start - 1];
  const quoted = before === "'" || before === '`' || before === '"';
  return quoted ? '_'.repeat(end - start) : 'null'.padEnd(end - start, ' ');
};
