import { defineInputProblemRule } from './input-problem-rule.ts';

export default defineInputProblemRule(
  {
    id: 'EG001',
    name: 'invalid-manifest',
    problems: ['invalid-manifest'],
    short: 'A file in scope is not valid YAML or JSON, or a document in it is not an object.',
    level: 'warning',
    tags: ['input'],
    messages: { invalid: '{{detail}}' },
  },
  'invalid',
);
