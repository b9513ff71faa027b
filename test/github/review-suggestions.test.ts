import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ProvedFix } from '../../src/fix/fix.ts';
import { addedLinesOf, markedKey, planSuggestions } from '../../src/github/review-suggestions.ts';
import type { LineMap } from '../../src/github/head-lines.ts';
import { finding } from './helpers/findings.ts';

const same = (_file: string, line: number): number => line;
const fixAt = (file: string, line: number, edits: ProvedFix['edits']): ProvedFix => ({ finding: finding('error', file, line, { ruleId: 'EG103', ruleName: 'subresource-not-matched' }), file, description: 'Add pods/ephemeralcontainers to resources', edits });
const plan = (text: string, fixes: ProvedFix[], added: number[], toHead: LineMap = same) =>
  planSuggestions({ proved: fixes, textOf: () => text, toHead, addedLines: new Map([['p.yaml', new Set(added)]]), category: 'cat/x' });
/** The suggested lines of a comment body. */
const suggested = (body: string): string => /\n(`{3,})suggestion\n([^]*)\n\1\n$/.exec(body)![2]!;

const TEXT = ['a: 1', 'resources:', '- pods', 'b: 2', ''].join('\n');
const afterPods = TEXT.indexOf('b: 2');

describe('addedLinesOf', () => {
  it('counts head lines through context and removed lines, keeping only added ones', () => {
    assert.deepEqual([...addedLinesOf('@@ -3,4 +3,5 @@ ctx\n a\n-b\n+c\n+d\n e\n\\ No newline at end of file\n@@ -20,0 +21,1 @@\n+z')], [4, 5, 21]);
  });
});

describe('planSuggestions', () => {
  it('an insertion at a line start replaces the line before it with itself and the new line', () => {
    const { suggestions } = plan(TEXT, [fixAt('p.yaml', 3, [{ start: afterPods, end: afterPods, text: '- pods/ephemeralcontainers\n' }])], [1, 2, 3, 4]);
    assert.deepEqual(suggestions.map((s) => [s.path, s.startLine, s.line]), [['p.yaml', undefined, 3]]);
    assert.equal(suggested(suggestions[0]!.body), '- pods\n- pods/ephemeralcontainers');
    assert.equal(markedKey(suggestions[0]!.body, 'cat/x'), suggestions[0]!.key);
    assert.equal(markedKey(suggestions[0]!.body, 'other'), undefined, 'the marker names the category');
    const twice = `${TEXT}${TEXT}`;
    const second = TEXT.length + afterPods;
    const same = plan(twice, [fixAt('p.yaml', 3, [{ start: afterPods, end: afterPods, text: '- pods/ephemeralcontainers\n' }]), fixAt('p.yaml', 7, [{ start: second, end: second, text: '- pods/ephemeralcontainers\n' }])], [3, 7]).suggestions;
    assert.deepEqual(same.map((s) => s.line), [3, 7]);
    assert.notEqual(same[0]!.key, same[1]!.key, 'the same change on two lines is two suggestions');
  });

  it('an edit across lines is a multi-line suggestion (start_line..line); fixes on overlapping lines share one', () => {
    const start = TEXT.indexOf('resources');
    const pods = TEXT.indexOf('- pods');
    const across = fixAt('p.yaml', 2, [{ start, end: afterPods - 1, text: 'resources: [pods]' }]);
    const below = fixAt('p.yaml', 4, [{ start: afterPods, end: afterPods + 4, text: 'b: 3' }]);
    const separate = plan(TEXT, [across, below], [2, 3, 4]).suggestions;
    assert.deepEqual(separate.map((s) => [s.startLine, s.line, suggested(s.body)]), [[2, 3, 'resources: [pods]'], [undefined, 4, 'b: 3']]);
    const dash = fixAt('p.yaml', 2, [{ start, end: pods + 1, text: 'list:\n+' }]);
    const word = fixAt('p.yaml', 3, [{ start: pods + 2, end: pods + 6, text: 'PODS' }]);
    const shared = plan(TEXT, [dash, word], [2, 3]).suggestions;
    assert.deepEqual(shared.map((s) => [s.startLine, s.line, suggested(s.body)]), [[2, 3, 'list:\n+ PODS']]);
    assert.equal(shared[0]!.body.match(/\*\*EG103 /g)!.length, 2, 'both findings named');
  });

  it('only on lines the pull request adds, mapped to the head, in LF files; a fence outlasts the file\'s backticks', () => {
    const fix = fixAt('p.yaml', 3, [{ start: afterPods, end: afterPods, text: '- pods/ephemeralcontainers\n' }]);
    assert.equal(plan(TEXT, [fix], [1, 2]).notOnChangedLines, 1);
    assert.equal(plan(TEXT, [fix], [3], () => undefined).notOnChangedLines, 1, 'no place on the head');
    const moved = plan(TEXT, [fix], [13], (_f, line) => line + 10);
    assert.deepEqual(moved.suggestions.map((s) => s.line), [13]);
    assert.equal(plan(TEXT.replace(/\n/g, '\r\n'), [fix], [3]).lineEndings, 1);
    const ticks = 'x: 1\n- "````"\n';
    const tickFix = fixAt('p.yaml', 2, [{ start: ticks.length, end: ticks.length, text: '- y\n' }]);
    assert.match(plan(ticks, [tickFix], [2]).suggestions[0]!.body, /\n`````suggestion\n- "````"\n- y\n`````\n$/);
  });
});
