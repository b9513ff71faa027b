import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import rule from '../../src/rules/eg402-cluster-admits-escalating-ephemeral.ts';
import { allowed, cell, denied, facts, namespace } from '../verify/facts.ts';

describe('EG402 cluster-admits-escalating-ephemeral', () => {
  it('reports each admitted escalation probe with its own message', () => {
    const drafts = [
      ...rule.judge(
        facts([
          namespace('apps', [cell('privileged', allowed), cell('allow-privilege-escalation', allowed), cell('capability-sys-admin', denied), cell('run-as-root', allowed), cell('disallowed-image', allowed)]),
        ]),
      ),
    ];
    assert.deepEqual(drafts.map((draft) => `${draft.namespace} ${draft.messageId}`), ['apps allow-privilege-escalation', 'apps run-as-root']);
    assert.ok(Object.keys(rule.meta.messages).every((id) => rule.meta.messages[id as keyof typeof rule.meta.messages].includes('{{how}}')));
  });

  it('is silent when every escalation probe is denied', () => {
    assert.deepEqual([...rule.judge(facts([namespace('apps', [cell('allow-privilege-escalation', denied), cell('capability-sys-admin', denied), cell('run-as-root', denied)])]))], []);
  });
});
