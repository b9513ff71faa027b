import { ephemeralControlScope, type CoverageFact, type CoverageReason, type Evidence, type Verdict } from './coverage.ts';
import { ephemeralRelevantChecks } from '../model/container-fields.ts';

/** What decides a verdict beyond the fact's own fields. */
export interface VerdictHints {
  /** Where the policy says it only audits/warns (Kyverno failure action, VAP binding actions). */
  readonly enforcementEvidence?: Evidence;
  /** Something the analyzer could not follow (with where). */
  readonly unknowns?: readonly Evidence[];
  /**
   * Settable checks that reach containers/initContainers but not ephemeral containers, found in
   * the engine's own structure (a field checked per list, one Kyverno anyPattern alternative):
   * a skips-ephemeral-list hole at each, instead of the coarser "never reads ephemeralContainers".
   */
  readonly ephemeralGaps?: readonly Evidence[];
  /** The subresource is taken out by an explicit exclusion (Kyverno `exclude`): excluded, not misses-subresource. */
  readonly subresourceExcluded?: Evidence;
  /**
   * The policy's logic is not in the repository (a webhook): what it checks is unknown, so it is
   * not-covered when it never receives the subresource (misses-subresource), else unknown.
   */
  readonly logicHidden?: Evidence;
}

/** A verdict is decided from these fields of the fact, plus the hints. */
export type VerdictInput = Pick<
  CoverageFact,
  'reads' | 'checks' | 'receivesSubresource' | 'subresourceEvidence' | 'handlesUpdate' | 'updateEvidence' | 'enforces' | 'controllersOnly' | 'blocksEphemeralContainers'
> &
  VerdictHints;

/** What an analyzer builds of a coverage fact; the verdict and its reasons are decided here. */
export type CoverageParts = Omit<CoverageFact, 'verdict' | 'reasons'>;

/**
 * The verdict of a fact from the fact itself: analyzers state each field once, and the verdict
 * rests on exactly the values the fact reports.
 */
export const decideFactVerdict = (parts: CoverageParts, hints: VerdictHints = {}): { verdict: Verdict; reasons: CoverageReason[] } =>
  decideVerdict({ ...parts, ...hints });

/**
 * The one verdict rule for every engine:
 * - not-applicable: it checks no container field an ephemeral container can set;
 * - not-covered: it checks one but never receives the subresource (misses-subresource,
 *   controllers-only, excluded), skips UPDATE (skips-update), or never reads ephemeralContainers
 *   (skips-ephemeral-list); each reason names its hole, and the rule that reports it says so;
 * - unknown: something that decides it could not be followed;
 * - covered: otherwise.
 */
export const decideVerdict = (input: VerdictInput): { verdict: Verdict; reasons: CoverageReason[] } => {
  const relevant = ephemeralRelevantChecks(input.checks);
  const unknowns = input.unknowns ?? [];
  if (relevant.length === 0 && input.logicHidden) {
    const hidden = input.logicHidden;
    const holes: CoverageReason[] = [];
    if (input.receivesSubresource === 'no') holes.push({ hole: 'misses-subresource', text: input.subresourceEvidence?.note ?? 'never receives pods/ephemeralcontainers', at: input.subresourceEvidence?.at ?? hidden.at });
    if (input.handlesUpdate === 'no') holes.push({ hole: 'skips-update', text: input.updateEvidence?.note ?? 'skips every UPDATE request', ...(input.updateEvidence ? { at: input.updateEvidence.at } : {}) });
    if (holes.length > 0) return { verdict: 'not-covered', reasons: holes };
    return { verdict: 'unknown', reasons: [{ text: hidden.note, at: hidden.at }] };
  }
  if (relevant.length === 0) {
    if (unknowns.length > 0) return { verdict: 'unknown', reasons: unknowns.map((u) => ({ hole: 'not-analyzable', text: u.note, at: u.at })) };
    return { verdict: 'not-applicable', reasons: [{ text: 'checks no container field an ephemeral container can set' }] };
  }
  const reasons: CoverageReason[] = [];
  if (input.receivesSubresource === 'no') {
    if (input.controllersOnly) reasons.push({ hole: 'controllers-only', text: input.controllersOnly.note, at: input.controllersOnly.at });
    else if (input.subresourceExcluded) reasons.push({ hole: 'excluded', text: input.subresourceExcluded.note, at: input.subresourceExcluded.at });
    else reasons.push({ hole: 'misses-subresource', text: input.subresourceEvidence?.note ?? 'never receives pods/ephemeralcontainers', ...(input.subresourceEvidence ? { at: input.subresourceEvidence.at } : {}) });
  }
  if (input.handlesUpdate === 'no') {
    reasons.push({ hole: 'skips-update', text: input.updateEvidence?.note ?? 'skips every UPDATE request', ...(input.updateEvidence ? { at: input.updateEvidence.at } : {}) });
  }
  if (input.ephemeralGaps) {
    for (const gap of input.ephemeralGaps) reasons.push({ hole: 'skips-ephemeral-list', text: gap.note, at: gap.at });
  } else if (!input.reads.ephemeralContainers && (input.reads.containers || input.reads.initContainers)) {
    const seen = input.reads.containers ?? input.reads.initContainers!;
    const read = (['containers', 'initContainers'] as const).filter((list) => input.reads[list] !== undefined).join(' and ');
    reasons.push({ hole: 'skips-ephemeral-list', text: `reads ${read} but never ephemeralContainers`, at: seen.at });
  }
  if (reasons.length > 0) return { verdict: 'not-covered', reasons };
  // Enforcement is reported beside the verdict (EG301 needs it), not folded into it: the
  // verdict says whether the policy's logic reaches ephemeral containers.
  const enforcement: CoverageReason[] =
    input.enforces === 'no'
      ? [input.enforcementEvidence ? { text: input.enforcementEvidence.note, at: input.enforcementEvidence.at } : { text: 'audit or warn only: violations are reported, not denied' }]
      : [];
  const undecided = [input.receivesSubresource, input.handlesUpdate].includes('unknown') || unknowns.length > 0;
  if (undecided || !input.reads.ephemeralContainers) {
    return {
      verdict: 'unknown',
      reasons: unknowns.length > 0 ? unknowns.map((u) => ({ hole: 'not-analyzable', text: u.note, at: u.at })) : [{ text: 'could not tell whether it receives, evaluates and enforces on ephemeral containers' }],
    };
  }
  const control = input.blocksEphemeralContainers;
  const covered: CoverageReason = control
    ? { text: `controls ephemeral containers (${ephemeralControlScope(control)})`, at: control.at }
    : { text: 'reads ephemeralContainers, receives the subresource and evaluates UPDATE' };
  return { verdict: 'covered', reasons: [covered, ...enforcement] };
};
