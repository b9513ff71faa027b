import type { Location } from '../model/source-ref.ts';

/** The comment marker: `# ephemeral-guard-ignore EG201,EG202 reason`. */
export const IGNORE_MARKER = 'ephemeral-guard-ignore';
export { IGNORE_ANNOTATION } from '../load/load-manifests.ts';

/** One written suppression: which rules, why, and where it is written. */
export interface WrittenSuppression {
  readonly form: 'comment' | 'annotation';
  /** Rule ids or names as written. */
  readonly rules: readonly string[];
  /** Empty when none was written (such a suppression suppresses nothing and is reported). */
  readonly reason: string;
  /** The comment's `#` to the end of its line, or the annotation's value. */
  readonly location: Location;
}

export interface CommentSuppression extends WrittenSuppression {
  readonly form: 'comment';
  /** The 1-based line whose findings it suppresses. */
  readonly appliesToLine: number;
}

/**
 * `EG201,EG202: reason` / `EG201 reason` / `role-grants-ephemeral-containers, EG202 -- reason`:
 * rule ids or names separated by commas, then the reason (after an optional `:` or `--`).
 */
export const parseSuppressionText = (text: string): { rules: string[]; reason: string } => {
  const match = /^\s*([A-Za-z0-9][A-Za-z0-9-]*(?:\s*,\s*[A-Za-z0-9][A-Za-z0-9-]*)*)\s*(?::|--|\s|$)(.*)$/s.exec(text);
  if (!match) return { rules: [], reason: text.trim() };
  const rules = match[1]!.split(',').map((rule) => rule.trim());
  // A trailing "--" or ":" belongs to the separator, not to the reason.
  const reason = match[2]!.replace(/^\s*(?::|--)\s*/, '').trim();
  return { rules, reason };
};

// `#` starts a comment at the start of a line or after a space or tab (YAML 1.2, section 6.6;
// Rego comments are the same). The marker must be a whole word.
const COMMENT = new RegExp(`(^|[ \\t])#[ \\t]*${IGNORE_MARKER}(?=$|[\\s:,])(.*)$`);
const COMMENT_ONLY = /^[ \t]*#/;

/**
 * The `# ephemeral-guard-ignore` comments of one file. A comment after content suppresses its
 * own line; a comment on a line of its own suppresses the next line that is not itself a
 * comment line (so several suppression comments can be stacked above one line). Comments are
 * found in the text, so they work in YAML, in Rego inside YAML block scalars, and in `.rego`.
 */
export const commentSuppressions = (file: string, text: string): CommentSuppression[] => {
  if (!text.includes(IGNORE_MARKER)) return [];
  const lines = text.split(/\r\n|\r|\n/);
  const found: CommentSuppression[] = [];
  let pending: Omit<CommentSuppression, 'appliesToLine'>[] = [];
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const commentOnly = COMMENT_ONLY.test(line);
    if (!commentOnly) {
      for (const suppression of pending) found.push({ ...suppression, appliesToLine: lineNumber });
      pending = [];
    }
    const match = COMMENT.exec(line);
    if (!match) return;
    const hash = match.index + match[1]!.length;
    const { rules, reason } = parseSuppressionText(match[2]!.replace(/^\s*:/, ''));
    const suppression = {
      form: 'comment' as const,
      rules,
      reason,
      location: { file, startLine: lineNumber, startColumn: hash + 1, endLine: lineNumber, endColumn: line.trimEnd().length + 1 },
    };
    if (commentOnly) pending.push(suppression);
    else found.push({ ...suppression, appliesToLine: lineNumber });
  });
  // Comments at the end of the file suppress a line that does not exist: they stay stale.
  for (const suppression of pending) found.push({ ...suppression, appliesToLine: lines.length + 1 });
  return found;
};
