import { defineInputProblemRule } from './input-problem-rule.ts';

export default defineInputProblemRule(
  {
    id: 'EG002',
    name: 'unrendered-template',
    problems: ['unrendered'],
    short: 'A Helm chart or kustomization was found but not rendered, so what it deploys was not analysed.',
    level: 'note',
    tags: ['input'],
    messages: { unrendered: '{{detail}}' },
  },
  'unrendered',
);
