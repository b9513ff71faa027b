import { CONTAINER_LISTS, type ContainerList } from '../coverage.ts';
import { type FieldCategory } from '../../model/container-fields.ts';
import { POD_SPEC_FIELDS, comparedFieldCategory, containerFieldCategory, isContainerList, isSettableOnEphemeral } from '../../model/container-fields.ts';
import type { Body, Literal, RefSegment, RegoModule, RegoRule, Term } from './ast.ts';
import { parseRego } from './parser.ts';
import { pushAll } from '../../array.ts';

/** A range of one module's source: `module` is the id the caller gave, offsets are into its `source`. */
export interface RegoPosition {
  readonly module: string;
  readonly start: number;
  readonly end: number;
}

export interface RegoModuleSource {
  readonly id: string;
  readonly source: string;
}

export interface RegoFieldCheck {
  /** Container-relative (`securityContext.privileged`) or, for pod-level, `spec.hostNetwork`. */
  readonly field: string;
  readonly category: FieldCategory;
  /**
   * 'exemption': the read can only prevent the violation: it sits under an odd number of `not`
   * (counted from the entry rule through helpers and functions), beside another condition that
   * causes the violation. See `classifyRoles`.
   */
  readonly role: 'check' | 'exemption';
  readonly at: RegoPosition;
  /**
   * A field the API forbids on ephemeral containers whose absence makes the rule fire: read
   * under a `not` (or through `object.get` with a default), and the rule's own body requires no
   * such field (`units.parse_bytes(c.resources.limits.memory)` fails on a container without it).
   * A rule that checked ephemeral containers so would deny every one.
   */
  readonly absenceFires?: true;
}

export interface RegoUnknown {
  readonly reason: string;
  readonly at: RegoPosition;
}

/**
 * A container field chosen by a computed key (`ctr[probe]` with `probe := input.parameters.probes[_]`):
 * which field is read depends on data the analysis does not have.
 */
export interface RegoDynamicKey {
  /** The key term. */
  readonly at: RegoPosition;
  /** Container-relative path before the key (empty: a field of the container itself). */
  readonly prefix: readonly string[];
  /** The path under `input.parameters` the key comes from, when it does (`['probes']`). */
  readonly parameter?: readonly string[];
  readonly role: 'check' | 'exemption';
}

export interface RegoUpdateExemption {
  /** The literal of the entry rule's body that is false for `UPDATE pods/ephemeralcontainers`. */
  readonly at: RegoPosition;
  readonly note: string;
  /**
   * The `<review>.operation == "UPDATE"` literals (in the entry rule or a helper it calls) that
   * make it false: where a fix adds "and the subresource is not ephemeralcontainers".
   */
  readonly updateTests: readonly RegoUpdateTest[];
  /** The false literal itself, when it is an `input.review.operation` comparison a helper can widen. */
  readonly operationLiteral?: RegoOperationLiteral;
}

/**
 * A literal of the entry rule's body that compares `input.review.operation` with a string
 * (`!= "UPDATE"`, `== "CREATE"`) and is false for the ephemeral-container UPDATE: a fix
 * replaces it with `helper`, a new rule true when it holds or when the request is that write.
 */
export interface RegoOperationLiteral {
  readonly at: RegoPosition;
  /** The rule definition holding it, after which the helper is written. */
  readonly clause: RegoPosition;
  /** The rule's head up to its body's `{`: `if` there means Rego v1 syntax. */
  readonly head: RegoPosition;
  /** A rule name that no module of the analysis defines. */
  readonly helper: string;
}

/** A body literal that is exactly `<review>.operation == "UPDATE"` (either side). */
export interface RegoUpdateTest {
  readonly at: RegoPosition;
  /** The reference the request is read from (`review`, `input.review`). */
  readonly review: RegoPosition;
}

/**
 * The rule definition a container list is read in. `copyable`: one body, no `else`, a partial set
 * or object rule (`violation[...]`, `input_containers[c]`), so that a copy of it reading another
 * list only adds results: the fix for a rule that never reads ephemeralContainers.
 */
export interface RegoClause {
  readonly at: RegoPosition;
  readonly copyable: boolean;
}

/**
 * A set or array literal of strings only (`{"containers", "initContainers"}`) whose items are
 * used as keys into the pod spec (`spec[k]`): the fix for a rule that never reads
 * ephemeralContainers adds one more item after `last`.
 */
export interface RegoListLiteral {
  readonly at: RegoPosition;
  readonly last: RegoPosition;
}

/** What one `violation` (or conftest `deny`) rule definition reads and when it can fire. */
export interface RegoEntryAnalysis {
  readonly rule: string;
  /** The rule's head. */
  readonly at: RegoPosition;
  /** Each container list the rule reads, with every place that names it. */
  readonly reads: Readonly<Partial<Record<ContainerList, readonly RegoPosition[]>>>;
  /** The rule definition (entry or helper) each of `reads` is in, index for index. */
  readonly readClauses: Readonly<Partial<Record<ContainerList, readonly (RegoClause | undefined)[]>>>;
  /** The string literal collection each of `reads` names the list in, when it is one, index for index. */
  readonly readLiterals: Readonly<Partial<Record<ContainerList, readonly (RegoListLiteral | undefined)[]>>>;
  readonly checks: readonly RegoFieldCheck[];
  /** Set when the rule can never fire for `UPDATE` of the `ephemeralcontainers` subresource. */
  readonly updateExemption?: RegoUpdateExemption;
  /** The rule (or a helper it uses) tests `input.review.subResource`. */
  readonly subresourceAware: boolean;
  /** Container fields read through computed keys (their names are not in the source). */
  readonly dynamicKeys: readonly RegoDynamicKey[];
  readonly unknowns: readonly RegoUnknown[];
  /** Set when the rule denies ephemeral containers as such (see `EphemeralControl`). */
  readonly ephemeralControl?: EphemeralControl;
}

/**
 * A rule about ephemeral containers themselves: it reads `spec.ephemeralContainers` and no other
 * container list (or requires the `ephemeralcontainers` subresource), and checks no security
 * field: it denies every ephemeral container, or every one whose `allowsOnly` fields fail its
 * checks, wherever its conditions on `where` (namespace, requester...) hold.
 */
export interface EphemeralControl {
  /** Where the rule names the ephemeral containers (or tests the subresource). */
  readonly at: RegoPosition;
  /** Container fields an ephemeral container must pass (`image`); empty: it denies all. */
  readonly allowsOnly: readonly string[];
  /** Request fields outside the pod spec its conditions read (`review.object.metadata.namespace`). */
  readonly where: readonly string[];
}

export interface RegoParseProblem extends RegoPosition {
  readonly message: string;
}

export interface RegoPolicyAnalysis {
  readonly entries: readonly RegoEntryAnalysis[];
  readonly parseErrors: readonly RegoParseProblem[];
  /** Problems not tied to one entry rule (a module that did not parse, no entry rule at all). */
  readonly unknowns: readonly RegoUnknown[];
}

/** Gatekeeper's entry point, and conftest's. */
const ENTRY_RULES: ReadonlySet<string> = new Set(['violation', 'deny']);
/** Call depth through helper rules; deeper chains are reported as unknown. */
const MAX_CALL_DEPTH = 40;
/** Caps on how many alternatives one abstract value tracks. */
const MAX_ALTERNATIVES = 64;
/** Gatekeeper's replicated cluster data: not code, never a reason for "unknown". */
const DATA_NOT_CODE: ReadonlySet<string> = new Set(['inventory']);

type Truth = 'true' | 'false' | 'maybe';

/**
 * How many `not` lie between the entry rule and a read: even (the read can cause the violation),
 * or odd, either through a `not` of a comparison or built-in (`not c.x == true`: the violation is
 * that the requirement fails, a cause) or through a `not` of a helper rule (`not allowed(c)`: the
 * helper names containers that escape, which narrows whatever else the rule requires).
 */
type Polarity = 'even' | 'odd' | 'odd-helper';

interface StringConst {
  readonly value: string;
  readonly at: RegoPosition;
  /** The literal collection of strings the string is an item of. */
  readonly literal?: RegoListLiteral;
}

/** A key a path is extended with, where it is written, and the literal collection it came from. */
interface PathKey {
  readonly key: string;
  readonly at: RegoPosition;
  readonly literal?: RegoListLiteral;
}

const keysOfStrings = (strings: readonly StringConst[]): PathKey[] => strings.map((s) => ({ key: s.value, at: s.at, ...(s.literal && { literal: s.literal }) }));

/** A field read, pending until its value is used in a condition. */
interface Read {
  readonly path: readonly string[];
  readonly at: RegoPosition;
  /** The literal strings the value was compared with or passed beside to a built-in. */
  readonly against?: readonly string[];
  /** Read by `object.get` with a default: defined when the field is absent. */
  readonly defaulted?: true;
}

/** `ANY` is `[_]` (every key); `FREE` is a named variable not bound anywhere (maybe constrained later). */
const ANY = '\u0000any';
const FREE = '\u0000free';

/**
 * What a term may denote, as far as this analysis cares: paths under `input`, literal strings
 * (dynamic keys), collection elements, object fields, and the reads it was computed from.
 */
interface Value {
  readonly paths: readonly (readonly string[])[];
  readonly strings: readonly StringConst[];
  readonly elements?: Value;
  readonly fields?: ReadonlyMap<string, Value>;
  readonly reads: readonly Read[];
  /** An unbound variable of this name. */
  readonly free?: string;
  /** A boolean computed by a comparison (or `any`/`all` of them): its truth for the request under test. */
  readonly bool?: Truth;
  /** The items of an array or set literal, one value each (for `any([...])`, `all([...])`). */
  readonly items?: readonly Value[];
  /** The keys of a literal collection: a set's members, an object's field names (an array's are numbers: EMPTY). */
  readonly keys?: Value;
}

const EMPTY: Value = { paths: [], strings: [], reads: [] };

/** The variables a key pattern names (`msg`, `field` of `{"msg": msg, "field": field}`). */
const varsOf = (pattern: Term, into: Set<string>): void => {
  if (pattern.type === 'var' && pattern.name !== '_') into.add(pattern.name);
  else if (pattern.type === 'array' || pattern.type === 'set') for (const item of pattern.items) varsOf(item, into);
  else if (pattern.type === 'object') for (const item of pattern.items) varsOf(item.value, into);
};

/** The value of a rule whose head has none (`p { ... }`, `f(x) { ... }`, `f("a", _)`): `true`. */
const IMPLICIT_TRUE: Value = { ...EMPTY, bool: 'true' };

/** A value that is one of some literal strings and nothing else. */
const onlyStrings = (value: Value): boolean =>
  value.strings.length > 0 && value.paths.length === 0 && value.free === undefined && value.bool === undefined &&
  value.elements === undefined && value.fields === undefined && value.items === undefined;

/**
 * Can an argument equal a function head's parameter that is not a plain name? A string matches
 * when the argument's strings are known (every one: 'true', none: 'false'); a number, boolean or
 * null never equals a string; a boolean is compared with a known boolean; anything else ('maybe').
 */
const constantMatch = (param: Term, arg: Value | undefined): Truth => {
  if (arg === undefined) return 'maybe';
  switch (param.type) {
    case 'string': {
      if (!onlyStrings(arg)) return 'maybe';
      return arg.strings.every((s) => s.value === param.value) ? 'true' : arg.strings.some((s) => s.value === param.value) ? 'maybe' : 'false';
    }
    case 'number':
    case 'null':
      return onlyStrings(arg) ? 'false' : 'maybe';
    case 'boolean': {
      if (onlyStrings(arg)) return 'false';
      const known = arg.bool !== undefined && arg.bool !== 'maybe' && arg.paths.length === 0 && arg.strings.length === 0 && arg.free === undefined;
      return known ? (arg.bool === (param.value ? 'true' : 'false') ? 'true' : 'false') : 'maybe';
    }
    default:
      return 'maybe';
  }
};

const merge = (...values: readonly (Value | undefined)[]): Value => mergeAll(values);

/** `merge` of a list of any length (never spread into arguments: a huge list would overflow the stack). */
const mergeAll = (values: readonly (Value | undefined)[]): Value => {
  const present = values.filter((v): v is Value => v !== undefined && v !== EMPTY);
  if (present.length === 0) return EMPTY;
  if (present.length === 1) return present[0] as Value;
  const paths = present.flatMap((v) => v.paths).slice(0, MAX_ALTERNATIVES);
  const strings = present.flatMap((v) => v.strings).slice(0, MAX_ALTERNATIVES);
  const reads = present.flatMap((v) => v.reads).slice(0, MAX_ALTERNATIVES);
  const elementValues = present.map((v) => v.elements).filter((e): e is Value => e !== undefined);
  const keyValues = present.map((v) => v.keys).filter((e): e is Value => e !== undefined);
  const fields = new Map<string, Value>();
  for (const v of present) for (const [k, f] of v.fields ?? []) fields.set(k, merge(fields.get(k), f));
  return {
    paths,
    strings,
    reads,
    ...(elementValues.length > 0 && { elements: mergeAll(elementValues) }),
    // Keys are known only when every alternative is a literal collection.
    ...(keyValues.length === present.length && { keys: mergeAll(keyValues) }),
    ...(fields.size > 0 && { fields }),
  };
};

const withReads = (value: Value, reads: readonly Read[]): Value =>
  reads.length === 0 ? value : { ...value, reads: [...value.reads, ...reads].slice(0, MAX_ALTERNATIVES) };

const and = (a: Truth, b: Truth): Truth => (a === 'false' || b === 'false' ? 'false' : a === 'true' && b === 'true' ? 'true' : 'maybe');
const or = (a: Truth, b: Truth): Truth => (a === 'true' || b === 'true' ? 'true' : a === 'false' && b === 'false' ? 'false' : 'maybe');
const negate = (a: Truth): Truth => (a === 'true' ? 'false' : a === 'false' ? 'true' : 'maybe');

const samePath = (path: readonly string[], ...expected: string[]): boolean =>
  path.length === expected.length && path.every((s, i) => s === expected[i]);

const POD_SPEC = ['review', 'object', 'spec'];
const isPodSpecPrefix = (path: readonly string[]): boolean =>
  path.length <= POD_SPEC.length && path.every((s, i) => s === POD_SPEC[i] || s === ANY || s === FREE);

interface ModuleInfo {
  readonly id: string;
  readonly module: RegoModule;
  readonly rules: ReadonlyMap<string, readonly RegoRule[]>;
  /** First segments of rules with ref heads (`a` of `a.b.c contains x`). */
  readonly refHeadRoots: ReadonlySet<string>;
  /** Import alias → full path (`['data', 'lib', 'x', 'f']`, `['input', 'review']`). */
  readonly imports: ReadonlyMap<string, readonly string[]>;
}

interface RuleResult {
  /** Value (complete rules, functions), element (partial sets) or value (partial objects). */
  readonly out: Value;
  /** Key of a partial rule. */
  readonly key: Value;
  readonly truth: Truth;
}

/** One body being evaluated. */
interface Frame {
  readonly mod: ModuleInfo;
  readonly env: Map<string, Value>;
  /** Truth of the literal being evaluated, folded from the helpers and comparisons it contains. */
  truth: Truth;
  /** A helper rule decided `truth` (a plain built-in call decides nothing). */
  decided: boolean;
  /** The parity of `not` from the entry rule to here (see `Polarity`). */
  readonly polarity: Polarity;
  /** The rule definition whose body this is. */
  readonly clause?: RegoClause;
  /**
   * Names in a partial rule's key that the caller's key bound (`field` of
   * `p[{"field": field}]` called as `p[{"field": "containers"}]`): `some field` in the body
   * declares that same variable, so it keeps what the caller's key says of it.
   */
  keyBound?: ReadonlySet<string>;
}

const clauseOf = (mod: ModuleInfo, rule: RegoRule): RegoClause => ({
  at: { module: mod.id, start: rule.start, end: rule.end },
  copyable: !rule.isDefault && rule.bodies.length === 1 && rule.elses.length === 0 && (rule.head.kind === 'partial-set' || rule.head.kind === 'partial-object'),
});

/**
 * For each `violation`/`deny` rule of `modules[0]`, which container lists and fields it reads
 * (following aliases, helper rules and functions across modules, literal dynamic keys,
 * `object.get`), whether it can fire for `UPDATE pods/ephemeralcontainers`, and what it could not
 * follow. modules[0] is the template's rego, the rest its libs. Never throws.
 */
export const analyzeRegoPolicy = (modules: readonly RegoModuleSource[]): RegoPolicyAnalysis => {
  const parseErrors: RegoParseProblem[] = [];
  const unknowns: RegoUnknown[] = [];
  const infos: ModuleInfo[] = [];
  for (const source of modules) {
    const parsed = parseRego(source.source);
    for (const e of parsed.errors) parseErrors.push({ module: source.id, start: e.start, end: e.end, message: e.message });
    if (parsed.errors.length > 0) {
      const first = parsed.errors[0];
      unknowns.push({ reason: 'the Rego module does not parse; rules in it may be missing from the analysis', at: { module: source.id, start: first?.start ?? 0, end: first?.end ?? 0 } });
    }
    if (parsed.module !== undefined) infos.push(indexModule(source.id, parsed.module));
  }
  const main = infos[0];
  const entries: RegoEntryAnalysis[] = [];
  if (main !== undefined && main.id === modules[0]?.id) {
    for (const rule of main.module.rules) {
      if (ENTRY_RULES.has(rule.head.name) && !rule.isDefault) entries.push(new EntryAnalyzer(infos).analyze(main, rule));
    }
  }
  if (entries.length === 0 && modules[0] !== undefined) {
    unknowns.push({ reason: 'no violation or deny rule found', at: { module: modules[0].id, start: 0, end: 0 } });
  }
  return { entries, parseErrors, unknowns };
};

/** Request paths that are always present on the request under test (UPDATE of pods/ephemeralcontainers). */
const ALWAYS_DEFINED: readonly (readonly string[])[] = [[], ['review'], ['review', 'operation'], ['review', 'subResource'], ['review', 'object'], ['review', 'object', 'spec'], ['review', 'oldObject'], ['review', 'kind']];

/** Is a value certainly defined (so that binding it succeeds)? Request fields beyond the always-present ones may be absent. */
const definedness = (value: Value): Truth => {
  if (value.free !== undefined) return 'maybe';
  if (value.paths.length === 0) return 'true';
  // eslint-disable-next-line no-restricted-syntax -- ALWAYS_DEFINED paths have a few fixed segments
  return value.paths.every((p) => ALWAYS_DEFINED.some((d) => samePath(p, ...d))) ? 'true' : 'maybe';
};

const indexModule = (id: string, module: RegoModule): ModuleInfo => {
  const rules = new Map<string, RegoRule[]>();
  for (const rule of module.rules) {
    const list = rules.get(rule.head.name);
    if (list === undefined) rules.set(rule.head.name, [rule]);
    else list.push(rule);
  }
  const imports = new Map<string, readonly string[]>();
  for (const imp of module.imports) {
    const root = imp.path[0];
    if (root !== 'data' && root !== 'input') continue;
    const alias = imp.alias ?? imp.path[imp.path.length - 1];
    if (alias !== undefined) imports.set(alias, imp.path);
  }
  const refHeadRoots = new Set([...rules.keys()].filter((name) => name.includes('.')).map((name) => name.split('.', 1)[0] as string));
  return { id, module, rules, refHeadRoots, imports };
};

class EntryAnalyzer {
  private readonly lists = new Map<ContainerList, RegoPosition[]>();
  private readonly listClauses = new Map<string, RegoClause | undefined>();
  private readonly listLiterals = new Map<string, RegoListLiteral>();
  /** `operation == "UPDATE"` literals seen, in evaluation order. */
  private readonly updateTests: RegoUpdateTest[] = [];
  /** The expression of the body literal being evaluated (not negated), to tell a whole-literal comparison. */
  private literalExpr: Term | undefined;
  /** Every committed container or pod field read, with the parities of `not` it was read under. */
  private readonly fieldReads = new Map<string, FieldRead>();
  private readonly unknowns = new Map<string, RegoUnknown>();
  /** Keys of `unknowns` that a variable key into the pod spec raised. */
  private readonly freeSpecKeys = new Set<string>();
  /** Conditions on what such a key selects, as `fieldReads` (`field` relative to its element; '' for the element itself). */
  private readonly freeSpecReads = new Map<string, FieldRead>();
  private subresourceAware = false;
  /** A comparison, outside any `not`, that holds only for the ephemeralcontainers subresource. */
  private subresourceRequired: RegoPosition | undefined;
  /** Request fields outside the pod spec read as conditions (the scope of an ephemeral control). */
  private readonly scopeReads = new Set<string>();
  private readonly dynamicKeys = new Map<string, { readonly key: Omit<RegoDynamicKey, 'role'>; readonly parities: Set<Polarity> }>();
  private readonly memo = new Map<string, RuleResult>();
  private readonly inProgress = new Set<string>();
  private depth = 0;
  private readonly packages = new Map<string, ModuleInfo>();
  /** The entry rule's own body frame: a read there, outside object.get defaults, is required for the rule to fire. */
  private requiredFrame: Frame | undefined;
  private optionalDepth = 0;
  /** Container fields the entry rule's body reads where an absent value makes it fail. */
  private readonly requiredFields = new Set<string>();

  constructor(modules: readonly ModuleInfo[]) {
    for (const m of modules) this.packages.set(m.module.package.path.join('.'), m);
  }

  analyze(mod: ModuleInfo, rule: RegoRule): RegoEntryAnalysis {
    let exemption: RegoEntryAnalysis['updateExemption'];
    for (const body of rule.bodies) {
      const frame: Frame = { mod, env: new Map(), truth: 'true', decided: false, polarity: 'even', clause: clauseOf(mod, rule) };
      this.requiredFrame = frame;
      this.bindHead(rule, frame, undefined, undefined);
      const { falseAt, tests } = this.evalBody(body, frame);
      this.evalHeadOutputs(rule, frame);
      this.requiredFrame = undefined;
      if (falseAt !== undefined && exemption === undefined) {
        const operationLiteral = tests.length === 0 && isInputOperationComparison(falseAt) ? this.operationLiteral(mod, rule, body, falseAt) : undefined;
        exemption = {
          at: { module: mod.id, start: falseAt.start, end: falseAt.end },
          updateTests: tests,
          ...(operationLiteral && { operationLiteral }),
          note: this.subresourceAware
            ? 'the rule cannot fire for UPDATE of the ephemeralcontainers subresource'
            : 'the rule skips UPDATE requests, and adding an ephemeral container is an UPDATE',
        };
      }
    }
    const reads: Partial<Record<ContainerList, readonly RegoPosition[]>> = {};
    const readClauses: Partial<Record<ContainerList, readonly (RegoClause | undefined)[]>> = {};
    const readLiterals: Partial<Record<ContainerList, readonly (RegoListLiteral | undefined)[]>> = {};
    for (const list of CONTAINER_LISTS) {
      const at = this.lists.get(list);
      if (at !== undefined) {
        reads[list] = at;
        readClauses[list] = at.map((p) => this.listClauses.get(positionKey(p)));
        readLiterals[list] = at.map((p) => this.listLiterals.get(positionKey(p)));
      }
    }
    const fieldReads = [...this.fieldReads.values()];
    const causes = fieldReads.filter(isCause);
    const roleOf = (field: string, parities: ReadonlySet<Polarity>): 'check' | 'exemption' => (parities.has('even') || !causes.some((c) => unrelatedFields(c.field, field)) ? 'check' : 'exemption');
    // A required forbidden field is one no ephemeral container has: then absence cannot make the rule fire for one.
    const requiresForbidden = [...this.requiredFields].some((field) => containerFieldCategory(field) === 'forbidden');
    const absenceFires = (r: FieldRead): boolean => r.category === 'forbidden' && !requiresForbidden && (r.parities.has('odd') || r.parities.has('odd-helper') || r.defaulted);
    const checks: RegoFieldCheck[] = fieldReads.map((r) => ({
      field: r.field,
      category: r.category,
      role: isCause(r) ? 'check' : roleOf(r.field, r.parities),
      at: r.at,
      ...(absenceFires(r) && { absenceFires: true as const }),
    }));
    this.dropIrrelevantFreeSpecKeys(fieldReads.filter(isCause), requiresForbidden);
    const ephemeralControl = this.ephemeralControl(checks);
    return {
      rule: rule.head.name,
      at: { module: mod.id, start: rule.head.start, end: rule.head.end },
      reads,
      readClauses,
      readLiterals,
      checks,
      ...(ephemeralControl && { ephemeralControl }),
      ...(exemption && { updateExemption: exemption }),
      subresourceAware: this.subresourceAware,
      dynamicKeys: [...this.dynamicKeys.values()].map(({ key, parities }) => ({ ...key, role: roleOf(key.prefix.join('.'), parities) })),
      unknowns: [...this.unknowns.values()],
    };
  }

  // ---- evidence ----

  private ephemeralControl(checks: readonly RegoFieldCheck[]): EphemeralControl | undefined {
    if (this.lists.has('containers') || this.lists.has('initContainers') || this.dynamicKeys.size > 0 || this.unknowns.size > 0) return undefined;
    const at = this.lists.get('ephemeralContainers')?.[0] ?? this.subresourceRequired;
    if (at === undefined) return undefined;
    const containerChecks = checks.filter((c) => c.category !== 'pod-level');
    // A security check makes it an ordinary check of ephemeral containers; a forbidden one (resources) is EG105's business.
    if (containerChecks.some((c) => c.category === 'security' || c.category === 'forbidden')) return undefined;
    const allowsOnly = [...new Set(containerChecks.filter((c) => c.role === 'check').map((c) => c.field))].sort();
    return { at, allowsOnly, where: [...this.scopeReads].sort() };
  }

  /** A condition on what a variable key into the pod spec selects (`spec[field][_].resources`): see `dropIrrelevantFreeSpecKeys`. */
  private noteFreeSpecKeyRead(read: Read, frame: Frame): void {
    const path = read.path;
    if (path.length < 4 || path[3] !== FREE || !POD_SPEC.every((s, i) => path[i] === s) || this.freeSpecReads.size >= MAX_ALTERNATIVES) return;
    // The selected field itself, or a whole element of it, as a condition: what it says of an ephemeral container is unknown.
    const rest = path.length > 5 ? upToWildcard(path.slice(5)) : [];
    const field = rest.join('.');
    const below = path.slice(5).filter((s) => s !== ANY && s !== FREE).join('.');
    const category = rest.length === 0 ? 'security' : comparedFieldCategory(below, read.against ?? [], containerFieldCategory(field));
    const key = `${field}@${read.at.module}:${read.at.start}:${read.at.end}`;
    const known = this.freeSpecReads.get(key);
    if (known === undefined) this.freeSpecReads.set(key, { field, category, at: read.at, parities: new Set([frame.polarity]), defaulted: read.defaulted === true });
    else {
      known.parities.add(frame.polarity);
      if (read.defaulted) known.defaulted = true;
    }
  }

  /**
   * A variable key into the pod spec may select ephemeralContainers; it matters only when a
   * condition on the element it selects can hold for an ephemeral container: a check of a field
   * one can set, a whole element, or a forbidden field whose absence fires. Conditions only on
   * forbidden fields' values, or exemptions beside them, cannot: then the key decides nothing
   * for an ephemeral container, and its unknowns go.
   */
  private dropIrrelevantFreeSpecKeys(causes: readonly FieldRead[], requiresForbidden: boolean): void {
    if (this.freeSpecKeys.size === 0) return;
    const reads = [...this.freeSpecReads.values()];
    const allCauses = [...causes, ...reads.filter(isCause)];
    const relevant = reads.some((r) => {
      if (r.field === '') return true;
      if (r.category === 'forbidden') return !requiresForbidden && (r.parities.has('odd') || r.parities.has('odd-helper') || r.defaulted);
      const check = isCause(r) || r.parities.has('even') || !allCauses.some((c) => unrelatedFields(c.field, r.field));
      return check && isSettableOnEphemeral(r.category);
    });
    if (!relevant) for (const key of this.freeSpecKeys) this.unknowns.delete(key);
  }

  private unknown(reason: string, at: RegoPosition): void {
    const key = `${reason}@${at.module}:${at.start}`;
    if (!this.unknowns.has(key)) this.unknowns.set(key, { reason, at });
  }

  private noteList(list: ContainerList, at: RegoPosition, clause: RegoClause | undefined, literal?: RegoListLiteral): void {
    if (!this.listClauses.has(positionKey(at))) this.listClauses.set(positionKey(at), clause);
    if (literal !== undefined && !this.listLiterals.has(positionKey(at))) this.listLiterals.set(positionKey(at), literal);
    const known = this.lists.get(list);
    if (known === undefined) this.lists.set(list, [at]);
    else if (!known.some((p) => p.module === at.module && p.start === at.start && p.end === at.end)) known.push(at);
  }

  /**
   * Binding or iterating a pod-level field is a condition on it (`some v in spec.volumes`: the
   * rule needs a volume): committed, so that it can be the cause a container read beside it
   * only narrows. Container fields are committed when their values are used, as before.
   */
  private commitPodLevel(value: Value, frame: Frame): void {
    const podLevel = value.reads.filter((read) => classifyRead(read)?.category === 'pod-level');
    if (podLevel.length > 0) this.commit({ ...EMPTY, reads: podLevel }, frame, false);
  }

  /** The value is used as a condition: its pending reads become field reads, under the frame's parity of `not`. */
  private commit(value: Value, frame: Frame, nested = true, against: readonly string[] = []): void {
    for (const read of nested ? nestedReads(value) : value.reads) {
      const field = classifyRead(against.length === 0 ? read : { ...read, against: [...(read.against ?? []), ...against] });
      if (field === undefined) {
        this.noteFreeSpecKeyRead(read, frame);
        const scope = scopeOf(read.path);
        if (scope !== undefined && this.scopeReads.size < MAX_ALTERNATIVES) this.scopeReads.add(scope);
        continue;
      }
      const key = `${field.field}@${read.at.module}:${read.at.start}:${read.at.end}`;
      const known = this.fieldReads.get(key);
      if (known === undefined) {
        this.fieldReads.set(key, { ...field, parities: new Set([frame.polarity]), defaulted: read.defaulted === true });
        continue;
      }
      known.parities.add(frame.polarity);
      if (read.defaulted) known.defaulted = true;
      // The same read judged against other values too: the container-field category wins.
      if (known.category === 'pod-level' && field.category !== 'pod-level') known.category = field.category;
    }
  }

  /** The literal, its clause and head, and a helper name unused in every module analysed. */
  private operationLiteral(mod: ModuleInfo, rule: RegoRule, body: Body, literal: Literal): RegoOperationLiteral | undefined {
    if (rule.bodies.length !== 1 || rule.elses.length > 0) return undefined;
    const used = (name: string) => [...this.packages.values()].some((m) => m.rules.has(name) || m.imports.has(name));
    let helper = 'checked_operation';
    for (let n = 2; used(helper); n++) helper = `checked_operation_${n}`;
    return {
      at: { module: mod.id, start: literal.start, end: literal.end },
      clause: { module: mod.id, start: rule.start, end: rule.end },
      head: { module: mod.id, start: rule.start, end: body.start },
      helper,
    };
  }

  // ---- bodies and literals ----

  /**
   * Evaluates a body; returns the first literal that is false for an ephemeral-container UPDATE,
   * and the `operation == "UPDATE"` tests met while evaluating it.
   */
  private evalBody(body: Body, frame: Frame): { falseAt?: Literal; tests: readonly RegoUpdateTest[] } {
    let falseAt: Literal | undefined;
    let tests: readonly RegoUpdateTest[] = [];
    for (const literal of body.literals) {
      frame.truth = 'true';
      frame.decided = false;
      const before = this.updateTests.length;
      const truth = this.evalTopLiteral(literal, frame);
      if (truth === 'false' && falseAt === undefined) {
        falseAt = literal;
        tests = this.updateTests.slice(before);
      }
    }
    return { ...(falseAt && { falseAt }), tests };
  }

  private bodyTruth(body: Body, frame: Frame): Truth {
    let truth: Truth = 'true';
    for (const literal of body.literals) {
      frame.truth = 'true';
      frame.decided = false;
      truth = and(truth, this.evalTopLiteral(literal, frame));
    }
    return truth;
  }

  /** A literal of a body: remembers its expression while it is evaluated (see `compare`). */
  private evalTopLiteral(literal: Literal, frame: Frame): Truth {
    const outer = this.literalExpr;
    this.literalExpr = literal.type === 'expr' && !literal.negated && literal.with.length === 0 ? literal.expr : undefined;
    try {
      return this.evalLiteral(literal, frame);
    } finally {
      this.literalExpr = outer;
    }
  }

  private evalLiteral(literal: Literal, frame: Frame): Truth {
    switch (literal.type) {
      case 'some':
        for (const v of literal.vars) if (frame.keyBound?.has(v.name) !== true) frame.env.delete(v.name);
        return 'true';
      case 'some-in': {
        const collection = this.evalTerm(literal.collection, frame);
        this.commitPodLevel(collection, frame);
        this.bindPattern(literal.value, this.iterate(collection, literal.collection, frame), frame);
        if (literal.key !== undefined) this.bindPattern(literal.key, keysOf(collection), frame);
        // True only over a non-empty literal; anything else may be empty.
        return and(frame.truth, collection.paths.length === 0 && (collection.items?.length ?? 0) > 0 ? 'true' : 'maybe');
      }
      case 'every': {
        const domain = this.evalTerm(literal.domain, frame);
        const inner: Frame = { ...frame, env: new Map(frame.env), truth: 'true', decided: false };
        this.bindPattern(literal.value, this.iterate(domain, literal.domain, frame), inner);
        if (literal.key !== undefined) this.bindPattern(literal.key, keysOf(domain), inner);
        this.bodyTruth(literal.body, inner);
        return 'maybe';
      }
      case 'expr': {
        for (const w of literal.with) {
          this.evalTerm(w.value, frame);
          const root = w.target.type === 'var' ? w.target.name : w.target.type === 'ref' && w.target.head.type === 'var' ? w.target.head.name : undefined;
          if (root === 'input' || root === 'data') this.unknown(`\`with\` replaces ${root} for this literal; the analysis does not follow replaced documents`, this.pos(frame, w.target));
        }
        if (literal.negated) {
          // Polarity, not names: reads under an odd number of `not` can only prevent the violation.
          const polarity: Polarity = frame.polarity !== 'even' ? 'even' : this.isHelperReference(literal.expr, frame) ? 'odd-helper' : 'odd';
          const inner: Frame = { ...frame, truth: 'true', decided: false, polarity };
          const truth = this.evalCondition(literal.expr, inner);
          return negate(truth);
        }
        return this.evalCondition(literal.expr, frame);
      }
    }
  }

  /** `not helper(x)`, `not helper`, `not data.lib.x.helper(x)`, `not helper_set[x]`: a reference to a helper rule. */
  private isHelperReference(expr: Term, frame: Frame): boolean {
    const target = expr.type === 'call' ? expr.callee : expr;
    const head = target.type === 'var' ? target : target.type === 'ref' && target.head.type === 'var' ? target.head : undefined;
    if (head === undefined || frame.env.has(head.name)) return false;
    return frame.mod.rules.has(head.name) || frame.mod.imports.get(head.name)?.[0] === 'data' || head.name === 'data';
  }

  /**
   * A literal's expression: an assignment binds (true when what it binds is certainly defined),
   * a comparison compares, anything else is a condition on its value.
   */
  private evalCondition(expr: Term, frame: Frame): Truth {
    if (expr.type === 'binary' && (expr.op === ':=' || expr.op === '=')) {
      const leftFree = expr.op === ':=' || this.isUnboundPattern(expr.left, frame);
      if (leftFree) {
        const value = this.evalTerm(expr.right, frame);
        this.commitPodLevel(value, frame);
        this.bindPattern(expr.left, value, frame);
        return and(frame.truth, definedness(value));
      }
      if (this.isUnboundPattern(expr.right, frame)) {
        const value = this.evalTerm(expr.left, frame);
        this.commitPodLevel(value, frame);
        this.bindPattern(expr.right, value, frame);
        return and(frame.truth, definedness(value));
      }
      const truth = this.compare(expr.left, expr.right, '==', frame);
      return and(frame.truth, truth);
    }
    if (expr.type === 'binary' && RELATIONS.has(expr.op)) {
      const truth = this.compare(expr.left, expr.right, expr.op, frame);
      return and(frame.truth, truth);
    }
    if (expr.type === 'membership') {
      const truth = this.membership(expr.value, expr.collection, frame);
      if (expr.key !== undefined) this.commit(this.evalTerm(expr.key, frame), frame);
      return and(frame.truth, truth);
    }
    const value = this.evalTerm(expr, frame);
    if (value.bool !== undefined) {
      this.commit(value, frame, false);
      return and(frame.truth, value.bool);
    }
    // Only whether it is defined matters: the fields of a partial rule's element (a message) are not checked.
    this.commit(value, frame, false);
    const fieldTruth = this.requestFieldTruth(value);
    if (fieldTruth !== undefined) return and(frame.truth, fieldTruth);
    // A helper rule decides the condition only when the condition is that helper: a rule passed to
    // a built-in (`not contains(c.image, excluded_name)`) or used as a key decides nothing.
    return frame.decided && this.isHelperReference(expr, frame) ? frame.truth : and(frame.truth, 'maybe');
  }

  private isUnboundPattern(term: Term, frame: Frame): boolean {
    if (term.type === 'var') {
      const bound = frame.env.get(term.name);
      return term.name === '_' || (bound === undefined ? !this.isGlobal(term.name, frame) : bound.free !== undefined);
    }
    if (term.type === 'array') return term.items.some((t) => this.isUnboundPattern(t, frame));
    if (term.type === 'object') return term.items.some((i) => this.isUnboundPattern(i.value, frame));
    return false;
  }

  private isGlobal(name: string, frame: Frame): boolean {
    return name === 'input' || name === 'data' || frame.mod.rules.has(name) || frame.mod.imports.has(name);
  }

  /** A bare `input.review.operation` / `subResource` as a condition: both are set on that request. */
  private requestFieldTruth(value: Value): Truth | undefined {
    for (const path of value.paths) {
      if (samePath(path, 'review', 'subResource')) {
        this.subresourceAware = true;
        return 'true';
      }
      if (samePath(path, 'review', 'operation')) return 'true';
    }
    return undefined;
  }

  private bindPattern(pattern: Term, value: Value, frame: Frame): void {
    switch (pattern.type) {
      case 'var':
        if (pattern.name === '_') return;
        if (value.free !== undefined) frame.env.delete(pattern.name);
        else frame.env.set(pattern.name, value);
        return;
      case 'array':
        for (const item of pattern.items) this.bindPattern(item, value.elements ?? EMPTY, frame);
        return;
      case 'object':
        for (const item of pattern.items) {
          const key = item.key.type === 'string' ? item.key.value : undefined;
          this.bindPattern(item.value, (key !== undefined ? value.fields?.get(key) : undefined) ?? EMPTY, frame);
        }
        return;
      default:
        this.commit(this.evalTerm(pattern, frame), frame);
    }
  }

  // ---- terms ----

  private evalTerm(term: Term, frame: Frame): Value {
    switch (term.type) {
      case 'string':
        return { paths: [], strings: [{ value: term.value, at: this.pos(frame, term) }], reads: [] };
      case 'number':
      case 'null':
        return EMPTY;
      case 'boolean':
        return { ...EMPTY, bool: term.value ? 'true' : 'false' };
      case 'var':
        return this.evalVar(term.name, term, frame);
      case 'ref':
        return this.evalRef(term, frame);
      case 'call':
        return this.evalCall(term.callee, term.args, term, frame);
      case 'paren':
        return this.evalTerm(term.inner, frame);
      case 'unary-minus':
        return this.evalTerm(term.operand, frame);
      case 'array':
      case 'set': {
        const evaluated = term.items.map((t) => this.evalTerm(t, frame));
        const lastItem = term.items[term.items.length - 1];
        const literal: RegoListLiteral | undefined =
          lastItem !== undefined && term.items.every((t) => t.type === 'string') ? { at: this.pos(frame, term), last: this.pos(frame, lastItem) } : undefined;
        const items = literal === undefined ? evaluated : evaluated.map((v) => ({ ...v, strings: v.strings.map((s) => ({ ...s, literal })) }));
        const elements = mergeAll(items);
        // An array's keys are its indices (numbers): known, but never a field name.
        return { paths: [], strings: [], reads: [], elements, items, keys: term.type === 'set' ? elements : EMPTY };
      }
      case 'object': {
        const fields = new Map<string, Value>();
        const values: Value[] = [];
        const keys: Value[] = [];
        for (const item of term.items) {
          const value = this.evalTerm(item.value, frame);
          values.push(value);
          const key = this.evalTerm(item.key, frame);
          keys.push(key);
          if (item.key.type === 'string') fields.set(item.key.value, value);
        }
        return { paths: [], strings: [], reads: [], elements: mergeAll(values), fields, keys: mergeAll(keys) };
      }
      case 'array-comprehension':
      case 'set-comprehension':
      case 'object-comprehension': {
        // The body filters elements; the comprehension itself is always defined. Its head may
        // iterate a literal collection, so its members are kept (a key set built by comprehension).
        const inner: Frame = { ...frame, env: new Map(frame.env), truth: 'true', decided: false };
        this.bodyTruth(term.body, inner);
        const element = term.type === 'object-comprehension' ? this.evalTerm(term.value, inner) : this.evalTerm(term.head, inner);
        const keys = term.type === 'set-comprehension' ? element : term.type === 'object-comprehension' ? this.evalTerm(term.key, inner) : EMPTY;
        return { paths: [], strings: [], reads: [], elements: element, keys };
      }
      case 'binary': {
        // A comparison inside a term is a boolean value, not a condition: `[a == "CREATE"]` is `[false]`.
        if (RELATIONS.has(term.op)) return { ...EMPTY, bool: this.compare(term.left, term.right, term.op, frame) };
        const left = this.evalTerm(term.left, frame);
        const right = this.evalTerm(term.right, frame);
        if (term.op === '|') return merge(left, right);
        return { paths: [], strings: [], reads: [...nestedReads(left), ...nestedReads(right)].slice(0, MAX_ALTERNATIVES) };
      }
      case 'membership': {
        const bool = this.membership(term.value, term.collection, frame);
        if (term.key !== undefined) this.commit(this.evalTerm(term.key, frame), frame);
        return { ...EMPTY, bool };
      }
    }
  }

  private pos(frame: Frame, span: { start: number; end: number }): RegoPosition {
    return { module: frame.mod.id, start: span.start, end: span.end };
  }

  private evalVar(name: string, at: Term, frame: Frame): Value {
    const local = frame.env.get(name);
    if (local !== undefined) return local;
    if (name === 'input') return { paths: [[]], strings: [], reads: [] };
    const imported = frame.mod.imports.get(name);
    if (imported !== undefined) return this.evalGlobalPath(imported, [], at, frame, undefined);
    if (frame.mod.rules.has(name)) return this.applyRuleRef(frame.mod, name, [], at, frame);
    if (frame.mod.refHeadRoots.has(name)) {
      this.unknown(`${name} is defined by rules with ref heads (${name}.…), which the analysis does not follow`, this.pos(frame, at));
      return EMPTY;
    }
    return { ...EMPTY, free: name };
  }

  private evalRef(ref: Extract<Term, { type: 'ref' }>, frame: Frame): Value {
    const head = ref.head;
    if (head.type === 'var' && !frame.env.has(head.name)) {
      const imported = frame.mod.imports.get(head.name);
      if (head.name === 'data') return this.evalGlobalPath(['data'], ref.path, ref, frame, undefined);
      if (imported !== undefined) return this.evalGlobalPath(imported, ref.path, ref, frame, undefined);
      if (frame.mod.rules.has(head.name)) return this.applyRuleRef(frame.mod, head.name, ref.path, ref, frame);
    }
    return this.applySegments(this.evalTerm(head, frame), ref.path, ref, frame);
  }

  /** `data.a.b.rule...` or an import's path followed by `segments`. */
  private evalGlobalPath(prefix: readonly string[], segments: readonly RefSegment[], ref: Term, frame: Frame, args: readonly Term[] | undefined): Value {
    if (prefix[0] === 'input') {
      const base: Value = { paths: [prefix.slice(1)], strings: [], reads: [] };
      return this.applySegments(base, segments, ref, frame);
    }
    const names = [...prefix.slice(1)];
    let consumed = 0;
    for (const s of segments) {
      const name = s.kind === 'dot' ? s.name : s.term.type === 'string' ? s.term.value : undefined;
      if (name === undefined) break;
      names.push(name);
      consumed++;
    }
    if (names[0] !== undefined && DATA_NOT_CODE.has(names[0])) return EMPTY;
    for (let split = names.length - 1; split >= 0; split--) {
      const mod = this.packages.get(names.slice(0, split).join('.'));
      const ruleName = names[split];
      if (mod === undefined || ruleName === undefined || !mod.rules.has(ruleName)) continue;
      const rest = segments.slice(consumed - (names.length - 1 - split));
      if (args !== undefined) return this.callRule(mod, ruleName, args, ref, frame);
      return this.applyRuleRef(mod, ruleName, rest, ref, frame);
    }
    this.unknown(`cannot resolve data.${names.join('.')}: no module given defines it`, this.pos(frame, ref));
    for (const a of args ?? []) this.evalTerm(a, frame);
    return EMPTY;
  }

  /** A rule referred to by name, with the rest of the ref applied. */
  private applyRuleRef(mod: ModuleInfo, name: string, segments: readonly RefSegment[], ref: Term, frame: Frame): Value {
    const kind = mod.rules.get(name)?.[0]?.head.kind;
    const first = segments[0];
    if ((kind === 'partial-set' || kind === 'partial-object') && first?.kind === 'index') {
      const keyPattern = first.term;
      const keyValue = this.evalTerm(keyPattern, frame);
      const result = this.ruleValue(mod, name, frame, ref, keyValue);
      if (this.isUnboundPattern(keyPattern, frame)) this.bindPattern(keyPattern, result.key, frame);
      return this.applySegments(result.out, segments.slice(1), ref, frame);
    }
    const result = this.ruleValue(mod, name, frame, ref);
    return this.applySegments(kind === 'partial-set' ? { ...EMPTY, elements: result.out } : result.out, segments, ref, frame);
  }

  private applySegments(base: Value, segments: readonly RefSegment[], ref: Term, frame: Frame): Value {
    let value = base;
    for (const segment of segments) {
      const segmentAt: RegoPosition =
        segment.kind === 'dot' ? { module: frame.mod.id, start: segment.start + 1, end: segment.end } : this.pos(frame, segment.term);
      const reachedAt: RegoPosition = { module: frame.mod.id, start: ref.start, end: segment.end };
      if (segment.kind === 'dot') {
        value = this.extend(value, [{ key: segment.name, at: segmentAt }], reachedAt, frame);
        continue;
      }
      const index = segment.term;
      const key = this.evalTerm(index, frame);
      if (key.strings.length > 0) {
        value = this.extend(value, keysOfStrings(key.strings), reachedAt, frame);
        continue;
      }
      const unbound = index.type === 'var' && (index.name === '_' || key.free !== undefined);
      if (!unbound && key.paths.length > 0) this.noteDynamicKey(value, key, this.pos(frame, index), frame);
      // `_` is every key; any other key whose strings are not known (a free variable, data, a
      // computed value) may be any of them or none: FREE, which is unknown where it matters.
      const wildcard = index.type === 'var' && index.name === '_' ? ANY : FREE;
      const element = this.extend(value, [{ key: wildcard, at: segmentAt }], reachedAt, frame);
      if (unbound && index.type === 'var' && index.name !== '_') this.bindPattern(index, keysOf(value), frame);
      value = withReads(element, key.reads);
    }
    return value;
  }

  /** `value[key]` for each key alternative: paths grow, literal collections yield elements/fields. */
  private extend(value: Value, keys: readonly PathKey[], reachedAt: RegoPosition, frame: Frame): Value {
    const paths: string[][] = [];
    const reads: Read[] = [];
    const parts: Value[] = [];
    for (const path of value.paths) {
      for (const { key, at, literal } of keys) {
        const next = [...path, key];
        this.noteListRead(path, key, at, reachedAt, frame.clause, literal);
        if (frame === this.requiredFrame && this.optionalDepth === 0 && this.requiredFields.size < MAX_ALTERNATIVES) {
          const field = classifyRead({ path: next, at: reachedAt });
          if (field !== undefined && field.category !== 'pod-level') this.requiredFields.add(field.field);
        }
        if (paths.length < MAX_ALTERNATIVES) {
          paths.push(next);
          reads.push({ path: next, at: reachedAt });
        }
      }
    }
    for (const { key } of keys) {
      const field = key === ANY || key === FREE ? undefined : value.fields?.get(key);
      if (field !== undefined) parts.push(field);
      else if (value.elements !== undefined) parts.push(value.elements);
    }
    // A computed value (a built-in's result) keeps the reads it was computed from.
    return mergeAll([{ paths, strings: [], reads: value.paths.length === 0 ? [...value.reads, ...reads].slice(0, MAX_ALTERNATIVES) : reads }, ...parts]);
  }

  /** A computed key into a container (`ctr[probe]`): which field it names is not in the source. */
  private noteDynamicKey(container: Value, key: Value, at: RegoPosition, frame: Frame): void {
    for (const path of container.paths) {
      if (path.length < 5 || !POD_SPEC.every((s, i) => path[i] === s)) continue;
      const list = path[3] as string;
      if (!(CONTAINER_LISTS as readonly string[]).includes(list) && list !== ANY) continue;
      if (path[4] !== ANY && path[4] !== FREE) continue;
      const prefix = path.slice(5);
      if (prefix.some((s) => s === ANY || s === FREE)) continue;
      const fromParameters = key.paths.every((p) => p[0] === 'parameters');
      const parameter = fromParameters ? upToWildcard(key.paths[0]?.slice(1) ?? []) : undefined;
      const dynamic = { at, prefix, ...(parameter !== undefined && parameter.length > 0 && { parameter }) };
      const id = `${at.module}:${at.start}:${prefix.join('.')}`;
      const known = this.dynamicKeys.get(id);
      if (known === undefined) this.dynamicKeys.set(id, { key: dynamic, parities: new Set([frame.polarity]) });
      else known.parities.add(frame.polarity);
      return;
    }
  }

  private noteListRead(parent: readonly string[], key: string, keyAt: RegoPosition, reachedAt: RegoPosition, clause: RegoClause | undefined, literal?: RegoListLiteral): void {
    // eslint-disable-next-line no-restricted-syntax -- a three-step constant
    if (!samePath(parent, ...POD_SPEC)) return;
    if ((CONTAINER_LISTS as readonly string[]).includes(key)) this.noteList(key as ContainerList, keyAt, clause, literal);
    else if (key === ANY) for (const list of CONTAINER_LISTS) this.noteList(list, keyAt, undefined);
    else if (key === FREE) {
      this.unknown(FREE_SPEC_KEY, reachedAt);
      this.freeSpecKeys.add(`${FREE_SPEC_KEY}@${reachedAt.module}:${reachedAt.start}`);
    }
  }

  /** What `x[_]` / `some v in x` yields. */
  private iterate(collection: Value, at: Term, frame: Frame): Value {
    const anyAt = this.pos(frame, at);
    const fromPaths = this.extend({ ...collection, elements: undefined, fields: undefined }, [{ key: ANY, at: anyAt }], anyAt, frame);
    return merge(fromPaths, collection.elements);
  }

  // ---- calls ----

  private evalCall(callee: Extract<Term, { type: 'var' | 'ref' }>, args: readonly Term[], call: Term, frame: Frame): Value {
    const name = callee.type === 'var' ? callee.name : undefined;
    const path = callee.type === 'ref' && callee.head.type === 'var' ? [callee.head.name, ...callee.path.map((s) => (s.kind === 'dot' ? s.name : ''))] : undefined;
    const dotted = name ?? path?.join('.') ?? '';
    if (name !== undefined && !frame.env.has(name)) {
      if (frame.mod.rules.has(name)) return this.callRule(frame.mod, name, args, call, frame);
      const imported = frame.mod.imports.get(name);
      if (imported !== undefined) return this.evalGlobalPath(imported, [], call, frame, args);
    }
    if (path !== undefined && callee.type === 'ref') {
      const imported = frame.mod.imports.get(path[0] ?? '');
      if (path[0] === 'data') return this.evalGlobalPath(['data'], callee.path, call, frame, args);
      if (imported !== undefined && !frame.env.has(path[0] ?? '')) return this.evalGlobalPath(imported, callee.path, call, frame, args);
    }
    const values = args.map((a) => this.evalTerm(a, frame));
    if (dotted === 'object.get') return this.objectGet(values, args, call, frame);
    if (dotted === 'walk') {
      if ((values[0]?.paths ?? []).some(isPodSpecPrefix)) {
        this.unknown('walk over the Pod (or its spec) may visit the container lists; which ones cannot be told', this.pos(frame, call));
      }
      return EMPTY;
    }
    if (COLLECTION_BUILTINS.has(dotted)) {
      return { ...EMPTY, elements: mergeAll(values.map((v, i) => this.iterate(v, args[i] as Term, frame))) };
    }
    if ((dotted === 'any' || dotted === 'all') && values.length === 1) {
      const items = values[0]?.items;
      // `any([a == "CREATE", a == "UPDATE"])`: the comparisons are items, not conditions.
      const bool = items === undefined ? undefined : items.reduce<Truth>((t, item) => (dotted === 'any' ? or : and)(t, item.bool ?? 'maybe'), dotted === 'any' ? 'false' : 'true');
      return { ...EMPTY, reads: values.flatMap((v) => nestedReads(v)).slice(0, MAX_ALTERNATIVES), ...(bool !== undefined && { bool }) };
    }
    if (!SCALAR_BUILTINS.has(dotted) && values.some(reachesContainerLists)) {
      this.unknown(`the built-in ${dotted || 'call'} receives the pod spec or a container list, and what it returns is not modelled`, this.pos(frame, call));
    }
    // A built-in: its result depends on its arguments, which are checked if the result is, and
    // judged against the literal strings passed beside them.
    const against = values.flatMap((v) => v.strings.map((s) => s.value));
    const reads = values.flatMap((v) => nestedReads(v)).slice(0, MAX_ALTERNATIVES);
    return { ...EMPTY, reads: against.length === 0 ? reads : reads.map((r) => ({ ...r, against: [...(r.against ?? []), ...against] })) };
  }

  /** `object.get(x, "k", d)` is `x.k` (or `d`); `object.get(x, ["a", "b"], d)` is `x.a.b`. */
  private objectGet(values: readonly Value[], args: readonly Term[], call: Term, frame: Frame): Value {
    const [objectValue, keyValue, defaultValue] = values;
    const keyTerm = args[1];
    if (objectValue === undefined || keyValue === undefined || keyTerm === undefined) return EMPTY;
    const at = this.pos(frame, call);
    let value: Value = { ...objectValue, reads: [] };
    // With a default, the call is defined whether or not the field is there.
    if (defaultValue !== undefined) this.optionalDepth++;
    try {
      if (keyTerm.type === 'array') {
        for (const item of keyTerm.items) {
          const k = this.evalTerm(item, frame);
          value = this.extend(value, k.strings.length > 0 ? keysOfStrings(k.strings) : [{ key: FREE, at }], at, frame);
        }
      } else {
        value = this.extend(value, keyValue.strings.length > 0 ? keysOfStrings(keyValue.strings) : [{ key: FREE, at }], at, frame);
      }
    } finally {
      if (defaultValue !== undefined) this.optionalDepth--;
    }
    if (defaultValue !== undefined) value = { ...value, reads: value.reads.map((read) => ({ ...read, defaulted: true as const })) };
    return merge(value, defaultValue);
  }

  private callRule(mod: ModuleInfo, name: string, args: readonly Term[], at: Term, frame: Frame): Value {
    const values = args.map((a) => this.evalTerm(a, frame));
    return this.ruleValue(mod, name, frame, at, undefined, values).out;
  }

  // ---- rules ----

  /** Evaluates every definition of a rule under the caller's arguments or key; memoised per entry. */
  private ruleValue(mod: ModuleInfo, name: string, caller: Frame, at: Term, key?: Value, args?: readonly Value[]): RuleResult {
    const memoKey = `${mod.id}\u0000${name}\u0000${signature(key)}\u0000${(args ?? []).map(signature).join('\u0001')}\u0000${caller.polarity}`;
    const cached = this.memo.get(memoKey);
    if (cached !== undefined) {
      caller.decided = true;
      caller.truth = and(caller.truth, cached.truth);
      return cached;
    }
    if (this.inProgress.has(memoKey)) return { out: EMPTY, key: EMPTY, truth: 'maybe' };
    if (this.depth >= MAX_CALL_DEPTH) {
      this.unknown(`helper rules nest deeper than ${MAX_CALL_DEPTH} calls`, this.pos(caller, at));
      return { out: EMPTY, key: EMPTY, truth: 'maybe' };
    }
    this.inProgress.add(memoKey);
    this.depth++;
    const outs: Value[] = [];
    const keys: Value[] = [];
    let truth: Truth = 'false';
    for (const rule of mod.rules.get(name) ?? []) {
      if (rule.isDefault) {
        truth = or(truth, 'maybe');
        continue;
      }
      const clauses: { body?: Body; value?: Term }[] = rule.bodies.length === 0 ? [{}] : rule.bodies.map((body) => ({ body }));
      for (const e of rule.elses) clauses.push({ ...(e.body && { body: e.body }), ...(e.value && { value: e.value }) });
      for (const clause of clauses) {
        const frame: Frame = { mod, env: new Map(), truth: 'true', decided: false, polarity: caller.polarity, clause: clauseOf(mod, rule) };
        // A function head with constants (`f("RunAsAny", _)`) applies only to calls whose arguments can equal them.
        const headTruth = this.bindHead(rule, frame, key, args);
        if (headTruth === 'false') continue;
        const bodyTruth = clause.body === undefined ? 'true' : this.bodyTruth(clause.body, frame);
        const valueTerm = clause.value ?? rule.head.value;
        frame.truth = 'true';
        frame.decided = false;
        const out = rule.head.kind === 'partial-set' ? this.evalOptional(rule.head.key, frame) : valueTerm === undefined ? IMPLICIT_TRUE : this.evalTerm(valueTerm, frame);
        // The rule is defined only where its value is: `f(x) := x.a` is undefined without `a`.
        const valueTruth = rule.head.kind === 'partial-set' || valueTerm === undefined ? 'true' : and(frame.truth, definedness(out));
        truth = or(truth, and(headTruth, and(bodyTruth, valueTruth)));
        outs.push(out);
        keys.push(this.evalOptional(rule.head.key, frame));
      }
    }
    this.depth--;
    this.inProgress.delete(memoKey);
    // The value is a known boolean only when every definition's is: the same one, or either.
    const bools = outs.map((o) => o.bool);
    const bool = outs.length > 1 && bools.every((b) => b !== undefined) ? bools.reduce((a, b) => (a === b ? a : 'maybe')) : undefined;
    const merged = mergeAll(outs);
    const result: RuleResult = { out: bool === undefined ? merged : { ...merged, bool }, key: mergeAll(keys), truth };
    this.memo.set(memoKey, result);
    caller.decided = true;
    caller.truth = and(caller.truth, truth);
    return result;
  }

  private evalOptional(term: Term | undefined, frame: Frame): Value {
    return term === undefined ? EMPTY : this.evalTerm(term, frame);
  }

  /**
   * Binds function parameters to the call's arguments, and a partial rule's key to the caller's
   * key. Returns whether the arguments match the parameters: a constant parameter matches only
   * an argument that can equal it, a compound one or a name written twice only some arguments.
   */
  private bindHead(rule: RegoRule, frame: Frame, key: Value | undefined, args: readonly Value[] | undefined): Truth {
    const params = rule.head.args ?? [];
    let truth: Truth = 'true';
    const names = new Set<string>();
    params.forEach((param, i) => {
      const arg = args?.[i];
      if (param.type === 'var' || param.type === 'object' || param.type === 'array') this.bindPattern(param, arg ?? EMPTY, frame);
      if (param.type === 'var') {
        if (param.name !== '_' && names.has(param.name)) truth = and(truth, 'maybe');
        names.add(param.name);
        return;
      }
      truth = and(truth, constantMatch(param, arg));
    });
    if (key !== undefined && key.free === undefined && rule.head.key !== undefined) {
      this.bindPattern(rule.head.key, key, frame);
      const bound = new Set<string>();
      varsOf(rule.head.key, bound);
      frame.keyBound = new Set([...bound].filter((name) => frame.env.has(name)));
    }
    return truth;
  }

  /** The entry rule's own output (`msg`): evaluated so that helper calls in it are followed. */
  private evalHeadOutputs(rule: RegoRule, frame: Frame): void {
    this.evalOptional(rule.head.key, frame);
    this.evalOptional(rule.head.value, frame);
  }

  // ---- the request under test: UPDATE of pods/ephemeralcontainers ----

  /** The truth of `left op right` for the request under test; commits both sides as conditions. */
  private compare(leftTerm: Term, rightTerm: Term, op: string, frame: Frame): Truth {
    const left = this.evalTerm(leftTerm, frame);
    const right = this.evalTerm(rightTerm, frame);
    this.commit(left, frame, true, right.strings.map((s) => s.value));
    this.commit(right, frame, true, left.strings.map((s) => s.value));
    if (left.bool !== undefined && right.bool !== undefined && (op === '==' || op === '!=')) {
      const equal = left.bool === 'maybe' || right.bool === 'maybe' ? 'maybe' : left.bool === right.bool ? 'true' : 'false';
      return op === '==' ? equal : negate(equal);
    }
    const truth = this.requestComparison(left, right, op) ?? this.requestComparison(right, left, op) ?? 'maybe';
    const whole = this.literalExpr;
    if (truth === 'true' && op === '==' && whole !== undefined && whole.start === leftTerm.start && whole.end === rightTerm.end) {
      const field = [leftTerm, rightTerm].find((term, i) => term.type === 'ref' && term.path.length > 0 && isOperationField([left, right][i]!));
      const last = field?.type === 'ref' ? field.path[field.path.length - 1] : undefined;
      if (field && last) this.updateTests.push({ at: { module: frame.mod.id, start: whole.start, end: whole.end }, review: { module: frame.mod.id, start: field.start, end: last.start } });
    }
    if (truth === 'true' && op === '==' && frame.polarity === 'even' && [left, right].some(isSubresourceField)) {
      this.subresourceRequired ??= { module: frame.mod.id, start: leftTerm.start, end: rightTerm.end };
    }
    return truth;
  }

  /** `operation == "UPDATE"`, `subResource != "ephemeralcontainers"`... on the request under test. */
  private requestComparison(field: Value, constant: Value, op: string): Truth | undefined {
    const actual = this.requestFieldValue(field);
    if (actual === undefined || constant.strings.length === 0 || (op !== '==' && op !== '!=')) return undefined;
    const equal = constant.strings.every((s) => s.value === actual) ? 'true' : constant.strings.some((s) => s.value === actual) ? 'maybe' : 'false';
    return op === '==' ? equal : negate(equal);
  }

  private membership(valueTerm: Term, collectionTerm: Term, frame: Frame): Truth {
    const value = this.evalTerm(valueTerm, frame);
    const collection = this.evalTerm(collectionTerm, frame);
    this.commit(value, frame);
    this.commit(collection, frame);
    this.commit(this.iterate(collection, collectionTerm, frame), frame);
    const actual = this.requestFieldValue(value);
    const options = collection.elements?.strings ?? [];
    if (actual === undefined || options.length === 0) return 'maybe';
    return options.some((s) => s.value === actual) ? 'maybe' : 'false';
  }

  private requestFieldValue(value: Value): string | undefined {
    if (value.paths.length !== 1) return undefined;
    const [path] = value.paths;
    if (path === undefined) return undefined;
    if (samePath(path, 'review', 'operation')) return 'UPDATE';
    if (samePath(path, 'review', 'subResource')) {
      this.subresourceAware = true;
      return 'ephemeralcontainers';
    }
    return undefined;
  }
}

const FREE_SPEC_KEY = 'a variable key selects which pod spec fields are read; it may or may not include the container lists';

const RELATIONS: ReadonlySet<string> = new Set(['==', '!=', '<', '<=', '>', '>=']);

/** `input.review.operation == "S"` or `!=`, either side, nothing else in the literal. */
const isInputOperationComparison = (literal: Literal): boolean => {
  if (literal.type !== 'expr' || literal.negated || literal.with.length > 0 || literal.expr.type !== 'binary') return false;
  const { op, left, right } = literal.expr;
  const isOperation = (term: Term): boolean =>
    term.type === 'ref' && term.head.type === 'var' && term.head.name === 'input' && term.path.length === 2 &&
    term.path.every((segment, i) => segment.kind === 'dot' && segment.name === ['review', 'operation'][i]);
  return (op === '==' || op === '!=') && ((isOperation(left) && right.type === 'string') || (isOperation(right) && left.type === 'string'));
};

const isOperationField = (value: Value): boolean => value.paths.length === 1 && samePath(value.paths[0] ?? [], 'review', 'operation');

const positionKey = (at: RegoPosition): string => `${at.module}:${at.start}:${at.end}`;

const isSubresourceField = (value: Value): boolean => value.paths.length === 1 && samePath(value.paths[0] ?? [], 'review', 'subResource');

/** Request fields that scope a rule without being pod-spec fields or the request's kind. */
const scopeOf = (path: readonly string[]): string | undefined => {
  if (path[0] !== 'review' || path.length < 2) return undefined;
  if (['operation', 'subResource', 'kind', 'resource', 'dryRun'].includes(path[1] as string)) return undefined;
  if ((path[1] === 'object' || path[1] === 'oldObject') && path[2] !== 'metadata') return undefined;
  const fields = upToWildcard(path);
  return fields.length > 1 ? fields.join('.') : undefined;
};

/** Built-ins whose result is a collection of their arguments' elements. */
const COLLECTION_BUILTINS: ReadonlySet<string> = new Set(['array.concat', 'union', 'intersection', 'array.slice', 'array.reverse', 'sort']);

/**
 * Built-ins whose result carries no container of their arguments (a number, string, boolean,
 * or the keys of an object): given a container list, they read it without passing it on.
 */
const SCALAR_BUILTINS: ReadonlySet<string> = new Set([
  'count', 'sum', 'max', 'min', 'product', 'sprintf', 'concat', 'format_int', 'startswith', 'endswith', 'contains',
  'indexof', 'lower', 'upper', 'trim', 'trim_space', 'trim_prefix', 'trim_suffix', 'trim_left', 'trim_right', 'split',
  'replace', 'substring', 'strings.any_prefix_match', 'strings.any_suffix_match', 'strings.replace_n', 'regex.match',
  're_match', 'regex.find_n', 'regex.split', 'glob.match', 'is_string', 'is_number', 'is_boolean', 'is_array', 'is_set',
  'is_object', 'is_null', 'type_name', 'to_number', 'json.marshal', 'yaml.marshal', 'object.keys', 'print', 'trace',
  'units.parse', 'units.parse_bytes', 'time.now_ns', 'time.parse_rfc3339_ns', 'base64.encode', 'base64.decode', 'any', 'all',
]);

/** A path that is the pod spec, a prefix of it, or a container list (its elements carry every container field). */
const reachesContainerLists = (value: Value): boolean =>
  // eslint-disable-next-line no-restricted-syntax -- POD_SPEC is three fixed segments
  value.paths.some((p) => isPodSpecPrefix(p) || (p.length === POD_SPEC.length + 1 && samePath(p.slice(0, 3), ...POD_SPEC) && (isContainerList(p[3] as string) || p[3] === ANY)));

/** Reads of a value and of the elements and fields it holds (a comprehension's filter inputs). */
const nestedReads = (value: Value, depth = 0): readonly Read[] => {
  if (depth > 8 || (value.elements === undefined && value.fields === undefined)) return value.reads;
  const reads = [...value.reads];
  if (value.elements !== undefined) pushAll(reads, nestedReads(value.elements, depth + 1));
  for (const field of value.fields?.values() ?? []) pushAll(reads, nestedReads(field, depth + 1));
  return reads;
};

/** The keys of a collection: known for a literal (a set's members, an object's field names), else only its reads. */
const keysOf = (collection: Value): Value => withReads(collection.keys ?? EMPTY, collection.reads);

const signature = (value: Value | undefined): string => {
  if (value === undefined) return '';
  const parts = [
    value.paths.map((p) => p.join('.')).join(','),
    value.strings.map((s) => `${s.value}@${s.at.module}:${s.at.start}`).join(','),
    value.elements === undefined ? '' : `[${signature(value.elements)}]`,
    value.fields === undefined ? '' : `{${[...value.fields].map(([k, v]) => `${k}:${signature(v)}`).join(',')}}`,
  ];
  return parts.join('|');
};

/** A container or pod field read as a condition, with the parities of `not` it was read under. */
interface FieldRead {
  readonly field: string;
  category: FieldCategory;
  readonly at: RegoPosition;
  readonly parities: Set<Polarity>;
  /** Read through `object.get` with a default at least once. */
  defaulted: boolean;
}

/**
 * A read that causes the violation: read outside any `not` (even parity); under a `not` of a
 * comparison or built-in (`not c.securityContext.readOnlyRootFilesystem == true`: the violation
 * is the unmet requirement); or of a container field the API forbids on ephemeral containers
 * (`not c.resources`). A settable read only under a `not` of a helper rule beside such a cause
 * can only narrow it: an exemption. A pod-level read under `not` is not a cause: it is
 * typically the pod-wide default of the container field beside it.
 */
const isCause = (read: FieldRead): boolean => {
  // `spec.template` (a controller's pod template) is not a Pod's field: it decides nothing for a Pod.
  if (read.category === 'pod-level' && !POD_SPEC_FIELDS.has(read.field.split('.')[1] ?? '')) return false;
  return read.parities.has('even') || read.category === 'forbidden' || (read.parities.has('odd') && read.category !== 'pod-level');
};

/** Neither field path contains the other (`securityContext` and `securityContext.privileged` are related). */
const unrelatedFields = (a: string, b: string): boolean => !(a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`));

/** A committed read → a container field (relative to the container) or a pod-level one. */
const classifyRead = (read: Read): Omit<FieldRead, 'parities' | 'defaulted'> | undefined => {
  const path = read.path;
  if (path.length < 4 || !POD_SPEC.every((s, i) => path[i] === s)) return undefined;
  const specField = path[3] as string;
  if ((CONTAINER_LISTS as readonly string[]).includes(specField) || specField === ANY) {
    const rest = upToWildcard(path.slice(5));
    if (rest.length === 0) return undefined;
    const field = rest.join('.');
    // The category may depend on what is read below a wildcard (`volumeMounts[_].mountPath`).
    const below = path.slice(5).filter((s) => s !== ANY && s !== FREE).join('.');
    return { field, category: comparedFieldCategory(below, read.against ?? [], containerFieldCategory(field)), at: read.at };
  }
  if (specField === FREE) return undefined;
  const field = ['spec', ...upToWildcard(path.slice(3))].join('.');
  return { field, category: 'pod-level', at: read.at };
};

const upToWildcard = (segments: readonly string[]): string[] => {
  const out: string[] = [];
  for (const s of segments) {
    if (s === ANY || s === FREE) break;
    out.push(s);
  }
  return out;
};
