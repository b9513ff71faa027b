/**
 * Meaning-preserving and meaning-changing rewrites of Rego programs, for property tests:
 * - `renameAndReorder`: every helper rule, package segment, import alias and variable gets a random
 *   identifier (consistently across the modules of one program) and the rules of each module are
 *   shuffled. Rego's meaning does not depend on either, so no verdict may.
 * - `dropEphemeralContainers`: the clause, rule definition or set member that names
 *   `ephemeralContainers` is removed (or, where it is the only definition, its key no longer names
 *   the list), so the program never reads ephemeral containers.
 * Both work on the syntax tree of `parseRego`, with its exact spans.
 */
import { parseRego } from '../../../src/analyze/rego/index.ts';
import type { Body, Literal, RegoModule, RegoRule, Term } from '../../../src/analyze/rego/index.ts';

/** The entry rules keep their names: Gatekeeper and conftest call them by name. */
const ENTRY = new Set(['violation', 'deny', 'warn']);
const KEEP = new Set(['input', 'data', '_']);

/** A small seeded generator (mulberry32), so a failure can be replayed from its seed. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const applyEdits = (source: string, edits: readonly Edit[]): string => {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = source;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) continue; // overlapping edit: the outer one was applied
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
};

/** Every term of a literal, body or term, depth first, with `visit(term, parent)`. */
const walkTerm = (term: Term | undefined, visit: (t: Term) => void): void => {
  if (term === undefined) return;
  visit(term);
  switch (term.type) {
    case 'ref':
      walkTerm(term.head, visit);
      for (const s of term.path) if (s.kind === 'index') walkTerm(s.term, visit);
      return;
    case 'call':
      walkTerm(term.callee, visit);
      for (const a of term.args) walkTerm(a, visit);
      return;
    case 'array':
    case 'set':
      for (const i of term.items) walkTerm(i, visit);
      return;
    case 'object':
      for (const i of term.items) {
        walkTerm(i.key, visit);
        walkTerm(i.value, visit);
      }
      return;
    case 'array-comprehension':
    case 'set-comprehension':
      walkTerm(term.head, visit);
      walkBody(term.body, visit);
      return;
    case 'object-comprehension':
      walkTerm(term.key, visit);
      walkTerm(term.value, visit);
      walkBody(term.body, visit);
      return;
    case 'binary':
      walkTerm(term.left, visit);
      walkTerm(term.right, visit);
      return;
    case 'membership':
      walkTerm(term.key, visit);
      walkTerm(term.value, visit);
      walkTerm(term.collection, visit);
      return;
    case 'unary-minus':
      walkTerm(term.operand, visit);
      return;
    case 'paren':
      walkTerm(term.inner, visit);
      return;
    default:
      return;
  }
};

const walkLiteral = (literal: Literal, visit: (t: Term) => void): void => {
  switch (literal.type) {
    case 'some':
      for (const v of literal.vars) visit(v);
      return;
    case 'some-in':
      walkTerm(literal.key, visit);
      walkTerm(literal.value, visit);
      walkTerm(literal.collection, visit);
      return;
    case 'every':
      walkTerm(literal.key, visit);
      walkTerm(literal.value, visit);
      walkTerm(literal.domain, visit);
      walkBody(literal.body, visit);
      return;
    case 'expr':
      walkTerm(literal.expr, visit);
      for (const w of literal.with) {
        walkTerm(w.target, visit);
        walkTerm(w.value, visit);
      }
      return;
  }
};

const walkBody = (body: Body, visit: (t: Term) => void): void => {
  for (const l of body.literals) walkLiteral(l, visit);
};

const walkRule = (rule: RegoRule, visit: (t: Term) => void): void => {
  for (const a of rule.head.args ?? []) walkTerm(a, visit);
  walkTerm(rule.head.key, visit);
  walkTerm(rule.head.value, visit);
  for (const b of rule.bodies) walkBody(b, visit);
  for (const e of rule.elses) {
    walkTerm(e.value, visit);
    if (e.body) walkBody(e.body, visit);
  }
};

const parsed = (source: string): RegoModule => {
  const result = parseRego(source);
  if (result.module === undefined || result.errors.length > 0) throw new Error(`not parsable: ${result.errors[0]?.message ?? 'no module'}`);
  return result.module;
};

/** Renames rules, packages, aliases and variables to random names, and shuffles each module's rules. */
export const renameAndReorder = (sources: readonly string[], random: () => number): string[] => {
  const modules = sources.map(parsed);
  const fresh = (): string => `r${Math.floor(random() * 36 ** 6).toString(36)}x${Math.floor(random() * 1000)}`;
  // Names shared across modules: rule names and package segments (after the first, `lib`).
  const global = new Map<string, string>();
  const globalName = (name: string): string => {
    let n = global.get(name);
    if (n === undefined) global.set(name, (n = fresh()));
    return n;
  };
  for (const m of modules) {
    for (const rule of m.rules) if (!ENTRY.has(rule.head.name) && !rule.head.name.includes('.')) globalName(rule.head.name);
  }
  const packageSegments = new Set(modules.flatMap((m) => m.package.path.slice(1)));
  for (const s of packageSegments) globalName(s);
  const ruleNames = new Set(modules.flatMap((m) => m.rules.map((r) => r.head.name)));

  const renamed = modules.map((m, index) => {
    const source = sources[index] as string;
    const aliases = new Map(m.imports.filter((i) => i.path[0] === 'data' || i.path[0] === 'input').map((i) => [i.alias ?? (i.path.at(-1) as string), i]));
    // Built-ins called in this module (`count`, `object.get`'s `object`): never renamed here.
    const builtins = new Set<string>();
    const visitCallees = (t: Term): void => {
      if (t.type !== 'call') return;
      const head = t.callee.type === 'var' ? t.callee : t.callee.head.type === 'var' ? t.callee.head : undefined;
      if (head && !ruleNames.has(head.name) && !aliases.has(head.name)) builtins.add(head.name);
    };
    for (const rule of m.rules) walkRule(rule, visitCallees);
    const local = new Map<string, string>();
    const nameFor = (name: string): string | undefined => {
      if (KEEP.has(name) || builtins.has(name) || ENTRY.has(name)) return undefined;
      if (global.has(name)) return global.get(name);
      if (aliases.has(name)) return undefined; // an alias named after a rule is in `global`; others keep theirs
      let n = local.get(name);
      if (n === undefined) local.set(name, (n = fresh()));
      return n;
    };
    const edits: Edit[] = [];
    const visit = (t: Term): void => {
      if (t.type === 'var') {
        const n = nameFor(t.name);
        if (n !== undefined) edits.push({ start: t.start, end: t.end, text: n });
      } else if (t.type === 'ref' && t.head.type === 'var' && (t.head.name === 'data' || aliases.has(t.head.name))) {
        // data.lib.x.rule / alias.rule: the dotted segments name packages and rules.
        for (const s of t.path) {
          if (s.kind !== 'dot') break;
          const n = global.get(s.name);
          if (n !== undefined) edits.push({ start: s.start + 1, end: s.end, text: n });
        }
      }
    };
    for (const rule of m.rules) {
      if (!rule.head.name.includes('.')) {
        const n = nameFor(rule.head.name);
        if (n !== undefined) edits.push({ start: rule.head.nameSpan.start, end: rule.head.nameSpan.end, text: n });
      }
      walkRule(rule, visit);
    }
    const mapSegment = (s: string, i: number): string => (i === 0 ? s : global.get(s) ?? s);
    edits.push({ start: m.package.start, end: m.package.end, text: `package ${m.package.path.map(mapSegment).join('.')}` });
    for (const imp of m.imports) {
      if (imp.path[0] !== 'data') continue;
      const path = ['data', ...imp.path.slice(1).map((s, i) => mapSegment(s, i + 1))];
      edits.push({ start: imp.start, end: imp.end, text: `import ${path.join('.')}${imp.alias ? ` as ${global.get(imp.alias) ?? imp.alias}` : ''}` });
    }
    return applyEdits(source, edits);
  });
  return renamed.map((source) => shuffleRules(source, random));
};

const shuffleRules = (source: string, random: () => number): string => {
  const m = parsed(source);
  const first = m.rules[0];
  if (first === undefined) return source;
  const texts = m.rules.map((r) => source.slice(r.start, r.end));
  for (let i = texts.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [texts[i], texts[j]] = [texts[j] as string, texts[i] as string];
  }
  return `${source.slice(0, first.start)}${texts.join('\n\n')}\n`;
};

const EPHEMERAL = 'ephemeralContainers';

/** Whether a term names the ephemeral list (`.ephemeralContainers`, `["ephemeralContainers"]`, the string). */
const namesEphemeral = (rule: RegoRule): boolean => {
  let found = false;
  walkRule(rule, (t) => {
    if ((t.type === 'string' && t.value === EPHEMERAL) || (t.type === 'ref' && t.path.some((s) => s.kind === 'dot' && s.name === EPHEMERAL))) found = true;
  });
  return found;
};

/**
 * Removes every way a program names `ephemeralContainers`: a member of a literal set or array
 * is removed; a rule definition that names it is removed when the rule has other definitions;
 * otherwise the key is renamed so that it no longer names the list. Returns undefined when the
 * program never names it.
 */
export const dropEphemeralContainers = (sources: readonly string[]): string[] | undefined => {
  let changed = false;
  const out = sources.map((source) => {
    const m = parsed(source);
    const edits: Edit[] = [];
    const counts = new Map<string, number>();
    for (const r of m.rules) counts.set(r.head.name, (counts.get(r.head.name) ?? 0) + 1);
    const dropped = new Set<RegoRule>();
    for (const rule of m.rules) {
      if (!namesEphemeral(rule)) continue;
      const name = rule.head.name;
      const remaining = (counts.get(name) ?? 0) - [...dropped].filter((r) => r.head.name === name).length;
      // A member of a set/array literal: drop just the member.
      const members: Edit[] = [];
      walkRule(rule, (t) => {
        if (t.type !== 'array' && t.type !== 'set') return;
        t.items.forEach((item, i) => {
          if (item.type !== 'string' || item.value !== EPHEMERAL) return;
          const next = t.items[i + 1];
          const prev = t.items[i - 1];
          if (next) members.push({ start: item.start, end: next.start, text: '' });
          else if (prev) members.push({ start: prev.end, end: item.end, text: '' });
          else members.push({ start: item.start, end: item.end, text: '"dropped"' });
        });
      });
      if (members.length > 0) {
        edits.push(...members);
        changed = true;
        continue;
      }
      if (remaining > 1) {
        dropped.add(rule);
        edits.push({ start: rule.start, end: rule.end, text: '' });
        changed = true;
        continue;
      }
      walkRule(rule, (t) => {
        if (t.type === 'string' && t.value === EPHEMERAL) edits.push({ start: t.start, end: t.end, text: '"notEphemeralContainers"' });
        if (t.type === 'ref') for (const s of t.path) if (s.kind === 'dot' && s.name === EPHEMERAL) edits.push({ start: s.start + 1, end: s.end, text: 'notEphemeralContainers' });
      });
      changed = true;
    }
    return applyEdits(source, edits);
  });
  return changed ? out : undefined;
};
