import { Environment } from '@marcbachmann/cel-js';
import type { ASTNode } from '@marcbachmann/cel-js';
import { pushAll } from '../../array.ts';
import { Re2SyntaxError, re2Find, re2FindAll, re2Test } from '../../model/re2.ts';

/**
 * Evaluates CEL as the apiserver does for admission policies: the Kubernetes environment
 * (`object`, `oldObject`, `request`, `params`, `variables`, `namespaceObject`, `authorizer`) and
 * the Kubernetes extension libraries the policies call (k8s.io/apiserver pkg/cel/library and the
 * cel-go ext libraries it enables: strings, lists, regex, sets). What the scan cannot know
 * (`authorizer`, the namespace object, a function this evaluator lacks) is `unknown`, never a
 * value; CEL's commutative `||`/`&&` still decide around it, as they do around errors.
 */

/** Thrown by a value the scan cannot know; carries why. */
export class UnknownValue extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export type CelOutcome =
  | { readonly kind: 'value'; readonly value: unknown }
  /** A runtime error the apiserver would meet too (no such key, division by zero). */
  | { readonly kind: 'error'; readonly message: string }
  /** Could not evaluate: what is missing. */
  | { readonly kind: 'unknown'; readonly reason: string };

/** The receiver of the `sets.*` functions. */
class SetsLibrary {}

/** The one authorizer object: every method on it is unknown (no RBAC at evaluation time). */
class UnknownAuthorizer {}

const unknownAuthorizer = (): never => {
  throw new UnknownValue('calls authorizer (the requester\'s permissions are not known to a scan)');
};

const compareValues = (a: unknown, b: unknown): number => {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const x = typeof a === 'bigint' ? a : Number(a);
  const y = typeof b === 'bigint' ? b : Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

const sameValue = (a: unknown, b: unknown): boolean => {
  if (typeof a === 'bigint' || typeof b === 'bigint' || typeof a === 'number' || typeof b === 'number') {
    return (typeof a === 'bigint' || typeof a === 'number') && (typeof b === 'bigint' || typeof b === 'number') && Number(a) === Number(b);
  }
  return JSON.stringify(a, bigintSafe) === JSON.stringify(b, bigintSafe);
};

const bigintSafe = (_key: string, value: unknown): unknown => (typeof value === 'bigint' ? `${value}n` : value);

/**
 * cel-go and the Kubernetes regex library run Go's regexp (RE2). A pattern RE2 rejects fails the
 * policy's compilation in the apiserver (a constant one) or the call: the scan cannot say which
 * verdict follows, so it is unknown.
 */
const withRe2 = <T>(run: () => T): T => {
  try {
    return run();
  } catch (error) {
    if (error instanceof Re2SyntaxError) throw new UnknownValue(`a regular expression RE2 rejects (${error.message})`);
    throw error;
  }
};

/**
 * cel-js's built-in `string.matches` runs JavaScript's backtracking RegExp and cannot be
 * replaced (a second overload of the same signature is refused), so each parsed expression's
 * `matches` calls are pointed at this RE2 one before their first evaluation.
 */
const RE2_MATCHES = 'matchesRe2';

const newEnvironment = (): Environment => {
  const env = new Environment({
    enableOptionalTypes: true,
    unlistedVariablesAreDyn: true,
    homogeneousAggregateLiterals: false,
    limits: { maxAstNodes: 5000, maxDepth: 100, maxListElements: 1000, maxMapEntries: 1000, maxCallArguments: 32 },
  });
  env.registerType('kubernetes.authorization.Authorizer', UnknownAuthorizer);
  for (const signature of [
    'kubernetes.authorization.Authorizer.group(string): dyn',
    'kubernetes.authorization.Authorizer.serviceAccount(string, string): dyn',
    'kubernetes.authorization.Authorizer.path(string): dyn',
    'kubernetes.authorization.Authorizer.resource(string): dyn',
  ]) {
    env.registerFunction(signature, unknownAuthorizer);
  }
  // Strings (cel-go ext.Strings, version 2 as Kubernetes enables it).
  env.registerFunction('string.replace(string, string): string', (s: string, from: string, to: string) => s.split(from).join(to));
  env.registerFunction('string.replace(string, string, int): string', (s: string, from: string, to: string, n: bigint) => {
    if (n < 0n) return s.split(from).join(to);
    let out = s;
    let done = 0n;
    let index = 0;
    while (done < n) {
      const at = out.indexOf(from, index);
      if (at < 0) break;
      out = out.slice(0, at) + to + out.slice(at + from.length);
      index = at + to.length + (from === '' ? 1 : 0);
      done++;
    }
    return out;
  });
  env.registerFunction('string.charAt(int): string', (s: string, i: bigint) => {
    const chars = [...s];
    if (i < 0n || i > BigInt(chars.length)) throw new Error(`index out of range: ${i}`);
    return chars[Number(i)] ?? '';
  });
  env.registerFunction('string.reverse(): string', (s: string) => [...s].reverse().join(''));
  // Regex (k8s library/regex.go).
  env.registerFunction(`string.${RE2_MATCHES}(string): bool`, (s: string, pattern: string) => withRe2(() => re2Test(pattern, s)));
  env.registerFunction('matches(string, string): bool', (s: string, pattern: string) => withRe2(() => re2Test(pattern, s)));
  env.registerFunction('string.find(string): string', (s: string, pattern: string) => withRe2(() => re2Find(pattern, s)));
  env.registerFunction('string.findAll(string): list<string>', (s: string, pattern: string) => withRe2(() => re2FindAll(pattern, s, -1)));
  env.registerFunction('string.findAll(string, int): list<string>', (s: string, pattern: string, n: bigint) => withRe2(() => re2FindAll(pattern, s, n < 0n ? -1 : Number(n))));
  // Lists (k8s library/lists.go and cel-go ext.Lists).
  env.registerFunction('list.isSorted(): bool', (l: unknown[]) => l.every((v, i) => i === 0 || compareValues(l[i - 1], v) <= 0));
  env.registerFunction('list.sum(): dyn', (l: unknown[]) => (l.length === 0 ? 0n : l.reduce((a: unknown, b: unknown) => (typeof a === 'bigint' && typeof b === 'bigint' ? a + b : Number(a) + Number(b)))));
  env.registerFunction('list.min(): dyn', (l: unknown[]) => {
    if (l.length === 0) throw new Error('min called on empty list');
    return l.reduce((a, b) => (compareValues(b, a) < 0 ? b : a));
  });
  env.registerFunction('list.max(): dyn', (l: unknown[]) => {
    if (l.length === 0) throw new Error('max called on empty list');
    return l.reduce((a, b) => (compareValues(b, a) > 0 ? b : a));
  });
  env.registerFunction('list.indexOf(dyn): int', (l: unknown[], v: unknown) => BigInt(l.findIndex((x) => sameValue(x, v))));
  env.registerFunction('list.lastIndexOf(dyn): int', (l: unknown[], v: unknown) => BigInt(l.findLastIndex((x) => sameValue(x, v))));
  env.registerFunction('list.slice(int, int): list', (l: unknown[], a: bigint, b: bigint) => {
    if (a < 0n || b < a || b > BigInt(l.length)) throw new Error(`cannot slice(${a}, ${b})`);
    return l.slice(Number(a), Number(b));
  });
  env.registerFunction('list.flatten(): list', (l: unknown[]) => l.flatMap((v) => (Array.isArray(v) ? v : [v])));
  env.registerFunction('list.distinct(): list', (l: unknown[]) => l.filter((v, i) => l.findIndex((x) => sameValue(x, v)) === i));
  // Sets (cel-go ext.Sets): `sets.contains(a, b)` parses as a call on a variable `sets`.
  env.registerType('cel.SetsLibrary', SetsLibrary);
  env.registerFunction('cel.SetsLibrary.contains(list, list): bool', (_sets: unknown, a: unknown[], b: unknown[]) => b.every((y) => a.some((x) => sameValue(x, y))));
  env.registerFunction('cel.SetsLibrary.containsAny(list, list): bool', (_sets: unknown, a: unknown[], b: unknown[]) => b.some((y) => a.some((x) => sameValue(x, y))));
  env.registerFunction('cel.SetsLibrary.intersects(list, list): bool', (_sets: unknown, a: unknown[], b: unknown[]) => b.some((y) => a.some((x) => sameValue(x, y))));
  env.registerFunction('cel.SetsLibrary.equivalent(list, list): bool', (_sets: unknown, a: unknown[], b: unknown[]) => a.every((x) => b.some((y) => sameValue(x, y))) && b.every((y) => a.some((x) => sameValue(x, y))));
  // Kubernetes URL and quantity checks (library/urls.go, library/quantity.go): the predicates only.
  // Kyverno's image verification functions (ImageValidatingPolicy): they fetch signatures and
  // attestations from the image registry, so their result is unknown to a scan.
  const inRegistry = (name: string) => (): never => {
    throw new UnknownValue(`calls ${name} (it checks the image registry, which a scan does not reach)`);
  };
  for (const [name, signature] of [
    ['verifyImageSignatures', 'verifyImageSignatures(dyn, list): int'],
    ['verifyAttestationSignatures', 'verifyAttestationSignatures(dyn, dyn, list): int'],
    ['extractPayload', 'extractPayload(dyn, dyn): dyn'],
  ] as const) {
    env.registerFunction(signature, inRegistry(name));
  }
  env.registerFunction('isURL(string): bool', (s: string) => URL.canParse(s) && /^[a-z][a-z0-9+.-]*:/i.test(s));
  env.registerFunction('isQuantity(string): bool', (s: string) => QUANTITY.test(s));
  return env;
};

/** resource.Quantity's canonical grammar (k8s.io/apimachinery pkg/api/resource/quantity.go). */
const QUANTITY = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+|[KMGTPE]i|[numkMGTPE])?$/;

const environment = newEnvironment();

type Parsed = ((context: Record<string, unknown>) => unknown) & { readonly ast: ASTNode };

/** An expression parsed once, with its cost bound (it depends on the text alone). */
type ParsedExpression = { readonly run: Parsed; readonly cost: AstCost } | { readonly error: string };

const parsedByText = new Map<string, ParsedExpression>();
const PARSED_LIMIT = 4096;

const parsedOf = (expression: string): ParsedExpression => {
  let parsed = parsedByText.get(expression);
  if (parsed === undefined) {
    try {
      const run = environment.parse(expression) as unknown as Parsed;
      parsed = callsMatches(run.ast) === 'own' ? { error: `CEL: undeclared reference to '${RE2_MATCHES}'` } : { run, cost: astCost(run.ast) };
    } catch (error) {
      parsed = { error: `CEL parse error: ${(error instanceof Error ? error.message : String(error)).split('\n', 1)[0]}` };
    }
    if (parsedByText.size >= PARSED_LIMIT) parsedByText.delete(parsedByText.keys().next().value!);
    parsedByText.set(expression, parsed);
  }
  return parsed;
};

/**
 * Points every `x.matches(p)` of a freshly parsed AST at the RE2 overload (the call's name is
 * the first of its arguments); 'own' when the expression itself calls the internal name, which
 * the apiserver does not declare.
 */
const callsMatches = (root: ASTNode): 'own' | 'ok' => {
  let own = false;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      pushAll(stack, node);
      continue;
    }
    if (typeof node !== 'object' || node === null || !('op' in node)) continue;
    const { op, args } = node as { op: string; args: unknown };
    if (!Array.isArray(args)) continue;
    if (op === 'rcall' && args[0] === RE2_MATCHES) own = true;
    if (op === 'rcall' && args[0] === 'matches' && Array.isArray(args[2]) && args[2].length === 1) args[0] = RE2_MATCHES;
    pushAll(stack, args);
  }
  return own ? 'own' : 'ok';
};

const MACROS: ReadonlySet<string> = new Set(['all', 'exists', 'exists_one', 'map', 'filter']);
const SPLITTERS: ReadonlySet<string> = new Set(['split', 'findAll', 'charAt']);

interface AstCost {
  nodes: number;
  nesting: number;
  literalList: number;
  splits: boolean;
}

const astCost = (root: ASTNode): AstCost => {
  const cost: AstCost = { nodes: 0, nesting: 0, literalList: 0, splits: false };
  const visit = (node: unknown, depth: number): void => {
    if (typeof node !== 'object' || node === null || !('op' in node)) return;
    const { op, args } = node as { op: string; args: unknown };
    cost.nodes++;
    let inner = depth;
    if (op === 'rcall' && Array.isArray(args)) {
      if (MACROS.has(args[0] as string)) inner = depth + 1;
      if (SPLITTERS.has(args[0] as string)) cost.splits = true;
    }
    if (op === 'list' && Array.isArray(args)) cost.literalList = Math.max(cost.literalList, args.length);
    cost.nesting = Math.max(cost.nesting, inner);
    if (Array.isArray(args)) for (const arg of args) visitArg(arg, inner);
  };
  const visitArg = (arg: unknown, depth: number): void => {
    if (Array.isArray(arg)) for (const item of arg) visitArg(item, depth);
    else visit(arg, depth);
  };
  visit(root, 0);
  return cost;
};

/** The largest list (and longest string) in the data an expression can range over. */
export interface DataBounds {
  readonly longestList: number;
  readonly longestString: number;
}

export const boundsOf = (values: readonly unknown[]): DataBounds => {
  let longestList = 0;
  let longestString = 0;
  const stack = [...values];
  let seen = 0;
  while (stack.length > 0 && seen++ < 200_000) {
    const value = stack.pop();
    if (typeof value === 'string') longestString = Math.max(longestString, value.length);
    else if (Array.isArray(value)) {
      longestList = Math.max(longestList, value.length);
      pushAll(stack, value);
    } else if (typeof value === 'object' && value !== null && !(value instanceof UnknownAuthorizer) && !(value instanceof SetsLibrary)) {
      const entries = Object.values(value);
      longestList = Math.max(longestList, entries.length);
      pushAll(stack, entries);
    }
  }
  return { longestList, longestString };
};

/**
 * The step budget of one expression. CEL has no loops, but nested comprehensions multiply: a
 * hostile policy nesting five over a long list would run for hours. The bound is the number of
 * AST nodes times the widest range to the power of the comprehension nesting, which is what the
 * apiserver's cost estimator bounds too; above the budget the expression is not run.
 */
export const CEL_STEP_BUDGET = 2_000_000;

/** Converts JSON numbers to CEL's: integers are `int` (bigint), others `double`. */
export const toCelValue = (value: unknown, depth = 0): unknown => {
  if (depth > 100) return null;
  if (typeof value === 'number') return Number.isInteger(value) && Number.isSafeInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) return value.map((item) => toCelValue(item, depth + 1));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = toCelValue(item, depth + 1);
    return out;
  }
  return value;
};

/** The activation: what the expression may read. Values already in CEL form (toCelValue). */
export interface CelActivation {
  readonly [name: string]: unknown;
}

/** Names the Kubernetes environment declares whose value a scan does not have. */
const UNKNOWN_VARIABLES: Readonly<Record<string, string>> = {
  namespaceObject: 'reads namespaceObject (the namespace\'s labels are not known to a scan)',
  authorizer: 'calls authorizer (the requester\'s permissions are not known to a scan)',
  // Kyverno's ImageValidatingPolicy: the images it extracts and the signatures and attestations
  // it fetches for them from the registry (policies.kyverno.io ImageValidatingPolicy).
  images: 'reads images (Kyverno verifies them against the image registry, which a scan does not reach)',
  attestors: 'reads attestors (their signatures are checked against the image registry, which a scan does not reach)',
  attestations: 'reads attestations (fetched from the image registry, which a scan does not reach)',
};

/** An authorizer value to put in an activation. */
export const AUTHORIZER: unknown = new UnknownAuthorizer();

/** The library receivers every activation carries besides its variables. */
export const LIBRARIES: Readonly<Record<string, unknown>> = { authorizer: AUTHORIZER, sets: new SetsLibrary() };

/** Evaluates one expression; never throws. */
export const evaluateCel = (expression: string, activation: CelActivation, bounds: DataBounds): CelOutcome => {
  const parsed = parsedOf(expression);
  if ('error' in parsed) return { kind: 'error', message: parsed.error };
  const { cost } = parsed;
  const width = Math.max(2, bounds.longestList, cost.literalList, cost.splits ? bounds.longestString : 0);
  if (cost.nodes * width ** cost.nesting > CEL_STEP_BUDGET) {
    return { kind: 'unknown', reason: `over the step budget (${cost.nesting} nested comprehensions over up to ${width} items)` };
  }
  try {
    return { kind: 'value', value: parsed.run(activation as Record<string, unknown>) };
  } catch (error) {
    return outcomeOfError(error);
  }
};

const outcomeOfError = (error: unknown): CelOutcome => {
  if (error instanceof UnknownValue) return { kind: 'unknown', reason: error.reason };
  const message = (error instanceof Error ? error.message : String(error)).split('\n', 1)[0] ?? '';
  const variable = /^Unknown variable: (\w+)/.exec(message)?.[1];
  if (variable !== undefined) return { kind: 'unknown', reason: UNKNOWN_VARIABLES[variable] ?? `reads ${variable}, which this evaluator does not provide` };
  // A function this evaluator does not have (a Kyverno or newer Kubernetes library): not a verdict.
  if (/no matching overload|no such overload|Function not found|not found/i.test(message) && !/No such key/.test(message)) {
    return { kind: 'unknown', reason: `calls a function or overload this evaluator lacks (${message})` };
  }
  if (error instanceof RangeError) return { kind: 'unknown', reason: 'too deep to evaluate' };
  return { kind: 'error', message };
};
