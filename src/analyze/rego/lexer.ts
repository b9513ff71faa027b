import type { RegoError } from './ast.ts';

export type TokenKind = 'ident' | 'string' | 'number' | 'punct' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** Source text for idents, numbers and punctuation; the decoded value for strings. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** A line break lies between the previous token and this one (Rego separates literals so). */
  readonly newlineBefore: boolean;
  /** First token on its line with nothing before it: where a rule may start after an error. */
  readonly atLineStart: boolean;
}

/** Longest first: the lexer takes the first that matches. */
const PUNCTUATION = [':=', '==', '!=', '<=', '>=', '<', '>', '=', '+', '-', '*', '/', '%', '&', '|', '(', ')', '[', ']', '{', '}', ',', ';', ':', '.'];

/**
 * PUNCTUATION by first character code: its entries in the same order, so the first that
 * matches is still the longest (a table instead of a search of the whole list per token).
 */
const PUNCTUATION_BY_FIRST: ReadonlyMap<number, readonly string[]> = (() => {
  const table = new Map<number, string[]>();
  for (const punct of PUNCTUATION) {
    const list = table.get(punct.charCodeAt(0));
    if (list) list.push(punct);
    else table.set(punct.charCodeAt(0), [punct]);
  }
  return table;
})();

const punctuationAt = (source: string, i: number, c: number): string | undefined => {
  for (const punct of PUNCTUATION_BY_FIRST.get(c) ?? []) if (punct.length === 1 || source.startsWith(punct, i)) return punct;
  return undefined;
};

const isIdentStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isIdentPart = (c: number): boolean => isIdentStart(c) || isDigit(c);

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Splits Rego source into tokens in one linear pass; problems become errors, never throws. */
export const tokenize = (source: string, errors: RegoError[]): Token[] => {
  const tokens: Token[] = [];
  const length = source.length;
  let i = 0;
  let newlineBefore = true;
  let lineStart = 0;
  const push = (kind: TokenKind, text: string, start: number, end: number): void => {
    tokens.push({ kind, text, start, end, newlineBefore, atLineStart: start === lineStart });
    newlineBefore = false;
  };
  while (i < length) {
    const c = source.charCodeAt(i);
    if (c === 10) {
      newlineBefore = true;
      i++;
      lineStart = i;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (c === 35) {
      // `#` comment to the end of the line
      while (i < length && source.charCodeAt(i) !== 10) i++;
      continue;
    }
    const start = i;
    if (isIdentStart(c)) {
      while (i < length && isIdentPart(source.charCodeAt(i))) i++;
      push('ident', source.slice(start, i), start, i);
      continue;
    }
    if (isDigit(c)) {
      i = scanNumber(source, i);
      push('number', source.slice(start, i), start, i);
      continue;
    }
    if (c === 34) {
      i = scanString(source, i, errors, (value, end) => push('string', value, start, end));
      continue;
    }
    if (c === 96) {
      const close = source.indexOf('`', i + 1);
      if (close < 0) {
        errors.push({ message: 'unterminated raw string', start, end: length });
        i = length;
        continue;
      }
      push('string', source.slice(i + 1, close), start, close + 1);
      for (let j = i + 1; j < close; j++) if (source.charCodeAt(j) === 10) lineStart = j + 1;
      i = close + 1;
      continue;
    }
    const punct = punctuationAt(source, i, c);
    if (punct !== undefined) {
      i += punct.length;
      push('punct', punct, start, i);
      continue;
    }
    errors.push({ message: `unexpected character ${JSON.stringify(source[i])}`, start, end: start + 1 });
    i++;
  }
  tokens.push({ kind: 'eof', text: '', start: length, end: length, newlineBefore: true, atLineStart: true });
  return tokens;
};

const scanNumber = (source: string, from: number): number => {
  let i = from;
  const digits = (): void => {
    while (i < source.length && isDigit(source.charCodeAt(i))) i++;
  };
  digits();
  if (source[i] === '.' && isDigit(source.charCodeAt(i + 1))) {
    i++;
    digits();
  }
  if (source[i] === 'e' || source[i] === 'E') {
    const sign = source[i + 1] === '+' || source[i + 1] === '-' ? 1 : 0;
    if (isDigit(source.charCodeAt(i + 1 + sign))) {
      i += 1 + sign;
      digits();
    }
  }
  return i;
};

/** Scans a `"..."` string from its opening quote; calls `emit` with the decoded value. */
const scanString = (
  source: string,
  from: number,
  errors: RegoError[],
  emit: (value: string, end: number) => void,
): number => {
  let i = from + 1;
  let value = '';
  let chunk = i;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === 34) {
      emit(value + source.slice(chunk, i), i + 1);
      return i + 1;
    }
    if (c === 10) break;
    if (c === 92) {
      value += source.slice(chunk, i);
      const next = source[i + 1] ?? '';
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
        value += String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
        i += 6;
      } else if (ESCAPES[next] !== undefined) {
        value += ESCAPES[next];
        i += 2;
      } else {
        errors.push({ message: `invalid escape \\${next}`, start: i, end: i + 2 });
        i += 2;
      }
      chunk = i;
      continue;
    }
    i++;
  }
  errors.push({ message: 'unterminated string', start: from, end: i });
  emit(value + source.slice(chunk, i), i);
  return i;
};
