import { CONTAINER_LISTS, type ContainerList, type FieldCategory } from '../coverage.ts';
import { containerFieldCategory } from '../../model/container-fields.ts';
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
  /** 'exemption': read only to exempt a container (a negated `*exempt*` helper), not a policy check. */
  readonly role: 'check' | 'exemption';
  readonly at: RegoPosition;
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
}

/** What one `violation` (or conftest `deny`) rule definition reads and when it can fire. */
export interface RegoEntryAnalysis {
  readonly rule: string;
  /** The rule's head. */
  readonly at: RegoPosition;
  /** Each container list the rule reads, with every place that names it. */
  readonly reads: Readonly<Partial<Record<ContainerList, readonly RegoPosition[]>>>;
  readonly checks: readonly RegoFieldCheck[];
  /** Set when the rule can never fire for `UPDATE` of the `ephemeralcontainers` subresource. */
  readonly updateExemption?: RegoUpdateExemption;
  /** The rule (or a helper it uses) tests `input.review.subResource`. */
  readonly subresourceAware: boolean;
  /** Container fields read through computed keys (their names are not in the source). */
  readonly dynamicKeys: readonly RegoDynamicKey[];
  readonly unknowns: readonly RegoUnknown[];
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

interface StringConst {
  readonly value: string;
  readonly at: RegoPosition;
}

/** A field read, pending until its value is used in a condition. */
interface Read {
  readonly path: readonly string[];
  readonly at: RegoPosition;
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
}

const EMPTY: Value = { paths: [], strings: [], reads: [] };

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
  const fields = new Map<string, Value>();
  for (const v of present) for (const [k, f] of v.fields ?? []) fields.set(k, merge(fields.get(k), f));
  return {
    paths,
    strings,
    reads,
    ...(elementValues.length > 0 && { elements: mergeAll(elementValues) }),
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
  /** A helper rule or a comparison decided `truth` (a plain built-in call decides nothing). */
  decided: boolean;
  /** Inside a negated call to an exemption helper: reads committed here are exemptions. */
  readonly exempting: boolean;
}

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
  return { id, module, rules, imports };
};

class EntryAnalyzer {
  private readonly lists = new Map<ContainerList, RegoPosition[]>();
  private readonly checks = new Map<string, RegoFieldCheck>();
  private readonly unknowns = new Map<string, RegoUnknown>();
  private subresourceAware = false;
  private readonly dynamicKeys = new Map<string, RegoDynamicKey>();
  private readonly memo = new Map<string, RuleResult>();
  private readonly inProgress = new Set<string>();
  private depth = 0;
  private readonly packages = new Map<string, ModuleInfo>();

  constructor(modules: readonly ModuleInfo[]) {
    for (const m of modules) this.packages.set(m.module.package.path.join('.'), m);
  }

  analyze(mod: ModuleInfo, rule: RegoRule): RegoEntryAnalysis {
    let exemption: RegoEntryAnalysis['updateExemption'];
    for (const body of rule.bodies) {
      const frame: Frame = { mod, env: new Map(), truth: 'true', decided: false, exempting: false };
      this.bindHead(rule, frame, undefined, undefined);
      const falseAt = this.evalBody(body, frame);
      this.evalHeadOutputs(rule, frame);
      if (falseAt !== undefined && exemption === undefined) {
        exemption = {
          at: { module: mod.id, start: falseAt.start, end: falseAt.end },
          note: this.subresourceAware
            ? 'the rule cannot fire for UPDATE of the ephemeralcontainers subresource'
            : 'the rule skips UPDATE requests, and adding an ephemeral container is an UPDATE',
        };
      }
    }
    const reads: Partial<Record<ContainerList, readonly RegoPosition[]>> = {};
    for (const list of CONTAINER_LISTS) {
      const at = this.lists.get(list);
      if (at !== undefined) reads[list] = at;
    }
    return {
      rule: rule.head.name,
      at: { module: mod.id, start: rule.head.start, end: rule.head.end },
      reads,
      checks: [...this.checks.values()],
      ...(exemption && { updateExemption: exemption }),
      subresourceAware: this.subresourceAware,
      dynamicKeys: [...this.dynamicKeys.values()],
      unknowns: [...this.unknowns.values()],
    };
  }

  // ---- evidence ----

  private unknown(reason: string, at: RegoPosition): void {
    const key = `${reason}@${at.module}:${at.start}`;
    if (!this.unknowns.has(key)) this.unknowns.set(key, { reason, at });
  }

  private noteList(list: ContainerList, at: RegoPosition): void {
    const known = this.lists.get(list);
    if (known === undefined) this.lists.set(list, [at]);
    else if (!known.some((p) => p.module === at.module && p.start === at.start && p.end === at.end)) known.push(at);
  }

  /** The value is used as a condition: its pending reads become checks. */
  private commit(value: Value, frame: Frame, nested = true): void {
    for (const read of nested ? nestedReads(value) : value.reads) {
      const check = classifyRead(read, frame.exempting);
      if (check === undefined) continue;
      const key = `${check.field}@${read.at.module}:${read.at.start}:${read.at.end}`;
      const known = this.checks.get(key);
      if (known === undefined || (known.role === 'exemption' && check.role === 'check')) this.checks.set(key, check);
    }
  }

  // ---- bodies and literals ----

  /** Evaluates a body; returns the first literal that is false for an ephemeral-container UPDATE. */
  private evalBody(body: Body, frame: Frame): Literal | undefined {
    let falseAt: Literal | undefined;
    for (const literal of body.literals) {
      frame.truth = 'true';
      frame.decided = false;
      const truth = this.evalLiteral(literal, frame);
      if (truth === 'false' && falseAt === undefined) falseAt = literal;
    }
    return falseAt;
  }

  private bodyTruth(body: Body, frame: Frame): Truth {
    let truth: Truth = 'true';
    for (const literal of body.literals) {
      frame.truth = 'true';
      frame.decided = false;
      truth = and(truth, this.evalLiteral(literal, frame));
    }
    return truth;
  }

  private evalLiteral(literal: Literal, frame: Frame): Truth {
    switch (literal.type) {
      case 'some':
        for (const v of literal.vars) frame.env.delete(v.name);
        return 'true';
      case 'some-in': {
        const collection = this.evalTerm(literal.collection, frame);
        this.bindPattern(literal.value, this.iterate(collection, literal.collection, frame), frame);
        if (literal.key !== undefined) this.bindPattern(literal.key, keysOf(collection), frame);
        return frame.truth;
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
        for (const w of literal.with) this.evalTerm(w.value, frame);
        if (literal.negated) {
          const inner: Frame = { ...frame, truth: 'true', decided: false, exempting: frame.exempting || this.callsExemptionHelper(literal.expr, frame) };
          const truth = this.evalCondition(literal.expr, inner);
          return negate(truth);
        }
        return this.evalCondition(literal.expr, frame);
      }
    }
  }

  /** A `not` around a call to a helper named like an exemption (`is_exempt`, `exempt_container`). */
  private callsExemptionHelper(term: Term, frame: Frame): boolean {
    if (term.type !== 'call' && term.type !== 'ref' && term.type !== 'var') return false;
    const callee = term.type === 'call' ? term.callee : term;
    const name = callee.type === 'var' ? callee.name : callee.head.type === 'var' ? callee.head.name : '';
    const resolved = frame.mod.imports.get(name)?.join('.') ?? name;
    return /exempt/i.test(resolved) || (callee.type === 'ref' && callee.path.some((s) => s.kind === 'dot' && /exempt/i.test(s.name)));
  }

  /** A literal's expression: an assignment binds, anything else is a condition. */
  private evalCondition(expr: Term, frame: Frame): Truth {
    if (expr.type === 'binary' && (expr.op === ':=' || expr.op === '=')) {
      const leftFree = expr.op === ':=' || this.isUnboundPattern(expr.left, frame);
      if (leftFree) {
        this.bindPattern(expr.left, this.evalTerm(expr.right, frame), frame);
        return frame.truth;
      }
      if (this.isUnboundPattern(expr.right, frame)) {
        this.bindPattern(expr.right, this.evalTerm(expr.left, frame), frame);
        return frame.truth;
      }
      return this.compare(expr.left, expr.right, '==', frame);
    }
    const value = this.evalTerm(expr, frame);
    // Only whether it is defined matters: the fields of a partial rule's element (a message) are not checked.
    this.commit(value, frame, false);
    const fieldTruth = this.requestFieldTruth(value);
    if (fieldTruth !== undefined) return and(frame.truth, fieldTruth);
    return frame.decided ? frame.truth : and(frame.truth, 'maybe');
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
      case 'boolean':
      case 'null':
        return EMPTY;
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
        const items = term.items.map((t) => this.evalTerm(t, frame));
        return { paths: [], strings: [], reads: [], elements: mergeAll(items) };
      }
      case 'object': {
        const fields = new Map<string, Value>();
        const values: Value[] = [];
        for (const item of term.items) {
          const value = this.evalTerm(item.value, frame);
          values.push(value);
          if (item.key.type === 'string') fields.set(item.key.value, value);
          else this.evalTerm(item.key, frame);
        }
        return { paths: [], strings: [], reads: [], elements: mergeAll(values), fields };
      }
      case 'array-comprehension':
      case 'set-comprehension':
      case 'object-comprehension': {
        const inner: Frame = { ...frame, env: new Map(frame.env), truth: 'true', decided: false };
        this.bodyTruth(term.body, inner);
        const element = term.type === 'object-comprehension' ? this.evalTerm(term.value, inner) : this.evalTerm(term.head, inner);
        return { paths: [], strings: [], reads: [], elements: element };
      }
      case 'binary': {
        if (RELATIONS.has(term.op)) {
          frame.truth = and(frame.truth, this.compare(term.left, term.right, term.op, frame));
          return EMPTY;
        }
        const left = this.evalTerm(term.left, frame);
        const right = this.evalTerm(term.right, frame);
        if (term.op === '|') return merge(left, right);
        return { paths: [], strings: [], reads: [...nestedReads(left), ...nestedReads(right)].slice(0, MAX_ALTERNATIVES) };
      }
      case 'membership':
        frame.truth = and(frame.truth, this.membership(term.value, term.collection, frame));
        if (term.key !== undefined) this.commit(this.evalTerm(term.key, frame), frame);
        return EMPTY;
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
        value = this.extend(value, key.strings.map((s) => ({ key: s.value, at: s.at })), reachedAt, frame);
        continue;
      }
      const unbound = index.type === 'var' && (index.name === '_' || key.free !== undefined);
      if (!unbound && key.paths.length > 0) this.noteDynamicKey(value, key, this.pos(frame, index), frame);
      const wildcard = index.type === 'var' && index.name === '_' ? ANY : FREE;
      const element = this.extend(value, [{ key: unbound ? wildcard : ANY, at: segmentAt }], reachedAt, frame);
      if (unbound && index.type === 'var' && index.name !== '_') this.bindPattern(index, keysOf(value), frame);
      value = withReads(element, key.reads);
    }
    return value;
  }

  /** `value[key]` for each key alternative: paths grow, literal collections yield elements/fields. */
  private extend(value: Value, keys: readonly { key: string; at: RegoPosition }[], reachedAt: RegoPosition, frame: Frame): Value {
    const paths: string[][] = [];
    const reads: Read[] = [];
    const parts: Value[] = [];
    for (const path of value.paths) {
      for (const { key, at } of keys) {
        const next = [...path, key];
        this.noteListRead(path, key, at, reachedAt);
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
    void frame;
    return mergeAll([{ paths, strings: [], reads }, ...parts]);
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
      const dynamic: RegoDynamicKey = { at, prefix, ...(parameter !== undefined && parameter.length > 0 && { parameter }), role: frame.exempting ? 'exemption' : 'check' };
      const id = `${at.module}:${at.start}:${prefix.join('.')}`;
      if (!this.dynamicKeys.has(id)) this.dynamicKeys.set(id, dynamic);
      return;
    }
  }

  private noteListRead(parent: readonly string[], key: string, keyAt: RegoPosition, reachedAt: RegoPosition): void {
    // eslint-disable-next-line no-restricted-syntax -- a three-step constant
    if (!samePath(parent, ...POD_SPEC)) return;
    if ((CONTAINER_LISTS as readonly string[]).includes(key)) this.noteList(key as ContainerList, keyAt);
    else if (key === ANY) for (const list of CONTAINER_LISTS) this.noteList(list, keyAt);
    else if (key === FREE) this.unknown('a variable key selects which pod spec fields are read; it may or may not include the container lists', reachedAt);
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
    if (dotted === 'array.concat' || dotted === 'union') {
      return { ...EMPTY, elements: mergeAll(values.map((v, i) => this.iterate(v, args[i] as Term, frame))) };
    }
    // A built-in: its result depends on its arguments, which are checked if the result is.
    return { ...EMPTY, reads: values.flatMap((v) => nestedReads(v)).slice(0, MAX_ALTERNATIVES) };
  }

  /** `object.get(x, "k", d)` is `x.k` (or `d`); `object.get(x, ["a", "b"], d)` is `x.a.b`. */
  private objectGet(values: readonly Value[], args: readonly Term[], call: Term, frame: Frame): Value {
    const [objectValue, keyValue, defaultValue] = values;
    const keyTerm = args[1];
    if (objectValue === undefined || keyValue === undefined || keyTerm === undefined) return EMPTY;
    const at = this.pos(frame, call);
    let value: Value = { ...objectValue, reads: [] };
    if (keyTerm.type === 'array') {
      for (const item of keyTerm.items) {
        const k = this.evalTerm(item, frame);
        value = this.extend(value, k.strings.length > 0 ? k.strings.map((s) => ({ key: s.value, at: s.at })) : [{ key: FREE, at }], at, frame);
      }
    } else {
      value = this.extend(value, keyValue.strings.length > 0 ? keyValue.strings.map((s) => ({ key: s.value, at: s.at })) : [{ key: FREE, at }], at, frame);
    }
    return merge(value, defaultValue);
  }

  private callRule(mod: ModuleInfo, name: string, args: readonly Term[], at: Term, frame: Frame): Value {
    const values = args.map((a) => this.evalTerm(a, frame));
    return this.ruleValue(mod, name, frame, at, undefined, values).out;
  }

  // ---- rules ----

  /** Evaluates every definition of a rule under the caller's arguments or key; memoised per entry. */
  private ruleValue(mod: ModuleInfo, name: string, caller: Frame, at: Term, key?: Value, args?: readonly Value[]): RuleResult {
    const memoKey = `${mod.id}\u0000${name}\u0000${signature(key)}\u0000${(args ?? []).map(signature).join('\u0001')}\u0000${caller.exempting}`;
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
        const frame: Frame = { mod, env: new Map(), truth: 'true', decided: false, exempting: caller.exempting };
        this.bindHead(rule, frame, key, args);
        const bodyTruth = clause.body === undefined ? 'true' : this.bodyTruth(clause.body, frame);
        truth = or(truth, bodyTruth);
        const valueTerm = clause.value ?? rule.head.value;
        outs.push(rule.head.kind === 'partial-set' ? this.evalOptional(rule.head.key, frame) : this.evalOptional(valueTerm, frame));
        keys.push(this.evalOptional(rule.head.key, frame));
      }
    }
    this.depth--;
    this.inProgress.delete(memoKey);
    const result: RuleResult = { out: mergeAll(outs), key: mergeAll(keys), truth };
    this.memo.set(memoKey, result);
    caller.decided = true;
    caller.truth = and(caller.truth, truth);
    return result;
  }

  private evalOptional(term: Term | undefined, frame: Frame): Value {
    return term === undefined ? EMPTY : this.evalTerm(term, frame);
  }

  /** Binds function parameters to the call's arguments, and a partial rule's key to the caller's key. */
  private bindHead(rule: RegoRule, frame: Frame, key: Value | undefined, args: readonly Value[] | undefined): void {
    const params = rule.head.args ?? [];
    params.forEach((param, i) => {
      const arg = args?.[i];
      if (param.type === 'var' || param.type === 'object' || param.type === 'array') this.bindPattern(param, arg ?? EMPTY, frame);
    });
    if (key !== undefined && key.free === undefined && rule.head.key !== undefined) this.bindPattern(rule.head.key, key, frame);
  }

  /** The entry rule's own output (`msg`): evaluated so that helper calls in it are followed. */
  private evalHeadOutputs(rule: RegoRule, frame: Frame): void {
    this.evalOptional(rule.head.key, frame);
    this.evalOptional(rule.head.value, frame);
  }

  // ---- the request under test: UPDATE of pods/ephemeralcontainers ----

  private compare(leftTerm: Term, rightTerm: Term, op: string, frame: Frame): Truth {
    const left = this.evalTerm(leftTerm, frame);
    const right = this.evalTerm(rightTerm, frame);
    this.commit(left, frame);
    this.commit(right, frame);
    frame.decided = true;
    const truth = this.requestComparison(left, right, op) ?? this.requestComparison(right, left, op) ?? 'maybe';
    return and(frame.truth, truth);
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
    frame.decided = true;
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

const RELATIONS: ReadonlySet<string> = new Set(['==', '!=', '<', '<=', '>', '>=']);

/** Reads of a value and of the elements and fields it holds (a comprehension's filter inputs). */
const nestedReads = (value: Value, depth = 0): readonly Read[] => {
  if (depth > 8 || (value.elements === undefined && value.fields === undefined)) return value.reads;
  const reads = [...value.reads];
  if (value.elements !== undefined) pushAll(reads, nestedReads(value.elements, depth + 1));
  for (const field of value.fields?.values() ?? []) pushAll(reads, nestedReads(field, depth + 1));
  return reads;
};

const keysOf = (collection: Value): Value => withReads(EMPTY, collection.reads);

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

/** A committed read → a container field check (relative to the container) or a pod-level one. */
const classifyRead = (read: Read, exempting: boolean): RegoFieldCheck | undefined => {
  const path = read.path;
  if (path.length < 4 || !POD_SPEC.every((s, i) => path[i] === s)) return undefined;
  const specField = path[3] as string;
  const role = exempting ? 'exemption' : 'check';
  if ((CONTAINER_LISTS as readonly string[]).includes(specField) || specField === ANY) {
    const rest = upToWildcard(path.slice(5));
    if (rest.length === 0) return undefined;
    const field = rest.join('.');
    return { field, category: containerFieldCategory(field), role, at: read.at };
  }
  if (specField === FREE) return undefined;
  const field = ['spec', ...upToWildcard(path.slice(3))].join('.');
  return { field, category: 'pod-level', role, at: read.at };
};

const upToWildcard = (segments: readonly string[]): string[] => {
  const out: string[] = [];
  for (const s of segments) {
    if (s === ANY || s === FREE) break;
    out.push(s);
  }
  return out;
};
