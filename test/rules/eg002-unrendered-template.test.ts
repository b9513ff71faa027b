import rule from '../../src/rules/eg002-unrendered-template.ts';
import { testRule } from '../helpers/rule-tester.ts';

testRule(rule, {
  valid: [{ name: 'plain manifests', files: { 'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n' } }],
  invalid: [
    {
      name: 'a Helm chart',
      files: {
        'chart/Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 0.1.0\n',
        'chart/templates/role.yaml': 'kind: Role\nmetadata:\n  name: {{ .Release.Name }}\n',
      },
      errors: [{ messageId: 'unrendered', line: 1, column: 1, file: 'chart/Chart.yaml' }],
    },
    {
      name: 'a kustomization',
      files: { 'overlay/kustomization.yaml': 'resources: [../base]\n' },
      errors: [{ messageId: 'unrendered', line: 1, column: 1, file: 'overlay/kustomization.yaml' }],
    },
  ],
});
