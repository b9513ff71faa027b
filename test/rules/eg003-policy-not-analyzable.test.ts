import rule from '../../src/rules/eg003-policy-not-analyzable.ts';
import { testRule } from '../helpers/rule-tester.ts';
import { yaml } from '../helpers/yaml.ts';

const template = (rego: string): string => yaml`
  apiVersion: templates.gatekeeper.sh/v1
  kind: ConstraintTemplate
  metadata: {name: k8sexample}
  spec:
    crd:
      spec:
        names: {kind: K8sExample}
    targets:
      - target: admission.k8s.gatekeeper.sh
        rego: |
${rego.split('\n').map((line) => (line ? `          ${line}` : line)).join('\n')}
`;

testRule(rule, {
  valid: [
    {
      name: 'Rego that parses and can be followed',
      files: template('package k8sexample\n\nviolation[{"msg": "privileged"}] {\n  c := input.review.object.spec.ephemeralContainers[_]\n  c.securityContext.privileged\n}\n'),
    },
    {
      // It changes a pod-level field: no container, nothing to check by hand.
      name: 'a Gatekeeper Assign of spec.priorityClassName',
      files: yaml`
        apiVersion: mutations.gatekeeper.sh/v1
        kind: Assign
        metadata: {name: priority}
        spec:
          applyTo:
            - {groups: [""], versions: ["v1"], kinds: ["Pod"]}
          location: spec.priorityClassName
          parameters:
            assign: {value: low}
      `,
    },
  ],
  invalid: [
    {
      name: 'a Rego syntax error at its line in the template',
      files: template('package k8sexample\n\nviolation[{"msg": msg}] {\n  c := input.review.object.spec.containers[_\n  msg := "x"\n}\n'),
      errors: [{ messageId: 'unknown', line: 15 , column: 11 }],
    },
    {
      // Its coverage row is unknown: the note says where, instead of an unknown row with no finding.
      name: 'a Kyverno verifyImages rule, at its verifyImages list',
      files: yaml`
        apiVersion: kyverno.io/v1
        kind: ClusterPolicy
        metadata: {name: verify-signatures}
        spec:
          validationFailureAction: Enforce
          rules:
            - name: verify
              match:
                any:
                  - resources: {kinds: [Pod]}
              verifyImages:
                - imageReferences: ['registry.example/*']
      `,
      errors: [{ messageId: 'unknown', line: 12, column: 9 }],
    },
    {
      // Naming the list is not checking it: this one skips them. Never covered from the JavaScript's words.
      name: 'a jsPolicy whose JavaScript names ephemeralContainers, at the name',
      files: yaml`
        apiVersion: policy.jspolicy.com/v1beta1
        kind: JsPolicy
        metadata: {name: deny-privileged.example.com}
        spec:
          operations: ["CREATE", "UPDATE"]
          resources: ["pods", "pods/ephemeralcontainers"]
          javascript: |
            // ephemeralContainers are left alone
            if (request.object.spec.containers.some(c => c.securityContext?.privileged)) deny("privileged");
      `,
      errors: [{ messageId: 'unknown', line: 8, column: 8 }],
    },
    {
      // A mutation may be a control: one that changes containers is not analysed yet, and says so at its location.
      name: 'a Gatekeeper Assign into containers, at its location',
      files: yaml`
        apiVersion: mutations.gatekeeper.sh/v1beta1
        kind: Assign
        metadata: {name: unprivileged}
        spec:
          applyTo:
            - {groups: [""], versions: ["v1"], kinds: ["Pod"]}
          location: "spec.containers[name:*].securityContext.privileged"
          parameters:
            assign: {value: false}
      `,
      errors: [{ messageId: 'unknown', line: 7, column: 13 }],
    },
    {
      name: 'a Weave Policy Agent Policy, at its code',
      files: yaml`
        apiVersion: pac.weave.works/v2beta3
        kind: Policy
        metadata: {name: no-privileged}
        spec:
          id: example.no-privileged
          targets: {kinds: [Pod]}
          code: |
            package example
            violation[result] { result := {"msg": "x"} }
      `,
      errors: [{ messageId: 'unknown', line: 8, column: 5 }],
    },
  ],
});
