import rule from '../../src/rules/eg109-exception-exempts-ephemeral.ts';
import { testRule } from '../helpers/rule-tester.ts';
import { yaml } from '../helpers/yaml.ts';

const policy = (exclude = '') => yaml`
  apiVersion: kyverno.io/v1
  kind: ClusterPolicy
  metadata:
    name: disallow-privileged
  spec:
    validationFailureAction: Enforce
    rules:
    - name: privileged
      match:
        any:
        - resources:
            kinds: [Pod]
${exclude}      validate:
        pattern:
          spec:
            =(ephemeralContainers):
            - =(securityContext):
                =(privileged): "false"
            containers:
            - =(securityContext):
                =(privileged): "false"
`;

const exception = (kinds: string, policyName = 'disallow-privileged') => yaml`
  apiVersion: kyverno.io/v2
  kind: PolicyException
  metadata:
    name: debugging
    namespace: kyverno
  spec:
    exceptions:
    - policyName: ${policyName}
      ruleNames: [privileged]
    match:
      any:
      - resources:
          kinds: ${kinds}
          namespaces: [dev]
`;

const labelPolicy = yaml`
  apiVersion: kyverno.io/v1
  kind: ClusterPolicy
  metadata:
    name: require-labels
  spec:
    rules:
    - name: team
      match:
        any:
        - resources:
            kinds: [Pod]
      validate:
        pattern:
          metadata:
            labels:
              team: "?*"
`;

const admissionConfiguration = yaml`
  apiVersion: apiserver.config.k8s.io/v1
  kind: AdmissionConfiguration
  plugins:
  - name: PodSecurity
    configuration:
      apiVersion: pod-security.admission.config.k8s.io/v1
      kind: PodSecurityConfiguration
      defaults:
        enforce: baseline
      exemptions:
        usernames: []
        namespaces: [kube-system]
`;

/** A validate.podSecurity rule (baseline), and an exception for it listing Pod Security controls. */
const pssPolicy = yaml`
  apiVersion: kyverno.io/v1
  kind: ClusterPolicy
  metadata:
    name: psa-baseline
  spec:
    validationFailureAction: Enforce
    rules:
    - name: baseline
      match:
        any:
        - resources:
            kinds: [Pod]
      validate:
        podSecurity:
          level: baseline
          version: latest
`;

const controlException = (policyName: string, rule: string, control: string) => yaml`
  apiVersion: kyverno.io/v2
  kind: PolicyException
  metadata:
    name: node-agent
    namespace: kyverno
  spec:
    exceptions:
    - policyName: ${policyName}
      ruleNames: [${rule}]
    match:
      any:
      - resources:
          kinds: [Pod]
          namespaces: [monitoring]
    podSecurity:
${control}`;

const HOST_PATH = '    - controlName: HostPath Volumes\n      restrictedField: spec.volumes[*].hostPath\n      values: [/sys]\n';
const CAPABILITIES_BY_IMAGE = '    - controlName: Capabilities\n      images: ["*"]\n';

testRule(rule, {
  valid: [
    { name: 'policy without exclusions', files: policy() },
    { name: 'exception for Deployments only', files: { 'policy.yaml': policy(), 'exception.yaml': exception('[Deployment]') } },
    { name: 'exception for a policy that is not about containers', files: { 'policy.yaml': labelPolicy, 'exception.yaml': exception('[Pod]', 'require-labels') } },
    {
      name: 'exclude of a namespace for a label policy',
      files: labelPolicy.replace('      validate:', '      exclude:\n        any:\n        - resources:\n            kinds: [Pod/ephemeralcontainers]\n      validate:'),
    },
    // validate_pss.go: the podSecurity rule still runs minus HostPath Volumes, which no ephemeral container can set.
    { name: 'exception listing a pod-level Pod Security control, for a podSecurity rule', files: { 'policy.yaml': pssPolicy, 'exception.yaml': controlException('psa-baseline', 'baseline', HOST_PATH) } },
    { name: 'exception listing a pod-level Pod Security control, for a rule outside the repository', files: { 'exception.yaml': controlException('psa-elsewhere', 'baseline', HOST_PATH) } },
    { name: 'Pod Security configuration without exemptions', files: admissionConfiguration.replace('namespaces: [kube-system]', 'namespaces: []') },
  ],
  invalid: [
    {
      name: 'exclude of Pod/ephemeralcontainers',
      files: policy('      exclude:\n        any:\n        - resources:\n            kinds: [Pod/ephemeralcontainers]\n'),
      errors: [{ messageId: 'exclude', data: { rule: ' rule privileged' }, line: 16, column: 19 }],
    },
    {
      name: 'PolicyException matching Pod exempts the subresource (Kyverno 1.13+)',
      files: { 'policy.yaml': policy(), 'exception.yaml': exception('[Pod]') },
      errors: [{ messageId: 'exception', data: { policies: 'disallow-privileged (privileged)' }, line: 13, column: 17, file: 'exception.yaml' }],
    },
    {
      name: 'PolicyException naming Pod/ephemeralcontainers for a policy outside the repository',
      files: exception('[Pod/ephemeralcontainers]', 'somewhere-else'),
      errors: [{ messageId: 'exception', line: 13, column: 17 }],
    },
    {
      name: 'exception exempting a container control by image, for a podSecurity rule: ephemeral containers with any image skip it',
      files: { 'policy.yaml': pssPolicy, 'exception.yaml': controlException('psa-baseline', 'baseline', CAPABILITIES_BY_IMAGE) },
      errors: [{ messageId: 'exception', data: { policies: 'psa-baseline (baseline)' }, line: 13, column: 17, file: 'exception.yaml' }],
    },
    {
      name: 'exception listing Pod Security controls, for a rule that is not a podSecurity rule: that rule is skipped whole',
      files: { 'policy.yaml': policy(), 'exception.yaml': controlException('disallow-privileged', 'privileged', HOST_PATH) },
      errors: [{ messageId: 'exception', data: { policies: 'disallow-privileged (privileged)' }, line: 13, column: 17, file: 'exception.yaml' }],
    },
    {
      name: 'Pod Security exemption of a namespace',
      files: admissionConfiguration,
      errors: [{ messageId: 'podSecurity', line: 12, column: 20 }],
    },
  ],
});
