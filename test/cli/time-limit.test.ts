import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { folderWith, runCliIn } from '../helpers/cli.ts';

const POLICY = [
  'apiVersion: kyverno.io/v1',
  'kind: ClusterPolicy',
  'metadata: {name: no-privileged}',
  'spec:',
  '  rules:',
  '  - name: privileged',
  '    match: {any: [{resources: {kinds: [Pod]}}]}',
  '    validate: {pattern: {spec: {containers: [{securityContext: {privileged: false}}]}}}',
  '',
].join('\n');

/** Milliseconds 0 until its `expireAt`-th reading, then far past any limit. */
const clockExpiringAt = (expireAt: number) => {
  let readings = 0;
  return { clock: () => (++readings >= expireAt ? 10_000_000 : 0), readings: () => readings };
};

describe('scan --time-limit through the CLI', () => {
  it('a limit reached inside an engine\'s per-policy loop: exit 2, one error naming the stage and the policy, no findings reported', async () => {
    const cwd = await folderWith({ 'policy.yaml': POLICY }, 'eg-time-');
    const unbounded = clockExpiringAt(Number.POSITIVE_INFINITY);
    const full = await runCliIn(['scan', '--time-limit', '5', '--format', 'json'], cwd, { deps: { clock: unbounded.clock } });
    assert.equal(full.code, 1, 'the policy misses ephemeral containers');
    // Find the reading that is the Kyverno loop's own check: the first whose stop names the policy.
    let stopped: { code: number; stdout: string; stderr: string } | undefined;
    for (let expireAt = 2; expireAt <= unbounded.readings() && !stopped; expireAt++) {
      const run = await runCliIn(['scan', '--time-limit', '5'], cwd, { deps: { clock: clockExpiringAt(expireAt).clock } });
      if (run.stdout.includes('the Kyverno policies from')) stopped = run;
    }
    assert.ok(stopped, 'the Kyverno analysis checks the limit per policy');
    assert.equal(stopped.code, 2);
    assert.equal(
      stopped.stdout,
      "Notices\n  error   The scan's time limit of 5 s ran out while analysing Kyverno policies; not analysed: the Kyverno policies from ClusterPolicy/no-privileged on, and every later stage. No findings are reported. Raise the limit with --time-limit (Action input time-limit), or scan fewer files.\n\nNo findings in 0 files.\n",
    );
    assert.doesNotMatch(stopped.stdout, /EG10\d/, 'no partial findings');
  });
});
