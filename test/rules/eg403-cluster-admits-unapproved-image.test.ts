import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import rule from '../../src/rules/eg403-cluster-admits-unapproved-image.ts';
import { allowed, cell, denied, facts, namespace } from '../verify/facts.ts';

describe('EG403 cluster-admits-unapproved-image', () => {
  it('reports the admitted registry probe with the image it used', () => {
    const [draft, ...rest] = [...rule.judge(facts([namespace('apps', [cell('disallowed-image', allowed), cell('privileged', allowed)])]))];
    assert.deepEqual(rest, []);
    assert.equal(draft!.data.image, 'evil.example/tool:1');
    assert.equal(draft!.namespace, 'apps');
  });

  it('is silent when the image policy denied it', () => {
    assert.deepEqual([...rule.judge(facts([namespace('apps', [cell('disallowed-image', denied)])]))], []);
  });
});
