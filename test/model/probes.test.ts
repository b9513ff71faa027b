import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HARDENED_SECURITY_CONTEXT, PROBE_VARIANTS, probeContainerOf, probeRequests, probeVariant } from '../../src/model/probes.ts';

const changedKeys = (a: Record<string, unknown>, b: Record<string, unknown>): string[] =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])).sort();

describe('probe variants', () => {
  const control = probeContainerOf(probeVariant('hardened-control'), 'container');

  it('has unique ids and the control first', () => {
    assert.equal(PROBE_VARIANTS[0]!.id, 'hardened-control');
    assert.equal(new Set(PROBE_VARIANTS.map((v) => v.id)).size, PROBE_VARIANTS.length);
    assert.deepEqual(control['securityContext'], HARDENED_SECURITY_CONTEXT);
  });

  it('changes one thing per variant, in a combination the API accepts', () => {
    for (const variant of PROBE_VARIANTS.slice(1)) {
      const container = probeContainerOf(variant, 'container');
      const outer = changedKeys(control, container);
      const inner = changedKeys(control['securityContext'] as Record<string, unknown>, container['securityContext'] as Record<string, unknown>);
      const context = container['securityContext'] as Record<string, unknown>;
      assert.ok(!(context['privileged'] && context['allowPrivilegeEscalation'] === false), variant.id);
      assert.ok(!((context['capabilities'] as { add?: unknown[] } | undefined)?.add?.length && context['allowPrivilegeEscalation'] === false), variant.id);
      // privileged and SYS_ADMIN have to drop allowPrivilegeEscalation: false with them.
      const expectedInner = { privileged: 2, 'capability-sys-admin': 2, 'run-as-root': 2 }[variant.id as string] ?? (outer.includes('securityContext') ? 1 : 0);
      assert.equal(inner.length, expectedInner, `${variant.id}: ${inner.join(', ')}`);
      assert.equal(outer.filter((key) => key !== 'securityContext').length + (inner.length > 0 ? 1 : 0), 1, `${variant.id}: ${outer.join(', ')}`);
    }
  });

  it('sends the host path mount to a hostPath volume the pod already has, in both forms', () => {
    const [create, update] = probeRequests(probeVariant('host-path-mount'));
    for (const pod of [create.request['object'], update.request['oldObject'], update.request['object']] as { spec: { volumes: unknown } }[]) {
      assert.deepEqual(pod.spec.volumes, [{ name: 'host-root', hostPath: { path: '/' } }]);
    }
    assert.deepEqual(probeContainerOf(probeVariant('host-path-mount'), 'ephemeral')['volumeMounts'], [{ name: 'host-root', mountPath: '/host' }]);
  });
});

describe('probe requests', () => {
  it('sends the container on CREATE and as an ephemeral container on UPDATE of the subresource', () => {
    const [create, update] = probeRequests(probeVariant('privileged'));
    assert.equal(create.request['operation'], 'CREATE');
    assert.equal(create.request['subResource'], undefined);
    assert.equal(create.request['oldObject'], null);
    const created = create.request['object'] as { spec: { containers: { name: string }[]; ephemeralContainers?: unknown } };
    assert.deepEqual(created.spec.containers.map((c) => c.name), ['debugger']);
    assert.equal(created.spec.ephemeralContainers, undefined);

    assert.equal(update.request['operation'], 'UPDATE');
    assert.equal(update.request['subResource'], 'ephemeralcontainers');
    assert.deepEqual(update.request['resource'], { group: '', version: 'v1', resource: 'pods' });
    const before = update.request['oldObject'] as { spec: Record<string, unknown> };
    const after = update.request['object'] as { spec: Record<string, unknown> };
    assert.deepEqual(changedKeys(before.spec, after.spec), ['ephemeralContainers']);
    const ephemeral = (after.spec['ephemeralContainers'] as Record<string, unknown>[])[0]!;
    assert.deepEqual(ephemeral['resources'], {});
    assert.deepEqual(ephemeral['securityContext'], (created.spec.containers[0] as Record<string, unknown>)['securityContext']);
    assert.deepEqual((update.request['userInfo'] as { groups: string[] }).groups, ['developers', 'system:authenticated']);
  });
});
