import type { Location } from '../model/source-ref.ts';
import type { Level } from './rule.ts';
import type { ProvedHole } from '../analyze/evaluate/probe-facts.ts';

export interface RelatedLocation {
  readonly location: Location;
  readonly note: string;
}

/** A completed finding: what every report format renders. */
export interface Finding {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly level: Level;
  readonly securitySeverity?: number;
  readonly message: string;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
  readonly location: Location;
  /** `Kind/namespace/name` of the object the finding is about. */
  readonly object?: string;
  readonly related: readonly RelatedLocation[];
  /** The counterexample that proves it, when the policy's code was run on a probe. */
  readonly proof?: ProvedHole;
  /** SARIF partialFingerprints.primaryLocationLineHash (as GitHub's upload-sarif computes it). */
  readonly lineHash?: string;
  /** Set by the suppress stage: the finding is accepted, and why (never counts for fail-on). */
  readonly suppression?: Suppression;
  /** Set when the scan compares with a baseline (SARIF `baselineState`). */
  readonly baselineState?: BaselineState;
  /** In a test fixture (config `fixtures:`): counted, not listed, by the text report and the job summary. */
  readonly fixture?: true;
}

/**
 * Why a finding is accepted. `inSource`: a `# ephemeral-guard-ignore` comment or an
 * `ephemeral-guard.io/ignore` annotation; `external`: the config file (`rbac.allow`).
 * SARIF `suppressions[].kind` uses the same words.
 */
export interface Suppression {
  readonly kind: 'inSource' | 'external';
  readonly justification: string;
  /** Where the suppression is written (a scanned file), when it is in one. */
  readonly location?: Location;
}

/** SARIF `baselineState`: `absent` results were in the baseline and are gone now. */
export type BaselineState = 'new' | 'unchanged' | 'absent';

const LEVEL_RANK: Readonly<Record<Level, number>> = { error: 3, warning: 2, note: 1 };

/** Strictly more severe? */
export const outranks = (level: Level, than: Level): boolean => LEVEL_RANK[level] > LEVEL_RANK[than];

/** At or above `threshold`? `none` is never reached. */
export const reaches = (level: Level, threshold: Level | 'none'): boolean =>
  threshold !== 'none' && LEVEL_RANK[level] >= LEVEL_RANK[threshold];

/** Report order: file, line, column, rule id, message. */
export const compareFindings = (a: Finding, b: Finding): number =>
  compareText(a.location.file, b.location.file) ||
  a.location.startLine - b.location.startLine ||
  a.location.startColumn - b.location.startColumn ||
  compareText(a.ruleId, b.ruleId) ||
  compareText(a.message, b.message);

/** Locale-independent comparison, so that output bytes never depend on the machine. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
