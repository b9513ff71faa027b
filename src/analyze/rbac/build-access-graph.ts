/**
 * Resolves bindings as the apiserver's RBAC authorizer does (kubernetes/kubernetes
 * pkg/registry/rbac/validation/rule.go: VisitRulesFor, GetRoleReferenceRules, appliesToUser):
 * a ClusterRoleBinding applies cluster-wide; a RoleBinding only in its namespace, even with a
 * ClusterRole roleRef; a Role roleRef is looked up in the binding's namespace; a ServiceAccount
 * subject without namespace takes the RoleBinding's.
 */
import type {
  AccessGraph,
  AccessScope,
  Binding,
  BoundSubject,
  EphemeralAccess,
  EscalationAccess,
  EscalationRule,
  RoleEphemeralGrant,
  RuleLookalike,
  SubjectKind,
  UnresolvedBinding,
} from '../access.ts';
import type { EphemeralRuleGrant, EphemeralVerb } from '../../model/rbac/ephemeral.ts';
import type { EscalationRuleGrant } from '../../model/rbac/escalation.ts';
import type { PolicyRule, RuleProblem } from '../../model/rbac/policy-rule.ts';
import { EPHEMERAL_VERBS, explainEphemeralGrant, ephemeralLookalikes } from '../../model/rbac/ephemeral.ts';
import { escalationPrimitives } from '../../model/rbac/escalation.ts';
import type { EffectiveRole, RoleSet } from '../../model/rbac/roles.ts';
import { buildRoleSet } from '../../model/rbac/roles.ts';
import { childRef } from '../../model/source-ref.ts';
import type { K8sObject, Workspace } from '../../model/workspace.ts';
import { lowerBreadth, subjectBreadth } from './breadth.ts';
import { isRecord } from '../../json.ts';
import { pushAll } from '../../array.ts';

export interface AccessGraphOptions {
  /**
   * Roles that exist outside the scanned files (installed by a chart, a cloud provider...):
   * bindings to them are recorded as `external`, not `missing`. An entry matches a roleRef by
   * `name`, `Kind/name`, or for a Role `Role/namespace/name`.
   */
  readonly externalRoles?: readonly string[];
}

const subjectKinds: ReadonlySet<string> = new Set(['User', 'Group', 'ServiceAccount']);

/** Builds the access graph of a workspace. Never throws on malformed RBAC: it records problems. */
export const buildAccessGraph = (workspace: Workspace, options: AccessGraphOptions = {}): AccessGraph => {
  const roleSet = buildRoleSet(workspace);
  const problems: RuleProblem[] = [...roleSet.problems];
  const external = new Set(options.externalRoles ?? []);

  const ephemeralByRole = new Map<EffectiveRole, RoleEphemeralSummary>();
  const escalationsByRole = new Map<EffectiveRole, { cluster: EscalationRule[]; namespace: EscalationRule[] }>();
  const roleGrants: RoleEphemeralGrant[] = [];
  const lookalikes: RuleLookalike[] = [];
  // Aggregated roles share written rules: judge each written rule once.
  const judged = new Map<PolicyRule, { grant: EphemeralRuleGrant | undefined; primitives: EscalationRuleGrant[] }>();
  const judge = (rule: PolicyRule) => {
    let judgment = judged.get(rule);
    if (!judgment) judged.set(rule, (judgment = { grant: explainEphemeralGrant(rule), primitives: escalationPrimitives(rule) }));
    return judgment;
  };
  for (const role of roleSet.roles) {
    const rules: RoleEphemeralGrant[] = [];
    const cluster: EscalationRule[] = [];
    for (const rule of role.rules) {
      const { grant, primitives } = judge(rule.rule);
      if (grant) rules.push({ role, rule, grant, resourceAt: rule.at && childRef(rule.at, 'resources', grant.resourceIndex) });
      for (const primitive of primitives) {
        cluster.push({ rule, primitive, resourceAt: rule.at && childRef(rule.at, 'resources', primitive.resourceIndex) });
      }
    }
    pushAll(roleGrants, rules);
    if (rules.length > 0) ephemeralByRole.set(role, summarize(rules));
    // A RoleBinding is consulted only for requests in its namespace: cluster-scoped targets are out of reach.
    if (cluster.length > 0) escalationsByRole.set(role, { cluster, namespace: cluster.filter((held) => !held.primitive.clusterScoped) });
    for (const rule of role.writtenRules) {
      if (!rule.at) continue;
      for (const lookalike of ephemeralLookalikes(rule.rule)) {
        lookalikes.push({ role, rule, lookalike, at: childRef(rule.at, lookalike.field, lookalike.index) });
      }
    }
  }

  const bindings: Binding[] = [];
  const grants: EphemeralAccess[] = [];
  const escalations: EscalationAccess[] = [];
  const unresolvedBindings: UnresolvedBinding[] = [];
  const bindingObjects = [
    ...workspace.byKind('ClusterRoleBinding').map((object) => ({ object, kind: 'ClusterRoleBinding' as const })),
    ...workspace.byKind('RoleBinding').map((object) => ({ object, kind: 'RoleBinding' as const })),
  ];
  for (const { object, kind } of bindingObjects) {
    const binding = readBinding(object, kind, problems);
    if (!binding) continue;
    bindings.push(binding);
    const resolved = resolveRoleRef(binding, roleSet, problems);
    if (resolved === undefined) continue;
    if (resolved.roles.length === 0) {
      unresolvedBindings.push({ binding, reason: isExternal(binding, external) ? 'external' : 'missing' });
      continue;
    }
    const scope = binding.scope;
    for (const role of resolved.roles) {
      const ephemeral = ephemeralByRole.get(role);
      const held = escalationsByRole.get(role);
      const primitives = held && (scope.kind === 'cluster' ? held.cluster : held.namespace);
      for (const subject of binding.subjects) {
        const baseBreadth = subject.breadth;
        const chain = { binding, subject, scope, role, roleMatchAssumed: resolved.assumed, baseBreadth };
        if (ephemeral) {
          const breadth = ephemeral.resourceNames ? lowerBreadth(baseBreadth) : baseBreadth;
          grants.push({ ...chain, breadth, rules: ephemeral.rules, verbs: ephemeral.verbs, resourceNames: ephemeral.resourceNames });
        }
        if (primitives && primitives.length > 0) {
          const limited = primitives.every((primitive) => primitive.primitive.resourceNames !== undefined);
          escalations.push({ ...chain, breadth: limited ? lowerBreadth(baseBreadth) : baseBreadth, primitives });
        }
      }
    }
  }

  return { roles: roleSet.roles, bindings, roleGrants, grants, escalations, lookalikes, unresolvedBindings, problems };
};

interface RoleEphemeralSummary {
  readonly rules: readonly RoleEphemeralGrant[];
  readonly verbs: readonly EphemeralVerb[];
  readonly resourceNames: readonly string[] | undefined;
}

/** What a role's granting rules add up to: any rule without `resourceNames` opens every pod. */
const summarize = (rules: readonly RoleEphemeralGrant[]): RoleEphemeralSummary => {
  const verbs = new Set<EphemeralVerb>();
  const names = new Set<string>();
  let everyPod = false;
  for (const { grant } of rules) {
    for (const { verb } of grant.verbs) verbs.add(verb);
    if (grant.resourceNames) for (const name of grant.resourceNames) names.add(name);
    else everyPod = true;
  }
  return { rules, verbs: EPHEMERAL_VERBS.filter((verb) => verbs.has(verb)), resourceNames: everyPod ? undefined : [...names] };
};

const isExternal = (binding: Binding, external: ReadonlySet<string>): boolean => {
  const { kind, name } = binding.roleRef;
  const namespace = binding.scope.kind === 'namespace' ? binding.scope.namespace : undefined;
  return (
    external.has(name) ||
    external.has(`${kind}/${name}`) ||
    (kind === 'Role' && namespace !== undefined && external.has(`Role/${namespace}/${name}`))
  );
};

const readBinding = (object: K8sObject, kind: Binding['kind'], problems: RuleProblem[]): Binding | undefined => {
  const at = object.ref.at;
  const roleRefAt = childRef(at, 'roleRef');
  const roleRef = object.body.roleRef;
  if (!isRecord(roleRef) || typeof roleRef.kind !== 'string' || typeof roleRef.name !== 'string') {
    problems.push({ at: roleRefAt, message: `${kind} ${object.name} has no valid roleRef (kind and name); it grants nothing.` });
    return undefined;
  }
  const scope: AccessScope =
    kind === 'ClusterRoleBinding'
      ? { kind: 'cluster' }
      : object.namespace === undefined
        ? { kind: 'namespace', namespace: undefined, assumedNamespace: true }
        : { kind: 'namespace', namespace: object.namespace, assumedNamespace: false };
  return { kind, object: object.ref, scope, roleRef: { kind: roleRef.kind, name: roleRef.name }, roleRefAt, subjects: readSubjects(object, kind, scope, problems) };
};

const readSubjects = (object: K8sObject, kind: Binding['kind'], scope: AccessScope, problems: RuleProblem[]): BoundSubject[] => {
  const list = object.body.subjects;
  const at = object.ref.at;
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    problems.push({ at: childRef(at, 'subjects'), message: '`subjects` is not a list; the binding grants nothing.' });
    return [];
  }
  const subjects: BoundSubject[] = [];
  list.forEach((value: unknown, index) => {
    const subjectAt = childRef(at, 'subjects', index);
    if (!isRecord(value) || typeof value.kind !== 'string' || typeof value.name !== 'string') {
      problems.push({ at: subjectAt, message: 'A subject without a string kind and name matches no one.' });
      return;
    }
    if (!subjectKinds.has(value.kind)) {
      problems.push({ at: childRef(subjectAt, 'kind'), message: `Subject kind ${value.kind} is not User, Group or ServiceAccount; it matches no one.` });
      return;
    }
    const subjectKind = value.kind as SubjectKind;
    if (subjectKind !== 'ServiceAccount') {
      subjects.push({
        kind: subjectKind,
        name: value.name,
        namespace: undefined,
        namespaceDefaulted: false,
        assumedNamespace: false,
        index,
        at: subjectAt,
        label: `${subjectKind} ${value.name}`,
        breadth: subjectBreadth({ kind: subjectKind, name: value.name }, scope),
      });
      return;
    }
    const own = typeof value.namespace === 'string' && value.namespace !== '' ? value.namespace : undefined;
    if (own === undefined && kind === 'ClusterRoleBinding') {
      problems.push({
        at: subjectAt,
        message: `ServiceAccount subject ${value.name} has no namespace; the apiserver rejects it in a ClusterRoleBinding.`,
      });
      return;
    }
    const namespace = own ?? (scope.kind === 'namespace' ? scope.namespace : undefined);
    subjects.push({
      kind: 'ServiceAccount',
      name: value.name,
      namespace,
      namespaceDefaulted: own === undefined,
      assumedNamespace: namespace === undefined,
      index,
      at: subjectAt,
      label: `ServiceAccount ${namespace ?? '<applied namespace>'}/${value.name}`,
      breadth: subjectBreadth({ kind: 'ServiceAccount', name: value.name }, scope),
    });
  });
  return subjects;
};

/**
 * The roles a binding's roleRef names. `undefined` when the roleRef can never resolve (the
 * apiserver rejects it); `roles: []` when the name is simply not defined anywhere we know.
 */
const resolveRoleRef = (
  binding: Binding,
  roleSet: RoleSet,
  problems: RuleProblem[],
): { roles: readonly EffectiveRole[]; assumed: boolean } | undefined => {
  const { kind, name } = binding.roleRef;
  if (kind === 'ClusterRole') return { roles: roleSet.clusterRoles(name), assumed: false };
  if (kind !== 'Role' || binding.scope.kind === 'cluster') {
    problems.push({
      at: childRef(binding.roleRefAt, 'kind'),
      message: `A ${binding.kind} cannot reference a ${kind}; the apiserver rejects it and it grants nothing.`,
    });
    return undefined;
  }
  const exact = roleSet.namespacedRoles(binding.scope.namespace, name);
  if (exact.length > 0) return { roles: exact, assumed: binding.scope.assumedNamespace };
  // Namespace-less manifests go wherever they are applied: match them, and say it was assumed.
  const elsewhere = binding.scope.namespace === undefined ? roleSet.rolesNamed(name) : roleSet.namespacedRoles(undefined, name);
  return { roles: elsewhere, assumed: true };
};
