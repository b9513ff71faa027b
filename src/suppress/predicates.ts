import { reaches, type Finding } from '../rules/finding.ts';
import type { Level } from '../rules/rule.ts';

type Judged = Pick<Finding, 'suppression' | 'baselineState'>;

/** Accepted by a comment, an annotation or `rbac.allow`: reported, never counted. */
export const isSuppressed = (finding: Judged): boolean => finding.suppression !== undefined;

/**
 * Counts for `fail-on`, the exit code and the step outcome: not suppressed, and, when a baseline
 * was given, new (an `unchanged` finding was accepted with the baseline; an `absent` one is gone).
 */
export const countsForFailOn = (finding: Judged): boolean =>
  !isSuppressed(finding) && finding.baselineState !== 'unchanged' && finding.baselineState !== 'absent';

/** The findings that fail the run at `failOn` (after suppressions and baseline). */
export const blockingFindings = <F extends Judged & Pick<Finding, 'level'>>(findings: readonly F[], failOn: Level | 'none'): F[] =>
  findings.filter((finding) => countsForFailOn(finding) && reaches(finding.level, failOn));

/**
 * Whether a result belongs in the SARIF uploaded to code scanning: GitHub ignores `suppressions`
 * (it would open suppressed results as alerts) and `baselineState` (an absent result would open
 * one too), so both stay in the local report only (GITHUB.md).
 */
export const belongsInUpload = (finding: Judged): boolean => !isSuppressed(finding) && finding.baselineState !== 'absent';
