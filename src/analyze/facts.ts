import type { Workspace } from '../model/workspace.ts';
import type { SourceRef } from '../model/source-ref.ts';
import type { AccessGraph } from './access.ts';
import type { CoverageFact, ExemptionFact } from './coverage.ts';

/** A problem with the input itself (EG001 invalid manifest, EG002 unrendered, EG003 unknown). */
export interface InputProblem {
  readonly ruleId: 'EG001' | 'EG002' | 'EG003';
  readonly at: SourceRef;
  /** One sentence: what is wrong and what it means for the scan. */
  readonly message: string;
}

/** Everything rules may read. Rules never parse or re-derive semantics. */
export interface Facts {
  readonly workspace: Workspace;
  readonly coverage: readonly CoverageFact[];
  readonly exemptions: readonly ExemptionFact[];
  readonly access: AccessGraph;
  readonly problems: readonly InputProblem[];
}
