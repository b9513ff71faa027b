/**
 * `JSON.stringify(value, null, 2)` as a sequence of pieces of at most about `CHUNK` characters,
 * so that a report of any size is written without ever being one string (V8 refuses strings
 * over 2^29 - 24 characters, and a single string doubles the peak memory of writing it). The
 * same bytes as JSON.stringify: `toJSON`, omitted and null-converted values included.
 */
export function* jsonChunks(value: unknown): Generator<string> {
  let pending = '';
  const top = serializable(value, '');
  if (top === undefined) return;
  for (const piece of pieces(top, '', 0)) {
    pending += piece;
    if (pending.length >= CHUNK) {
      yield pending;
      pending = '';
    }
  }
  if (pending !== '') yield pending;
}

/** Characters per piece handed to the writer: large enough for few writes, small enough to stay out of the way. */
const CHUNK = 1 << 16;
/** Below this depth values are written whole by JSON.stringify (fast, and small). */
const STREAM_DEPTH = 3;
const STEP = '  ';

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
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      const item = serializable(value[i], String(i));
      // An element that serializes to nothing is written as null, as JSON.stringify does.
      if (item === undefined) yield 'null';
      else yield* pieces(item, inner, depth + 1);
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
