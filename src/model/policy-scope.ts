/**
 * Where a policy applies: which namespaces and which requesters its engine sends it. Each engine
 * analyzer writes a policy's scope as a `ScopeCondition` (its own match and exclude filters,
 * in the engine's terms), each engine's installation writes what it excludes for all its
 * policies, and `scopeApplies` evaluates one against a namespace and a requester.
 *
 * Three-valued: `unknown` (with why) when the scanned files cannot tell, e.g. a selector on a
 * namespace whose labels are not in scope. Callers count only `yes` as applying.
 */
import { labelSelectorMatches, readLabelSelector, type LabelSelector } from './label-selector.ts';
import type { Engine } from './policy-engine.ts';
import type { SourceRef } from './source-ref.ts';
import { wildcard, type Wildcard } from './wildcard.ts';

export type Applies = { readonly result: 'yes' | 'no' } | { readonly result: 'unknown'; readonly why: string };

export const YES: Applies = { result: 'yes' };
export const NO: Applies = { result: 'no' };
export const unknownApplies = (why: string): Applies => ({ result: 'unknown', why });

/** Any of the results: yes wins, then unknown, else no. */
export const anyOf = (results: readonly Applies[]): Applies => results.find((r) => r.result === 'yes') ?? results.find((r) => r.result === 'unknown') ?? NO;
/** All of the results: no wins, then unknown, else yes. */
export const allOf = (results: readonly Applies[]): Applies => results.find((r) => r.result === 'no') ?? results.find((r) => r.result === 'unknown') ?? YES;

/** What a namespace filter is evaluated against: a name and labels when known. */
export interface NamespaceFacts {
  /** `undefined`: any namespace without a manifest in scope, or the unknown namespace a binding is applied to. */
  readonly name: string | undefined;
  /** The Namespace's labels, with `kubernetes.io/metadata.name` (the apiserver sets it), when its manifest is in scope. */
  readonly labels: ReadonlyMap<string, string> | undefined;
  /** `namespace shop`, for messages. */
  readonly label: string;
}

/** Who sends the request, as admission sees it. */
export interface Requester {
  readonly kind: 'User' | 'Group' | 'ServiceAccount';
  readonly name: string;
  /** ServiceAccounts: their namespace. */
  readonly namespace: string | undefined;
  /** The username a request carries (`system:serviceaccount:ns:name`); undefined for a Group subject. */
  readonly username: string | undefined;
  /** Groups a request carries (a Group subject: itself; a ServiceAccount: `system:serviceaccounts`, `system:serviceaccounts:<ns>`). */
  readonly groups: readonly string[];
  /** `name` of every ClusterRole bound to the subject in scope. */
  readonly clusterRoles: ReadonlySet<string>;
  /** `namespace:name` of every Role bound to the subject in scope. */
  readonly roles: ReadonlySet<string>;
}

/** One namespace filter: names (include), excluded names, a namespace label selector; compiled once. */
export interface NamespaceFilter {
  readonly names: readonly Wildcard[] | undefined;
  readonly excluded: readonly Wildcard[] | undefined;
  readonly selector: LabelSelector | 'invalid' | undefined;
  /** `Constraint/k8spspprivileged`: whose filter, for messages. */
  readonly owner: string;
}

const stringList = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;

/** A filter from manifest values as written (lists of patterns, a label selector); anything else is ignored. */
export const namespaceFilter = (names: unknown, excluded: unknown, selector: unknown, owner: string): NamespaceFilter => {
  const read = selector === undefined ? undefined : readLabelSelector(selector);
  return {
    names: stringList(names)?.map(wildcard),
    excluded: stringList(excluded)?.map(wildcard),
    selector: read === undefined ? undefined : read.ok ? read.selector : 'invalid',
    owner,
  };
};

/** Does a filter narrow anything (names to include or a selector with requirements)? */
export const filterNarrows = (filter: NamespaceFilter): boolean =>
  (filter.names?.length ?? 0) > 0 || filter.selector === 'invalid' || (filter.selector !== undefined && filter.selector.requirements.length > 0);

const patterns = (list: readonly Wildcard[]): string => list.map((w) => w.pattern).join(', ');

export const namespaceFilterApplies = (filter: NamespaceFilter, namespace: NamespaceFacts): Applies => {
  const { names, excluded, selector, owner } = filter;
  const name = namespace.name;
  if (names && names.length > 0) {
    if (name === undefined) {
      if (!names.some((w) => w.pattern === '*')) return unknownApplies(`${owner} applies only in namespaces ${patterns(names)}`);
    } else if (!names.some((w) => w.matches(name))) return NO;
  }
  if (excluded && excluded.length > 0) {
    if (name === undefined) return unknownApplies(`${owner} excludes namespaces ${patterns(excluded)}`);
    if (excluded.some((w) => w.matches(name))) return NO;
  }
  if (selector === 'invalid') return unknownApplies(`${owner} has an invalid namespaceSelector`);
  if (selector && selector.requirements.length > 0) {
    if (!namespace.labels) return unknownApplies(`${owner} applies only in namespaces its namespaceSelector selects, and the labels of ${namespace.label} are not in scope`);
    if (!labelSelectorMatches(selector, namespace.labels)) return NO;
  }
  return YES;
};

/** A requester condition: every part it sets must hold; within a part, any entry. */
export interface RequesterFilter {
  /** Subjects by kind and name pattern (and ServiceAccount namespace, when given). */
  readonly subjects?: readonly { readonly kind: string; readonly name: Wildcard; readonly namespace: string | undefined }[];
  readonly usernames?: readonly Wildcard[];
  readonly groups?: readonly Wildcard[];
  readonly clusterRoles?: readonly string[];
  /** `namespace:name`. */
  readonly roles?: readonly string[];
}

export const requesterFilterApplies = (filter: RequesterFilter, requester: Requester): boolean => {
  const { subjects, usernames, groups, clusterRoles, roles } = filter;
  if (
    subjects &&
    !subjects.some(
      (entry) =>
        entry.kind === requester.kind && entry.name.matches(requester.name) && (requester.kind !== 'ServiceAccount' || entry.namespace === undefined || entry.namespace === requester.namespace),
    )
  ) {
    return false;
  }
  if (usernames && !(requester.username !== undefined && usernames.some((w) => w.matches(requester.username as string)))) return false;
  if (groups && !requester.groups.some((group) => groups.some((w) => w.matches(group)))) return false;
  if (clusterRoles && !clusterRoles.some((role) => requester.clusterRoles.has(role))) return false;
  if (roles && !roles.some((role) => requester.roles.has(role))) return false;
  return true;
};

/**
 * A scope in an engine's terms. `all`/`any` of nothing are yes/no. `not` turns yes into no and
 * keeps unknown, said as `why` (an exclusion that may hold).
 */
export type ScopeCondition =
  | { readonly kind: 'everywhere' }
  | { readonly kind: 'namespaces'; readonly filter: NamespaceFilter }
  /** A namespaced policy (Kyverno `Policy`, VAP in a namespace...): only its own namespace. */
  | { readonly kind: 'own-namespace'; readonly namespace: string; readonly owner: string }
  | { readonly kind: 'requester'; readonly filter: RequesterFilter }
  /** Not in namespaces whose manifest carries the label (an engine's opt-out label); yes where labels are not in scope. */
  | { readonly kind: 'unless-labelled'; readonly label: string }
  | { readonly kind: 'all'; readonly of: readonly ScopeCondition[] }
  | { readonly kind: 'any'; readonly of: readonly ScopeCondition[] }
  | { readonly kind: 'not'; readonly of: ScopeCondition; readonly why: string }
  /** The analyzer could not tell where it applies (e.g. only to pods with some labels). */
  | { readonly kind: 'unknown'; readonly why: string };

/** Where a policy (or an engine's installation) applies, and where its analyzer read that. */
export interface PolicyScope {
  readonly where: ScopeCondition;
  readonly at: SourceRef;
}

export const EVERYWHERE: ScopeCondition = { kind: 'everywhere' };

/**
 * Where a namespaced policy (Kyverno `Policy`, `NamespacedValidatingPolicy`...) applies: its own
 * namespace only. When its files name none, it is the namespace it is applied to (`kubectl -n`, a
 * deploy tool's default), which the files do not say: unknown, never everywhere.
 */
export const ownNamespace = (namespace: string | undefined, owner: string): ScopeCondition =>
  namespace !== undefined && namespace !== ''
    ? { kind: 'own-namespace', namespace, owner }
    : { kind: 'unknown', why: `${owner} is namespaced and names no namespace: it applies only in the namespace it is applied to, which the files do not say` };

export const scopeApplies = (condition: ScopeCondition, namespace: NamespaceFacts, requester: Requester): Applies => {
  switch (condition.kind) {
    case 'everywhere':
      return YES;
    case 'namespaces':
      return namespaceFilterApplies(condition.filter, namespace);
    case 'own-namespace':
      if (namespace.name === undefined) return unknownApplies(`${condition.owner} applies only in namespace ${condition.namespace}`);
      return namespace.name === condition.namespace ? YES : NO;
    case 'requester':
      return requesterFilterApplies(condition.filter, requester) ? YES : NO;
    case 'unless-labelled':
      return namespace.labels?.has(condition.label) ? NO : YES;
    case 'all':
      return allOf(condition.of.map((inner) => scopeApplies(inner, namespace, requester)));
    case 'any':
      return anyOf(condition.of.map((inner) => scopeApplies(inner, namespace, requester)));
    case 'not': {
      const inner = scopeApplies(condition.of, namespace, requester);
      return inner.result === 'yes' ? NO : inner.result === 'no' ? YES : unknownApplies(condition.why);
    }
    case 'unknown':
      return unknownApplies(condition.why);
  }
};

/** Does a condition depend on who sends the request (so namespaces alone cannot decide it)? */
export const dependsOnRequester = (condition: ScopeCondition): boolean => {
  switch (condition.kind) {
    case 'requester':
      return true;
    case 'all':
    case 'any':
      return condition.of.some(dependsOnRequester);
    case 'not':
      return dependsOnRequester(condition.of);
    default:
      return false;
  }
};

/**
 * What one engine's installation leaves out for all its policies (Kyverno's ConfigMap
 * resourceFilters and excluded requesters, Gatekeeper's Config and webhook namespaceSelector),
 * read from the engine's own folder. It narrows every policy of `engines`.
 */
export interface InstallationFact {
  readonly engines: readonly Engine[];
  readonly where: ScopeCondition;
  /** The object it was read from; undefined when the engine's defaults are assumed. */
  readonly at: SourceRef | undefined;
}
