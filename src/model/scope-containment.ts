/**
 * Does one scope contain another: wherever `inner` applies (every namespace, with any labels,
 * and every requester), does `outer` apply too? Decided on the conditions themselves, not on the
 * namespaces a scan happens to see, so that the answer holds for namespaces created later.
 *
 * Sound, not complete: `true` is a proof; `false` means "not proved" (an unknown part, a
 * selector whose implication is not one of the forms below, a `not` that is not the same
 * exclusion). Callers treat `false` as "may not contain".
 */
import type { LabelRequirement } from './label-selector.ts';
import type { NamespaceFilter, ScopeCondition } from './policy-scope.ts';
import type { Wildcard } from './wildcard.ts';

type Leaf = Exclude<ScopeCondition, { kind: 'all' } | { kind: 'any' }>;

/** `all` flattened into its leaves and `any` parts; a filter that narrows nothing dropped (it is everywhere). */
const conjuncts = (condition: ScopeCondition): ScopeCondition[] => {
  if (condition.kind === 'all') return condition.of.flatMap(conjuncts);
  if (condition.kind === 'everywhere') return [];
  if (condition.kind === 'namespaces' && !narrows(condition.filter)) return [];
  if (condition.kind === 'any' && condition.of.length === 1) return conjuncts(condition.of[0]!);
  return [condition];
};

const narrows = (filter: NamespaceFilter): boolean =>
  (filter.names?.length ?? 0) > 0 || (filter.excluded?.length ?? 0) > 0 || filter.selector === 'invalid' || (filter.selector !== undefined && filter.selector.requirements.length > 0);

/** Alternatives multiply (bindings × exclusions): past this many comparisons, "not proved". */
const MAX_STEPS = 10_000;

export const scopeContains = (outer: ScopeCondition, inner: ScopeCondition): boolean => {
  const budget = { left: MAX_STEPS };
  return containsAll(conjuncts(outer), conjuncts(inner), budget);
};

/**
 * `scopeContains`, each pair of conditions decided once by what they say (`canonical`: the
 * answer depends on nothing else): a repository's policies share a few scopes, and comparing
 * every policy with every other one compares the same few pairs again and again.
 */
export const scopeContainment = (): ((outer: ScopeCondition, inner: ScopeCondition) => boolean) => {
  // Each distinct condition gets a number: its text (a list of namespaces can be long) is hashed once.
  const ids = new Map<string, number>();
  const idOfCondition = new WeakMap<ScopeCondition, number>();
  const idOf = (condition: ScopeCondition): number => {
    let id = idOfCondition.get(condition);
    if (id === undefined) {
      const text = JSON.stringify(canonical(condition));
      id = ids.get(text);
      if (id === undefined) ids.set(text, (id = ids.size));
      idOfCondition.set(condition, id);
    }
    return id;
  };
  const decided = new Map<string, boolean>();
  return (outer, inner) => {
    const key = `${idOf(outer)},${idOf(inner)}`;
    let contains = decided.get(key);
    if (contains === undefined) decided.set(key, (contains = scopeContains(outer, inner)));
    return contains;
  };
};

interface Budget {
  left: number;
}

/** Every part of `outer` holds wherever all parts of `inner` hold. */
const containsAll = (outer: readonly ScopeCondition[], inner: readonly ScopeCondition[], budget: Budget): boolean => {
  if (--budget.left < 0) return false;
  // An alternative of inner: each branch, with the rest of inner, must be contained.
  const split = inner.findIndex((part) => part.kind === 'any');
  if (split >= 0) {
    const branches = (inner[split] as Extract<ScopeCondition, { kind: 'any' }>).of;
    const rest = inner.filter((_, i) => i !== split);
    return branches.every((branch) => containsAll(outer, [...rest, ...conjuncts(branch)], budget));
  }
  return outer.every((part) => containsPart(part, inner as readonly Leaf[], budget));
};

/** One part of outer (a leaf or an alternative) holds wherever all leaves of inner hold. */
const containsPart = (outer: ScopeCondition, inner: readonly Leaf[], budget: Budget): boolean => {
  if (outer.kind === 'any') return outer.of.some((branch) => containsAll(conjuncts(branch), inner, budget));
  if (outer.kind === 'all') return containsAll(conjuncts(outer), inner, budget);
  if (inner.some((leaf) => sameCondition(leaf, outer))) return true;
  switch (outer.kind) {
    case 'everywhere':
      return true;
    case 'namespaces':
      return filterImplied(outer.filter, inner);
    case 'own-namespace':
      return literalNames(inner)?.every((name) => name === outer.namespace) === true;
    case 'unless-labelled':
      return requirementsOf(inner).some((r) => r.key === outer.label && r.operator === 'DoesNotExist');
    default:
      // requester filters, `not` and `unknown` are contained only by the same condition (above).
      return false;
  }
};

const sameCondition = (a: ScopeCondition, b: ScopeCondition): boolean => a.kind !== 'unknown' && JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** A condition without the owner names that only label messages. */
const canonical = (condition: ScopeCondition): unknown => {
  switch (condition.kind) {
    case 'namespaces':
      return { kind: 'namespaces', names: condition.filter.names?.map((w) => w.pattern), excluded: condition.filter.excluded?.map((w) => w.pattern), selector: condition.filter.selector };
    case 'own-namespace':
      return { kind: condition.kind, namespace: condition.namespace };
    case 'requester':
      return {
        kind: 'requester',
        subjects: condition.filter.subjects?.map((s) => [s.kind, s.name.pattern, s.namespace ?? null]),
        usernames: condition.filter.usernames?.map((w) => w.pattern),
        groups: condition.filter.groups?.map((w) => w.pattern),
        clusterRoles: condition.filter.clusterRoles,
        roles: condition.filter.roles,
      };
    case 'not':
      return { kind: 'not', of: canonical(condition.of) };
    case 'all':
    case 'any':
      return { kind: condition.kind, of: condition.of.map(canonical) };
    default:
      return condition;
  }
};

const filtersOf = (inner: readonly Leaf[]): NamespaceFilter[] => inner.flatMap((leaf) => (leaf.kind === 'namespaces' ? [leaf.filter] : []));

const requirementsOf = (inner: readonly Leaf[]): LabelRequirement[] =>
  filtersOf(inner).flatMap((filter) => (filter.selector !== undefined && filter.selector !== 'invalid' ? filter.selector.requirements : []));

const isLiteral = (w: Wildcard): boolean => !/[*?]/.test(w.pattern);

/** The namespace names inner is limited to, when a part lists only literal names; undefined when none does. */
const literalNames = (inner: readonly Leaf[]): string[] | undefined => {
  let names: string[] | undefined;
  for (const leaf of inner) {
    const listed =
      leaf.kind === 'own-namespace' ? [leaf.namespace] : leaf.kind === 'namespaces' && (leaf.filter.names?.length ?? 0) > 0 && leaf.filter.names!.every(isLiteral) ? leaf.filter.names!.map((w) => w.pattern) : undefined;
    if (listed === undefined) continue;
    names = names === undefined ? listed : names.filter((name) => listed.includes(name));
  }
  return names;
};

/** Does every namespace that passes all of inner's parts pass `outer`'s filter? */
const filterImplied = (outer: NamespaceFilter, inner: readonly Leaf[]): boolean => {
  if (outer.selector === 'invalid') return false;
  const names = literalNames(inner);
  if ((outer.names?.length ?? 0) > 0) {
    const allowed = outer.names!;
    const innerPatterns = filtersOf(inner).flatMap((filter) => (filter.names?.length ? [filter.names.map((w) => w.pattern)] : []));
    const byLiterals = names !== undefined && names.every((name) => allowed.some((w) => w.matches(name)));
    const byPatterns = allowed.some((w) => w.pattern === '*') || innerPatterns.some((patterns) => patterns.every((p) => allowed.some((w) => w.pattern === p)));
    if (!byLiterals && !byPatterns) return false;
  }
  for (const excluded of outer.excluded ?? []) {
    const excludedByInner = filtersOf(inner).some((filter) => filter.excluded?.some((w) => w.pattern === excluded.pattern || w.pattern === '*'));
    const outsideInner = names !== undefined && names.every((name) => !excluded.matches(name));
    if (!excludedByInner && !outsideInner) return false;
  }
  const held = requirementsOf(inner);
  const requirements = outer.selector?.requirements ?? [];
  return requirements.every((requirement) => held.some((h) => requirementImplies(h, requirement)));
};

/** Does a namespace with `held` on its labels always satisfy `wanted` (same key)? */
const requirementImplies = (held: LabelRequirement, wanted: LabelRequirement): boolean => {
  if (held.key !== wanted.key) return false;
  switch (wanted.operator) {
    case 'In':
      return held.operator === 'In' && held.values.every((v) => wanted.values.includes(v));
    case 'NotIn':
      return (
        (held.operator === 'In' && held.values.every((v) => !wanted.values.includes(v))) ||
        (held.operator === 'NotIn' && wanted.values.every((v) => held.values.includes(v))) ||
        held.operator === 'DoesNotExist'
      );
    case 'Exists':
      return held.operator === 'In' || held.operator === 'Exists';
    case 'DoesNotExist':
      return held.operator === 'DoesNotExist';
  }
};
