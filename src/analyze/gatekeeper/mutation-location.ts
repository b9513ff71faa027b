/**
 * Gatekeeper's mutation `location` syntax (gatekeeper pkg/mutation/path/token/scanner.go and
 * pkg/mutation/path/parser/parser.go): field names separated by `.`, each optionally followed by
 * one list selector `[key: value]` whose value is a name, an integer or the glob `*`. A name is
 * a run of `[A-Za-z0-9_-]`, or a string quoted with `"` or `'` in which `\` escapes the next
 * character; whitespace between tokens is skipped. A field name cannot start with a digit (the
 * scanner reads it as an integer), a trailing `.` is an error, and nothing may follow a list
 * selector but `.` or the end.
 */
export type MutationLocation =
  | { readonly ok: true; readonly nodes: readonly LocationNode[] }
  | { readonly ok: false; readonly why: string };

export type LocationNode =
  | { readonly kind: 'field'; readonly name: string }
  | { readonly kind: 'list'; readonly key: string; readonly value: string | number | '*' };

type Token =
  | { readonly type: 'ident' | 'int'; readonly text: string }
  | { readonly type: '.' | '[' | ']' | ':' | '*' | 'eof' }
  | { readonly type: 'error'; readonly why: string };

const ALPHANUM = /[A-Za-z0-9_-]/;
const DIGIT = /[0-9]/;
const SPACE = /[ \t\r\n]/;

/** The tokens of a location, ending at `eof` or the first error. */
const tokens = (input: string): Token[] => {
  const out: Token[] = [];
  let i = 0;
  for (;;) {
    while (i < input.length && SPACE.test(input[i]!)) i += 1;
    if (i >= input.length) {
      out.push({ type: 'eof' });
      return out;
    }
    const c = input[i]!;
    if (DIGIT.test(c)) {
      const start = i;
      while (i < input.length && DIGIT.test(input[i]!)) i += 1;
      out.push({ type: 'int', text: input.slice(start, i) });
    } else if (ALPHANUM.test(c)) {
      const start = i;
      while (i < input.length && ALPHANUM.test(input[i]!)) i += 1;
      out.push({ type: 'ident', text: input.slice(start, i) });
    } else if (c === '"' || c === "'") {
      let text = '';
      i += 1;
      for (;;) {
        if (i >= input.length) {
          out.push({ type: 'error', why: 'an unterminated quoted name' });
          return out;
        }
        const d = input[i]!;
        i += 1;
        if (d === c) break;
        if (d === '\\') {
          if (i < input.length) text += input[i]!;
          i += 1;
          continue;
        }
        text += d;
      }
      out.push({ type: 'ident', text });
    } else if (c === '.' || c === '[' || c === ']' || c === ':' || c === '*') {
      out.push({ type: c });
      i += 1;
    } else {
      out.push({ type: 'error', why: `the character ${JSON.stringify(c)}` });
      return out;
    }
  }
};

const describe = (token: Token): string => {
  if (token.type === 'error') return token.why;
  if (token.type === 'eof') return 'the end';
  if (token.type === 'ident' || token.type === 'int') return JSON.stringify(token.text);
  return `'${token.type}'`;
};

export const parseMutationLocation = (input: string): MutationLocation => {
  const list = tokens(input);
  let at = 0;
  const peek = (): Token => list[at]!;
  const fail = (expected: string): MutationLocation => ({ ok: false, why: `expected ${expected}, found ${describe(peek())}` });
  const nodes: LocationNode[] = [];
  if (peek().type === 'eof') return { ok: false, why: 'an empty location' };
  for (;;) {
    const name = peek();
    if (name.type !== 'ident') return fail('a field name');
    nodes.push({ kind: 'field', name: name.text });
    at += 1;
    if (peek().type === '[') {
      at += 1;
      const key = peek();
      if (key.type !== 'ident') return fail('a key field in the list selector');
      at += 1;
      if (peek().type !== ':') return fail(`':' after the key field ${key.text}`);
      at += 1;
      const value = peek();
      if (value.type !== 'ident' && value.type !== 'int' && value.type !== '*') return fail('a key value or * in the list selector');
      const keyValue = 'text' in value ? (value.type === 'int' ? Number(value.text) : value.text) : '*';
      at += 1;
      if (peek().type !== ']') return fail("']' after the list selector");
      at += 1;
      nodes.push({ kind: 'list', key: key.text, value: keyValue });
    }
    const next = peek();
    if (next.type === 'eof') return { ok: true, nodes };
    if (next.type !== '.') return fail("'.' or the end");
    at += 1;
    if (peek().type === 'eof') return { ok: false, why: 'a trailing separator' };
  }
};

/** The field names of a parsed location, list selectors dropped (`spec.containers[name:*].image` → spec, containers, image). */
export const locationFields = (nodes: readonly LocationNode[]): string[] => nodes.flatMap((node) => (node.kind === 'field' ? [node.name] : []));
