import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import rule from '../../src/rules/eg404-probe-not-verifiable.ts';
import { allowed, cell, denied, facts, namespace, rbac, timeout } from '../verify/facts.ts';

describe('EG404 probe-not-verifiable', () => {
  it('groups unjudged probes of a namespace by reason', () => {
    const drafts = [...rule.judge(facts([namespace('apps', [cell('privileged', timeout), cell('run-as-root', timeout), cell('capability-sys-admin', denied)])]))];
    assert.equal(drafts.length, 1);
    assert.equal(drafts[0]!.messageId, 'unjudged');
    assert.deepEqual(drafts[0]!.data, { namespace: 'apps', cause: 'timeout', probes: 'probes privileged, run-as-root', reason: 'no answer before the timeout (--timeout)' });
  });

  it('reports a skipped namespace once, with its reason', () => {
    const drafts = [...rule.judge(facts([{ namespace: 'empty', skipped: { cause: 'no-target-pod', message: 'namespace empty has no pod.' }, cells: [] }]))];
    assert.deepEqual(drafts, [{ messageId: 'skipped', data: { namespace: 'empty', cause: 'no-target-pod', reason: 'namespace empty has no pod.' }, namespace: 'empty' }]);
  });

  it('is silent when a cell was judged by one method even if the other timed out, and for RBAC refusals', () => {
    assert.deepEqual([...rule.judge(facts([namespace('apps', [cell('privileged', denied, timeout), cell('run-as-root', allowed, timeout), cell('capability-sys-admin', rbac)])]))], []);
  });
});
