import { TYPE_ANY, TYPE_ARRAY, TYPE_NUMBER, TYPE_STRING, registerFunction, search } from '@jmespath-community/jmespath';
import type { JSONValue } from '@jmespath-community/jmespath';
import { isRecord } from '../../json.ts';
import { decideCelPolicy, type CelNamedExpression } from './cel-policy-evaluate.ts';
import { ADMITTED, denied, notEvaluated, type Decision } from './decision.ts';
import { re2ReplaceAll, re2Test } from '../../model/re2.ts';
import { wildcardMatches } from '../../model/wildcard.ts';
import { operationsAdmit } from '../kyverno/rule-match.ts';

/**
 * Evaluates a Kyverno ClusterPolicy / Policy validate rule on one admission request, as Kyverno's
 * engine does (kyverno pkg/engine: validate/pattern matching with anchors, variables
 * substitution, conditions operators, foreach, preconditions). What needs the cluster (API
 * calls, ConfigMaps, image registries, Pod Security checks) is "not evaluated".
 */

/** Something the evaluator cannot decide; the rule is not evaluated. */
class NotEvaluable extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** A `{{ }}` that Kyverno could not resolve: its rule errors (Kyverno reports it, does not decide). */
class SubstitutionFailure extends Error {}

type Json = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// JMESPath with the Kyverno functions policies call (kyverno pkg/engine/jmespath/functions.go).

let kyvernoFunctionsRegistered = false;

/**
 * Kyverno's wildcard match (`*` any run, `?` one character): the linear matcher, since a `.*`
 * regular expression backtracks exponentially on a pull request's `*a*a*a…b` (8 wildcards: 20 s).
 */
export const wildcardMatch = (pattern: string, value: string): boolean => wildcardMatches(pattern, value);

const registerKyvernoFunctions = (): void => {
  if (kyvernoFunctionsRegistered) return;
  kyvernoFunctionsRegistered = true;
  const str = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));
  const fn = (name: string, impl: (args: JSONValue[]) => JSONValue, types: number[][]): void => {
    registerFunction(name, impl as never, types.map((t) => ({ types: t as never[] })), { override: true });
  };
  fn('to_upper', ([s]) => str(s).toUpperCase(), [[TYPE_STRING]]);
  fn('to_lower', ([s]) => str(s).toLowerCase(), [[TYPE_STRING]]);
  fn('trim', ([s, cut]) => {
    const chars = [...str(cut)];
    let text = str(s);
    while (text.length > 0 && chars.includes(text[0]!)) text = text.slice(1);
    while (text.length > 0 && chars.includes(text.at(-1)!)) text = text.slice(0, -1);
    return text;
  }, [[TYPE_STRING], [TYPE_STRING]]);
  fn('split', ([s, sep]) => str(s).split(str(sep)), [[TYPE_STRING], [TYPE_STRING]]);
  fn('replace', ([s, from, to, n]) => goReplace(str(s), str(from), str(to), Number(n)), [[TYPE_STRING], [TYPE_STRING], [TYPE_STRING], [TYPE_NUMBER]]);
  fn('replace_all', ([s, from, to]) => goReplace(str(s), str(from), str(to), -1), [[TYPE_STRING], [TYPE_STRING], [TYPE_STRING]]);
  // Go's regexp (RE2) as Kyverno runs it; a pattern it rejects fails the call (a substitution error).
  fn('regex_match', ([pattern, s]) => re2Test(str(pattern), typeof s === 'string' ? s : String(s)), [[TYPE_STRING], [TYPE_ANY]]);
  fn('regex_replace_all', ([pattern, s, to]) => re2ReplaceAll(str(pattern), str(s), str(to)), [[TYPE_STRING], [TYPE_ANY], [TYPE_ANY]]);
  fn('pattern_match', ([pattern, s]) => wildcardMatch(str(pattern), typeof s === 'string' ? s : String(s)), [[TYPE_STRING], [TYPE_ANY]]);
  fn('equal_fold', ([a, b]) => str(a).toLowerCase() === str(b).toLowerCase(), [[TYPE_STRING], [TYPE_STRING]]);
  fn('compare', ([a, b]) => (str(a) < str(b) ? -1 : str(a) > str(b) ? 1 : 0), [[TYPE_STRING], [TYPE_STRING]]);
  fn('truncate', ([s, n]) => str(s).slice(0, Math.max(0, Number(n))), [[TYPE_STRING], [TYPE_NUMBER]]);
  fn('label_match', ([selector, labels]) => isRecord(selector) && isRecord(labels) && Object.entries(selector).every(([k, v]) => labels[k] === v), [[TYPE_ANY], [TYPE_ANY]]);
  fn('parse_json', ([s]) => JSON.parse(str(s)) as JSONValue, [[TYPE_STRING]]);
  fn('items', ([object, keyName, valueName]) => (isRecord(object) ? Object.keys(object).sort().map((key) => ({ [str(keyName)]: key, [str(valueName)]: object[key] as JSONValue })) : []), [[TYPE_ANY], [TYPE_STRING], [TYPE_STRING]]);
  fn('object_from_lists', ([keys, values]) => Object.fromEntries((keys as unknown[]).map((key, i) => [str(key), ((values as unknown[])[i] ?? null) as JSONValue])), [[TYPE_ARRAY], [TYPE_ARRAY]]);
  fn('add', ([a, b]) => Number(a) + Number(b), [[TYPE_ANY], [TYPE_ANY]]);
  fn('subtract', ([a, b]) => Number(a) - Number(b), [[TYPE_ANY], [TYPE_ANY]]);
  fn('multiply', ([a, b]) => Number(a) * Number(b), [[TYPE_ANY], [TYPE_ANY]]);
  fn('divide', ([a, b]) => {
    if (Number(b) === 0) throw new SubstitutionFailure('division by zero');
    return Number(a) / Number(b);
  }, [[TYPE_ANY], [TYPE_ANY]]);
};

/** Names whose value a scan cannot know: a context entry that calls the API, a ConfigMap... */
type UnknownNames = ReadonlyMap<string, string>;

/**
 * Go's `strings.Replace` (Kyverno's `replace`, `replace_all`): the first n matches (all when n < 0),
 * found in one left-to-right pass, so replaced text is never searched again and `$` in the
 * replacement is literal; an empty `from` matches before every character and at the end.
 */
export const goReplace = (text: string, from: string, to: string, n: number): string => {
  const parts = from === '' ? ['', ...Array.from(text), ''] : text.split(from);
  const joins = parts.length - 1;
  const replaced = n < 0 || n >= joins ? joins : n;
  const glue = from === '' ? '' : from;
  return parts.slice(0, replaced + 1).join(to) + (replaced < joins ? glue + parts.slice(replaced + 1).join(glue) : '');
};

const referencesName = (expression: string, name: string): boolean => new RegExp(`(^|[^\\w.])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(expression);

const evaluateJmes = (expression: string, data: Json, unknown: UnknownNames): unknown => {
  registerKyvernoFunctions();
  for (const [name, why] of unknown) if (referencesName(expression, name)) throw new NotEvaluable(`{{${expression.trim()}}} reads ${name}, ${why}`);
  if (expression.length > 2000) throw new NotEvaluable('a JMESPath expression over 2000 characters');
  try {
    return search(data as JSONValue, expression);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/Unknown function/i.test(message)) throw new NotEvaluable(`calls a JMESPath function this evaluator lacks (${message})`);
    if (error instanceof SubstitutionFailure || error instanceof NotEvaluable) throw error;
    throw new SubstitutionFailure(`JMESPath ${expression}: ${message}`);
  }
};

const WHOLE_VARIABLE = /^\{\{([^{}]*)\}\}$/s;
const VARIABLE = /\{\{([^{}]*)\}\}/gs;

const MAX_SUBSTITUTION_ROUNDS = 10;

/**
 * Kyverno's `{{ }}` substitution (pkg/engine/variables/vars.go): innermost variables first, so
 * `{{ a[?name == '{{element.name}}'] }}` works; a string that is one variable takes the value's
 * type; variables inside a longer string are written as text. A missing value fails the
 * substitution.
 */
const substituteString = (text: string, data: Json, unknown: UnknownNames): unknown => {
  const valueOf = (expression: string): unknown => {
    const value = evaluateJmes(expression.trim(), data, unknown);
    if (value === null || value === undefined) throw new SubstitutionFailure(`variable ${expression.trim()} is not defined`);
    return value;
  };
  let current = text;
  for (let round = 0; round < MAX_SUBSTITUTION_ROUNDS; round++) {
    if (!current.includes('{{')) return current;
    const whole = WHOLE_VARIABLE.exec(current.trim());
    if (whole) return valueOf(whole[1]!);
    const next = current.replace(VARIABLE, (_all, expression: string) => {
      const value = valueOf(expression);
      return typeof value === 'string' ? value : JSON.stringify(value);
    });
    if (next === current) return current;
    current = next;
  }
  throw new NotEvaluable('variables nested more than 10 deep');
};

const substitute = (value: unknown, data: Json, unknown: UnknownNames, depth = 0): unknown => {
  if (depth > 50) throw new NotEvaluable('nested too deep');
  if (typeof value === 'string') return substituteString(value, data, unknown);
  if (Array.isArray(value)) return value.map((item) => substitute(item, data, unknown, depth + 1));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, data, unknown, depth + 1)]));
  return value;
};

// ---------------------------------------------------------------------------------------------
// Scalars: Kyverno's pattern operators (pkg/engine/pattern/pattern.go) and quantities.

const QUANTITY_SUFFIX: Readonly<Record<string, number>> = {
  '': 1, n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};
const DURATION_UNIT: Readonly<Record<string, number>> = { ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

/** A number, a Kubernetes quantity ("500Mi") or a Go duration ("1h30m"), as a number; else undefined. */
export const numberOf = (value: unknown): number | undefined => {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const quantity = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?$/.exec(text);
  if (quantity) return Number(quantity[1]) * QUANTITY_SUFFIX[quantity[2] ?? '']!;
  if (/^([+-]?(\d+(\.\d+)?)(ns|us|µs|ms|s|m|h))+$/.test(text)) {
    let total = 0;
    for (const part of text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) total += Number(part[1]) * DURATION_UNIT[part[2]!]!;
    return text.startsWith('-') ? -total : total;
  }
  return undefined;
};

const scalarText = (value: unknown): string => (typeof value === 'string' ? value : value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

/** One operand of a string pattern: `>=n`, `<n`, `!x`, `a-b`, `!a-b`, or a wildcard. */
const matchesOperand = (operand: string, value: unknown): boolean => {
  const comparison = /^(>=|<=|>|<)(.*)$/s.exec(operand);
  if (comparison) {
    const [x, y] = [numberOf(value), numberOf(comparison[2]!.trim())];
    if (x === undefined || y === undefined) return false;
    return comparison[1] === '>=' ? x >= y : comparison[1] === '<=' ? x <= y : comparison[1] === '>' ? x > y : x < y;
  }
  const range = /^(!?)(-?[\d.]+[a-zA-Z]*)-(-?[\d.]+[a-zA-Z]*)$/.exec(operand);
  if (range && numberOf(range[2]) !== undefined && numberOf(range[3]) !== undefined) {
    const x = numberOf(value);
    const inside = x !== undefined && x >= numberOf(range[2])! && x <= numberOf(range[3])!;
    return range[1] === '!' ? !inside : inside;
  }
  if (operand.startsWith('!')) return !matchesOperand(operand.slice(1), value);
  const wanted = numberOf(operand);
  const actual = typeof value === 'number' ? value : undefined;
  if (wanted !== undefined && actual !== undefined && /^[+-]?[\d.]/.test(operand)) return wanted === actual;
  return wildcardMatch(operand, scalarText(value));
};

/** A scalar pattern against a value (pattern.Validate): bools and numbers by value, strings with operators. */
export const scalarMatches = (pattern: unknown, value: unknown): boolean => {
  if (pattern === null) return value === null || value === undefined;
  if (typeof pattern === 'boolean') return value === pattern || (typeof value === 'string' && value === String(pattern));
  if (typeof pattern === 'number') return numberOf(value) === pattern;
  if (typeof pattern !== 'string') return false;
  if (isRecord(value) || Array.isArray(value)) return false;
  return pattern.split('|').some((alternative) => alternative.split('&').every((operand) => matchesOperand(operand.trim(), value)));
};

// ---------------------------------------------------------------------------------------------
// Patterns with anchors (pkg/engine/anchor, pkg/engine/validate/validate.go).

type Anchor = 'condition' | 'global' | 'equality' | 'existence' | 'negation' | 'add' | 'none';

export const anchorOf = (key: string): { anchor: Anchor; name: string } => {
  const m = /^([<=^X+]?)\((.+)\)$/s.exec(key);
  if (!m) return { anchor: 'none', name: key };
  const anchor: Anchor = m[1] === '' ? 'condition' : m[1] === '<' ? 'global' : m[1] === '=' ? 'equality' : m[1] === '^' ? 'existence' : m[1] === 'X' ? 'negation' : 'add';
  return { anchor, name: m[2]! };
};

/** How a pattern met a value: matched; failed at a path; or a condition skipped it (or the whole rule). */
type PatternResult = { readonly kind: 'pass' } | { readonly kind: 'fail'; readonly path: string } | { readonly kind: 'skip' } | { readonly kind: 'skip-rule' };

const PASS: PatternResult = { kind: 'pass' };
const SKIP: PatternResult = { kind: 'skip' };
const fail = (path: string): PatternResult => ({ kind: 'fail', path });

interface PatternBudget {
  steps: number;
}
const PATTERN_STEP_BUDGET = 200_000;

const matchValue = (pattern: unknown, value: unknown, path: string, budget: PatternBudget): PatternResult => {
  if (++budget.steps > PATTERN_STEP_BUDGET) throw new NotEvaluable('over the step budget');
  if (isRecord(pattern)) return isRecord(value) ? matchMap(pattern, value, path, budget) : fail(path);
  if (Array.isArray(pattern)) return Array.isArray(value) ? matchArray(pattern, value, path, budget) : fail(path);
  return scalarMatches(pattern, value) ? PASS : fail(path);
};

/**
 * A list pattern: a list of maps has every resource element match its first element (an element
 * a conditional anchor skips passes); a list of scalars matches element by element.
 */
const matchArray = (pattern: readonly unknown[], value: readonly unknown[], path: string, budget: PatternBudget): PatternResult => {
  if (pattern.length === 0) return PASS;
  if (isRecord(pattern[0])) {
    let skippedAll = value.length > 0;
    for (const [i, element] of value.entries()) {
      const result = matchValue(pattern[0], element, `${path}${i}/`, budget);
      if (result.kind === 'fail' || result.kind === 'skip-rule') return result;
      if (result.kind === 'pass') skippedAll = false;
    }
    return skippedAll ? SKIP : PASS;
  }
  if (pattern.length === 1) {
    for (const [i, element] of value.entries()) if (!scalarMatches(pattern[0], element)) return fail(`${path}${i}/`);
    return PASS;
  }
  if (pattern.length !== value.length) return fail(path);
  for (const [i, element] of value.entries()) {
    const result = matchValue(pattern[i], element, `${path}${i}/`, budget);
    if (result.kind !== 'pass') return result;
  }
  return PASS;
};

/**
 * A map pattern: global anchors first (false skips the rule), then conditional anchors (false
 * skips this map), then the others: negation (key absent), equality (checked only if present),
 * existence (some list element matches), plain (key required).
 */
const matchMap = (pattern: Json, value: Json, path: string, budget: PatternBudget): PatternResult => {
  const entries = Object.entries(pattern).map(([key, sub]) => ({ ...anchorOf(key), sub }));
  for (const entry of entries.filter((e) => e.anchor === 'global')) {
    if (!(entry.name in value)) return { kind: 'skip-rule' };
    const result = matchValue(entry.sub, value[entry.name], `${path}${entry.name}/`, budget);
    if (result.kind !== 'pass') return result.kind === 'skip' ? SKIP : { kind: 'skip-rule' };
  }
  for (const entry of entries.filter((e) => e.anchor === 'condition')) {
    if (!(entry.name in value)) return SKIP;
    const result = matchValue(entry.sub, value[entry.name], `${path}${entry.name}/`, budget);
    if (result.kind === 'skip-rule') return result;
    if (result.kind !== 'pass') return SKIP;
  }
  let skipped = 0;
  let checked = 0;
  for (const entry of entries) {
    const at = `${path}${entry.name}/`;
    const present = entry.name in value && value[entry.name] !== undefined;
    switch (entry.anchor) {
      case 'global':
      case 'condition':
      case 'add':
        continue;
      case 'negation':
        if (present) return fail(at);
        continue;
      case 'equality': {
        if (!present) continue;
        const result = matchValue(entry.sub, value[entry.name], at, budget);
        if (result.kind === 'fail' || result.kind === 'skip-rule') return result;
        continue;
      }
      case 'existence': {
        const list = value[entry.name];
        if (!Array.isArray(list) || !Array.isArray(entry.sub) || entry.sub.length === 0) return fail(at);
        const found = list.some((element) => matchValue((entry.sub as unknown[])[0], element, at, budget).kind === 'pass');
        if (!found) return fail(at);
        continue;
      }
      case 'none': {
        if (!present) return fail(at);
        const result = matchValue(entry.sub, value[entry.name], at, budget);
        if (result.kind === 'fail' || result.kind === 'skip-rule') return result;
        if (result.kind === 'skip') skipped++;
        else checked++;
        continue;
      }
    }
  }
  // Every required branch skipped by its own conditions: this map is skipped too.
  return skipped > 0 && checked === 0 ? SKIP : PASS;
};

// ---------------------------------------------------------------------------------------------
// Conditions (pkg/engine/variables/operator).

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

const equalValues = (key: unknown, value: unknown): boolean => {
  if (typeof value === 'string' && typeof key === 'string') return wildcardMatch(value, key) || (numberOf(key) !== undefined && numberOf(key) === numberOf(value));
  if (typeof value === 'string' && (typeof key === 'number' || typeof key === 'boolean')) return String(key) === value || numberOf(value) === key;
  if (typeof key === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return key === String(value) || numberOf(key) === value;
  if (typeof key === 'number' && typeof value === 'number') return key === value;
  return JSON.stringify(key) === JSON.stringify(value);
};

const inList = (element: unknown, list: unknown): boolean => {
  if (typeof list === 'string' && typeof element === 'string') return wildcardMatch(list, element);
  return asArray(list).some((candidate) => equalValues(element, candidate));
};

const compareNumbers = (key: unknown, value: unknown, test: (a: number, b: number) => boolean): boolean => {
  const [a, b] = [numberOf(key), numberOf(value)];
  if (a === undefined || b === undefined) throw new NotEvaluable(`compares ${JSON.stringify(key)} with ${JSON.stringify(value)} (not numbers, quantities or durations)`);
  return test(a, b);
};

/** Every operator of Kyverno conditions, deprecated spellings included. */
export const OPERATORS: Readonly<Record<string, (key: unknown, value: unknown) => boolean>> = {
  Equals: equalValues,
  Equal: equalValues,
  NotEquals: (k, v) => !equalValues(k, v),
  NotEqual: (k, v) => !equalValues(k, v),
  In: (k, v) => asArray(k).every((e) => inList(e, v)),
  NotIn: (k, v) => !asArray(k).every((e) => inList(e, v)),
  AnyIn: (k, v) => asArray(k).some((e) => inList(e, v)),
  AllIn: (k, v) => asArray(k).every((e) => inList(e, v)),
  AnyNotIn: (k, v) => asArray(k).some((e) => !inList(e, v)),
  AllNotIn: (k, v) => asArray(k).every((e) => !inList(e, v)),
  GreaterThan: (k, v) => compareNumbers(k, v, (a, b) => a > b),
  GreaterThanOrEquals: (k, v) => compareNumbers(k, v, (a, b) => a >= b),
  LessThan: (k, v) => compareNumbers(k, v, (a, b) => a < b),
  LessThanOrEquals: (k, v) => compareNumbers(k, v, (a, b) => a <= b),
  DurationGreaterThan: (k, v) => compareNumbers(k, v, (a, b) => a > b),
  DurationGreaterThanOrEquals: (k, v) => compareNumbers(k, v, (a, b) => a >= b),
  DurationLessThan: (k, v) => compareNumbers(k, v, (a, b) => a < b),
  DurationLessThanOrEquals: (k, v) => compareNumbers(k, v, (a, b) => a <= b),
};

interface Scope {
  readonly data: Json;
  readonly unknown: UnknownNames;
}

const conditionHolds = (condition: unknown, scope: Scope): boolean => {
  if (!isRecord(condition)) throw new NotEvaluable('a condition that is not an object');
  const operator = OPERATORS[String(condition['operator'])];
  if (!operator) throw new NotEvaluable(`condition operator ${String(condition['operator'])}`);
  // A key that does not resolve is an error in Kyverno unless the condition gives no value.
  const key = substitute(condition['key'] ?? null, scope.data, scope.unknown);
  const value = substitute(condition['value'] ?? null, scope.data, scope.unknown);
  return operator(key, value);
};

/** A conditions block: a list (all must hold) or `{any, all}` (some of any, and every one of all). */
export const conditionsHold = (block: unknown, scope: Scope): boolean => {
  if (block === undefined || block === null) return true;
  if (Array.isArray(block)) return block.every((condition) => conditionHolds(condition, scope));
  if (!isRecord(block)) throw new NotEvaluable('conditions that are neither a list nor any/all');
  const any = block['any'];
  const all = block['all'];
  const anyHolds = !Array.isArray(any) || any.length === 0 || any.some((condition) => conditionHolds(condition, scope));
  const allHold = !Array.isArray(all) || all.every((condition) => conditionHolds(condition, scope));
  return anyHolds && allHold;
};

// ---------------------------------------------------------------------------------------------
// Context: request, images, service account, the rule's context entries.

/** Kyverno's image reference parts (pkg/utils/image: registry defaults to docker.io, tag to latest). */
export const imageInfo = (image: string): Json => {
  const [withoutDigest, digest] = image.split('@', 2) as [string, string | undefined];
  const slash = withoutDigest.indexOf('/');
  const first = slash >= 0 ? withoutDigest.slice(0, slash) : '';
  const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first : 'docker.io';
  const rest = hasRegistry ? withoutDigest.slice(slash + 1) : withoutDigest;
  const colon = rest.lastIndexOf(':');
  const path = colon >= 0 ? rest.slice(0, colon) : rest;
  const tag = colon >= 0 ? rest.slice(colon + 1) : digest ? '' : 'latest';
  const name = path.split('/').at(-1) ?? path;
  return { registry, path, name, tag, digest: digest ?? '', reference: `${registry}/${path}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`, referenceWithTag: `${registry}/${path}:${tag}` };
};

const imagesOf = (object: unknown): Json => {
  const spec = isRecord(object) && isRecord(object['spec']) ? object['spec'] : {};
  const images: Json = {};
  for (const list of ['containers', 'initContainers', 'ephemeralContainers']) {
    const containers = Array.isArray(spec[list]) ? (spec[list] as unknown[]).filter(isRecord) : [];
    if (containers.length === 0) continue;
    images[list] = Object.fromEntries(containers.filter((c) => typeof c['name'] === 'string' && typeof c['image'] === 'string').map((c) => [c['name'] as string, imageInfo(c['image'] as string)]));
  }
  return images;
};

const baseData = (request: Readonly<Record<string, unknown>>): Json => {
  const username = isRecord(request['userInfo']) && typeof request['userInfo']['username'] === 'string' ? request['userInfo']['username'] : '';
  const serviceAccount = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(username);
  return {
    request: structuredClone(request),
    images: imagesOf(request['object']),
    serviceAccountName: serviceAccount?.[2] ?? '',
    serviceAccountNamespace: serviceAccount?.[1] ?? '',
  };
};

const CLUSTER_CONTEXT: Readonly<Record<string, string>> = {
  configMap: 'a ConfigMap in the cluster',
  apiCall: 'an API call',
  imageRegistry: 'an image registry',
  globalReference: 'a global context entry',
};

/** The rule's `context` entries, in order: literal variables and JMESPath; the cluster's are unknown. */
const withContext = (entries: unknown, scope: Scope): Scope => {
  const data: Json = { ...scope.data };
  const unknown = new Map(scope.unknown);
  for (const entry of Array.isArray(entries) ? entries.filter(isRecord) : []) {
    const name = entry['name'];
    if (typeof name !== 'string') continue;
    const cluster = Object.keys(CLUSTER_CONTEXT).find((key) => entry[key] !== undefined);
    if (cluster !== undefined) {
      unknown.set(name, `which comes from ${CLUSTER_CONTEXT[cluster]}`);
      continue;
    }
    const variable = entry['variable'];
    if (!isRecord(variable)) continue;
    const current: Scope = { data, unknown };
    let value = variable['value'] !== undefined ? substitute(variable['value'], data, unknown) : undefined;
    if (typeof variable['jmesPath'] === 'string') {
      const jmes = substituteString(variable['jmesPath'], data, unknown);
      value = evaluateJmes(String(jmes), value === undefined ? current.data : ({ ...(isRecord(value) ? value : {}), '@': value } as Json), unknown);
      if (value === null && variable['value'] !== undefined) value = null;
    }
    if ((value === null || value === undefined) && variable['default'] !== undefined) value = substitute(variable['default'], data, unknown);
    data[name] = value ?? null;
  }
  return { data, unknown };
};

// ---------------------------------------------------------------------------------------------
// Rules.

/** Why a pattern failed, as Kyverno says it (message, rule, path). */
const failureMessage = (message: unknown, scope: Scope, rule: string, path: string): string => {
  let text = typeof message === 'string' ? message : '';
  try {
    const substituted = substitute(text, scope.data, scope.unknown);
    text = typeof substituted === 'string' ? substituted : JSON.stringify(substituted);
  } catch {
    // Kyverno keeps the raw message when its variables do not resolve.
  }
  return `validation error: ${text}${text.endsWith('.') ? '' : '.'} rule ${rule} failed at path ${path}`;
};

type Outcome = { readonly kind: 'pass' } | { readonly kind: 'fail'; readonly path: string; readonly message?: string } | { readonly kind: 'skip' };

const patternOutcome = (pattern: unknown, resource: unknown, scope: Scope): Outcome => {
  const substituted = substitute(pattern, scope.data, scope.unknown);
  const result = matchValue(substituted, resource, '/', { steps: 0 });
  if (result.kind === 'fail') return { kind: 'fail', path: result.path };
  return result.kind === 'pass' ? { kind: 'pass' } : { kind: 'skip' };
};

const anyPatternOutcome = (patterns: readonly unknown[], resource: unknown, scope: Scope): Outcome => {
  const results = patterns.map((pattern) => patternOutcome(pattern, resource, scope));
  if (results.some((result) => result.kind === 'pass')) return { kind: 'pass' };
  if (results.every((result) => result.kind === 'skip')) return { kind: 'skip' };
  const failed = results.find((result): result is Extract<Outcome, { kind: 'fail' }> => result.kind === 'fail');
  return { kind: 'fail', path: failed?.path ?? '/' };
};

const MAX_FOREACH_DEPTH = 5;
const MAX_ELEMENTS = 1000;

/** One validate block (the rule's, or a foreach entry's) on a resource (the request's object, or an element). */
const validateBlock = (block: Json, resource: unknown, scope: Scope, depth: number): Outcome => {
  if (block['podSecurity'] !== undefined) throw new NotEvaluable('validate.podSecurity (Kyverno applies the Pod Security Standards checks itself)');
  if (block['manifests'] !== undefined) throw new NotEvaluable('validate.manifests (signature verification)');
  if (block['assert'] !== undefined) throw new NotEvaluable('validate.assert (Kyverno JSON assertion trees)');
  const outcomes: Outcome[] = [];
  if (block['pattern'] !== undefined) outcomes.push(patternOutcome(block['pattern'], resource, scope));
  if (Array.isArray(block['anyPattern'])) outcomes.push(anyPatternOutcome(block['anyPattern'], resource, scope));
  if (isRecord(block['deny'])) {
    const conditions = block['deny']['conditions'];
    outcomes.push(conditionsHold(conditions, scope) ? { kind: 'fail', path: '/' } : { kind: 'pass' });
  }
  if (Array.isArray(block['foreach'])) {
    if (depth >= MAX_FOREACH_DEPTH) throw new NotEvaluable(`foreach nested deeper than ${MAX_FOREACH_DEPTH}`);
    for (const each of block['foreach'].filter(isRecord)) outcomes.push(foreachOutcome(each, scope, depth + 1));
  }
  const failed = outcomes.find((outcome) => outcome.kind === 'fail');
  if (failed) return failed;
  if (outcomes.length > 0 && outcomes.every((outcome) => outcome.kind === 'skip')) return { kind: 'skip' };
  return { kind: 'pass' };
};

/**
 * A foreach entry: its `list` (JMESPath, with `{{ }}`) evaluated in the scope; each element, as
 * `element` and `elementIndex` (and `element<depth>` for outer loops), passes its preconditions,
 * then its pattern is matched against the element and its deny conditions evaluated.
 */
const foreachOutcome = (each: Json, scope: Scope, depth: number): Outcome => {
  if (typeof each['list'] !== 'string') throw new NotEvaluable('foreach without a list expression');
  const listExpression = String(substituteString(each['list'], scope.data, scope.unknown));
  const withEntries = withContext(each['context'], scope);
  const list = evaluateJmes(listExpression, withEntries.data, withEntries.unknown);
  if (list === null || list === undefined) return { kind: 'skip' };
  const elements = Array.isArray(list) ? list : isRecord(list) ? Object.entries(list).map(([key, value]) => ({ key, value })) : [list];
  if (elements.length > MAX_ELEMENTS) throw new NotEvaluable(`foreach over more than ${MAX_ELEMENTS} elements`);
  for (const [index, element] of elements.entries()) {
    const data: Json = { ...withEntries.data, element, elementIndex: index, [`element${depth - 1}`]: element, [`elementIndex${depth - 1}`]: index };
    const elementScope = withContext(each['context'], { data, unknown: withEntries.unknown });
    if (!conditionsHold(each['preconditions'], elementScope)) continue;
    const outcome = validateBlock(each, element, elementScope, depth);
    if (outcome.kind === 'fail') return { kind: 'fail', path: `${outcome.path}` };
  }
  return { kind: 'pass' };
};

const celOf = (cel: Json): { variables: CelNamedExpression[]; validations: { expression: string; message?: string }[] } => ({
  variables: (Array.isArray(cel['variables']) ? cel['variables'] : []).filter(isRecord).flatMap((v) => (typeof v['name'] === 'string' && typeof v['expression'] === 'string' ? [{ name: v['name'], expression: v['expression'] }] : [])),
  validations: (Array.isArray(cel['expressions']) ? cel['expressions'] : []).filter(isRecord).flatMap((e) =>
    typeof e['expression'] === 'string' ? [{ expression: e['expression'], ...(typeof e['message'] === 'string' && { message: e['message'] }) }] : [],
  ),
});

/**
 * Whether the rule's `match` lets the request's operation in, judged on `operations` only (the
 * probes are of kinds the rule matches): a block of `any` that admits it, every block of `all`,
 * or the legacy single block. A rule matching only CREATE never runs on the subresource write.
 */
const matchAdmitsOperation = (match: unknown, operation: unknown): boolean => {
  if (!isRecord(match)) return true;
  const any = match['any'];
  const all = match['all'];
  if (Array.isArray(any) && any.length > 0 && !any.some((block) => operationsAdmit(block, operation))) return false;
  if (Array.isArray(all) && !all.every((block) => operationsAdmit(block, operation))) return false;
  return operationsAdmit(match, operation);
};

/** The rule on one request, before Kyverno's allowance for existing violations. */
const ruleOutcome = (rule: Json, request: Readonly<Record<string, unknown>>): Outcome | Decision => {
  if (!matchAdmitsOperation(rule['match'], request['operation'])) return { kind: 'skip' };
  const validate = rule['validate'];
  if (!isRecord(validate)) throw new NotEvaluable('not a validate rule');
  if (isRecord(validate['cel'])) {
    if (validate['cel']['paramKind'] !== undefined || validate['cel']['paramRef'] !== undefined) throw new NotEvaluable('validate.cel with parameters');
    const cel = celOf(validate['cel']);
    return decideCelPolicy({ matchConditions: [], variables: cel.variables, validations: cel.validations, failurePolicy: 'Fail' }, { request, params: null });
  }
  const base: Scope = { data: baseData(request), unknown: new Map() };
  const scope = withContext(rule['context'], base);
  if (!conditionsHold(rule['preconditions'], scope)) return { kind: 'skip' };
  const outcome = validateBlock(validate, request['object'], scope, 0);
  if (outcome.kind === 'fail') return { ...outcome, message: failureMessage(validate['message'], scope, String(rule['name'] ?? ''), outcome.path) };
  return outcome;
};

/**
 * One Kyverno validate rule on one request. On UPDATE, a rule that fails on the new object
 * but also on the old one admits the request: Kyverno's `allowExistingViolations`, true by
 * default (kyverno pkg/engine/handlers/validation/validate_resource.go).
 */
export const decideKyvernoRule = (rule: Readonly<Record<string, unknown>>, request: Readonly<Record<string, unknown>>): Decision => {
  try {
    const outcome = ruleOutcome(rule, request);
    if ('outcome' in outcome) return outcome;
    if (outcome.kind !== 'fail') return ADMITTED;
    const validate = rule['validate'] as Json;
    if (request['operation'] === 'UPDATE' && validate['allowExistingViolations'] !== false && isRecord(request['oldObject'])) {
      const old = ruleOutcome(rule, { ...request, object: request['oldObject'] });
      if (!('outcome' in old) && old.kind === 'fail') return ADMITTED;
    }
    return denied(outcome.message ?? `rule ${String(rule['name'] ?? '')} failed`);
  } catch (error) {
    if (error instanceof NotEvaluable) return notEvaluated(error.reason);
    if (error instanceof SubstitutionFailure) return notEvaluated(`a variable does not resolve, which makes the rule an error in Kyverno (${error.message})`);
    if (error instanceof RangeError) return notEvaluated('too deep to evaluate');
    throw error;
  }
};
