import type { ScanRequest } from '../scan.ts';
import type { Finding } from '../rules/finding.ts';
import { EPHEMERAL_RESOURCE, planResourcesFix, type PlanResult } from './eg103-resources.ts';
import { disproveFix, type IntendedChange } from './prove.ts';
import { pushAll } from '../array.ts';
import { applyEdits, editsOverlap, type TextEdit } from './text-edit.ts';

/** A fix that was applied in memory and proved (prove.ts). */
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

interface FixKind {
  readonly plan: (text: string, finding: Finding) => PlanResult;
  readonly change: IntendedChange;
}

/** Per rule id, how its findings are fixed. */
const FIX_KINDS: Readonly<Record<string, FixKind>> = {
  EG103: { plan: planResourcesFix, change: { key: 'resources', added: EPHEMERAL_RESOURCE } },
};

export const isFixable = (finding: Finding): boolean => finding.ruleId in FIX_KINDS && finding.suppression === undefined;

/**
 * Plans and proves a fix for every fixable finding (unsuppressed, of a rule in FIX_KINDS).
 * `readText` gives a scanned file's text by its path relative to the scan root.
 */
export const planFixes = async (findings: readonly Finding[], readText: (file: string) => Promise<string | undefined>, request: ScanRequest): Promise<FixPlan> => {
  const proved: ProvedFix[] = [];
  const unproved: UnprovedFix[] = [];
  for (const finding of findings) {
    const kind = isFixable(finding) ? FIX_KINDS[finding.ruleId] : undefined;
    if (!kind) continue;
    const file = finding.location.file;
    const text = await readText(file);
    if (text === undefined) {
      unproved.push({ finding, reason: 'the file could not be read again' });
      continue;
    }
    const planned = kind.plan(text, finding);
    if ('unfixable' in planned) {
      unproved.push({ finding, reason: planned.unfixable });
      continue;
    }
    const reason = await disproveFix(file, text, applyEdits(text, planned.edits), finding, kind.change, request);
    if (reason) unproved.push({ finding, reason });
    else proved.push({ finding, file, description: planned.description, edits: planned.edits });
  }
  return { proved, unproved };
};

/** Per file, the edits of every proved fix that does not overlap an earlier one, in file order. */
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
