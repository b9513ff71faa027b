import { defineRule } from './rule.ts';

export default defineRule({
  meta: {
    id: 'EG003',
    name: 'policy-not-analyzable',
    holes: ['not-analyzable'],
    short: "A policy's logic could not be parsed or followed, so its ephemeral-container coverage is unknown.",
    level: 'note',
    tags: ['input'],
    messages: { unknown: '{{detail}}' },
  },
  *check(facts) {
    for (const problem of facts.problems) {
      if (problem.ruleId !== 'EG003') continue;
      yield { messageId: 'unknown', data: { detail: problem.message }, at: problem.at, ...(problem.detail !== undefined ? { related: [{ at: problem.at, note: problem.detail }] } : {}) };
    }
  },
});
