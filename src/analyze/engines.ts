import type { Engine } from '../model/policy-engine.ts';
import type { InputProblem } from '../model/input-problem.ts';
import type { InstallationFact } from '../model/policy-scope.ts';
import type { TimeCheck } from '../model/time-limit.ts';
import type { Workspace } from '../model/workspace.ts';
import { analyzeAdmissionPolicies } from './admission-policy/index.ts';
import type { CoverageFact, ExemptionFact } from './coverage.ts';
import { analyzeGatekeeper } from './gatekeeper/index.ts';
import { gatekeeperInstallation } from './gatekeeper/installation.ts';
import { analyzeKyverno } from './kyverno/index.ts';
import { kyvernoInstallation } from './kyverno/installation.ts';
import { analyzePodSecurityAdmission } from './pod-security-admission.ts';
import { coverageOfPodSecurityPolicy, isPodSecurityPolicy } from './pod-security-policy.ts';
import { analyzeWeavePolicyAgent } from './weave-policy-agent/index.ts';
import { analyzeWebhooks } from './webhooks/index.ts';

/** What one engine's analyzer learned from the workspace. */
export interface EngineAnalysis {
  readonly coverage: readonly CoverageFact[];
  readonly problems?: readonly InputProblem[];
  readonly exemptions?: readonly ExemptionFact[];
}

/** One admission engine, as the analyze stage runs it. */
export interface EngineAnalyzer<Name extends string = Engine> {
  /** The engines whose policies this analyzer reads, each named here only: they make the `Engine` type. */
  readonly engines: readonly Name[];
  /** How the time limit's message names what is left ("Kyverno"); absent: not named. */
  readonly name?: string;
  /** The time limit is checked before this analyzer, naming this stage ("analysing Kyverno policies"). */
  readonly stage?: string;
  /** Checks the scan's time limit between the policies it reads. */
  readonly analyze: (workspace: Workspace, checkTime: TimeCheck) => EngineAnalysis;
  /** What the engine's installation (read from its own folder) leaves out for all its policies. */
  readonly installation?: (workspace: Workspace) => InstallationFact;
}

/**
 * Every admission engine, in the order its facts are listed: the one place an engine is
 * registered. Adding one is its folder (an analyzer returning coverage facts with a scope, an
 * installation reader if it has engine-wide exclusions) and an entry here, whose `engines` name
 * it: the `Engine` type (model/policy-engine.ts) is the names written here, and nothing else.
 */
const REGISTERED = [
  { engines: ['pod-security-policy'], analyze: (workspace) => ({ coverage: workspace.byKind('PodSecurityPolicy').filter(isPodSecurityPolicy).map(coverageOfPodSecurityPolicy) }) },
  { engines: ['pod-security'], name: 'Pod Security', stage: 'analysing Pod Security admission', analyze: analyzePodSecurityAdmission },
  { engines: ['kyverno'], name: 'Kyverno', stage: 'analysing Kyverno policies', analyze: analyzeKyverno, installation: kyvernoInstallation },
  { engines: ['validating-admission-policy', 'mutating-admission-policy', 'kyverno-cel'], name: 'admission policies', analyze: analyzeAdmissionPolicies },
  { engines: ['webhook', 'kubewarden', 'jspolicy'], name: 'webhooks', analyze: analyzeWebhooks },
  {
    engines: ['gatekeeper'],
    name: 'Gatekeeper',
    stage: 'analysing Gatekeeper constraints',
    analyze: (workspace, checkTime) => {
      const { facts, problems } = analyzeGatekeeper(workspace, checkTime);
      return { coverage: facts, problems };
    },
    installation: gatekeeperInstallation,
  },
  { engines: ['weave-policy-agent'], name: 'Weave Policy Agent', analyze: analyzeWeavePolicyAgent },
] as const satisfies readonly EngineAnalyzer<string>[];

export const ENGINE_ANALYZERS: readonly EngineAnalyzer[] = REGISTERED;

/** Each name some entry's `engines` holds. */
type RegisteredEngine = (typeof REGISTERED)[number]['engines'][number];

// The names above become the keys of model/'s interface, so `Engine` is closed and model/ imports nothing from here.
declare module '../model/policy-engine.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RegisteredEngines extends Readonly<Record<RegisteredEngine, true>> {}
}
