import type { ScanSettings } from '../config/settings.ts';
import type { Workspace } from '../model/workspace.ts';
import type { SourceRef } from '../model/source-ref.ts';
import type { AccessGraph } from './access.ts';
import type { CoverageFact, Engine, ExemptionFact } from './coverage.ts';
import type { ScopeCondition } from '../model/policy-scope.ts';
import type { AccessGuards } from './guard.ts';
import type { EngineVersionFact } from './engine-versions/index.ts';
import type { PolicyProbes } from './evaluate/probe-facts.ts';

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

/**
 * What one engine's installation leaves out for all its policies (Kyverno's ConfigMap
 * resourceFilters and excluded requesters, Gatekeeper's Config and webhook namespaceSelector),
 * read from the engine's own folder. It narrows every policy of `engines`.
 */
export interface InstallationFact {
  readonly engines: readonly Engine[];
  readonly where: ScopeCondition;
  /** The object it was read from; undefined when the engine's defaults are assumed. */
  readonly at: SourceRef | undefined;
}

/** Everything rules may read. Rules never parse or re-derive semantics. */
export interface Facts {
  readonly workspace: Workspace;
  readonly coverage: readonly CoverageFact[];
  readonly exemptions: readonly ExemptionFact[];
  readonly access: AccessGraph;
  /** Engine-wide exclusions, one per engine that has any. */
  readonly installations: readonly InstallationFact[];
  /** The access graph joined with the controls in scope (analyze/guard.ts): who is guarded where, and by what. */
  readonly guards: AccessGuards;
  readonly problems: readonly InputProblem[];
  /** What the config file says about the cluster: version, assumptions, allowed debuggers. */
  readonly settings: ScanSettings;
  /** Vendored policy engines too old to see ephemeral containers (EG106); absent = none found. */
  readonly engineVersions?: readonly EngineVersionFact[];
  /** Each policy's code run on the probe requests (proof by execution); absent = not run. */
  readonly probes?: readonly PolicyProbes[];
}
