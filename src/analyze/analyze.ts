import { NO_TIME_LIMIT, type TimeCheck } from '../model/time-limit.ts';
import { NO_SETTINGS, type ScanSettings } from '../model/settings.ts';
import type { Workspace } from '../model/workspace.ts';
import type { CoverageFact } from './coverage.ts';
import type { Facts } from './facts.ts';
import type { InputProblem } from '../model/input-problem.ts';
import { analyzeGatekeeper } from './gatekeeper/index.ts';
import { buildAccessGraph } from './rbac/build-access-graph.ts';
import { analyzePodSecurityAdmission } from './pod-security-admission.ts';
import { analyzeKyverno } from './kyverno/index.ts';
import { analyzeAdmissionPolicies } from './admission-policy/index.ts';
import { analyzeWebhooks } from './webhooks/index.ts';
import { engineVersionFacts } from './engine-versions/index.ts';
import { applyEngineReach } from './engine-reach.ts';
import { gatekeeperInstallation } from './gatekeeper/installation.ts';
import { kyvernoInstallation } from './kyverno/installation.ts';
import { controlsOnGrants } from './grant-controls.ts';
import type { ExemptionFact } from './coverage.ts';
import { coverageOfPodSecurityPolicy, isPodSecurityPolicy } from './pod-security-policy.ts';
import { pushAll } from '../array.ts';
import { proveByEvaluation } from './evaluate/index.ts';
import { closeHolesAcrossPolicies } from './cross-policy.ts';

/**
 * Turns the workspace into facts: one coverage fact per policy (or policy rule), the access
 * graph, and the input problems analyzers met. Each engine's analyzer is the only code that
 * reads that engine's policy language.
 */
export const analyzeWorkspace = (
  workspace: Workspace,
  loadProblems: readonly InputProblem[],
  settings: ScanSettings = NO_SETTINGS,
  checkTime: TimeCheck = NO_TIME_LIMIT,
): Facts => {
  // Each engine's analysis is bounded by its parsers' step budgets; the time limit is checked between them.
  const step = (stage: string, rest: string): void => checkTime(stage, () => rest);
  const coverage: CoverageFact[] = [];
  const problems: InputProblem[] = [...loadProblems];
  for (const policy of workspace.byKind('PodSecurityPolicy')) {
    if (isPodSecurityPolicy(policy)) coverage.push(coverageOfPodSecurityPolicy(policy));
  }
  const exemptions: ExemptionFact[] = [];
  step('analysing Pod Security admission', 'Pod Security, Kyverno, admission policies, webhooks, Gatekeeper, RBAC, the probes and the rules');
  const podSecurity = analyzePodSecurityAdmission(workspace);
  pushAll(coverage, podSecurity.coverage);
  pushAll(exemptions, podSecurity.exemptions);
  step('analysing Kyverno policies', 'Kyverno, admission policies, webhooks, Gatekeeper, RBAC, the probes and the rules');
  const kyverno = analyzeKyverno(workspace, checkTime);
  pushAll(exemptions, kyverno.exemptions);
  for (const engine of [kyverno, analyzeAdmissionPolicies(workspace, checkTime), analyzeWebhooks(workspace, checkTime)]) {
    pushAll(coverage, engine.coverage);
    pushAll(problems, engine.problems);
  }
  step('analysing Gatekeeper constraints', 'Gatekeeper, RBAC, the probes and the rules');
  const gatekeeper = analyzeGatekeeper(workspace, checkTime);
  pushAll(coverage, gatekeeper.facts);
  pushAll(problems, gatekeeper.problems);
  // Malformed RBAC (a roleRef without name, a subject without kind...) is invalid input: EG001.
  step('reading RBAC', 'RBAC, the probes and the rules');
  const access = buildAccessGraph(workspace, { externalRoles: settings.externalRoles });
  pushAll(problems, access.problems.map((problem): InputProblem => ({ ruleId: 'EG001', at: problem.at, message: problem.message })));
  const engineVersions = engineVersionFacts(workspace);
  // Probes run on the policies' code after the engines' reach is known; guards count only what
  // both analyses agree covers.
  const proved = proveByEvaluation(workspace, applyEngineReach(coverage, engineVersions), checkTime);
  step('joining guards and grants', 'who may add ephemeral containers and the rules');
  pushAll(problems, proved.problems);
  const installations = [kyvernoInstallation(workspace), gatekeeperInstallation(workspace)];
  const closed = closeHolesAcrossPolicies({ workspace, coverage: proved.coverage, installations, probes: proved.probes });
  const guards = controlsOnGrants({ workspace, coverage: closed, installations, access, settings });
  return { workspace, coverage: closed, exemptions, access, installations, guards, problems, settings, engineVersions, probes: proved.probes };
};
