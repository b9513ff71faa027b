import { NO_SETTINGS, type ScanSettings } from '../config/settings.ts';
import type { Workspace } from '../model/workspace.ts';
import type { CoverageFact } from './coverage.ts';
import type { Facts, InputProblem } from './facts.ts';
import { analyzeGatekeeper } from './gatekeeper/index.ts';
import { buildAccessGraph } from './rbac/build-access-graph.ts';
import { analyzePodSecurityAdmission } from './pod-security-admission.ts';
import { analyzeKyverno } from './kyverno/index.ts';
import { analyzeAdmissionPolicies } from './admission-policy/index.ts';
import { analyzeWebhooks } from './webhooks/index.ts';
import { engineVersionFacts } from './engine-versions/index.ts';
import { applyEngineReach } from './engine-reach.ts';
import type { ExemptionFact } from './coverage.ts';
import { coverageOfPodSecurityPolicy, isPodSecurityPolicy } from './pod-security-policy.ts';
import { proveByEvaluation } from './evaluate/index.ts';

/**
 * Turns the workspace into facts: one coverage fact per policy (or policy rule), the access
 * graph, and the input problems analyzers met. Each engine's analyzer is the only code that
 * reads that engine's policy language.
 */
export const analyzeWorkspace = (workspace: Workspace, loadProblems: readonly InputProblem[], settings: ScanSettings = NO_SETTINGS): Facts => {
  const coverage: CoverageFact[] = [];
  const problems: InputProblem[] = [...loadProblems];
  for (const policy of workspace.byKind('PodSecurityPolicy')) {
    if (isPodSecurityPolicy(policy)) coverage.push(coverageOfPodSecurityPolicy(policy));
  }
  const exemptions: ExemptionFact[] = [];
  const podSecurity = analyzePodSecurityAdmission(workspace);
  coverage.push(...podSecurity.coverage);
  exemptions.push(...podSecurity.exemptions);
  const kyverno = analyzeKyverno(workspace);
  exemptions.push(...kyverno.exemptions);
  for (const engine of [kyverno, analyzeAdmissionPolicies(workspace), analyzeWebhooks(workspace)]) {
    coverage.push(...engine.coverage);
    problems.push(...engine.problems);
  }
  const gatekeeper = analyzeGatekeeper(workspace);
  coverage.push(...gatekeeper.facts);
  problems.push(...gatekeeper.problems);
  // Malformed RBAC (a roleRef without name, a subject without kind...) is invalid input: EG001.
  const access = buildAccessGraph(workspace, { externalRoles: settings.externalRoles });
  problems.push(...access.problems.map((problem): InputProblem => ({ ruleId: 'EG001', at: problem.at, message: problem.message })));
  const engineVersions = engineVersionFacts(workspace);
  const proved = proveByEvaluation(workspace, applyEngineReach(coverage, engineVersions));
  problems.push(...proved.problems);
  return { workspace, coverage: proved.coverage, exemptions, access, problems, settings, engineVersions, probes: proved.probes };
};
