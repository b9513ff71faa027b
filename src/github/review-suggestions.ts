/**
 * Proved fixes as ```suggestion blocks in one pull-request review (input `suggest-fixes`).
 * Pure `planSuggestions` turns fix edits (offsets into the scanned text) into whole-line
 * replacements on the head commit's lines that the pull request adds; `syncSuggestions` is the
 * only API code: it finds the previous run's comments by a hidden marker, keeps or edits those
 * that still apply, deletes the others, and posts the new ones in a single review.
 */
import { createHash } from 'node:crypto';
import type { ProvedFix } from '../fix/fix.ts';
import { applyEdits, editsOverlap, sameEdits, type TextEdit } from '../fix/text-edit.ts';
import { maxOf, pushAll } from '../array.ts';
import { escapeMarkdown } from '../report/summary.ts';
import { TOOL_NAME } from '../version.ts';
import type { GitHubClient } from './client.ts';
import type { RepoRef } from './git-context.ts';
import type { LineMap } from './head-lines.ts';

/** One review comment with a suggestion, on the head commit's lines `startLine`..`line` (side RIGHT). */
export interface Suggestion {
  readonly path: string;
  /** First line of a multi-line suggestion; undefined for one line. */
  readonly startLine?: number;
  readonly line: number;
  readonly body: string;
  /** Identifies the change: file, head lines, replaced text and replacement (unique per file and lines). */
  readonly key: string;
}

export interface SuggestionPlan {
  readonly suggestions: readonly Suggestion[];
  /** Proved fixes whose lines this pull request does not add (or that have no place on its head). */
  readonly notOnChangedLines: number;
  /** Proved fixes in files with CR line endings: a suggestion applied on GitHub would mix them. */
  readonly lineEndings: number;
}

/** Lines of the head (RIGHT side) that a file's patch adds: what a suggestion may replace. */
export const addedLinesOf = (patch: string): Set<number> => {
  const added = new Set<number>();
  let line = 0;
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      continue;
    }
    if (line === 0) continue;
    if (text.startsWith('+')) added.add(line++);
    else if (text.startsWith(' ') || text === '') line++;
  }
  return added;
};

/** Start offset of each line (the last entry is the text's length when it ends with a newline). */
const lineStarts = (text: string): number[] => {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
};

/** 1-based line of an offset. */
const lineAt = (starts: readonly number[], offset: number): number => {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
};

/**
 * The whole lines an edit changes. An insertion at the start of a line is appended to the line
 * before it (a new list entry after the entry it follows); an edit ending at a line start ends
 * on the line before.
 */
const linesOfEdit = (starts: readonly number[], edit: TextEdit): { first: number; last: number } => {
  const atLineStart = (offset: number): boolean => offset > 0 && starts.includes(offset);
  if (edit.start === edit.end) {
    const line = atLineStart(edit.start) ? lineAt(starts, edit.start - 1) : lineAt(starts, edit.start);
    return { first: line, last: line };
  }
  const first = lineAt(starts, edit.start);
  const last = atLineStart(edit.end) ? lineAt(starts, edit.end - 1) : lineAt(starts, edit.end);
  return { first, last: Math.max(first, last) };
};

/** A fence longer than any run of backticks in the content, so a file cannot close it. */
const fenceFor = (content: string): string => '`'.repeat(Math.max(3, maxOf([...content.matchAll(/`+/g)].map((run) => run[0].length + 1))));

/** The hidden marker that says which comments and review an earlier run of this category posted. */
export const markers = (category: string): { readonly review: string; readonly comment: string } => {
  const tag = encodeURIComponent(category);
  return { review: `<!-- ${TOOL_NAME}:suggest-fixes:review ${tag} -->`, comment: `<!-- ${TOOL_NAME}:suggest-fixes:comment ${tag} ` };
};

/** The key a comment's marker carries, or undefined when the body does not start with our marker. */
export const markedKey = (body: string, category: string): string | undefined => {
  const prefix = markers(category).comment;
  if (!body.startsWith(prefix)) return undefined;
  return /^([0-9a-f]{16}) -->/.exec(body.slice(prefix.length))?.[1];
};

interface Cluster {
  first: number;
  last: number;
  readonly fixes: ProvedFix[];
}

/**
 * A suggestion for every proved fix (fixes whose lines overlap share one) whose replaced lines
 * all map to lines the pull request adds on its head. `toHead` maps scanned lines to the head's
 * (identity when the head was scanned); `addedLines` comes from the pull request's patches. Pure.
 */
export const planSuggestions = (options: {
  readonly proved: readonly ProvedFix[];
  readonly textOf: (file: string) => string | undefined;
  readonly toHead: LineMap;
  readonly addedLines: ReadonlyMap<string, ReadonlySet<number>>;
  readonly category: string;
}): SuggestionPlan => {
  const byFile = new Map<string, ProvedFix[]>();
  for (const fix of options.proved) byFile.set(fix.file, [...(byFile.get(fix.file) ?? []), fix]);
  const suggestions: Suggestion[] = [];
  let notOnChangedLines = 0;
  let lineEndings = 0;
  for (const [file, fixes] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const text = options.textOf(file);
    const added = options.addedLines.get(file);
    if (text === undefined || !added) {
      notOnChangedLines += fixes.length;
      continue;
    }
    if (text.includes('\r')) {
      lineEndings += fixes.length;
      continue;
    }
    const starts = lineStarts(text);
    // As editsByFile: a fix overlapping an earlier one is left out (its finding stays annotated),
    // unless it is the same edit (one fix several findings share): it joins that suggestion.
    const accepted: TextEdit[] = [];
    const clusters: Cluster[] = [];
    for (const fix of fixes) {
      const sharing = clusters.find((cluster) => sameEdits(cluster.fixes[0]!.edits, fix.edits));
      if (sharing) {
        sharing.fixes.push(fix);
        continue;
      }
      if (fix.edits.length === 0 || editsOverlap(accepted, fix.edits)) continue;
      pushAll(accepted, fix.edits);
      const ranges = fix.edits.map((edit) => linesOfEdit(starts, edit));
      clusters.push({ first: -maxOf(ranges.map((r) => -r.first)), last: maxOf(ranges.map((r) => r.last)), fixes: [fix] });
    }
    clusters.sort((a, b) => a.first - b.first);
    const merged: Cluster[] = [];
    for (const cluster of clusters) {
      const previous = merged[merged.length - 1];
      if (previous && cluster.first <= previous.last) {
        previous.last = Math.max(previous.last, cluster.last);
        pushAll(previous.fixes, cluster.fixes);
      } else merged.push({ ...cluster, fixes: [...cluster.fixes] });
    }
    for (const cluster of merged) {
      const head: number[] = [];
      for (let line = cluster.first; line <= cluster.last; line++) {
        const mapped = options.toHead(file, line);
        if (mapped !== undefined) head.push(mapped);
      }
      const contiguous = head.length === cluster.last - cluster.first + 1 && head.every((line, i) => line === head[0]! + i);
      if (!contiguous || !head.every((line) => added.has(line))) {
        notOnChangedLines += cluster.fixes.length;
        continue;
      }
      const segmentStart = starts[cluster.first - 1]!;
      const segmentEnd = cluster.last < starts.length ? starts[cluster.last]! : text.length;
      const edits = cluster.fixes.flatMap((fix) => fix.edits).map((edit) => ({ ...edit, start: edit.start - segmentStart, end: edit.end - segmentStart }));
      // A BOM is not part of the line GitHub shows.
      const bom = segmentStart === 0 && text.startsWith('\uFEFF') ? 1 : 0;
      const original = text.slice(segmentStart + bom, segmentEnd);
      let replacement = applyEdits(text.slice(segmentStart, segmentEnd), edits).slice(bom);
      if (original.endsWith('\n') && replacement.endsWith('\n')) replacement = replacement.slice(0, -1);
      const first = head[0]!;
      const last = head[head.length - 1]!;
      const key = createHash('sha256').update(`${file}\u0000${first}\u0000${last}\u0000${original}\u0000${replacement}`).digest('hex').slice(0, 16);
      const fence = fenceFor(replacement);
      const what = cluster.fixes.map((fix) => `**${fix.finding.ruleId} ${escapeMarkdown(fix.finding.ruleName)}**: ${escapeMarkdown(fix.finding.message)}\n\n${escapeMarkdown(fix.description)} (proved: ${TOOL_NAME} re-scanned the edited file).`);
      const body = `${markers(options.category).comment}${key} -->\n${what.join('\n\n')}\n\n${fence}suggestion\n${replacement}\n${fence}\n`;
      suggestions.push({ path: file, ...(last > first ? { startLine: first } : {}), line: last, body, key });
    }
  }
  return { suggestions, notOnChangedLines, lineEndings };
};

export interface SuggestionSync {
  /** Comments posted in this run's review (0: no review was posted). */
  readonly posted: number;
  /** Earlier comments that still apply: kept as they were or with an edited text. */
  readonly kept: number;
  readonly edited: number;
  /** Earlier comments that no longer apply. */
  readonly deleted: number;
  readonly reviewUrl?: string;
}

interface ReviewLike {
  readonly id: number;
  readonly body?: string | null;
  readonly user?: { readonly login?: string } | null;
}

interface CommentLike {
  readonly id: number;
  readonly body?: string;
  readonly path?: string;
  readonly line?: number | null;
  readonly start_line?: number | null;
  readonly pull_request_review_id?: number | null;
  readonly user?: { readonly login?: string } | null;
}

const reviewBody = (category: string, count: number): string =>
  `${markers(category).review}\n${TOOL_NAME} suggests ${count} fix${count === 1 ? '' : 'es'} for findings on lines this pull request adds. Each fix was applied to a copy of the file and the file scanned again: the finding is gone and no other appears.\n`;

const staleReviewBody = (category: string): string =>
  `${markers(category).review}\nThe fixes ${TOOL_NAME} suggested here were applied or no longer apply.\n`;

/**
 * Brings the pull request's suggestions in line with `suggestions`: earlier comments of ours
 * (marker of this category, in a review of ours, by that review's author) that still apply at
 * the same lines are kept (edited when their text changed), the others deleted; the rest are
 * posted as one review on `headSha`. A review whose comments are all gone says so.
 */
export const syncSuggestions = async (
  client: GitHubClient,
  repo: RepoRef,
  pull: { readonly number: number; readonly headSha: string },
  suggestions: readonly Suggestion[],
  category: string,
): Promise<SuggestionSync> => {
  const { review: reviewMarker } = markers(category);
  const where = { ...repo, pull_number: pull.number, per_page: 100 };
  const reviews = ((await client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', where)) as ReviewLike[]).filter(
    (review) => typeof review.body === 'string' && review.body.startsWith(reviewMarker),
  );
  const authorOf = new Map(reviews.map((review) => [review.id, review.user?.login]));
  const earlier =
    reviews.length === 0
      ? []
      : ((await client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', where)) as CommentLike[]).filter(
          (comment) =>
            typeof comment.pull_request_review_id === 'number' &&
            authorOf.has(comment.pull_request_review_id) &&
            comment.user?.login === authorOf.get(comment.pull_request_review_id) &&
            markedKey(comment.body ?? '', category) !== undefined,
        );
  const pending = new Map(suggestions.map((suggestion) => [suggestion.key, suggestion]));
  let kept = 0;
  let edited = 0;
  let deleted = 0;
  const remaining = new Map<number, number>();
  for (const comment of earlier) {
    const key = markedKey(comment.body ?? '', category)!;
    const match = pending.get(key);
    const stillApplies = match !== undefined && match.path === comment.path && match.line === comment.line && (match.startLine ?? null) === (comment.start_line ?? null);
    if (stillApplies) {
      pending.delete(key);
      kept++;
      remaining.set(comment.pull_request_review_id!, (remaining.get(comment.pull_request_review_id!) ?? 0) + 1);
      if (comment.body !== match.body) {
        await client.request('PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}', { ...repo, comment_id: comment.id, body: match.body });
        edited++;
      }
    } else {
      await client.request('DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}', { ...repo, comment_id: comment.id });
      deleted++;
    }
  }
  for (const review of reviews) {
    if ((remaining.get(review.id) ?? 0) > 0 || review.body === staleReviewBody(category)) continue;
    await client.request('PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}', { ...repo, pull_number: pull.number, review_id: review.id, body: staleReviewBody(category) });
  }
  const fresh = [...pending.values()];
  if (fresh.length === 0) return { posted: 0, kept, edited, deleted };
  const created = await client.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
    ...repo,
    pull_number: pull.number,
    commit_id: pull.headSha,
    event: 'COMMENT',
    body: reviewBody(category, fresh.length),
    comments: fresh.map((suggestion) => ({
      path: suggestion.path,
      body: suggestion.body,
      line: suggestion.line,
      side: 'RIGHT',
      ...(suggestion.startLine !== undefined ? { start_line: suggestion.startLine, start_side: 'RIGHT' } : {}),
    })),
  });
  const url = (created.data as { html_url?: unknown }).html_url;
  return { posted: fresh.length, kept, edited, deleted, ...(typeof url === 'string' && /^https?:\/\//.test(url) ? { reviewUrl: url } : {}) };
};
