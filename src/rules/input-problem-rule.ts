import type { InputProblemKind } from '../model/input-problem.ts';
import { defineRule, type Rule, type RuleMeta } from './rule.ts';
import { inputProblemText } from './wording.ts';

/**
 * A rule that reports input problems (EG001-EG003): one finding per problem of the kinds its
 * meta lists, worded by `inputProblemText`, with the longer explanation as related text.
 */
export const defineInputProblemRule = <M extends string>(meta: RuleMeta<M> & { readonly problems: readonly InputProblemKind[] }, messageId: NoInfer<M>): Rule<M> =>
  defineRule({
    meta,
    *check(facts) {
      for (const problem of facts.problems) {
        if (!meta.problems.includes(problem.kind)) continue;
        yield {
          messageId,
          data: { detail: inputProblemText(problem, meta.id) },
          at: problem.at,
          ...(problem.detail !== undefined ? { related: [{ at: problem.at, note: problem.detail }] } : {}),
        };
      }
    },
  });
