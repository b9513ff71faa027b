import rule from '../../src/rules/eg105-policy-blocks-debug-containers.ts';
import { testRule } from '../helpers/rule-tester.ts';
import { yaml } from '../helpers/yaml.ts';

const policy = (ephemeralBranch: string, action = 'Enforce') => yaml`
  apiVersion: kyverno.io/v1
  kind: ClusterPolicy
  metadata:
    name: require-requests
  spec:
    validationFailureAction: ${action}
    rules:
    - name: validate-resources
      match:
        any:
        - resources:
            kinds: [Pod]
      validate:
        pattern:
          spec:
            containers:
            - resources:
                requests:
                  memory: "?*"
${ephemeralBranch}`;

testRule(rule, {
  valid: [
    { name: 'requirement on containers only', files: policy('') },
    {
      name: 'resources checked only if present on ephemeral containers (=() anchor)',
      files: policy('            =(ephemeralContainers):\n            - =(resources):\n                =(requests):\n                  =(memory): "?*"\n'),
    },
  ],
  invalid: [
    {
      name: 'resources.requests.memory required on ephemeral containers',
      files: policy('            =(ephemeralContainers):\n            - resources:\n                requests:\n                  memory: "?*"\n'),
      errors: [{ messageId: 'blocks', data: { rule: ' rule validate-resources' }, line: 23, column: 25 }],
    },
    {
      name: 'in Audit mode the message says it reports every debug container',
      files: policy('            =(ephemeralContainers):\n            - resources:\n                requests:\n                  memory: "?*"\n', 'Audit'),
      errors: [{ messageId: 'blocks', line: 23, column: 25 }],
    },
  ],
});
