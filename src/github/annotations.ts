/**
 * Findings as pull-request annotations: a check run (pure `planCheckRun`, then `sendCheckRun`)
 * or, without `checks: write`, workflow commands (pure `planWorkflowAnnotations`).
 */
import type { Finding } from '../rules/finding.ts';
import type { Level } from '../rules/rule.ts';
import { RULE_DOCS } from '../rules/rule-docs.generated.ts';
import type { GitHubClient } from './client.ts';
import type { RepoRef } from './git-context.ts';

/** One annotation as the Checks API takes it. */
export interface CheckAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly start_column?: number;
  readonly end_column?: number;
  readonly annotation_level: 'failure' | 'warning' | 'notice';
  readonly title: string;
  readonly message: string;
  readonly raw_details?: string;
}

export interface CheckRunOutput {
  readonly title: string;
  readonly summary: string;
  readonly text?: string;
  readonly annotations: readonly CheckAnnotation[];
}

export interface CheckRunCreate {
  readonly name: string;
  readonly head_sha: string;
  readonly status: 'in_progress' | 'completed';
  readonly started_at: string;
  readonly conclusion?: 'success' | 'failure';
  readonly completed_at?: string;
  readonly output: CheckRunOutput;
}

export interface CheckRunUpdate {
  readonly status?: 'completed';
  readonly conclusion?: 'success' | 'failure';
  readonly completed_at?: string;
  readonly output: CheckRunOutput;
}

export interface CheckRunPlan {
  readonly create: CheckRunCreate;
  /** PATCHes in order; each appends its annotations, the last one completes the run. */
  readonly updates: readonly CheckRunUpdate[];
  readonly annotated: number;
  /** Findings not annotated because their file is not changed by the pull request. */
  readonly outsideChanged: number;
  /** Findings not annotated because of MAX_CHECK_ANNOTATIONS. */
  readonly overCap: number;
}

/** The Checks API takes at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Our own cap (20 requests): past it the summary and code scanning list the rest. */
export const MAX_CHECK_ANNOTATIONS = 1000;
const MAX_TEXT = 65_535;
const MAX_DETAILS = 64 * 1024 - 1;

const LEVEL_RANK: Readonly<Record<Level, number>> = { error: 3, warning: 2, note: 1 };
const CHECK_LEVEL: Readonly<Record<Level, CheckAnnotation['annotation_level']>> = { error: 'failure', warning: 'warning', note: 'notice' };

const FIXES = new Map<string, string | undefined>();

/** The "How to fix" paragraph of a rule's doc, on one line; undefined without one. */
export const ruleFix = (ruleId: string): string | undefined => {
  if (!FIXES.has(ruleId)) {
    const section = /\n## How to fix\n([\s\S]*?)(?=\n## |$)/.exec(RULE_DOCS[ruleId] ?? '')?.[1];
    const paragraph = section?.trim().split(/\n\s*\n/, 1)[0]?.replace(/\s*\n\s*/g, ' ').trim();
    FIXES.set(ruleId, paragraph || undefined);
  }
  return FIXES.get(ruleId);
};

const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

const where = (location: Finding['location']): string => `${location.file}:${location.startLine}:${location.startColumn}`;

/** The chain behind a finding: the object, then each related location with its note. */
export const findingDetails = (finding: Finding): string | undefined => {
  const lines = [
    ...(finding.object ? [finding.object] : []),
    ...finding.related.map((related) => `↳ ${related.note}: ${where(related.location)}`),
  ];
  return lines.length > 0 ? clip(lines.join('\n'), MAX_DETAILS) : undefined;
};

/** Columns only when the finding starts and ends on one line (both APIs ignore them otherwise); end inclusive. */
const columns = (location: Finding['location']): { startColumn?: number; endColumn?: number } =>
  location.startLine === location.endLine
    ? { startColumn: location.startColumn, endColumn: Math.max(location.startColumn, location.endColumn - 1) }
    : {};

export const annotationTitle = (finding: Finding): string => clip(`${finding.ruleId} ${finding.ruleName}`, 255);

export const annotationMessage = (finding: Finding): string => {
  const fix = ruleFix(finding.ruleId);
  return clip(fix ? `${finding.message}\n\nHow to fix: ${fix}` : finding.message, MAX_DETAILS);
};

export const toCheckAnnotation = (finding: Finding): CheckAnnotation => {
  const { startColumn, endColumn } = columns(finding.location);
  const details = findingDetails(finding);
  return {
    path: finding.location.file,
    start_line: finding.location.startLine,
    end_line: finding.location.endLine,
    ...(startColumn !== undefined ? { start_column: startColumn, end_column: endColumn! } : {}),
    annotation_level: CHECK_LEVEL[finding.level],
    title: annotationTitle(finding),
    message: annotationMessage(finding),
    ...(details ? { raw_details: details } : {}),
  };
};

/**
 * Annotation order: findings in changed files first, then most severe, then report order.
 * `changedFiles` undefined = not a pull request (every file counts as changed).
 */
export const annotationOrder = (findings: readonly Finding[], changedFiles: ReadonlySet<string> | undefined): Finding[] =>
  findings
    .map((finding, index) => ({ finding, index, changed: !changedFiles || changedFiles.has(finding.location.file) }))
    .sort((a, b) => Number(b.changed) - Number(a.changed) || LEVEL_RANK[b.finding.level] - LEVEL_RANK[a.finding.level] || a.index - b.index)
    .map((entry) => entry.finding);

const chunk = <T>(items: readonly T[], size: number): T[][] => {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches.length > 0 ? batches : [[]];
};

/**
 * The requests of one check run: create with the first 50 annotations, PATCH 50 more at a
 * time, and complete with the conclusion in the last request (a single request when 50 or
 * fewer). `onlyChanged` keeps findings in `changedFiles` only. Pure.
 */
export const planCheckRun = (options: {
  readonly findings: readonly Finding[];
  readonly name: string;
  readonly headSha: string;
  readonly blocking: boolean;
  readonly title: string;
  readonly summary: string;
  readonly text?: string;
  readonly changedFiles?: ReadonlySet<string>;
  readonly onlyChanged: boolean;
  readonly startedAt: Date;
  readonly completedAt: Date;
}): CheckRunPlan => {
  const inScope = options.onlyChanged && options.changedFiles
    ? options.findings.filter((finding) => options.changedFiles!.has(finding.location.file))
    : options.findings;
  const ordered = annotationOrder(inScope, options.changedFiles);
  const annotated = ordered.slice(0, MAX_CHECK_ANNOTATIONS);
  const batches = chunk(annotated.map(toCheckAnnotation), ANNOTATIONS_PER_REQUEST);
  const base = { title: clip(options.title, 255), summary: clip(options.summary, MAX_TEXT) };
  const output = (annotations: readonly CheckAnnotation[], last: boolean): CheckRunOutput => ({
    ...base,
    ...(last && options.text ? { text: clip(options.text, MAX_TEXT) } : {}),
    annotations,
  });
  const completion = {
    status: 'completed' as const,
    conclusion: options.blocking ? ('failure' as const) : ('success' as const),
    completed_at: iso(options.completedAt),
  };
  const single = batches.length === 1;
  return {
    create: {
      name: options.name,
      head_sha: options.headSha,
      ...(single ? completion : { status: 'in_progress' as const }),
      started_at: iso(options.startedAt),
      output: output(batches[0]!, single),
    },
    updates: batches.slice(1).map((batch, i) => {
      const last = i === batches.length - 2;
      return { ...(last ? completion : {}), output: output(batch, last) };
    }),
    annotated: annotated.length,
    outsideChanged: options.findings.length - inScope.length,
    overCap: ordered.length - annotated.length,
  };
};

const iso = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** POST the check run, then each PATCH. Returns its id and page URL. */
export const sendCheckRun = async (client: GitHubClient, repo: RepoRef, plan: CheckRunPlan): Promise<{ id: number; url?: string }> => {
  const created = await client.request('POST /repos/{owner}/{repo}/check-runs', { ...repo, ...plan.create, output: { ...plan.create.output, annotations: [...plan.create.output.annotations] } });
  const id = created.data.id as unknown;
  // An answer without a numeric id (malformed JSON, a proxy's page) is a failure, not "check run NaN".
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) throw new Error('GitHub\'s answer to creating the check run has no check run id');
  for (const update of plan.updates) {
    await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...repo,
      check_run_id: id,
      ...update,
      output: { ...update.output, annotations: [...update.output.annotations] },
    });
  }
  const url = created.data.html_url as unknown;
  return { id, ...(typeof url === 'string' && /^https?:\/\//.test(url) ? { url } : {}) };
};

export type WorkflowLevel = 'error' | 'warning' | 'notice';
const WORKFLOW_LEVEL: Readonly<Record<Level, WorkflowLevel>> = { error: 'error', warning: 'warning', note: 'notice' };

export interface WorkflowAnnotation {
  readonly level: WorkflowLevel;
  readonly message: string;
  readonly properties: {
    readonly title: string;
    readonly file: string;
    readonly startLine: number;
    readonly endLine: number;
    readonly startColumn?: number;
    readonly endColumn?: number;
  };
}

export interface WorkflowAnnotationPlan {
  readonly annotations: readonly WorkflowAnnotation[];
  /** In scope but over the per-level limit: the summary states this number. */
  readonly notShown: number;
  readonly outsideChanged: number;
}

/** GitHub shows at most 10 workflow-command annotations of each level per step. */
export const WORKFLOW_ANNOTATIONS_PER_LEVEL = 10;

/**
 * Workflow-command annotations within `budget` per level (10 minus what the step emits
 * otherwise): changed files first, most severe first. Pure.
 */
export const planWorkflowAnnotations = (options: {
  readonly findings: readonly Finding[];
  readonly changedFiles?: ReadonlySet<string>;
  readonly onlyChanged: boolean;
  readonly budget: Readonly<Record<WorkflowLevel, number>>;
}): WorkflowAnnotationPlan => {
  const inScope = options.onlyChanged && options.changedFiles
    ? options.findings.filter((finding) => options.changedFiles!.has(finding.location.file))
    : options.findings;
  const used: Record<WorkflowLevel, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: WorkflowAnnotation[] = [];
  for (const finding of annotationOrder(inScope, options.changedFiles)) {
    const level = WORKFLOW_LEVEL[finding.level];
    if (used[level] >= Math.max(0, options.budget[level])) continue;
    used[level]++;
    const { startColumn, endColumn } = columns(finding.location);
    annotations.push({
      level,
      message: annotationMessage(finding),
      properties: {
        title: annotationTitle(finding),
        file: finding.location.file,
        startLine: finding.location.startLine,
        endLine: finding.location.endLine,
        ...(startColumn !== undefined ? { startColumn, endColumn: endColumn! } : {}),
      },
    });
  }
  return { annotations, notShown: inScope.length - annotations.length, outsideChanged: options.findings.length - inScope.length };
};

/**
 * `GET /repos/{owner}/{repo}/pulls/{n}/files`, every page (GitHub lists at most 3,000 files):
 * each changed file with its patch (absent for binary or very large diffs).
 */
export const listChangedFiles = async (client: GitHubClient, repo: RepoRef, pullNumber: number): Promise<Map<string, string | undefined>> => {
  const files = await client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { ...repo, pull_number: pullNumber, per_page: 100 });
  return new Map(files.map((file) => [file.filename, file.patch]));
};
