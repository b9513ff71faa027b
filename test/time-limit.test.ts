import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { memoryFileSystem } from '../src/discover/memory-file-system.ts';
import { scan } from '../src/scan.ts';
import { parseTimeLimit } from '../src/model/time-limit.ts';

/** The vulnerable examples of the engines whose stages have per-policy loops. */
const tree: Record<string, string> = {};
for (const folder of ['kyverno/vulnerable', 'gatekeeper/vulnerable', 'admission-policy/vulnerable', 'rbac/vulnerable']) {
  const dir = join('examples', folder);
  for (const name of readdirSync(dir)) if (/\.ya?ml$/.test(name)) tree[`${folder}/${name}`] = readFileSync(join(dir, name), 'utf8');
}

/** A clock at 0 that jumps past the 1 s limit on its `expireAt`-th reading (the first is the scan's start). */
const jumpingClock = (expireAt: number) => {
  let readings = 0;
  const clock = () => (++readings >= expireAt ? 1000 : 0);
  return Object.assign(clock, { readings: () => readings });
};

describe('the whole scan has a time limit', () => {
  it('stops at every check with one error naming the stage and what was not analysed, never a throw', async () => {
    const unbounded = jumpingClock(Number.POSITIVE_INFINITY);
    const full = await scan({ root: '/repo', timeLimitSeconds: 1 }, { fs: memoryFileSystem(tree), clock: unbounded });
    assert.deepEqual(full.notifications.filter((notice) => notice.level === 'error'), []);
    assert.ok(full.findings.length > 0);
    const checks = unbounded.readings();
    const stages = new Set<string>();
    for (let expireAt = 2; expireAt <= checks; expireAt++) {
      const result = await scan({ root: '/repo', timeLimitSeconds: 1 }, { fs: memoryFileSystem(tree), clock: jumpingClock(expireAt) });
      assert.equal(result.notifications.length, 1, `reading ${expireAt}`);
      const [notice] = result.notifications;
      assert.equal(notice!.level, 'error');
      const match = /^The scan's time limit of 1 s ran out while (.+?); not analysed: (.+?)\. No findings are reported\./.exec(notice!.message);
      assert.ok(match, notice!.message);
      stages.add(match[1]!);
      assert.deepEqual(result.findings, []);
      assert.deepEqual(result.coverage, []);
    }
    for (const stage of ['rendering', 'reading the files', 'analysing Kyverno policies', 'analysing Gatekeeper constraints', 'reading RBAC', "evaluating the policies' code", 'running the rules']) {
      assert.ok(stages.has(stage), `${stage} in ${[...stages].join(', ')}`);
    }
    // One reading later than the last check: the scan finishes as if unbounded.
    const finished = await scan({ root: '/repo', timeLimitSeconds: 1 }, { fs: memoryFileSystem(tree), clock: jumpingClock(checks + 1) });
    assert.equal(finished.findings.length, full.findings.length);
  });

  it('a clock that runs out when analysis starts stops at the first check after reading', async () => {
    // Past the limit from the analyze progress on: every earlier check passes.
    let evaluating = false;
    const result = await scan(
      { root: '/repo', timeLimitSeconds: 1, include: ['kyverno/**'] },
      { fs: memoryFileSystem(tree), clock: () => (evaluating ? 1000 : 0), onProgress: (progress) => void (evaluating = progress.stage === 'analyze') },
    );
    assert.equal(result.notifications.length, 1);
    assert.match(result.notifications[0]!.message, /ran out while reading the rendered documents; not analysed: the policies, RBAC, the probes and the rules\./);
  });

  it('takes whole seconds from 1 to a day from the workflow, anything else is a usage error', () => {
    assert.equal(parseTimeLimit(' 30 ', '--time-limit'), 30);
    assert.equal(parseTimeLimit('86400', '--time-limit'), 86_400);
    for (const bad of ['0', '-1', '1.5', '86401', '1e3', '', 'x']) assert.throws(() => parseTimeLimit(bad, '--time-limit'), /^UserError: --time-limit must be a whole number of seconds from 1 to 86400\.$/);
  });
});
