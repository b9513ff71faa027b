import type { SourceRef } from './source-ref.ts';

/** A problem with the input itself (EG001 invalid manifest, EG002 unrendered, EG003 unknown). */
export interface InputProblem {
  readonly ruleId: 'EG001' | 'EG002' | 'EG003';
  readonly at: SourceRef;
  /** One sentence: what is wrong and what it means for the scan (EG003: the construct and the fix, short). */
  readonly message: string;
  /** The longer explanation, when the message is the short form (shown as related text). */
  readonly detail?: string;
}

/** What to do about a construct the analysis could not follow, as EG003 says it. */
export const UNKNOWN_FIX = {
  syntax: 'fix the syntax here',
  module: 'add that module to the scanned files',
  review: 'check it by hand, then suppress EG003 here',
} as const;

/**
 * An EG003 problem, short: whose policy, the construct not followed, and the fix
 * ("ConstraintTemplate/x: Rego syntax error: …; fix the syntax here."). Longer explanations go to `detail`.
 */
export const unknownConstruct = (at: SourceRef, subject: string, construct: string, fix: string, detail?: string): InputProblem => ({
  ruleId: 'EG003',
  at,
  message: `${subject}: ${construct}; ${fix}.`,
  ...(detail !== undefined ? { detail } : {}),
});
