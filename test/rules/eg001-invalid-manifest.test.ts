import rule from '../../src/rules/eg001-invalid-manifest.ts';
import { testRule } from '../helpers/rule-tester.ts';
import { yaml } from '../helpers/yaml.ts';

testRule(rule, {
  valid: [
    { name: 'a valid manifest', files: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n' },
    { name: 'non-Kubernetes YAML with a syntax error is not a manifest', files: { 'values.yaml': 'image: [unclosed\n' } },
    { name: 'an empty file', files: { 'empty.yaml': '' } },
  ],
  invalid: [
    {
      name: 'syntax error at the parser position',
      files: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: broken
          labels: [unclosed
      `,
      errors: [{ messageId: 'invalid', line: 6, column: 1 }],
    },
    {
      name: 'duplicate key',
      files: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n',
      errors: [{ messageId: 'invalid', line: 5, column: 3 }],
    },
    {
      name: 'a document that is a list',
      files: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\n- one\n- two\n',
      errors: [{ messageId: 'invalid', line: 5, column: 1 }],
    },
    {
      name: 'a List item without kind',
      files: 'apiVersion: v1\nkind: List\nitems:\n  - metadata: {name: x}\n',
      errors: [{ messageId: 'invalid', line: 4, column: 5 }],
    },
    {
      name: 'a binary file',
      files: { 'image.yaml': '\u0000PNG apiVersion kind' },
      errors: [{ messageId: 'invalid', line: 1, column: 1, file: 'image.yaml' }],
    },
  ],
});
