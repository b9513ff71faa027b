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
      const namespace = typeof metadata['namespace'] === 'string' ? { namespace: metadata['namespace'] } : {};
      return { apiVersion, kind, name, ...namespace, body, ref: { kind, apiVersion, name, ...namespace, at: { file: 'f.yaml', doc, path: [] } } } satisfies K8sObject;
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

const MUTATING = (kind: string, apiVersion: string, mutation: string) => `apiVersion: ${apiVersion}
kind: ${kind}
metadata: {name: m}
spec:
  matchConstraints:
    resourceRules:
    - {apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["pods"]}
  mutations:
  - patchType: ApplyConfiguration
    applyConfiguration:
      expression: ${JSON.stringify(mutation)}
`;

describe('analyzeAdmissionPolicies', () => {
  it('a Kyverno MutatingPolicy is read like a MutatingAdmissionPolicy that Kyverno binds itself: a mutation of containers is unknown at the write', () => {
    const mutation = 'Object{spec: Object.spec{containers: object.spec.containers.map(c, Object.spec.containers{name: c.name, securityContext: Object.spec.containers.securityContext{privileged: false}})}}';
    for (const version of ['v1alpha1', 'v1beta1', 'v1']) {
      const { coverage, problems } = analyzeAdmissionPolicies(workspace(MUTATING('MutatingPolicy', `policies.kyverno.io/${version}`, mutation)));
      assert.equal(coverage.length, 1, version);
      const [fact] = coverage;
      assert.equal(fact?.engine, 'kyverno-cel');
      assert.equal(fact?.enforces, 'no');
      assert.equal(fact?.verdict, 'unknown');
      const at = problems[0]?.at as NodeRef;
      assert.deepEqual(at.path, ['spec', 'mutations', 0, 'applyConfiguration', 'expression']);
      assert.equal(mutation.slice(at.span?.start, at.span?.end), 'containers: object.spec.containers.map(c, Object.spec.containers{name: c.name, securityContext: Object.spec.containers.securityContext{privileged: false}})');
      assert.equal(problems[0]!.message, 'MutatingPolicy m: mutation: it changes spec.containers; mutations of containers are not analysed yet');
      assert.equal(problems[0]!.kind, 'not-analyzable');
      assert.equal(problems[0]!.fix, 'review');
    }
    // Its MAP twin gets the same reading.
    const map = analyzeAdmissionPolicies(workspace(MUTATING('MutatingAdmissionPolicy', 'admissionregistration.k8s.io/v1beta1', mutation))).coverage[0];
    assert.equal(map?.verdict, 'unknown');
    assert.equal(map?.engine, 'mutating-admission-policy');
    // Another group's MutatingPolicy is not Kyverno's.
    assert.equal(analyzeAdmissionPolicies(workspace(MUTATING('MutatingPolicy', 'example.com/v1', mutation))).coverage.length, 0);
  });

  it('a mutation that changes no container field cannot change an ephemeral container: not-applicable, no EG003', () => {
    for (const mutation of [
      'Object{metadata: Object.metadata{annotations: {"cluster-autoscaler.kubernetes.io/safe-to-evict": "true"}}}',
      'Object{spec: Object.spec{securityContext: Object.spec.securityContext{runAsNonRoot: true}}}',
    ]) {
      const { coverage, problems } = analyzeAdmissionPolicies(workspace(MUTATING('MutatingPolicy', 'policies.kyverno.io/v1', mutation)));
      assert.equal(coverage[0]?.verdict, 'not-applicable', mutation);
      assert.match(coverage[0]!.reasons.map((r) => r.text).join('; '), /its mutations change only (metadata\.annotations|spec\.securityContext\.runAsNonRoot)/);
      assert.deepEqual(problems, []);
    }
    // Removing the write's distance from the containers flips it.
    const flipped = analyzeAdmissionPolicies(workspace(MUTATING('MutatingPolicy', 'policies.kyverno.io/v1', 'Object{spec: Object.spec{ephemeralContainers: []}}')));
    assert.equal(flipped.coverage[0]?.verdict, 'unknown');
    // Matching only pod controllers, even a container mutation never reaches an ephemeral container.
    const controllers = MUTATING('MutatingPolicy', 'policies.kyverno.io/v1', 'Object{spec: Object.spec{template: object.spec.template}}').replace('{apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["pods"]}', '{apiGroups: ["apps"], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["deployments"]}');
    const onlyControllers = analyzeAdmissionPolicies(workspace(controllers));
    assert.equal(onlyControllers.coverage[0]?.verdict, 'not-applicable');
    assert.deepEqual(onlyControllers.problems, []);
  });

  it("Kyverno's namespaced CEL kinds are their cluster kinds applied in their own namespace; naming none, where is unknown, never everywhere", () => {
    const cluster = VAP.replace('admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicy', 'policies.kyverno.io/v1\nkind: ValidatingPolicy').replace('spec:\n', 'spec:\n  validationActions: [Deny]\n');
    const leaves = (kind: string, metadata: string) => {
      const [fact] = analyzeAdmissionPolicies(workspace(cluster.replace('kind: ValidatingPolicy', `kind: ${kind}`).replace('metadata: {name: p}', metadata))).coverage;
      assert.equal(fact?.verdict, 'covered', kind);
      assert.equal(fact?.engine, 'kyverno-cel');
      const where = fact!.scope!.where;
      return where.kind === 'all' ? where.of.filter((part) => part.kind === 'own-namespace' || part.kind === 'unknown').map((part) => (part.kind === 'own-namespace' ? `own ${part.namespace}` : part.why)) : [];
    };
    assert.deepEqual(leaves('NamespacedValidatingPolicy', 'metadata: {name: p, namespace: shop}'), ['own shop']);
    assert.deepEqual(leaves('NamespacedValidatingPolicy', 'metadata: {name: p}'), [
      'NamespacedValidatingPolicy/p is namespaced and names no namespace: it applies only in the namespace it is applied to, which the files do not say',
    ]);
    // A cluster-scoped kind is not narrowed by a namespace written in its metadata (the apiserver drops it).
    assert.deepEqual(leaves('ValidatingPolicy', 'metadata: {name: p, namespace: shop}'), []);
  });

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

  it("recognises an engine's webhook by the domain of the webhook's name, and decides unknown logic as unknown when it receives the subresource", () => {
    const named = (webhookName: string) => hook('any-configuration', '["pods", "pods/ephemeralcontainers"]').replace('validate.any-configuration.svc', webhookName);
    const [kyverno] = analyzeWebhooks(workspace(named('mpol.validate.kyverno.svc-ignore'))).coverage;
    assert.equal(kyverno?.engine, 'kyverno');
    assert.equal(kyverno?.verdict, 'unknown');
    assert.equal(analyzeWebhooks(workspace(named('validation.gatekeeper.sh'))).coverage[0]?.engine, 'gatekeeper');
    assert.equal(analyzeWebhooks(workspace(named('clusterwide-privileged.kubewarden.admission'))).coverage[0]?.engine, 'kubewarden');
    // A configuration's own name is anyone's choice: it makes no engine.
    assert.equal(analyzeWebhooks(workspace(hook('kyverno-resource-validating-webhook-cfg', '["pods", "pods/ephemeralcontainers"]'))).coverage[0]?.engine, 'webhook');
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
