/**
 * Admission rule matching, as k8s.io/apiserver `pkg/admission/plugin/webhook/predicates/rules`
 * (`Matcher.Matches`) does it. One matcher serves webhook `rules`, ValidatingAdmissionPolicy /
 * MutatingAdmissionPolicy `matchConstraints.resourceRules` and `excludeResourceRules`, and the
 * tools that copy that shape (Kyverno CEL policies, Kubewarden, jsPolicy).
 *
 * Rules arrive straight from parsed YAML, so every field is `unknown` here: a field of the wrong
 * type is one the API server would refuse to store, so it matches nothing (never a throw).
 */

export type AdmissionOperation = 'CREATE' | 'UPDATE' | 'DELETE' | 'CONNECT';

/** The parts of an admission request (`admission.Attributes`) that rules look at. */
export interface AdmissionRequestShape {
  readonly operation: AdmissionOperation;
  readonly group: string;
  readonly version: string;
  readonly resource: string;
  /** `''` for the main resource. */
  readonly subresource: string;
  /** Whether the request carries a namespace (`GetNamespace() != ""`). */
  readonly namespaced: boolean;
  /** The object's name; `undefined` stands for "any name" (rules with `resourceNames` miss it). */
  readonly name?: string;
}

/** What `kubectl debug` sends (PATCH) and client-go's `UpdateEphemeralContainers` (PUT). */
export const EPHEMERAL_CONTAINERS_UPDATE: AdmissionRequestShape = Object.freeze({
  operation: 'UPDATE',
  group: '',
  version: 'v1',
  resource: 'pods',
  subresource: 'ephemeralcontainers',
  namespaced: true,
});

/** Creating a Pod: what policies written for Pods are usually tested with. */
export const POD_CREATE: AdmissionRequestShape = Object.freeze({
  operation: 'CREATE',
  group: '',
  version: 'v1',
  resource: 'pods',
  subresource: '',
  namespaced: true,
});

export type AdmissionRuleField =
  | 'apiGroups'
  | 'apiVersions'
  | 'resources'
  | 'operations'
  | 'scope'
  | 'resourceNames';

/** Upstream's `exactOrWildcard`: some entry is `*` or equals the requested value. */
function exactOrWildcard(items: unknown, requested: string): boolean {
  if (!Array.isArray(items)) return false;
  return items.some((item) => item === '*' || item === requested);
}

/**
 * `scope`: absent (defaulted to `*`) matches all; `Namespaced` needs a namespace and not the
 * Namespace object itself; `Cluster` the reverse; any other value matches nothing.
 */
function scopeMatches(scope: unknown, request: AdmissionRequestShape): boolean {
  if (scope === undefined || scope === null || scope === '*') return true;
  const isNamespaceObject =
    request.group === '' && request.version === 'v1' && request.resource === 'namespaces';
  if (scope === 'Namespaced') return !isNamespaceObject && request.namespaced;
  if (scope === 'Cluster') return isNamespaceObject || !request.namespaced;
  return false;
}

/**
 * One `resources` entry, split at the first `/` (`strings.SplitN(s, "/", 2)`): each half is
 * `*` or must equal the request's resource / subresource, and a missing half means the main
 * resource. So `*` and `pods` never match a subresource; `pods/*` matches every Pod subresource,
 * and a `*` on both sides every subresource of everything.
 */
function resourceEntryMatches(entry: unknown, request: AdmissionRequestShape): boolean {
  if (typeof entry !== 'string') return false;
  const slash = entry.indexOf('/');
  const resource = slash === -1 ? entry : entry.slice(0, slash);
  const subresource = slash === -1 ? '' : entry.slice(slash + 1);
  return (
    (resource === '*' || resource === request.resource) &&
    (subresource === '*' || subresource === request.subresource)
  );
}

function resourcesMatch(resources: unknown, request: AdmissionRequestShape): boolean {
  return Array.isArray(resources) && resources.some((entry) => resourceEntryMatches(entry, request));
}

/**
 * `resourceNames` (ValidatingAdmissionPolicy's NamedRuleWithOperations): empty or absent matches
 * every name; otherwise only the listed names, so never "any name".
 */
function resourceNamesMatch(resourceNames: unknown, request: AdmissionRequestShape): boolean {
  if (resourceNames === undefined || resourceNames === null) return true;
  if (!Array.isArray(resourceNames)) return false;
  if (resourceNames.length === 0) return true;
  return request.name !== undefined && resourceNames.includes(request.name);
}

function fieldOf(rule: unknown, field: string): unknown {
  return typeof rule === 'object' && rule !== null && !Array.isArray(rule)
    ? (rule as Record<string, unknown>)[field]
    : undefined;
}

/** Whether one rule matches the request: scope, operation, group, version, resource, name. */
export function admissionRuleMatches(rule: unknown, request: AdmissionRequestShape): boolean {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return false;
  return (
    scopeMatches(fieldOf(rule, 'scope'), request) &&
    exactOrWildcard(fieldOf(rule, 'operations'), request.operation) &&
    exactOrWildcard(fieldOf(rule, 'apiGroups'), request.group) &&
    exactOrWildcard(fieldOf(rule, 'apiVersions'), request.version) &&
    resourcesMatch(fieldOf(rule, 'resources'), request) &&
    resourceNamesMatch(fieldOf(rule, 'resourceNames'), request)
  );
}

/**
 * Whether a rule list routes the request: some rule matches and no exclude rule does
 * (policy/matching `matching.go`: excludes are checked first and win). An empty or missing
 * `rules` list matches nothing, as for webhooks and a policy's `matchConstraints` (where the API
 * server requires at least one rule); a *binding's* `matchResources` without `resourceRules`
 * matches everything, which the caller decides before calling this. `matchPolicy: Equivalent`
 * is not modelled: core v1 Pods have no equivalent resource in another group or version.
 */
export function admissionRulesMatch(
  rules: unknown,
  excludeRules: unknown,
  request: AdmissionRequestShape,
): boolean {
  if (!Array.isArray(rules) || !rules.some((rule) => admissionRuleMatches(rule, request))) return false;
  return !(Array.isArray(excludeRules) && excludeRules.some((rule) => admissionRuleMatches(rule, request)));
}

/** One reason a rule list does not route `pods/ephemeralcontainers`, where to point at it. */
export interface SubresourceMiss {
  /** `rules` for the matching list, `excludeRules` for an exclusion that removes the request. */
  readonly list: 'rules' | 'excludeRules';
  /** Index of the rule in its list. */
  readonly ruleIndex: number;
  readonly field: AdmissionRuleField;
  /** Index within the field's list of the entry to point at (e.g. the `pods` resource). */
  readonly entryIndex?: number;
  /** Why, in a short sentence fragment for messages. */
  readonly reason: string;
}

/**
 * Why rules that are about Pods never receive the ephemeral-container write (an UPDATE of
 * `pods/ephemeralcontainers`): for every rule that names Pods (a `pods...` resource, or `*` in
 * the core group), each field that rejects the request. Empty when the rules do route it, or
 * when no rule is about Pods. When the rules match but an exclude rule removes the request, the
 * misses point at the exclude rule.
 */
export function explainSubresourceMiss(rules: unknown, excludeRules?: unknown): SubresourceMiss[] {
  const request = EPHEMERAL_CONTAINERS_UPDATE;
  if (!Array.isArray(rules)) return [];
  if (rules.some((rule) => admissionRuleMatches(rule, request))) {
    return exclusionsOf(excludeRules, request);
  }
  const misses: SubresourceMiss[] = [];
  rules.forEach((rule, ruleIndex) => {
    if (!isAboutPods(rule)) return;
    for (const miss of fieldMisses(rule, request)) misses.push({ list: 'rules', ruleIndex, ...miss });
  });
  return misses;
}

/**
 * A rule meant for Pod objects: a resource entry for the Pod itself or the subresource (`pods`,
 * `pods/*`, `pods/ephemeralcontainers`), or the same with `*` as resource in the core group.
 * Rules only for other subresources (`pods/exec`, `pods/status`) are about something else.
 */
function isAboutPods(rule: unknown): boolean {
  const resources = fieldOf(rule, 'resources');
  if (!Array.isArray(resources)) return false;
  const inCoreGroup = exactOrWildcard(fieldOf(rule, 'apiGroups'), '');
  return resources.some((entry) => {
    if (typeof entry !== 'string') return false;
    const slash = entry.indexOf('/');
    const resource = slash === -1 ? entry : entry.slice(0, slash);
    const subresource = slash === -1 ? '' : entry.slice(slash + 1);
    const podOrSubresource = subresource === '' || subresource === '*' || subresource === 'ephemeralcontainers';
    return podOrSubresource && (resource === 'pods' || (resource === '*' && inCoreGroup));
  });
}

type FieldMiss = Omit<SubresourceMiss, 'list' | 'ruleIndex'>;

function fieldMisses(rule: unknown, request: AdmissionRequestShape): FieldMiss[] {
  const misses: FieldMiss[] = [];
  const scope = fieldOf(rule, 'scope');
  if (!scopeMatches(scope, request)) {
    misses.push({ field: 'scope', reason: `scope ${JSON.stringify(scope)} excludes namespaced Pods` });
  }
  const operations = fieldOf(rule, 'operations');
  if (!exactOrWildcard(operations, request.operation)) {
    misses.push({
      field: 'operations',
      reason: Array.isArray(operations) ? 'operations lists neither UPDATE nor *' : 'operations is not a list',
    });
  }
  const apiGroups = fieldOf(rule, 'apiGroups');
  if (!exactOrWildcard(apiGroups, request.group)) {
    const coreIndex = Array.isArray(apiGroups) ? apiGroups.indexOf('core') : -1;
    misses.push({
      field: 'apiGroups',
      ...(coreIndex === -1 ? {} : { entryIndex: coreIndex }),
      reason: !Array.isArray(apiGroups)
        ? 'apiGroups is not a list'
        : coreIndex === -1
          ? 'apiGroups lists neither "" (the core group) nor *'
          : 'apiGroups names "core", which matches nothing: the core group is ""',
    });
  }
  const apiVersions = fieldOf(rule, 'apiVersions');
  if (!exactOrWildcard(apiVersions, request.version)) {
    misses.push({
      field: 'apiVersions',
      reason: Array.isArray(apiVersions) ? 'apiVersions lists neither v1 nor *' : 'apiVersions is not a list',
    });
  }
  const resources = fieldOf(rule, 'resources');
  if (!resourcesMatch(resources, request)) {
    misses.push(resourcesMiss(resources));
  }
  const resourceNames = fieldOf(rule, 'resourceNames');
  if (!resourceNamesMatch(resourceNames, request)) {
    misses.push({ field: 'resourceNames', reason: 'resourceNames limits the rule to the Pods it names' });
  }
  return misses;
}

/** Point at the entry for the Pod itself (`pods`, `*`): it shows the intent, and the fix goes beside it. */
function resourcesMiss(resources: unknown): FieldMiss {
  if (!Array.isArray(resources)) return { field: 'resources', reason: 'resources is not a list' };
  const podEntry = { ...EPHEMERAL_CONTAINERS_UPDATE, subresource: '' };
  const mainIndex = resources.findIndex((entry) => resourceEntryMatches(entry, podEntry));
  if (mainIndex === -1) {
    return { field: 'resources', reason: 'resources does not list pods/ephemeralcontainers' };
  }
  return {
    field: 'resources',
    entryIndex: mainIndex,
    reason: `"${String(resources[mainIndex])}" matches only the main resource, not the pods/ephemeralcontainers subresource`,
  };
}

function exclusionsOf(excludeRules: unknown, request: AdmissionRequestShape): SubresourceMiss[] {
  if (!Array.isArray(excludeRules)) return [];
  const misses: SubresourceMiss[] = [];
  excludeRules.forEach((rule, ruleIndex) => {
    if (!admissionRuleMatches(rule, request)) return;
    const resources = fieldOf(rule, 'resources');
    const entryIndex = Array.isArray(resources)
      ? resources.findIndex((entry) => resourceEntryMatches(entry, request))
      : -1;
    misses.push({
      list: 'excludeRules',
      ruleIndex,
      field: 'resources',
      ...(entryIndex === -1 ? {} : { entryIndex }),
      reason: 'an exclude rule removes pods/ephemeralcontainers',
    });
  });
  return misses;
}
