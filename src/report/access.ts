/**
 * The access table, "Who can add ephemeral containers": one row per grant, built from the guard
 * join (`Facts.guards`), and its text rendering. A cluster-wide grant is one row, "all
 * namespaces (N in scope)", judged as any namespace without a manifest is, with the namespaces
 * in scope judged otherwise listed as exceptions. Controls are listed once (`AccessTable.controls`)
 * and rows name them by index, so the table grows with grants plus namespaces, not their product.
 * The JSON report writes the table as it is; the job summary (report/summary.ts `accessSection`)
 * reads the same rows.
 */
import type { GrantControls, GuardControl, TargetGuard } from '../analyze/grant-controls.ts';
import { targetText, unguardedReason } from '../rules/wording.ts';
import type { Breadth } from '../analyze/access.ts';
import type { EphemeralVerb } from '../model/rbac/ephemeral.ts';
import { aggregationText, bindingText, roleText } from '../model/rbac/wording.ts';
import type { Location, SourceRef } from '../model/source-ref.ts';
import type { Finding } from '../rules/finding.ts';
import { pushAll } from '../array.ts';

/** One row of the access table: who can add ephemeral containers where, and whether guarded. */
export interface AccessRow {
  /** `ServiceAccount team-a/ci`, `Group dev`… */
  readonly subject: string;
  /** `cluster-wide` or `namespace shop`. */
  readonly scope: string;
  /** The chain, e.g. `RoleBinding shop/debuggers → ClusterRole debug`. */
  readonly via: string;
  readonly location?: Location;
  /** Whether an effective admission control stops a privileged ephemeral container there. */
  readonly guarded: 'yes' | 'no' | 'unknown';
  /** Accepted in the config (`rbac.allow`): the reason given there. */
  readonly allowed?: string;
  /** Cluster-wide rows: namespaces judged otherwise than the row (report/access.ts). */
  readonly exceptions?: readonly { readonly namespaces: readonly string[]; readonly guarded: 'yes' | 'no' | 'unknown' }[];
  /** The binding is in a test fixture (config `fixtures:`). */
  readonly fixture?: true;
  /** How many other places hold the same binding with the same access (other bundles, overlays). */
  readonly copies?: number;
}

/** How one place is judged: guarded or not, by which controls (indexes into `AccessTable.controls`), and why not. */
export interface AccessJudgment {
  readonly guarded: AccessRow['guarded'];
  /** Indexes into `AccessTable.controls`: the controls that deny a privileged ephemeral container there. */
  readonly controls: readonly number[];
  /** Why it is not guarded, and what was assumed (unguarded only). */
  readonly reason?: string;
}

/** Namespaces in scope that a cluster-wide grant's row does not describe: guarded otherwise, or by other controls. */
export interface AccessException extends AccessJudgment {
  readonly namespaces: readonly string[];
}

export interface AccessTableRow extends Omit<AccessRow, 'exceptions'>, AccessJudgment {
  /** `all namespaces (3 in scope)`, `namespace shop`, `the namespace the binding is applied to`. */
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
  /**
   * Cluster-wide rows: index into `AccessTable.exceptions`, the namespaces in scope judged
   * otherwise than the row (grants of requesters judged alike share one list).
   */
  readonly exceptions?: number;
}

export interface AccessTable {
  /** Every control that guards some row, once: `Pod Security enforce: baseline (namespace label)`, `ClusterPolicy/x (rule y)`. */
  readonly controls: readonly string[];
  /** Lists of exceptions of cluster-wide rows, each grouped by judgment: rows name one by index. */
  readonly exceptions: readonly (readonly AccessException[])[];
  readonly rows: readonly AccessTableRow[];
}

export const EMPTY_ACCESS_TABLE: AccessTable = { controls: [], exceptions: [], rows: [] };

const SEVERITY: Readonly<Record<AccessRow['guarded'], number>> = { no: 0, unknown: 1, yes: 2 };

/** The least guarded of a row and its exceptions: what the row means for the grant as a whole. */
export const worstGuarded = (row: Pick<AccessTableRow, 'guarded' | 'exceptions'>, table: Pick<AccessTable, 'exceptions'>): AccessRow['guarded'] =>
  (row.exceptions === undefined ? [] : (table.exceptions[row.exceptions] ?? [])).reduce<AccessRow['guarded']>(
    (worst, exception) => (SEVERITY[exception.guarded] < SEVERITY[worst] ? exception.guarded : worst),
    row.guarded,
  );

/**
 * Marks the rows whose EG301 finding (same subject entry) was suppressed by `rbac.allow`, so the
 * table says the access is accepted, and why, instead of only "not guarded".
 */
export const markAllowedRows = (table: AccessTable, findings: readonly Finding[]): AccessTable => {
  const allowed = new Map<string, string>();
  for (const finding of findings) {
    if (finding.ruleId !== 'EG301' || finding.suppression?.kind !== 'external') continue;
    allowed.set(`${finding.location.file}:${finding.location.startLine}:${finding.location.startColumn}`, finding.suppression.justification);
  }
  if (allowed.size === 0) return table;
  const rows = table.rows.map((row) => {
    const reason = allowed.get(`${row.location.file}:${row.location.startLine}:${row.location.startColumn}`);
    return reason === undefined || worstGuarded(row, table) === 'yes' ? row : { ...row, allowed: reason };
  });
  return { ...table, rows };
};

/** The rows as the job summary reads them: each cluster-wide row with its exceptions in place. */
export const summaryRows = (table: AccessTable): AccessRow[] =>
  table.rows.map(({ exceptions, ...row }) => (exceptions === undefined ? row : { ...row, exceptions: table.exceptions[exceptions] ?? [] }));

/** `yes` when a control certainly applies; `unknown` when only policies that may apply were found. */
const guardedOf = (guard: TargetGuard): AccessRow['guarded'] => (guard.guarded ? 'yes' : guard.uncertain.length > 0 ? 'unknown' : 'no');

/** One row per grant, in grant order (bindings in load order). */
export const accessRows = (guards: GrantControls, locate: (at: SourceRef) => Location): AccessTable => {
  const controls: string[] = [];
  const controlIndex = new Map<string, number>();
  const indexOf = (control: GuardControl): number => {
    let index = controlIndex.get(control.text);
    if (index === undefined) {
      index = controls.length;
      controls.push(control.text);
      controlIndex.set(control.text, index);
    }
    return index;
  };
  // Judgments are shared by every grant of a requester class: word each once.
  const judgments = new WeakMap<TargetGuard, { key: string; judgment: AccessJudgment }>();
  const judgmentOf = (guard: TargetGuard): { key: string; judgment: AccessJudgment } => {
    let found = judgments.get(guard);
    if (!found) {
      const indexes = guard.guarded ? guard.controls.map(indexOf) : [];
      const reason = guard.guarded ? '' : unguardedReason(guard);
      const guarded = guardedOf(guard);
      found = { key: `${guarded}\u0000${indexes.join(',')}\u0000${reason}`, judgment: { guarded, controls: indexes, ...(reason ? { reason } : {}) } };
      judgments.set(guard, found);
    }
    return found;
  };
  const exceptionLists: AccessException[][] = [];
  const clusterJudgments = new WeakMap<readonly TargetGuard[], { row: AccessJudgment; exceptions: number | undefined }>();
  const clusterJudgmentOf = (targets: readonly TargetGuard[]): { row: AccessJudgment; exceptions: number | undefined } => {
    let found = clusterJudgments.get(targets);
    if (!found) {
      // The last target is "any other namespace": the row is judged as it is.
      const usual = judgmentOf(targets[targets.length - 1]!);
      const groups = new Map<string, { judgment: AccessJudgment; namespaces: string[] }>();
      for (const guard of targets) {
        if (guard.target.kind !== 'namespace') continue;
        const { key, judgment } = judgmentOf(guard);
        // Judged as the row is (guarded alike, by the same controls): not an exception, whatever its own wording.
        if (judgment.guarded === usual.judgment.guarded && judgment.controls.join(',') === usual.judgment.controls.join(',')) continue;
        const group = groups.get(key);
        if (group) group.namespaces.push(guard.target.namespace);
        else groups.set(key, { judgment, namespaces: [guard.target.namespace] });
      }
      const exceptions = [...groups.values()].map(({ judgment, namespaces }) => ({ namespaces, ...judgment }));
      found = { row: usual.judgment, exceptions: exceptions.length > 0 ? exceptionLists.push(exceptions) - 1 : undefined };
      clusterJudgments.set(targets, found);
    }
    return found;
  };
  const rows = guards.guarded.map(({ access, targets }): AccessTableRow => {
    const [first] = access.rules;
    const common = {
      subject: access.subject.label,
      via: `${bindingText(access.binding)} → ${roleText(access.role)}${first ? aggregationText(first.rule.via) : ''}`,
      location: locate(access.subject.at),
      verbs: access.verbs,
      ...(access.resourceNames ? { resourceNames: access.resourceNames } : {}),
      breadth: access.breadth,
    };
    if (access.scope.kind === 'cluster') {
      const { row, exceptions } = clusterJudgmentOf(targets);
      return { ...common, scope: `all namespaces (${guards.namespaces.length} in scope)`, ...row, ...(exceptions !== undefined ? { exceptions } : {}) };
    }
    const guard = targets[0]!;
    return { ...common, scope: targetText(guard.target), ...judgmentOf(guard).judgment };
  });
  return { controls, exceptions: exceptionLists, rows };
};

/** `#1, #3`: controls by their number in the list under the table (1-based). */
const controlRefs = (indexes: readonly number[]): string => indexes.map((index) => `#${index + 1}`).join(', ');

const judgmentText = (judgment: AccessJudgment): string => (judgment.guarded === 'yes' ? controlRefs(judgment.controls) : judgment.guarded);

/** How many namespaces an exception names in the text table before "and N more". */
const NAMESPACES_NAMED = 5;

/** `except a, b: no; c: #2` for a cluster-wide row's exceptions. */
const exceptionsText = (exceptions: readonly AccessException[]): string =>
  exceptions
    .map((exception) => {
      const named = exception.namespaces.slice(0, NAMESPACES_NAMED).join(', ');
      const more = exception.namespaces.length > NAMESPACES_NAMED ? ` and ${exception.namespaces.length - NAMESPACES_NAMED} more` : '';
      return `${named}${more}: ${judgmentText(exception)}`;
    })
    .join('; ');

/** The text report's table (guarded, subject, where, verbs, pods, through, at, guarded by), then the controls it numbers. */
export const accessTextTable = (table: AccessTable): string[] => {
  const cells = [
    ['guarded', 'subject', 'where', 'verbs', 'pods', 'through', 'at', 'guarded by'],
    ...table.rows.map((row) => [
      row.guarded,
      row.subject,
      row.exceptions !== undefined ? `${row.scope}, except ${exceptionsText(table.exceptions[row.exceptions] ?? [])}` : row.scope,
      row.verbs.join(','),
      row.resourceNames ? row.resourceNames.join(',') : 'all',
      row.via,
      `${row.location.file}:${row.location.startLine}${row.copies ? ` (+${row.copies} more)` : ''}`,
      // Last, because it can be long: the controls that would deny a privileged one there.
      row.guarded === 'yes' ? controlRefs(row.controls) : row.allowed !== undefined ? `allowed: ${row.allowed}` : '-',
    ]),
  ];
  const widths = cells[0]!.map((_, column) => cells.reduce((width, line) => Math.max(width, line[column]!.length), 0));
  const lines = cells.map((line) => `  ${line.map((cell, column) => (column === line.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ')}`.trimEnd());
  if (table.controls.length > 0) pushAll(lines, ['', '  guarding controls:', ...table.controls.map((control, index) => `  #${index + 1}  ${control}`)]);
  return lines;
};
