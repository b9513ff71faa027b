/**
 * On a pull request the runner checks out the merge commit, so findings carry its line numbers,
 * while annotations go on the PR's head commit. Where both commits are in the checkout (they
 * are with actions/checkout `fetch-depth: 2` or more), `git diff` between them (no network) maps
 * each line to the head's; a line that exists only in the merge commit (the base branch changed
 * it since) has no place on the head and is not annotated there.
 */
import { execFile } from 'node:child_process';
import type { Finding } from '../rules/finding.ts';

/** Runs git in a folder: its stdout, or undefined when it fails. */
export type RunGit = (args: readonly string[], cwd: string) => Promise<string | undefined>;

export const runGit: RunGit = (args, cwd) =>
  new Promise((done) => {
    execFile('git', [...args], { cwd, maxBuffer: 256 * 1024 * 1024, timeout: 60_000 }, (error, stdout) => done(error ? undefined : stdout));
  });

interface Hunk {
  readonly oldStart: number;
  readonly oldCount: number;
  readonly newCount: number;
}

/** Old line → new line, or undefined when the line was changed or removed. */
export type LineMap = (file: string, line: number) => number | undefined;

/** Hunks by file (new path) of `git diff -U0` output; a file whose name git had to quote is left out. */
export const parseZeroContextDiff = (diff: string): { hunks: Map<string, Hunk[]>; unmappable: Set<string> } => {
  const hunks = new Map<string, Hunk[]>();
  const unmappable = new Set<string>();
  let oldFile: string | undefined;
  let current: Hunk[] | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('--- ')) {
      oldFile = line.slice(4);
      continue;
    }
    if (line.startsWith('+++ ')) {
      const name = line.slice(4);
      const path = name === '/dev/null' ? oldFile?.replace(/^a\//, '') : name.replace(/^b\//, '');
      current = undefined;
      if (!path || path.startsWith('"') || name.startsWith('"')) {
        if (path) unmappable.add(path.replace(/^"|"$/g, ''));
        continue;
      }
      hunks.set(path, (current = []));
      continue;
    }
    const match = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (match && current) current.push({ oldStart: Number(match[1]), oldCount: Number(match[2] ?? 1), newCount: Number(match[4] ?? 1) });
  }
  return { hunks, unmappable };
};

export const lineMapOf = (parsed: ReturnType<typeof parseZeroContextDiff>): LineMap => (file, line) => {
  if (parsed.unmappable.has(file)) return undefined;
  let delta = 0;
  for (const hunk of parsed.hunks.get(file) ?? []) {
    // A pure insertion (-a,0) comes after old line a.
    const first = hunk.oldCount === 0 ? hunk.oldStart + 1 : hunk.oldStart;
    if (line < first) break;
    if (hunk.oldCount > 0 && line < first + hunk.oldCount) return undefined;
    delta += hunk.newCount - hunk.oldCount;
  }
  return line + delta;
};

/** The map from `from` (the merge commit) to `to` (the head), or undefined when git lacks either commit. */
export const headLineMap = async (git: RunGit, cwd: string, from: string, to: string): Promise<LineMap | undefined> => {
  if (from === to) return (_file, line) => line;
  const diff = await git(['-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', '--no-renames', '-U0', from, to, '--'], cwd);
  return diff === undefined ? undefined : lineMapOf(parseZeroContextDiff(diff));
};

/** Findings placed on the head's lines; those with no line there are counted, not annotated. */
export const onHeadLines = (findings: readonly Finding[], map: LineMap): { findings: Finding[]; dropped: number } => {
  const placed: Finding[] = [];
  for (const finding of findings) {
    const start = map(finding.location.file, finding.location.startLine);
    const end = map(finding.location.file, finding.location.endLine);
    if (start === undefined || end === undefined) continue;
    placed.push(start === finding.location.startLine && end === finding.location.endLine ? finding : { ...finding, location: { ...finding.location, startLine: start, endLine: end } });
  }
  return { findings: placed, dropped: findings.length - placed.length };
};
