/**
 * The job summary (GITHUB_STEP_SUMMARY) as Markdown: verdict line, counts, coverage matrix,
 * access table, the most severe findings linked to their lines, the rest collapsed. Pure and
 * deterministic, and always within `maxBytes` (GitHub drops a step summary over 1 MiB).
 *
 * Each table is a section function taking rows (`coverageSection`, `accessSection`,
 * `findingsTable`), so a new section is one more function and one more call in `renderSummary`.
 */
import type { CoverageRow, Notification, ScanStats } from '../engine.ts';
import type { Location } from '../model/source-ref.ts';
import type { Finding } from '../rules/finding.ts';
import type { Level } from '../rules/rule.ts';
import { TOOL_NAME } from '../version.ts';

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
}

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
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1');

const encodePath = (file: string): string => file.split('/').map(encodeURIComponent).join('/');

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
const yesNo = (value: boolean): string => (value ? 'yes' : 'no');

/** The coverage matrix, holes first. */
export const coverageSection = (out: Budget, rows: readonly CoverageRow[], blobBase: string | undefined, limit: number): void => {
  if (rows.length === 0) return;
  out.force('\n### Coverage of ephemeral containers\n');
  const sorted = rows.map((row, index) => ({ row, index })).sort((a, b) => VERDICT_ORDER[a.row.verdict] - VERDICT_ORDER[b.row.verdict] || a.index - b.index);
  const left = table(
    out,
    ['Verdict', 'Basis', 'Engine', 'Policy', 'File', 'containers', 'initContainers', 'ephemeralContainers', 'Subresource reachable', 'UPDATE handled'],
    sorted.map(({ row }) => [
      VERDICT_LABEL[row.verdict],
      row.basis,
      escapeMarkdown(row.engine),
      escapeMarkdown(`${row.kind} ${row.namespace ? `${row.namespace}/` : ''}${row.name}${row.rule ? ` (${row.rule})` : ''}`),
      lineLink(row.location, blobBase),
      yesNo(row.reads.containers),
      yesNo(row.reads.initContainers),
      yesNo(row.reads.ephemeralContainers),
      row.receivesSubresource,
      row.handlesUpdate,
    ]),
    limit,
  );
  if (left > 0) out.force(truncationNote(left, 'policies'));
};

const GUARD_LABEL: Readonly<Record<AccessRow['guarded'], string>> = { yes: '✅ yes', no: '❌ no', unknown: '❔ unknown' };

/** Who can add ephemeral containers where; unguarded access first. */
export const accessSection = (out: Budget, rows: readonly AccessRow[], blobBase: string | undefined, limit: number): void => {
  if (rows.length === 0) return;
  out.force('\n### Who can add ephemeral containers\n');
  const order = { no: 0, unknown: 1, yes: 2 } as const;
  const sorted = rows.map((row, index) => ({ row, index })).sort((a, b) => order[a.row.guarded] - order[b.row.guarded] || a.index - b.index);
  const left = table(
    out,
    ['Subject', 'Where', 'Through', 'Guarded', 'File'],
    sorted.map(({ row }) => [
      escapeMarkdown(row.subject),
      escapeMarkdown(row.scope),
      escapeMarkdown(row.via),
      row.allowed !== undefined ? `${GUARD_LABEL[row.guarded]} (allowed: ${escapeMarkdown(row.allowed)})` : GUARD_LABEL[row.guarded],
      row.location ? lineLink(row.location, blobBase) : '',
    ]),
    limit,
  );
  if (left > 0) out.force(truncationNote(left, 'access rows'));
};

const LEVEL_LABEL: Readonly<Record<Level, string>> = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' };

/** A findings table; returns how many rows did not fit. */
export const findingsTable = (out: Budget, findings: readonly Finding[], blobBase: string | undefined, limit: number): number =>
  table(
    out,
    ['Level', 'Rule', 'Where', 'Finding'],
    findings.map((finding) => [
      LEVEL_LABEL[finding.level],
      escapeMarkdown(`${finding.ruleId} ${finding.ruleName}`),
      lineLink(finding.location, blobBase),
      escapeMarkdown(finding.message),
    ]),
    limit,
  );

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
    let shown = 0;
    for (const note of notes) {
      if (!out.add(`- ${note}`, Math.floor(out.remaining * 0.05))) break;
      shown++;
    }
    if (shown < notes.length) out.force(truncationNote(notes.length - shown, 'notes'));
  }

  coverageSection(out, input.coverage, input.blobBase, Math.floor(out.remaining * 0.3));
  if (input.access) accessSection(out, input.access, input.blobBase, Math.floor(out.remaining * 0.3));

  if (input.findings.length > 0) {
    const topCount = options.top ?? 20;
    const top = mostSevere(input.findings, topCount);
    out.force(`\n### ${top.length === input.findings.length ? 'Findings' : `The ${top.length} most severe findings`}\n`);
    const topLeft = findingsTable(out, top, input.blobBase, out.remaining);
    const shownTop = new Set(top.slice(0, top.length - topLeft));
    const rest = input.findings.filter((finding) => !shownTop.has(finding));
    if (rest.length > 0) {
      out.force(`\n<details><summary>${plural(rest.length, 'more finding')}</summary>\n`);
      const left = findingsTable(out, rest, input.blobBase, out.remaining);
      if (left > 0) out.force(truncationNote(left, 'findings'));
      out.force('\n</details>');
    }
  }
  return `${out.lines.join('\n')}\n`;
};
