/**
 * The whole picture (EG108, EG301, the access table): for each subject that can add ephemeral
 * containers, and each namespace it can do so in, is there a control in scope that would deny a
 * privileged ephemeral container there?
 *
 * Two kinds of control count:
 * - Pod Security Admission `enforce` baseline or restricted on the namespace
 *   (`podSecurityEnforceLevel`: exemption, label, AdmissionConfiguration default), or declared
 *   in the config (`assume.podSecurity`). PSA re-checks the whole Pod on
 *   `pods/ephemeralcontainers` (DOMAIN.md section 3).
 * - A policy whose coverage verdict is `covered` and that does not say it never enforces
 *   (`enforces !== 'no'`), when it applies to the namespace: a namespaced policy (Kyverno
 *   `Policy`, Kubewarden `AdmissionPolicy`) only in its own namespace; a cluster-wide one
 *   everywhere its namespace filters let it (Gatekeeper Constraint `match.namespaces` /
 *   `excludedNamespaces` / `namespaceSelector`, ValidatingAdmissionPolicy `matchConstraints` and
 *   binding `matchResources.namespaceSelector`, Kyverno rule `match` / `exclude` resources).
 *   A filter that cannot be decided for the namespace (a selector on a namespace whose labels are
 *   not in scope, an exclusion list against "any other namespace") is not counted: the policy is
 *   listed as uncertain and the message says so. A false "guarded" is worse than a finding.
 */
import { assumedEnforceLevel, type ScanSettings } from '../config/settings.ts';
import { labelSelectorMatches, readLabels, readLabelSelector, type LabelSelector } from '../model/label-selector.ts';
import {
  deniesPrivilegedContainers,
  podSecurityConfigs,
  podSecurityEnforceLevel,
  type PodSecurityConfig,
  type PodSecurityLevel,
} from '../model/pod-security.ts';
import { objectLabel } from '../model/object-ref.ts';
import type { NodeRef } from '../model/source-ref.ts';
import type { K8sObject, Workspace } from '../model/workspace.ts';
import type { Binding, BoundSubject, EphemeralAccess } from './access.ts';
import type { CoverageFact } from './coverage.ts';
import type { Facts } from './facts.ts';
import { webhookEngine } from './webhooks/index.ts';
import { isRecord } from '../json.ts';
import { pushAll } from '../array.ts';

/** Where one grant lets its subject add ephemeral containers. */
export type GuardTarget =
  /** A namespace by name: the binding's, or one in scope for a cluster-wide grant. */
  | { readonly kind: 'namespace'; readonly namespace: string; readonly object: K8sObject | undefined }
  /** Cluster-wide grants: every namespace without a manifest in scope. */
  | { readonly kind: 'other' }
  /** A RoleBinding without `metadata.namespace`: wherever it is applied. */
  | { readonly kind: 'applied' };

/** The Pod Security `enforce` level that applies to a target, and where it comes from. */
export interface PodSecurityGuard {
  readonly level: PodSecurityLevel;
  readonly source: 'label' | 'config-default' | 'exempt' | 'built-in' | 'assumed-namespace' | 'assumed-default';
  /** The label, the configuration's `defaults.enforce`, or the exemption entry. */
  readonly at: NodeRef | undefined;
  /** What was assumed, in words, when the level was not read from a manifest. */
  readonly assumption: string | undefined;
  /** A PodSecurityConfiguration exempts the subject's username: PSA skips its requests. */
  readonly exemptUser: NodeRef | undefined;
}

export interface GuardControl {
  /** `Pod Security enforce: baseline (label)`, `ClusterPolicy/disallow-privileged (rule privileged)`. */
  readonly text: string;
  readonly at: NodeRef | undefined;
  readonly fact: CoverageFact | undefined;
}

export interface TargetGuard {
  readonly target: GuardTarget;
  readonly podSecurity: PodSecurityGuard;
  /** Controls that deny a privileged ephemeral container there; empty when unguarded. */
  readonly controls: readonly GuardControl[];
  /** Covered policies that may apply there but could not be confirmed (not counted), and why. */
  readonly uncertain: readonly { readonly fact: CoverageFact; readonly why: string }[];
  readonly guarded: boolean;
}

/** One grant with its targets judged. */
export interface GuardedAccess {
  readonly access: EphemeralAccess;
  readonly targets: readonly TargetGuard[];
}

export interface AccessGuards {
  readonly guarded: readonly GuardedAccess[];
  /** Namespaces in scope, sorted: Namespace manifests and namespaces named in `assume.podSecurity`. */
  readonly namespaces: readonly string[];
  readonly podSecurityConfigs: readonly PodSecurityConfig[];
}

const memo = new WeakMap<Facts, AccessGuards>();

/** Joins the access graph with the controls in scope. Computed once per `Facts`. */
export const accessGuards = (facts: Pick<Facts, 'workspace' | 'coverage' | 'access' | 'settings'>): AccessGuards => {
  const cached = memo.get(facts as Facts);
  if (cached) return cached;
  const result = computeGuards(facts);
  memo.set(facts as Facts, result);
  return result;
};

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const computeGuards = ({ workspace, coverage, access, settings }: Pick<Facts, 'workspace' | 'coverage' | 'access' | 'settings'>): AccessGuards => {
  const configs = podSecurityConfigs(workspace);
  const names = new Set<string>();
  for (const namespace of workspace.byKind('Namespace')) if (namespace.name) names.add(namespace.name);
  for (const name of Object.keys(settings.assume.podSecurity?.namespaces ?? {})) names.add(name);
  const namespaces = [...names].sort(compare);
  const exemptions = { gatekeeper: gatekeeperExemptionOf(workspace), kyverno: kyvernoResourceFiltersOf(workspace) };
  const policies = coverage.filter(countsAsControl).map((fact) => ({ fact, reach: reachOf(fact, workspace, exemptions) }));
  const targetOf = (namespace: string): GuardTarget => ({ kind: 'namespace', namespace, object: workspace.find('Namespace', undefined, namespace) });
  const requesterOf = requesterIndex(access.bindings);
  const guarded = access.grants.map((grant): GuardedAccess => {
    const targets: GuardTarget[] =
      grant.scope.kind === 'cluster'
        ? [...namespaces.map(targetOf), { kind: 'other' }]
        : grant.scope.namespace === undefined
          ? [{ kind: 'applied' }]
          : [targetOf(grant.scope.namespace)];
    const requester = requesterOf(grant.subject);
    return { access: grant, targets: targets.map((target) => judgeTarget(target, requester, workspace, configs, settings, policies)) };
  });
  return { guarded, namespaces, podSecurityConfigs: configs };
};

const subjectKey = (subject: Pick<BoundSubject, 'kind' | 'name' | 'namespace'>): string =>
  `${subject.kind}\u0000${subject.kind === 'ServiceAccount' ? (subject.namespace ?? '') : ''}\u0000${subject.name}`;

/** The roles each subject holds through every binding in scope (as Kyverno's userinfo.GetRoleRef collects them). */
const requesterIndex = (bindings: readonly Binding[]): ((subject: BoundSubject) => Requester) => {
  const held = new Map<string, { clusterRoles: Set<string>; roles: Set<string> }>();
  for (const binding of bindings) {
    for (const subject of binding.subjects) {
      const key = subjectKey(subject);
      let entry = held.get(key);
      if (!entry) held.set(key, (entry = { clusterRoles: new Set(), roles: new Set() }));
      if (binding.roleRef.kind === 'ClusterRole') entry.clusterRoles.add(binding.roleRef.name);
      else if (binding.object.namespace) entry.roles.add(`${binding.object.namespace}:${binding.roleRef.name}`);
    }
  }
  return (subject) => ({ subject, clusterRoles: new Set<string>(), roles: new Set<string>(), ...held.get(subjectKey(subject)) });
};

/** PSA facts are read through `podSecurityEnforceLevel`; the rest count when covered and not audit-only. */
const countsAsControl = (fact: CoverageFact): boolean =>
  fact.engine !== 'pod-security' && fact.engine !== 'pod-security-policy' && fact.verdict === 'covered' && fact.enforces !== 'no';

const judgeTarget = (
  target: GuardTarget,
  requester: Requester,
  workspace: Workspace,
  configs: readonly PodSecurityConfig[],
  settings: ScanSettings,
  policies: readonly { fact: CoverageFact; reach: Reach }[],
): TargetGuard => {
  const podSecurity = podSecurityFor(target, requester.subject, workspace, configs, settings);
  const controls: GuardControl[] = [];
  if (deniesPrivilegedContainers(podSecurity.level) && podSecurity.source !== 'exempt' && !podSecurity.exemptUser) {
    controls.push({ text: `Pod Security enforce: ${podSecurity.level} (${sourceWords[podSecurity.source]})`, at: podSecurity.at, fact: undefined });
  }
  const uncertain: { fact: CoverageFact; why: string }[] = [];
  const where = namespaceOf(target);
  for (const { fact, reach } of policies) {
    const applies = reach(where, requester);
    if (applies.result === 'yes') controls.push({ text: policyText(fact), at: fact.policy.at, fact });
    else if (applies.result === 'unknown') uncertain.push({ fact, why: applies.why });
  }
  return { target, podSecurity, controls, uncertain, guarded: controls.length > 0 };
};

const sourceWords: Readonly<Record<PodSecurityGuard['source'], string>> = {
  label: 'namespace label',
  'config-default': 'AdmissionConfiguration default',
  exempt: 'exempted by the AdmissionConfiguration',
  'built-in': 'cluster default',
  'assumed-namespace': 'assumed in the config',
  'assumed-default': 'assumed cluster default in the config',
};

export const policyText = (fact: CoverageFact): string => `${objectLabel(fact.policy)}${fact.rule ? ` (rule ${fact.rule})` : ''}`;

/** The username Pod Security exemptions compare with: a User's name, or a ServiceAccount's. */
const usernameOf = (subject: BoundSubject): string | undefined =>
  subject.kind === 'User'
    ? subject.name
    : subject.kind === 'ServiceAccount' && subject.namespace !== undefined
      ? `system:serviceaccount:${subject.namespace}:${subject.name}`
      : undefined;

/**
 * The Pod Security level of a target. A namespace named in `assume.podSecurity.namespaces` wins
 * (it states what the cluster runs); then what the scanned files say (exemption, label,
 * AdmissionConfiguration default); then `assume.podSecurity.enforce`; else the built-in
 * default, privileged, said as an assumption.
 */
const podSecurityFor = (
  target: GuardTarget,
  subject: BoundSubject,
  workspace: Workspace,
  configs: readonly PodSecurityConfig[],
  settings: ScanSettings,
): PodSecurityGuard => {
  const username = usernameOf(subject);
  const exemptUser = username === undefined ? undefined : configs.flatMap((config) => config.exemptions.usernames).find((entry) => entry.name === username)?.at;
  const assume = settings.assume;
  const name = target.kind === 'namespace' ? target.namespace : undefined;
  if (name !== undefined && Object.hasOwn(assume.podSecurity?.namespaces ?? {}, name)) {
    const level = assumedEnforceLevel(assume, name, undefined) ?? 'privileged';
    return { level, source: 'assumed-namespace', at: undefined, assumption: `the config assumes Pod Security enforce ${level} in namespace ${name}`, exemptUser };
  }
  // A name no namespace can have: only configuration defaults apply to an unnamed target.
  const applied = podSecurityEnforceLevel(workspace, name ?? '', configs);
  if (applied.source !== 'built-in') return { level: applied.level, source: applied.source, at: applied.at, assumption: undefined, exemptUser };
  const assumedDefault = assume.podSecurity?.enforce;
  if (assumedDefault) {
    return { level: assumedDefault, source: 'assumed-default', at: undefined, assumption: `the config assumes Pod Security enforce ${assumedDefault} as the cluster default`, exemptUser };
  }
  const why =
    target.kind === 'namespace'
      ? target.object
        ? `Namespace ${target.namespace} sets no enforce label: assumed the cluster default, privileged`
        : `no Namespace manifest for ${target.namespace} in scope: assumed the cluster default, privileged`
      : 'no Pod Security default in scope: assumed the cluster default, privileged';
  return { level: 'privileged', source: 'built-in', at: undefined, assumption: why, exemptUser };
};

/** What a namespace filter is evaluated against: a name and labels when known. */
interface NamespaceFacts {
  /** `undefined`: any namespace without a manifest ("other"), or the unknown applied namespace. */
  readonly name: string | undefined;
  /** The Namespace's labels (with `kubernetes.io/metadata.name`), when its manifest is in scope. */
  readonly labels: ReadonlyMap<string, string> | undefined;
  readonly label: string;
}

const namespaceOf = (target: GuardTarget): NamespaceFacts => {
  if (target.kind !== 'namespace') return { name: undefined, labels: undefined, label: target.kind === 'other' ? 'namespaces without a manifest in scope' : 'an unnamed namespace' };
  if (!target.object) return { name: target.namespace, labels: undefined, label: `namespace ${target.namespace}` };
  const labels = readLabels(target.object.body.metadata);
  // The apiserver sets this label on every namespace; selectors may use it.
  labels.set('kubernetes.io/metadata.name', target.namespace);
  return { name: target.namespace, labels, label: `namespace ${target.namespace}` };
};

type Applies = { readonly result: 'yes' | 'no' } | { readonly result: 'unknown'; readonly why: string };
/** Who sends the request: the bound subject and the roles all its bindings in scope give it. */
interface Requester {
  readonly subject: BoundSubject;
  /** `name` of every ClusterRole bound to the subject (ClusterRoleBindings, and RoleBindings to a ClusterRole). */
  readonly clusterRoles: ReadonlySet<string>;
  /** `namespace:name` of every Role bound to the subject. */
  readonly roles: ReadonlySet<string>;
}

type Reach = (namespace: NamespaceFacts, requester: Requester) => Applies;

const YES: Applies = { result: 'yes' };
const NO: Applies = { result: 'no' };
const unknown = (why: string): Applies => ({ result: 'unknown', why });

/** `*` and `?` wildcards, as Kyverno's `wildcard.Match` and Gatekeeper's prefix/suffix globs. */
export const namespaceGlobMatches = (pattern: string, name: string): boolean => {
  if (!pattern.includes('*') && !pattern.includes('?')) return pattern === name;
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`).test(name);
};

const stringList = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;

/** One namespace filter: names (include), excluded names, a namespace label selector. */
interface NamespaceFilter {
  readonly names: readonly string[] | undefined;
  readonly excluded: readonly string[] | undefined;
  readonly selector: LabelSelector | 'invalid' | undefined;
  /** `Constraint/k8spspprivileged`: whose filter, for messages. */
  readonly owner: string;
}

const filterOf = (names: unknown, excluded: unknown, selector: unknown, owner: string): NamespaceFilter => {
  const read = selector === undefined ? undefined : readLabelSelector(selector);
  return {
    names: stringList(names),
    excluded: stringList(excluded),
    selector: read === undefined ? undefined : read.ok ? read.selector : 'invalid',
    owner,
  };
};

const applyFilter = (filter: NamespaceFilter, namespace: NamespaceFacts): Applies => {
  const { names, excluded, selector, owner } = filter;
  if (names && names.length > 0) {
    if (namespace.name === undefined) {
      if (!names.includes('*')) return unknown(`${owner} applies only in namespaces ${names.join(', ')}`);
    } else if (!names.some((pattern) => namespaceGlobMatches(pattern, namespace.name as string))) return NO;
  }
  if (excluded && excluded.length > 0) {
    if (namespace.name === undefined) return unknown(`${owner} excludes namespaces ${excluded.join(', ')}`);
    if (excluded.some((pattern) => namespaceGlobMatches(pattern, namespace.name as string))) return NO;
  }
  if (selector === 'invalid') return unknown(`${owner} has an invalid namespaceSelector`);
  if (selector && selector.requirements.length > 0) {
    if (!namespace.labels) return unknown(`${owner} applies only in namespaces its namespaceSelector selects, and the labels of ${namespace.label} are not in scope`);
    if (!labelSelectorMatches(selector, namespace.labels)) return NO;
  }
  return YES;
};

/** Any of the results: yes wins, then unknown, else no. */
const anyOf = (results: readonly Applies[]): Applies => results.find((r) => r.result === 'yes') ?? results.find((r) => r.result === 'unknown') ?? NO;
/** All of the results: no wins, then unknown, else yes. */
const allOf = (results: readonly Applies[]): Applies => results.find((r) => r.result === 'no') ?? results.find((r) => r.result === 'unknown') ?? YES;

const specOf = (object: K8sObject | undefined): Readonly<Record<string, unknown>> => (object && isRecord(object.body.spec) ? object.body.spec : {});

/** The label that keeps Gatekeeper's webhook from being called in a namespace (its namespaceSelector). */
const GATEKEEPER_IGNORE_LABEL = 'admission.gatekeeper.sh/ignore';

/**
 * Namespaces exempt from every Gatekeeper constraint at admission: the Config named `config`
 * (config.gatekeeper.sh) `spec.match[].excludedNamespaces` for processes `*` or `webhook`, and
 * namespaces labelled `admission.gatekeeper.sh/ignore` (the default webhook's namespaceSelector
 * skips them), and what the namespaceSelector of Gatekeeper's validating webhooks in scope leaves
 * out. Source: gatekeeper website/docs/exempt-namespaces.md.
 */
const gatekeeperExemptionOf = (workspace: Workspace): Reach => {
  const excluded: string[] = [];
  let owner = '';
  for (const config of workspace.byKind('Config')) {
    if (!config.apiVersion.startsWith('config.gatekeeper.sh/') || config.name !== 'config') continue;
    for (const entry of Array.isArray(specOf(config).match) ? (specOf(config).match as unknown[]) : []) {
      if (!isRecord(entry)) continue;
      const processes = stringList(entry.processes) ?? [];
      if (!processes.includes('*') && !processes.includes('webhook')) continue;
      pushAll(excluded, (stringList(entry.excludedNamespaces) ?? []));
      owner = objectLabel(config.ref);
    }
  }
  const configFilter = filterOf(undefined, excluded, undefined, owner);
  // The namespaceSelector of Gatekeeper's validating webhooks in scope: the apiserver calls
  // Gatekeeper only in the namespaces it selects (any one webhook that selects a namespace will do).
  const webhookFilters: NamespaceFilter[] = [];
  for (const configuration of workspace.byKind('ValidatingWebhookConfiguration')) {
    const webhooks = Array.isArray(configuration.body.webhooks) ? (configuration.body.webhooks as unknown[]) : [];
    for (const webhook of webhooks) {
      if (!isRecord(webhook) || typeof webhook.name !== 'string') continue;
      if (webhookEngine(configuration.name, webhook.name) !== 'gatekeeper') continue;
      webhookFilters.push(filterOf(undefined, undefined, webhook.namespaceSelector, `${objectLabel(configuration.ref)} webhook ${webhook.name}`));
    }
  }
  return (namespace) => {
    if (namespace.labels?.has(GATEKEEPER_IGNORE_LABEL)) return NO;
    return allOf([
      excluded.length > 0 ? applyFilter(configFilter, namespace) : YES,
      webhookFilters.length > 0 ? anyOf(webhookFilters.map((filter) => applyFilter(filter, namespace))) : YES,
    ]);
  };
};

/** What Kyverno's Helm chart puts in `resourceFilters` for namespaces (charts/kyverno/values.yaml), plus its own namespace. */
const KYVERNO_DEFAULT_FILTERED_NAMESPACES: readonly string[] = ['kube-system', 'kube-public', 'kube-node-lease', 'kyverno'];

/**
 * Namespaces Kyverno never evaluates: its `resourceFilters` entries `[kind,namespace,name]` that
 * cover Pods in a namespace (kind `*`, any kind with any subresource, or `Pod`; any name). Read from the `kyverno`
 * ConfigMap when it is in scope, else Kyverno's defaults, which skip kube-system, kube-public,
 * kube-node-lease and Kyverno's own namespace.
 */
const kyvernoResourceFiltersOf = (workspace: Workspace): Reach => {
  const configMap = workspace.byKind('ConfigMap').find((object) => object.name === 'kyverno' && isRecord(object.body.data));
  const data = configMap && isRecord(configMap.body.data) ? configMap.body.data : undefined;
  // Without the key, the defaults are assumed: more namespaces skipped, fewer guards counted.
  const text = typeof data?.resourceFilters === 'string' ? data.resourceFilters : undefined;
  const excluded =
    text === undefined
      ? KYVERNO_DEFAULT_FILTERED_NAMESPACES
      : [...text.matchAll(/\[([^,\]]*),([^,\]]*),([^\]]*)\]/g)]
          .filter(([, kind, , name]) => ['*', '*/*', 'Pod'].includes((kind ?? '').trim()) && (name ?? '').trim() === '*')
          .map(([, , namespace]) => (namespace ?? '').trim())
          .filter((namespace) => namespace !== '' && namespace !== '*');
  const owner = configMap && text !== undefined ? `Kyverno's resourceFilters (${objectLabel(configMap.ref)})` : "Kyverno's default resourceFilters";
  const filter = filterOf(undefined, excluded, undefined, owner);
  const excludedRequester = kyvernoExcludedRequesters(data);
  return (namespace, requester) => {
    if (excludedRequester(requester)) return NO;
    return excluded.length > 0 ? applyFilter(filter, namespace) : YES;
  };
};

/**
 * Requesters Kyverno lets through unevaluated: the ConfigMap's `excludeGroups` (default
 * `system:nodes`), `excludeUsernames`, `excludeRoles` and `excludeClusterRoles`, comma-separated;
 * a `!` entry re-includes and is not an exclusion.
 */
const kyvernoExcludedRequesters = (data: Readonly<Record<string, unknown>> | undefined): ((requester: Requester) => boolean) => {
  const list = (key: string, fallback: readonly string[]): string[] =>
    (typeof data?.[key] === 'string' ? (data[key] as string).split(',') : data ? [] : [...fallback]).map((entry) => entry.trim()).filter((entry) => entry !== '' && !entry.startsWith('!'));
  const groups = list('excludeGroups', ['system:nodes']);
  const users = list('excludeUsernames', []);
  const roles = list('excludeRoles', []);
  const clusterRoles = list('excludeClusterRoles', []);
  return ({ subject, roles: held, clusterRoles: heldCluster }) => {
    const names =
      subject.kind === 'ServiceAccount'
        ? { user: `system:serviceaccount:${subject.namespace ?? ''}:${subject.name}`, groups: ['system:serviceaccounts', `system:serviceaccounts:${subject.namespace ?? ''}`] }
        : subject.kind === 'Group'
          ? { user: undefined, groups: [subject.name] }
          : { user: subject.name, groups: [] };
    return (
      (names.user !== undefined && users.some((pattern) => namespaceGlobMatches(pattern, names.user as string))) ||
      names.groups.some((group) => groups.some((pattern) => namespaceGlobMatches(pattern, group))) ||
      roles.some((role) => held.has(role)) ||
      clusterRoles.some((role) => heldCluster.has(role))
    );
  };
};

/** Where a covered policy applies. Read once per fact. */
const reachOf = (fact: CoverageFact, workspace: Workspace, exemptions: { readonly gatekeeper: Reach; readonly kyverno: Reach }): Reach => {
  const gatekeeperExemption = exemptions.gatekeeper;
  const policy = workspace.find(fact.policy.kind, fact.policy.namespace, fact.policy.name);
  const own = fact.policy.namespace;
  const inOwnNamespace = (inner: Reach): Reach =>
    own === undefined
      ? inner
      : (namespace, requester) =>
          namespace.name === undefined ? unknown(`${objectLabel(fact.policy)} applies only in namespace ${own}`) : namespace.name === own ? inner(namespace, requester) : NO;
  const activating = (fact.activatedBy ?? []).map((ref) => ({ ref, object: workspace.find(ref.kind, ref.namespace, ref.name) }));
  switch (fact.engine) {
    case 'gatekeeper': {
      // Constraints carry the namespace filters; any one that applies puts the template in force.
      const filters = activating.map(({ ref, object }) => {
        const match = specOf(object).match;
        const m = isRecord(match) ? match : {};
        return filterOf(m.namespaces, m.excludedNamespaces, m.namespaceSelector, objectLabel(ref));
      });
      if (filters.length === 0) return inOwnNamespace(gatekeeperExemption);
      return inOwnNamespace((namespace, requester) => allOf([gatekeeperExemption(namespace, requester), anyOf(filters.map((filter) => applyFilter(filter, namespace)))]));
    }
    case 'validating-admission-policy':
    case 'mutating-admission-policy': {
      const constraints = specOf(policy).matchConstraints;
      const policyFilter = filterOf(undefined, undefined, isRecord(constraints) ? constraints.namespaceSelector : undefined, objectLabel(fact.policy));
      const bindingFilters = activating.map(({ ref, object }) => {
        const resources = specOf(object).matchResources;
        return filterOf(undefined, undefined, isRecord(resources) ? resources.namespaceSelector : undefined, objectLabel(ref));
      });
      return inOwnNamespace((namespace) =>
        allOf([applyFilter(policyFilter, namespace), bindingFilters.length > 0 ? anyOf(bindingFilters.map((filter) => applyFilter(filter, namespace))) : YES]),
      );
    }
    case 'kyverno': {
      const rule = kyvernoReach(policy, fact);
      return inOwnNamespace((namespace, requester) => allOf([exemptions.kyverno(namespace, requester), rule(namespace, requester)]));
    }
    case 'kyverno-cel':
      return inOwnNamespace(exemptions.kyverno);
    case 'kubewarden':
    case 'jspolicy': {
      const spec = specOf(policy);
      return inOwnNamespace((namespace) => applyFilter(filterOf(undefined, undefined, spec.namespaceSelector, objectLabel(fact.policy)), namespace));
    }
    default:
      return inOwnNamespace(() => YES);
  }
};

/** A Kyverno rule's `match` and `exclude` namespace filters (pkg/engine/utils/match.go). */
const kyvernoReach = (policy: K8sObject | undefined, fact: CoverageFact): Reach => {
  const rules = stringKeyed(specOf(policy).rules);
  const rule = rules.find((candidate) => candidate.name === fact.rule) ?? (rules.length === 1 ? rules[0] : undefined);
  if (!rule) return () => YES;
  const owner = policyText(fact);
  interface Block {
    readonly filter: NamespaceFilter;
    /** The block's user conditions (`subjects`, `clusterRoles`, `roles`), when it has any. */
    readonly user?: (requester: Requester) => boolean;
  }
  const blocksOf = (clause: unknown): { mode: 'any' | 'all'; blocks: Block[] } => {
    if (!isRecord(clause)) return { mode: 'any', blocks: [] };
    const toBlock = (block: unknown): Block => {
      const resources = isRecord(block) && isRecord(block.resources) ? block.resources : {};
      const user = isRecord(block) ? kyvernoUserCondition(block) : undefined;
      return { filter: filterOf(resources.namespaces, undefined, resources.namespaceSelector, owner), ...(user ? { user } : {}) };
    };
    if (Array.isArray(clause.any)) return { mode: 'any', blocks: clause.any.map(toBlock) };
    if (Array.isArray(clause.all)) return { mode: 'all', blocks: clause.all.map(toBlock) };
    return { mode: 'any', blocks: [toBlock(clause)] };
  };
  const match = blocksOf(rule.match);
  const exclude = blocksOf(rule.exclude);
  const narrows = (filter: NamespaceFilter): boolean => (filter.names?.length ?? 0) > 0 || filter.selector !== undefined;
  return (namespace, requester) => {
    const results = match.blocks.map((block) => applyFilter(block.filter, namespace));
    const matched = results.length === 0 ? YES : match.mode === 'any' ? anyOf(results) : allOf(results);
    if (matched.result === 'no') return NO;
    // An exclude block that names namespaces or requesters takes them out (conservatively,
    // whatever else it names): the policy does not guard them.
    const excluded = exclude.blocks
      .filter((block) => narrows(block.filter) || block.user)
      .map((block) => allOf([narrows(block.filter) ? applyFilter(block.filter, namespace) : YES, !block.user || block.user(requester) ? YES : NO]));
    if (excluded.some((r) => r.result === 'yes')) return NO;
    if (excluded.some((r) => r.result === 'unknown')) return unknown(`${owner} excludes some namespaces`);
    return matched;
  };
};

/**
 * A Kyverno match/exclude block's user conditions (kyverno pkg/utils/match: subjects by kind and
 * name, with wildcards; `clusterRoles` and `roles` (`namespace:name`) the requester is bound to):
 * every condition the block sets must hold.
 */
const kyvernoUserCondition = (block: Readonly<Record<string, unknown>>): ((requester: Requester) => boolean) | undefined => {
  const subjects = Array.isArray(block.subjects) ? block.subjects.filter(isRecord) : [];
  const clusterRoles = stringList(block.clusterRoles) ?? [];
  const roles = stringList(block.roles) ?? [];
  if (subjects.length === 0 && clusterRoles.length === 0 && roles.length === 0) return undefined;
  return (requester) => {
    const { subject } = requester;
    const subjectMatches =
      subjects.length === 0 ||
      subjects.some(
        (entry) =>
          entry.kind === subject.kind &&
          typeof entry.name === 'string' &&
          namespaceGlobMatches(entry.name, subject.name) &&
          (subject.kind !== 'ServiceAccount' || entry.namespace === undefined || entry.namespace === subject.namespace),
      );
    const clusterRoleMatches = clusterRoles.length === 0 || clusterRoles.some((role) => requester.clusterRoles.has(role));
    const roleMatches = roles.length === 0 || roles.some((role) => requester.roles.has(role));
    return subjectMatches && clusterRoleMatches && roleMatches;
  };
};

const stringKeyed = (value: unknown): { name: unknown; match: unknown; exclude: unknown }[] =>
  Array.isArray(value) ? value.filter(isRecord).map((rule) => ({ name: rule.name, match: rule.match, exclude: rule.exclude })) : [];

/** `Group dev`, target in words: `namespace shop`, `any other namespace`, `the namespace it is applied to`. */
export const targetText = (target: GuardTarget): string =>
  target.kind === 'namespace' ? `namespace ${target.namespace}` : target.kind === 'other' ? 'any other namespace' : 'the namespace the binding is applied to';

/** Whether a target's Pod Security level lets privileged containers in (for EG108). */
export const podSecurityAllowsPrivileged = (guard: TargetGuard): boolean =>
  !deniesPrivilegedContainers(guard.podSecurity.level) || guard.podSecurity.source === 'exempt';

/** Why one unguarded target has no control: what Pod Security does there and what was assumed. */
export const unguardedReason = (guard: TargetGuard): string => {
  const { podSecurity } = guard;
  const where = targetText(guard.target);
  const parts: string[] = [];
  if (podSecurity.exemptUser) parts.push(`a PodSecurityConfiguration exempts this subject's username from Pod Security`);
  else if (podSecurity.source === 'exempt') parts.push(`a PodSecurityConfiguration exempts ${where} from Pod Security`);
  else if (podSecurity.assumption) parts.push(podSecurity.assumption);
  else if (podSecurity.source === 'label') parts.push(`${where} enforces Pod Security privileged`);
  else if (podSecurity.source === 'config-default') parts.push(`the AdmissionConfiguration default for ${where} is privileged`);
  // One line per reason, naming a few of the policies it holds for: a repository can have
  // dozens of policies behind the same filter.
  const byReason = new Map<string, Set<string>>();
  for (const { fact, why } of guard.uncertain) {
    const names = byReason.get(why) ?? new Set<string>();
    names.add(policyText(fact));
    byReason.set(why, names);
  }
  for (const [why, names] of byReason) {
    const listed = [...names];
    const shown = listed.length <= UNCOUNTED_NAMED ? listed.join(', ') : `${listed.slice(0, UNCOUNTED_NAMED).join(', ')} and ${listed.length - UNCOUNTED_NAMED} more`;
    parts.push(`${shown} ${listed.length === 1 ? 'was' : 'were'} not counted (${why})`);
  }
  return parts.join('; ');
};

/** How many policies a reason names before "and N more". */
const UNCOUNTED_NAMED = 3;
