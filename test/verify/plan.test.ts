import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { V1Pod } from '@kubernetes/client-node';
import { chooseTargetPod, planProbes, selectNamespaces } from '../../src/verify/plan.ts';
import { PROBES, strategicMergePatch } from '../../src/verify/probes.ts';

const pod = (name: string, extra: Partial<{ phase: string; mirror: boolean; deleting: boolean; containers: string[] }> = {}): V1Pod => ({
  metadata: {
    name,
    ...(extra.mirror ? { annotations: { 'kubernetes.io/config.mirror': 'x' } } : {}),
    ...(extra.deleting ? { deletionTimestamp: new Date(0) } : {}),
  },
  spec: { containers: (extra.containers ?? ['app']).map((n) => ({ name: n, image: `img/${n}:1` })) },
  status: { phase: extra.phase ?? 'Running' },
});

describe('probe planning', () => {
  it('selects listed namespaces minus the excluded ones, and named ones as given', () => {
    assert.deepEqual(selectNamespaces({ listed: ['b', 'kube-system', 'a', 'a'], exclude: ['kube-system'] }), ['a', 'b']);
    assert.deepEqual(selectNamespaces({ given: ['kube-system', 'b'], exclude: ['kube-system'] }), ['b', 'kube-system']);
  });

  it('targets a running pod that is neither a mirror pod nor being deleted, by name', () => {
    assert.equal(chooseTargetPod([pod('z'), pod('a', { mirror: true }), pod('b', { deleting: true }), pod('c', { phase: 'Pending' }), pod('y')])?.metadata?.name, 'y');
    assert.equal(chooseTargetPod([pod('done', { phase: 'Succeeded' }), pod('wait', { phase: 'Pending' })])?.metadata?.name, 'wait');
    assert.equal(chooseTargetPod([pod('a', { mirror: true })]), undefined);
  });

  it('names each probe container so that it collides with no container of the pod', () => {
    const planned = planProbes(pod('web', { containers: ['app', 'eg-probe-privileged'] }), { disallowedImage: 'bad/x:1' });
    assert.deepEqual(planned.map((p) => p.container.name), PROBES.map((p) => (p.id === 'privileged' ? 'eg-probe-privileged-2' : `eg-probe-${p.id}`)));
    assert.equal(planned[0]!.container.image, 'img/app:1');
    assert.equal(planned.at(-1)!.container.image, 'bad/x:1');
  });

  it('changes exactly one thing per attack probe, in a combination the API accepts', () => {
    for (const probe of PROBES) {
      const context = probe.securityContext;
      assert.ok(!(context.privileged && context.allowPrivilegeEscalation === false), `${probe.id}: privileged with allowPrivilegeEscalation false is invalid`);
      assert.ok(!(context.capabilities?.add?.length && context.allowPrivilegeEscalation === false), `${probe.id}: added capabilities with allowPrivilegeEscalation false is invalid`);
    }
    assert.equal(PROBES.find((p) => p.id === 'run-as-root')!.securityContext.runAsNonRoot, undefined, 'runAsUser 0 without runAsNonRoot');
  });

  it('writes the strategic merge patch without $setElementOrder for a pod without ephemeral containers', () => {
    assert.deepEqual(strategicMergePatch(pod('web'), { name: 'p' }), { spec: { ephemeralContainers: [{ name: 'p' }] } });
  });
});
