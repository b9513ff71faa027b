/**
 * Text from scanned files (file names, object names, messages, renderer output) made safe to
 * print one per line: the runner reads a line that starts, after blanks, with `::` as a
 * workflow command, and treats a lone CR as a line break, so a name with CR or LF could forge
 * `::error::`, `::add-mask::` or `::stop-commands::`. Line breaks and other control characters
 * become visible escapes (`\n`, `\r`, `\x1b`, `\u2028`); ordinary text is unchanged.
 */
export const printableText = (text: string): string =>
  UNPRINTABLE.test(text) ? text.replace(UNPRINTABLE_ALL, escapeChar) : text;

// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const UNPRINTABLE_ALL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;

const escapeChar = (char: string): string => {
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * Every string inside plain data (objects and arrays, as reports take them) through
 * `printableText`; other values kept. Objects that are not plain data are kept as they are.
 */
export const printableData = <T>(value: T): T => mapStrings(value) as T;

const mapStrings = (value: unknown): unknown => {
  if (typeof value === 'string') return printableText(value);
  if (Array.isArray(value)) return value.map(mapStrings);
  if (typeof value !== 'object' || value === null) return value;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) out[key] = mapStrings(child);
  return out;
};
