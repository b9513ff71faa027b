/**
 * A finding's message is "what and where: why it matters. How to fix." The text report and the
 * job summary lead with the first part, short enough to read at a glance; the rest follows
 * where there is room for it (text `--verbose`, the summary's cell, SARIF, JSON).
 */

/** A headline longer than this stops at a clause, or is cut at a word with an ellipsis. */
export const HEADLINE_MAX = 160;

/** A clause ending before this is too short to say what the problem is. */
const CLAUSE_MIN = 100;

const OPENERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/** Offsets outside brackets, quotes and code spans where `stop` holds, in order. */
const topLevelStops = (message: string, stop: (index: number) => boolean): number[] => {
  const found: number[] = [];
  const closers: string[] = [];
  let code = false;
  let quoted = false;
  for (let i = 0; i < message.length; i++) {
    const char = message[i]!;
    if (char === '`') code = !code;
    else if (code) continue;
    else if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (OPENERS[char]) closers.push(OPENERS[char]);
    else if (char === closers[closers.length - 1]) closers.pop();
    else if (closers.length === 0 && stop(i)) found.push(i);
  }
  return found;
};

/** The message's first sentence: up to the first period, outside brackets, quotes and code, that a new sentence follows. */
export const firstSentenceOf = (message: string): string => {
  const [sentenceEnd] = topLevelStops(message, (i) => message[i] === '.' && message[i + 1] === ' ' && /[A-Z`0-9(]/.test(message[i + 2] ?? ''));
  return sentenceEnd === undefined ? message : message.slice(0, sentenceEnd + 1);
};

/**
 * What and where, in at most {@link HEADLINE_MAX} characters: the message's first sentence; when
 * that is longer, its last clause (`…: why`) that ends in time, else its words up to the limit
 * and an ellipsis.
 */
export const headlineOf = (message: string): string => {
  const sentence = firstSentenceOf(message);
  if (sentence.length <= HEADLINE_MAX) return sentence;
  const clauses = topLevelStops(sentence, (i) => sentence[i] === ':' && sentence[i + 1] === ' ').filter((end) => end >= CLAUSE_MIN && end < HEADLINE_MAX);
  const clauseEnd = clauses[clauses.length - 1];
  if (clauseEnd !== undefined) return `${sentence.slice(0, clauseEnd)}.`;
  const cut = sentence.lastIndexOf(' ', HEADLINE_MAX - 1);
  return `${sentence.slice(0, cut > CLAUSE_MIN ? cut : HEADLINE_MAX - 1).replace(/[\s,;:(]+$/, '')}…`;
};
