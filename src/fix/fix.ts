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
import { applyEdits, editsOverlap, type TextEdit } from './text-edit.ts';

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
  const files = new Set<string>();
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
  const anchors: readonly FixAnchor[] = (fact.fixes ?? []).filter((anchor) => anchor.ruleId === finding.ruleId);
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

/** Why a finding of a fixable rule has no anchor, in the words of what the analysis saw. */
const unanchoredReason = (ruleId: string, fact: CoverageFact): string => {
  if (ruleId === 'EG101' && fact.engine === 'gatekeeper' && fact.language === 'rego') return 'the container lists are read in a rule the fixer cannot copy (several bodies, an else, a complete rule or a function)';
  if (ruleId === 'EG102' && fact.engine === 'gatekeeper' && fact.language === 'rego') return 'the UPDATE exemption is not a `<review>.operation == "UPDATE"` literal the fixer can extend';
  return `the fixer does not write ${ruleId} fixes for ${fact.engine}${fact.language ? ` ${fact.language}` : ''} policies of this form yet`;
};

/**
 * Plans and proves a fix for every fixable finding (unsuppressed, of a rule in FIX_KINDS).
 * `readText` gives a scanned file's text by its path relative to the scan root.
 */
export const planFixes = async (
  findings: readonly Finding[],
  readText: (file: string) => Promise<string | undefined>,
  request: ScanRequest,
  context?: FixContext,
): Promise<FixPlan> => {
  const proved: ProvedFix[] = [];
  const unproved: UnprovedFix[] = [];
  for (const finding of findings) {
    const kind = isFixable(finding) ? FIX_KINDS[finding.ruleId] : undefined;
    if (!kind) continue;
    const result = await planOne(finding, kind, readText, request, context);
    if ('reason' in result) {
      unproved.push({ finding, reason: result.reason });
      continue;
    }
    proved.push({ finding, ...result });
    // The same object deployed in several files is one finding (report/duplicates.ts): each copy
    // gets the same fix, planned and proved at that copy, or the copies would each fire after it.
    for (const copy of finding.related.filter((related) => related.note === COPY_NOTE)) {
      const atCopy: Finding = { ...finding, location: copy.location, related: [] };
      const copied = await planOne(atCopy, kind, readText, request, context);
      if ('reason' in copied) unproved.push({ finding, reason: `the copy in ${copy.location.file}: ${copied.reason}` });
      else proved.push({ finding, ...copied });
    }
  }
  return { proved, unproved };
};

/** Plans and proves the fix of one finding (or of one copy of its object). */
const planOne = async (
  finding: Finding,
  kind: FixKind,
  readText: (file: string) => Promise<string | undefined>,
  request: ScanRequest,
  context: FixContext | undefined,
): Promise<Omit<ProvedFix, 'finding'> | { readonly reason: string }> => {
  let planned: Planned;
  if (kind.from === 'text') {
    const text = await readText(finding.location.file);
    if (text === undefined) return { reason: 'the file could not be read again' };
    const edits = kind.plan(text, finding);
    planned = 'unfixable' in edits ? edits : { ...edits, file: finding.location.file, context: [], change: kind.change };
  } else planned = await planFromFacts(finding, context, readText);
  if ('unfixable' in planned) return { reason: planned.unfixable };
  const text = await readText(planned.file);
  if (text === undefined) return { reason: 'the file could not be read again' };
  const contextFiles = new Map<string, string>();
  for (const other of new Set([...planned.context, finding.location.file])) {
    if (other === planned.file) continue;
    const otherText = await readText(other);
    if (otherText !== undefined) contextFiles.set(other, otherText);
  }
  // One edit may serve several findings (a lib several policies call): each is proved, the edit written once.
  const reason = await disproveFix(planned.file, text, applyEdits(text, planned.edits), finding, planned.change, request, contextFiles);
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
