/**
 * `*` (any run of characters) and `?` (one character) wildcards, as Kyverno's `wildcard.Match`
 * (namespaces, subjects, groups) and Gatekeeper's prefix/suffix namespace globs read them.
 *
 * Patterns come from the scanned repository, so a pull request controls them: matching must not
 * backtrack. The pattern is split once into its `*`-separated segments; a name matches when the
 * first segment is a prefix, the last a suffix, and the others occur in order between them, each
 * at its leftmost place (taking the leftmost occurrence never loses a match, so nothing is ever
 * retried). Work is bounded by name length × pattern length, whatever the pattern.
 */
export interface Wildcard {
  readonly pattern: string;
  /** Tests a name against the compiled pattern; `steps`, when given, counts character comparisons. */
  readonly matches: (name: string, steps?: { count: number }) => boolean;
}

/** Does `segment` (with `?` matching any one character) occur in `name` at `at`? */
const segmentAt = (segment: string, name: string, at: number, steps: { count: number } | undefined): boolean => {
  for (let i = 0; i < segment.length; i += 1) {
    if (steps) steps.count += 1;
    const want = segment.charCodeAt(i);
    if (want !== QUESTION && want !== name.charCodeAt(at + i)) return false;
  }
  return true;
};

const QUESTION = '?'.charCodeAt(0);

const compiled = new Map<string, Wildcard>();
/** Past this many distinct patterns the cache is dropped: it only saves compiling again. */
const CACHE_LIMIT = 10_000;

/** Compiles a pattern once (cached by text): exact comparison when it has no wildcard. */
export const wildcard = (pattern: string): Wildcard => {
  const cached = compiled.get(pattern);
  if (cached) return cached;
  const made = compile(pattern);
  if (compiled.size >= CACHE_LIMIT) compiled.clear();
  compiled.set(pattern, made);
  return made;
};

const compile = (pattern: string): Wildcard => {
  if (!pattern.includes('*') && !pattern.includes('?')) return { pattern, matches: (name) => name === pattern };
  const segments = pattern.split('*');
  const first = segments[0]!;
  if (segments.length === 1) {
    return { pattern, matches: (name, steps) => name.length === first.length && segmentAt(first, name, 0, steps) };
  }
  const last = segments[segments.length - 1]!;
  const middle = segments.slice(1, -1).filter((segment) => segment !== '');
  const fixed = first.length + last.length;
  return {
    pattern,
    matches: (name, steps) => {
      if (name.length < fixed) return false;
      if (!segmentAt(first, name, 0, steps)) return false;
      const end = name.length - last.length;
      if (!segmentAt(last, name, end, steps)) return false;
      let at = first.length;
      for (const segment of middle) {
        let found = -1;
        for (let start = at; start + segment.length <= end; start += 1) {
          if (segmentAt(segment, name, start, steps)) {
            found = start;
            break;
          }
        }
        if (found < 0) return false;
        at = found + segment.length;
      }
      return true;
    },
  };
};

/** `pattern` matches `name` (compiled once per pattern). */
export const wildcardMatches = (pattern: string, name: string): boolean => wildcard(pattern).matches(name);
