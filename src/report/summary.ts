/**
 * The job summary (GITHUB_STEP_SUMMARY) as Markdown: verdict line, counts, coverage matrix,
 * access table, the most severe findings linked to their lines, the rest collapsed. Pure and
 * deterministic, and always within `maxBytes` (GitHub drops a step summary over 1 MiB).
 *
 * Each table is a section function taking rows (`coverageSection`, `accessSection`,
 * `findingsTable`), so a new section is one more function and one more call in `renderSummary`.
 */
import type { ScanStats } from './scan-result.ts';
import type { CoverageRow } from './scan-result.ts';
import type { Notification } from '../model/notification.ts';
import type { AccessRow } from './access.ts';
import type { Location } from '../model/source-ref.ts';
import type { Finding } from '../rules/finding.ts';
import type { Level } from '../rules/rule.ts';
import { TOOL_NAME } from '../version.ts';
import { linkGrantChains, type FindingEntry } from './chains.ts';
import { COPY_NOTE } from './duplicates.ts';
import { headlineOf } from './headline.ts';
import { fixtureCounts, isHole, isOpenAccess } from './holes.ts';
import { accessCounts, coverageCounts, whyOf } from './text.ts';

export interface SummaryInput {
  /** Findings after suppressions and baseline. */
  readonly findings: readonly Finding[];
  /** How many findings suppressions and the baseline removed. */
  readonly suppressed?: number;
  readonly coverage: readonly CoverageRow[];
  readonly access?: readonly AccessRow[];
  readonly notifications: readonly Notification[];
  readonly stats: Pick<ScanStats, 'filesScanned'>;
  readonly failOn: Level | 'none';
  /** Findings at or above fail-on. */
  readonly blocking: number;
  /** `https://github.com/o/r/blob/<sha>`: file links; plain paths without it. */
  readonly blobBase?: string;
  /** Lines about this run (upload, annotations), shown under "Notes"; Markdown, escaped by the caller. */
  readonly notes?: readonly string[];
  readonly category?: string;
  /** List what test fixtures hold instead of counting it. */
  readonly includeFixtures?: boolean;
}

export interface SummaryOptions {
  /** Default 1,000,000 bytes of UTF-8 (GitHub's limit is 1 MiB per step). */
  readonly maxBytes?: number;
  /** Findings shown before the collapsed rest; default 20. */
  readonly top?: number;
}

export const SUMMARY_MAX_BYTES = 1_000_000;

const LEVEL_RANK: Readonly<Record<Level, number>> = { error: 3, warning: 2, note: 1 };

/** The `max` most severe findings (level, then security-severity), in their report order. */
export const mostSevere = (findings: readonly Finding[], max: number): Finding[] => {
  if (findings.length <= max) return [...findings];
  const keep = new Set(
    findings
      .map((finding, index) => ({ finding, index }))
      .sort(
        (a, b) =>
          LEVEL_RANK[b.finding.level] - LEVEL_RANK[a.finding.level] ||
          (b.finding.securitySeverity ?? 0) - (a.finding.securitySeverity ?? 0) ||
          a.index - b.index,
      )
      .slice(0, Math.max(0, max))
      .map((entry) => entry.index),
  );
  return findings.filter((_, index) => keep.has(index));
};

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Markdown-safe text for a table cell or a list item: one line, no HTML, no table breaks. */
export const escapeMarkdown = (text: string): string =>
  text
    // A lone CR, or a Unicode line break, ends a table row as surely as LF.
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1');

/**
 * Markdown-safe text that keeps a message's code spans as code: outside backticks as
 * {@link escapeMarkdown}; inside, only what would break the table cell (`|`, line ends).
 */
export const markdownWithCode = (text: string): string => {
  const parts = text.split('`');
  // An odd number of backticks leaves the last one unpaired: it stays literal text.
  if (parts.length % 2 === 0) return escapeMarkdown(text);
  return parts.map((part, i) => (i % 2 === 0 ? escapeMarkdown(part) : part.trim() === '' ? escapeMarkdown(`\`${part}\``) : `\`${part.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')}\``)).join('');
};

/** Per segment, and `(` `)` too: Markdown ends a link target at an unbalanced `)`. */
const encodePath = (file: string): string =>
  file.split('/').map((segment) => encodeURIComponent(segment).replace(/[()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');

/** `[path#Lnn](blob/<sha>/path#Lnn)`, or the plain path without a blob base. */
export const lineLink = (location: Location, blobBase: string | undefined): string => {
  const lines = location.endLine > location.startLine ? `L${location.startLine}-L${location.endLine}` : `L${location.startLine}`;
  const label = escapeMarkdown(`${location.file}:${location.startLine}`);
  return blobBase ? `[${label}](${blobBase}/${encodePath(location.file)}#${lines})` : label;
};

/** Appends lines while the byte budget allows; tracks what did not fit. */
export class Budget {
  readonly lines: string[] = [];
  private used = 0;
  constructor(private readonly max: number) {}
  get remaining(): number {
    return this.max - this.used;
  }
  /** Adds the line when it fits within `limit` (default: everything left). */
  add(line: string, limit = this.remaining): boolean {
    const size = bytes(line) + 1;
    if (size > Math.min(limit, this.remaining)) return false;
    this.lines.push(line);
    this.used += size;
    return true;
  }
  /** Adds unconditionally (headers, notes: they are budgeted by the reserve). */
  force(line: string): void {
    this.lines.push(line);
    this.used += bytes(line) + 1;
  }
}

/** Space kept for section headers, truncation notes and closing tags. */
const RESERVE = 4096;

/** Rows of a table added within `limit` bytes; returns how many were left out. */
const table = (out: Budget, header: readonly string[], rows: readonly (readonly string[])[], limit: number): number => {
  const start = out.remaining;
  out.force(`| ${header.join(' | ')} |`);
  out.force(`| ${header.map(() => '---').join(' | ')} |`);
  let shown = 0;
  for (const row of rows) {
    const spent = start - out.remaining;
    if (!out.add(`| ${row.join(' | ')} |`, Math.max(0, limit - spent))) break;
    shown++;
  }
  return rows.length - shown;
};

const truncationNote = (left: number, what: string): string =>
  `\n_${left} more ${what} not shown: the job summary is kept under 1 MiB. The SARIF file and the job log have them all._`;

const VERDICT_ORDER: Readonly<Record<CoverageRow['verdict'], number>> = { 'not-covered': 0, unknown: 1, covered: 2, 'not-applicable': 3 };
const VERDICT_LABEL: Readonly<Record<CoverageRow['verdict'], string>> = {
  'not-covered': '❌ not covered',
  unknown: '❔ unknown',
  covered: '✅ covered',
  'not-applicable': '➖ not applicable',
};

const policyName = (row: CoverageRow): string => `${row.kind} ${row.namespace ? `${row.namespace}/` : ''}${row.name}${row.rule ? ` (${row.rule})` : ''}`;

/** `[policy name](blob/<sha>/file#Lnn)`, or the name and the plain path. */
const policyLink = (row: CoverageRow, blobBase: string | undefined): string => {
  const name = escapeMarkdown(policyName(row));
  if (!blobBase) return `${name} (${lineLink(row.location, undefined)})`;
  const lines = row.location.endLine > row.location.startLine ? `L${row.location.startLine}-L${row.location.endLine}` : `L${row.location.startLine}`;
  return `[${name}](${blobBase}/${encodePath(row.location.file)}#${lines})`;
};

/** Rows counted by verdict and reason: what the collapsed part of a section shows. */
const countedByReason = (out: Budget, label: (verdict: string) => string, rows: readonly { verdict: string; why: string }[], limit: number): number => {
  const counts = new Map<string, { verdict: string; why: string; n: number }>();
  for (const row of rows) {
    const key = `${row.verdict}\u0000${row.why}`;
    const entry = counts.get(key);
    if (entry) entry.n++;
    else counts.set(key, { verdict: row.verdict, why: row.why, n: 1 });
  }
  const sorted = [...counts.values()].sort((a, b) => b.n - a.n || (a.verdict < b.verdict ? -1 : a.verdict > b.verdict ? 1 : a.why < b.why ? -1 : 1));
  return table(out, ['Verdict', 'Why', 'Rows'], sorted.map((entry) => [label(entry.verdict), markdownWithCode(entry.why), String(entry.n)]), limit);
};

/**
 * The coverage matrix, holes only: verdict, policy (linked), engine, why. Covered and
 * not-applicable rows are counted by reason in a collapsed part; the yes/no details are in the
 * JSON report.
 */
export const coverageSection = (out: Budget, rows: readonly CoverageRow[], blobBase: string | undefined, limit: number): void => {
  if (rows.length === 0) return;
  const holes = rows.filter(isHole);
  const rest = rows.filter((row) => !isHole(row));
  out.force(`\n### Coverage of ephemeral containers\n`);
  out.force(`${coverageCounts(rows)}.`);
  const start = out.remaining;
  if (holes.length > 0) {
    out.force('');
    const sorted = holes.map((row, index) => ({ row, index })).sort((a, b) => VERDICT_ORDER[a.row.verdict] - VERDICT_ORDER[b.row.verdict] || a.index - b.index);
    const left = table(
      out,
      ['Verdict', 'Policy', 'Engine', 'Why', 'Basis'],
      sorted.map(({ row }) => [VERDICT_LABEL[row.verdict], policyLink(row, blobBase), escapeMarkdown(row.engine), markdownWithCode(whyOf(row)), row.basis]),
      limit,
    );
    if (left > 0) out.force(truncationNote(left, 'policies'));
  }
  if (rest.length > 0) {
    out.force(`\n<details><summary>${plural(rest.length, 'covered or not-applicable row')}, by reason</summary>\n`);
    const left = countedByReason(out, (verdict) => VERDICT_LABEL[verdict as CoverageRow['verdict']], rest.map((row) => ({ verdict: row.verdict, why: whyOf(row) })), Math.max(0, limit - (start - out.remaining)));
    if (left > 0) out.force(truncationNote(left, 'reasons'));
    out.force('\n</details>');
  }
};

const GUARD_LABEL: Readonly<Record<AccessRow['guarded'], string>> = { yes: '✅ yes', no: '❌ no', unknown: '❔ unknown' };

/** ` (except 3 namespaces)`: a cluster-wide row's places judged otherwise. */
const exceptText = (row: AccessRow): string => {
  const count = (row.exceptions ?? []).reduce((sum, exception) => sum + exception.namespaces.length, 0);
  return count === 0 ? '' : ` (except ${count} namespace${count === 1 ? '' : 's'})`;
};

const accessCells = (row: AccessRow, blobBase: string | undefined): string[] => [
  escapeMarkdown(row.subject),
  escapeMarkdown(row.scope),
  escapeMarkdown(row.via),
  `${GUARD_LABEL[row.guarded]}${exceptText(row)}${row.allowed !== undefined ? ` (allowed: ${escapeMarkdown(row.allowed)})` : ''}`,
  `${row.location ? lineLink(row.location, blobBase) : ''}${row.copies ? ` (+${row.copies} more)` : ''}`,
];

/** Who can add ephemeral containers where, unguarded access listed; guarded rows collapsed. */
export const accessSection = (out: Budget, rows: readonly AccessRow[], blobBase: string | undefined, limit: number): void => {
  if (rows.length === 0) return;
  out.force('\n### Who can add ephemeral containers\n');
  out.force(`${accessCounts(rows)}.`);
  const start = out.remaining;
  const open = rows.filter(isOpenAccess);
  const guarded = rows.filter((row) => !isOpenAccess(row));
  const header = ['Subject', 'Where', 'Through', 'Guarded', 'File'];
  if (open.length > 0) {
    out.force('');
    const order = { no: 0, unknown: 1, yes: 2 } as const;
    // A cluster-wide row sorts by its least guarded place.
    const rank = (row: AccessRow): number => (row.exceptions ?? []).reduce<number>((least, exception) => Math.min(least, order[exception.guarded]), order[row.guarded]);
    const sorted = open.map((row, index) => ({ row, index })).sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index);
    const left = table(out, header, sorted.map(({ row }) => accessCells(row, blobBase)), limit);
    if (left > 0) out.force(truncationNote(left, 'access rows'));
  }
  if (guarded.length > 0) {
    out.force(`\n<details><summary>${plural(guarded.length, 'guarded row')}</summary>\n`);
    const left = table(out, header, guarded.map((row) => accessCells(row, blobBase)), Math.max(0, Math.min(limit - (start - out.remaining), GUARDED_ROWS_BYTES)));
    if (left > 0) out.force(`\n_${left} more guarded rows not shown; the JSON report has them all._`);
    out.force('\n</details>');
  }
};

/** Guarded access is no hole: its collapsed list gets a small share of the summary. */
const GUARDED_ROWS_BYTES = 20_000;

const LEVEL_LABEL: Readonly<Record<Level, string>> = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' };

/** A findings table, a grant chain on one row; returns how many rows did not fit. */
export const findingsTable = (out: Budget, entries: readonly FindingEntry[], blobBase: string | undefined, limit: number, whole = true): number =>
  table(
    out,
    ['Level', 'Rule', 'Where', 'Finding'],
    entries.map(({ finding, linked }) => [
      LEVEL_LABEL[finding.level],
      escapeMarkdown(finding.ruleId),
      lineLink(finding.location, blobBase),
      `${messageCell(finding.message, whole)}${linked.length > 0 ? ` _Same grant chain: ${linked.map((member) => `${member.ruleId} at ${lineLink(member.location, blobBase)}`).join(', ')}._` : ''}${copiesOf(finding)}`.trim(),
    ]),
    limit,
  );

/** The headline in bold, then (when `whole`) the why and the fix; a cut headline gives way to the whole message. */
const messageCell = (message: string, whole: boolean): string => {
  const headline = headlineOf(message);
  if (headline.endsWith('…')) return whole ? markdownWithCode(message) : `**${markdownWithCode(headline)}**`;
  const rest = message.slice(headline.length).replace(/^[\s:.]+/, '');
  const sentence = rest.charAt(0).toUpperCase() + rest.slice(1);
  return whole && rest ? `**${markdownWithCode(headline)}** ${markdownWithCode(sentence)}` : `**${markdownWithCode(headline)}**`;
};

const copiesOf = (finding: Finding): string => {
  const copies = finding.related.filter((related) => related.note === COPY_NOTE).length;
  return copies > 0 ? ` _The same object is in ${plural(copies, 'more place')}._` : '';
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The verdict as one line: what blocks, or that nothing does. */
export const verdictLine = (input: Pick<SummaryInput, 'findings' | 'failOn' | 'blocking' | 'stats'>): string => {
  const files = plural(input.stats.filesScanned, 'file');
  if (input.blocking > 0) {
    return `❌ **${plural(input.blocking, 'finding')} at or above \`${input.failOn}\`** in ${files}: this check fails.`;
  }
  if (input.findings.length > 0) {
    const threshold = input.failOn === 'none' ? 'fail-on is `none`' : `none at or above \`${input.failOn}\``;
    return `⚠️ **${plural(input.findings.length, 'finding')}** in ${files}, ${threshold}: this check passes.`;
  }
  return `✅ **No findings** in ${files}.`;
};

export const renderSummary = (input: SummaryInput, options: SummaryOptions = {}): string => {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const out = new Budget(Math.max(0, maxBytes - RESERVE));
  const count = (level: Level): number => input.findings.filter((finding) => finding.level === level).length;
  out.force(`## ${TOOL_NAME}${input.category ? ` (${escapeMarkdown(input.category)})` : ''}\n`);
  out.force(verdictLine(input));
  out.force('');
  out.force('| Level | Findings |');
  out.force('| --- | ---: |');
  for (const level of ['error', 'warning', 'note'] as const) out.force(`| ${LEVEL_LABEL[level]} | ${count(level)} |`);
  if (input.suppressed) out.force(`| suppressed | ${input.suppressed} |`);

  const notes = [
    ...(input.notes ?? []),
    ...input.notifications.filter((notification) => notification.level !== 'note').map((notification) => escapeMarkdown(`${notification.level}: ${notification.message}`)),
  ];
  if (notes.length > 0) {
    out.force('\n### Notes\n');
    // A twentieth of the summary for all notes together (500 skipped files must not crowd out the tables).
    const budget = Math.floor(out.remaining * 0.05);
    const start = out.remaining;
    let shown = 0;
    for (const note of notes) {
      if (!out.add(`- ${note}`, Math.max(0, budget - (start - out.remaining)))) break;
      shown++;
    }
    if (shown < notes.length) out.force(truncationNote(notes.length - shown, 'notes'));
  }

  const shown = (item: { readonly fixture?: boolean }): boolean => input.includeFixtures === true || item.fixture !== true;
  coverageSection(out, input.coverage.filter(shown), input.blobBase, Math.floor(out.remaining * 0.3));
  if (input.access) accessSection(out, input.access.filter(shown), input.blobBase, Math.floor(out.remaining * 0.3));

  const entries = linkGrantChains(input.findings.filter(shown));
  if (entries.length > 0) {
    const topCount = options.top ?? 20;
    const top = new Set(mostSevere(entries.map((entry) => entry.finding), topCount));
    const topEntries = entries.filter((entry) => top.has(entry.finding));
    out.force(`\n### ${topEntries.length === entries.length ? 'Findings' : `The ${topEntries.length} most severe findings`}\n`);
    const topLeft = findingsTable(out, topEntries, input.blobBase, out.remaining);
    const shownTop = new Set(topEntries.slice(0, topEntries.length - topLeft));
    const rest = entries.filter((entry) => !shownTop.has(entry));
    if (rest.length > 0) {
      out.force(`\n<details><summary>${plural(rest.length, 'more finding')}</summary>\n`);
      // Headlines only: the why and the fix are in the SARIF alerts and `explain <rule>`.
      const left = findingsTable(out, rest, input.blobBase, out.remaining, false);
      if (left > 0) out.force(truncationNote(left, 'findings'));
      out.force('\n</details>');
    }
  }
  if (!input.includeFixtures) {
    const fixtures = fixtureCounts(input);
    const parts = [
      ...(fixtures.findings > 0 ? [plural(fixtures.findings, 'finding')] : []),
      ...(fixtures.coverage > 0 ? [plural(fixtures.coverage, 'coverage hole')] : []),
      ...(fixtures.access > 0 ? [plural(fixtures.access, 'unguarded access row')] : []),
    ];
    if (parts.length > 0) out.force(`\n_${parts.join(', ')} in test fixtures (config \`fixtures:\`) not listed here; the SARIF and JSON reports have them._`);
  }
  return `${out.lines.join('\n')}\n`;
};
