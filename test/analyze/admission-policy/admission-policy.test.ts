import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadAll } from 'js-yaml';
import { analyzeAdmissionPolicies } from '../../../src/analyze/admission-policy/index.ts';
import { analyzeWebhooks } from '../../../src/analyze/webhooks/index.ts';
import { Workspace, type K8sObject } from '../../../src/model/workspace.ts';
import type { NodeRef } from '../../../src/model/source-ref.ts';

const workspace = (text: string): Workspace =>
  new Workspace(
    (loadAll(text) as Record<string, unknown>[]).map((body, doc) => {
      const metadata = (body['metadata'] ?? {}) as Record<string, unknown>;
      const name = String(metadata['name'] ?? '');
      const apiVersion = String(body['apiVersion']);
      const kind = String(body['kind']);
      return { apiVersion, kind, name, body, ref: { kind, apiVersion, name, at: { file: 'f.yaml', doc, path: [] } } } satisfies K8sObject;
    }),
  );

const VAP = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata: {name: p}
spec:
  matchConstraints:
    resourceRules:
    - {apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["pods", "pods/ephemeralcontainers"]}
  validations:
  - expression: "(object.spec.containers + object.spec.?ephemeralContainers.orValue([])).all(c, c.?securityContext.?privileged.orValue(false) == false)"
`;

const binding = (actions: string) => `---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata: {name: b}
spec:
  policyName: p
  validationActions: ${actions}
`;

describe('analyzeAdmissionPolicies', () => {
  it('a covered VAP with no binding says so in its reasons, enforcement unknown', () => {
    const [fact] = analyzeAdmissionPolicies(workspace(VAP)).coverage;
    assert.equal(fact?.verdict, 'covered');
    assert.equal(fact?.enforces, 'unknown');
    assert.ok(fact?.reasons.some((r) => r.text.startsWith('no ValidatingAdmissionPolicyBinding in scope')));
  });

  it('a binding with Deny enforces and activates the policy', () => {
    const [fact] = analyzeAdmissionPolicies(workspace(VAP + binding('[Deny]'))).coverage;
    assert.equal(fact?.enforces, 'yes');
    assert.deepEqual(fact?.activatedBy?.map((o) => o.name), ['b']);
  });

  it('a binding with only Audit/Warn does not enforce, and says where', () => {
    const [fact] = analyzeAdmissionPolicies(workspace(VAP + binding('[Audit, Warn]'))).coverage;
    assert.equal(fact?.enforces, 'no');
    assert.equal(fact?.verdict, 'covered');
    const note = fact?.reasons.find((r) => /without Deny/.test(r.text));
    assert.deepEqual((note?.at as NodeRef).path, ['spec', 'validationActions']);
  });

  it('a VAP matching only Deployments is EG104 at its resources', () => {
    const text = VAP.replace('apiGroups: [""], apiVersions: ["v1"]', 'apiGroups: ["apps"], apiVersions: ["v1"]').replace('"pods", "pods/ephemeralcontainers"', '"deployments"');
    const [fact] = analyzeAdmissionPolicies(workspace(text)).coverage;
    assert.equal(fact?.verdict, 'not-covered');
    assert.equal(fact?.reasons[0]?.hole, 'controllers-only');
    assert.deepEqual((fact?.controllersOnly?.at as NodeRef).path, ['spec', 'matchConstraints', 'resourceRules', 0, 'resources']);
  });

  it("a matchCondition request.operation == 'CREATE' is EG102", () => {
    const text = `${VAP}  matchConditions:\n  - name: create\n    expression: "request.operation == 'CREATE'"\n`;
    const [fact] = analyzeAdmissionPolicies(workspace(text)).coverage;
    assert.equal(fact?.handlesUpdate, 'no');
    assert.deepEqual(fact?.reasons.flatMap((r) => r.hole ?? []), ['skips-update']);
    assert.deepEqual((fact?.updateEvidence?.at as NodeRef).path, ['spec', 'matchConditions', 0, 'expression']);
  });

  it('a status-only policy (a test assertion) is skipped silently; a malformed spec is EG003', () => {
    assert.deepEqual(analyzeAdmissionPolicies(workspace('apiVersion: policies.kyverno.io/v1alpha1\nkind: ValidatingPolicy\nmetadata: {name: x}\nstatus: {ready: true}\n')), { coverage: [], problems: [] });
    assert.equal(analyzeAdmissionPolicies(workspace('apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicy\nmetadata: {name: x}\nspec: 3\n')).problems[0]?.kind, 'not-analyzable');
  });
});

describe('analyzeWebhooks', () => {
  const hook = (name: string, resources: string, matchConditions = '') => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata: {name: ${name}}
webhooks:
- name: validate.${name}.svc
  rules:
  - {apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ${resources}}
${matchConditions}`;

  it('recognises engines by name and decides unknown logic as unknown when it receives the subresource', () => {
    const [fact] = analyzeWebhooks(workspace(hook('kyverno-resource-validating-webhook-cfg', '["pods", "pods/ephemeralcontainers"]'))).coverage;
    assert.equal(fact?.engine, 'kyverno');
    assert.equal(fact?.verdict, 'unknown');
  });

  it('a webhook matchCondition that drops UPDATE is EG102', () => {
    const [fact] = analyzeWebhooks(workspace(hook('x', '["pods/*"]', "  matchConditions:\n  - name: create\n    expression: \"request.operation == 'CREATE'\"\n"))).coverage;
    assert.equal(fact?.engine, 'webhook');
    assert.deepEqual(fact?.reasons.map((r) => r.hole), ['skips-update']);
  });

  it('never throws on malformed webhooks', () => {
    const facts = analyzeWebhooks(workspace('apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingWebhookConfiguration\nmetadata: {name: x}\nwebhooks: [3, {rules: 4}, {rules: [{resources: "pods"}]}]\n')).coverage;
    assert.deepEqual(facts, []);
  });
});
