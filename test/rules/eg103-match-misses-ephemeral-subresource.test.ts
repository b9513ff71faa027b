import rule from '../../src/rules/eg103-match-misses-ephemeral-subresource.ts';
import { testRule } from '../helpers/rule-tester.ts';
import { yaml } from '../helpers/yaml.ts';

/** A VAP checking privileged on all three lists, matching `resources`. */
const vap = (resources: string, operations = '["CREATE", "UPDATE"]') => yaml`
  apiVersion: admissionregistration.k8s.io/v1
  kind: ValidatingAdmissionPolicy
  metadata:
    name: no-privileged
  spec:
    matchConstraints:
      resourceRules:
      - apiGroups: [""]
        apiVersions: ["v1"]
        operations: ${operations}
        resources: ${resources}
    variables:
    - name: all
      expression: "object.spec.containers + object.spec.?initContainers.orValue([]) + object.spec.?ephemeralContainers.orValue([])"
    validations:
    - expression: "variables.all.all(c, !has(c.securityContext) || c.securityContext.?privileged.orValue(false) != true)"
  ---
  apiVersion: admissionregistration.k8s.io/v1
  kind: ValidatingAdmissionPolicyBinding
  metadata:
    name: no-privileged
  spec:
    policyName: no-privileged
    validationActions: [Deny]
`;

const vpol = (resources: string) => yaml`
  apiVersion: policies.kyverno.io/v1
  kind: ValidatingPolicy
  metadata:
    name: disallow-privileged
  spec:
    validationActions: [Audit]
    matchConstraints:
      resourceRules:
      - apiGroups: [""]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ${resources}
    validations:
    - expression: "(object.spec.containers + object.spec.?ephemeralContainers.orValue([])).all(c, c.?securityContext.?privileged.orValue(false) == false)"
`;

const webhook = (name: string, resources: string, kind = 'ValidatingWebhookConfiguration', webhookName = `check.${name}.example.com`) => yaml`
  apiVersion: admissionregistration.k8s.io/v1
  kind: ${kind}
  metadata:
    name: ${name}
  webhooks:
  - name: ${webhookName}
    clientConfig: {service: {name: hook, namespace: hook}}
    rules:
    - apiGroups: [""]
      apiVersions: ["v1"]
      operations: ["CREATE", "UPDATE"]
      resources: ${resources}
    sideEffects: None
    admissionReviewVersions: [v1]
`;

testRule(rule, {
  valid: [
    { name: 'VAP listing pods and pods/ephemeralcontainers', files: vap('["pods", "pods/ephemeralcontainers"]') },
    { name: 'VAP with pods/*', files: vap('["pods/*"]') },
    { name: 'VAP with */*', files: vap('["*/*"]') },
    {
      name: 'VAP about labels only (not about containers)',
      files: yaml`
        apiVersion: admissionregistration.k8s.io/v1
        kind: ValidatingAdmissionPolicy
        metadata: {name: labels}
        spec:
          matchConstraints:
            resourceRules:
            - {apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["pods"]}
          validations:
          - expression: "has(object.metadata.labels.team)"
      `,
    },
    { name: 'webhook that receives the subresource', files: webhook('hook', '["pods", "pods/ephemeralcontainers"]') },
    { name: 'webhook not about Pods', files: webhook('hook', '["services"]') },
    { name: 'Kyverno ValidatingPolicy with the subresource', files: vpol('["pods", "pods/ephemeralcontainers"]') },
  ],
  invalid: [
    {
      name: 'VAP with resources ["pods"]: error at the "pods" entry',
      files: vap('["pods"]'),
      errors: [{ messageId: 'policy', data: { fields: 'securityContext.privileged', hint: '' }, line: 11, column: 19, endColumn: 25, level: 'error' }],
    },
    {
      name: 'VAP with operations [CREATE]: error at operations',
      files: vap('["pods", "pods/ephemeralcontainers"]', '["CREATE"]'),
      errors: [{ messageId: 'policy', line: 10, column: 19, level: 'error' }],
    },
    {
      name: 'VAP binding whose resourceRules narrow to pods',
      files: vap('["pods", "pods/ephemeralcontainers"]').replace(
        '  validationActions: [Deny]\n',
        '  validationActions: [Deny]\n  matchResources:\n    resourceRules:\n    - {apiGroups: [""], apiVersions: ["v1"], operations: ["UPDATE"], resources: ["pods"]}\n',
      ),
      errors: [{ messageId: 'policy', line: 27, column: 82, level: 'error' }],
    },
    {
      name: 'Kyverno ValidatingPolicy with resources ["pods"]: autogen hint and audit note',
      files: vpol('["pods"]'),
      errors: [{ messageId: 'policy', line: 12, column: 19, level: 'error' }],
    },
    {
      name: 'unknown webhook with resources ["*"]: warning',
      files: webhook('hook', '["*"]'),
      errors: [{ messageId: 'webhook', data: { webhook: 'webhook check.hook.example.com' }, line: 12, column: 17, level: 'warning' }],
    },
    {
      name: "Gatekeeper's static mutating webhook lists only *: error naming Gatekeeper",
      files: webhook('gatekeeper-mutating-webhook-configuration', '["*"]', 'MutatingWebhookConfiguration', 'mutation.gatekeeper.sh'),
      errors: [{ messageId: 'engineWebhook', line: 12, column: 17, level: 'error' }],
    },
    {
      // The webhook's name is the engine's (a domain it owns); a configuration's name is anyone's.
      name: 'a webhook in a configuration named after Gatekeeper is not Gatekeeper: warning',
      files: webhook('gatekeeper-mutating-webhook-configuration', '["*"]', 'MutatingWebhookConfiguration', 'inject.platform.example.com'),
      errors: [{ messageId: 'webhook', line: 12, column: 17, level: 'warning' }],
    },
    {
      // What the module checks is in its WebAssembly, not in its name: never read from the name.
      name: 'Kubewarden policy on pods: its module is not visible, a warning whatever the module is called',
      files: yaml`
        apiVersion: policies.kubewarden.io/v1
        kind: ClusterAdmissionPolicy
        metadata: {name: privileged-pods}
        spec:
          module: registry://ghcr.io/kubewarden/policies/pod-privileged:v0.2.5
          rules:
          - apiGroups: [""]
            apiVersions: ["v1"]
            resources: ["pods"]
            operations: ["CREATE", "UPDATE"]
          mutating: false
      `,
      errors: [{ messageId: 'webhook', line: 9, column: 17, level: 'warning' }],
    },
    {
      name: 'jsPolicy naming securityContext on resources [pods]',
      files: yaml`
        apiVersion: policy.jspolicy.com/v1beta1
        kind: JsPolicy
        metadata: {name: deny-privileged.example.com}
        spec:
          operations: ["CREATE", "UPDATE"]
          resources: ["pods"]
          javascript: |
            if (request.object.spec.containers.some(c => c.securityContext?.privileged)) deny("privileged");
      `,
      errors: [{ messageId: 'policy', line: 6, column: 15, level: 'error' }],
    },
  ],
});
