import { defineInputProblemRule } from './input-problem-rule.ts';

export default defineInputProblemRule(
  {
    id: 'EG003',
    name: 'policy-not-analyzable',
    holes: ['not-analyzable'],
    problems: ['not-analyzable'],
    short: "A policy's logic could not be parsed or followed, so its ephemeral-container coverage is unknown.",
    level: 'note',
    tags: ['input'],
    messages: { unknown: '{{detail}}' },
  },
  'unknown',
);
