/**
 * Rego's `glob.match(pattern, delimiters, name)`: `*` any run without a delimiter, `**` any run,
 * `?` one character that is not a delimiter, `{a,b}` one of the literal alternatives, `[a-z]` /
 * `[!a-z]` a character class. Patterns come from the scanned repository, so matching must not
 * backtrack: the name is read once, left to right, carrying the set of pattern positions it can
 * be at (work bounded by name length × pattern length).
 */
type GlobToken =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'one' }
  | { readonly kind: 'star'; readonly crossesDelimiters: boolean }
  | { readonly kind: 'either'; readonly options: readonly string[] }
  | { readonly kind: 'class'; readonly negated: boolean; readonly ranges: readonly (readonly [string, string])[] };

/** A pattern the glob syntax cannot read (an unclosed `{` or `[`). */
export class GlobSyntaxError extends Error {}

const tokensOf = (pattern: string): GlobToken[] => {
  const tokens: GlobToken[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      const double = pattern[i + 1] === '*';
      if (double) i++;
      tokens.push({ kind: 'star', crossesDelimiters: double });
    } else if (c === '?') tokens.push({ kind: 'one' });
    else if (c === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) throw new GlobSyntaxError('unclosed {');
      tokens.push({ kind: 'either', options: pattern.slice(i + 1, end).split(',') });
      i = end;
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) throw new GlobSyntaxError('unclosed [');
      let body = pattern.slice(i + 1, end);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      const ranges: (readonly [string, string])[] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          ranges.push([body[k]!, body[k + 2]!]);
          k += 2;
        } else ranges.push([body[k]!, body[k]!]);
      }
      tokens.push({ kind: 'class', negated, ranges });
      i = end;
    } else tokens.push({ kind: 'char', char: c });
  }
  return tokens;
};

/** Does `name` match `pattern`? `delimiters` empty means `.`, as the builtin reads it. */
export const globMatches = (pattern: string, delimiters: readonly string[], name: string): boolean => {
  const tokens = tokensOf(pattern);
  const delims = new Set(delimiters.length === 0 ? ['.'] : delimiters.flatMap((d) => [...d]));
  const end = tokens.length;
  // at.get(i): pattern positions reachable having read i characters of the name.
  const at = new Map<number, Set<number>>([[0, new Set([0])]]);
  const add = (i: number, j: number): void => {
    let set = at.get(i);
    if (!set) at.set(i, (set = new Set()));
    set.add(j);
  };
  for (let i = 0; i <= name.length; i++) {
    const here = at.get(i);
    if (!here) continue;
    at.delete(i);
    const char = name[i];
    // Stars match the empty run: their successors are reachable at the same place (sets grow as we iterate).
    for (const j of here) {
      if (j === end) {
        if (i === name.length) return true;
        continue;
      }
      const token = tokens[j]!;
      if (token.kind === 'star') {
        here.add(j + 1);
        if (char !== undefined && (token.crossesDelimiters || !delims.has(char))) add(i + 1, j);
      } else if (token.kind === 'either') {
        for (const option of token.options) {
          if (!name.startsWith(option, i)) continue;
          if (option.length === 0) here.add(j + 1);
          else add(i + option.length, j + 1);
        }
      } else if (char !== undefined) {
        const matches =
          token.kind === 'char' ? char === token.char
          : token.kind === 'one' ? !delims.has(char)
          : token.ranges.some(([low, high]) => char >= low && char <= high) !== token.negated;
        if (matches) add(i + 1, j + 1);
      }
    }
  }
  return false;
};
