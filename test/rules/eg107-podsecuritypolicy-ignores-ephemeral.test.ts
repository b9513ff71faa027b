import rule from '../../src/rules/eg107-podsecuritypolicy-ignores-ephemeral.ts';
import { testRule } from '../helpers/rule-tester.ts';
import { yaml } from '../helpers/yaml.ts';

const psp = yaml`
  # the only control
  apiVersion: policy/v1beta1
  kind: PodSecurityPolicy
  metadata:
    name: restricted
  spec:
    privileged: false
`;

testRule(rule, {
  valid: [
    { name: 'no PodSecurityPolicy', files: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n' },
    {
      name: 'a CRD that is not the PSP kind',
      files: 'apiVersion: example.com/v1\nkind: PodSecurityPolicy\nmetadata: {name: lookalike}\n',
    },
  ],
  invalid: [
    {
      name: 'PSP is the only control: error',
      files: psp,
      errors: [{ messageId: 'only', data: { name: 'restricted' }, line: 2, column: 1, level: 'error' }],
    },
    {
      name: 'PSP alongside Pod Security Admission: warning',
      files: {
        'psp.yaml': psp,
        'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: apps\n  labels: {pod-security.kubernetes.io/enforce: baseline}\n',
      },
      errors: [{ messageId: 'alongside', line: 2, column: 1, level: 'warning', file: 'psp.yaml' }],
    },
    {
      name: 'a privileged PSA namespace is not another control',
      files: {
        'psp.yaml': psp,
        'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: apps\n  labels: {pod-security.kubernetes.io/enforce: privileged}\n',
      },
      errors: [{ messageId: 'only', line: 2, column: 1, level: 'error' }],
    },
  ],
});
