/**
 * What the text report and the job summary list by default: the holes. Covered and
 * not-applicable coverage rows and guarded access rows are counted, not listed (JSON and SARIF
 * keep them all).
 */
import type { CoverageRow } from './scan-result.ts';
import type { Finding } from '../rules/finding.ts';
import type { AccessRow } from './access.ts';

/** A policy rule that does not stop a privileged ephemeral container, or that could not be told. */
export const isHole = (row: Pick<CoverageRow, 'verdict'>): boolean => row.verdict === 'not-covered' || row.verdict === 'unknown';

/**
 * Access that no control certainly guards somewhere it reaches: the row, or any namespace a
 * cluster-wide row lists as an exception (accepted `rbac.allow` rows included: they are still open).
 */
export const isOpenAccess = (row: Pick<AccessRow, 'guarded' | 'exceptions'>): boolean =>
  row.guarded !== 'yes' || (row.exceptions ?? []).some((exception) => exception.guarded !== 'yes');

export interface FixtureCounts {
  readonly findings: number;
  /** Coverage holes in test fixtures. */
  readonly coverage: number;
  /** Open access rows in test fixtures. */
  readonly access: number;
}

/** What the test fixtures hold that the reports would list outside them. */
export const fixtureCounts = (result: {
  readonly findings: readonly Pick<Finding, 'fixture'>[];
  readonly coverage: readonly Pick<CoverageRow, 'verdict' | 'fixture'>[];
  readonly access?: readonly Pick<AccessRow, 'guarded' | 'exceptions' | 'fixture'>[];
}): FixtureCounts => ({
  findings: result.findings.filter((finding) => finding.fixture).length,
  coverage: result.coverage.filter((row) => row.fixture && isHole(row)).length,
  access: (result.access ?? []).filter((row) => row.fixture && isOpenAccess(row)).length,
});
