import { defineRule } from './rule.ts';

export default defineRule({
  meta: {
    id: 'EG002',
    name: 'unrendered-template',
    short: 'A Helm chart or kustomization was found but not rendered, so what it deploys was not analysed.',
    level: 'note',
    tags: ['input'],
    messages: { unrendered: '{{detail}}' },
  },
  *check(facts) {
    for (const problem of facts.problems) {
      if (problem.ruleId === 'EG002') yield { messageId: 'unrendered', data: { detail: problem.message }, at: problem.at };
    }
  },
});
