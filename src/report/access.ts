/**
 * The access table, "Who can add ephemeral containers": one row per grant and place, built from
 * the guard join (analyze/guard.ts), and its text rendering. The JSON report writes the rows as
 * they are; the job summary (report/summary.ts `accessSection`) reads the same rows.
 */
import type { AccessGuards, TargetGuard } from '../analyze/guard.ts';
import { targetText, unguardedReason } from '../analyze/guard.ts';
import type { Breadth } from '../analyze/access.ts';
import type { EphemeralVerb } from '../model/rbac/ephemeral.ts';
import { aggregationText, bindingText, roleText } from '../model/rbac/wording.ts';
import type { Location, SourceRef } from '../model/source-ref.ts';
import type { Finding } from '../rules/finding.ts';
import type { AccessRow } from './summary.ts';

export interface AccessTableRow extends AccessRow {
  /** `cluster-wide (namespace shop)`, `cluster-wide (any other namespace)`, `namespace shop`. */
  readonly scope: string;
  /** `RoleBinding/shop/devs → ClusterRole/edit (built-in) (aggregated from ClusterRole/debug-extension)`. */
  readonly via: string;
  /** The binding subject. */
  readonly location: Location;
  readonly verbs: readonly EphemeralVerb[];
  /** Absent: every pod there. Otherwise the only pods (`resourceNames`). */
  readonly resourceNames?: readonly string[];
  /** RULES.md EG202 band, after the `resourceNames` lowering. */
  readonly breadth: Breadth;
  /** The controls that deny a privileged ephemeral container there. */
  readonly controls: readonly string[];
  /** Why it is not guarded, and what was assumed (unguarded rows only). */
  readonly reason?: string;
}

/**
 * Marks the rows whose EG301 finding (same subject entry) was suppressed by `rbac.allow`, so the
 * table says the access is accepted, and why, instead of only "not guarded".
 */
export const markAllowedRows = (rows: readonly AccessTableRow[], findings: readonly Finding[]): AccessTableRow[] => {
  const allowed = new Map<string, string>();
  for (const finding of findings) {
    if (finding.ruleId !== 'EG301' || finding.suppression?.kind !== 'external') continue;
    allowed.set(`${finding.location.file}:${finding.location.startLine}:${finding.location.startColumn}`, finding.suppression.justification);
  }
  return rows.map((row) => {
    const reason = allowed.get(`${row.location.file}:${row.location.startLine}:${row.location.startColumn}`);
    return reason === undefined || row.guarded === 'yes' ? row : { ...row, allowed: reason };
  });
};

/** `yes` when a control certainly applies; `unknown` when only policies that may apply were found. */
const guardedOf = (guard: TargetGuard): AccessTableRow['guarded'] => (guard.guarded ? 'yes' : guard.uncertain.length > 0 ? 'unknown' : 'no');

/** One row per (grant, place), in grant order (bindings in load order). */
export const accessRows = (guards: AccessGuards, locate: (at: SourceRef) => Location): AccessTableRow[] =>
  guards.guarded.flatMap(({ access, targets }) => {
    const [first] = access.rules;
    const via = `${bindingText(access.binding)} → ${roleText(access.role)}${first ? aggregationText(first.rule.via) : ''}`;
    const location = locate(access.subject.at);
    return targets.map((guard): AccessTableRow => {
      const where = targetText(guard.target);
      const reason = guard.guarded ? '' : unguardedReason(guard);
      return {
        subject: access.subject.label,
        scope: access.scope.kind === 'cluster' ? `cluster-wide (${where})` : where,
        via,
        location,
        guarded: guardedOf(guard),
        verbs: access.verbs,
        ...(access.resourceNames ? { resourceNames: access.resourceNames } : {}),
        breadth: access.breadth,
        controls: guard.controls.map((control) => control.text),
        ...(reason ? { reason } : {}),
      };
    });
  });

/** The text report's table: guarded, subject, where, verbs, pods, through, file:line. */
export const accessTextTable = (rows: readonly AccessTableRow[]): string[] => {
  const table = [
    ['guarded', 'subject', 'where', 'verbs', 'pods', 'through', 'at', 'guarded by'],
    ...rows.map((row) => [
      row.guarded,
      row.subject,
      row.scope,
      row.verbs.join(','),
      row.resourceNames ? row.resourceNames.join(',') : 'all',
      row.via,
      `${row.location.file}:${row.location.startLine}${row.copies ? ` (+${row.copies} more)` : ''}`,
      // Last, because it can be long: the controls that would deny a privileged one there.
      row.guarded === 'yes' ? row.controls.join(', ') : row.allowed !== undefined ? `allowed: ${row.allowed}` : '-',
    ]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)));
  return table.map((cells) => `  ${cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ')}`.trimEnd());
};
