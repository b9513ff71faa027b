import type { AndNotEphemeralAnchor, CopyClauseAnchor, FixAnchor } from '../model/fix-anchor.ts';
import type { Location, SourceRef } from '../model/source-ref.ts';
import { lineEndingOf, offsetOf, type TextEdit } from './text-edit.ts';

/** Turns a ref into the file it is in and its offsets there (through the scan's source index). */
export type LocateRef = (ref: SourceRef) => Location;

/** Edits of one file, or why the anchor cannot be written as text. */
export type AnchorEdits = { readonly file: string; readonly edits: readonly TextEdit[]; readonly description: string } | { readonly unfixable: string };

interface Range {
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

const rangeIn = (locate: LocateRef, textOf: (file: string) => string | undefined, ref: SourceRef): Range | undefined => {
  const location = locate(ref);
  const text = textOf(location.file);
  if (text === undefined) return undefined;
  const start = offsetOf(text, location.startLine, location.startColumn);
  const end = offsetOf(text, location.endLine, location.endColumn);
  return start === undefined || end === undefined || end < start ? undefined : { file: location.file, start, end };
};

/** Offset of the start of the line holding `offset`. */
const lineStartOf = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

/** Offset just past the `\n` ending the line holding `offset` (the text's length on the last line). */
const nextLineStart = (text: string, offset: number): number => {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
};

/** Only blanks, or blanks then a comment (`#` in Rego and YAML), up to the end of the line. */
const restOfLineIsEmpty = (text: string, offset: number): boolean => /^[ \t]*(#[^\n]*)?\r?(\n|$)/.test(text.slice(offset, nextLineStart(text, offset) + 1));

/**
 * A copy of a Rego rule definition that reads ephemeralContainers, inserted after it, a blank
 * line between. Whole lines are copied, so the copy keeps the module's indentation inside a YAML
 * block scalar, its syntax (v0 `{`, v1 `contains … if`) and its comments.
 */
const copyClause = (anchor: CopyClauseAnchor, locate: LocateRef, textOf: (file: string) => string | undefined): AnchorEdits => {
  const clause = rangeIn(locate, textOf, anchor.clause);
  const text = clause && textOf(clause.file);
  if (!clause || text === undefined) return { unfixable: 'the rule to copy is not in a file the scan read' };
  const first = lineStartOf(text, clause.start);
  if (text.slice(first, clause.start).trim() !== '') return { unfixable: 'the rule to copy shares its first line with other code' };
  if (!restOfLineIsEmpty(text, clause.end)) return { unfixable: 'the rule to copy shares its last line with other code' };
  const after = nextLineStart(text, clause.end);
  const lists = anchor.lists.map((ref) => rangeIn(locate, textOf, ref));
  if (lists.some((list) => !list || list.file !== clause.file || list.start < clause.start || list.end > clause.end)) return { unfixable: 'a container list the rule reads is outside the rule' };
  let copy = text.slice(first, after);
  for (const list of [...(lists as Range[])].sort((a, b) => b.start - a.start)) {
    const name = text.slice(list.start, list.end);
    const renamed = name.replace(/^(["`]?)(containers|initContainers)\1$/, '$1ephemeralContainers$1');
    if (renamed === name) return { unfixable: `the rule names the container list as ${name}, which the fixer does not rewrite` };
    copy = copy.slice(0, list.start - first) + renamed + copy.slice(list.end - first);
  }
  const eol = lineEndingOf(text);
  const ending = copy.endsWith('\n') ? '' : eol;
  const inserted = after === text.length && !text.endsWith('\n') ? `${eol}${eol}${copy}` : `${eol}${copy}${ending}`;
  return { file: clause.file, edits: [{ start: after, end: after, text: inserted }], description: 'Add a copy of the rule that reads spec.ephemeralContainers' };
};

/** The string literal `"UPDATE"` as written, with `UPDATE` replaced: the same quotes and escapes. */
const mirroredLiteral = (raw: string): string | undefined => (/^(\\?["']|'')UPDATE\1$/.test(raw) ? raw.replace('UPDATE', 'ephemeralcontainers') : undefined);

/**
 * `<review>.operation == "UPDATE"` gains "and the subresource is not ephemeralcontainers":
 * Rego a literal on the next line (same indentation), or after `;` in a one-line body; CEL
 * ` && <request>.subResource != "ephemeralcontainers"` right after the comparison (`&&` binds
 * looser than `==` and tighter than `||` and `?:`, so the comparison's value becomes the conjunction).
 */
const andNotEphemeral = (anchor: AndNotEphemeralAnchor, locate: LocateRef, textOf: (file: string) => string | undefined): AnchorEdits => {
  const test = rangeIn(locate, textOf, anchor.test);
  const request = rangeIn(locate, textOf, anchor.request);
  const text = test && textOf(test.file);
  if (!test || !request || text === undefined || request.file !== test.file) return { unfixable: 'the UPDATE test is not in a file the scan read' };
  const review = text.slice(request.start, request.end);
  if (review.includes('\n') || text.slice(test.start, test.end).includes('\n')) return { unfixable: 'the UPDATE test spans several lines' };
  if (anchor.language === 'cel') {
    const literalRange = anchor.literal && rangeIn(locate, textOf, anchor.literal);
    const literal = literalRange ? mirroredLiteral(text.slice(literalRange.start, literalRange.end)) : undefined;
    if (literal === undefined) return { unfixable: 'the "UPDATE" string is written in a way the fixer does not mirror' };
    return { file: test.file, edits: [{ start: test.end, end: test.end, text: ` && ${review}.subResource != ${literal}` }], description: 'Exempt only plain updates, not the ephemeralcontainers subresource' };
  }
  const condition = `object.get(${review}, "subResource", "") != "ephemeralcontainers"`;
  const lineStart = lineStartOf(text, test.start);
  const indent = text.slice(lineStart, test.start);
  if (/^[ \t]+$/.test(indent) && restOfLineIsEmpty(text, test.end)) {
    const next = nextLineStart(text, test.end);
    const eol = lineEndingOf(text);
    const inserted = next === text.length && !text.endsWith('\n') ? `${eol}${indent}${condition}` : `${indent}${condition}${eol}`;
    return { file: test.file, edits: [{ start: next, end: next, text: inserted }], description: 'Exempt only plain updates, not the ephemeralcontainers subresource' };
  }
  if (/^[ \t]*[;}]/.test(text.slice(test.end))) {
    return { file: test.file, edits: [{ start: test.end, end: test.end, text: `; ${condition}` }], description: 'Exempt only plain updates, not the ephemeralcontainers subresource' };
  }
  return { unfixable: 'the UPDATE test shares its line with other code' };
};

/** The edits of one anchor. */
export const anchorEdits = (anchor: FixAnchor, locate: LocateRef, textOf: (file: string) => string | undefined): AnchorEdits => {
  switch (anchor.kind) {
    case 'copy-clause':
      return copyClause(anchor, locate, textOf);
    case 'and-not-ephemeral':
      return andNotEphemeral(anchor, locate, textOf);
  }
};
