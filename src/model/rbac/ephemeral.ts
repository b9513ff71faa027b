/**
 * What "may add an ephemeral container" means to RBAC (DOMAIN.md section 4): a write to
 * `pods/<name>/ephemeralcontainers` in the core group, PATCH from kubectl debug or PUT from
 * client-go's UpdateEphemeralContainers.
 */
import type { PolicyRule, ResourceRequest } from './policy-rule.ts';
import { apiGroupMatchIndex, grantedNames, resourceMatchIndex, verbMatchIndex } from './policy-rule.ts';

export type EphemeralVerb = 'patch' | 'update';

export const EPHEMERAL_VERBS: readonly EphemeralVerb[] = ['patch', 'update'];

/** The request that adds an ephemeral container to pod `pod`. */
export const ephemeralContainerRequest = (verb: EphemeralVerb, pod: string): ResourceRequest => ({
  verb,
  apiGroup: '',
  resource: 'pods',
  subresource: 'ephemeralcontainers',
  name: pod,
});

/** The two requests for a pod not yet named: `grantedNames` tells which pods. */
const ephemeralRequests = EPHEMERAL_VERBS.map((verb) => ({ verb, apiGroup: '', resource: 'pods', subresource: 'ephemeralcontainers' }));

/** How one rule allows adding ephemeral containers; indices point into the rule's lists. */
export interface EphemeralRuleGrant {
  /** Each allowed verb with the `verbs` entry that allows it (`*` or the verb itself). */
  readonly verbs: readonly { readonly verb: EphemeralVerb; readonly index: number; readonly entry: string }[];
  /** The `resources` entry that matches: `pods/ephemeralcontainers`, `*\/ephemeralcontainers` or `*`. */
  readonly resourceIndex: number;
  readonly resourceEntry: string;
  /** The `apiGroups` entry that matches: `""` or `*`. */
  readonly apiGroupIndex: number;
  readonly apiGroupEntry: string;
  /** `undefined`: every pod. Otherwise only these pod names. */
  readonly resourceNames: readonly string[] | undefined;
}

/** How `rule` allows adding ephemeral containers, or `undefined` when it does not. */
export const explainEphemeralGrant = (rule: PolicyRule): EphemeralRuleGrant | undefined => {
  const verbs: { verb: EphemeralVerb; index: number; entry: string }[] = [];
  let names: 'every' | readonly string[] | undefined;
  for (const request of ephemeralRequests) {
    const verb = request.verb;
    const granted = grantedNames(rule, request);
    if (granted === undefined) continue;
    names = granted;
    const index = verbMatchIndex(rule, verb);
    verbs.push({ verb, index, entry: rule.verbs[index] ?? verb });
  }
  if (verbs.length === 0 || names === undefined) return undefined;
  const resourceIndex = resourceMatchIndex(rule, 'pods', 'ephemeralcontainers');
  const apiGroupIndex = apiGroupMatchIndex(rule, '');
  return {
    verbs,
    resourceIndex,
    resourceEntry: rule.resources[resourceIndex] ?? '',
    apiGroupIndex,
    apiGroupEntry: rule.apiGroups[apiGroupIndex] ?? '',
    resourceNames: names === 'every' ? undefined : names,
  };
};

/** Why a rule that looks like it is about ephemeral containers grants nothing for them. */
export type EphemeralLookalikeKind =
  /** `pods/*`: RBAC has no suffix wildcard (admission rules do; RBAC does not). */
  | 'pods-subresource-wildcard'
  /** `*\/*`: matches only a subresource literally named `*`. */
  | 'double-wildcard'
  /** `ephemeralcontainers` alone names a top-level resource that does not exist. */
  | 'bare-subresource'
  /** apiGroup `core`: the core group is `""`; no group is called `core`. */
  | 'core-api-group'
  /** The subresource with a write-looking verb that never carries the write (`create`, `delete`...). */
  | 'wrong-verb';

export interface EphemeralLookalike {
  readonly kind: EphemeralLookalikeKind;
  /** Which list of the rule holds the entry, and its index there. */
  readonly field: 'resources' | 'apiGroups' | 'verbs';
  readonly index: number;
  readonly entry: string;
}

/** Verbs that only read: on the subresource they are a reader's grant, not a mistaken write. */
const READ_VERBS: ReadonlySet<string> = new Set(['get', 'list', 'watch']);

const lookalikeResources: ReadonlyMap<string, EphemeralLookalikeKind> = new Map([
  ['pods/*', 'pods-subresource-wildcard'],
  ['*/*', 'double-wildcard'],
  ['ephemeralcontainers', 'bare-subresource'],
]);

/**
 * Entries of a rule that grants neither verb on `pods/ephemeralcontainers` but reads as if it
 * did (EG204). Empty for a rule that grants, and for rules unrelated to the subresource.
 */
export const ephemeralLookalikes = (rule: PolicyRule): EphemeralLookalike[] => {
  if (explainEphemeralGrant(rule) !== undefined) return [];
  const found: EphemeralLookalike[] = [];
  rule.resources.forEach((entry, index) => {
    const kind = lookalikeResources.get(entry);
    if (kind) found.push({ kind, field: 'resources', index, entry });
  });
  const resourceIndex = resourceMatchIndex(rule, 'pods', 'ephemeralcontainers');
  if (resourceIndex < 0) return found;
  const groupIndex = apiGroupMatchIndex(rule, '');
  if (groupIndex < 0) {
    const coreIndex = rule.apiGroups.indexOf('core');
    if (coreIndex >= 0) found.push({ kind: 'core-api-group', field: 'apiGroups', index: coreIndex, entry: 'core' });
    return found;
  }
  // Only an explicit mention of the subresource reads as intent to add one; `*` with `get` is a
  // reader role. Read verbs on the subresource read it (GET returns the Pod) and say so: only a
  // verb that reads as a write (`create`, `delete`...) is the lookalike.
  const explicit = rule.resources.some((entry) => entry === 'pods/ephemeralcontainers' || entry === '*/ephemeralcontainers');
  const writeIndex = rule.verbs.findIndex((verb) => !READ_VERBS.has(verb));
  if (explicit && writeIndex >= 0) {
    found.push({ kind: 'wrong-verb', field: 'verbs', index: writeIndex, entry: rule.verbs[writeIndex] ?? '' });
  }
  return found;
};
