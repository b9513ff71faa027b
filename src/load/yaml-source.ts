import {
  CORE_SCHEMA,
  constructFromEvents,
  getScalarValue,
  mergeTag,
  parseEvents,
  type Event,
  type ScalarEvent,
} from 'js-yaml';
import type { NodeRef, Region } from '../model/source-ref.ts';
import { LineIndex } from './line-index.ts';
import { pushAll } from '../array.ts';

const EVENT = { DOCUMENT: 1, SEQUENCE: 2, MAPPING: 3, SCALAR: 4, ALIAS: 5, POP: 6 } as const;
const STYLE = { SINGLE_QUOTED: 2, DOUBLE_QUOTED: 3, LITERAL: 4, FOLDED: 5 } as const;

/** Kubernetes YAML uses merge keys rarely but legally (DESIGN.md, Stack). */
const SCHEMA = CORE_SCHEMA.withTags(mergeTag);
/** Deep enough for CRD schemas; bounded so hostile nesting cannot exhaust the stack. */
const MAX_DEPTH = 256;
/**
 * Aliases are shared references after construction: a "billion laughs" document is small in
 * memory but exponential for anything that walks it. A document whose aliases would expand to
 * more nodes than this is refused (real manifests expand to a few thousand at most).
 */
const MAX_EXPANDED_NODES = 1_000_000;

/** A parsed stretch of a file: the whole file, or one document-sized piece after an error. */
interface ParsedSegment {
  readonly base: number;
  /** The text the events refer to (the file's, unless continuation lines were re-indented). */
  readonly text: string;
  readonly events: Event[];
  /** Offsets in `text` where one space was inserted (ascending), mapped away in `absolute`. */
  readonly inserted?: readonly number[];
}

/**
 * A parsed segment as a YamlSource keeps it: its events packed into one typed array of
 * `STRIDE` slots per event (see `packSegment`): 16-bit slots for a text shorter than 64 KiB (most
 * files; half the memory a scan keeps for positions), else 32-bit.
 *
 * Why packed: positions are resolved after analysis, for the files that have findings or
 * coverage rows. Keeping the parser's event objects alive until then (millions of small objects
 * in a large repository) makes the garbage collector copy and mark them again and again; parsing
 * the file a second time when a position is needed (what this module did before) costs a full
 * parse per file with findings, most files of a policy repository. Copying each event's few
 * numbers into a typed array costs a small fraction of a parse, lets the event objects die young,
 * and the array's memory is not traced by the collector.
 */
interface Segment {
  readonly base: number;
  readonly text: string;
  /** Per event: `meta` (type, style, chomping, fast, tagged, block indent), then `a`, `b` (see `packSegment`). */
  readonly table: Int32Array | Uint16Array;
  /** Added to slots 1 and 2 when stored (1 in a 16-bit table, so that -1 fits), subtracted by `slotAt`. */
  readonly bias: 0 | 1;
  readonly count: number;
  /** Whether any event is an alias (then documents are constructed one by one, see `constructSegment`). */
  readonly hasAliases: boolean;
  /** Anchor ranges of anchored mapping, sequence and scalar events, by event index (rare). */
  readonly anchorRanges?: ReadonlyMap<number, AnchorRange>;
  /** Indentation of the block scalars whose indentation `meta` cannot hold, by event index (rare). */
  readonly deepIndents?: ReadonlyMap<number, number>;
  readonly inserted?: readonly number[];
  /** For each event index, the index just past its subtree (computed on first lookup). */
  after?: Int32Array;
  anchors?: Map<string, number[]>;
  /** Where each word `YamlSource.mayContain` was asked for starts in `text`, ascending. */
  occurrences?: Map<string, Int32Array>;
}

interface AnchorRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Slots per packed event: `meta` = type | style << 3 | chomping << 6 | fast << 9 | tagged << 10 |
 * block indent << 11; then
 * - scalar: valueStart, valueEnd;
 * - mapping, sequence: start;
 * - alias: anchorStart, anchorEnd;
 * - document, pop: nothing.
 * Every slot is an offset into the text or -1, so a text shorter than `SHORT_TEXT` fits 16-bit
 * slots (stored plus one).
 *
 * A scalar's indentation is the parser's only for a literal or folded block scalar (-1 for every
 * other): it is kept in `meta`'s top 5 bits, plus one, and in `deepIndents` when it is deeper than
 * that holds. Three slots, not a fourth for an indentation that nearly every event lacks: the
 * tables were a scan's largest memory after the texts (8.9 MB on `npm run bench`'s typical-5000,
 * 2.2 MB less with three slots).
 */
const STRIDE = 3;
const NO_RANGE = -1;
const FAST = 1 << 9;
/** The event has a tag (`!!str`, `!foo`): only the skip check needs to know (see `skippableDocument`). */
const TAGGED = 1 << 10;
const INDENT_SHIFT = 11;
/** `meta`'s indentation field (plus one) at its largest: the indentation is in `deepIndents`. */
const DEEP_INDENT = 31;

const SHORT_TEXT = 0xffff - 1;

const packSegment = (segment: ParsedSegment): Segment => {
  const events = segment.events;
  const count = events.length;
  const short = segment.text.length < SHORT_TEXT;
  const table = short ? new Uint16Array(count * STRIDE) : new Int32Array(count * STRIDE);
  const bias = short ? 1 : 0;
  let anchorRanges: Map<number, AnchorRange> | undefined;
  let deepIndents: Map<number, number> | undefined;
  let hasAliases = false;
  for (let index = 0; index < count; index++) {
    const event = events[index]!;
    const at = index * STRIDE;
    switch (event.type) {
      case EVENT.SCALAR: {
        const indent = Math.min(event.indent + 1, DEEP_INDENT);
        if (indent === DEEP_INDENT) (deepIndents ??= new Map()).set(index, event.indent);
        table[at] = EVENT.SCALAR | (event.style << 3) | (event.chomping << 6) | (event.fast ? FAST : 0) | (event.tagStart >= 0 ? TAGGED : 0) | (indent << INDENT_SHIFT);
        table[at + 1] = event.valueStart + bias;
        table[at + 2] = event.valueEnd + bias;
        if (event.anchorStart >= 0) (anchorRanges ??= new Map()).set(index, { start: event.anchorStart, end: event.anchorEnd });
        break;
      }
      case EVENT.MAPPING:
      case EVENT.SEQUENCE:
        table[at] = event.type | (event.tagStart >= 0 ? TAGGED : 0);
        table[at + 1] = event.start + bias;
        if (event.anchorStart >= 0) (anchorRanges ??= new Map()).set(index, { start: event.anchorStart, end: event.anchorEnd });
        break;
      case EVENT.ALIAS:
        hasAliases = true;
        table[at] = EVENT.ALIAS;
        table[at + 1] = event.anchorStart + bias;
        table[at + 2] = event.anchorEnd + bias;
        break;
      default:
        table[at] = event.type;
    }
  }
  return {
    base: segment.base,
    text: segment.text,
    table,
    bias,
    count,
    hasAliases,
    ...(anchorRanges ? { anchorRanges } : {}),
    ...(deepIndents ? { deepIndents } : {}),
    ...(segment.inserted ? { inserted: segment.inserted } : {}),
  };
};

/** Type of the packed event at `index`; 0 past the end (as `events[index]` was undefined). */
const typeAt = (segment: Segment, index: number): number => (index >= 0 && index < segment.count ? segment.table[index * STRIDE]! & 7 : 0);
const styleAt = (segment: Segment, index: number): number => (segment.table[index * STRIDE]! >> 3) & 7;
/** Slot `slot` (1 or 2) of the packed event at `index`. */
const slotAt = (segment: Segment, index: number, slot: 1 | 2): number => segment.table[index * STRIDE + slot]! - segment.bias;
/** The parser's `indent` of the scalar event at `index` (see `STRIDE`). */
const indentAt = (segment: Segment, index: number): number => {
  const indent = segment.table[index * STRIDE]! >> INDENT_SHIFT;
  return indent === DEEP_INDENT ? segment.deepIndents!.get(index)! : indent - 1;
};
const anchorOf = (segment: Segment, index: number): AnchorRange | undefined =>
  typeAt(segment, index) === EVENT.ALIAS ? { start: slotAt(segment, index, 1), end: slotAt(segment, index, 2) } : segment.anchorRanges?.get(index);

/** The scalar event at `index` again, for js-yaml's `getScalarValue`. */
const scalarEventAt = (segment: Segment, index: number): ScalarEvent => {
  const meta = segment.table[index * STRIDE]!;
  const anchor = segment.anchorRanges?.get(index);
  return {
    type: EVENT.SCALAR,
    valueStart: slotAt(segment, index, 1),
    valueEnd: slotAt(segment, index, 2),
    anchorStart: anchor ? anchor.start : NO_RANGE,
    anchorEnd: anchor ? anchor.end : NO_RANGE,
    tagStart: NO_RANGE,
    tagEnd: NO_RANGE,
    style: ((meta >> 3) & 7) as ScalarEvent['style'],
    chomping: ((meta >> 6) & 7) as ScalarEvent['chomping'],
    indent: indentAt(segment, index),
    fast: (meta & (1 << 9)) !== 0,
  };
};

/**
 * Whether the scalar at `index` decodes to `wanted`. A scalar js-yaml marks `fast` (its value is
 * its source text) is compared in place: looking a path up visits every key of each mapping on
 * the way, and most keys are plain words.
 */
const scalarIs = (segment: Segment, index: number, wanted: string): boolean => {
  if ((segment.table[index * STRIDE]! & (1 << 9)) !== 0) {
    const start = slotAt(segment, index, 1);
    if (start === NO_RANGE) return wanted === '';
    return slotAt(segment, index, 2) - start === wanted.length && segment.text.startsWith(wanted, start);
  }
  return getScalarValue(segment.text, scalarEventAt(segment, index)) === wanted;
};

export interface YamlParseProblem {
  readonly offset: number;
  readonly message: string;
}

export interface ParsedYaml {
  /** One value per document that parsed (`undefined` where construction failed or was skipped). */
  readonly documents: readonly unknown[];
  readonly problems: readonly YamlParseProblem[];
  readonly source: YamlSource;
  /** The documents `skipKind` kept from being constructed, in document order (`source.valueOf` builds one). */
  readonly skipped: readonly SkippedDocument[];
}

/**
 * A document parsed but not constructed: what identifies it as a Kubernetes object, read from
 * the parse (each field exactly the string construction would give, or absent).
 */
export interface SkippedDocument {
  /** Index in `ParsedYaml.documents`. */
  readonly doc: number;
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name?: string; readonly generateName?: string; readonly namespace?: string };
  /** Where its events are in the parse: the segment, and the index of its DOCUMENT event there. */
  readonly segment: number;
  readonly event: number;
  /** The stretch of the segment's text that holds every scalar of it: from its root to the end of its last scalar. */
  readonly textStart: number;
  readonly textEnd: number;
}

/** What `YamlSource.valueOf` and `mayContain` need of a skipped document: where it is in the parse. */
export type SkippedPlace = Pick<SkippedDocument, 'segment' | 'event' | 'textStart' | 'textEnd'>;

/** Whether documents of this apiVersion and kind need not be built while reading (they can be later). */
export type SkipKind = (apiVersion: string, kind: string) => boolean;

export interface ParseOptions {
  /**
   * Documents whose root is a mapping with a string `apiVersion` and `kind` for which this says
   * true are parsed (their syntax errors are reported, their positions kept) but not built into
   * values, unless construction could report something about them (a duplicate key, a tag, an
   * anchor or alias, a key that is not a plain string) or their `metadata.name`, `generateName`
   * or `namespace` is not a string read in place: see `skippableDocument`. `YamlSource.valueOf`
   * builds one later, from the parse, when an analysis asks for it.
   */
  readonly skipKind?: SkipKind;
}

/**
 * Parses every document of a YAML or JSON text once: values for the model, events for positions.
 * Never throws: a syntax error becomes a problem at the parser's offset, and the file is split
 * at its document markers so that the other documents are still read.
 */
export const parseYaml = (text: string, options: ParseOptions = {}): ParsedYaml => {
  const problems: YamlParseProblem[] = [];
  const { segments: parsedSegments, problems: syntaxProblems } = segmentsOf(text);
  pushAll(problems, syntaxProblems);
  const documents: unknown[] = [];
  const segments: Segment[] = [];
  const skipped: SkippedDocument[] = [];
  for (const parsed of parsedSegments) {
    // The event objects are dropped after this: see `Segment` for why they are packed.
    const packed = packSegment(parsed);
    segments.push(packed);
    const skip = options.skipKind && !packed.hasAliases && !packed.anchorRanges ? skippedDocuments(parsed, packed, options.skipKind) : undefined;
    if (!skip) {
      for (const document of constructSegment(parsed, packed.hasAliases, problems)) documents.push(document);
      continue;
    }
    const kept = constructSegment({ ...parsed, events: skip.keptEvents }, false, problems);
    let next = 0;
    skip.skipped.forEach((identity, index) => {
      if (identity) {
        const { apiVersion, kind, metadata, textStart, textEnd } = identity;
        skipped.push({ doc: documents.length, apiVersion, kind, metadata, segment: segments.length - 1, event: skip.starts[index]!, textStart, textEnd });
      }
      documents.push(identity ? undefined : kept[next++]);
    });
  }
  return { documents, problems, source: new YamlSource(text, segments), skipped };
};

/**
 * Which documents of a segment to skip, and the events of the others; undefined when none is
 * skipped (the segment is constructed as a whole, as without `skipKind`). Read from the packed
 * table: one shape of data, where walking js-yaml's event objects (five shapes) cost as much as
 * the construction it saves.
 */
const skippedDocuments = (parsed: ParsedSegment, segment: Segment, skipKind: SkipKind): { skipped: (Identity | undefined)[]; starts: number[]; keptEvents: Event[] } | undefined => {
  const skipped: (Identity | undefined)[] = [];
  const starts: number[] = [];
  for (let index = 0; index < segment.count; ) {
    const end = packedDocumentEnd(segment, index);
    skipped.push(skippableDocument(segment, index, end, skipKind));
    starts.push(index);
    index = end;
  }
  if (!skipped.some((identity) => identity !== undefined)) return undefined;
  const keptEvents: Event[] = [];
  skipped.forEach((identity, doc) => {
    if (identity) return;
    const end = starts[doc + 1] ?? segment.count;
    for (let index = starts[doc]!; index < end; index++) keptEvents.push(parsed.events[index]!);
  });
  return { skipped, starts, keptEvents };
};

type Identity = Omit<SkippedDocument, 'doc' | 'segment' | 'event'>;

const SCALAR_STYLE_PLAIN = 1;
const MAX_COMPARED_KEYS = 64;
/**
 * A plain scalar that the core schema resolves to a string with this very text (not a number,
 * boolean, null or merge key), so that two keys are the same key exactly when their texts are.
 */
const PLAIN_STRING_AT = /[A-Za-z_][A-Za-z0-9_./-]*/y;
const NOT_STRINGS: readonly string[] = ['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL'];

/**
 * The scalar at `index` is a plain string with its own text as value (`plainStringAt`), or a
 * quoted one: its value then, else undefined (tagged, or anything the schema could resolve).
 * A plain string is returned as its range only (`{ start, end }`), to compare keys in place.
 */
const stringScalarAt = (segment: Segment, index: number): { start: number; end: number } | string | undefined => {
  const meta = segment.table[index * STRIDE]!;
  if ((meta & TAGGED) !== 0) return undefined;
  const style = (meta >> 3) & 7;
  if (style === STYLE.SINGLE_QUOTED || style === STYLE.DOUBLE_QUOTED) return getScalarValue(segment.text, scalarEventAt(segment, index));
  if (style !== SCALAR_STYLE_PLAIN || (meta & FAST) === 0) return undefined;
  const start = slotAt(segment, index, 1);
  const end = slotAt(segment, index, 2);
  if (start < 0) return undefined;
  PLAIN_STRING_AT.lastIndex = start;
  if (!PLAIN_STRING_AT.test(segment.text) || PLAIN_STRING_AT.lastIndex !== end) return undefined;
  if (isNotString(segment.text, start, end)) return undefined;
  return { start, end };
};

const stringOf = (text: string, scalar: { start: number; end: number } | string): string => (typeof scalar === 'string' ? scalar : text.slice(scalar.start, scalar.end));

/** Whether the plain text at `[start, end)` is one the core schema reads as a boolean or null. */
const isNotString = (text: string, start: number, end: number): boolean => {
  if (end - start !== 4 && end - start !== 5) return false;
  for (const word of NOT_STRINGS) if (word.length === end - start && text.startsWith(word, start)) return true;
  return false;
};

/**
 * Whether the key at `index` has its own text (`[valueStart, valueEnd)`) as value, so that two
 * keys are the same key exactly when their texts are: untagged, and plain (`plainStringAt`'s
 * test) or quoted without anything quoting rewrites (an escape, a doubled quote, a line break).
 * Checked without allocating: a document's every key is.
 */
const isLiteralStringKey = (segment: Segment, index: number): boolean => {
  const meta = segment.table[index * STRIDE]!;
  if ((meta & TAGGED) !== 0) return false;
  const style = (meta >> 3) & 7;
  const start = slotAt(segment, index, 1);
  const end = slotAt(segment, index, 2);
  if (start < 0) return false;
  const { text } = segment;
  if (style === STYLE.SINGLE_QUOTED || style === STYLE.DOUBLE_QUOTED) {
    const special = style === STYLE.SINGLE_QUOTED ? 39 : 92;
    for (let k = start; k < end; k++) {
      const code = text.charCodeAt(k);
      if (code === special || code === 10 || code === 13) return false;
    }
    return true;
  }
  if (style !== SCALAR_STYLE_PLAIN || (meta & FAST) === 0) return false;
  return isPlainStringText(text, start, end) && !isNotString(text, start, end);
};

/** `PLAIN_STRING_AT` matches exactly `[start, end)` (a loop over the characters: this runs once per key). */
const isPlainStringText = (text: string, start: number, end: number): boolean => {
  if (end <= start) return false;
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
    // After the first: digits, `.`, `/` and `-` too.
    if (!letter && (k === start || !((code >= 48 && code <= 57) || code === 46 || code === 47 || code === 45))) return false;
  }
  return true;
};

/**
 * Whether the document in events `[start, end)` is of a kind `skipKind` names and constructing
 * it could tell nothing but its value: a mapping at the root whose `apiVersion` and `kind` are
 * strings, no tag anywhere (the caller has ruled out anchors and aliases), every mapping key a
 * string whose text is its value, and no key twice in a mapping (js-yaml's constructor reports
 * those; such a document is constructed, so that its problem reads as it always did).
 */
const skippableDocument = (segment: Segment, start: number, end: number, skipKind: SkipKind): Identity | undefined => {
  const { text, table } = segment;
  const root = start + 1;
  if (root >= end || table[root * STRIDE]! !== EVENT.MAPPING) return undefined;
  // The kind first, over the root's entries only: most documents stop here.
  let apiVersion: string | undefined;
  let kind: string | undefined;
  let metadata: number | undefined;
  for (let i = root + 1; i < end && typeAt(segment, i) !== EVENT.POP; ) {
    if (typeAt(segment, i) !== EVENT.SCALAR) return undefined;
    const value = i + 1;
    const valueType = typeAt(segment, value);
    if (valueType === EVENT.SCALAR && (scalarIs(segment, i, 'kind') || scalarIs(segment, i, 'apiVersion'))) {
      const string = stringScalarAt(segment, value);
      if (string === undefined) return undefined;
      if (scalarIs(segment, i, 'kind')) kind = stringOf(text, string);
      else apiVersion = stringOf(text, string);
    } else if (valueType === EVENT.MAPPING && metadata === undefined && scalarIs(segment, i, 'metadata')) metadata = value;
    if (apiVersion !== undefined && kind !== undefined && metadata !== undefined) break;
    i = valueType === EVENT.MAPPING || valueType === EVENT.SEQUENCE ? packedDocumentEnd(segment, value) : value + 1;
  }
  if (apiVersion === undefined || kind === undefined || !skipKind(apiVersion, kind)) return undefined;
  const identity = metadata === undefined ? {} : identityOf(segment, metadata);
  if (identity === undefined) return undefined;
  // Then everything construction could complain about. Per open collection (`depth` of them, in
  // the scratch arrays below, which every document reuses): whether it is a mapping, whether its
  // next node is a key, and where its keys start in `keyStarts`/`keyEnds` (the text ranges of the
  // keys of every open mapping, innermost last). `keyCount` keys are in use. Nothing is allocated
  // per document or key. Also where its scalars end: `YamlSource.mayContain` reads the text up to there.
  const { mappings, atKey, firstKey, keyStarts, keyEnds } = SCRATCH;
  let depth = 0;
  let keyCount = 0;
  let textEnd = slotAt(segment, root, 1);
  for (let i = root; i < end; i++) {
    const meta = table[i * STRIDE]!;
    const type = meta & 7;
    const top = depth - 1;
    if (type === EVENT.POP) {
      // The document's own POP closes no collection.
      if (depth === 0) {
        keyCount = 0;
        continue;
      }
      depth--;
      keyCount = firstKey[depth]!;
      if (top > 0 && mappings[top - 1]) atKey[top - 1] = !atKey[top - 1];
      continue;
    }
    if ((meta & TAGGED) !== 0) return undefined;
    // An empty scalar (a null) has no range.
    if (type === EVENT.SCALAR && slotAt(segment, i, 1) >= 0) textEnd = Math.max(textEnd, slotAt(segment, i, 2));
    if (top >= 0 && mappings[top]) {
      if (atKey[top]) {
        if (type !== EVENT.SCALAR || !isLiteralStringKey(segment, i)) return undefined;
        const keyStart = slotAt(segment, i, 1);
        const keyEnd = slotAt(segment, i, 2);
        const keys = firstKey[top]!;
        // A large mapping is left to the constructor rather than compared key by key.
        if (keyCount - keys >= MAX_COMPARED_KEYS) return undefined;
        for (let k = keys; k < keyCount; k++) if (sameText(text, keyStarts[k]!, keyEnds[k]!, keyStart, keyEnd)) return undefined;
        keyStarts[keyCount] = keyStart;
        keyEnds[keyCount] = keyEnd;
        keyCount++;
      }
      if (type === EVENT.SCALAR) atKey[top] = !atKey[top];
    }
    if (type === EVENT.MAPPING || type === EVENT.SEQUENCE) {
      mappings[depth] = type === EVENT.MAPPING;
      atKey[depth] = type === EVENT.MAPPING;
      firstKey[depth] = keyCount;
      depth++;
    }
  }
  return { apiVersion, kind, metadata: identity, textStart: slotAt(segment, root, 1), textEnd };
};

/** `skippableDocument`'s per-collection and per-key state, shared by every call (it does not recurse). */
const SCRATCH = { mappings: [] as boolean[], atKey: [] as boolean[], firstKey: [] as number[], keyStarts: [] as number[], keyEnds: [] as number[] };

const IDENTITY_KEYS = ['name', 'generateName', 'namespace'] as const;

/**
 * `name`, `generateName` and `namespace` of the metadata mapping at `mapping`, each absent or the
 * string construction would give; undefined when one is present with a value that is not a
 * string scalar `stringScalarAt` can read (a number, a null, a mapping...), or a key is not a
 * plain word: such a document is built, so that its object is named as construction names it.
 */
const identityOf = (segment: Segment, mapping: number): Identity['metadata'] | undefined => {
  const after = packedDocumentEnd(segment, mapping);
  const identity: { -readonly [key in (typeof IDENTITY_KEYS)[number]]?: string } = {};
  for (let i = mapping + 1; i < after && typeAt(segment, i) !== EVENT.POP; ) {
    if (typeAt(segment, i) !== EVENT.SCALAR) return undefined;
    const value = i + 1;
    const valueType = typeAt(segment, value);
    const key = IDENTITY_KEYS.find((candidate) => scalarIs(segment, i, candidate));
    if (key !== undefined) {
      const string = valueType === EVENT.SCALAR ? stringScalarAt(segment, value) : undefined;
      if (string === undefined) return undefined;
      identity[key] = stringOf(segment.text, string);
    }
    i = valueType === EVENT.MAPPING || valueType === EVENT.SEQUENCE ? packedDocumentEnd(segment, value) : value + 1;
  }
  return identity;
};

/**
 * The parser events of the packed document `[start, end)` again, for the constructor. Only for a
 * document `skippableDocument` accepted: no tag, anchor or alias (which the table does not keep
 * in full); a collection's style and a document's directives do not change a value without tags.
 */
const unpackedEvents = (segment: Segment, start: number, end: number): Event[] => {
  const events: Event[] = [];
  for (let index = start; index < end; index++) {
    const type = typeAt(segment, index);
    if (type === EVENT.SCALAR) events.push(scalarEventAt(segment, index));
    else if (type === EVENT.MAPPING || type === EVENT.SEQUENCE) {
      events.push({ type, start: slotAt(segment, index, 1), anchorStart: NO_RANGE, anchorEnd: NO_RANGE, tagStart: NO_RANGE, tagEnd: NO_RANGE, style: 1 });
    } else if (type === EVENT.DOCUMENT) events.push({ type, explicitStart: false, explicitEnd: false, directives: [] });
    else events.push({ type: EVENT.POP });
  }
  return events;
};

/** `text` holds the same characters in `[aStart, aEnd)` and `[bStart, bEnd)`. */
const sameText = (text: string, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean => {
  const length = aEnd - aStart;
  if (bEnd - bStart !== length) return false;
  for (let k = 0; k < length; k++) if (text.charCodeAt(aStart + k) !== text.charCodeAt(bStart + k)) return false;
  return true;
};

/** Parses a text into segments: the whole text, or its documents one by one after an error. */
const segmentsOf = (text: string): { segments: ParsedSegment[]; problems: YamlParseProblem[] } => {
  const whole = tryParseEvents(text, 0);
  if ('events' in whole) return { segments: [whole], problems: [] };
  const segments: ParsedSegment[] = [];
  const problems: YamlParseProblem[] = [];
  for (const piece of splitAtDocumentMarkers(text)) {
    const parsed = tryParseEvents(piece.text, piece.base);
    if ('events' in parsed) segments.push(parsed);
    else problems.push(parsed);
  }
  return { segments, problems };
};

/** File offset where the root node of the document at `docEvent` starts. */
const rootOffset = (segment: Segment, docEvent: number): number => {
  const root = docEvent + 1;
  const type = typeAt(segment, root);
  let offset = 0;
  if (type === EVENT.MAPPING || type === EVENT.SEQUENCE) {
    const anchor = segment.anchorRanges?.get(root);
    offset = anchor ? Math.min(anchor.start - 1, slotAt(segment, root, 1)) : slotAt(segment, root, 1);
  } else if (type === EVENT.SCALAR) offset = slotAt(segment, root, 1);
  return absoluteOffset(segment, offset);
};

/** An offset in a segment's text → an offset in the file. */
const absoluteOffset = (segment: Segment, offset: number): number => {
  let shift = 0;
  for (const at of segment.inserted ?? []) if (at < offset) shift++;
  return segment.base + offset - shift;
};

/** Where each document starts: its segment and the index of its DOCUMENT event. */
const documentStarts = (segments: readonly Segment[]): DocStart[] => {
  const starts: DocStart[] = [];
  segments.forEach((segment, index) => {
    for (let event = 0; event < segment.count; event = packedDocumentEnd(segment, event)) {
      starts.push({ segment: index, event });
    }
  });
  return starts;
};

const NO_OFFSETS = new Int32Array(0);

/** Word lists `YamlSource.mayContain` has checked (each a constant of its caller). */
const checkedWords = new WeakSet<readonly string[]>();

/** Whether an ascending list of offsets has one in `[from, to]`. */
const occursWithin = (offsets: Int32Array, from: number, to: number): boolean => {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low < offsets.length && offsets[low]! <= to;
};

/** `documentEnd` over a packed segment. */
const packedDocumentEnd = (segment: Segment, start: number): number => {
  const { table, count } = segment;
  let depth = 0;
  for (let i = start; i < count; i++) {
    const type = table[i * STRIDE]! & 7;
    if (type === EVENT.DOCUMENT || type === EVENT.MAPPING || type === EVENT.SEQUENCE) depth++;
    else if (type === EVENT.POP && --depth === 0) return i + 1;
  }
  return count;
};

/**
 * The values of a segment's documents: one constructor call for all of them (each call has a
 * fixed cost that adds up over thousands of documents), document by document after an error.
 */
const constructSegment = (segment: ParsedSegment, hasAliases: boolean, problems: YamlParseProblem[]): unknown[] => {
  const events = segment.events;
  if (!hasAliases) {
    try {
      return constructFromEvents(events, { source: segment.text, schema: SCHEMA });
    } catch {
      // Read each document on its own below, so that one bad document costs only itself.
    }
  }
  const documents: unknown[] = [];
  for (let index = 0; index < events.length; ) {
    const end = documentEnd(events, index);
    documents.push(constructDocument(segment, index, end, problems));
    index = end;
  }
  return documents;
};

interface DocStart {
  readonly segment: number;
  readonly event: number;
}

const tryParseEvents = (text: string, base: number): ParsedSegment | YamlParseProblem => {
  let patched = text;
  const inserted: number[] = [];
  let firstError: unknown;
  for (let attempt = 0; attempt <= MAX_INDENT_PATCHES; attempt++) {
    try {
      const events = parseEvents(patched, { maxDepth: MAX_DEPTH });
      return inserted.length === 0 ? { base, text, events } : { base, text: patched, events, inserted };
    } catch (error) {
      firstError ??= error;
      const line = underIndentedQuotedLine(patched, error);
      if (line === undefined) break;
      patched = `${patched.slice(0, line)} ${patched.slice(line)}`;
      inserted.push(line);
    }
  }
  return problemOf(firstError, base);
};

/** How many continuation lines of quoted scalars one text may have re-indented. */
const MAX_INDENT_PATCHES = 64;

/**
 * Where to add one space when a parse failed only because a continuation line of a multi-line
 * quoted scalar is indented no deeper than its key. The YAML spec forbids it, but the YAML reader
 * kubectl uses (go-yaml) accepts it, and real policy libraries contain it; so do we.
 */
const underIndentedQuotedLine = (text: string, error: unknown): number | undefined => {
  const reason = (error as { reason?: string }).reason;
  const position = (error as { mark?: { position?: number } }).mark?.position;
  if (reason !== 'deficient indentation' || typeof position !== 'number') return undefined;
  const lineStart = text.lastIndexOf('\n', position - 1) + 1;
  if (text.slice(lineStart, position).trim() !== '' || position >= text.length || text[position] === '\n') return undefined;
  // Inside a quoted scalar: the nearest earlier line that opens one (`key: "`, `- '`) whose
  // scalar, read with its own quoting rules, is still open where this line starts. Quotes of
  // the other style inside it are literal (`"… drop 'ALL' …"`), so no per-line counting.
  let end = lineStart - 1;
  for (let lines = 0; lines < 50 && end > 0; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const content = text.slice(start, end);
    const opener = /^\s*#/.test(content) ? null : /(?::[ \t]+|^[ \t]*-[ \t]+)(["'])/.exec(content);
    if (opener !== null && quotedScalarOpenAt(text, start + opener.index + opener[0].length - 1, lineStart)) return lineStart;
    end = start - 1;
  }
  return undefined;
};

/** Is the quoted scalar whose opening quote is at `quote` still unclosed at `until`? */
const quotedScalarOpenAt = (text: string, quote: number, until: number): boolean => {
  const style = text[quote];
  for (let i = quote + 1; i < until; i++) {
    const ch = text[i];
    if (style === '"') {
      if (ch === '\\') i++;
      else if (ch === '"') return false;
    } else if (ch === "'") {
      if (text[i + 1] === "'") i++;
      else return false;
    }
  }
  return true;
};

const problemOf = (error: unknown, base: number): YamlParseProblem => {
  const mark = (error as { mark?: { position?: number } }).mark;
  const reason = (error as { reason?: string }).reason;
  return {
    offset: base + (typeof mark?.position === 'number' ? mark.position : 0),
    message: reason ?? (error instanceof Error ? error.message : String(error)),
  };
};

/**
 * A construction error, placed at the node that caused it. js-yaml marks a mapping key that is
 * itself a mapping or sequence (`b: {{ .Values.x }}`, an unrendered template) at offset 0 of
 * the text it was given, which would put the finding on the file's first line, not the line to
 * change.
 */
const constructionProblem = (error: unknown, base: number, events: readonly Event[]): YamlParseProblem => {
  const problem = problemOf(error, base);
  if (!/complex keys/.test(problem.message)) return problem;
  const key = firstCollectionKey(events);
  return key === undefined ? problem : { ...problem, offset: base + key };
};

/** Start of the first mapping key that is a mapping or a sequence, in document order. */
const firstCollectionKey = (events: readonly Event[]): number | undefined => {
  // Per open collection: whether it is a mapping, and how many children it has had.
  const open: { mapping: boolean; children: number }[] = [];
  for (const event of events) {
    if (event.type === EVENT.POP) {
      open.pop();
      const parent = open[open.length - 1];
      if (parent) parent.children++;
      continue;
    }
    const parent = open[open.length - 1];
    const isKey = parent !== undefined && parent.mapping && parent.children % 2 === 0;
    if (event.type === EVENT.MAPPING || event.type === EVENT.SEQUENCE) {
      if (isKey) return event.start;
      open.push({ mapping: event.type === EVENT.MAPPING, children: 0 });
    } else if (event.type === EVENT.DOCUMENT) open.push({ mapping: false, children: 0 });
    else if (parent) parent.children++;
  }
  return undefined;
};

/** Index just past the POP that closes the document starting at `start`. */
const documentEnd = (events: readonly Event[], start: number): number => {
  let depth = 0;
  for (let i = start; i < events.length; i++) {
    const type = events[i]!.type;
    if (type === EVENT.DOCUMENT || type === EVENT.MAPPING || type === EVENT.SEQUENCE) depth++;
    else if (type === EVENT.POP && --depth === 0) return i + 1;
  }
  return events.length;
};

const constructDocument = (
  segment: ParsedSegment,
  start: number,
  end: number,
  problems: YamlParseProblem[],
): unknown => {
  const events = segment.events.slice(start, end);
  if (expandedSize(segment.text, events) > MAX_EXPANDED_NODES) {
    const first = events.find((event) => event.type === EVENT.ALIAS);
    problems.push({
      offset: segment.base + (first && first.type === EVENT.ALIAS ? first.anchorStart - 1 : 0),
      message: `its aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes (an alias bomb?), so the document was not read`,
    });
    return undefined;
  }
  const options = { source: segment.text, schema: SCHEMA };
  try {
    return constructFromEvents(events, options)[0];
  } catch (error) {
    const problem = constructionProblem(error, segment.base, events);
    if (/duplicated mapping key/.test(problem.message)) {
      // kubectl's YAML reader keeps the last value; report the duplicate and read on.
      problems.push({ ...problem, message: `${problem.message} (the last value is used)` });
      try {
        return constructFromEvents(events, { ...options, json: true })[0];
      } catch (second) {
        problems.push(problemOf(second, segment.base));
        return undefined;
      }
    }
    problems.push(problem);
    return undefined;
  }
};

/** How many nodes a document would have with every alias expanded (saturating). */
const expandedSize = (text: string, events: readonly Event[]): number => {
  if (!events.some((event) => event.type === EVENT.ALIAS)) return events.length;
  const anchorSizes = new Map<string, number>();
  const open: { size: number; anchor: string | undefined }[] = [{ size: 0, anchor: undefined }];
  const add = (size: number): void => {
    const top = open[open.length - 1]!;
    top.size = Math.min(top.size + size, Number.MAX_SAFE_INTEGER);
  };
  for (const event of events) {
    if (event.type === EVENT.MAPPING || event.type === EVENT.SEQUENCE) {
      open.push({ size: 1, anchor: event.anchorStart >= 0 ? text.slice(event.anchorStart, event.anchorEnd) : undefined });
    } else if (event.type === EVENT.SCALAR) {
      if (event.anchorStart >= 0) anchorSizes.set(text.slice(event.anchorStart, event.anchorEnd), 1);
      add(1);
    } else if (event.type === EVENT.ALIAS) {
      add(anchorSizes.get(text.slice(event.anchorStart, event.anchorEnd)) ?? 1);
    } else if (event.type === EVENT.POP && open.length > 1) {
      const closed = open.pop()!;
      if (closed.anchor !== undefined) anchorSizes.set(closed.anchor, closed.size);
      add(closed.size);
    }
  }
  return open[0]!.size;
};

/** Pieces of a text between `---` document markers (each keeps its marker line). */
const splitAtDocumentMarkers = (text: string): { base: number; text: string }[] => {
  const pieces: { base: number; text: string }[] = [];
  const marker = /^---(?=[ \t]|\r?$)/gm;
  let start = 0;
  for (let match = marker.exec(text); match; match = marker.exec(text)) {
    if (match.index > start) pieces.push({ base: start, text: text.slice(start, match.index) });
    start = match.index;
  }
  pieces.push({ base: start, text: text.slice(start) });
  return pieces.filter((piece) => piece.text.trim() !== '' && piece.text.trim() !== '---');
};

interface NodeAt {
  readonly segment: Segment;
  readonly index: number;
}

/**
 * Source positions for one parsed file. Resolves a `NodeRef` path to a region on demand,
 * following aliases and merge keys; a path that does not exist resolves to its closest parent.
 */
export class YamlSource {
  readonly lines: LineIndex;

  private starts?: { docStarts: readonly DocStart[]; roots: readonly number[] };

  /** @param segments the packed events of the parse that read the file's documents. */
  constructor(
    readonly text: string,
    private readonly segments: readonly Segment[],
  ) {
    this.lines = new LineIndex(text);
  }

  private get docStarts(): readonly DocStart[] {
    return this.documents().docStarts;
  }

  /** File offset of each document's root node: a whole document resolves without a walk. */
  private get roots(): readonly number[] {
    return this.documents().roots;
  }

  private documents(): { docStarts: readonly DocStart[]; roots: readonly number[] } {
    if (!this.starts) {
      const docStarts = documentStarts(this.segments);
      this.starts = { docStarts, roots: docStarts.map((start) => rootOffset(this.segments[start.segment]!, start.event)) };
    }
    return this.starts;
  }

  /**
   * The value of a document the parse skipped (`ParsedYaml.skipped`), built from the parse: the
   * value a construction of the whole file gives it.
   */
  valueOf(skipped: SkippedPlace): unknown {
    const segment = this.segments[skipped.segment]!;
    const events = unpackedEvents(segment, skipped.event, packedDocumentEnd(segment, skipped.event));
    return constructFromEvents(events, { source: segment.text, schema: SCHEMA })[0];
  }

  /**
   * Whether the value of a document the parse skipped (`ParsedYaml.skipped`) can hold one of
   * `words` in a key or a string: false only when none can. Such a document has no tag, anchor
   * or alias, so each string of its value is the text of one scalar event, decoded: line breaks
   * folded into spaces or kept, indentation dropped, `''` read as `'`, and escapes only after a
   * backslash. A word without whitespace, quote or backslash is therefore in the value only if it
   * is in the document's text, or the text has a backslash. Each word's occurrences in a segment
   * are found once (a scan asks for every deferred workload of a repository).
   */
  mayContain(skipped: SkippedPlace, words: readonly string[]): boolean {
    const segment = this.segments[skipped.segment]!;
    if (!checkedWords.has(words)) {
      for (const word of words) if (!/^[^\s'"\\]+$/.test(word)) throw new Error(`mayContain: ${JSON.stringify(word)} has whitespace, a quote or a backslash`);
      checkedWords.add(words);
    }
    const { textStart, textEnd } = skipped;
    if (occursWithin(this.occurrencesOf(segment, '\\'), textStart, textEnd - 1)) return true;
    for (const word of words) if (occursWithin(this.occurrencesOf(segment, word), textStart, textEnd - word.length)) return true;
    return false;
  }

  private occurrencesOf(segment: Segment, word: string): Int32Array {
    const cache = (segment.occurrences ??= new Map());
    let found = cache.get(word);
    if (!found) {
      const offsets: number[] = [];
      for (let at = segment.text.indexOf(word); at !== -1; at = segment.text.indexOf(word, at + 1)) offsets.push(at);
      cache.set(word, (found = offsets.length === 0 ? NO_OFFSETS : Int32Array.from(offsets)));
    }
    return found;
  }

  /** The region a ref points at, or undefined when its document does not exist. */
  regionOf(ref: NodeRef): Region | undefined {
    const root = this.roots[ref.doc];
    if (ref.path.length === 0 && !ref.span && root !== undefined) return this.lines.restOfLine(root);
    const docStart = this.docStarts[ref.doc];
    if (!docStart) return undefined;
    const segment = this.segments[docStart.segment]!;
    let node: NodeAt = { segment, index: docStart.event + 1 };
    let keyIndex: number | undefined;
    let exact = true;
    for (const step of ref.path) {
      const child = this.childOf(node, step);
      if (!child) {
        exact = false;
        break;
      }
      node = { segment, index: child.value };
      keyIndex = child.key;
    }
    if (exact && ref.key && keyIndex !== undefined) return this.scalarRegion({ segment, index: keyIndex });
    if (exact && ref.span) return this.spanRegion(node, ref.span.start, ref.span.end);
    return this.nodeRegion(node);
  }

  private childOf(node: NodeAt, step: string | number): { key?: number; value: number } | undefined {
    const { segment } = node;
    const target = this.deref(segment, node.index);
    const type = typeAt(segment, target);
    if (type === 0) return undefined;
    const after = this.afterOf(segment);
    if (type === EVENT.SEQUENCE) {
      if (typeof step !== 'number') return undefined;
      let i = target + 1;
      for (let n = 0; typeAt(segment, i) !== 0 && typeAt(segment, i) !== EVENT.POP; n++) {
        if (n === step) return { value: i };
        i = after[i]!;
      }
      return undefined;
    }
    if (type !== EVENT.MAPPING) return undefined;
    const wanted = String(step);
    let found: { key: number; value: number } | undefined;
    // Merge keys are rare: the list is made only when one is met.
    let merges: number[] | undefined;
    let i = target + 1;
    while (typeAt(segment, i) !== 0 && typeAt(segment, i) !== EVENT.POP) {
      const keyIndex = i;
      const valueIndex = after[i]!;
      if (typeAt(segment, keyIndex) === EVENT.SCALAR) {
        if (scalarIs(segment, keyIndex, wanted)) found = { key: keyIndex, value: valueIndex };
        else if (styleAt(segment, keyIndex) === 1 && scalarIs(segment, keyIndex, '<<')) (merges ??= []).push(valueIndex);
      }
      i = after[valueIndex] ?? valueIndex + 1;
    }
    if (found) return found;
    for (const merge of merges ?? []) {
      const source = this.deref(segment, merge);
      const sources = typeAt(segment, source) === EVENT.SEQUENCE ? this.itemsOf(segment, source) : [source];
      for (const item of sources) {
        const hit = this.childOf({ segment, index: item }, step);
        if (hit) return hit;
      }
    }
    return undefined;
  }

  private itemsOf(segment: Segment, sequence: number): number[] {
    const after = this.afterOf(segment);
    const items: number[] = [];
    for (let i = sequence + 1; typeAt(segment, i) !== 0 && typeAt(segment, i) !== EVENT.POP; i = after[i]!) items.push(i);
    return items;
  }

  /** Follows an alias to the node its anchor names (the last definition before it). */
  private deref(segment: Segment, index: number): number {
    if (typeAt(segment, index) !== EVENT.ALIAS) return index;
    const name = segment.text.slice(slotAt(segment, index, 1), slotAt(segment, index, 2));
    const definitions = this.anchorsOf(segment).get(name) ?? [];
    let target = index;
    for (const definition of definitions) if (definition < index) target = definition;
    return target;
  }

  private anchorsOf(segment: Segment): Map<string, number[]> {
    if (segment.anchors) return segment.anchors;
    const anchors = new Map<string, number[]>();
    // Ascending event order, as the definitions are searched.
    const anchored = [...(segment.anchorRanges ?? new Map<number, AnchorRange>())].sort((a, b) => a[0] - b[0]);
    for (const [index, range] of anchored) {
      const name = segment.text.slice(range.start, range.end);
      const list = anchors.get(name);
      if (list) list.push(index);
      else anchors.set(name, [index]);
    }
    segment.anchors = anchors;
    return anchors;
  }

  private afterOf(segment: Segment): Int32Array {
    if (segment.after) return segment.after;
    const { table, count } = segment;
    const after = new Int32Array(count + 1);
    const open: number[] = [];
    for (let i = 0; i < count; i++) {
      const type = table[i * STRIDE]! & 7;
      if (type === EVENT.DOCUMENT || type === EVENT.MAPPING || type === EVENT.SEQUENCE) open.push(i);
      else if (type === EVENT.POP) {
        after[i] = i + 1;
        const opened = open.pop();
        if (opened !== undefined) after[opened] = i + 1;
      } else after[i] = i + 1;
    }
    after[count] = count;
    segment.after = after;
    return after;
  }

  private nodeRegion(node: NodeAt): Region {
    const { segment, index } = node;
    const type = typeAt(segment, index);
    if (type === 0) return this.lines.region(absoluteOffset(segment, 0), absoluteOffset(segment, 0));
    if (type === EVENT.SCALAR) {
      const style = styleAt(segment, index);
      if (style === STYLE.LITERAL || style === STYLE.FOLDED) {
        // A whole block scalar: point at its first content line.
        return this.lines.restOfLine(absoluteOffset(segment, firstNonSpace(segment.text, slotAt(segment, index, 1))));
      }
      return this.scalarRegion(node);
    }
    if (type === EVENT.ALIAS) return this.lines.region(absoluteOffset(segment, slotAt(segment, index, 1) - 1), absoluteOffset(segment, slotAt(segment, index, 2)));
    if (type === EVENT.MAPPING || type === EVENT.SEQUENCE) {
      const anchor = anchorOf(segment, index);
      const start = anchor ? Math.min(anchor.start - 1, slotAt(segment, index, 1)) : slotAt(segment, index, 1);
      return this.lines.restOfLine(absoluteOffset(segment, start));
    }
    return this.lines.region(absoluteOffset(segment, 0), absoluteOffset(segment, 0));
  }

  private scalarRegion(node: NodeAt): Region {
    const { segment, index } = node;
    const style = styleAt(segment, index);
    const quoted = style === STYLE.SINGLE_QUOTED || style === STYLE.DOUBLE_QUOTED;
    const start = absoluteOffset(segment, slotAt(segment, index, 1) - (quoted ? 1 : 0));
    const end = absoluteOffset(segment, slotAt(segment, index, 2) + (quoted ? 1 : 0));
    return this.lines.region(start, end);
  }

  /**
   * Maps a range of a scalar's decoded text back to the file. Exact for single-line scalars
   * (through the escapes of a quoted one) and literal blocks (each decoded line is a source line
   * less its indentation); folded and multi-line flow scalars fold line breaks into spaces, which
   * keeps the lengths equal.
   */
  private spanRegion(node: NodeAt, start: number, end: number): Region {
    const index = this.deref(node.segment, node.index);
    if (typeAt(node.segment, index) !== EVENT.SCALAR) return this.nodeRegion(node);
    const event = scalarEventAt(node.segment, index);
    const raw = node.segment.text.slice(event.valueStart, event.valueEnd);
    if ((event.style === STYLE.DOUBLE_QUOTED || event.style === STYLE.SINGLE_QUOTED) && !raw.includes('\n')) {
      const at = (offset: number) => absoluteOffset(node.segment, event.valueStart + quotedSourceOffset(raw, event.style === STYLE.DOUBLE_QUOTED, offset));
      const from = at(start);
      return this.lines.region(from, Math.max(from, at(Math.max(start, end))));
    }
    const from = this.decodedToSource(node.segment, event, start);
    const to = this.decodedToSource(node.segment, event, Math.max(start, end - 1)) + (end > start ? 1 : 0);
    return this.lines.region(from, Math.max(from, to));
  }

  private decodedToSource(segment: Segment, event: ScalarEvent, offset: number): number {
    const raw = segment.text.slice(event.valueStart, event.valueEnd);
    const block = event.style === STYLE.LITERAL || event.style === STYLE.FOLDED;
    if (!block && !raw.includes('\n')) return absoluteOffset(segment, event.valueStart + Math.min(offset, raw.length));
    let remaining = offset;
    let lineStart = 0;
    let first = true;
    while (lineStart <= raw.length) {
      let lineEnd = raw.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = raw.length;
      const contentEnd = raw.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
      let skip = 0;
      if (block) skip = Math.min(Math.max(event.indent, 0), contentEnd - lineStart);
      else if (!first) while (lineStart + skip < contentEnd && /[ \t]/.test(raw[lineStart + skip]!)) skip++;
      const length = contentEnd - lineStart - skip;
      if (remaining <= length || lineEnd >= raw.length) {
        return absoluteOffset(segment, event.valueStart + lineStart + skip + Math.min(remaining, Math.max(length, 0)));
      }
      remaining -= length + 1;
      lineStart = lineEnd + 1;
      first = false;
    }
    return absoluteOffset(segment, event.valueEnd);
  }
}

/**
 * The offset in a one-line quoted scalar's source text (between its quotes) of the character at
 * `offset` of its value: an escape (`\"`, `\\`, `\x41`, `\u00e9`, `\U0001F600`) or a single-quoted
 * `''` is the one character it stands for (a `\U` beyond the BMP, two UTF-16 units, maps both to
 * the escape's start); past the value, the text's end. Offsets count UTF-16 units.
 */
export const quotedSourceOffset = (raw: string, doubleQuoted: boolean, offset: number): number => {
  let decoded = 0;
  let i = 0;
  while (i < raw.length && decoded < offset) {
    let width = 1;
    let units = 1;
    if (doubleQuoted && raw[i] === '\\') {
      const escape = raw[i + 1];
      width = escape === 'x' ? 4 : escape === 'u' ? 6 : escape === 'U' ? 10 : 2;
      if (escape === 'U' && Number.parseInt(raw.slice(i + 2, i + 10), 16) > 0xffff) units = 2;
    } else if (!doubleQuoted && raw[i] === "'" && raw[i + 1] === "'") width = 2;
    if (decoded + units > offset) break;
    decoded += units;
    i += width;
  }
  return Math.min(i, raw.length);
};

const firstNonSpace = (text: string, offset: number): number => {
  let i = offset;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
};
