import rule from '../../src/rules/eg101-policy-skips-ephemeral-containers.ts';
import { testRule } from '../helpers/rule-tester.ts';
import { yaml } from '../helpers/yaml.ts';
import { describe } from 'node:test';
import { testDocsExamples } from '../analyze/gatekeeper/docs-examples.ts';
import { INPUT_CONTAINERS_2022, INPUT_CONTAINERS_EPHEMERAL, constraint, regoTemplate } from '../analyze/gatekeeper/fixtures.ts';

const PRIVILEGED = `
package k8sprivileged

violation[{"msg": msg}] {
  c := input_containers[_]
  c.securityContext.privileged
  msg := sprintf("privileged container %v", [c.name])
}
`;

const IMAGE = `
package k8simage

violation[{"msg": msg}] {
  c := input.review.object.spec.initContainers[_]
  not startswith(c.image, "registry.example.com/")
  msg := "untrusted image"
}
`;

const cel = (expression: string): string => yaml`
  apiVersion: templates.gatekeeper.sh/v1
  kind: ConstraintTemplate
  metadata: {name: k8scelprivileged}
  spec:
    crd: {spec: {names: {kind: K8sCelPrivileged}}}
    targets:
      - target: admission.k8s.gatekeeper.sh
        code:
          - engine: K8sNativeValidation
            source:
              validations:
                - expression: '${expression}'
`;

const vap = (expression: string, variables = ''): string => yaml`
  apiVersion: admissionregistration.k8s.io/v1
  kind: ValidatingAdmissionPolicy
  metadata: {name: vap}
  spec:
    matchConstraints:
      resourceRules:
      - {apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["pods", "pods/ephemeralcontainers"]}
    variables:
    - {name: q, expression: '${variables || '["mirror.example.com/"]'}'}
    validations:
    - expression: '${expression}'
`;

const kyvernoDeny = (conditions: string): string => yaml`
  apiVersion: kyverno.io/v1
  kind: ClusterPolicy
  metadata: {name: deny}
  spec:
    validationFailureAction: Enforce
    rules:
    - name: r
      match: {any: [{resources: {kinds: [Pod]}}]}
      validate:
        message: no
        foreach:
        - list: request.object.spec.containers
          deny:
            conditions:
              all:
` + conditions;

testRule(rule, {
  valid: [
    { name: 'VAP: host ports with an image exemption, whatever it is called, never apply to ephemeral containers', files: vap('object.spec.containers.all(c, c.image in variables.q || c.ports.all(p, p.hostPort == 0))') },
    {
      name: 'Kyverno deny: a host-port test beside an image exclusion never applies to ephemeral containers',
      files: kyvernoDeny('              - {key: "{{ element.ports[].hostPort }}", operator: AnyIn, value: [80]}\n              - {key: "{{ element.image }}", operator: AnyNotIn, value: ["mirror/*"]}\n'),
    },
    { name: 'the fixed 2022 template reads all three lists', files: regoTemplate('K8sPrivileged', PRIVILEGED + INPUT_CONTAINERS_2022 + INPUT_CONTAINERS_EPHEMERAL) },
    {
      name: 'a template that only checks resources (forbidden on ephemeral containers)',
      files: regoTemplate('K8sLimits', `
package k8slimits

violation[{"msg": "no limits"}] {
  c := input.review.object.spec.containers[_]
  not c.resources.limits.memory
}
`),
    },
    {
      name: 'a template on a pod-level field',
      files: regoTemplate('K8sHostNetwork', `
package k8shostnetwork

violation[{"msg": "host network"}] {
  input.review.object.spec.hostNetwork
}
`),
    },
    { name: 'CEL over all three lists', files: cel("(object.spec.containers + object.spec.?initContainers.orValue([]) + object.spec.?ephemeralContainers.orValue([])).all(c, !has(c.securityContext) || c.securityContext.privileged != true)") },
    { name: 'a template in an unknown API group is not read', files: regoTemplate('K8sPrivileged', PRIVILEGED + INPUT_CONTAINERS_2022).replace('templates.gatekeeper.sh/v1', 'example.com/v1') },
  ],
  invalid: [
    {
      name: 'the 2022 gatekeeper-library shape: error at the line reading spec.containers, constraint related',
      files: regoTemplate('K8sPrivileged', PRIVILEGED + INPUT_CONTAINERS_2022) + constraint('K8sPrivileged', 'no-privileged'),
      // Rego line 10 (`  c := input.review.object.spec.containers[_]`), "containers" at Rego column 33.
      errors: [{ messageId: 'skips', data: { policy: 'ConstraintTemplate/k8sprivileged', fields: 'securityContext.privileged', lists: 'containers and initContainers' }, line: 22, column: 41, endLine: 22, endColumn: 51, level: 'error' }],
    },
    {
      name: 'an image check on initContainers only: warning',
      files: regoTemplate('K8sImage', IMAGE),
      errors: [{ messageId: 'skips', data: { fields: 'image', lists: 'initContainers' }, line: 16, column: 41, endColumn: 55, level: 'warning' }],
    },
    {
      name: 'the containers helper lives in a lib: the finding lands in the lib',
      files: regoTemplate('K8sPrivileged', `
package k8sprivileged

import data.lib.containers.input_containers

violation[{"msg": "privileged"}] {
  c := input_containers[_]
  c.securityContext.privileged
}
`, { libs: [`package lib.containers\n${INPUT_CONTAINERS_2022}`] }),
      // libs[0] starts at file line 23 (`package lib.containers`), indented by 10.
      errors: [{ messageId: 'skips', line: 26, column: 43, level: 'error' }],
    },
    {
      name: 'CEL reading containers only',
      files: cel('object.spec.containers.all(c, !has(c.securityContext) || c.securityContext.privileged != true)'),
      // The expression starts at line 12, column 30 (after the opening quote): `object.spec.containers`.
      errors: [{ messageId: 'skips', data: { fields: 'securityContext.privileged', lists: 'containers' }, line: 12, column: 30, endColumn: 52, level: 'error' }],
    },
    {
      name: 'VAP: the image only exempts (polarity), so the message names the privileged check alone, at spec.containers',
      files: vap('object.spec.containers.all(c, c.image in variables.q || c.securityContext.privileged != true)'),
      // `object.spec.containers` starts the expression: line 11, column 18 (after `  - expression: '`).
      errors: [{ messageId: 'skips', data: { fields: 'securityContext.privileged', lists: 'containers' }, line: 11, column: 18, endColumn: 40, level: 'error' }],
    },
    {
      name: 'Kyverno deny: an image exclusion beside a privileged test is no check; EG101 at the privileged test',
      files: kyvernoDeny('              - {key: "{{ element.securityContext.privileged }}", operator: Equals, value: true}\n              - {key: "{{ element.image }}", operator: AnyNotIn, value: ["mirror/*"]}\n'),
      // `securityContext.privileged` after `{{ element.`: line 16, column 35.
      errors: [{ messageId: 'skips', data: { fields: 'securityContext.privileged', lists: 'containers' }, line: 16, column: 35, level: 'error' }],
    },
    {
      name: 'a standalone .rego file beside the manifests',
      files: { 'policy/privileged.rego': `${PRIVILEGED.trim()}\n${INPUT_CONTAINERS_2022}` },
      errors: [{ messageId: 'skips', line: 10, column: 33, file: 'policy/privileged.rego', level: 'error' }],
    },
  ],
});

describe('EG101 docs', () => testDocsExamples(rule));
