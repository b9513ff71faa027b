import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyResponse, describeDenier } from '../../src/verify/admission-message.ts';

const statusBody = (code: number, reason: string, message: string) => JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', code, reason, message });

describe('classifyResponse: what one dry-run write proved', () => {
  it('2xx is admitted', () => {
    assert.deepEqual(classifyResponse('PATCH', 200, undefined), { method: 'PATCH', state: 'allowed', status: 200 });
  });

  it('names Pod Security and its level', () => {
    const attempt = classifyResponse('PATCH', 403, statusBody(403, 'Forbidden', 'pods "web" is forbidden: violates PodSecurity "restricted:v1.30": privileged (container "x" must not set securityContext.privileged=true)'));
    assert.equal(attempt.state, 'denied');
    assert.deepEqual(attempt.state === 'denied' && attempt.by, { mechanism: 'PodSecurity', name: 'restricted:v1.30' });
  });

  it('names a webhook and the Gatekeeper constraint, whatever code the webhook chose', () => {
    const attempt = classifyResponse('PUT', 400, statusBody(400, 'BadRequest', 'admission webhook "validation.gatekeeper.sh" denied the request: [psp-privileged-container] Privileged container is not allowed: x'));
    assert.deepEqual(attempt.state === 'denied' && attempt.by, { mechanism: 'webhook', name: 'validation.gatekeeper.sh', policy: 'psp-privileged-container' });
    assert.equal(attempt.state === 'denied' && describeDenier(attempt.by), 'webhook "validation.gatekeeper.sh" (psp-privileged-container)');
  });

  it('names the Kyverno policy and rule', () => {
    const message =
      'admission webhook "validate.kyverno.svc-fail" denied the request: \n\nresource Pod/apps/web was blocked due to the following policies \n\ndisallow-privileged-containers:\n  privileged-containers: \'validation error: Privileged mode is disallowed.\'\n';
    const attempt = classifyResponse('PATCH', 400, statusBody(400, 'BadRequest', message));
    assert.deepEqual(attempt.state === 'denied' && attempt.by, { mechanism: 'webhook', name: 'validate.kyverno.svc-fail', policy: 'disallow-privileged-containers/privileged-containers' });
  });

  it('names a ValidatingAdmissionPolicy and its binding (422 Invalid by default)', () => {
    const attempt = classifyResponse('PATCH', 422, statusBody(422, 'Invalid', "pods \"web\" is forbidden: ValidatingAdmissionPolicy 'no-privileged' with binding 'no-privileged-all' denied request: privileged is not allowed"));
    assert.deepEqual(attempt.state === 'denied' && attempt.by, { mechanism: 'ValidatingAdmissionPolicy', name: 'no-privileged', policy: 'no-privileged-all' });
  });

  it('tells an RBAC refusal from an admission denial', () => {
    const attempt = classifyResponse('PATCH', 403, statusBody(403, 'Forbidden', 'pods "web" is forbidden: User "ci" cannot patch resource "pods/ephemeralcontainers" in API group "" in the namespace "apps"'));
    assert.equal(attempt.state, 'rbac-forbidden');
  });

  it('an unnamed 403 is an admission denial by an unknown plugin', () => {
    const attempt = classifyResponse('PATCH', 403, statusBody(403, 'Forbidden', 'pods "web" is forbidden: no debugging on Fridays'));
    assert.deepEqual(attempt.state === 'denied' && attempt.by, { mechanism: 'admission', name: 'Forbidden' });
  });

  it('a webhook without dry-run support makes the probe not verifiable', () => {
    const attempt = classifyResponse('PATCH', 400, statusBody(400, 'BadRequest', 'admission webhook "audit.example.com" does not support dry run'));
    assert.equal(attempt.state === 'not-verifiable' && attempt.cause, 'dry-run-unsupported-webhook');
  });

  it('classifies failures that prove nothing', () => {
    const cause = (status: number, body: unknown) => {
      const attempt = classifyResponse('PATCH', status, body);
      return attempt.state === 'not-verifiable' ? attempt.cause : attempt.state;
    };
    assert.equal(cause(500, statusBody(500, 'InternalError', 'Internal error occurred: failed calling webhook "v.example.com": connection refused')), 'webhook-failed');
    assert.equal(cause(422, statusBody(422, 'Invalid', 'Pod "web" is invalid: spec.ephemeralContainers[0].name: Duplicate value: "x"')), 'rejected-by-validation');
    assert.equal(cause(404, statusBody(404, 'NotFound', 'pods "web" not found')), 'not-found');
    assert.equal(cause(409, statusBody(409, 'Conflict', 'the object has been modified')), 'conflict');
    assert.equal(cause(504, statusBody(504, 'Timeout', 'request timed out')), 'timeout');
    assert.equal(cause(502, '<html>Bad Gateway</html>'), 'server-error');
    assert.equal(cause(400, statusBody(400, 'BadRequest', 'feature EphemeralContainers disabled')), 'unexpected-response');
  });
});
