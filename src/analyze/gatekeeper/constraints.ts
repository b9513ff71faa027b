import type { Evidence, Tri } from '../coverage.ts';
import { POD_CONTROLLER_KINDS } from '../../model/pod-specs.ts';
import { childRef } from '../../model/source-ref.ts';
import type { K8sObject, Workspace } from '../../model/workspace.ts';
import { objectLabel } from '../../model/object-ref.ts';
import { namespaceFilter, type PolicyScope, type ScopeCondition } from '../../model/policy-scope.ts';
import { isRecord } from '../../json.ts';

const CONSTRAINT_GROUP = 'constraints.gatekeeper.sh/';

/** Is this object a Constraint (of any kind)? */
export const isConstraint = (object: Pick<K8sObject, 'apiVersion'>): boolean => object.apiVersion.startsWith(CONSTRAINT_GROUP);

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v): v is string => typeof v === 'string') ? value : undefined;

/** The Constraints of a template: objects of its CRD kind in `constraints.gatekeeper.sh/*`. */
export const constraintsOf = (workspace: Workspace, kind: string): K8sObject[] =>
  workspace.byKind(kind).filter((object) => object.apiVersion.startsWith(CONSTRAINT_GROUP));

/**
 * Does one Constraint match the admitted Pod of `UPDATE pods/ephemeralcontainers`? Gatekeeper's
 * `kindsMatch` (pkg/mutation/match/match.go): no `kinds` matches everything; an entry matches
 * when its `kinds` is empty, `*` or names the kind, and its `apiGroups` is empty, `*` or names
 * the group. `source: Generated` limits the constraint to expanded resources, never admission.
 * The request's kind is Pod (DOMAIN.md section 1), so a Pod match is a subresource match.
 */
export interface ConstraintMatch {
  readonly matchesPod: Tri;
  /** Where it names pod controllers, when it matches no Pod. */
  readonly controllers?: Evidence;
  readonly at: Evidence;
}

const KINDS_NOTE = 'match.kinds';

export const constraintMatch = (constraint: K8sObject): ConstraintMatch => {
  const specRef = childRef(constraint.ref.at, 'spec');
  const spec = constraint.body['spec'];
  const match = isRecord(spec) ? spec['match'] : undefined;
  const matchRef = childRef(specRef, 'match');
  const whole: Evidence = { at: constraint.ref.at, note: 'matches every kind' };
  if (match === undefined || match === null) return { matchesPod: 'yes', at: whole };
  if (!isRecord(match)) return { matchesPod: 'unknown', at: { at: matchRef, note: 'match is not an object' } };
  if (match['source'] === 'Generated') return { matchesPod: 'no', at: { at: childRef(matchRef, 'source'), note: 'source: Generated matches expanded resources only, never an admission request' } };
  const kinds = match['kinds'];
  const kindsRef = childRef(matchRef, 'kinds');
  if (kinds === undefined || kinds === null || (Array.isArray(kinds) && kinds.length === 0)) return { matchesPod: 'yes', at: whole };
  if (!Array.isArray(kinds)) return { matchesPod: 'unknown', at: { at: kindsRef, note: `${KINDS_NOTE} is not a list` } };
  let controllers: Evidence | undefined;
  let unreadable: Evidence | undefined;
  for (const [i, entry] of kinds.entries()) {
    const entryRef = childRef(kindsRef, i);
    if (!isRecord(entry)) {
      unreadable ??= { at: entryRef, note: `${KINDS_NOTE}[${i}] is not an object` };
      continue;
    }
    const names = entry['kinds'] === undefined || entry['kinds'] === null ? [] : strings(entry['kinds']);
    const groups = entry['apiGroups'] === undefined || entry['apiGroups'] === null ? [] : strings(entry['apiGroups']);
    if (names === undefined || groups === undefined) {
      unreadable ??= { at: entryRef, note: `${KINDS_NOTE}[${i}] has a kinds or apiGroups that is not a list of strings` };
      continue;
    }
    const kindOk = names.length === 0 || names.includes('*') || names.includes('Pod');
    const groupOk = groups.length === 0 || groups.includes('*') || groups.includes('');
    if (kindOk && groupOk) return { matchesPod: 'yes', at: { at: entryRef, note: 'matches Pod' } };
    const controller = names.findIndex((name) => POD_CONTROLLER_KINDS.has(name));
    if (controller >= 0 && controllers === undefined) {
      controllers = { at: childRef(entryRef, 'kinds', controller), note: `matches ${names.join(', ')}, never Pod` };
    }
  }
  if (unreadable) return { matchesPod: 'unknown', at: unreadable };
  return { matchesPod: 'no', ...(controllers && { controllers }), at: controllers ?? { at: kindsRef, note: 'matches no Pod' } };
};

/** What the Constraints of one template say together. */
export interface ConstraintScope {
  readonly receivesSubresource: Tri;
  readonly subresourceEvidence?: Evidence;
  /** Every constraint matches only pod controllers (EG104): the first one's kinds entry. */
  readonly controllersOnly?: Evidence;
  readonly enforces: Tri;
  readonly enforcementEvidence?: Evidence;
}

/**
 * Receives the subresource when one constraint matches Pod (Gatekeeper >= 3.9.0 routes
 * `pods/ephemeralcontainers` to its webhook; EG106 judges the version). With no constraint in
 * scope the template decides nothing: it is taken to receive it, and said so by the caller.
 */
export const constraintScope = (constraints: readonly K8sObject[], templateName: string): ConstraintScope => {
  if (constraints.length === 0) return { receivesSubresource: 'yes', enforces: 'unknown' };
  const matches = constraints.map(constraintMatch);
  const pod = matches.find((m) => m.matchesPod === 'yes');
  const unknown = matches.find((m) => m.matchesPod === 'unknown');
  const receives: Pick<ConstraintScope, 'receivesSubresource' | 'subresourceEvidence' | 'controllersOnly'> = pod
    ? { receivesSubresource: 'yes', subresourceEvidence: pod.at }
    : unknown
      ? { receivesSubresource: 'unknown', subresourceEvidence: unknown.at }
      : matches.every((m) => m.controllers)
        ? {
            receivesSubresource: 'no',
            controllersOnly: {
              at: matches[0]!.controllers!.at,
              note: `every Constraint of ${templateName} matches only pod controllers (${matches[0]!.controllers!.note}), whose pod templates can never hold an ephemeral container`,
            },
          }
        : { receivesSubresource: 'no', subresourceEvidence: { at: matches[0]!.at.at, note: `no Constraint of ${templateName} matches Pod` } };
  return { ...receives, ...enforcementOf(constraints) };
};

/** Does a Constraint deny at admission (`deny`, the default, or `scoped` with a deny action)? */
const constraintDenies = (constraint: K8sObject): boolean => {
  const spec = constraint.body['spec'];
  const action = isRecord(spec) ? spec['enforcementAction'] : undefined;
  if (action === undefined || action === null || action === 'deny') return true;
  const scoped = isRecord(spec) ? spec['scopedEnforcementActions'] : undefined;
  return action === 'scoped' && Array.isArray(scoped) && scoped.some((s) => isRecord(s) && s['action'] === 'deny');
};

/**
 * Where a template denies: wherever one of its denying Constraints' `match` lets it
 * (`namespaces`, `excludedNamespaces`, `namespaceSelector`; `labelSelector` and `name` pick some
 * objects only). A dryrun or warn Constraint denies nowhere. Gatekeeper's own exemptions are
 * the installation's (gatekeeper/installation.ts).
 */
export const constraintsPolicyScope = (constraints: readonly K8sObject[], template: K8sObject): PolicyScope => {
  const denying = constraints.filter(constraintDenies);
  if (constraints.length === 0) return { where: { kind: 'unknown', why: `no Constraint of ${objectLabel(template.ref)} in scope puts it into effect` }, at: template.ref.at };
  return { where: { kind: 'any', of: denying.map(matchCondition) }, at: (denying[0] ?? constraints[0]!).ref.at };
};

/**
 * Where one object's Gatekeeper `spec.match` lets it act (a Constraint, a mutator: they share
 * the match type): `namespaces`, `excludedNamespaces`, `namespaceSelector`; `labelSelector` and
 * `name` pick some objects only.
 */
export const matchCondition = (object: K8sObject): ScopeCondition => {
  const spec = isRecord(object.body['spec']) ? object.body['spec'] : {};
  const match = isRecord(spec['match']) ? spec['match'] : {};
  const owner = objectLabel(object.ref);
  const parts: ScopeCondition[] = [{ kind: 'namespaces', filter: namespaceFilter(match['namespaces'], match['excludedNamespaces'], match['namespaceSelector'], owner) }];
  const labels = match['labelSelector'];
  if (isRecord(labels) && (Object.keys(isRecord(labels['matchLabels']) ? labels['matchLabels'] : {}).length > 0 || (Array.isArray(labels['matchExpressions']) && labels['matchExpressions'].length > 0))) {
    parts.push({ kind: 'unknown', why: `${owner} applies only to the objects its labelSelector selects` });
  }
  if (typeof match['name'] === 'string' && match['name'] !== '*') parts.push({ kind: 'unknown', why: `${owner} applies only to objects named ${match['name']}` });
  return { kind: 'all', of: parts };
};

/**
 * `spec.enforcementAction`: `deny` (the default) denies at admission; `dryrun` and `warn` do
 * not; `scoped` denies when one of `scopedEnforcementActions` has action `deny`.
 */
const enforcementOf = (constraints: readonly K8sObject[]): Pick<ConstraintScope, 'enforces' | 'enforcementEvidence'> => {
  let unknown: Evidence | undefined;
  let first: Evidence | undefined;
  for (const constraint of constraints) {
    const spec = constraint.body['spec'];
    const action = isRecord(spec) ? spec['enforcementAction'] : undefined;
    const at = childRef(constraint.ref.at, 'spec', 'enforcementAction');
    if (action === undefined || action === null || action === 'deny') return { enforces: 'yes' };
    if (action === 'scoped') {
      const scoped = isRecord(spec) ? spec['scopedEnforcementActions'] : undefined;
      if (Array.isArray(scoped) && scoped.some((s) => isRecord(s) && s['action'] === 'deny')) return { enforces: 'yes' };
      first ??= { at, note: 'enforcementAction: scoped, without a deny action' };
      continue;
    }
    if (action === 'dryrun' || action === 'warn') {
      first ??= { at, note: `enforcementAction: ${action}` };
      continue;
    }
    unknown ??= { at, note: `enforcementAction ${JSON.stringify(action)} is not one Gatekeeper knows` };
  }
  if (unknown) return { enforces: 'unknown', enforcementEvidence: unknown };
  return { enforces: 'no', ...(first && { enforcementEvidence: first }) };
};

/**
 * The values of `spec.parameters.<path>` across the constraints: the strings each gives (a
 * string or a list of strings); undefined when a constraint lacks them or gives anything else.
 */
export const parameterStrings = (constraints: readonly K8sObject[], path: readonly string[]): string[] | undefined => {
  if (constraints.length === 0) return undefined;
  const out = new Set<string>();
  for (const constraint of constraints) {
    let value: unknown = constraint.body['spec'];
    for (const key of ['parameters', ...path]) value = isRecord(value) ? value[key] : undefined;
    const list = typeof value === 'string' ? [value] : strings(value);
    if (list === undefined) return undefined;
    for (const s of list) out.add(s);
  }
  return [...out].sort();
};
