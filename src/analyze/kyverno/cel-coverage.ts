import type { Evidence } from '../coverage.ts';
import { childRef, type NodeRef } from '../../model/source-ref.ts';

/**
 * What a rule's CEL says: `validate.cel` expressions and `celPreconditions`. This is the one
 * place the CEL analysis (src/analyze/cel/) plugs into Kyverno ClusterPolicy rules; until it
 * does, CEL is reported as not followed ("CEL analysis pending"), so the rule's verdict is
 * unknown rather than guessed.
 */
export interface KyvernoCelCoverage {
  /** CEL validation whose reads were not followed. */
  readonly validationUnknown?: Evidence;
  /** CEL preconditions that may drop UPDATE and were not followed. */
  readonly preconditionUnknown?: Evidence;
}

const CEL_PENDING = 'CEL analysis pending';

export const kyvernoCelCoverage = (rule: Record<string, unknown>, ruleRef: NodeRef): KyvernoCelCoverage => {
  const validate = rule['validate'];
  const hasCel = typeof validate === 'object' && validate !== null && 'cel' in validate;
  const preconditions = rule['celPreconditions'];
  const hasPreconditions = Array.isArray(preconditions) && preconditions.length > 0;
  return {
    validationUnknown: hasCel ? { at: childRef(ruleRef, 'validate', 'cel'), note: CEL_PENDING } : undefined,
    preconditionUnknown: hasPreconditions ? { at: childRef(ruleRef, 'celPreconditions'), note: CEL_PENDING } : undefined,
  };
};
