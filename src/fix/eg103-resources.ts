import type { Finding } from '../rules/finding.ts';
import { lineEndingOf, offsetOf, type TextEdit } from './text-edit.ts';

export const EPHEMERAL_RESOURCE = 'pods/ephemeralcontainers';

export type PlanResult = { readonly edits: readonly TextEdit[]; readonly description: string } | { readonly unfixable: string };

/**
 * EG103 at a `resources` entry that matched Pods (`pods`, `*`): add `pods/ephemeralcontainers`
 * right after it, in the list's own style. The finding's location is the entry's scalar, as the
 * loader resolved it from the analysis' SourceRef; the proof (prove.ts) checks the parsed result.
 * - block: a new `- ` line after the entry's line (after any comment on it), with the entry's
 *   indentation, quoting and line ending;
 * - flow: `, <entry>` right after the entry, with its quoting.
 */
export const planResourcesFix = (text: string, finding: Finding): PlanResult => {
  const { location } = finding;
  if (location.startLine !== location.endLine) return { unfixable: 'the resources entry spans several lines' };
  const start = offsetOf(text, location.startLine, location.startColumn);
  const end = offsetOf(text, location.endLine, location.endColumn);
  if (start === undefined || end === undefined || end <= start) return { unfixable: 'the finding does not point at a resources entry' };
  const entry = text.slice(start, end);
  const quote = entry[0] === '"' || entry[0] === "'" ? entry[0] : '';
  if (quote && entry[entry.length - 1] !== quote) return { unfixable: 'the resources entry is not a single scalar' };
  const inserted = `${quote}${EPHEMERAL_RESOURCE}${quote}`;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  if (/^[ \t]*- +$/.test(before)) {
    const newline = text.indexOf('\n', end);
    const eol = lineEndingOf(text);
    const edit: TextEdit =
      newline < 0 ? { start: text.length, end: text.length, text: `${eol}${before}${inserted}` } : { start: newline + 1, end: newline + 1, text: `${before}${inserted}${eol}` };
    return { edits: [edit], description: `Add ${EPHEMERAL_RESOURCE} to resources` };
  }
  // A flow entry follows `[` or `,`, on its line or (a list broken over lines) on an earlier one.
  const previous = text.slice(0, start).trimEnd().slice(-1);
  if (previous === '[' || previous === ',') {
    return { edits: [{ start: end, end, text: `, ${inserted}` }], description: `Add ${EPHEMERAL_RESOURCE} to resources` };
  }
  return { unfixable: 'the resources entry is written in a layout the fixer does not edit' };
};
