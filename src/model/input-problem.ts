import type { SourceRef } from './source-ref.ts';

/** A problem with the input itself (EG001 invalid manifest, EG002 unrendered, EG003 unknown). */
export interface InputProblem {
  readonly ruleId: 'EG001' | 'EG002' | 'EG003';
  readonly at: SourceRef;
  /** One sentence: what is wrong and what it means for the scan. */
  readonly message: string;
}
