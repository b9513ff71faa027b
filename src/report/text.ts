import type { ScanResult } from './scan-result.ts';
import type { CoverageRow } from './scan-result.ts';
import type { Finding, RelatedLocation } from '../rules/finding.ts';
import type { Level } from '../rules/rule.ts';
import { countsForFailOn, isSuppressed } from '../suppress/predicates.ts';
import { EMPTY_ACCESS_TABLE, accessTextTable, summaryRows, worstGuarded, type AccessTableRow } from './access.ts';
import { maxOf, pushAll } from '../array.ts';
import { linkGrantChains } from './chains.ts';
import { COPY_NOTE } from './duplicates.ts';
import { headlineOf } from './headline.ts';
import { fixtureCounts, isHole } from './holes.ts';

export interface TextContext {
  /** ANSI colours (only when writing to a terminal, or when FORCE_COLOR asks for them). */
  readonly color: boolean;
  /** Every table row, each finding's whole message and every related location (`--verbose`). */
  readonly verbose?: boolean;
  /** List what is in test fixtures instead of counting it (`--include-fixtures`). */
  readonly includeFixtures?: boolean;
  /** Findings only: no tables, notices or total (`--quiet`). */
  readonly quiet?: boolean;
}

const COLORS: Readonly<Record<Level | 'dim' | 'bold', [string, string]>> = {
  error: ['\u001b[31m', '\u001b[39m'],
  warning: ['\u001b[33m', '\u001b[39m'],
  note: ['\u001b[36m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m'],
};

/** Related locations listed under a finding without `--verbose`. */
const RELATED_SHOWN = 3;
/** Copies of a folded finding named on its one line without `--verbose`. */
const COPIES_SHOWN = 2;
/** A table cell's width without `--verbose`. */
const CELL_MAX = 90;

type TextInput = Pick<ScanResult, 'findings' | 'coverage' | 'notifications' | 'stats'> & Partial<Pick<ScanResult, 'absent' | 'access'>>;

/**
 * The terminal report, holes first: findings grouped by file, each as `file:line:col  level
 * EGxxx  what and where` (the whole position, so that terminals and editors make it a link), a
 * grant chain's findings under its head; then the coverage holes and unguarded access, with the
 * rest counted in one line; notices; what the test fixtures hold; a one-line total.
 */
export const toText = (result: TextInput, context: TextContext): string => {
  const paint = (style: keyof typeof COLORS, text: string): string =>
    context.color ? `${COLORS[style][0]}${text}${COLORS[style][1]}` : text;
  const shown = (item: { readonly fixture?: boolean }): boolean => context.includeFixtures === true || item.fixture !== true;
  const lines = findingLines(result.findings.filter(shown), context, paint);
  if (context.quiet) return lines.length > 0 ? `${lines.join('\n')}\n` : '';
  const section = (title: string, body: readonly string[]): void => {
    if (lines.length > 0) lines.push('');
    lines.push(paint('bold', title));
    pushAll(lines, body);
  };
  if (result.absent && result.absent.length > 0) {
    section(
      `Gone since the baseline (${result.absent.length})`,
      result.absent.map((finding) => `  ${`${finding.location.file}:${finding.location.startLine}`} ${finding.level} ${finding.ruleId}  ${finding.message}`),
    );
  }
  const coverage = result.coverage.filter(shown);
  if (coverage.length > 0) {
    const listed = context.verbose ? coverage : coverage.filter(isHole);
    section(`Coverage of ephemeral containers: ${coverageCounts(coverage)}${foldedNote(coverage.length - listed.length, 'covered or not-applicable row', context)}`, listed.length > 0 ? coverageTable(listed, context) : []);
  }
  const table = result.access ?? EMPTY_ACCESS_TABLE;
  const access = table.rows.filter(shown);
  if (access.length > 0) {
    const open = (row: AccessTableRow): boolean => worstGuarded(row, table) !== 'yes';
    const listed = context.verbose ? access : access.filter(open);
    section(
      `Who can add ephemeral containers: ${accessCounts(access.map((row) => ({ guarded: worstGuarded(row, table) })))}${foldedNote(access.length - listed.length, 'guarded row', context)}`,
      listed.length > 0 ? accessTextTable({ ...table, rows: listed }).map((line) => clip(line, context)) : [],
    );
  }
  if (result.notifications.length > 0) {
    section(
      'Notices',
      result.notifications.map((notification) => {
        const where = notification.file && notification.region ? `${notification.file}:${notification.region.startLine}:${notification.region.startColumn}: ` : '';
        return `  ${paint(notification.level, notification.level.padEnd(7))} ${where}${notification.message}`;
      }),
    );
  }
  if (lines.length > 0) lines.push('');
  if (!context.includeFixtures) {
    const fixtures = fixtureLine(result);
    if (fixtures) lines.push(fixtures);
  }
  lines.push(summaryLine(result.findings.filter(shown), result.stats.filesScanned));
  return `${lines.join('\n')}\n`;
};

type Paint = (style: keyof typeof COLORS, text: string) => string;

const findingLines = (findings: readonly Finding[], context: TextContext, paint: Paint): string[] => {
  const lines: string[] = [];
  const entries = linkGrantChains(findings);
  let currentFile: string | undefined;
  let width = 0;
  for (const [index, { finding, linked }] of entries.entries()) {
    if (finding.location.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      currentFile = finding.location.file;
      lines.push(paint('bold', currentFile));
      // Positions of one file share a column width, so that levels and ids line up.
      width = 0;
      for (let next = index; next < entries.length && entries[next]!.finding.location.file === currentFile; next++) {
        width = Math.max(width, positionOf(entries[next]!.finding.location).length);
      }
    }
    const state = finding.baselineState ? `[${finding.baselineState}] ` : '';
    const message = context.verbose ? finding.message : headlineOf(finding.message);
    lines.push(`  ${positionOf(finding.location).padEnd(width)}  ${paint(finding.level, finding.level.padEnd(7))} ${finding.ruleId}  ${state}${message}`);
    const indent = '      ';
    const sub = (text: string): void => void lines.push(paint('dim', `${indent}↳ ${text}`));
    if (finding.suppression) {
      const where = finding.suppression.location ? ` (${finding.suppression.location.file}:${finding.suppression.location.startLine})` : '';
      sub(`suppressed${where}: ${finding.suppression.justification}`);
    }
    for (const member of linked) {
      const where = positionOf(member.location) === positionOf(finding.location) ? 'here' : positionOf(member.location);
      sub(`same grant chain: ${member.ruleId} ${member.level} ${where}: ${context.verbose ? member.message : headlineOf(member.message)}`);
    }
    const copies = finding.related.filter((related) => related.note === COPY_NOTE);
    const others = finding.related.filter((related) => related.note !== COPY_NOTE);
    const listedOthers = context.verbose ? others : others.slice(0, RELATED_SHOWN);
    for (const related of listedOthers) sub(`${related.note}: ${positionOf(related.location)}`);
    if (listedOthers.length < others.length) sub(`${others.length - listedOthers.length} more related location${others.length - listedOthers.length === 1 ? '' : 's'} (--verbose lists them)`);
    if (copies.length > 0) {
      if (context.verbose) for (const copy of copies) sub(`${copy.note}: ${positionOf(copy.location)}`);
      else sub(copiesText(copies));
    }
  }
  return lines;
};

/** `the same object in 4 more places: a.yaml:3, b.yaml:9 and 2 more`. */
const copiesText = (copies: readonly RelatedLocation[]): string => {
  const named = copies.slice(0, COPIES_SHOWN).map((copy) => `${copy.location.file}:${copy.location.startLine}`);
  const more = copies.length - named.length;
  return `the same object in ${copies.length} more place${copies.length === 1 ? '' : 's'}: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const foldedNote = (folded: number, what: string, context: TextContext): string =>
  folded > 0 && !context.verbose ? `; ${plural(folded, what)} not listed (--verbose lists them)` : '';

const VERDICTS: readonly CoverageRow['verdict'][] = ['not-covered', 'unknown', 'covered', 'not-applicable'];

/** `3 not-covered, 1 unknown, 12 covered, 40 not-applicable`. */
export const coverageCounts = (rows: readonly CoverageRow[]): string =>
  VERDICTS.map((verdict) => [verdict, rows.filter((row) => row.verdict === verdict).length] as const)
    .filter(([, n]) => n > 0)
    .map(([verdict, n]) => `${n} ${verdict}`)
    .join(', ');

/** `2 not guarded, 1 unknown, 30 guarded`. */
export const accessCounts = (rows: readonly Pick<AccessTableRow, 'guarded'>[]): string =>
  (['no', 'unknown', 'yes'] as const)
    .map((guarded) => [guarded, rows.filter((row) => row.guarded === guarded).length] as const)
    .filter(([, n]) => n > 0)
    .map(([guarded, n]) => `${n} ${guarded === 'no' ? 'not guarded' : guarded === 'yes' ? 'guarded' : 'unknown'}`)
    .join(', ');

const clip = (text: string, context: TextContext): string => (context.verbose || text.length <= CELL_MAX * 3 ? text : `${text.slice(0, CELL_MAX * 3 - 1)}…`);
const cell = (text: string, context: TextContext): string => (context.verbose || text.length <= CELL_MAX ? text : `${text.slice(0, CELL_MAX - 1)}…`);

/** Why, in a few words: the reasons the analysis gave for the verdict. */
export const whyOf = (row: Pick<CoverageRow, 'reasons'>): string => row.reasons.join('; ') || '-';

const coverageTable = (rows: readonly CoverageRow[], context: TextContext): string[] => {
  const table = [
    ['verdict', 'basis', 'policy', 'engine', 'at', 'why'],
    ...rows.map((row) => [
      row.verdict,
      row.basis,
      cell(`${row.kind}/${row.namespace ? `${row.namespace}/` : ''}${row.name}${row.rule ? ` (${row.rule})` : ''}`, context),
      row.engine,
      `${row.location.file}:${row.location.startLine}`,
      cell(whyOf(row), context),
    ]),
  ];
  const widths = table[0]!.map((_, column) => maxOf(table.map((cells) => cells[column]!.length)));
  return table.map((cells) => `  ${cells.map((text, column) => (column === cells.length - 1 ? text : text.padEnd(widths[column]!))).join('  ')}`.trimEnd());
};

/** `115 findings, 17 coverage holes and 16 unguarded access rows in test fixtures (pass --include-fixtures to show).` */
const fixtureLine = (result: TextInput): string | undefined => {
  const counts = fixtureCounts({ ...result, access: summaryRows(result.access ?? EMPTY_ACCESS_TABLE) });
  const parts = [
    ...(counts.findings > 0 ? [plural(counts.findings, 'finding')] : []),
    ...(counts.coverage > 0 ? [plural(counts.coverage, 'coverage hole')] : []),
    ...(counts.access > 0 ? [plural(counts.access, 'unguarded access row')] : []),
  ];
  if (parts.length === 0) return undefined;
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
  return `${list} in test fixtures (pass --include-fixtures to show).`;
};

const positionOf = (location: { readonly file: string; readonly startLine: number; readonly startColumn: number }): string =>
  `${location.file}:${location.startLine}:${location.startColumn}`;

/**
 * `3 findings (1 error, 2 warnings, 0 notes) in 4 files.` Suppressed findings are not counted
 * there but named after it; with a baseline, so are the new ones (what fail-on counts).
 */
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
