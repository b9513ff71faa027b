import { defineRule } from './rule.ts';

export default defineRule({
  meta: {
    id: 'EG001',
    name: 'invalid-manifest',
    short: 'A file in scope is not valid YAML or JSON, or a document in it is not an object.',
    level: 'warning',
    tags: ['input'],
    messages: { invalid: '{{detail}}' },
  },
  *check(facts) {
    for (const problem of facts.problems) {
      if (problem.ruleId === 'EG001') yield { messageId: 'invalid', data: { detail: problem.message }, at: problem.at };
    }
  },
});
