import { celChildren, type CelNode } from './parse-cel.ts';
import { isRequestField } from './read-expression.ts';
import type { FixAnchor } from '../../model/fix-anchor.ts';
import type { SourceRef } from '../../model/source-ref.ts';
import type { CelEvidence, CelUpdateTest } from './types.ts';

/**
 * An UPDATE request as admission sees it: a plain update (`subResource` "") or the write that
 * adds an ephemeral container (`subResource` "ephemeralcontainers", DOMAIN.md section 1).
 */
export interface UpdateScenario {
  readonly subResource: '' | 'ephemeralcontainers';
}

export const PLAIN_UPDATE: UpdateScenario = { subResource: '' };
export const EPHEMERAL_CONTAINERS_UPDATE: UpdateScenario = { subResource: 'ephemeralcontainers' };

/**
 * What an expression is known to evaluate to in a scenario whatever the object holds:
 * a boolean, a list known to be empty (`filter` with a predicate that is false), or unknown.
 */
export type Outcome =
  | { readonly is: 'true' | 'false' | 'empty'; readonly at: CelEvidence }
  | { readonly is: 'unknown' };

const UNKNOWN: Outcome = { is: 'unknown' };

/** Outcome of `variables.<name>` in the scenario (memoised by the caller). */
export type VariableOutcomeOf = (name: string) => Outcome;

const MAX_NESTING = 400;

const stringLiteral = (node: CelNode): string | undefined =>
  node.op === 'value' && typeof node.args === 'string' ? node.args : undefined;

const integerLiteral = (node: CelNode): bigint | undefined =>
  node.op === 'value' && typeof node.args === 'bigint' ? node.args : undefined;

/** `size(x)` or `x.size()`: the list whose size is taken. */
const sizeOperand = (node: CelNode): CelNode | undefined => {
  if (node.op === 'call' && node.args[0] === 'size' && node.args[1].length === 1) return node.args[1][0];
  if (node.op === 'rcall' && node.args[0] === 'size' && node.args[2].length === 0) return node.args[1];
  return undefined;
};

const compareSizes = (op: string, size: bigint, other: bigint): boolean | undefined => {
  switch (op) {
    case '==': return size === other;
    case '!=': return size !== other;
    case '<': return size < other;
    case '<=': return size <= other;
    case '>': return size > other;
    case '>=': return size >= other;
    default: return undefined;
  }
};

const MIRRORED: Readonly<Record<string, string>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };

/**
 * Evaluates an expression for one UPDATE scenario in three-valued logic: `request.operation`,
 * `request.subResource` and `oldObject == null` are known, everything read from the object is
 * not. `variables.isUpdate || size(bad) == 0` is `true` under UPDATE: the check never runs.
 */
export const outcomeUnder = (
  scenario: UpdateScenario,
  ast: CelNode,
  id: string,
  variableOutcomeOf: VariableOutcomeOf,
): Outcome => {
  const known = (is: 'true' | 'false' | 'empty', node: CelNode): Outcome => ({ is, at: { id, start: node.start, end: node.end } });
  const fromBoolean = (value: boolean, node: CelNode): Outcome => known(value ? 'true' : 'false', node);
  const requestValue = (field: string): string | undefined =>
    field === 'operation' ? 'UPDATE' : field === 'subResource' ? scenario.subResource : undefined;
  const requestFieldOf = (node: CelNode): string | undefined =>
    ['operation', 'subResource'].find((field) => isRequestField(node, field));

  const comparison = (node: CelNode & { op: '==' | '!=' | '<' | '<=' | '>' | '>=' }, depth: number): Outcome => {
    const [left, right] = node.args;
    if (node.op === '==' || node.op === '!=') {
      const field = requestFieldOf(left) ?? requestFieldOf(right);
      const literal = requestFieldOf(left) !== undefined ? stringLiteral(right) : stringLiteral(left);
      const actual = field === undefined ? undefined : requestValue(field);
      if (actual !== undefined && literal !== undefined) return fromBoolean((actual === literal) === (node.op === '=='), node);
      const oldObjectAgainstNull =
        (left.op === 'id' && left.args === 'oldObject' && right.op === 'value' && right.args === null) ||
        (right.op === 'id' && right.args === 'oldObject' && left.op === 'value' && left.args === null);
      // Every UPDATE carries the old object.
      if (oldObjectAgainstNull) return fromBoolean(node.op === '!=', node);
    }
    const leftList = sizeOperand(left);
    const rightList = sizeOperand(right);
    const sized = leftList ?? rightList;
    const bound = leftList !== undefined ? integerLiteral(right) : integerLiteral(left);
    if (sized === undefined || bound === undefined) return UNKNOWN;
    const list = evaluate(sized, depth + 1);
    if (list.is !== 'empty') return UNKNOWN;
    const op = leftList !== undefined ? node.op : (MIRRORED[node.op] ?? node.op);
    const result = compareSizes(op, 0n, bound);
    return result === undefined ? UNKNOWN : { is: result ? 'true' : 'false', at: list.at };
  };

  const macro = (node: CelNode & { op: 'rcall' }, depth: number): Outcome => {
    const [name, receiverNode, argumentNodes] = node.args;
    const receiver = evaluate(receiverNode, depth + 1);
    const body = argumentNodes[argumentNodes.length - 1];
    const predicate = name === 'map' && argumentNodes.length === 3 ? argumentNodes[1] : body;
    const bodyOutcome = (target: CelNode | undefined): Outcome => (target === undefined ? UNKNOWN : evaluate(target, depth + 1));
    switch (name) {
      case 'all': {
        if (receiver.is === 'empty') return { is: 'true', at: receiver.at };
        const p = bodyOutcome(body);
        return p.is === 'true' ? p : UNKNOWN;
      }
      case 'exists':
      case 'exists_one':
      case 'existsOne': {
        if (receiver.is === 'empty') return { is: 'false', at: receiver.at };
        const p = bodyOutcome(body);
        return p.is === 'false' ? p : UNKNOWN;
      }
      case 'filter':
      case 'map': {
        if (receiver.is === 'empty') return receiver;
        if (name === 'map' && argumentNodes.length !== 3) return UNKNOWN;
        const p = bodyOutcome(predicate);
        return p.is === 'false' ? { is: 'empty', at: p.at } : UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  };

  const evaluate = (node: CelNode, depth: number): Outcome => {
    if (depth > MAX_NESTING) return UNKNOWN;
    switch (node.op) {
      case 'value':
        return typeof node.args === 'boolean' ? fromBoolean(node.args, node) : UNKNOWN;
      case 'list':
        return node.args.length === 0 ? known('empty', node) : UNKNOWN;
      case '.':
      case '.?': {
        const [receiver, name] = node.args;
        if (receiver.op !== 'id' || receiver.args !== 'variables') return UNKNOWN;
        const outcome = variableOutcomeOf(name);
        // Point at the reference here, where the reader sees the short-circuit.
        return outcome.is === 'unknown' ? outcome : known(outcome.is, node);
      }
      case '||': {
        const a = evaluate(node.args[0], depth + 1);
        if (a.is === 'true') return a;
        const b = evaluate(node.args[1], depth + 1);
        if (b.is === 'true') return b;
        return a.is === 'false' && b.is === 'false' ? known('false', node) : UNKNOWN;
      }
      case '&&': {
        const a = evaluate(node.args[0], depth + 1);
        if (a.is === 'false') return a;
        const b = evaluate(node.args[1], depth + 1);
        if (b.is === 'false') return b;
        return a.is === 'true' && b.is === 'true' ? known('true', node) : UNKNOWN;
      }
      case '!_': {
        const a = evaluate(node.args, depth + 1);
        if (a.is === 'true') return { is: 'false', at: a.at };
        if (a.is === 'false') return { is: 'true', at: a.at };
        return UNKNOWN;
      }
      case '?:': {
        const condition = evaluate(node.args[0], depth + 1);
        if (condition.is === 'true' || condition.is === 'false') {
          const branch = evaluate(node.args[condition.is === 'true' ? 1 : 2], depth + 1);
          return branch.is === 'unknown' ? branch : { is: branch.is, at: condition.at };
        }
        const a = evaluate(node.args[1], depth + 1);
        const b = evaluate(node.args[2], depth + 1);
        return a.is !== 'unknown' && a.is === b.is ? a : UNKNOWN;
      }
      case '==':
      case '!=':
      case '<':
      case '<=':
      case '>':
      case '>=':
        return comparison(node, depth);
      case 'in': {
        const [left, right] = node.args;
        const field = requestFieldOf(left);
        const actual = field === undefined ? undefined : requestValue(field);
        if (actual === undefined || right.op !== 'list') return UNKNOWN;
        const options = right.args.map(stringLiteral);
        if (options.some((option) => option === undefined)) return UNKNOWN;
        return fromBoolean(options.includes(actual), node);
      }
      case 'call': {
        const [name, argumentNodes] = node.args;
        const [argument] = argumentNodes;
        if (name !== 'has' || argument === undefined) return UNKNOWN;
        if (isRequestField(argument, 'operation')) return known('true', node);
        // An empty subResource may be absent from the request: only a set one is known present.
        if (isRequestField(argument, 'subResource') && scenario.subResource !== '') return known('true', node);
        return UNKNOWN;
      }
      case 'rcall':
        return macro(node, depth);
      case '+': {
        const a = evaluate(node.args[0], depth + 1);
        const b = evaluate(node.args[1], depth + 1);
        return a.is === 'empty' && b.is === 'empty' ? a : UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  };

  return evaluate(ast, 0);
};

/**
 * Every `request.operation == "UPDATE"` (either side) in an expression and, through
 * `variables.<name>`, in the variables it reads: the tests that make an exemption true for the
 * ephemeral-container write. Each variable is visited once.
 */
export const operationUpdateTests = (ast: CelNode, id: string, variableOf: (name: string) => { readonly id: string; readonly ast: CelNode } | undefined): CelUpdateTest[] => {
  const tests: CelUpdateTest[] = [];
  const seen = new Set<string>();
  const walk = (node: CelNode, where: string, depth: number): void => {
    if (depth > MAX_NESTING) return;
    if (node.op === '==') {
      const [left, right] = node.args;
      const field = isRequestField(left, 'operation') ? left : isRequestField(right, 'operation') ? right : undefined;
      const literal = field === left ? right : left;
      if (field && stringLiteral(literal) === 'UPDATE' && (field.op === '.' || field.op === '.?')) {
        const request = field.args[0];
        tests.push({ at: { id: where, start: node.start, end: node.end }, request: { id: where, start: request.start, end: request.end }, literal: { id: where, start: literal.start, end: literal.end } });
        return;
      }
    }
    if ((node.op === '.' || node.op === '.?') && node.args[0].op === 'id' && node.args[0].args === 'variables' && !seen.has(node.args[1])) {
      seen.add(node.args[1]);
      const variable = variableOf(node.args[1]);
      if (variable) walk(variable.ast, variable.id, depth + 1);
      return;
    }
    for (const child of celChildren(node)) walk(child, where, depth + 1);
  };
  walk(ast, id, 0);
  return tests;
};

/** skips-update in CEL: each `request.operation == "UPDATE"` behind the exemption gains the subresource. */
export const celUpdateTestAnchors = (tests: readonly CelUpdateTest[], locate: (at: CelEvidence) => SourceRef): FixAnchor[] => {
  // A variable read by several validations is one test.
  const seen = new Set<string>();
  return tests
    .filter((test) => {
      const key = `${test.at.id}\u0000${test.at.start}\u0000${test.at.end}`;
      return !seen.has(key) && seen.add(key) !== undefined;
    })
    .map((test) => ({ kind: 'and-not-ephemeral', hole: 'skips-update', language: 'cel', test: locate(test.at), request: locate(test.request), literal: locate(test.literal) }));
};
