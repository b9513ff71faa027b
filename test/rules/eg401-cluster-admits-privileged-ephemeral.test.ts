import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import rule from '../../src/rules/eg401-cluster-admits-privileged-ephemeral.ts';
import { allowed, cell, denied, facts, namespace, rbac } from '../verify/facts.ts';

describe('EG401 cluster-admits-privileged-ephemeral', () => {
  it('reports a namespace that admitted the privileged probe, with the writes that got through', () => {
    const drafts = [...rule.judge(facts([namespace('apps', [cell('privileged', rbac, allowed)]), namespace('prod', [cell('privileged', denied)])]))];
    assert.equal(drafts.length, 1);
    assert.equal(drafts[0]!.namespace, 'apps');
    assert.equal(drafts[0]!.messageId, 'admitted');
    assert.equal(drafts[0]!.data.how, 'a dry-run PUT of pods/web/ephemeralcontainers');
  });

  it('says "real" when the probe was really added (--no-dry-run)', () => {
    const [draft] = [...rule.judge(facts([namespace('apps', [cell('privileged', allowed)], 'ephemeral-guard-probe-abc123')], false))];
    assert.equal(draft!.data.how, 'a real PATCH and PUT of pods/ephemeral-guard-probe-abc123/ephemeralcontainers');
  });

  it('ignores other probes, denials and RBAC refusals', () => {
    assert.deepEqual([...rule.judge(facts([namespace('apps', [cell('privileged', denied), cell('privileged', rbac), cell('run-as-root', allowed)])]))], []);
  });
});
