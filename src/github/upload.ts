/**
 * Code-scanning upload, split as codeql-action does: pure preparation (`prepareSarifUpload`,
 * `buildSarifUpload`), then the two API calls (`postSarif`, `waitForProcessing`).
 */
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Log } from 'sarif';
import type { ScanResult } from '../report/scan-result.ts';
import { toSarif } from '../report/sarif.ts';
import { mostSevere } from '../report/summary.ts';
import type { Finding } from '../rules/finding.ts';
import { apiFailure, failureCause, type ApiFailure, type GitHubClient } from './client.ts';
import type { GitContext, RepoRef } from './git-context.ts';
import { TOOL_NAME } from '../version.ts';

/** GitHub's limits (GITHUB.md): 10 MB gzipped; 25,000 results per run of which the 5,000 most severe are kept. */
export const UPLOAD_LIMITS = { maxGzipBytes: 10_000_000, maxResults: 5_000 } as const;

export interface UploadLimits {
  readonly maxGzipBytes: number;
  readonly maxResults: number;
}

/** The request body of `POST /repos/{owner}/{repo}/code-scanning/sarifs`. */
export interface SarifUploadPayload {
  readonly commit_sha: string;
  readonly ref: string;
  /** gzip, then base64. */
  readonly sarif: string;
  readonly checkout_uri?: string;
  readonly started_at?: string;
  readonly tool_name: string;
}

export interface PreparedUpload {
  readonly log: Log;
  readonly payload: SarifUploadPayload;
  readonly gzippedBytes: number;
  /** Results in the uploaded file. */
  readonly uploaded: number;
  /** Suppressed findings left out (GitHub ignores SARIF `suppressions` and would open alerts). */
  readonly suppressed: number;
  /** Findings left out to stay within the limits, least severe first. */
  readonly truncated: number;
}

/** gzip + base64 with the commit and ref the analysis belongs to. Pure. */
export const buildSarifUpload = (
  sarif: Log,
  target: { readonly commitSha: string; readonly ref: string },
  options: { readonly workspace?: string; readonly startedAt?: Date } = {},
): { payload: SarifUploadPayload; gzippedBytes: number } => {
  const gzipped = gzipSync(Buffer.from(JSON.stringify(sarif), 'utf8'));
  return {
    payload: {
      commit_sha: target.commitSha,
      ref: target.ref,
      sarif: gzipped.toString('base64'),
      ...(options.workspace ? { checkout_uri: pathToFileURL(options.workspace).href } : {}),
      ...(options.startedAt ? { started_at: options.startedAt.toISOString().replace(/\.\d{3}Z$/, 'Z') } : {}),
      tool_name: TOOL_NAME,
    },
    gzippedBytes: gzipped.length,
  };
};

/**
 * The file to upload: suppressed findings left out (`isSuppressed`, the seam for config and
 * baseline suppressions), the most severe `maxResults` kept, and fewer still when the gzipped
 * file would pass `maxGzipBytes`. What was left out is said in a run notification. Pure.
 */
export const prepareSarifUpload = (
  result: Pick<ScanResult, 'findings' | 'rules' | 'notifications'>,
  options: {
    readonly target: { readonly commitSha: string; readonly ref: string };
    readonly category?: string;
    readonly workspace?: string;
    readonly startedAt?: Date;
    readonly isSuppressed: (finding: Finding) => boolean;
    readonly limits?: UploadLimits;
  },
): PreparedUpload => {
  const limits = options.limits ?? UPLOAD_LIMITS;
  const active = result.findings.filter((finding) => !options.isSuppressed(finding));
  let max = Math.min(active.length, limits.maxResults);
  for (let round = 0; ; round++) {
    const kept = mostSevere(active, max);
    const truncated = active.length - kept.length;
    const notifications = truncated > 0
      ? [...result.notifications, { level: 'warning' as const, message: truncationNotice(truncated, kept.length) }]
      : result.notifications;
    const log = toSarif({ findings: kept, rules: result.rules, notifications }, options.category ? { category: options.category } : {});
    const built = buildSarifUpload(log, options.target, options);
    if (built.gzippedBytes <= limits.maxGzipBytes || max === 0 || round >= 8) {
      return { log, ...built, uploaded: kept.length, suppressed: result.findings.length - active.length, truncated };
    }
    // Results dominate the size: scale down with 10 % headroom.
    max = Math.floor(max * Math.min(0.9, (limits.maxGzipBytes / built.gzippedBytes) * 0.9));
  }
};

const truncationNotice = (left: number, kept: number): string =>
  `${left} less severe result(s) were left out of this upload to stay within code scanning's limits; the ${kept} most severe were kept. The local SARIF file and the job summary have them all.`;

/** `POST /repos/{owner}/{repo}/code-scanning/sarifs`: the only upload call. Returns the SARIF id. */
export const postSarif = async (client: GitHubClient, repo: RepoRef, payload: SarifUploadPayload): Promise<string> => {
  const response = await client.request('POST /repos/{owner}/{repo}/code-scanning/sarifs', { ...repo, ...payload });
  const id = (response.data as { id?: unknown }).id;
  if (typeof id !== 'string' || id === '') throw new Error('GitHub accepted the SARIF upload but returned no id.');
  return id;
};

export interface ProcessingResult {
  readonly status: 'complete' | 'failed' | 'pending';
  readonly errors: readonly string[];
}

/**
 * Polls `GET .../code-scanning/sarifs/{id}` until `complete` or `failed`, backing off
 * (0, 1, 2, 4, 8, 15, 15 … s) for at most `timeoutMs` (default 2 minutes); `pending` when it
 * ran out of time. A failed poll request ends the wait as pending: the upload itself was
 * accepted.
 */
export const waitForProcessing = async (
  client: GitHubClient,
  repo: RepoRef,
  id: string,
  options: { readonly sleep: (ms: number) => Promise<void>; readonly now: () => Date; readonly timeoutMs?: number },
): Promise<ProcessingResult> => {
  const deadline = options.now().getTime() + (options.timeoutMs ?? 120_000);
  for (let attempt = 0; ; attempt++) {
    const wait = attempt === 0 ? 0 : Math.min(15_000, 1000 * 2 ** (attempt - 1));
    if (wait > 0) {
      if (options.now().getTime() + wait > deadline) return { status: 'pending', errors: [] };
      await options.sleep(wait);
    }
    const response = await client.request('GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}', { ...repo, sarif_id: id });
    const data = response.data as { processing_status?: unknown; errors?: unknown };
    const errors = Array.isArray(data.errors) ? data.errors.filter((error): error is string => typeof error === 'string') : [];
    if (data.processing_status === 'complete') return { status: 'complete', errors };
    if (data.processing_status === 'failed') return { status: 'failed', errors };
  }
};

/** Why an upload was refused and how to fix it, in the user's terms. Pure. */
export const explainUploadFailure = (failure: ApiFailure, git: GitContext): { reason: string; fix: string } => {
  const message = failure.message;
  const pr = git.pullRequest;
  const forbidden = failure.status === 403 || failure.status === 404;
  if (forbidden && pr?.fork) {
    return {
      reason: `pull request #${pr.number} comes from the fork ${pr.headRepo ?? '(deleted)'}, and GitHub gives workflows on fork pull requests a read-only token`,
      fix: 'Nothing to fix: the findings are in the job summary and the annotations, and code scanning gets them when the workflow runs on push to the base branch. Set upload-sarif: false for pull requests to silence this warning.',
    };
  }
  if (forbidden && git.actor === 'dependabot[bot]') {
    return {
      reason: 'Dependabot runs get a read-only token',
      fix: 'Run the workflow on pull_request (code scanning accepts uploads for pull_request events) rather than on push for Dependabot branches.',
    };
  }
  if (forbidden && /advanced security|code security|code scanning is not enabled|not opted.?in|code scanning feature is forbidden/i.test(message)) {
    return {
      reason: 'code scanning is not enabled for this repository',
      fix: 'Enable code scanning in Settings → Code security (private and internal repositories need GitHub Code Security), or set upload-sarif: false.',
    };
  }
  if (failure.status === 403) {
    return {
      reason: 'the token may not upload code-scanning results',
      fix: 'Give the job `permissions: { contents: read, security-events: write }` (private repositories also need `actions: read`), or pass a token with that access in the token input.',
    };
  }
  if (failure.status === 404) {
    return {
      reason: 'the repository or its code-scanning endpoint was not found with this token',
      fix: 'Check that GITHUB_REPOSITORY and the token belong together and, on GitHub Enterprise Server, that code scanning (GitHub Advanced Security) is available; or set upload-sarif: false.',
    };
  }
  if (failure.status === 401) {
    return { reason: 'the token was rejected', fix: 'Check the token input (default: the job\'s GITHUB_TOKEN).' };
  }
  if (failure.status === 413) {
    return { reason: 'the SARIF file is larger than code scanning accepts', fix: 'Narrow the scan with paths/exclude, or report the size so the truncation can be tightened.' };
  }
  return {
    reason: failureCause(failure),
    fix: failure.network
      ? 'Check that the runner can reach GITHUB_API_URL (proxy, firewall, GitHub status), then re-run the job; or set upload-sarif: false.'
      : 'Re-run the job; if it persists, set upload-sarif: false and report it.',
  };
};

export type UploadOutcome =
  | { readonly kind: 'uploaded'; readonly id: string; readonly processing: ProcessingResult; readonly prepared: PreparedUpload }
  | { readonly kind: 'refused'; readonly failure: ApiFailure; readonly reason: string; readonly fix: string }
  | { readonly kind: 'not-possible'; readonly reason: string };

/** Post, then poll. Refusals become an outcome, never a throw. */
export const uploadSarif = async (
  client: GitHubClient,
  git: GitContext,
  prepared: PreparedUpload,
  options: { readonly sleep: (ms: number) => Promise<void>; readonly now: () => Date; readonly timeoutMs?: number },
): Promise<UploadOutcome> => {
  if (!git.repo) return { kind: 'not-possible', reason: 'GITHUB_REPOSITORY is not set, so there is no repository to upload to' };
  let id: string;
  try {
    id = await postSarif(client, git.repo, prepared.payload);
  } catch (error) {
    const failure = apiFailure(error);
    return { kind: 'refused', failure, ...explainUploadFailure(failure, git) };
  }
  let processing: ProcessingResult;
  try {
    processing = await waitForProcessing(client, git.repo, id, options);
  } catch {
    processing = { status: 'pending', errors: [] };
  }
  return { kind: 'uploaded', id, processing, prepared };
};
