/**
 * A unified diff of one file (`--fix-dry-run`), as `git apply` and `patch -p1` read it. Fixes only
 * insert or change a few lines, so each run of changed lines is found by walking both texts
 * with a small look-ahead rather than a full LCS (a long rewrite falls back to one hunk).
 */
export const unifiedDiff = (file: string, before: string, after: string, context = 3): string => {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops: { kind: ' ' | '-' | '+'; line: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i++]! });
      j++;
      continue;
    }
    // Lines inserted in `after` before a[i]?
    const inserted = i < a.length ? b.indexOf(a[i]!, j) : -1;
    if (inserted > j && inserted - j <= 50) {
      while (j < inserted) ops.push({ kind: '+', line: b[j++]! });
      continue;
    }
    if (i < a.length) ops.push({ kind: '-', line: a[i++]! });
    if (j < b.length && (i >= a.length || a[i] !== b[j])) ops.push({ kind: '+', line: b[j++]! });
  }
  const hunks: string[] = [];
  let k = 0;
  while (k < ops.length) {
    if (ops[k]!.kind === ' ') {
      k++;
      continue;
    }
    const start = Math.max(0, k - context);
    let end = k;
    // Extend while the next change is within 2 × context unchanged lines.
    for (;;) {
      while (end < ops.length && ops[end]!.kind !== ' ') end++;
      let next = end;
      while (next < ops.length && ops[next]!.kind === ' ') next++;
      if (next < ops.length && next - end <= 2 * context) end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + context);
    const slice = ops.slice(start, stop);
    const oldStart = ops.slice(0, start).filter((op) => op.kind !== '+').length + 1;
    const newStart = ops.slice(0, start).filter((op) => op.kind !== '-').length + 1;
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    hunks.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@\n${slice.map((op) => `${op.kind}${op.line}\n`).join('')}`);
    k = stop;
  }
  return `--- a/${file}\n+++ b/${file}\n${hunks.join('')}`;
};

/** Lines with their `\r` kept (a CRLF file's diff stays CRLF inside each line). */
const splitLines = (text: string): string[] => {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
};
