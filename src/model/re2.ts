import { RE2JS } from 're2js';

/**
 * A policy's own regular expressions, as its engine runs them. Rego (OPA), Kyverno's JMESPath
 * functions and CEL (cel-go, the Kubernetes regex library) all compile with Go's `regexp`: RE2
 * syntax (no lookaround, no backreferences) and linear-time matching. JavaScript's RegExp
 * backtracks, so a pull request's `(a+)+$` would hang the scan inside one call the time limit
 * cannot interrupt, and would accept patterns the engine rejects. Every policy-supplied pattern
 * goes through here.
 */

/** A pattern Go's `regexp.Compile` rejects (the engine would fail the call). */
export class Re2SyntaxError extends Error {}

/** One match: its span in the input and its groups (undefined for a group that did not take part). */
interface Re2Match {
  readonly start: number;
  readonly end: number;
  readonly groups: readonly (string | undefined)[];
  readonly named: ReadonlyMap<string, number>;
}

const compiled = new Map<string, RE2JS | Re2SyntaxError>();
/** Policies reuse a few patterns; the bound keeps a hostile repository from growing the cache without end. */
const COMPILED_LIMIT = 1024;

/** Compiles once (Go's default Perl-like flags, as `regexp.Compile`); throws Re2SyntaxError. */
export const re2 = (pattern: string): RE2JS => {
  let entry = compiled.get(pattern);
  if (entry === undefined) {
    try {
      entry = RE2JS.compile(pattern);
    } catch (error) {
      entry = new Re2SyntaxError(error instanceof Error ? error.message : String(error));
    }
    if (compiled.size >= COMPILED_LIMIT) compiled.delete(compiled.keys().next().value!);
    compiled.set(pattern, entry);
  }
  if (entry instanceof Re2SyntaxError) throw entry;
  return entry;
};

/** Go's `MatchString`: the pattern matches somewhere in the input. */
export const re2Test = (pattern: string, input: string): boolean => re2(pattern).test(input);

/** Whether Go would compile the pattern (Rego's `regex.is_valid`). */
export const re2Valid = (pattern: string): boolean => {
  try {
    re2(pattern);
    return true;
  } catch (error) {
    if (error instanceof Re2SyntaxError) return false;
    throw error;
  }
};

const widthAt = (input: string, at: number): number => ((input.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);

/**
 * Go's `allMatches` (regexp.go): successive leftmost-first matches, at most `n` (negative: all);
 * an empty match right after the previous match is skipped, and the search always advances.
 */
const allMatches = (pattern: string, input: string, n: number): Re2Match[] => {
  const regex = re2(pattern);
  const matcher = regex.matcher(input);
  const named = new Map<string, number>(Object.entries(regex.namedGroups() as Record<string, number>));
  const out: Re2Match[] = [];
  let position = 0;
  let previousEnd = -1;
  while ((n < 0 || out.length < n) && position <= input.length && matcher.find(position)) {
    const start = matcher.start();
    const end = matcher.end();
    let accept = true;
    if (end === position) {
      accept = start !== previousEnd;
      position = position >= input.length ? input.length + 1 : position + widthAt(input, position);
    } else position = end;
    previousEnd = end;
    if (!accept) continue;
    const groups: (string | undefined)[] = [];
    for (let g = 0; g <= matcher.groupCount(); g++) groups.push(matcher.group(g) ?? undefined);
    out.push({ start, end, groups, named });
  }
  return out;
};

/** Go's `FindString`: the leftmost match, or '' when none. */
export const re2Find = (pattern: string, input: string): string => allMatches(pattern, input, 1)[0]?.groups[0] ?? '';

/** Go's `FindAllString(input, n)`. */
export const re2FindAll = (pattern: string, input: string, n: number): string[] => (n === 0 ? [] : allMatches(pattern, input, n).map((m) => m.groups[0]!));

/** Go's `Split(input, -1)`. */
export const re2Split = (pattern: string, input: string): string[] => {
  if (pattern !== '' && input === '') return [''];
  const out: string[] = [];
  let begin = 0;
  let end = 0;
  for (const match of allMatches(pattern, input, -1)) {
    end = match.start;
    if (match.end !== 0) out.push(input.slice(begin, end));
    begin = match.end;
  }
  if (end !== input.length) out.push(input.slice(begin));
  return out;
};

/** Go's `Regexp.Expand` of a template: `$1`, `${1}`, `$name`, `${name}`, `$$`; an unknown group is empty. */
const expand = (template: string, match: Re2Match): string => {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const char = template[i]!;
    if (char !== '$') {
      out += char;
      continue;
    }
    if (template[i + 1] === '$') {
      out += '$';
      i++;
      continue;
    }
    const braced = template[i + 1] === '{';
    const rest = template.slice(i + (braced ? 2 : 1));
    const name = /^\w+/.exec(rest)?.[0];
    if (name === undefined || (braced && rest[name.length] !== '}')) {
      out += '$'; // Go writes a malformed reference as is.
      continue;
    }
    i += name.length + (braced ? 2 : 0);
    const index = /^\d+$/.test(name) ? Number(name) : match.named.get(name);
    out += index === undefined ? '' : (match.groups[index] ?? '');
  }
  return out;
};

/** Go's `ReplaceAllString`: every match replaced by the expanded template. */
export const re2ReplaceAll = (pattern: string, input: string, template: string): string => {
  let out = '';
  let lastEnd = 0;
  let searchFrom = 0;
  const regex = re2(pattern);
  const matcher = regex.matcher(input);
  const named = new Map<string, number>(Object.entries(regex.namedGroups() as Record<string, number>));
  while (searchFrom <= input.length && matcher.find(searchFrom)) {
    const start = matcher.start();
    const end = matcher.end();
    out += input.slice(lastEnd, start);
    // Not for an empty match right after another match (Go: no double replacement).
    if (end > lastEnd || start === 0) {
      const groups: (string | undefined)[] = [];
      for (let g = 0; g <= matcher.groupCount(); g++) groups.push(matcher.group(g) ?? undefined);
      out += expand(template, { start, end, groups, named });
    }
    lastEnd = end;
    const width = searchFrom < input.length ? widthAt(input, searchFrom) : 1;
    searchFrom = searchFrom + width > end ? searchFrom + width : end;
  }
  return out + input.slice(lastEnd);
};
