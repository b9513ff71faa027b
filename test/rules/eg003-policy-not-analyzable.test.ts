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
  ],
});
