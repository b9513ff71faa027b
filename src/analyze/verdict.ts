import { ephemeralControlScope, type CoverageFact, type CoverageReason, type Evidence, type Verdict } from './coverage.ts';
import { ephemeralRelevantChecks } from '../model/container-fields.ts';
import type { CoverageHole } from '../model/coverage-holes.ts';
import { deniesPrivilegedContainers, type PodSecurityLevel } from '../model/pod-security.ts';
import { unknownConstruct, type InputProblem } from '../model/input-problem.ts';
import type { SourceRef } from '../model/source-ref.ts';
import { pushAll } from '../array.ts';

/** A verdict and the reasons for it. */
export interface Decision {
  readonly verdict: Verdict;
  readonly reasons: CoverageReason[];
}

/** Pod Security Admission in one namespace: the level it enforces, and where that is said. */
export interface PodSecurityHint {
  readonly level: PodSecurityLevel;
  /** A PodSecurityConfiguration exempts the namespace: Pod Security checks nothing there. */
  readonly exempt: boolean;
  /** The level is the PodSecurityConfiguration default (the namespace has no enforce label). */
  readonly configDefault: boolean;
  readonly at: SourceRef;
}

/** The engine's installation in scope cannot receive the subresource (too old, a webhook that misses it). */
export interface InheritedHole extends Evidence {
  readonly hole: CoverageHole;
}

/**
 * What running the policy's code on the probes showed, beside the reading of its code:
 * hole: a probe denied as a normal container is admitted as an ephemeral one (`proved` says
 * so); contradicts: the reading found a logic hole (`reading`, worded by the caller) that
 * probes denied in both forms (`shown`) refute. `label` names the policy when the two disagree
 * ({@link probeDisagreement}).
 */
export type ProbeHint =
  | { readonly kind: 'hole'; readonly label: string; readonly proved: string; readonly at: SourceRef }
  | { readonly kind: 'contradicts'; readonly label: string; readonly reading: string; readonly shown: string; readonly at: SourceRef };

/**
 * The EG003 sentence of probes that disagree with the reading of the code: what each showed,
 * and the verdict decided from both (`prior`: the reading's; `decided`: decideVerdict's).
 */
export const probeDisagreement = (probe: ProbeHint, prior: Verdict, decided: Verdict): string => {
  const reading = probe.kind === 'hole' ? `its logic reaches ephemeral containers (${prior})` : probe.reading;
  const shown = probe.kind === 'hole' ? probe.proved : probe.shown;
  const outcome = decided === 'unknown' ? 'so its coverage is unknown' : `but its other holes keep it ${decided}`;
  return `${probe.label}: read from the code, ${reading}; ${shown}. The two analyses disagree, ${outcome}.`;
};

/**
 * What an analyzer knows beyond the fact's own fields. Analyzers state these facts; only
 * decideVerdict turns them into a verdict.
 */
export interface VerdictHints {
  /**
   * Where the policy says it does not always deny (Kyverno failure action, VAP binding actions,
   * Gatekeeper enforcementAction, a webhook's mode), worded by its engine: said beside every
   * verdict but not-applicable when it does not enforce. A covered policy that does not enforce
   * says so without it too (EG301 needs it).
   */
  readonly enforcementEvidence?: { readonly note: string; readonly at?: SourceRef };
  /**
   * Every filter that drops UPDATE, `updateEvidence` first (Kyverno: its match, preconditions,
   * deny conditions): each is a skips-update hole to close. Absent: `updateEvidence` alone.
   */
  readonly updateDrops?: readonly Evidence[];
  /** A policy that denies nothing changes only these fields, none of a container: said beside not-applicable. */
  readonly changesOnly?: readonly string[];
  /** What the analyzer says of the policy beside any verdict (a binding's namespaceSelector, a template without a constraint). */
  readonly notes?: readonly CoverageReason[];
  /**
   * The policy decided from its other code, which its engine runs in another configuration
   * (Gatekeeper's Rego when its CEL driver is off): said, after `when`, if that verdict differs.
   */
  readonly otherwise?: { readonly when: string; readonly input: VerdictInput };
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
  /** A kind of rule this analysis does not read (Kyverno verifyImages): where, and why in a few words (EG003 there). */
  readonly notAnalyzed?: Evidence;
  /** The policy cannot deny an ephemeral container, and why ("matches no Pods", "not a validate rule (mutate)"). */
  readonly notApplicable?: string;
  /** The admission plugin never evaluates a subresource request (PodSecurityPolicy): why. */
  readonly ignoresSubresources?: string;
  /** Pod Security Admission in a namespace, which re-checks the whole Pod, ephemeral containers included. */
  readonly podSecurity?: PodSecurityHint;
  /** The engine installation's own hole: every policy of it that checks a settable field inherits it. */
  readonly inheritedHole?: InheritedHole;
  /** What the probes showed against the reading of the code. */
  readonly probe?: ProbeHint;
  /**
   * The verdict a first stage decided, when a later stage (the installation's reach, the
   * probes) adds its hint: the decision goes on from it instead of deciding the fact again.
   */
  readonly prior?: Decision;
}

/** A verdict is decided from these fields of the fact, plus the hints. */
export type VerdictInput = Pick<
  CoverageFact,
  | 'reads'
  | 'checks'
  | 'receivesSubresource'
  | 'subresourceEvidence'
  | 'handlesUpdate'
  | 'updateEvidence'
  | 'enforces'
  | 'controllersOnly'
  | 'blocksEphemeralContainers'
  | 'requiresForbiddenOnEphemeral'
  | 'exemptsEphemeral'
> &
  VerdictHints;

/** What an analyzer builds of a coverage fact; the verdict and its reasons are decided here. */
export type CoverageParts = Omit<CoverageFact, 'verdict' | 'reasons'>;

/**
 * The fact, decided: analyzers state each field once, and the verdict rests on exactly the
 * values the fact reports, plus the hints.
 */
export const decideFact = <P extends CoverageParts>(parts: P, hints: VerdictHints = {}): P & Decision => ({ ...parts, ...decideVerdict({ ...parts, ...hints }) });

/** A decided fact decided again with a later stage's hint (the installation's reach, the probes). */
export const redecideFact = <F extends CoverageFact>(fact: F, hints: Pick<VerdictHints, 'inheritedHole' | 'probe'>): F => ({
  ...fact,
  ...decideVerdict({ ...fact, ...hints, prior: { verdict: fact.verdict, reasons: [...fact.reasons] } }),
});

/** An EG003 problem at each reason of a decided fact that could not be followed, said of `subject` ("ClusterPolicy p rule r"). */
export const notAnalyzableProblems = (decided: Pick<CoverageFact, 'reasons'>, subject: string): InputProblem[] =>
  decided.reasons.flatMap((reason) => (reason.hole === 'not-analyzable' && reason.at ? [unknownConstruct(reason.at, subject, reason.text, 'review')] : []));

/** Holes of the policy's own logic (not of its match or engine). */
const LOGIC_HOLES: ReadonlySet<CoverageHole> = new Set(['skips-ephemeral-list', 'skips-update']);

/** The reading of the code found a hole in the policy's own logic (EG101, EG102): what a probe can confirm or refute. */
export const findsLogicHole = (decided: Pick<CoverageFact, 'verdict' | 'reasons'>): boolean =>
  decided.verdict === 'not-covered' && decided.reasons.some((reason) => !reason.inherited && reason.hole !== undefined && LOGIC_HOLES.has(reason.hole));

/**
 * The one verdict rule for every engine, in this order:
 * 1. the fact itself: a rule kind not analysed is unknown (fail closed, before anything else);
 *    a policy that cannot apply is not-applicable; PodSecurityPolicy never sees the subresource;
 *    Pod Security decides by its level; otherwise decideFromLogic;
 * 2. the installation's hole: a policy that checks a settable field and receives the
 *    subresource through its own match is not-covered when its engine cannot receive it;
 * 3. the probes: a proved hole the reading found stays, one it missed makes unknown
 *    not-covered and anything else unknown; a refuted logic hole is unknown.
 */
export const decideVerdict = (input: VerdictInput): Decision => {
  let decided = input.prior ?? decideFromFact(input);
  if (input.inheritedHole) decided = withInheritedHole(decided, input, input.inheritedHole);
  if (input.probe) decided = withProbe(decided, input, input.probe);
  return decided;
};

/**
 * The first stage: the verdict of the fact, then what the policy shows beside it, in this order:
 * the holes that do not decide the verdict (requires-forbidden: it denies every ephemeral
 * container it receives, a reliability defect; excluded: an exclusion of the subresource,
 * which cannot matter when the policy is not applicable), the enforcement, the analyzer's notes.
 */
const decideFromFact = (input: VerdictInput): Decision => {
  const decided = decideVerdictOfFact(input);
  const reasons = [...decided.reasons];
  // A policy that cannot apply never meets a Pod: what it requires of ephemeral containers cannot matter.
  if (input.notApplicable === undefined || input.notAnalyzed !== undefined) {
    for (const evidence of input.requiresForbiddenOnEphemeral ?? []) reasons.push({ hole: 'requires-forbidden', text: evidence.note, at: evidence.at });
  }
  if (decided.verdict !== 'not-applicable') {
    for (const exclusion of input.exemptsEphemeral ?? []) {
      if (exclusion !== input.subresourceExcluded) reasons.push({ hole: 'excluded', text: exclusion.note, at: exclusion.at });
    }
    const evidence = input.enforcementEvidence;
    if (input.enforces !== 'yes' && evidence) reasons.push({ text: evidence.note, ...(evidence.at && { at: evidence.at }) });
    else if (input.enforces === 'no' && decided.verdict === 'covered') reasons.push({ text: 'audit or warn only: violations are reported, not denied' });
  }
  pushAll(reasons, input.notes ?? []);
  const otherwise = input.otherwise && decideVerdict(input.otherwise.input).verdict;
  if (otherwise !== undefined && otherwise !== decided.verdict) reasons.push({ text: `${input.otherwise!.when} ${otherwise}` });
  if (decided.verdict === 'not-applicable' && input.changesOnly && input.changesOnly.length > 0) reasons.push({ text: `its mutations change only ${input.changesOnly.join(', ')}` });
  return { verdict: decided.verdict, reasons };
};

const decideVerdictOfFact = (input: VerdictInput): Decision => {
  if (input.notAnalyzed !== undefined) return { verdict: 'unknown', reasons: [{ hole: 'not-analyzable', text: input.notAnalyzed.note, at: input.notAnalyzed.at }] };
  if (input.notApplicable !== undefined) return { verdict: 'not-applicable', reasons: [{ text: input.notApplicable }] };
  if (input.ignoresSubresources !== undefined) return { verdict: 'not-covered', reasons: [{ hole: 'ignores-subresources', text: input.ignoresSubresources }] };
  if (input.podSecurity) return decideFromPodSecurity(input.podSecurity);
  return decideFromLogic(input);
};

/** Pod Security re-checks the whole Pod when an ephemeral container is added: its level decides. */
const decideFromPodSecurity = ({ level, exempt, configDefault, at }: PodSecurityHint): Decision => {
  if (exempt) return { verdict: 'not-covered', reasons: [{ hole: 'excluded', text: 'a PodSecurityConfiguration exempts this namespace: Pod Security checks nothing here', at }] };
  const from = configDefault ? ' (the PodSecurityConfiguration default; the namespace has no enforce label)' : '';
  return deniesPrivilegedContainers(level)
    ? { verdict: 'covered', reasons: [{ text: `Pod Security enforces ${level} in this namespace${from}, ephemeral containers included`, at }] }
    : { verdict: 'not-covered', reasons: [{ hole: 'enforces-nothing', text: `Pod Security enforce level is privileged${from}: nothing is denied`, at }] };
};

/** The policy's own holes stay; what said it was covered no longer holds. */
const withInheritedHole = (decided: Decision, input: VerdictInput, inherited: InheritedHole): Decision => {
  if (input.receivesSubresource === 'no' || ephemeralRelevantChecks(input.checks).length === 0) return decided;
  return {
    verdict: 'not-covered',
    reasons: [...decided.reasons.filter((reason) => reason.hole !== undefined), { hole: inherited.hole, text: inherited.note, at: inherited.at, inherited: true }],
  };
};

const withProbe = (decided: Decision, input: VerdictInput, probe: ProbeHint): Decision => {
  const disagreement = (verdict: Verdict): CoverageReason => ({ hole: 'not-analyzable', text: probeDisagreement(probe, decided.verdict, verdict), at: probe.at });
  if (probe.kind === 'contradicts') return { verdict: 'unknown', reasons: [disagreement('unknown')] };
  if (findsLogicHole(decided)) return { verdict: decided.verdict, reasons: [...decided.reasons, { text: probe.proved }] };
  if (decided.verdict === 'unknown') {
    return { verdict: 'not-covered', reasons: [{ hole: input.reads.ephemeralContainers ? 'skips-update' : 'skips-ephemeral-list', text: probe.proved, at: probe.at }] };
  }
  // A policy already not covered for its match keeps that verdict; the disagreement is added.
  return decided.verdict === 'not-covered'
    ? { verdict: 'not-covered', reasons: [...decided.reasons, disagreement('not-covered')] }
    : { verdict: 'unknown', reasons: [disagreement('unknown')] };
};

/**
 * The verdict of a policy's logic:
 * - not-applicable: it checks no container field an ephemeral container can set;
 * - not-covered: it checks one but never receives the subresource (misses-subresource,
 *   controllers-only, excluded), skips UPDATE (skips-update), or never reads ephemeralContainers
 *   (skips-ephemeral-list); each reason names its hole, and the rule that reports it says so;
 * - unknown: something that decides it could not be followed;
 * - covered: otherwise.
 */
const decideFromLogic = (input: VerdictInput): Decision => {
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
  // A policy that matches only pod controllers reads pod templates, which cannot hold ephemeral
  // containers (the API rejects them there): the hole is that it never sees a Pod, not its lists.
  const controllersOnly = input.receivesSubresource === 'no' && input.controllersOnly !== undefined;
  if (!controllersOnly && input.ephemeralGaps) {
    for (const gap of input.ephemeralGaps) reasons.push({ hole: 'skips-ephemeral-list', text: gap.note, at: gap.at });
  } else if (!controllersOnly && !input.reads.ephemeralContainers && (input.reads.containers || input.reads.initContainers)) {
    const seen = input.reads.containers ?? input.reads.initContainers!;
    const read = (['containers', 'initContainers'] as const).filter((list) => input.reads[list] !== undefined).join(' and ');
    reasons.push({ hole: 'skips-ephemeral-list', text: `reads ${read} but never ephemeralContainers`, at: seen.at });
  }
  // Every further UPDATE filter is a hole to close too (the first one is said above).
  if (input.handlesUpdate === 'no') {
    for (const drop of (input.updateDrops ?? []).slice(1)) reasons.push({ hole: 'skips-update', text: drop.note, at: drop.at });
  }
  if (reasons.length > 0) return { verdict: 'not-covered', reasons };
  // Enforcement is reported beside the verdict (decideFromFact; EG301 needs it), not folded
  // into it: the verdict says whether the policy's logic reaches ephemeral containers.
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
  return { verdict: 'covered', reasons: [covered] };
};
