import { Environment } from '@marcbachmann/cel-js';
import type { ASTNode } from '@marcbachmann/cel-js';

export type { ASTNode as CelNode } from '@marcbachmann/cel-js';

export type CelParseResult =
  | { readonly ok: true; readonly ast: ASTNode }
  | { readonly ok: false; readonly reason: string; readonly start: number; readonly end: number };

/**
 * Kubernetes CEL as policies write it: optional chaining (`.?x`, `.orValue()`), variables
 * that are not declared up front, mixed-type list literals.
 */
const kubernetesCel = new Environment({
  enableOptionalTypes: true,
  unlistedVariablesAreDyn: true,
  homogeneousAggregateLiterals: false,
});

interface ParseErrorShape {
  readonly message?: unknown;
  readonly range?: { readonly start?: unknown; readonly end?: unknown };
}

/**
 * Results by expression text. The same expression recurs across a repository (a policy copied
 * per cluster or environment, one idiom in many policies); parsing is a pure function of the
 * text, and nothing changes an AST once parsed (cel-js annotates nodes only when it type-checks
 * or evaluates them, which this tool never does), so every policy can share one. Bounded: the
 * oldest entry goes when it is full.
 */
const parsedByText = new Map<string, CelParseResult>();
const PARSED_BY_TEXT_LIMIT = 4096;

/** Parses one CEL expression; a syntax the parser does not know becomes a reason, never a throw. */
export const parseCel = (expression: string): CelParseResult => {
  let result = parsedByText.get(expression);
  if (result === undefined) {
    result = parseUncached(expression);
    if (parsedByText.size >= PARSED_BY_TEXT_LIMIT) parsedByText.delete(parsedByText.keys().next().value!);
    parsedByText.set(expression, result);
  }
  return result;
};

const parseUncached = (expression: string): CelParseResult => {
  try {
    return { ok: true, ast: kubernetesCel.parse(expression).ast };
  } catch (error) {
    const shape = (typeof error === 'object' && error !== null ? error : {}) as ParseErrorShape;
    const firstLine = typeof shape.message === 'string' ? (shape.message.split('\n', 1)[0] ?? '') : String(error);
    const start = typeof shape.range?.start === 'number' ? shape.range.start : 0;
    const end = typeof shape.range?.end === 'number' ? shape.range.end : expression.length;
    const construction = objectConstructionAt(expression, start);
    if (construction !== undefined) {
      return { ok: false, reason: `object construction (\`${construction}{...}\`) is valid CEL that this analysis does not read yet`, start: start - construction.length, end: start + 1 };
    }
    return { ok: false, reason: `CEL parse error: ${firstLine}`, start, end: Math.max(start, end) };
  }
};

/** A (qualified) type name as object construction writes it: `Object`, `Object.spec.containers`. */
export const CEL_TYPE_NAME = String.raw`[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*`;

/** CEL words that can stand before a `{` without naming a type (`"a" in {"a": 1}`). */
export const NOT_TYPE_NAMES: ReadonlySet<string> = new Set(['in', 'true', 'false', 'null']);

const TYPE_NAME_AT_END = new RegExp(`(?:^|[^\\w.])(${CEL_TYPE_NAME})\\s*$`);

/**
 * The type name before a `{` the parser stopped at: CEL's message construction (`Object{...}`,
 * `Object.spec.containers{...}`, `JSONPatch{...}`), which mutations are written in and which
 * cel-js does not parse. Not a syntax error of the policy: it must not be reported as one.
 */
const objectConstructionAt = (expression: string, at: number): string | undefined => {
  if (expression[at] !== '{') return undefined;
  // The last 512 characters are enough for a type name, and keep the search linear on long input.
  const name = TYPE_NAME_AT_END.exec(expression.slice(Math.max(0, at - 512), at))?.[1];
  return name !== undefined && !NOT_TYPE_NAMES.has(name) ? name : undefined;
};

/** The nodes directly under a node (cel-js keeps them in `args`, nested in arrays for calls). */
export const celChildren = (node: ASTNode): ASTNode[] => {
  const children: ASTNode[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null && 'op' in value) children.push(value as ASTNode);
  };
  visit(node.args);
  return children;
};
