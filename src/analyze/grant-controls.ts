/**
 * The guard join (EG108, EG301, the access table): for each subject that can add ephemeral
 * containers, and each namespace it can do so in, is there a control in scope that would deny a
 * *privileged* ephemeral container there? Run once, in the analyze stage (`Facts.guards`).
 *
 * Three kinds of control count:
 * - Pod Security Admission `enforce` baseline or restricted on the namespace
 *   (`podSecurityEnforceLevel`: exemption, label, AdmissionConfiguration default), or declared
 *   in the config (`assume.podSecurity`). PSA re-checks the whole Pod on
 *   `pods/ephemeralcontainers` (DOMAIN.md section 3).
 * - A covered policy that denies at admission (`enforces: yes`) and checks
 *   `securityContext.privileged`, or runs the Pod Security Standards at baseline or restricted
 *   without excluding their Privileged Containers control (Kyverno `podSecurity`).
 * - A covered policy that controls ephemeral containers themselves (`blocksEphemeralContainers`).
 * A policy counts where its scope (written by its engine's analyzer) and its engine
 * installation's exclusions (`Facts.installations`) both apply. What cannot be decided (a
 * selector on a namespace whose labels are not in scope, an unknown enforcement, a fact without
 * a scope) is not counted: the policy is listed as uncertain and the message says so. A false
 * "guarded" is worse than a finding. Registry, label or resource policies guard nothing here.
 */
import { assumedEnforceLevel, type ScanSettings } from '../model/settings.ts';
import { readLabels } from '../model/label-selector.ts';
import { scopeApplies, type Applies, type NamespaceFacts, type Requester, type RequesterFilter, type ScopeCondition } from '../model/policy-scope.ts';
import {
  deniesPrivilegedContainers,
  podSecurityConfigs,
  podSecurityEnforceLevel,
  type PodSecurityConfig,
  type PodSecurityLevel,
} from '../model/pod-security.ts';
import type { NodeRef } from '../model/source-ref.ts';
import type { K8sObject, Workspace } from '../model/workspace.ts';
import type { AccessGraph, Binding, BoundSubject, EphemeralAccess } from './access.ts';
import type { CoverageFact } from './coverage.ts';
import type { InstallationFact } from '../model/policy-scope.ts';
import { policyText } from '../model/object-ref.ts';

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

export interface GrantControls {
  /** One entry per grant, in grant order; a cluster-wide grant's targets are every namespace in scope, then "any other". */
  readonly guarded: readonly GuardedAccess[];
  /** Namespaces in scope, sorted: Namespace manifests and namespaces named in `assume.podSecurity`. */
  readonly namespaces: readonly string[];
  readonly podSecurityConfigs: readonly PodSecurityConfig[];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What the join reads: no YAML beyond Namespace labels and Pod Security configuration. */
export interface GuardInputs {
  readonly workspace: Workspace;
  readonly coverage: readonly CoverageFact[];
  readonly installations: readonly InstallationFact[];
  readonly access: AccessGraph;
  readonly settings: ScanSettings;
}

/** A policy that would deny a privileged ephemeral container where it applies, with where that is. */
interface Candidate {
  readonly fact: CoverageFact;
  readonly control: GuardControl;
  /** The policy's scope and its installations' exclusions; `undefined` with `why` when it cannot count. */
  readonly where: ScopeCondition | undefined;
  readonly why: string | undefined;
}

/**
 * Would this fact deny a privileged ephemeral container where it applies? `no` for a policy that
 * checks something else or never denies; `unknown` (with why) when that cannot be told.
 */
const deniesPrivilegedEphemeral = (fact: CoverageFact): Applies => {
  // A namespace's Pod Security level is judged from the namespace (podSecurityEnforceLevel); a
  // PodSecurityPolicy never receives the subresource, so it is never covered.
  if (fact.namespaceLevel !== undefined || fact.verdict !== 'covered') return { result: 'no' };
  const standard = fact.podSecurityStandard;
  const checksPrivileged =
    // Only a control that blocks every ephemeral container denies a privileged one; "allows only
    // approved images" or "only in some namespaces" lets a privileged one through the gap.
    (fact.blocksEphemeralContainers !== undefined && (fact.blocksEphemeralContainers.scope ?? 'all') === 'all') ||
    // Baseline and restricted both hold the Privileged Containers control, unless it is excluded.
    (standard !== undefined && deniesPrivilegedContainers(standard.level) && !standard.excludedControls.includes(PRIVILEGED_CONTROL)) ||
    fact.checks.some(
      (check) =>
        check.field === 'securityContext.privileged' &&
        (check.role ?? 'check') === 'check' &&
        (check.lists === undefined || check.lists.length === 0 || check.lists.includes('ephemeralContainers')),
    );
  if (!checksPrivileged || fact.enforces === 'no') return { result: 'no' };
  if (fact.enforces === 'unknown') return { result: 'unknown', why: 'whether it denies at admission is not known' };
  return { result: 'yes' };
};

/** The Pod Security Standards control that denies `privileged: true` (Kyverno podSecurity `controlName`). */
const PRIVILEGED_CONTROL = 'Privileged Containers';

const candidatesOf = (coverage: readonly CoverageFact[], installations: readonly InstallationFact[]): Candidate[] =>
  coverage.flatMap((fact): Candidate[] => {
    const denies = deniesPrivilegedEphemeral(fact);
    if (denies.result === 'no') return [];
    const control: GuardControl = { text: policyText(fact), at: fact.policy.at, fact };
    if (denies.result === 'unknown') return [{ fact, control, where: undefined, why: denies.why }];
    // Fail closed: an analyzer that cannot say where its policy applies guards nothing.
    if (!fact.scope) return [{ fact, control, where: undefined, why: 'where it applies is not known' }];
    const exclusions = installations.filter((installation) => installation.engines.includes(fact.engine)).map((installation) => installation.where);
    return [{ fact, control, where: exclusions.length === 0 ? fact.scope.where : { kind: 'all', of: [...exclusions, fact.scope.where] }, why: undefined }];
  });

/** Every requester filter a condition holds, by identity: a requester's answers to them decide its judgments. */
const requesterFiltersOf = (condition: ScopeCondition, into: Set<RequesterFilter>): void => {
  switch (condition.kind) {
    case 'requester':
      into.add(condition.filter);
      return;
    case 'all':
    case 'any':
      for (const inner of condition.of) requesterFiltersOf(inner, into);
      return;
    case 'not':
      requesterFiltersOf(condition.of, into);
      return;
    default:
      return;
  }
};

/**
 * Joins the access graph with the controls in scope. Each (place, requester class) is judged
 * once: requesters that answer every requester filter alike, and share a Pod Security
 * exemption, are judged alike, so the work is places × policies × classes, not × grants.
 */
export const controlsOnGrants = ({ workspace, coverage, installations, access, settings }: GuardInputs): GrantControls => {
  const configs = podSecurityConfigs(workspace);
  const names = new Set<string>();
  for (const namespace of workspace.byKind('Namespace')) if (namespace.name) names.add(namespace.name);
  for (const name of Object.keys(settings.assume.podSecurity?.namespaces ?? {})) names.add(name);
  const namespaces = [...names].sort(compare);
  const candidates = candidatesOf(coverage, installations);
  const filters = new Set<RequesterFilter>();
  for (const candidate of candidates) if (candidate.where) requesterFiltersOf(candidate.where, filters);
  const requesterFilters = [...filters];
  const requesterOf = requesterIndex(access.bindings);

  const namespaceTargets: GuardTarget[] = namespaces.map((namespace) => ({ kind: 'namespace', namespace, object: workspace.find('Namespace', undefined, namespace) }));
  const targetByName = new Map<string, GuardTarget>();
  for (const target of namespaceTargets) if (target.kind === 'namespace') targetByName.set(target.namespace, target);
  const other: GuardTarget = { kind: 'other' };
  const applied: GuardTarget = { kind: 'applied' };
  const clusterTargets = [...namespaceTargets, other];
  const factsOf = new Map<GuardTarget, NamespaceFacts>();
  const namespaceFactsOf = (target: GuardTarget): NamespaceFacts => {
    let found = factsOf.get(target);
    if (!found) factsOf.set(target, (found = namespaceOf(target)));
    return found;
  };
  const podSecurityOf = new Map<GuardTarget, PodSecurityGuard>();
  const basePodSecurity = (target: GuardTarget): PodSecurityGuard => {
    let found = podSecurityOf.get(target);
    if (!found) podSecurityOf.set(target, (found = podSecurityFor(target, workspace, configs, settings)));
    return found;
  };

  // Judgments by requester class, then by target; cluster-wide target lists by class.
  const judged = new Map<string, Map<GuardTarget, TargetGuard>>();
  const clusterLists = new Map<string, readonly TargetGuard[]>();
  const judge = (target: GuardTarget, requester: Requester, exemptUser: NodeRef | undefined, classKey: string): TargetGuard => {
    let byTarget = judged.get(classKey);
    if (!byTarget) judged.set(classKey, (byTarget = new Map()));
    let guard = byTarget.get(target);
    if (!guard) byTarget.set(target, (guard = judgeTarget(target, basePodSecurity(target), exemptUser, namespaceFactsOf(target), requester, candidates)));
    return guard;
  };

  const guarded = access.grants.map((grant): GuardedAccess => {
    const requester = requesterOf(grant.subject);
    const username = requester.username;
    const exemptUser = username === undefined ? undefined : configs.flatMap((config) => config.exemptions.usernames).find((entry) => entry.name === username)?.at;
    const classKey = `${requesterFilters.map((filter) => (requesterFilterMatches(filter, requester) ? '1' : '0')).join('')}:${exemptUser ? 'x' : ''}`;
    if (grant.scope.kind === 'cluster') {
      let targets = clusterLists.get(classKey);
      if (!targets) clusterLists.set(classKey, (targets = clusterTargets.map((target) => judge(target, requester, exemptUser, classKey))));
      return { access: grant, targets };
    }
    const target = grant.scope.namespace === undefined ? applied : (targetByName.get(grant.scope.namespace) ?? { kind: 'namespace', namespace: grant.scope.namespace, object: undefined });
    if (target.kind === 'namespace' && !targetByName.has(target.namespace)) targetByName.set(target.namespace, target);
    return { access: grant, targets: [judge(target, requester, exemptUser, classKey)] };
  });
  return { guarded, namespaces, podSecurityConfigs: configs };
};

const requesterFilterMatches = (filter: RequesterFilter, requester: Requester): boolean =>
  scopeApplies({ kind: 'requester', filter }, UNNAMED, requester).result === 'yes';

const UNNAMED: NamespaceFacts = { name: undefined, labels: undefined, label: '' };

const subjectKey = (subject: Pick<BoundSubject, 'kind' | 'name' | 'namespace'>): string =>
  `${subject.kind}\u0000${subject.kind === 'ServiceAccount' ? (subject.namespace ?? '') : ''}\u0000${subject.name}`;

/** The requester of a subject, with the roles it holds through every binding in scope (as Kyverno's userinfo.GetRoleRef collects them). */
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
  const none = { clusterRoles: new Set<string>(), roles: new Set<string>() };
  return (subject) => ({
    kind: subject.kind,
    name: subject.name,
    namespace: subject.namespace,
    username: usernameOf(subject),
    groups:
      subject.kind === 'Group'
        ? [subject.name]
        : subject.kind === 'ServiceAccount'
          ? ['system:serviceaccounts', `system:serviceaccounts:${subject.namespace ?? ''}`, 'system:authenticated']
          : [],
    ...(held.get(subjectKey(subject)) ?? none),
  });
};

const judgeTarget = (
  target: GuardTarget,
  base: PodSecurityGuard,
  exemptUser: NodeRef | undefined,
  where: NamespaceFacts,
  requester: Requester,
  candidates: readonly Candidate[],
): TargetGuard => {
  const podSecurity = exemptUser ? { ...base, exemptUser } : base;
  const controls: GuardControl[] = [];
  if (deniesPrivilegedContainers(podSecurity.level) && podSecurity.source !== 'exempt' && !podSecurity.exemptUser) {
    controls.push({ text: `Pod Security enforce: ${podSecurity.level} (${sourceWords[podSecurity.source]})`, at: podSecurity.at, fact: undefined });
  }
  const uncertain: { fact: CoverageFact; why: string }[] = [];
  for (const candidate of candidates) {
    if (!candidate.where) {
      uncertain.push({ fact: candidate.fact, why: candidate.why ?? 'where it applies is not known' });
      continue;
    }
    const applies = scopeApplies(candidate.where, where, requester);
    if (applies.result === 'yes') controls.push(candidate.control);
    else if (applies.result === 'unknown') uncertain.push({ fact: candidate.fact, why: applies.why });
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

/** The username a request carries: a User's name, or a ServiceAccount's. */
const usernameOf = (subject: BoundSubject): string | undefined =>
  subject.kind === 'User'
    ? subject.name
    : subject.kind === 'ServiceAccount' && subject.namespace !== undefined
      ? `system:serviceaccount:${subject.namespace}:${subject.name}`
      : undefined;

/**
 * The Pod Security level of a target, before any username exemption. A namespace named in
 * `assume.podSecurity.namespaces` wins (it states what the cluster runs); then what the scanned
 * files say (exemption, label, AdmissionConfiguration default); then
 * `assume.podSecurity.enforce`; else the built-in default, privileged, said as an assumption.
 */
const podSecurityFor = (target: GuardTarget, workspace: Workspace, configs: readonly PodSecurityConfig[], settings: ScanSettings): PodSecurityGuard => {
  const exemptUser = undefined;
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

const namespaceOf = (target: GuardTarget): NamespaceFacts => {
  if (target.kind !== 'namespace') return { name: undefined, labels: undefined, label: target.kind === 'other' ? 'namespaces without a manifest in scope' : 'an unnamed namespace' };
  if (!target.object) return { name: target.namespace, labels: undefined, label: `namespace ${target.namespace}` };
  const labels = readLabels(target.object.body.metadata);
  // The apiserver sets this label on every namespace; selectors may use it.
  labels.set('kubernetes.io/metadata.name', target.namespace);
  return { name: target.namespace, labels, label: `namespace ${target.namespace}` };
};

