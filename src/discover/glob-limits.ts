/**
 * Limits on a glob from the config or the command line (a pull request can edit the config):
 * fast-glob expands braces into one pattern per alternative, so `{a,b}` twenty times is a
 * million patterns, and `{1..100000}` a hundred thousand. Past these limits the glob is refused
 * with a UserError rather than left to exhaust memory.
 */
export const MAX_GLOB_LENGTH = 1000;
export const MAX_BRACE_EXPANSIONS = 256;
export const MAX_GLOBS = 256;

/** Why `glob` is too costly to expand, or undefined. */
export const globCostProblem = (glob: string): string | undefined => {
  const shown = glob.length > 40 ? `${glob.slice(0, 40)}…` : glob;
  if (glob.length > MAX_GLOB_LENGTH) return `glob "${shown}" has ${glob.length} characters, more than ${MAX_GLOB_LENGTH}`;
  const count = braceExpansions(glob);
  if (count > MAX_BRACE_EXPANSIONS) return `glob "${shown}" expands to more than ${MAX_BRACE_EXPANSIONS} patterns through its braces; list fewer alternatives`;
  return undefined;
};

/**
 * How many patterns brace expansion makes (alternatives `{a,b}` add up, sequences multiply,
 * ranges `{1..9}` / `{a..z}` count their members), capped just past the limit so that it never
 * computes the huge number it guards against.
 */
export const braceExpansions = (glob: string): number => {
  const cap = MAX_BRACE_EXPANSIONS + 1;
  let position = 0;
  // sequence := (text | group)*, group := '{' sequence (',' sequence)* '}'
  const sequence = (depth: number): number => {
    let product = 1;
    while (position < glob.length) {
      const char = glob[position]!;
      if (char === '\\') {
        position += 2;
        continue;
      }
      if (char === '}' || (char === ',' && depth > 0)) return product;
      if (char === '{') {
        position++;
        product = Math.min(cap, product * group(depth + 1));
        continue;
      }
      position++;
    }
    return product;
  };
  const group = (depth: number): number => {
    const start = position;
    const close = glob.indexOf('}', start);
    const body = close >= 0 ? glob.slice(start, close) : '';
    const range = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])(?:\.\.(-?\d+))?$/.exec(body);
    if (range) {
      position = close + 1;
      const [from, to] = [range[1]!, range[2]!].map((end) => (/^-?\d+$/.test(end) ? Number(end) : end.charCodeAt(0)));
      const step = Math.max(1, Math.abs(Number(range[3] ?? 1)));
      return Math.min(cap, Math.floor(Math.abs(to! - from!) / step) + 1);
    }
    let sum = 0;
    for (;;) {
      sum = Math.min(cap, sum + sequence(depth));
      if (position >= glob.length) return sum;
      const char = glob[position]!;
      position++;
      if (char === '}') return sum;
    }
  };
  return sequence(0);
};
