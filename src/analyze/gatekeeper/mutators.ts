import { pushAll } from '../../array.ts';
import { isRecord, stringsOnly } from '../../json.ts';
import { unknownConstruct, type InputProblem, type UnknownFix } from '../../model/input-problem.ts';
import { POD_CONTROLLER_KINDS } from '../../model/pod-specs.ts';
import { childRef, type NodeRef } from '../../model/source-ref.ts';
import type { K8sObject, Workspace } from '../../model/workspace.ts';
import { containerWriteText, writesContainers } from '../cel/mutation-writes.ts';
import { neverDenies, type CoverageFact, type Evidence } from '../coverage.ts';
import { decideFact, type CoverageParts, type VerdictHints } from '../verdict.ts';
import { constraintMatch, matchCondition } from './constraints.ts';
import { locationFields, parseMutationLocation } from './mutation-location.ts';

/**
 * Gatekeeper's mutators (`mutations.gatekeeper.sh`: Assign, AssignMetadata, ModifySet,
 * AssignImage), read by what they write, as the other mutating policies are: a mutation may be a
 * control (an Assign of `spec.containers[name:*].securityContext.privileged` to false), so one
 * that can change a container is not analysed yet and says so (unknown, EG003 at its location);
 * one that cannot reach a Pod, or writes no container field, cannot change an ephemeral
 * container (not-applicable, naming what it changes). A mutator never denies a request.
 */
const MUTATOR_VERSIONS = /^mutations\.gatekeeper\.sh\/(v1|v1beta1|v1alpha1)$/;
const MUTATOR_KINDS: ReadonlySet<string> = new Set(['Assign', 'AssignMetadata', 'ModifySet', 'AssignImage']);

export const isGatekeeperMutator = (object: Pick<K8sObject, 'apiVersion' | 'kind'>): boolean => MUTATOR_KINDS.has(object.kind) && MUTATOR_VERSIONS.test(object.apiVersion);

/** Whether the mutator can reach the Pod of `UPDATE pods/ephemeralcontainers`, and where that is said. */
type MutatorReach =
  | { readonly target: 'pod' }
  | { readonly target: 'none'; readonly why: string }
  | { readonly target: 'controllers-only'; readonly at: Evidence }
  | { readonly target: 'unknown'; readonly at: MutatorUnknown };

/**
 * `spec.applyTo` (Assign, ModifySet, AssignImage; AssignMetadata has none and applies to every
 * kind): the mutator acts on an object when one entry names its group, version and kind
 * exactly (no wildcard: gatekeeper pkg/mutation/match/apply_to.go `Matches`) and that same entry's
 * `operations` (absent, `*` or naming it) let the operation through (`AppliesGVKAndOperation`).
 * The subresource request's object is a v1 Pod (group ""), and its operation UPDATE. Gatekeeper
 * refuses a mutator without applyTo, or with an entry missing groups, versions or kinds
 * (pkg/mutation/mutators/core/mutator.go `NewValidatedBindings`): it then mutates nothing.
 */
const applyToReach = (kind: string, applyTo: unknown, ref: NodeRef): MutatorReach => {
  if (applyTo === undefined || applyTo === null || (Array.isArray(applyTo) && applyTo.length === 0)) return { target: 'none', why: `Gatekeeper refuses ${article(kind)} without applyTo: it mutates nothing` };
  if (!Array.isArray(applyTo)) return { target: 'unknown', at: { at: ref, note: 'applyTo is not a list' } };
  let controllers: Evidence | undefined;
  let createOnly = false;
  let pod = false;
  for (const [i, entry] of applyTo.entries()) {
    const entryRef = childRef(ref, i);
    const fields = isRecord(entry) ? { groups: stringsOnly(entry['groups'] ?? []), versions: stringsOnly(entry['versions'] ?? []), kinds: stringsOnly(entry['kinds'] ?? []), operations: stringsOnly(entry['operations'] ?? []) } : undefined;
    if (!fields || !fields.groups || !fields.versions || !fields.kinds || !fields.operations) return { target: 'unknown', at: { at: entryRef, note: `applyTo[${i}] holds groups, versions, kinds or operations that are not lists of strings`, headline: `an applyTo[${i}] that cannot be read` } };
    const { groups, versions, kinds, operations } = fields as { [K in keyof typeof fields]: string[] };
    if (groups.length === 0 || versions.length === 0 || kinds.length === 0) return { target: 'none', why: `Gatekeeper refuses ${article(kind)} whose applyTo[${i}] lacks groups, versions or kinds: it mutates nothing` };
    if (groups.includes('') && versions.includes('v1') && kinds.includes('Pod')) {
      if (operations.length === 0 || operations.includes('*') || operations.includes('UPDATE')) pod = true;
      else createOnly = true;
      continue;
    }
    const controller = kinds.findIndex((name) => POD_CONTROLLER_KINDS.has(name));
    if (controller >= 0) controllers ??= { at: childRef(entryRef, 'kinds', controller), note: `applies to ${kinds.join(', ')}, never Pod` };
  }
  if (pod) return { target: 'pod' };
  if (createOnly) return { target: 'none', why: 'it applies to Pods on CREATE only, and an ephemeral container is added by an UPDATE' };
  if (controllers) return { target: 'controllers-only', at: controllers };
  return { target: 'none', why: 'its applyTo names no v1 Pod' };
};

/**
 * `spec.match`, the type Constraints have (gatekeeper pkg/mutation/match/match.go): its kinds
 * and source as a Constraint's (`constraintMatch`), and `scope: Cluster`, which a namespaced Pod
 * never matches (`scopeMatch`).
 */
const matchReach = (mutator: K8sObject): MutatorReach => {
  const spec = mutator.body['spec'];
  const match = isRecord(spec) ? spec['match'] : undefined;
  if (isRecord(match) && match['scope'] === 'Cluster') return { target: 'none', why: 'match.scope is Cluster, and a Pod is namespaced' };
  const matched = constraintMatch(mutator);
  if (matched.matchesPod === 'yes') return { target: 'pod' };
  if (matched.matchesPod === 'unknown') return { target: 'unknown', at: matched.at };
  if (matched.controllers) return { target: 'controllers-only', at: matched.controllers };
  return { target: 'none', why: matched.at.note === 'matches no Pod' ? 'its match.kinds names no Pod' : matched.at.note };
};

/** What could not be followed, and the few words EG003 says of it (the note is its detail) when the note is long. */
interface MutatorUnknown extends Evidence {
  readonly headline?: string;
  /** What to do about it, when not to check it by hand. */
  readonly fix?: UnknownFix;
}

/** What the mutator writes at a Pod: the fields, when none can hold a container; else an unknown at its location. */
type MutatorWrites = { readonly kind: 'changes'; readonly written: readonly string[] } | { readonly kind: 'refused'; readonly why: string } | { readonly kind: 'unknown'; readonly at: MutatorUnknown };

const mutatorWrites = (kind: string, spec: Record<string, unknown>, specRef: NodeRef): MutatorWrites => {
  const location = spec['location'];
  const at = childRef(specRef, 'location');
  const parsed = typeof location === 'string' ? parseMutationLocation(location) : undefined;
  // AssignMetadata writes metadata.labels.<key> or metadata.annotations.<key> only: Gatekeeper
  // refuses any other location (pkg/mutation/mutators/assignmeta/assignmeta_mutator.go, "invalid location").
  if (kind === 'AssignMetadata') {
    const fields = parsed?.ok ? locationFields(parsed.nodes) : [];
    const valid = parsed?.ok === true && parsed.nodes.length === 3 && fields.length === 3 && fields[0] === 'metadata' && (fields[1] === 'labels' || fields[1] === 'annotations');
    return valid ? { kind: 'changes', written: [fields.join('.')] } : { kind: 'refused', why: 'Gatekeeper refuses an AssignMetadata whose location is not one label or annotation: it mutates nothing' };
  }
  if (typeof location !== 'string' || parsed === undefined) return { kind: 'unknown', at: { at, note: 'a location that is not a string' } };
  if (kind === 'AssignImage') return { kind: 'unknown', at: { at, note: `an AssignImage changes container images (${location}); mutations of containers are not analysed yet`, headline: 'it changes container images, not analysed yet' } };
  if (!parsed.ok) return { kind: 'unknown', at: { at, note: `a location Gatekeeper's path syntax does not read: ${parsed.why}`, headline: 'a location that does not parse', fix: 'fix-syntax' } };
  const fields = locationFields(parsed.nodes);
  // gatekeeper pkg/mutation/mutators/assign/assign_mutator.go, modifyset/modify_set_mutator.go: "can't change metadata".
  if (fields[0] === 'metadata') return { kind: 'refused', why: `Gatekeeper refuses ${article(kind)} whose location is in metadata: it mutates nothing` };
  if (writesContainers(fields)) {
    return { kind: 'unknown', at: { at, note: `it ${containerWriteText(fields, location)}; mutations of containers are not analysed yet`, headline: 'it changes containers, not analysed yet' } };
  }
  return { kind: 'changes', written: [fields.join('.')] };
};

/** `an Assign`, `a ModifySet`. */
const article = (kind: string): string => `${kind.startsWith('A') ? 'an' : 'a'} ${kind}`;

const hintsOf = (kind: string, reach: MutatorReach, writes: () => MutatorWrites): VerdictHints => {
  if (reach.target === 'none') return { notApplicable: reach.why };
  if (reach.target === 'controllers-only') return { notApplicable: 'it mutates only pod controllers, never a Pod an ephemeral container is added to' };
  const written = writes();
  if (written.kind === 'refused') return { notApplicable: written.why };
  if (written.kind === 'unknown') return { unknowns: [written.at] };
  // An unknown reach matters only when the mutator could change a container.
  return { notApplicable: `${article(kind)} that changes no container field`, changesOnly: written.written };
};

/** One mutator's coverage fact, and an EG003 at what could not be followed. */
export const analyzeGatekeeperMutator = (mutator: K8sObject): { fact: CoverageFact; problems: InputProblem[] } => {
  const specRef = childRef(mutator.ref.at, 'spec');
  const spec = isRecord(mutator.body['spec']) ? mutator.body['spec'] : {};
  const applied = mutator.kind === 'AssignMetadata' ? ({ target: 'pod' } as const) : applyToReach(mutator.kind, spec['applyTo'], childRef(specRef, 'applyTo'));
  const reach = applied.target === 'pod' ? matchReach(mutator) : applied;
  const base: VerdictHints = hintsOf(mutator.kind, reach, () => mutatorWrites(mutator.kind, spec, specRef));
  const hints: VerdictHints =
    reach.target === 'unknown' && base.notApplicable === undefined ? { unknowns: [reach.at, ...(base.unknowns ?? [])] } : base;
  const parts: CoverageParts = {
    engine: 'gatekeeper',
    policy: mutator.ref,
    // Where it acts; it never denies, so it guards nowhere (grant-controls counts covered, denying facts only).
    scope: { where: matchCondition(mutator), at: mutator.ref.at },
    reads: {},
    checks: [],
    receivesSubresource: reach.target === 'pod' ? 'yes' : reach.target === 'unknown' ? 'unknown' : 'no',
    ...(reach.target === 'unknown' ? { subresourceEvidence: reach.at } : {}),
    handlesUpdate: 'yes',
    enforces: 'no',
    ...(reach.target === 'controllers-only' ? { controllersOnly: reach.at } : {}),
  };
  const fact = decideFact(parts, { ...hints, enforcementEvidence: neverDenies(article(mutator.kind), specRef).evidence });
  const problems = (hints.unknowns ?? []).map((u: MutatorUnknown) =>
    unknownConstruct(u.at, `${mutator.kind} ${mutator.name}`, u.headline ?? u.note, u.fix ?? 'review', u.headline === undefined ? undefined : u.note),
  );
  return { fact, problems };
};

/** Every Gatekeeper mutator in the workspace, in the order of its objects. */
export const analyzeGatekeeperMutators = (workspace: Workspace): { facts: CoverageFact[]; problems: InputProblem[] } => {
  const facts: CoverageFact[] = [];
  const problems: InputProblem[] = [];
  for (const object of workspace.objects) {
    if (!isGatekeeperMutator(object)) continue;
    const result = analyzeGatekeeperMutator(object);
    facts.push(result.fact);
    pushAll(problems, result.problems);
  }
  return { facts, problems };
};
