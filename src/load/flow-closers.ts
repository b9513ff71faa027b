import type { ParsedYaml } from './yaml-source.ts';

/** At most this many closers moved in one file (each costs a parse of the file). */
const MAX_MOVES = 32;

/**
 * YAML's flow collections written the way kubectl reads them and js-yaml does not:
 *
 *   operations: [
 *     CREATE,
 *   ]
 *
 * The YAML spec wants every line of a flow collection indented deeper than its key, and js-yaml
 * stops at the `]` ("deficient indentation"); the Go YAML readers kubectl and kustomize use accept
 * it, so the object deploys. Such a closer is moved to the end of the line before it, which keeps
 * the collection the same and every other character at its offset (the line break moves behind
 * the closer), and the file is parsed again. Only a closer alone on its line, after a line without
 * a comment (the closer would join the comment), is moved; anything else stays a problem.
 */
export const withFlowClosersMoved = (text: string, parsed: ParsedYaml, parse: (text: string) => ParsedYaml): ParsedYaml => {
  let current = text;
  let result = parsed;
  for (let moves = 0; moves < MAX_MOVES; moves++) {
    const problem = result.problems.find((p) => p.message === 'deficient indentation' && (current[p.offset] === ']' || current[p.offset] === '}'));
    if (!problem) return result;
    const moved = moveCloser(current, problem.offset);
    if (moved === undefined) return result;
    const again = parse(moved);
    // Progress only: the problem at this closer is gone.
    if (again.problems.some((p) => p.offset === problem.offset && p.message === problem.message)) return result;
    current = moved;
    result = again;
  }
  return result;
};

/** `prev⏎  ]` → `prev  ]⏎` (CRLF kept as such), when the closer is alone after its indentation. */
const moveCloser = (text: string, at: number): string | undefined => {
  let lineStart = at;
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
  if (lineStart === 0 || text[lineStart - 1] !== '\n') return undefined;
  const breakStart = lineStart >= 2 && text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1;
  const previousStart = text.lastIndexOf('\n', breakStart - 1) + 1;
  if (text.slice(previousStart, breakStart).includes('#')) return undefined;
  const lineBreak = text.slice(breakStart, lineStart);
  return text.slice(0, breakStart) + text.slice(lineStart, at + 1) + lineBreak + text.slice(at + 1);
};
