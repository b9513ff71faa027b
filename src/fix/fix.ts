import type { CoverageFact } from '../analyze/coverage.ts';
import type { EngineVersionFact } from '../analyze/engine-versions/index.ts';
import type { Facts } from '../analyze/facts.ts';
import type { ScanRequest } from '../scan.ts';
import type { SourceIndex } from '../load/source-index.ts';
import type { FixAnchor } from '../model/fix-anchor.ts';
import { objectLabel } from '../model/object-ref.ts';
import type { SourceRef } from '../model/source-ref.ts';
import { COPY_NOTE } from '../report/duplicates.ts';
import type { Finding } from '../rules/finding.ts';
import { RULE_OF_HOLE } from '../rules/index.ts';
import { anchorEdits } from './anchor-edits.ts';
import { EPHEMERAL_RESOURCE, planResourcesFix, type PlanResult } from './eg103-resources.ts';
import { disproveFix, type IntendedChange } from './prove.ts';
import { pushAll } from '../array.ts';
import { applyEdits, editsKey, editsOverlap, type TextEdit } from './text-edit.ts';

/**
 * A fix that was applied in memory and proved (prove.ts). `file` is the file it edits: the
 * finding's own, a lib its policy calls, or another copy of its object (one fix per copy).
 */
export interface ProvedFix {
  readonly finding: Finding;
  readonly file: string;
  readonly description: string;
  readonly edits: readonly TextEdit[];
}

/** A finding of a fixable rule whose fix is not offered, and why. */
export interface UnprovedFix {
  readonly finding: Finding;
  readonly reason: string;
}

export interface FixPlan {
  readonly proved: readonly ProvedFix[];
  readonly unproved: readonly UnprovedFix[];
}

/** What the scan knew, for fixes planned from the analysis' facts (EG101, EG102). */
export interface FixContext {
  readonly facts: Facts;
  readonly sources: SourceIndex;
}

/** A fix planned from the finding's text (EG103), or from the fact behind it. */
type FixKind =
  | { readonly from: 'text'; readonly plan: (text: string, finding: Finding) => PlanResult; readonly change: IntendedChange }
  | { readonly from: 'facts' };

/** Per rule id, how its findings are fixed. */
const FIX_KINDS: Readonly<Record<string, FixKind>> = {
  EG101: { from: 'facts' },
  EG102: { from: 'facts' },
  EG105: { from: 'facts' },
  EG106: { from: 'facts' },
  EG103: { from: 'text', plan: planResourcesFix, change: { key: 'resources', added: EPHEMERAL_RESOURCE } },
};

/** The rules whose findings may carry a fix (their doc pages show it under "Automatic fix"). */
export const FIXABLE_RULES: readonly string[] = Object.keys(FIX_KINDS).sort();

export const isFixable = (finding: Finding): boolean => finding.ruleId in FIX_KINDS && finding.suppression === undefined;

/** Same file and start: where a fact's evidence is the finding's location. */
const startsAt = (location: { file: string; startLine: number; startColumn: number }, finding: Finding): boolean =>
  location.file === finding.location.file && location.startLine === finding.location.startLine && location.startColumn === finding.location.startColumn;

/** The fact a finding was drawn from: same policy, and a reason of its rule at its location. */
const factOf = (finding: Finding, context: FixContext): CoverageFact | undefined =>
  context.facts.coverage.find(
    (fact) =>
      objectLabel(fact.policy) === finding.object &&
      fact.reasons.some((reason) => reason.hole !== undefined && RULE_OF_HOLE.get(reason.hole) === finding.ruleId && reason.at !== undefined && startsAt(context.sources.locate(reason.at), finding)),
  );

/** The engine version behind an EG106 finding: same object, at its location. */
const engineVersionOf = (finding: Finding, context: FixContext): EngineVersionFact | undefined =>
  (context.facts.engineVersions ?? []).find((fact) => objectLabel(fact.object) === finding.object && startsAt(context.sources.locate(fact.at), finding));

/** Every file a fact's evidence is in (the policy, its constraints, the libs it calls). */
const filesOf = (fact: CoverageFact | EngineVersionFact): Set<string> => {
  const files = new Set<string>('readFrom' in fact ? fact.readFrom : []);
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (typeof record['file'] === 'string') files.add(record['file']);
      Object.values(record).forEach(walk);
    }
  };
  walk(fact);
  return files;
};

type Planned =
  | { readonly file: string; readonly edits: readonly TextEdit[]; readonly description: string; readonly context: readonly string[]; readonly change: IntendedChange }
  | { readonly unfixable: string };

/** The edits of the anchors of a finding's fact, all in one file; and the files the proof scans beside it. */
const planFromFacts = async (finding: Finding, context: FixContext | undefined, readText: (file: string) => Promise<string | undefined>): Promise<Planned> => {
  if (!context) return { unfixable: 'the fix is planned from the analysis, which this caller did not pass' };
  const version = finding.ruleId === 'EG106' ? engineVersionOf(finding, context) : undefined;
  const fact = version ?? factOf(finding, context);
  if (!fact) return { unfixable: 'the analysis did not record the policy behind the finding' };
  // An anchor names the hole it closes; the finding's rule is the one that reports that hole.
  const anchors: readonly FixAnchor[] = (fact.fixes ?? []).filter((anchor) => RULE_OF_HOLE.get(anchor.hole) === finding.ruleId);
  if (anchors.length === 0) return { unfixable: version ? 'the version is not written in the image tag or chart version as the analysis read it' : unanchoredReason(finding.ruleId, fact as CoverageFact) };
  const texts = new Map<string, string | undefined>();
  const locate = (ref: SourceRef) => context.sources.locate(ref);
  for (const anchor of anchors) {
    for (const ref of Object.values(anchor).flat()) {
      if (typeof ref !== 'object' || ref === null) continue;
      const file = locate(ref as SourceRef).file;
      if (!texts.has(file)) texts.set(file, await readText(file));
    }
  }
  const edits: TextEdit[] = [];
  const files = new Set<string>();
  let description = '';
  let change: IntendedChange | undefined;
  for (const anchor of anchors) {
    const planned = anchorEdits(anchor, locate, (file) => texts.get(file));
    if ('unfixable' in planned) return planned;
    files.add(planned.file);
    pushAll(edits, planned.edits);
    description ||= planned.description;
    change ??= planned.change;
  }
  const [file] = files;
  if (files.size !== 1 || file === undefined || change === undefined) return { unfixable: 'the fix would edit several files' };
  for (let i = 0; i < edits.length; i++) if (editsOverlap(edits.slice(0, i), [edits[i]!])) return { unfixable: 'the edits overlap' };
  return { file, edits, description, change, context: [...filesOf(fact)].filter((other) => other !== file) };
};

/**
 * Why a Kyverno EG102 has no fix: only an `any` of operation tests, or a one-entry `all`, is
 * extended. Adding UPDATE to match operations would also check every plain update of a Pod,
 * which the policy chose not to: that is the user's call.
 */
export const KYVERNO_EG102_UNFIXABLE =
  'the rule skips UPDATE by a filter the fixer does not rewrite (match operations, an all precondition beside others, the legacy list form, deny or foreach conditions, or several filters)';

/**
 * Why a Kyverno EG101 has no fix: the fixer extends a pattern's containers branch, a foreach
 * list and `request.object.spec.containers[]` in JMESPath, nothing else.
 */
export const KYVERNO_EG101_UNFIXABLE =
  'the containers are read in a form the fixer does not extend (a filter, a pod template, another object, images.containers, or a lookup)';

/** Why a Kyverno CEL EG101 has no fix: only `object.spec.containers` is extended. */
export const KYVERNO_CEL_EG101_UNFIXABLE =
  'the fixer extends object.spec.containers in CEL and nothing else: these containers are read in another form (images.containers, a variable, a filter)';

/** Why a finding of a fixable rule has no anchor, in the words of what the analysis saw. */
const unanchoredReason = (ruleId: string, fact: CoverageFact): string => {
  if (ruleId === 'EG101' && fact.engine === 'kyverno-cel') return KYVERNO_CEL_EG101_UNFIXABLE;
  if (ruleId === 'EG101' && fact.engine === 'gatekeeper' && fact.language === 'rego') return 'the container lists are read in a rule the fixer cannot copy (several bodies, an else, a complete rule or a function)';
  if (ruleId === 'EG102' && fact.engine === 'gatekeeper' && fact.language === 'rego') return 'the UPDATE exemption is neither a `<review>.operation == "UPDATE"` test the fixer can extend nor an `input.review.operation` comparison in the rule itself';
  if (ruleId === 'EG102' && fact.engine === 'kyverno') return KYVERNO_EG102_UNFIXABLE;
  if (ruleId === 'EG101' && fact.engine === 'kyverno') return KYVERNO_EG101_UNFIXABLE;
  return `the fixer does not write ${ruleId} fixes for ${fact.engine}${fact.language ? ` ${fact.language}` : ''} policies of this form yet`;
};

/** A finding (or one copy of its object: `at`) and the fix planned for it, before the proof. */
interface PlannedFix {
  readonly finding: Finding;
  readonly at: Finding;
  readonly copyOf?: string;
  readonly planned: Planned;
}

/**
 * Plans and proves a fix for every fixable finding (unsuppressed, of a rule in FIX_KINDS).
 * `readText` gives a scanned file's text by its path relative to the scan root.
 *
 * Findings whose planned edits are the same (a lib several policies call, one helper feeding
 * several findings) share one fix: written once, proved once for all of them, with every policy
 * that reads the edited file scanned beside it. A fix whose edits overlap another's without being
 * the same is not offered: applied together they would conflict.
 */
export const planFixes = async (
  findings: readonly Finding[],
  readText: (file: string) => Promise<string | undefined>,
  request: ScanRequest,
  context?: FixContext,
): Promise<FixPlan> => {
  const plans: PlannedFix[] = [];
  for (const finding of findings) {
    const kind = isFixable(finding) ? FIX_KINDS[finding.ruleId] : undefined;
    if (!kind) continue;
    plans.push({ finding, at: finding, planned: await planEdits(finding, kind, readText, context) });
    // The same object deployed in several files is one finding (report/duplicates.ts): each copy
    // gets the same fix, planned and proved at that copy, or the copies would each fire after it.
    for (const copy of finding.related.filter((related) => related.note === COPY_NOTE)) {
      const atCopy: Finding = { ...finding, location: copy.location, related: [] };
      plans.push({ finding, at: atCopy, copyOf: copy.location.file, planned: await planEdits(atCopy, kind, readText, context) });
    }
  }
  const groups = new Map<string, PlannedFix[]>();
  const refused = new Map<PlannedFix, string>();
  for (const plan of plans) {
    if ('unfixable' in plan.planned) {
      refused.set(plan, plan.planned.unfixable);
      continue;
    }
    const key = `${plan.planned.file}\u0000${editsKey(plan.planned.edits)}`;
    groups.set(key, [...(groups.get(key) ?? []), plan]);
  }
  // Overlapping edits of different fixes: the first in finding order keeps its fix.
  const accepted: { file: string; edits: readonly TextEdit[]; first: Finding }[] = [];
  const proofs: PlannedFix[][] = [];
  for (const group of groups.values()) {
    const { file, edits } = group[0]!.planned as Exclude<Planned, { unfixable: string }>;
    const clash = accepted.find((other) => other.file === file && editsOverlap(other.edits, edits));
    if (clash) {
      for (const plan of group) refused.set(plan, `its edits overlap those of the fix of ${clash.first.ruleId} at ${clash.first.location.file}:${clash.first.location.startLine}:${clash.first.location.startColumn}, which is offered instead`);
      continue;
    }
    accepted.push({ file, edits, first: group[0]!.at });
    proofs.push(group);
  }
  const provedPlans = new Map<PlannedFix, Omit<ProvedFix, 'finding'>>();
  for (const group of proofs) {
    const result = await proveGroup(group, readText, request, context);
    for (const plan of group) {
      if ('reason' in result) refused.set(plan, result.reason);
      else provedPlans.set(plan, result);
    }
  }
  const proved: ProvedFix[] = [];
  const unproved: UnprovedFix[] = [];
  // A finding whose own fix is refused is not fixed at its copies either: they wait for it.
  const refusedFindings = new Set(plans.filter((plan) => plan.copyOf === undefined && !provedPlans.has(plan)).map((plan) => plan.finding));
  for (const plan of plans) {
    if (plan.copyOf !== undefined && refusedFindings.has(plan.finding)) continue;
    const fix = provedPlans.get(plan);
    if (fix) proved.push({ finding: plan.finding, ...fix });
    else {
      const reason = refused.get(plan) ?? 'the fix was not proved';
      unproved.push({ finding: plan.finding, reason: plan.copyOf === undefined ? reason : `the copy in ${plan.copyOf}: ${reason}` });
    }
  }
  return { proved, unproved };
};

/** The planned edits of one finding (or of one copy of its object). */
const planEdits = async (finding: Finding, kind: FixKind, readText: (file: string) => Promise<string | undefined>, context: FixContext | undefined): Promise<Planned> => {
  if (kind.from === 'facts') return planFromFacts(finding, context, readText);
  const text = await readText(finding.location.file);
  if (text === undefined) return { unfixable: 'the file could not be read again' };
  const edits = kind.plan(text, finding);
  return 'unfixable' in edits ? edits : { ...edits, file: finding.location.file, context: [], change: kind.change };
};

/**
 * Proves the edits a group of findings share: the edited file is scanned with every file the
 * findings' policies are read from and, for an edit of policy code, every other policy that reads
 * the edited file (so that an edit of a shared lib cannot open a hole in a policy the findings
 * are not about).
 */
const proveGroup = async (
  group: readonly PlannedFix[],
  readText: (file: string) => Promise<string | undefined>,
  request: ScanRequest,
  context: FixContext | undefined,
): Promise<Omit<ProvedFix, 'finding'> | { readonly reason: string }> => {
  const planned = group[0]!.planned as Exclude<Planned, { unfixable: string }>;
  const text = await readText(planned.file);
  if (text === undefined) return { reason: 'the file could not be read again' };
  const others = new Set<string>();
  for (const plan of group) {
    if ('unfixable' in plan.planned) continue;
    for (const file of [...plan.planned.context, plan.at.location.file]) others.add(file);
  }
  // An engine upgrade (EG106) is meant to change how every policy it runs behaves: only the
  // policies' own code is scanned beside it, as before.
  const edited = group.some((plan) => plan.finding.ruleId !== 'EG106');
  for (const fact of edited ? (context?.facts.coverage ?? []) : []) {
    const files = filesOf(fact);
    if (files.has(planned.file)) for (const file of files) others.add(file);
  }
  const contextFiles = new Map<string, string>();
  for (const other of [...others].sort()) {
    if (other === planned.file) continue;
    const otherText = await readText(other);
    if (otherText !== undefined) contextFiles.set(other, otherText);
  }
  const reason = await disproveFix(planned.file, text, applyEdits(text, planned.edits), group.map((plan) => plan.at), planned.change, request, contextFiles);
  return reason ? { reason } : { file: planned.file, description: planned.description, edits: planned.edits };
};

/**
 * Per file, the edits of every proved fix that does not overlap an earlier one, in file order; a
 * fix whose edits are already there (a lib shared by several policies) is written once.
 */
export const editsByFile = (proved: readonly ProvedFix[]): Map<string, TextEdit[]> => {
  const byFile = new Map<string, TextEdit[]>();
  for (const fix of proved) {
    const edits = byFile.get(fix.file) ?? [];
    if (editsOverlap(edits, fix.edits)) continue;
    pushAll(edits, fix.edits);
    byFile.set(fix.file, edits);
  }
  for (const edits of byFile.values()) edits.sort((a, b) => a.start - b.start);
  return byFile;
};

/** Every file's text after its fixes. */
export const fixedTexts = async (proved: readonly ProvedFix[], readText: (file: string) => Promise<string | undefined>): Promise<Map<string, { before: string; after: string }>> => {
  const result = new Map<string, { before: string; after: string }>();
  for (const [file, edits] of editsByFile(proved)) {
    const before = await readText(file);
    if (before !== undefined) result.set(file, { before, after: applyEdits(before, edits) });
  }
  return result;
};
