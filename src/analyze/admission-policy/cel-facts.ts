import type { ContainerList, EphemeralControl, Evidence, FieldCheck } from '../coverage.ts';
import type { FixAnchor } from '../../model/fix-anchor.ts';
import { analyzeCelConditions, analyzeCelPolicy, celListExtensions, celUpdateTestAnchors } from '../cel/index.ts';
import type { CelConditionInput, CelEvidence, CelExpressionInput, CelPolicyAnalysis, CelUpdateExemption, CelVariableInput } from '../cel/index.ts';
import { childRef, spanRef, type NodeRef } from '../../model/source-ref.ts';
import { isSettableOnEphemeral } from '../../model/container-fields.ts';

/** A container list read, with its evidence (the Kyverno `ListRead` shape). */
export interface CelListEvidence {
  readonly list: ContainerList;
  readonly at: NodeRef;
  readonly note: string;
}

/** A field check with the lists it applies to (empty for pod-level fields). */
export interface CelFieldCheck extends FieldCheck {
  readonly lists: readonly ContainerList[];
}

/** What a CEL policy (or a Kyverno rule's `validate.cel`) says, as coverage evidence in the YAML. */
export interface CelCoverageParts {
  readonly reads: CelListEvidence[];
  readonly checks: CelFieldCheck[];
  /** A validation or condition that skips `UPDATE pods/ephemeralcontainers` (EG102). */
  readonly updateDropped?: Evidence;
  /** Expressions that could not be parsed or followed (EG003). */
  readonly unknowns: Evidence[];
  /** Where the policy tests `request.subResource`, if it does. */
  readonly readsSubResource?: Evidence;
  /** The validations control ephemeral containers themselves (DOMAIN.md section 3). */
  readonly control?: EphemeralControl;
  /** Where the fix of `updateDropped` goes, when a validation's UPDATE tests can carry it. */
  readonly fixes: FixAnchor[];
}

/**
 * Do the validations control ephemeral containers themselves (DOMAIN.md section 3)? They do
 * when they look at the ephemeral container list and at no other container list, and decide on
 * the list itself (`size() == 0`, `!has(...)`), on what an approved one may be (its image, not
 * its securityContext: that is an ordinary check), or, on a policy that receives only the
 * ephemeral-container write, on anything but container fields (the requester, the namespace).
 * The scope is all when nothing else decides: no field of the containers, no requester,
 * namespace, metadata or parameter, no matchCondition.
 */
const ephemeralControl = (
  analysis: CelPolicyAnalysis,
  sources: CelSources,
  options: { readonly subresourceOnly: boolean; readonly matchConditions: number; readonly firstValidation: CelExpressionInput },
): EphemeralControl | undefined => {
  const podLists = analysis.lists.filter((read) => read.scope === 'pod');
  if (podLists.some((read) => read.list !== 'ephemeralContainers')) return undefined;
  const ephemeral = podLists.find((read) => read.list === 'ephemeralContainers');
  const checked = analysis.fields.filter((field) => field.role === 'check' && field.lists.includes('ephemeralContainers'));
  const sized = analysis.listChecks.find((read) => read.list === 'ephemeralContainers');
  if (checked.length > 0) {
    if (checked.some((field) => field.category === 'security') || !checked.some((field) => isSettableOnEphemeral(field.category))) return undefined;
  } else if (sized === undefined && !options.subresourceOnly) {
    return undefined;
  }
  const first = options.firstValidation;
  const at = sized?.at ?? checked[0]?.at ?? ephemeral?.at ?? { id: first.id, start: 0, end: first.expression.length };
  const decidedBy = [
    ...(checked.length > 0 ? [`the ephemeral container's ${[...new Set(checked.map((field) => field.field))].join(', ')}`] : []),
    ...analysis.contextReads.map((read) => read.what),
    ...(options.matchConditions > 0 ? ['its matchConditions'] : []),
  ];
  const note = 'controls ephemeral containers';
  return decidedBy.length === 0
    ? { at: sources.at(at), note, scope: 'all' }
    : { at: sources.at(at), note, scope: 'conditional', allowsOnly: `what its checks of ${decidedBy.join(', ')} accept` };
};

/** Expressions of one policy, keyed by an id that maps back to the YAML scalar holding them. */
export class CelSources {
  private readonly refs = new Map<string, NodeRef>();

  /** `list[i][field]` for each entry with a string `field` (and `name`, for variables). */
  collect(list: unknown, listRef: NodeRef, field = 'expression'): CelConditionInput[] {
    if (!Array.isArray(list)) return [];
    return list.flatMap((entry, i) => this.one(entry, childRef(listRef, i), field) ?? []);
  }

  /** `entry[field]` when it is a string, registered under `entryRef`. */
  one(entry: unknown, entryRef: NodeRef, field = 'expression'): CelConditionInput | undefined {
    if (typeof entry !== 'object' || entry === null) return undefined;
    const record = entry as Record<string, unknown>;
    const expression = record[field];
    if (typeof expression !== 'string') return undefined;
    const ref = childRef(entryRef, field);
    const id = JSON.stringify([ref.file, ref.doc, ...ref.path]);
    this.refs.set(id, ref);
    const name = record['name'];
    return { id, expression, ...(typeof name === 'string' ? { name } : {}) };
  }

  variables(list: unknown, listRef: NodeRef): CelVariableInput[] {
    return this.collect(list, listRef).flatMap((input) => (input.name === undefined ? [] : [{ ...input, name: input.name }]));
  }

  at(evidence: CelEvidence): NodeRef {
    const ref = this.refs.get(evidence.id);
    // Every id comes from `collect`; a missing one is a bug, so point at the document root.
    return ref ? spanRef(ref, evidence.start, evidence.end) : { file: '', doc: 0, path: [] };
  }
}

const exemptionNote = (exemption: CelUpdateExemption, where: string): string =>
  exemption.subresourceHandled
    ? `${where} lets UPDATE through, except the ephemeral-container write`
    : `${where} skips every UPDATE, the ephemeral-container write included`;

/**
 * The coverage parts of a CEL policy: its validations with their variables, and its match
 * conditions (VAP `matchConditions`, Kyverno `celPreconditions`) that may drop UPDATE.
 */
export const celCoverageParts = (
  sources: CelSources,
  input: { variables: readonly CelVariableInput[]; validations: readonly CelExpressionInput[]; matchConditions: readonly CelConditionInput[] },
  options: { readonly subresourceOnly?: boolean } = {},
): CelCoverageParts => {
  const analysis = analyzeCelPolicy(input);
  const firstValidation = input.validations[0];
  const control = firstValidation ? ephemeralControl(analysis, sources, { subresourceOnly: options.subresourceOnly === true, matchConditions: input.matchConditions.length, firstValidation }) : undefined;
  const reads = analysis.lists.map((read) => ({
    list: read.list,
    at: sources.at(read.at),
    note: read.scope === 'pod' ? `reads spec.${read.list}` : `reads spec.template.spec.${read.list} (a pod template)`,
  }));
  const checks = analysis.fields.map((field) => ({
    field: field.field,
    category: field.category,
    role: field.role,
    lists: field.lists,
    at: sources.at(field.at),
  }));
  const skippingValidation = analysis.validations.find((v) => v.updateExemption && !v.updateExemption.subresourceHandled);
  const validationSkip = skippingValidation?.updateExemption;
  const conditionSkip = analysis.matchConditions.updateExemption?.subresourceHandled === false ? analysis.matchConditions.updateExemption : undefined;
  const skip = conditionSkip
    ? { at: sources.at(conditionSkip.at), note: exemptionNote(conditionSkip, 'a match condition') }
    : validationSkip
      ? { at: sources.at(validationSkip.at), note: exemptionNote(validationSkip, 'the validation') }
      : undefined;
  return {
    reads,
    checks,
    ...(skip ? { updateDropped: skip } : {}),
    unknowns: analysis.unknowns.map((u) => ({ at: sources.at(u.at), note: `CEL: ${u.reason}` })),
    ...(analysis.readsSubResource ? { readsSubResource: { at: sources.at(analysis.readsSubResource), note: 'tests request.subResource' } } : {}),
    ...(control ? { control } : {}),
    fixes: [
      ...(!conditionSkip && validationSkip ? celUpdateTestAnchors(
          analysis.validations.filter((v) => v.updateExemption && !v.updateExemption.subresourceHandled).flatMap((v) => v.updateTests ?? []),
          (at) => sources.at(at),
        ) : []),
      ...(reads.some((read) => read.list === 'ephemeralContainers') ? [] : listAnchors([...input.variables, ...input.validations], sources)),
    ],
  };
};

/** skips-ephemeral-list: the `object.spec.containers` reads extended with ephemeral containers (all of them, or none). */
const listAnchors = (expressions: readonly CelExpressionInput[], sources: CelSources): FixAnchor[] =>
  (celListExtensions(expressions) ?? []).map((e) => ({ kind: 'extend-list', hole: 'skips-ephemeral-list', mode: e.mode, at: sources.at(e.at), spec: sources.at(e.spec) }));

/** The parts of a CEL policy's coverage fact that its expressions decide. */
export interface CelPolicyFacts {
  readonly reads: Partial<Record<ContainerList, Evidence>>;
  readonly checks: readonly CelFieldCheck[];
  readonly updateDropped?: Evidence;
  readonly control?: EphemeralControl;
}

/**
 * The one reading of a CEL policy's parts as coverage, shared by every engine that runs CEL
 * validations with VAP semantics (VAP, Kyverno ValidatingPolicy, Gatekeeper K8sNativeValidation):
 * the first read of each list, and a control of ephemeral containers counted as a check of that
 * list (the one they fail by being there) and as its read.
 */
export const celPolicyFacts = (parts: CelCoverageParts): CelPolicyFacts => {
  const reads: Partial<Record<ContainerList, Evidence>> = {};
  for (const read of parts.reads) reads[read.list] ??= { at: read.at, note: read.note };
  const control = parts.control;
  if (control) reads.ephemeralContainers ??= control;
  const checks: CelFieldCheck[] = control
    ? [...parts.checks, { field: 'ephemeralContainers', category: 'security', role: 'check', lists: ['ephemeralContainers'], at: control.at }]
    : [...parts.checks];
  return { reads, checks, ...(parts.updateDropped ? { updateDropped: parts.updateDropped } : {}), ...(control ? { control } : {}) };
};

/** Kyverno `celPreconditions` on their own: does one of them drop the ephemeral-container write? */
export const celConditionsDropUpdate = (
  sources: CelSources,
  conditions: readonly CelConditionInput[],
  where: string,
): { updateDropped?: Evidence; unknowns: Evidence[] } => {
  const analysis = analyzeCelConditions(conditions);
  const exemption = analysis.updateExemption;
  return {
    ...(exemption && !exemption.subresourceHandled ? { updateDropped: { at: sources.at(exemption.at), note: exemptionNote(exemption, where) } } : {}),
    unknowns: analysis.unknowns.map((u) => ({ at: sources.at(u.at), note: `CEL: ${u.reason}` })),
  };
};
