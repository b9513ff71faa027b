import type { ScanSettings } from '../model/settings.ts';
import type { Workspace } from '../model/workspace.ts';
import type { AccessGraph } from './access.ts';
import type { CoverageFact, ExemptionFact } from './coverage.ts';
import type { InputProblem } from '../model/input-problem.ts';
import type { InstallationFact } from '../model/policy-scope.ts';
import type { GrantControls } from './grant-controls.ts';
import type { EngineVersionFact } from './engine-versions/index.ts';
import type { PolicyProbes } from './evaluate/probe-facts.ts';

/** Everything rules may read. Rules never parse or re-derive semantics. */
export interface Facts {
  readonly workspace: Workspace;
  readonly coverage: readonly CoverageFact[];
  readonly exemptions: readonly ExemptionFact[];
  readonly access: AccessGraph;
  /** Engine-wide exclusions, one per engine that has any. */
  readonly installations: readonly InstallationFact[];
  /** The access graph joined with the controls in scope (analyze/grant-controls.ts): who is guarded where, and by what. */
  readonly guards: GrantControls;
  readonly problems: readonly InputProblem[];
  /** What the config file says about the cluster: version, assumptions, allowed debuggers. */
  readonly settings: ScanSettings;
  /** Vendored policy engines too old to see ephemeral containers (EG106); absent = none found. */
  readonly engineVersions?: readonly EngineVersionFact[];
  /** Each policy's code run on the probe requests (proof by execution); absent = not run. */
  readonly probes?: readonly PolicyProbes[];
}
