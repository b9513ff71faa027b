/**
 * `JSON.stringify(value, null, 2)` as a sequence of pieces of about `CHUNK` characters (larger
 * only when `GROUP` elements of an array are), so that a report of any size is written without
 * ever being one string (V8 refuses strings over 2^29 - 24 characters, and a single string
 * doubles the peak memory of writing it). The same bytes as JSON.stringify: `toJSON`, omitted
 * and null-converted values included.
 */
export function* jsonChunks(value: unknown): Generator<string> {
  let pending = '';
  const top = serializable(value, '');
  if (top === undefined) return;
  for (const piece of pieces(top, '', 0)) {
    if (pending.length + piece.length > CHUNK && pending !== '') {
      yield pending;
      pending = '';
    }
    pending += piece;
  }
  if (pending !== '') yield pending;
}

/** Characters per piece handed to the writer: large enough for few writes, small enough to stay out of the way. */
const CHUNK = 1 << 16;
/** Below this depth values are written whole by JSON.stringify (fast, and small). */
const STREAM_DEPTH = 2;
const STEP = '  ';
/** Array elements written by one JSON.stringify call. */
const GROUP = 256;

/**
 * Elements `[start, end)` of an array at `depth`, each on its own lines after a comma or the
 * opening bracket. One JSON.stringify call writes them all: nested in `depth + 1` arrays, they
 * come out at their indentation, and only the wrapping brackets are cut off. Elements with
 * `toJSON` are written one by one (JSON.stringify hands it the element's index).
 */
function* elements(array: readonly unknown[], start: number, end: number, inner: string, depth: number): Generator<string> {
  const group = array.slice(start, end);
  if (group.some((item) => typeof item === 'object' && item !== null && typeof (item as { toJSON?: unknown }).toJSON === 'function')) {
    for (let i = start; i < end; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      const item = serializable(array[i], String(i));
      // An element that serializes to nothing is written as null, as JSON.stringify does.
      if (item === undefined) yield 'null';
      else yield* pieces(item, inner, depth + 1);
    }
    return;
  }
  let wrapped: unknown = group;
  let prefix = '';
  let suffix = '';
  for (let level = 0; level <= depth; level++) {
    if (level > 0) wrapped = [wrapped];
    prefix += `${STEP.repeat(level)}[\n`;
    suffix = `\n${STEP.repeat(level)}]${suffix}`;
  }
  const text = JSON.stringify(wrapped, null, 2);
  yield `${start === 0 ? '' : ','}\n${text.slice(prefix.length, text.length - suffix.length)}`;
}

/** Pieces of a value already through `serializable`. */
function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (typeof value !== 'object' || value === null || depth >= STREAM_DEPTH || value instanceof Number || value instanceof String || value instanceof Boolean) {
    const text = JSON.stringify(value, null, 2);
    // JSON.stringify escapes line breaks inside strings: every '\n' of its output starts a line.
    yield indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
    return;
  }
  const inner = indent + STEP;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let start = 0; start < value.length; start += GROUP) {
      yield* elements(value, start, Math.min(value.length, start + GROUP), inner, depth);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const name of Object.keys(value)) {
    const child = serializable((value as Record<string, unknown>)[name], name);
    if (child === undefined) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(name)}: `;
    first = false;
    yield* pieces(child, inner, depth + 1);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/** The value JSON.stringify writes for `value` under `key` (after `toJSON`), undefined when it omits it. */
const serializable = (value: unknown, key: string): unknown => {
  const current = typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON: (key: string) => unknown }).toJSON(key) : value;
  return current === undefined || typeof current === 'function' || typeof current === 'symbol' ? undefined : current;
};
