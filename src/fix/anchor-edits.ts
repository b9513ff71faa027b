import type { AddConditionAnchor, AndNotEphemeralAnchor, CopyClauseAnchor, CopyEntryAnchor, ExtendListAnchor, ExtendLiteralAnchor, FixAnchor, OperationHelperAnchor, RemoveEntryAnchor, ReplaceAnchor } from '../model/fix-anchor.ts';
import { isTextRef, type Location, type SourceRef } from '../model/source-ref.ts';
import { isRecord } from '../json.ts';
import type { IntendedChange } from './prove.ts';
import { lineEndingOf, offsetOf, type TextEdit } from './text-edit.ts';

/** Turns a ref into the file it is in and its offsets there (through the scan's source index). */
export type LocateRef = (ref: SourceRef) => Location;

/** Edits of one file, or why the anchor cannot be written as text. */
export type AnchorEdits =
  | { readonly file: string; readonly edits: readonly TextEdit[]; readonly description: string; readonly change: IntendedChange }
  | { readonly unfixable: string };

const CODE: IntendedChange = { code: true, what: 'policy code' };

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
  return { file: clause.file, edits: [{ start: after, end: after, text: inserted }], description: 'Add a copy of the rule that reads spec.ephemeralContainers', change: CODE };
};

/**
 * `"ephemeralContainers"` after the last item of a literal collection of list names, written as
 * that item is (its quotes and escapes, the item's name replaced): `, <item>` on the same line, or
 * on a line of its own with the item's indentation when the item has its own line (after a
 * trailing comma, when there is one, and with one of its own then).
 */
const extendLiteral = (anchor: ExtendLiteralAnchor, locate: LocateRef, textOf: (file: string) => string | undefined): AnchorEdits => {
  const literal = rangeIn(locate, textOf, anchor.literal);
  const last = rangeIn(locate, textOf, anchor.last);
  const text = literal && textOf(literal.file);
  if (!literal || !last || text === undefined || last.file !== literal.file || last.start < literal.start || last.end > literal.end) return { unfixable: 'the list of container lists is not in a file the scan read' };
  const raw = text.slice(last.start, last.end);
  const name = /^(\\?["`])(containers|initContainers)\1$/.exec(raw)?.[2];
  if (name === undefined) return { unfixable: `the last list name is written as ${raw}, which the fixer does not mirror` };
  const item = raw.replace(name, 'ephemeralContainers');
  const description = 'Add "ephemeralContainers" to the container lists the rule reads';
  const rest = /^[ \t]*(,?)[ \t]*(#[^\n]*)?\r?\n/.exec(text.slice(last.end, literal.end));
  const lineStart = lineStartOf(text, last.start);
  const indent = text.slice(lineStart, last.start);
  if (rest && /^[ \t]+$/.test(indent)) {
    const eol = lineEndingOf(text);
    const trailingComma = rest[1] === ',';
    const at = trailingComma ? last.end + text.slice(last.end).indexOf(',') + 1 : last.end;
    const inserted = trailingComma ? `${eol}${indent}${item},` : `,${eol}${indent}${item}`;
    // A comment after the last item stays with it: the new item goes past that line's end.
    if (rest[2] !== undefined) {
      const lineEnd = last.end + rest[0].length - (rest[0].endsWith('\r\n') ? 2 : 1);
      const comma = trailingComma ? [] : [{ start: last.end, end: last.end, text: ',' }];
      return { file: literal.file, edits: [...comma, { start: lineEnd, end: lineEnd, text: `${eol}${indent}${item}${trailingComma ? ',' : ''}` }], description, change: CODE };
    }
    return { file: literal.file, edits: [{ start: at, end: at, text: inserted }], description, change: CODE };
  }
  return { file: literal.file, edits: [{ start: last.end, end: last.end, text: `, ${item}` }], description, change: CODE };
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
    return { file: test.file, edits: [{ start: test.end, end: test.end, text: ` && ${review}.subResource != ${literal}` }], description: 'Exempt only plain updates, not the ephemeralcontainers subresource', change: CODE };
  }
  const condition = `object.get(${review}, "subResource", "") != "ephemeralcontainers"`;
  const lineStart = lineStartOf(text, test.start);
  const indent = text.slice(lineStart, test.start);
  if (/^[ \t]+$/.test(indent) && restOfLineIsEmpty(text, test.end)) {
    const next = nextLineStart(text, test.end);
    const eol = lineEndingOf(text);
    const inserted = next === text.length && !text.endsWith('\n') ? `${eol}${indent}${condition}` : `${indent}${condition}${eol}`;
    return { file: test.file, edits: [{ start: next, end: next, text: inserted }], description: 'Exempt only plain updates, not the ephemeralcontainers subresource', change: CODE };
  }
  if (/^[ \t]*[;}]/.test(text.slice(test.end))) {
    return { file: test.file, edits: [{ start: test.end, end: test.end, text: `; ${condition}` }], description: 'Exempt only plain updates, not the ephemeralcontainers subresource', change: CODE };
  }
  return { unfixable: 'the UPDATE test shares its line with other code' };
};

/**
 * The inline operation literal replaced with a call of a new helper rule, written after the
 * rule in the module's syntax and indentation: its first definition is the literal as written,
 * its second lets the ephemeralcontainers subresource through.
 */
const operationHelper = (anchor: OperationHelperAnchor, locate: LocateRef, textOf: (file: string) => string | undefined): AnchorEdits => {
  const literals = anchor.literals.map((ref) => rangeIn(locate, textOf, ref));
  const [literal] = literals;
  const clause = rangeIn(locate, textOf, anchor.clause);
  const head = rangeIn(locate, textOf, anchor.head);
  const text = literal && textOf(literal.file);
  if (!literal || !clause || !head || text === undefined || [clause, head, ...literals].some((range) => range?.file !== literal.file)) return { unfixable: 'the UPDATE test is not in a file the scan read' };
  const condition = text.slice(literal.start, literal.end);
  if (condition.includes('\n')) return { unfixable: 'the UPDATE test spans several lines' };
  if ((literals as Range[]).some((range) => text.slice(range.start, range.end) !== condition)) return { unfixable: 'the rules test the operation in different ways, which one helper does not replace' };
  const first = lineStartOf(text, clause.start);
  const indent = text.slice(first, clause.start);
  if (!/^[ \t]*$/.test(indent)) return { unfixable: 'the rule shares its first line with other code' };
  if (!restOfLineIsEmpty(text, clause.end)) return { unfixable: 'the rule shares its last line with other code' };
  const literalIndent = text.slice(lineStartOf(text, literal.start), literal.start);
  const inner = /^[ \t]+$/.test(literalIndent) && literalIndent.length > indent.length ? literalIndent : `${indent}  `;
  const keyword = /\bif\s*$/.test(text.slice(head.start, head.end).replace(/\{\s*$/, '').trimEnd()) ? ' if' : '';
  const eol = lineEndingOf(text);
  const definition = (body: string) => `${indent}${anchor.helper}${keyword} {${eol}${inner}${body}${eol}${indent}}${eol}`;
  const helper = `${eol}${definition(condition)}${eol}${definition('object.get(input.review, "subResource", "") == "ephemeralcontainers"')}`;
  const after = nextLineStart(text, clause.end);
  const inserted = after === text.length && !text.endsWith('\n') ? `${eol}${helper.replace(/\r?\n$/, '')}` : helper;
  return {
    file: literal.file,
    edits: [...(literals as Range[]).map((range) => ({ start: range.start, end: range.end, text: anchor.helper })), { start: after, end: after, text: inserted }],
    description: 'Exempt only plain updates, not the ephemeralcontainers subresource',
    change: CODE,
  };
};

/**
 * End of a flow collection starting at `start` (`[` or `{`): past its matching bracket, quoted
 * scalars skipped; undefined when it does not close.
 */
const flowEnd = (text: string, start: number): number | undefined => {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c; i++) if (c === '"' && text[i] === '\\') i++;
      continue;
    }
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return undefined;
};

/**
 * Offset past the last line of a block entry whose key starts at column `column` (0-based):
 * the lines after it that are blank, comments, more indented, or a `- ` item at the key's own
 * column (a sequence value may sit at its key's indentation).
 */
const blockEntryEnd = (text: string, keyLine: number, column: number): number => {
  let end = nextLineStart(text, keyLine);
  while (end < text.length) {
    const next = nextLineStart(text, end);
    const line = text.slice(end, next).replace(/\r?\n$/, '');
    const indent = line.length - line.trimStart().length;
    if (line.trim() !== '' && indent <= column && !(indent === column && /^-( |$)/.test(line.trimStart()))) break;
    end = next;
  }
  // Trailing blank and comment lines belong to what follows.
  while (end > keyLine) {
    const previous = lineStartOf(text, end - 1);
    const line = text.slice(previous, end).trim();
    if (line !== '' && !line.startsWith('#')) break;
    if (previous <= keyLine) break;
    end = previous;
  }
  return end;
};

/**
 * A copy of a YAML mapping entry under another key, right after it. Block style: the entry's
 * lines (key line to the value's last line) again, the key replaced, a `- ` before the key
 * becoming spaces; flow style: `, <newKey>: <value>` after the value.
 */
const copyEntry = (anchor: CopyEntryAnchor, locate: LocateRef, textOf: (file: string) => string | undefined): AnchorEdits => {
  const key = rangeIn(locate, textOf, anchor.key);
  const value = rangeIn(locate, textOf, anchor.value);
  const text = key && textOf(key.file);
  if (!key || !value || text === undefined || value.file !== key.file || value.start < key.end) return { unfixable: 'the containers branch is not in a file the scan read' };
  const description = `Add an ${anchor.newKey} branch mirroring containers`;
  const change: IntendedChange = { addedKey: anchor.newKey };
  const previous = text.slice(0, key.start).trimEnd().slice(-1);
  if (previous === '{' || previous === ',') {
    const end = text[value.start] === '[' || text[value.start] === '{' ? flowEnd(text, value.start) : undefined;
    if (end === undefined) return { unfixable: 'the containers branch is a flow entry the fixer does not copy' };
    return { file: key.file, edits: [{ start: end, end, text: `, ${anchor.newKey}: ${text.slice(value.start, end)}` }], description, change };
  }
  const lineStart = lineStartOf(text, key.start);
  const prefix = text.slice(lineStart, key.start);
  if (!/^[ \t]*(- +)?$/.test(prefix)) return { unfixable: 'the containers key shares its line with other YAML' };
  const after = blockEntryEnd(text, lineStart, prefix.length);
  const lines = text.slice(key.end, after);
  const eol = lineEndingOf(text);
  const copy = `${prefix.replace('-', ' ')}${anchor.newKey}${lines}${lines.endsWith('\n') ? '' : eol}`;
  const inserted = after === text.length && !text.endsWith('\n') ? `${eol}${copy.replace(/\r?\n$/, '')}` : copy;
  return { file: key.file, edits: [{ start: after, end: after, text: inserted }], description, change };
};

/** A block mapping entry's lines removed (its key line to its value's last line). */
const removeEntry = (anchor: RemoveEntryAnchor, locate: LocateRef, textOf: (file: string) => string | undefined): AnchorEdits => {
  const key = rangeIn(locate, textOf, anchor.key);
  const text = key && textOf(key.file);
  if (!key || text === undefined) return { unfixable: 'the ephemeralContainers branch is not in a file the scan read' };
  const lineStart = lineStartOf(text, key.start);
  const prefix = text.slice(lineStart, key.start);
  if (!/^[ \t]*$/.test(prefix)) return { unfixable: 'the ephemeralContainers branch is not a block entry on its own lines' };
  const end = blockEntryEnd(text, lineStart, prefix.length);
  const keyText = text.slice(key.start, key.end).replace(/^(["'])(.*)\1$/, '$2');
  return { file: key.file, edits: [{ start: lineStart, end, text: '' }], description: 'Leave ephemeralContainers out of the check of fields they cannot have', change: { removedKey: keyText } };
};

/** `+ object.spec.?ephemeralContainers.orValue([])` after a `+` chain, or around a bare list. */
const extendList = (anchor: ExtendListAnchor, locate: LocateRef, textOf: (file: string) => string | undefined): AnchorEdits => {
  const at = rangeIn(locate, textOf, anchor.at);
  const spec = rangeIn(locate, textOf, anchor.spec);
  const text = at && textOf(at.file);
  if (!at || !spec || text === undefined || spec.file !== at.file) return { unfixable: 'the container list is not in a file the scan read' };
  const specText = text.slice(spec.start, spec.end);
  if (!/^[A-Za-z_][\w.]*$/.test(specText)) return { unfixable: 'the pod spec is written in a way the fixer does not repeat' };
  const added = ` + ${specText}.?ephemeralContainers.orValue([])`;
  const description = 'Add spec.ephemeralContainers to the containers the expression checks';
  const edits: TextEdit[] = anchor.mode === 'append' ? [{ start: at.end, end: at.end, text: added }] : [{ start: at.start, end: at.start, text: '(' }, { start: at.end, end: at.end, text: `${added})` }];
  return { file: at.file, edits, description, change: CODE };
};

/** The text at `at` replaced, when the file spells it as the analysis read it. */
const replaceNode = (anchor: ReplaceAnchor, locate: LocateRef, textOf: (file: string) => string | undefined): AnchorEdits => {
  const at = rangeIn(locate, textOf, anchor.at);
  const text = at && textOf(at.file);
  if (!at || text === undefined) return { unfixable: 'the list is not in a file the scan read' };
  if (text.slice(at.start, at.end) !== anchor.expected) return { unfixable: `the file does not spell ${anchor.expected} where the analysis read it` };
  return { file: at.file, edits: [{ start: at.start, end: at.end, text: anchor.text }], description: anchor.description, change: CODE };
};

/** The Kyverno condition that holds for the write adding an ephemeral container (absent `subResource` reads as ''). */
const SUBRESOURCE_CONDITION = { key: "{{ request.subResource || '' }}", operator: 'Equals', value: 'ephemeralcontainers' } as const;

/**
 * Kyverno preconditions: the subresource condition appended to the `any` list, in the list's
 * style (a block item with its sibling's indentation, a flow mapping, or a flow-sequence entry),
 * and a one-entry `all` renamed `any`. Kyverno reads `{{ request.subResource }}` from the
 * AdmissionRequest, where the field is omitted for requests without a subresource (json
 * `omitempty`), hence the `|| ''` default: a query of a missing key is an error.
 */
const addCondition = (anchor: AddConditionAnchor, locate: LocateRef, textOf: (file: string) => string | undefined): AnchorEdits => {
  const list = rangeIn(locate, textOf, anchor.list);
  const last = rangeIn(locate, textOf, anchor.last);
  const text = list && textOf(list.file);
  if (!list || !last || text === undefined || last.file !== list.file || isTextRef(anchor.preconditions)) return { unfixable: 'the preconditions are not in a file the scan read' };
  const edits: TextEdit[] = [];
  if (anchor.renameAll) {
    const key = rangeIn(locate, textOf, anchor.renameAll);
    if (!key || key.file !== list.file || text.slice(key.start, key.end) !== 'all') return { unfixable: 'the preconditions\' all key is written in a way the fixer does not rename' };
    edits.push({ start: key.start, end: key.end, text: 'any' });
  }
  const { key, operator, value } = SUBRESOURCE_CONDITION;
  const flowItem = `{key: "${key}", operator: ${operator}, value: ${value}}`;
  if (text[list.start] === '[') {
    // A flow item's node may extend to the closing bracket: its own end is its mapping's.
    const end = text[last.start] === '{' ? flowEnd(text, last.start) : undefined;
    if (end === undefined || end > list.end) return { unfixable: 'the last precondition is a flow entry the fixer does not extend' };
    edits.push({ start: end, end, text: `, ${flowItem}` });
  } else {
    const lineStart = lineStartOf(text, last.start);
    const prefix = text.slice(lineStart, last.start);
    if (!/^ *- +$/.test(prefix)) return { unfixable: 'the last precondition does not start on its own - line' };
    const after = blockEntryEnd(text, lineStart, prefix.indexOf('-'));
    const eol = lineEndingOf(text);
    const inner = ' '.repeat(prefix.length);
    const item = text[last.start] === '{' ? `${prefix}${flowItem}${eol}` : `${prefix}key: "${key}"${eol}${inner}operator: ${operator}${eol}${inner}value: ${value}${eol}`;
    const inserted = after === text.length && !text.endsWith('\n') ? `${eol}${item.slice(0, -eol.length)}` : item;
    edits.push({ start: after, end: after, text: inserted });
  }
  const change: IntendedChange = {
    node: anchor.preconditions,
    what: 'preconditions',
    becomes: (before) => {
      if (!isRecord(before)) return undefined;
      const { all, any, ...rest } = before;
      const entries = anchor.renameAll ? all : any;
      return Array.isArray(entries) ? { ...rest, ...(anchor.renameAll ? {} : all === undefined ? {} : { all }), any: [...entries, { ...SUBRESOURCE_CONDITION }] } : undefined;
    },
  };
  return { file: list.file, edits, description: 'Let the ephemeralcontainers subresource through the preconditions', change };
};

/** The edits of one anchor. */
export const anchorEdits = (anchor: FixAnchor, locate: LocateRef, textOf: (file: string) => string | undefined): AnchorEdits => {
  switch (anchor.kind) {
    case 'copy-clause':
      return copyClause(anchor, locate, textOf);
    case 'extend-literal':
      return extendLiteral(anchor, locate, textOf);
    case 'and-not-ephemeral':
      return andNotEphemeral(anchor, locate, textOf);
    case 'copy-entry':
      return copyEntry(anchor, locate, textOf);
    case 'extend-list':
      return extendList(anchor, locate, textOf);
    case 'replace':
      return replaceNode(anchor, locate, textOf);
    case 'remove-entry':
      return removeEntry(anchor, locate, textOf);
    case 'add-condition':
      return addCondition(anchor, locate, textOf);
    case 'operation-helper':
      return operationHelper(anchor, locate, textOf);
  }
};
