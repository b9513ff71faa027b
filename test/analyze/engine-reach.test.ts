import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';
import { scan } from '../../src/scan.ts';
import { yaml } from '../helpers/yaml.ts';

const kyvernoPolicy = readFileSync('examples/kyverno/fixed/disallow-privileged.yaml', 'utf8');
const gatekeeperTemplate = readFileSync('examples/gatekeeper/fixed/privileged-2022.yaml', 'utf8');

const kyvernoDeployment = (tag: string) => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: kyverno, namespace: kyverno}
  spec:
    template:
      spec:
        containers:
          - name: kyverno
            image: ghcr.io/kyverno/kyverno:${tag}
`;

const gatekeeperWebhook = (resources: string) => yaml`
  apiVersion: admissionregistration.k8s.io/v1
  kind: ValidatingWebhookConfiguration
  metadata: {name: gatekeeper-validating-webhook-configuration}
  webhooks:
    - name: validation.gatekeeper.sh
      rules:
        - apiGroups: ["*"]
          apiVersions: ["*"]
          operations: [CREATE, UPDATE]
          resources: ${resources}
      clientConfig: {service: {name: gatekeeper-webhook-service, namespace: gatekeeper-system}}
      admissionReviewVersions: [v1]
      sideEffects: None
`;

const access = yaml`
  apiVersion: rbac.authorization.k8s.io/v1
  kind: RoleBinding
  metadata: {name: debuggers, namespace: shop}
  subjects:
    - {kind: Group, name: shop-oncall, apiGroup: rbac.authorization.k8s.io}
  roleRef: {kind: ClusterRole, name: debugger, apiGroup: rbac.authorization.k8s.io}
  ---
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRole
  metadata: {name: debugger}
  rules:
    - apiGroups: [""]
      resources: [pods/ephemeralcontainers]
      verbs: [patch]
`;

const run = async (files: Record<string, string>) => {
  const result = await scan({ root: '/repo' }, { fs: memoryFileSystem(files) });
  return {
    rows: result.coverage.filter((row) => !row.kind.endsWith('WebhookConfiguration') && row.kind !== 'Deployment').map((row) => `${row.kind}/${row.name} ${row.verdict} ${row.ruleIds.join(',')}`),
    rules: result.findings.map((finding) => `${finding.location.file}:${finding.location.startLine} ${finding.ruleId}`),
  };
};

describe('an engine installation that cannot receive the subresource', () => {
  it('makes every Kyverno policy not covered when Kyverno is older than 1.5.3, reported once at the image', async () => {
    const { rows, rules } = await run({ 'policy.yaml': kyvernoPolicy, 'kyverno.yaml': kyvernoDeployment('v1.4.2'), 'rbac.yaml': access });
    assert.deepEqual(rows, ['ClusterPolicy/disallow-privileged-containers not-covered EG106']);
    assert.deepEqual(rules.filter((rule) => !rule.includes('EG20')), ['kyverno.yaml:9 EG106', 'rbac.yaml:5 EG301']);
  });

  it('leaves them covered with Kyverno 1.5.3, and then nothing is unguarded', async () => {
    const { rows, rules } = await run({ 'policy.yaml': kyvernoPolicy, 'kyverno.yaml': kyvernoDeployment('v1.5.3'), 'rbac.yaml': access });
    assert.deepEqual(rows, ['ClusterPolicy/disallow-privileged-containers covered ']);
    assert.deepEqual(rules.filter((rule) => !rule.includes('EG20')), []);
  });

  it("makes Gatekeeper templates not covered when every Gatekeeper validating webhook in scope misses it, reported once at the webhook", async () => {
    const { rows, rules } = await run({ 'template.yaml': gatekeeperTemplate, 'webhook.yaml': gatekeeperWebhook('["*"]'), 'rbac.yaml': access });
    assert.deepEqual(rows, ['ConstraintTemplate/k8sprivileged2022fixed not-covered EG103']);
    assert.deepEqual(rules.filter((rule) => !rule.includes('EG20')), ['rbac.yaml:5 EG301', 'webhook.yaml:10 EG103']);
  });

  it('leaves them covered when the webhook lists the subresource', async () => {
    const { rows } = await run({ 'template.yaml': gatekeeperTemplate, 'webhook.yaml': gatekeeperWebhook('["*", "pods/ephemeralcontainers"]'), 'rbac.yaml': access });
    assert.deepEqual(rows, ['ConstraintTemplate/k8sprivileged2022fixed covered ']);
  });
});
