import type { SourceRef } from './source-ref.ts';

/**
 * What is wrong with the input: a manifest that cannot be read or that the apiserver rejects,
 * a chart or kustomization not rendered, a construct the analysis cannot follow. Loaders and
 * analyzers name the kind; the rules layer decides which rule reports it (`RuleMeta.problems`).
 */
export const INPUT_PROBLEM_KINDS = ['invalid-manifest', 'unrendered', 'not-analyzable'] as const;

export type InputProblemKind = (typeof INPUT_PROBLEM_KINDS)[number];

/**
 * What the user should do about a construct the analysis could not follow: fix its syntax, add
 * the module it imports, check it by hand (and suppress the finding), or a specific edit
 * ("add its match"), which may offer checking by hand as the other way.
 */
export type UnknownFix = 'fix-syntax' | 'add-module' | 'review' | { readonly edit: string; readonly orReview?: boolean };

export interface InputProblem {
  readonly kind: InputProblemKind;
  readonly at: SourceRef;
  /** One sentence: what is wrong and what it means for the scan (not-analyzable: whose policy and the construct, short). */
  readonly message: string;
  /** What to do about it, said after the message by the rule that reports it. */
  readonly fix?: UnknownFix;
  /** The longer explanation, when the message is the short form (shown as related text). */
  readonly detail?: string;
}

/**
 * A construct not followed, short: whose policy, the construct, and what to do
 * ("ConstraintTemplate/x: Rego syntax error: …", fix-syntax). Longer explanations go to `detail`.
 */
export const unknownConstruct = (at: SourceRef, subject: string, construct: string, fix: UnknownFix, detail?: string): InputProblem => ({
  kind: 'not-analyzable',
  at,
  message: `${subject}: ${construct}`,
  fix,
  ...(detail !== undefined ? { detail } : {}),
});
