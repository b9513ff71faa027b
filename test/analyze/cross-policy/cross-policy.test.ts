import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import eg101 from '../../../src/rules/eg101-policy-skips-ephemeral-containers.ts';
import eg103 from '../../../src/rules/eg103-match-misses-ephemeral-subresource.ts';
import { CLOSED_HOLE_SEVERITY } from '../../../src/rules/closed-hole.ts';
import { findingsOf } from '../../helpers/rule-tester.ts';

/**
 * A policy for containers that misses ephemeral containers (A), beside one for ephemeral
 * containers (B): the shape of a library that splits each control per container list.
 */
const policyA = (name: string, check = 'c.securityContext.?privileged.orValue(false) != true', selector = '') => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata: {name: ${name}}
spec:
  matchConstraints:
    resourceRules: [{apiGroups: [""], apiVersions: [v1], operations: [CREATE, UPDATE], resources: [pods]}]
  validations:
    - expression: 'object.spec.containers.all(c, ${check})'
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata: {name: ${name}-deny}
spec:
  policyName: ${name}
  validationActions: [Deny]${selector}
`;

const policyB = (name: string, options: { check?: string; actions?: string; selector?: string } = {}) => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata: {name: ${name}}
spec:
  matchConstraints:
    resourceRules: [{apiGroups: [""], apiVersions: [v1], operations: [UPDATE], resources: [pods/ephemeralcontainers]}]
  validations:
    - expression: 'object.spec.?ephemeralContainers.orValue([]).all(e, ${options.check ?? 'e.securityContext.?privileged.orValue(false) != true'})'
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata: {name: ${name}-binding}
spec:
  policyName: ${name}
  validationActions: [${options.actions ?? 'Deny'}]${options.selector ?? ''}
`;

const SELECTOR = (key: string, values: string) => `
  matchResources:
    namespaceSelector:
      matchExpressions: [{key: ${key}, operator: In, values: [${values}]}]`;

const summary = async (files: Record<string, string>) =>
  (await findingsOf(eg101, files)).map((f) => ({
    at: `${f.location.file}:${f.location.startLine}:${f.location.startColumn}`,
    level: f.level,
    severity: f.securitySeverity,
    closers: f.related.filter((r) => r.note.includes('closes this hole')).map((r) => `${r.location.file}:${r.location.startLine}:${r.location.startColumn}`),
  }));

const OPEN = { at: 'a.yaml:8:20', level: 'error', severity: 8.1, closers: [] };

describe('a hole closed by another policy', () => {
  it('B checks the same boolean field on ephemeral containers, denies the probe, applies everywhere A does: a note, B related at its check', async () => {
    assert.deepEqual(await summary({ 'a.yaml': policyA('a'), 'b.yaml': policyB('b') }), [
      // Line 8 of each: the expression starts at column 20; in b.yaml, its check `e.securityContext…` at 72.
      { at: 'a.yaml:8:20', level: 'note', severity: CLOSED_HOLE_SEVERITY, closers: ['b.yaml:8:72'] },
    ]);
    const eg103Findings = await findingsOf(eg103, { 'a.yaml': policyA('a'), 'b.yaml': policyB('b') });
    assert.deepEqual(eg103Findings.map((f) => [f.location.startLine, f.level]), [[6, 'note']]);
  });

  it('removing B reopens the hole', async () => {
    assert.deepEqual(await summary({ 'a.yaml': policyA('a') }), [OPEN]);
  });

  it('renaming every policy and binding changes nothing', async () => {
    const named = await summary({ 'a.yaml': policyA('a'), 'b.yaml': policyB('b') });
    const renamed = await summary({ 'a.yaml': policyA('zz-containers'), 'b.yaml': policyB('aa-containers') });
    assert.deepEqual(renamed, named);
  });

  it('B in audit or warn mode does not close it', async () => {
    for (const actions of ['Audit', 'Warn', 'Audit, Warn']) {
      assert.deepEqual(await summary({ 'a.yaml': policyA('a'), 'b.yaml': policyB('b', { actions }) }), [OPEN], actions);
    }
  });

  it('B narrower than A (a namespaceSelector A does not have) does not close it; A narrower than B does', async () => {
    assert.deepEqual(await summary({ 'a.yaml': policyA('a'), 'b.yaml': policyB('b', { selector: SELECTOR('tier', 'web') }) }), [OPEN]);
    const narrowA = await summary({ 'a.yaml': policyA('a', undefined, SELECTOR('tier', 'web')), 'b.yaml': policyB('b', { selector: SELECTOR('tier', 'web, batch') }) });
    assert.deepEqual(narrowA.map((f) => f.level), ['note']);
    const otherKey = await summary({ 'a.yaml': policyA('a', undefined, SELECTOR('tier', 'web')), 'b.yaml': policyB('b', { selector: SELECTOR('team', 'web') }) });
    assert.deepEqual(otherKey.map((f) => f.level), ['error']);
  });

  it('B checking a field that is not boolean is not proved as strict: the hole stays', async () => {
    const capabilities = `!c.securityContext.?capabilities.add.orValue([]).exists(x, x != "NET_BIND_SERVICE")`;
    const wider = `e.securityContext.?capabilities.add.orValue([]).all(x, x in ["NET_BIND_SERVICE", "CHOWN"])`;
    assert.deepEqual(
      (await summary({ 'a.yaml': policyA('a', capabilities), 'b.yaml': policyB('b', { check: wider }) })).map((f) => f.level),
      ['error'],
    );
  });

  it('B that checks another field does not close it', async () => {
    assert.deepEqual(await summary({ 'a.yaml': policyA('a'), 'b.yaml': policyB('b', { check: 'e.securityContext.?runAsNonRoot.orValue(false) == true' }) }), [OPEN]);
  });

  it('B that denies every ephemeral container closes any hole in its scope', async () => {
    const capabilities = `!c.securityContext.?capabilities.add.orValue([]).exists(x, x != "NET_BIND_SERVICE")`;
    const blocker = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata: {name: no-debug}
spec:
  matchConstraints:
    resourceRules: [{apiGroups: [""], apiVersions: [v1], operations: [UPDATE], resources: [pods/ephemeralcontainers]}]
  validations:
    - expression: 'object.spec.?ephemeralContainers.orValue([]).size() == 0'
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata: {name: no-debug}
spec: {policyName: no-debug, validationActions: [Deny]}
`;
    const found = await summary({ 'a.yaml': policyA('a', capabilities), 'b.yaml': blocker });
    assert.deepEqual(found.map((f) => [f.level, f.closers]), [['note', ['b.yaml:8:20']]]);
  });
});
