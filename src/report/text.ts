import type { CoverageRow, ScanResult } from '../engine.ts';
import type { Finding } from '../rules/finding.ts';
import type { Level } from '../rules/rule.ts';
import { countsForFailOn, isSuppressed } from '../suppress/predicates.ts';
import { accessTextTable } from './access.ts';

export interface TextContext {
  /** ANSI colours (only when writing to a terminal). */
  readonly color: boolean;
}

const COLORS: Readonly<Record<Level | 'dim' | 'bold', [string, string]>> = {
  error: ['\u001b[31m', '\u001b[39m'],
  warning: ['\u001b[33m', '\u001b[39m'],
  note: ['\u001b[36m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m'],
};

/**
 * The terminal report: findings grouped by file, each as `file:line:col  level  EGxxx  message`
 * (the whole position, so that terminals and editors make it a link), then the coverage matrix,
 * the access table, notices, and a one-line total.
 */
export const toText = (result: Pick<ScanResult, 'findings' | 'coverage' | 'notifications' | 'stats'> & Partial<Pick<ScanResult, 'absent' | 'access'>>, context: TextContext): string => {
  const paint = (style: keyof typeof COLORS, text: string): string =>
    context.color ? `${COLORS[style][0]}${text}${COLORS[style][1]}` : text;
  const lines: string[] = [];
  let currentFile: string | undefined;
  let width = 0;
  for (const [index, finding] of result.findings.entries()) {
    if (finding.location.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      currentFile = finding.location.file;
      lines.push(paint('bold', currentFile));
      // Positions of one file share a column width, so that levels and ids line up.
      width = 0;
      for (let next = index; next < result.findings.length && result.findings[next]!.location.file === currentFile; next++) {
        width = Math.max(width, positionOf(result.findings[next]!).length);
      }
    }
    const state = finding.baselineState ? `[${finding.baselineState}] ` : '';
    lines.push(`  ${positionOf(finding).padEnd(width)}  ${paint(finding.level, finding.level.padEnd(7))} ${finding.ruleId}  ${state}${finding.message}`);
    const indent = '      ';
    if (finding.suppression) {
      const where = finding.suppression.location ? ` (${finding.suppression.location.file}:${finding.suppression.location.startLine})` : '';
      lines.push(paint('dim', `${indent}↳ suppressed${where}: ${finding.suppression.justification}`));
    }
    for (const related of finding.related) {
      lines.push(paint('dim', `${indent}↳ ${related.note}: ${related.location.file}:${related.location.startLine}:${related.location.startColumn}`));
    }
  }
  if (result.absent && result.absent.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(paint('bold', `Gone since the baseline (${result.absent.length})`));
    for (const finding of result.absent) {
      lines.push(`  ${`${finding.location.file}:${finding.location.startLine}`} ${finding.level} ${finding.ruleId}  ${finding.message}`);
    }
  }
  if (result.coverage.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(paint('bold', 'Coverage of ephemeral containers'), ...coverageTable(result.coverage));
  }
  if (result.access && result.access.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(paint('bold', 'Who can add ephemeral containers'), ...accessTextTable(result.access));
  }
  if (result.notifications.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(paint('bold', 'Notices'));
    for (const notification of result.notifications) {
      const where = notification.file && notification.region ? `${notification.file}:${notification.region.startLine}:${notification.region.startColumn}: ` : '';
      lines.push(`  ${paint(notification.level, notification.level.padEnd(7))} ${where}${notification.message}`);
    }
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(result.findings, result.stats.filesScanned));
  return `${lines.join('\n')}\n`;
};

const coverageTable = (rows: readonly CoverageRow[]): string[] => {
  const mark = (value: boolean): string => (value ? 'yes' : 'no');
  const table = [
    ['verdict', 'basis', 'engine', 'policy', 'containers', 'init', 'ephemeral', 'subresource', 'UPDATE', 'where', 'why'],
    ...rows.map((row) => [
      row.verdict,
      row.basis,
      row.engine,
      `${row.kind}/${row.namespace ? `${row.namespace}/` : ''}${row.name}${row.rule ? ` (${row.rule})` : ''}`,
      mark(row.reads.containers),
      mark(row.reads.initContainers),
      mark(row.reads.ephemeralContainers),
      row.receivesSubresource,
      row.handlesUpdate,
      `${row.location.file}:${row.location.startLine}`,
      [...row.ruleIds].join(',') || '-',
    ]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)));
  return table.map((cells) => `  ${cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ')}`.trimEnd());
};

/**
 * `3 findings (1 error, 2 warnings, 0 notes) in 4 files.` Suppressed findings are not counted
 * there but named after it; with a baseline, so are the new ones (what fail-on counts).
 */
const positionOf = (finding: { readonly location: { readonly file: string; readonly startLine: number; readonly startColumn: number } }): string =>
  `${finding.location.file}:${finding.location.startLine}:${finding.location.startColumn}`;

export const summaryLine = (findings: readonly Pick<Finding, 'level' | 'suppression' | 'baselineState'>[], filesScanned: number): string => {
  const reported = findings.filter((finding) => !isSuppressed(finding) && finding.baselineState !== 'absent');
  const count = (level: Level): number => reported.filter((finding) => finding.level === level).length;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const files = plural(filesScanned, 'file');
  const suppressed = findings.filter(isSuppressed).length;
  const extras = [
    ...(reported.some((finding) => finding.baselineState !== undefined) ? [`${reported.filter(countsForFailOn).length} new since the baseline`] : []),
    ...(suppressed > 0 ? [`${suppressed} suppressed`] : []),
  ];
  const tail = extras.length > 0 ? ` (${extras.join(', ')})` : '';
  if (reported.length === 0) return `No findings in ${files}${tail}.`;
  return `${plural(reported.length, 'finding')} (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('note'), 'note')}) in ${files}${tail}.`;
};
