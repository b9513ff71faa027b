/**
 * Kubernetes RBAC rule matching, once. Mirrors kubernetes/kubernetes
 * pkg/apis/rbac/v1/evaluation_helpers.go (VerbMatches, APIGroupMatches, ResourceMatches,
 * ResourceNameMatches) as combined by plugin/pkg/auth/authorizer/rbac/rbac.go (RuleAllows).
 */
import type { NodeRef } from '../source-ref.ts';
import { childRef } from '../source-ref.ts';
import { isRecord } from '../../json.ts';

/** A `rules[]` entry of a Role/ClusterRole, each list aligned with the manifest's indices. */
export interface PolicyRule {
  readonly verbs: readonly string[];
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly resourceNames: readonly string[];
  readonly nonResourceURLs: readonly string[];
}

/** A resource request as the authorizer sees it. `''` stands for "none", as in the apiserver. */
export interface ResourceRequest {
  readonly verb: string;
  readonly apiGroup: string;
  readonly resource: string;
  readonly subresource: string;
  readonly name: string;
}

/** Something in a rule the apiserver would not accept as written (never thrown). */
export interface RuleProblem {
  readonly at: NodeRef;
  readonly message: string;
}

/** Index of the first `verbs` entry that allows `verb` (`*` or exact), or -1. */
export const verbMatchIndex = (rule: PolicyRule, verb: string): number =>
  rule.verbs.findIndex((entry) => entry === '*' || entry === verb);

/** Index of the first `apiGroups` entry that allows `group` (`*` or exact; `""` is core), or -1. */
export const apiGroupMatchIndex = (rule: PolicyRule, group: string): number =>
  rule.apiGroups.findIndex((entry) => entry === '*' || entry === group);

/**
 * Index of the first `resources` entry that allows `resource[/subresource]`, or -1: `*`, the
 * exact combined name, or `*\/<subresource>`. There is no suffix wildcard: `pods/*` matches only a
 * subresource literally named `*`, which no API serves.
 */
export const resourceMatchIndex = (rule: PolicyRule, resource: string, subresource: string): number => {
  const combined = subresource === '' ? resource : `${resource}/${subresource}`;
  return rule.resources.findIndex(
    (entry) => entry === '*' || entry === combined || (subresource !== '' && entry === `*/${subresource}`),
  );
};

/** Empty `resourceNames` allows every name; otherwise only the listed ones (never `''`). */
export const resourceNameMatches = (rule: PolicyRule, name: string): boolean =>
  rule.resourceNames.length === 0 || rule.resourceNames.includes(name);

/** Whether `rule` allows `request`: all four parts must match (RBAC's RuleAllows). */
export const grants = (rule: PolicyRule, request: ResourceRequest): boolean =>
  verbMatchIndex(rule, request.verb) >= 0 &&
  apiGroupMatchIndex(rule, request.apiGroup) >= 0 &&
  resourceMatchIndex(rule, request.resource, request.subresource) >= 0 &&
  resourceNameMatches(rule, request.name);

/**
 * For a request whose object name is not known in advance (which pod, which role): the names the
 * rule allows it for. `'every'` when `resourceNames` is empty, the listed names otherwise, and
 * `undefined` when verb, group or resource does not match. `grants` with any listed name agrees.
 */
export const grantedNames = (
  rule: PolicyRule,
  request: Omit<ResourceRequest, 'name'>,
): 'every' | readonly string[] | undefined => {
  if (verbMatchIndex(rule, request.verb) < 0) return undefined;
  if (apiGroupMatchIndex(rule, request.apiGroup) < 0) return undefined;
  if (resourceMatchIndex(rule, request.resource, request.subresource) < 0) return undefined;
  return rule.resourceNames.length === 0 ? 'every' : rule.resourceNames;
};

const emptyRule: PolicyRule = { verbs: [], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [] };

/**
 * Reads one `rules[]` entry from parsed YAML. Lists keep the manifest's indices so refs built
 * from them point at the right entry. `null` entries decode to `""` (as Go's JSON decoder does);
 * other non-strings make the apiserver reject the object: they are reported and kept as text that
 * matches no real verb, group or resource.
 */
export const readPolicyRule = (value: unknown, at: NodeRef): { rule: PolicyRule; problems: RuleProblem[] } => {
  const problems: RuleProblem[] = [];
  if (!isRecord(value)) {
    problems.push({ at, message: 'An RBAC rule is not a mapping; it is ignored.' });
    return { rule: emptyRule, problems };
  }
  const list = (field: keyof PolicyRule): string[] => {
    const raw = value[field];
    if (raw === undefined || raw === null) return [];
    if (!Array.isArray(raw)) {
      problems.push({ at: childRef(at, field), message: `\`${field}\` is not a list; it is ignored.` });
      return [];
    }
    return raw.map((entry: unknown, index: number) => {
      if (typeof entry === 'string') return entry;
      if (entry === null) return '';
      problems.push({
        at: childRef(at, field, index),
        message: `\`${field}[${index}]\` is not a string; the apiserver would reject this object.`,
      });
      return `<invalid ${typeof entry}>`;
    });
  };
  return {
    rule: {
      verbs: list('verbs'),
      apiGroups: list('apiGroups'),
      resources: list('resources'),
      resourceNames: list('resourceNames'),
      nonResourceURLs: list('nonResourceURLs'),
    },
    problems,
  };
};
