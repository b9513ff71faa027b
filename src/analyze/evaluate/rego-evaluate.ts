import type { Body, Literal, RegoModule, RegoRule, Term, WithModifier } from '../rego/ast.ts';
import { isRecord } from '../../json.ts';
import { GlobSyntaxError, globMatches } from '../../model/glob.ts';

/**
 * A Rego interpreter over the project's own Rego syntax tree, for the language the policy
 * libraries use: complete rules (default, else), partial set and object rules, functions,
 * `not`, `some`, `every`, comprehensions, `with`, imports of `data.*` packages, and the
 * built-ins those libraries call. Evaluation is top-down with backtracking (generators over
 * variable bindings), bounded by a step budget. A built-in it lacks, `data.inventory` or an
 * unsupported construct makes the query "not evaluated", never a value.
 */

/** A Rego set: members by canonical key. */
export class RegoSet {
  readonly members = new Map<string, Value>();
  constructor(values: Iterable<Value> = []) {
    for (const value of values) this.add(value);
  }
  add(value: Value): void {
    const key = canonical(value);
    if (!this.members.has(key)) this.members.set(key, value);
  }
  has(value: Value): boolean {
    return this.members.has(canonical(value));
  }
  get size(): number {
    return this.members.size;
  }
  values(): Value[] {
    return [...this.members.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, value]) => value);
  }
}

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value } | RegoSet;

/** Could not evaluate: why. */
export class RegoUnsupported extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** A built-in that errors at run time (OPA's default: the expression is undefined, not a halt). */
class BuiltinError extends Error {}

const TYPE_ORDER = (value: Value): number =>
  value === null ? 0 : typeof value === 'boolean' ? 1 : typeof value === 'number' ? 2 : typeof value === 'string' ? 3 : Array.isArray(value) ? 4 : value instanceof RegoSet ? 6 : 5;

/** A key that is equal for equal Rego values (sets and objects order-independent). */
export const canonical = (value: Value): string => {
  if (value instanceof RegoSet) return `set{${[...value.members.keys()].sort().join(',')}}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key]!)}`).join(',')}}`;
  return JSON.stringify(value);
};

const equal = (a: Value, b: Value): boolean => canonical(a) === canonical(b);

/** Rego's total order: null < booleans < numbers < strings < arrays < objects < sets. */
export const compare = (a: Value, b: Value): number => {
  const ta = TYPE_ORDER(a);
  const tb = TYPE_ORDER(b);
  if (ta !== tb) return ta - tb;
  if (typeof a === 'number' || typeof a === 'string' || typeof a === 'boolean') return a < (b as typeof a) ? -1 : a > (b as typeof a) ? 1 : 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compare(a[i]!, b[i]!);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  const ka = canonical(a);
  const kb = canonical(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

/** JSON (from the request) to Rego values: objects and arrays as they are. */
const fromJson = (value: unknown): Value => {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(fromJson);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromJson(v)]));
  return value as Value;
};

const toJson = (value: Value): unknown => {
  if (value instanceof RegoSet) return value.values().map(toJson);
  if (Array.isArray(value)) return value.map(toJson);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, toJson(value[k]!)]));
  return value;
};

// ---------------------------------------------------------------------------------------------
// Built-ins (OPA topdown), the ones the policy libraries call.

const str = (value: Value, name: string): string => {
  if (typeof value !== 'string') throw new BuiltinError(`${name}: operand must be a string`);
  return value;
};
const num = (value: Value, name: string): number => {
  if (typeof value !== 'number') throw new BuiltinError(`${name}: operand must be a number`);
  return value;
};
const collection = (value: Value, name: string): Value[] => {
  if (Array.isArray(value)) return value;
  if (value instanceof RegoSet) return value.values();
  if (value !== null && typeof value === 'object') return Object.values(value);
  throw new BuiltinError(`${name}: operand must be a collection`);
};
const set = (value: Value, name: string): RegoSet => {
  if (!(value instanceof RegoSet)) throw new BuiltinError(`${name}: operand must be a set`);
  return value;
};

/** Go's fmt verbs as OPA's sprintf uses them, for the verbs policies write. */
const formatValue = (value: Value, verb: string): string => {
  if (verb === 'd') return typeof value === 'number' ? String(Math.trunc(value)) : `%!d(${formatValue(value, 'v')})`;
  if (verb === 'q') return JSON.stringify(typeof value === 'string' ? value : formatValue(value, 'v'));
  if (typeof value === 'string') return value;
  if (value instanceof RegoSet) return `{${value.values().map((v) => JSON.stringify(toJson(v))).join(', ')}}`;
  if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(toJson(v))).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}: ${JSON.stringify(toJson(value[k]!))}`).join(', ')}}`;
  return value === null ? 'null' : String(value);
};

const sprintf = (format: string, args: Value[]): string => {
  let i = 0;
  return format.replace(/%([-+# 0]*\d*(?:\.\d+)?)([vsdqfxt%])/g, (_all, _flags: string, verb: string) => {
    if (verb === '%') return '%';
    const value = args[i++];
    return value === undefined ? `%!${verb}(MISSING)` : formatValue(value, verb);
  });
};

/** `glob.match` through the linear matcher: a `.*` translation backtracks exponentially on `*a*a*a…b` (9 wildcards: 26 s). */
const globMatch = (pattern: string, delimiters: string[], name: string): boolean => {
  try {
    return globMatches(pattern, delimiters, name);
  } catch (error) {
    if (error instanceof GlobSyntaxError) throw new BuiltinError(`glob.match: ${error.message}`);
    throw error;
  }
};

const regex = (pattern: string): RegExp => {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    throw new BuiltinError(`invalid regular expression ${pattern}`);
  }
};

const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

const semverCompare = (a: string, b: string): number => {
  const x = SEMVER.exec(a);
  const y = SEMVER.exec(b);
  if (!x || !y) throw new BuiltinError('semver.compare: invalid version');
  for (let i = 1; i <= 3; i++) if (Number(x[i]) !== Number(y[i])) return Number(x[i]) < Number(y[i]) ? -1 : 1;
  if (x[4] === y[4]) return 0;
  if (x[4] === undefined) return 1;
  if (y[4] === undefined) return -1;
  return x[4] < y[4] ? -1 : 1;
};

const UNITS: Readonly<Record<string, number>> = {
  '': 1, m: 1e-3, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  ki: 2 ** 10, Ki: 2 ** 10, mi: 2 ** 20, Mi: 2 ** 20, gi: 2 ** 30, Gi: 2 ** 30, ti: 2 ** 40, Ti: 2 ** 40, pi: 2 ** 50, Pi: 2 ** 50, ei: 2 ** 60, Ei: 2 ** 60,
};
const parseUnits = (text: string, name: string): number => {
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([a-zA-Z]*)$/.exec(text.trim().replace(/^"|"$/g, ''));
  if (!m) throw new BuiltinError(`${name}: could not parse ${text}`);
  const suffix = m[2]!.replace(/[bB]$/, '');
  const factor = UNITS[suffix];
  if (factor === undefined) throw new BuiltinError(`${name}: unknown unit ${m[2]}`);
  return Number(m[1]) * factor;
};

type Builtin = (args: Value[]) => Value;

const typeName = (value: Value): string =>
  value === null ? 'null' : typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? 'number' : typeof value === 'string' ? 'string' : Array.isArray(value) ? 'array' : value instanceof RegoSet ? 'set' : 'object';

const BUILTINS: Readonly<Record<string, Builtin>> = {
  count: ([x]) => (typeof x === 'string' ? [...x].length : collection(x!, 'count').length),
  sum: ([x]) => collection(x!, 'sum').reduce<number>((a, b) => a + num(b, 'sum'), 0),
  product: ([x]) => collection(x!, 'product').reduce<number>((a, b) => a * num(b, 'product'), 1),
  max: ([x]) => {
    const items = collection(x!, 'max');
    if (items.length === 0) throw new BuiltinError('max of empty');
    return items.reduce((a, b) => (compare(a, b) >= 0 ? a : b));
  },
  min: ([x]) => {
    const items = collection(x!, 'min');
    if (items.length === 0) throw new BuiltinError('min of empty');
    return items.reduce((a, b) => (compare(a, b) <= 0 ? a : b));
  },
  sort: ([x]) => [...collection(x!, 'sort')].sort(compare),
  all: ([x]) => collection(x!, 'all').every((v) => v === true),
  any: ([x]) => collection(x!, 'any').some((v) => v === true),
  abs: ([x]) => Math.abs(num(x!, 'abs')),
  round: ([x]) => Math.round(num(x!, 'round')),
  floor: ([x]) => Math.floor(num(x!, 'floor')),
  ceil: ([x]) => Math.ceil(num(x!, 'ceil')),
  concat: ([sep, xs]) => collection(xs!, 'concat').map((v) => str(v, 'concat')).join(str(sep!, 'concat')),
  contains: ([s, sub]) => str(s!, 'contains').includes(str(sub!, 'contains')),
  startswith: ([s, p]) => str(s!, 'startswith').startsWith(str(p!, 'startswith')),
  endswith: ([s, p]) => str(s!, 'endswith').endsWith(str(p!, 'endswith')),
  indexof: ([s, sub]) => str(s!, 'indexof').indexOf(str(sub!, 'indexof')),
  lower: ([s]) => str(s!, 'lower').toLowerCase(),
  upper: ([s]) => str(s!, 'upper').toUpperCase(),
  split: ([s, sep]) => str(s!, 'split').split(str(sep!, 'split')),
  replace: ([s, from, to]) => str(s!, 'replace').split(str(from!, 'replace')).join(str(to!, 'replace')),
  'strings.replace_n': ([patterns, s]) => {
    let out = str(s!, 'strings.replace_n');
    if (patterns === null || typeof patterns !== 'object' || Array.isArray(patterns) || patterns instanceof RegoSet) throw new BuiltinError('strings.replace_n: patterns must be an object');
    for (const [from, to] of Object.entries(patterns)) out = out.split(from).join(str(to, 'strings.replace_n'));
    return out;
  },
  substring: ([s, start, length]) => {
    const chars = [...str(s!, 'substring')];
    const from = num(start!, 'substring');
    const n = num(length!, 'substring');
    return chars.slice(from, n < 0 ? undefined : from + n).join('');
  },
  trim: ([s, cut]) => {
    const chars = [...str(cut!, 'trim')];
    let text = str(s!, 'trim');
    while (text.length > 0 && chars.includes(text[0]!)) text = text.slice(1);
    while (text.length > 0 && chars.includes(text.at(-1)!)) text = text.slice(0, -1);
    return text;
  },
  trim_space: ([s]) => str(s!, 'trim_space').trim(),
  trim_prefix: ([s, p]) => (str(s!, 'trim_prefix').startsWith(str(p!, 'trim_prefix')) ? (s as string).slice((p as string).length) : (s as string)),
  trim_suffix: ([s, p]) => (str(s!, 'trim_suffix').endsWith(str(p!, 'trim_suffix')) && (p as string).length > 0 ? (s as string).slice(0, -(p as string).length) : (s as string)),
  trim_left: ([s, cut]) => {
    let text = str(s!, 'trim_left');
    while (text.length > 0 && str(cut!, 'trim_left').includes(text[0]!)) text = text.slice(1);
    return text;
  },
  trim_right: ([s, cut]) => {
    let text = str(s!, 'trim_right');
    while (text.length > 0 && str(cut!, 'trim_right').includes(text.at(-1)!)) text = text.slice(0, -1);
    return text;
  },
  sprintf: ([format, args]) => sprintf(str(format!, 'sprintf'), collection(args!, 'sprintf')),
  format_int: ([n, base]) => Math.trunc(num(n!, 'format_int')).toString(num(base!, 'format_int')),
  to_number: ([x]) => {
    if (typeof x === 'number') return x;
    if (typeof x === 'boolean') return x ? 1 : 0;
    if (x === null) return 0;
    const n = Number(str(x!, 'to_number'));
    if (Number.isNaN(n) || (x as string).trim() === '') throw new BuiltinError('to_number: not a number');
    return n;
  },
  'regex.match': ([p, s]) => regex(str(p!, 'regex.match')).test(str(s!, 'regex.match')),
  re_match: ([p, s]) => regex(str(p!, 're_match')).test(str(s!, 're_match')),
  'regex.split': ([p, s]) => str(s!, 'regex.split').split(regex(str(p!, 'regex.split'))),
  'regex.find_n': ([p, s, n]) => {
    const all = [...str(s!, 'regex.find_n').matchAll(new RegExp(str(p!, 'regex.find_n'), 'gu'))].map((m) => m[0]);
    return num(n!, 'regex.find_n') < 0 ? all : all.slice(0, n as number);
  },
  'glob.match': ([p, delimiters, s]) => globMatch(str(p!, 'glob.match'), delimiters === null ? ['.'] : collection(delimiters!, 'glob.match').map((d) => str(d, 'glob.match')), str(s!, 'glob.match')),
  'object.get': ([o, key, fallback]) => {
    if (o === null || typeof o !== 'object' || Array.isArray(o) || o instanceof RegoSet) throw new BuiltinError('object.get: operand must be an object');
    if (Array.isArray(key)) {
      let current: Value = o;
      for (const k of key) {
        if (current !== null && typeof current === 'object' && !Array.isArray(current) && !(current instanceof RegoSet) && typeof k === 'string' && k in current) current = current[k]!;
        else if (Array.isArray(current) && typeof k === 'number' && k in current) current = current[k]!;
        else return fallback!;
      }
      return current;
    }
    return typeof key === 'string' && key in o ? o[key]! : fallback!;
  },
  'object.keys': ([o]) => {
    if (o === null || typeof o !== 'object' || Array.isArray(o) || o instanceof RegoSet) throw new BuiltinError('object.keys: operand must be an object');
    return new RegoSet(Object.keys(o));
  },
  'object.remove': ([o, keys]) => {
    if (o === null || typeof o !== 'object' || Array.isArray(o) || o instanceof RegoSet) throw new BuiltinError('object.remove: operand must be an object');
    const drop = new Set(collection(keys!, 'object.remove').map((k) => String(k)));
    return Object.fromEntries(Object.entries(o).filter(([k]) => !drop.has(k)));
  },
  'object.union': ([a, b]) => {
    const merge = (x: Value, y: Value): Value =>
      x !== null && y !== null && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x) && !Array.isArray(y) && !(x instanceof RegoSet) && !(y instanceof RegoSet)
        ? Object.fromEntries([...new Set([...Object.keys(x), ...Object.keys(y)])].map((k) => [k, k in y ? (k in x ? merge(x[k]!, y[k]!) : y[k]!) : x[k]!]))
        : y;
    return merge(a!, b!);
  },
  'array.concat': ([a, b]) => [...(Array.isArray(a) ? a : []), ...(Array.isArray(b) ? b : [])],
  'array.slice': ([a, from, to]) => {
    if (!Array.isArray(a)) throw new BuiltinError('array.slice: operand must be an array');
    return a.slice(Math.max(0, num(from!, 'array.slice')), Math.min(a.length, num(to!, 'array.slice')));
  },
  'array.reverse': ([a]) => [...(Array.isArray(a) ? a : [])].reverse(),
  union: ([sets]) => new RegoSet(collection(sets!, 'union').flatMap((s) => set(s, 'union').values())),
  intersection: ([sets]) => {
    const all = collection(sets!, 'intersection').map((s) => set(s, 'intersection'));
    if (all.length === 0) return new RegoSet();
    return new RegoSet(all[0]!.values().filter((v) => all.every((s) => s.has(v))));
  },
  'json.marshal': ([x]) => JSON.stringify(toJson(x!)),
  'json.unmarshal': ([s]) => {
    try {
      return fromJson(JSON.parse(str(s!, 'json.unmarshal')));
    } catch {
      throw new BuiltinError('json.unmarshal: invalid JSON');
    }
  },
  'semver.compare': ([a, b]) => semverCompare(str(a!, 'semver.compare'), str(b!, 'semver.compare')),
  'semver.is_valid': ([a]) => typeof a === 'string' && SEMVER.test(a) && !a.startsWith('v'),
  'units.parse': ([s]) => parseUnits(str(s!, 'units.parse'), 'units.parse'),
  'units.parse_bytes': ([s]) => Math.round(parseUnits(str(s!, 'units.parse_bytes'), 'units.parse_bytes')),
  is_string: ([x]) => typeof x === 'string',
  is_number: ([x]) => typeof x === 'number',
  is_boolean: ([x]) => typeof x === 'boolean',
  is_array: ([x]) => Array.isArray(x),
  is_set: ([x]) => x instanceof RegoSet,
  is_object: ([x]) => typeName(x!) === 'object',
  is_null: ([x]) => x === null,
  type_name: ([x]) => typeName(x!),
  cast_array: ([x]) => collection(x!, 'cast_array'),
  cast_set: ([x]) => new RegoSet(collection(x!, 'cast_set')),
  'base64.decode': ([s]) => Buffer.from(str(s!, 'base64.decode'), 'base64').toString('utf8'),
  'base64.encode': ([s]) => Buffer.from(str(s!, 'base64.encode'), 'utf8').toString('base64'),
  'strings.reverse': ([s]) => [...str(s!, 'strings.reverse')].reverse().join(''),
  'strings.any_prefix_match': ([s, p]) => collection(typeof s === 'string' ? [s] : s!, 'x').some((x) => collection(typeof p === 'string' ? [p] : p!, 'x').some((y) => String(x).startsWith(String(y)))),
  'strings.any_suffix_match': ([s, p]) => collection(typeof s === 'string' ? [s] : s!, 'x').some((x) => collection(typeof p === 'string' ? [p] : p!, 'x').some((y) => String(x).endsWith(String(y)))),
};

/** Built-ins of two parts written as a ref (`regex.match`), looked up by their dotted name. */
const builtinOf = (name: string): Builtin | undefined => (Object.hasOwn(BUILTINS, name) ? BUILTINS[name] : undefined);

// ---------------------------------------------------------------------------------------------
// The interpreter.


/** A local declared by `some x` but not yet bound. */
const UNBOUND = Symbol('unbound');
type Binding = Value | typeof UNBOUND;
type Bindings = ReadonlyMap<string, Binding>;

const bind = (env: Bindings, name: string, value: Binding): Bindings => new Map(env).set(name, value);

export interface RegoProgram {
  /** Every module (the template's main and libs), by package path. */
  readonly modules: readonly RegoModule[];
}

export const REGO_STEP_BUDGET = 500_000;
const MAX_CALL_DEPTH = 100;

interface Package {
  readonly path: string;
  readonly rules: Map<string, RegoRule[]>;
  readonly imports: Map<string, readonly string[]>;
}

class Interpreter {
  private steps = 0;
  private depth = 0;
  private readonly packages = new Map<string, Package>();
  private readonly cache = new Map<string, Value | undefined>();
  private input: Value;
  private dataOverrides: readonly { path: string[]; value: Value }[] = [];

  constructor(program: RegoProgram, input: Value) {
    this.input = input;
    for (const module of program.modules) {
      const path = module.package.path.join('.');
      let pkg = this.packages.get(path);
      if (!pkg) this.packages.set(path, (pkg = { path, rules: new Map(), imports: new Map() }));
      for (const imported of module.imports) {
        if (imported.path[0] !== 'data' && imported.path[0] !== 'input') continue;
        const alias = imported.alias ?? imported.path.at(-1)!;
        pkg.imports.set(alias, imported.path);
      }
      for (const rule of module.rules) {
        if (rule.head.name.includes('.')) throw new RegoUnsupported(`the rule head ${rule.head.name} (a ref head)`);
        const list = pkg.rules.get(rule.head.name) ?? [];
        list.push(rule);
        pkg.rules.set(rule.head.name, list);
      }
    }
  }

  private tick(): void {
    if (++this.steps > REGO_STEP_BUDGET) throw new RegoUnsupported('over the step budget');
  }

  /** The value of `data.<path>`: a rule, a package (as an object of its rules), or undefined. */
  private dataAt(path: readonly string[]): Value | undefined {
    for (const override of this.dataOverrides) {
      if (override.path.length <= path.length && override.path.every((p, i) => p === path[i])) return walk(override.value, path.slice(override.path.length));
    }
    if (path[0] === 'inventory') throw new RegoUnsupported('reads data.inventory (Gatekeeper\'s replicated cluster objects)');
    for (let i = path.length; i >= 0; i--) {
      const pkg = this.packages.get(path.slice(0, i).join('.'));
      if (!pkg) continue;
      if (i === path.length) return this.packageValue(pkg);
      const value = this.ruleValue(pkg, path[i]!);
      return value === undefined ? undefined : walk(value, path.slice(i + 1));
    }
    return undefined;
  }

  private packageValue(pkg: Package): Value {
    const out: Record<string, Value> = {};
    for (const name of pkg.rules.keys()) {
      if (pkg.rules.get(name)!.some((rule) => rule.head.kind === 'function')) continue;
      const value = this.ruleValue(pkg, name);
      if (value !== undefined) out[name] = value;
    }
    return out;
  }

  /** A rule without arguments, evaluated once per input. */
  ruleValue(pkg: Package, name: string): Value | undefined {
    const key = `${pkg.path}\u0000${name}\u0000${this.dataOverrides.length > 0 || this.inputOverridden ? canonical(this.input) : ''}`;
    if (this.cache.has(key)) return this.cache.get(key);
    const rules = pkg.rules.get(name);
    if (!rules) return undefined;
    this.cache.set(key, undefined);
    if (++this.depth > MAX_CALL_DEPTH) throw new RegoUnsupported('rules nested too deep');
    try {
      const value = this.evaluateRules(pkg, rules);
      this.cache.set(key, value);
      return value;
    } finally {
      this.depth--;
    }
  }

  private inputOverridden = false;

  private evaluateRules(pkg: Package, rules: readonly RegoRule[]): Value | undefined {
    const kind = rules[0]!.head.kind;
    if (kind === 'partial-set') {
      const out = new RegoSet();
      for (const rule of rules) for (const env of this.ruleBodies(pkg, rule)) for (const [v] of this.term(rule.head.key!, pkg, env)) out.add(v);
      return out;
    }
    if (kind === 'partial-object') {
      const out: Record<string, Value> = {};
      for (const rule of rules) {
        for (const env of this.ruleBodies(pkg, rule)) {
          for (const [k, env2] of this.term(rule.head.key!, pkg, env)) {
            if (typeof k !== 'string') throw new RegoUnsupported('an object rule with a non-string key');
            for (const [v] of this.term(rule.head.value!, pkg, env2)) out[k] = v;
          }
        }
      }
      return out;
    }
    if (kind === 'function') return undefined;
    let fallback: Value | undefined;
    for (const rule of rules) {
      if (rule.isDefault) {
        for (const [v] of this.term(rule.head.value!, pkg, new Map())) fallback = v;
        continue;
      }
      const value = this.completeValue(pkg, rule, new Map());
      if (value !== undefined) return value;
    }
    return fallback;
  }

  /** The value of one complete rule (or function definition) whose head is bound by `env`: its bodies, then its else clauses. */
  private completeValue(pkg: Package, rule: RegoRule, env: Bindings): Value | undefined {
    const bodies = rule.bodies.length === 0 ? [undefined] : rule.bodies;
    for (const body of bodies) {
      for (const bound of body ? this.body(body.literals, 0, pkg, env) : [env]) {
        if (rule.head.value === undefined) return true;
        for (const [v] of this.term(rule.head.value, pkg, bound)) return v;
      }
    }
    for (const clause of rule.elses) {
      for (const bound of clause.body ? this.body(clause.body.literals, 0, pkg, env) : [env]) {
        if (clause.value === undefined) return true;
        for (const [v] of this.term(clause.value, pkg, bound)) return v;
      }
    }
    return undefined;
  }

  private *ruleBodies(pkg: Package, rule: RegoRule): Generator<Bindings> {
    if (rule.bodies.length === 0) {
      yield new Map();
      return;
    }
    for (const body of rule.bodies) yield* this.body(body.literals, 0, pkg, new Map());
  }

  private callFunction(pkg: Package, name: string, args: Value[]): Value | undefined {
    const resolved = this.resolveFunction(pkg, name);
    if (resolved === undefined) {
      const builtin = builtinOf(name);
      if (!builtin) throw new RegoUnsupported(`calls the Rego built-in ${name}, which this evaluator lacks`);
      try {
        return builtin(args);
      } catch (error) {
        if (error instanceof BuiltinError) return undefined;
        throw error;
      }
    }
    const [target, rules] = resolved;
    if (++this.depth > MAX_CALL_DEPTH) throw new RegoUnsupported('function calls nested too deep');
    try {
      let fallback: Value | undefined;
      for (const rule of rules) {
        const params = rule.head.args ?? [];
        if (params.length !== args.length) continue;
        if (rule.isDefault) {
          for (const [v] of this.term(rule.head.value!, target, new Map())) fallback = v;
          continue;
        }
        let env: Bindings | undefined = new Map();
        for (let i = 0; i < params.length && env; i++) env = this.unifyFirst(params[i]!, args[i]!, target, env);
        if (!env) continue;
        const value = this.completeValue(target, rule, env);
        if (value !== undefined) return value;
      }
      return fallback;
    } finally {
      this.depth--;
    }
  }

  private resolveFunction(pkg: Package, name: string): [Package, RegoRule[]] | undefined {
    const parts = name.split('.');
    if (parts.length === 1) {
      const rules = pkg.rules.get(name);
      if (rules && rules.some((r) => r.head.kind === 'function')) return [pkg, rules];
      const imported = pkg.imports.get(name);
      if (imported?.[0] === 'data') return this.functionAt(imported.slice(1));
      return undefined;
    }
    const head = parts[0]!;
    if (head === 'data') return this.functionAt(parts.slice(1));
    const imported = pkg.imports.get(head);
    if (imported?.[0] === 'data') return this.functionAt([...imported.slice(1), ...parts.slice(1)]);
    return undefined;
  }

  private functionAt(path: readonly string[]): [Package, RegoRule[]] | undefined {
    const target = this.packages.get(path.slice(0, -1).join('.'));
    const rules = target?.rules.get(path.at(-1)!);
    return target && rules ? [target, rules] : undefined;
  }

  /** Binds the variables of a pattern term to a value; the first way, or undefined. */
  private unifyFirst(pattern: Term, value: Value, pkg: Package, env: Bindings): Bindings | undefined {
    for (const bound of this.unify(pattern, value, pkg, env)) return bound;
    return undefined;
  }

  private *unify(pattern: Term, value: Value, pkg: Package, env: Bindings): Generator<Bindings> {
    this.tick();
    if (pattern.type === 'var') {
      if (pattern.name === '_') {
        yield env;
        return;
      }
      const current = env.get(pattern.name);
      if (current === UNBOUND || (current === undefined && !this.isGlobalName(pattern.name, pkg))) {
        yield bind(env, pattern.name, value);
        return;
      }
    }
    if (pattern.type === 'array' && Array.isArray(value)) {
      if (pattern.items.length !== value.length) return;
      yield* this.unifyItems(pattern.items, value, 0, pkg, env);
      return;
    }
    if (pattern.type === 'object' && value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof RegoSet)) {
      if (pattern.items.length !== Object.keys(value).length) return;
      const keys: Value[] = [];
      const patterns: Term[] = [];
      for (const item of pattern.items) {
        const key = this.firstValue(item.key, pkg, env);
        if (typeof key !== 'string' || !(key in value)) return;
        keys.push(value[key]!);
        patterns.push(item.value);
      }
      yield* this.unifyItems(patterns, keys, 0, pkg, env);
      return;
    }
    for (const [v, env2] of this.term(pattern, pkg, env)) if (equal(v, value)) yield env2;
  }

  private *unifyItems(patterns: readonly Term[], values: readonly Value[], i: number, pkg: Package, env: Bindings): Generator<Bindings> {
    if (i === patterns.length) {
      yield env;
      return;
    }
    for (const bound of this.unify(patterns[i]!, values[i]!, pkg, env)) yield* this.unifyItems(patterns, values, i + 1, pkg, bound);
  }

  private firstValue(term: Term, pkg: Package, env: Bindings): Value | undefined {
    for (const [v] of this.term(term, pkg, env)) return v;
    return undefined;
  }

  private isGlobalName(name: string, pkg: Package): boolean {
    return name === 'input' || name === 'data' || pkg.rules.has(name) || pkg.imports.has(name);
  }

  /** Does a composite term (array, object, set) contain a variable not bound yet? */
  private hasFreeVars(term: Term, pkg: Package, env: Bindings): boolean {
    if (term.type === 'var') return this.isFree(term, pkg, env);
    if (term.type === 'array' || term.type === 'set') return term.items.some((item) => this.hasFreeVars(item, pkg, env));
    if (term.type === 'object') return term.items.some((item) => this.hasFreeVars(item.value, pkg, env));
    return false;
  }

  /** Is the term a variable not bound yet (so an assignment target)? */
  private isFree(term: Term, pkg: Package, env: Bindings): boolean {
    if (term.type !== 'var') return term.type === 'array' ? term.items.some((item) => this.isFree(item, pkg, env)) : false;
    if (term.name === '_') return true;
    const current = env.get(term.name);
    return current === UNBOUND || (current === undefined && !this.isGlobalName(term.name, pkg));
  }

  /** The values of a term, each with the bindings it needed. */
  *term(term: Term, pkg: Package, env: Bindings): Generator<[Value, Bindings]> {
    this.tick();
    switch (term.type) {
      case 'string':
        yield [term.value, env];
        return;
      case 'number':
        yield [Number(term.text), env];
        return;
      case 'boolean':
        yield [term.value, env];
        return;
      case 'null':
        yield [null, env];
        return;
      case 'paren':
        yield* this.term(term.inner, pkg, env);
        return;
      case 'unary-minus':
        for (const [v, env2] of this.term(term.operand, pkg, env)) if (typeof v === 'number') yield [-v, env2];
        return;
      case 'var': {
        const local = env.get(term.name);
        if (local !== undefined && local !== UNBOUND) {
          yield [local, env];
          return;
        }
        const value = this.global(term.name, pkg);
        if (value !== undefined) yield [value, env];
        else if (local === UNBOUND || !this.isGlobalName(term.name, pkg)) throw new RegoUnsupported(`the variable ${term.name} is not bound where it is read`);
        return;
      }
      case 'ref':
        yield* this.ref(term, pkg, env);
        return;
      case 'call':
        yield* this.call(term, pkg, env);
        return;
      case 'array':
        for (const [items, env2] of this.terms(term.items, 0, pkg, env)) yield [items, env2];
        return;
      case 'set':
        for (const [items, env2] of this.terms(term.items, 0, pkg, env)) yield [new RegoSet(items), env2];
        return;
      case 'object': {
        const flat = term.items.flatMap((item) => [item.key, item.value]);
        for (const [items, env2] of this.terms(flat, 0, pkg, env)) {
          const out: Record<string, Value> = {};
          for (let i = 0; i < items.length; i += 2) {
            if (typeof items[i] !== 'string') throw new RegoUnsupported('an object with a non-string key');
            out[items[i] as string] = items[i + 1]!;
          }
          yield [out, env2];
        }
        return;
      }
      case 'array-comprehension': {
        const out: Value[] = [];
        for (const bound of this.body(term.body.literals, 0, pkg, env)) for (const [v] of this.term(term.head, pkg, bound)) out.push(v);
        yield [out, env];
        return;
      }
      case 'set-comprehension': {
        const out = new RegoSet();
        for (const bound of this.body(term.body.literals, 0, pkg, env)) for (const [v] of this.term(term.head, pkg, bound)) out.add(v);
        yield [out, env];
        return;
      }
      case 'object-comprehension': {
        const out: Record<string, Value> = {};
        for (const bound of this.body(term.body.literals, 0, pkg, env)) {
          for (const [k, env2] of this.term(term.key, pkg, bound)) {
            if (typeof k !== 'string') throw new RegoUnsupported('an object comprehension with a non-string key');
            for (const [v] of this.term(term.value, pkg, env2)) out[k] = v;
          }
        }
        yield [out, env];
        return;
      }
      case 'membership': {
        for (const [collection, env2] of this.term(term.collection, pkg, env)) {
          let found = false;
          for (const [key, value] of entriesOf(collection)) {
            const keyOk = term.key === undefined || this.firstValue(term.key, pkg, env2) !== undefined && equal(this.firstValue(term.key, pkg, env2)!, key);
            const valueOk = this.firstValue(term.value, pkg, env2);
            if (keyOk && valueOk !== undefined && equal(valueOk, value)) {
              found = true;
              break;
            }
          }
          yield [found, env2];
        }
        return;
      }
      case 'binary':
        yield* this.binary(term, pkg, env);
        return;
    }
  }

  private *terms(items: readonly Term[], i: number, pkg: Package, env: Bindings): Generator<[Value[], Bindings]> {
    if (i === items.length) {
      yield [[], env];
      return;
    }
    for (const [v, env2] of this.term(items[i]!, pkg, env)) for (const [rest, env3] of this.terms(items, i + 1, pkg, env2)) yield [[v, ...rest], env3];
  }

  private global(name: string, pkg: Package): Value | undefined {
    if (name === 'input') return this.input;
    if (name === 'data') throw new RegoUnsupported('reads the whole data document');
    if (pkg.rules.has(name)) {
      if (pkg.rules.get(name)!.some((rule) => rule.head.kind === 'function')) return undefined;
      return this.ruleValue(pkg, name);
    }
    const imported = pkg.imports.get(name);
    if (imported) return imported[0] === 'input' ? walk(this.input, imported.slice(1)) : this.dataAt(imported.slice(1));
    return undefined;
  }

  private *ref(term: Extract<Term, { type: 'ref' }>, pkg: Package, env: Bindings): Generator<[Value, Bindings]> {
    // data.a.b.c: resolve the longest literal prefix through the packages.
    let start = 0;
    let heads: Iterable<[Value, Bindings]>;
    if (term.head.type === 'var' && (term.head.name === 'data' || (pkg.imports.get(term.head.name)?.[0] === 'data' && env.get(term.head.name) === undefined))) {
      const base = term.head.name === 'data' ? [] : pkg.imports.get(term.head.name)!.slice(1);
      const literal: string[] = [];
      for (const segment of term.path) {
        if (segment.kind === 'dot') literal.push(segment.name);
        else if (segment.term.type === 'string') literal.push(segment.term.value);
        else break;
      }
      start = literal.length;
      const value = this.dataAt([...base, ...literal]);
      heads = value === undefined ? [] : [[value, env]];
    } else heads = this.term(term.head, pkg, env);
    for (const [head, env2] of heads) yield* this.walkRef(head, term.path, start, pkg, env2);
  }

  private *walkRef(value: Value, path: Extract<Term, { type: 'ref' }>['path'], i: number, pkg: Package, env: Bindings): Generator<[Value, Bindings]> {
    this.tick();
    if (i === path.length) {
      yield [value, env];
      return;
    }
    const segment = path[i]!;
    if (segment.kind === 'dot') {
      const next = lookup(value, segment.name);
      if (next !== undefined) yield* this.walkRef(next, path, i + 1, pkg, env);
      return;
    }
    if (this.isFree(segment.term, pkg, env) && segment.term.type === 'var') {
      for (const [key, next] of entriesOf(value)) {
        const bound = segment.term.name === '_' ? env : bind(env, segment.term.name, key);
        yield* this.walkRef(next, path, i + 1, pkg, bound);
      }
      return;
    }
    if (this.hasFreeVars(segment.term, pkg, env)) {
      // `p[{"msg": msg, "field": "x"}]`: the key is a pattern, unified with each member.
      for (const [key, next] of entriesOf(value)) for (const bound of this.unify(segment.term, key, pkg, env)) yield* this.walkRef(next, path, i + 1, pkg, bound);
      return;
    }
    for (const [key, env2] of this.term(segment.term, pkg, env)) {
      const next = lookup(value, key);
      if (next !== undefined) yield* this.walkRef(next, path, i + 1, pkg, env2);
    }
  }

  private *call(term: Extract<Term, { type: 'call' }>, pkg: Package, env: Bindings): Generator<[Value, Bindings]> {
    const name = term.callee.type === 'var' ? term.callee.name : refName(term.callee);
    if (name === undefined) throw new RegoUnsupported('a call through a computed reference');
    for (const [args, env2] of this.terms(term.args, 0, pkg, env)) {
      const value = this.callFunction(pkg, name, args);
      if (value !== undefined) yield [value, env2];
    }
  }

  private *binary(term: Extract<Term, { type: 'binary' }>, pkg: Package, env: Bindings): Generator<[Value, Bindings]> {
    const { op, left, right } = term;
    if (op === ':=' || op === '=') {
      if (this.isFree(left, pkg, env) || op === ':=') {
        for (const [v, env2] of this.term(right, pkg, env)) for (const bound of this.unify(left, v, pkg, op === ':=' ? shadow(left, env2) : env2)) yield [true, bound];
        return;
      }
      if (this.isFree(right, pkg, env)) {
        for (const [v, env2] of this.term(left, pkg, env)) for (const bound of this.unify(right, v, pkg, env2)) yield [true, bound];
        return;
      }
      for (const [a, env2] of this.term(left, pkg, env)) for (const bound of this.unify(right, a, pkg, env2)) yield [true, bound];
      return;
    }
    for (const [a, env2] of this.term(left, pkg, env)) {
      for (const [b, env3] of this.term(right, pkg, env2)) {
        const value = arithmetic(op, a, b);
        if (value !== undefined) yield [value, env3];
      }
    }
  }

  /** The bindings under which literals i.. of a body all hold. */
  *body(literals: readonly Literal[], i: number, pkg: Package, env: Bindings): Generator<Bindings> {
    this.tick();
    if (i === literals.length) {
      yield env;
      return;
    }
    const literal = literals[i]!;
    for (const bound of this.literal(literal, pkg, env)) yield* this.body(literals, i + 1, pkg, bound);
  }

  private *literal(literal: Literal, pkg: Package, env: Bindings): Generator<Bindings> {
    switch (literal.type) {
      case 'some': {
        let next = env;
        for (const variable of literal.vars) next = bind(next, variable.name, UNBOUND);
        yield next;
        return;
      }
      case 'some-in': {
        for (const [collection, env2] of this.term(literal.collection, pkg, env)) {
          for (const [key, value] of entriesOf(collection)) {
            const withKey = literal.key ? this.unify(literal.key, key, pkg, shadow(literal.key, env2)) : [env2];
            for (const keyed of withKey) yield* this.unify(literal.value, value, pkg, shadow(literal.value, keyed));
          }
        }
        return;
      }
      case 'every': {
        for (const [domain, env2] of this.term(literal.domain, pkg, env)) {
          let all = true;
          for (const [key, value] of entriesOf(domain)) {
            let scope: Bindings | undefined = env2;
            if (literal.key) scope = this.unifyFirst(literal.key, key, pkg, shadow(literal.key, scope));
            if (scope) scope = this.unifyFirst(literal.value, value, pkg, shadow(literal.value, scope));
            if (!scope || this.firstOf(this.body(literal.body.literals, 0, pkg, scope)) === undefined) {
              all = false;
              break;
            }
          }
          if (all) yield env2;
        }
        return;
      }
      case 'expr': {
        if (literal.with.length > 0) {
          yield* this.withModifiers(literal, pkg, env);
          return;
        }
        if (literal.negated) {
          for (const [v] of this.term(literal.expr, pkg, env)) if (v !== false) return;
          yield env;
          return;
        }
        for (const [v, env2] of this.term(literal.expr, pkg, env)) if (v !== false) yield env2;
        return;
      }
    }
  }

  private firstOf<T>(items: Iterable<T>): T | undefined {
    for (const item of items) return item;
    return undefined;
  }

  /** `with input.x as v` / `with data.x as v`: the literal runs against the replaced document. */
  private *withModifiers(literal: Extract<Literal, { type: 'expr' }>, pkg: Package, env: Bindings): Generator<Bindings> {
    const savedInput = this.input;
    const savedData = this.dataOverrides;
    const savedOverridden = this.inputOverridden;
    const results: Bindings[] = [];
    try {
      for (const modifier of literal.with) this.applyWith(modifier, pkg, env);
      const plain = { ...literal, with: [] };
      for (const bound of this.literal(plain, pkg, env)) results.push(bound);
    } finally {
      this.input = savedInput;
      this.dataOverrides = savedData;
      this.inputOverridden = savedOverridden;
    }
    yield* results;
  }

  private applyWith(modifier: WithModifier, pkg: Package, env: Bindings): void {
    const path = refName(modifier.target)?.split('.');
    const value = this.firstValue(modifier.value, pkg, env);
    if (!path || value === undefined) throw new RegoUnsupported('a with modifier this evaluator cannot apply');
    if (path[0] === 'input') {
      this.input = path.length === 1 ? value : setAt(this.input, path.slice(1), value);
      this.inputOverridden = true;
    } else if (path[0] === 'data') this.dataOverrides = [{ path: path.slice(1), value }, ...this.dataOverrides];
    else throw new RegoUnsupported(`with ${path.join('.')} (replacing a built-in)`);
  }

  /** The value of a package's rule, for the entry point. */
  entry(packagePath: string, name: string): Value | undefined {
    const pkg = this.packages.get(packagePath);
    return pkg ? this.ruleValue(pkg, name) : undefined;
  }
}

const shadow = (term: Term, env: Bindings): Bindings => {
  if (term.type === 'var' && term.name !== '_') return bind(env, term.name, UNBOUND);
  if (term.type === 'array') return term.items.reduce((acc, item) => shadow(item, acc), env);
  if (term.type === 'object') return term.items.reduce((acc, item) => shadow(item.value, acc), env);
  return env;
};

const refName = (term: Term): string | undefined => {
  if (term.type === 'var') return term.name;
  if (term.type !== 'ref' || term.head.type !== 'var') return undefined;
  const parts = [term.head.name];
  for (const segment of term.path) {
    if (segment.kind === 'dot') parts.push(segment.name);
    else if (segment.term.type === 'string') parts.push(segment.term.value);
    else return undefined;
  }
  return parts.join('.');
};

const lookup = (value: Value, key: Value): Value | undefined => {
  if (Array.isArray(value)) return typeof key === 'number' && Number.isInteger(key) ? value[key] : undefined;
  if (value instanceof RegoSet) return value.has(key) ? key : undefined;
  if (value !== null && typeof value === 'object') return typeof key === 'string' && Object.hasOwn(value, key) ? value[key] : undefined;
  return undefined;
};

const walk = (value: Value | undefined, path: readonly string[]): Value | undefined => {
  let current = value;
  for (const key of path) {
    if (current === undefined) return undefined;
    current = lookup(current, key);
  }
  return current;
};

const setAt = (value: Value, path: readonly string[], replacement: Value): Value => {
  if (path.length === 0) return replacement;
  const base = value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof RegoSet) ? value : {};
  return { ...base, [path[0]!]: setAt(base[path[0]!] ?? null, path.slice(1), replacement) };
};

function* entriesOf(value: Value): Generator<[Value, Value]> {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield [i, v];
  else if (value instanceof RegoSet) for (const v of value.values()) yield [v, v];
  else if (value !== null && typeof value === 'object') for (const key of Object.keys(value).sort()) yield [key, value[key]!];
}

const arithmetic = (op: string, a: Value, b: Value): Value | undefined => {
  switch (op) {
    case '==':
      return equal(a, b);
    case '!=':
      return !equal(a, b);
    case '<':
      return compare(a, b) < 0;
    case '<=':
      return compare(a, b) <= 0;
    case '>':
      return compare(a, b) > 0;
    case '>=':
      return compare(a, b) >= 0;
    case '+':
      return typeof a === 'number' && typeof b === 'number' ? a + b : undefined;
    case '*':
      return typeof a === 'number' && typeof b === 'number' ? a * b : undefined;
    case '/':
      return typeof a === 'number' && typeof b === 'number' && b !== 0 ? a / b : undefined;
    case '%':
      return typeof a === 'number' && typeof b === 'number' && b !== 0 ? a % b : undefined;
    case '-':
      if (typeof a === 'number' && typeof b === 'number') return a - b;
      if (a instanceof RegoSet && b instanceof RegoSet) return new RegoSet(a.values().filter((v) => !b.has(v)));
      return undefined;
    case '|':
      return a instanceof RegoSet && b instanceof RegoSet ? new RegoSet([...a.values(), ...b.values()]) : undefined;
    case '&':
      return a instanceof RegoSet && b instanceof RegoSet ? new RegoSet(a.values().filter((v) => b.has(v))) : undefined;
    default:
      return undefined;
  }
};

export type RegoQueryResult = { readonly kind: 'value'; readonly value: Value | undefined } | { readonly kind: 'unsupported'; readonly reason: string };

/** Evaluates `data.<package>.<rule>` with `input`; never throws. */
export const queryRego = (program: RegoProgram, packagePath: string, rule: string, input: unknown): RegoQueryResult => {
  try {
    // Parsed manifests are JSON values already, and the interpreter never mutates its input.
    const interpreter = new Interpreter(program, input as Value);
    return { kind: 'value', value: interpreter.entry(packagePath, rule) };
  } catch (error) {
    if (error instanceof RegoUnsupported) return { kind: 'unsupported', reason: error.reason };
    if (error instanceof RangeError) return { kind: 'unsupported', reason: 'too deep to evaluate' };
    throw error;
  }
};

/** A Rego value as JSON (sets as sorted arrays), for messages. */
export const regoToJson = toJson;
export type { Body };
