import type { Evidence, Tri } from '../coverage.ts';
import { POD_CONTROLLER_KINDS } from '../../model/pod-specs.ts';
import { childRef } from '../../model/source-ref.ts';
import type { K8sObject, Workspace } from '../../model/workspace.ts';
import { objectLabel } from '../../model/object-ref.ts';
import { namespaceFilter, type PolicyScope, type ScopeCondition } from '../../model/policy-scope.ts';
import { isRecord, stringsOnly } from '../../json.ts';

const CONSTRAINT_GROUP = 'constraints.gatekeeper.sh/';

/** Is this object a Constraint (of any kind)? */
export const isConstraint = (object: Pick<K8sObject, 'apiVersion'>): boolean => object.apiVersion.startsWith(CONSTRAINT_GROUP);


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
    const names = entry['kinds'] === undefined || entry['kinds'] === null ? [] : stringsOnly(entry['kinds']);
    const groups = entry['apiGroups'] === undefined || entry['apiGroups'] === null ? [] : stringsOnly(entry['apiGroups']);
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

/** Gatekeeper's enforcement points (pkg/util/enforcement_action.go): its validating webhook, and `*` for every point. */
const WEBHOOK_POINT = 'validation.gatekeeper.sh';
const ALL_POINTS = '*';
/** The ValidatingAdmissionPolicy Gatekeeper generates from a template. */
const VAP_POINT = 'vap.k8s.io';

/**
 * Whether one Constraint denies at admission, by `spec.enforcementAction`: `deny` (the default)
 * does; `dryrun` and `warn` do not; `scoped` does through Gatekeeper's webhook when a
 * `scopedEnforcementActions` entry with action `deny` names the point `validation.gatekeeper.sh`
 * or `*` (Gatekeeper matches `ep.Name == point || ep.Name == "*"`; an entry without points names
 * none). A deny at `audit.gatekeeper.sh` or `gator.gatekeeper.sh` only reports. A deny only at
 * `vap.k8s.io` is left to the ValidatingAdmissionPolicy Gatekeeper generates, whose existence and
 * match depend on Gatekeeper's version and flags (DOMAIN.md section 3): unknown.
 */
const constraintEnforcement = (constraint: K8sObject): { readonly enforces: Tri; readonly evidence?: Evidence } => {
  const spec = constraint.body['spec'];
  const action = isRecord(spec) ? spec['enforcementAction'] : undefined;
  const at = childRef(constraint.ref.at, 'spec', 'enforcementAction');
  if (action === undefined || action === null || action === 'deny') return { enforces: 'yes' };
  if (action === 'dryrun' || action === 'warn') return { enforces: 'no', evidence: { at, note: `enforcementAction: ${action}` } };
  if (action !== 'scoped') return { enforces: 'unknown', evidence: { at, note: `enforcementAction ${JSON.stringify(action)} is not one Gatekeeper knows` } };
  const scoped = isRecord(spec) ? spec['scopedEnforcementActions'] : undefined;
  const denyPoints = (Array.isArray(scoped) ? scoped : [])
    .filter((entry): entry is Record<string, unknown> => isRecord(entry) && entry['action'] === 'deny')
    .flatMap((entry) => (Array.isArray(entry['enforcementPoints']) ? entry['enforcementPoints'] : []))
    .flatMap((point) => (isRecord(point) && typeof point['name'] === 'string' ? [point['name']] : []));
  if (denyPoints.includes(WEBHOOK_POINT) || denyPoints.includes(ALL_POINTS)) return { enforces: 'yes' };
  const scopedAt = childRef(constraint.ref.at, 'spec', 'scopedEnforcementActions');
  if (denyPoints.includes(VAP_POINT)) {
    return { enforces: 'unknown', evidence: { at: scopedAt, note: 'scoped: denies only through the ValidatingAdmissionPolicy Gatekeeper generates (vap.k8s.io), not its webhook' } };
  }
  if (denyPoints.length > 0) return { enforces: 'no', evidence: { at: scopedAt, note: `scoped: denies only at ${[...new Set(denyPoints)].join(', ')}, not at admission` } };
  return { enforces: 'no', evidence: { at, note: 'enforcementAction: scoped, without a deny action' } };
};

/**
 * Where a template denies: wherever one of its denying Constraints' `match` lets it
 * (`namespaces`, `excludedNamespaces`, `namespaceSelector`; `labelSelector` and `name` pick some
 * objects only). A dryrun or warn Constraint denies nowhere. Gatekeeper's own exemptions are
 * the installation's (gatekeeper/installation.ts).
 */
export const constraintsPolicyScope = (constraints: readonly K8sObject[], template: K8sObject): PolicyScope => {
  const denying = constraints.filter((constraint) => constraintEnforcement(constraint).enforces === 'yes');
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

/** The template denies at admission when one of its Constraints does (`constraintEnforcement`). */
const enforcementOf = (constraints: readonly K8sObject[]): Pick<ConstraintScope, 'enforces' | 'enforcementEvidence'> => {
  const each = constraints.map(constraintEnforcement);
  if (each.some((e) => e.enforces === 'yes')) return { enforces: 'yes' };
  const unknown = each.find((e) => e.enforces === 'unknown');
  if (unknown) return { enforces: 'unknown', ...(unknown.evidence && { enforcementEvidence: unknown.evidence }) };
  const first = each.find((e) => e.evidence)?.evidence;
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
    const list = typeof value === 'string' ? [value] : stringsOnly(value);
    if (list === undefined) return undefined;
    for (const s of list) out.add(s);
  }
  return [...out].sort();
};
