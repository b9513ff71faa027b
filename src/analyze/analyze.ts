import { NO_TIME_LIMIT, type TimeCheck } from '../model/time-limit.ts';
import { NO_SETTINGS, type ScanSettings } from '../model/settings.ts';
import type { Workspace } from '../model/workspace.ts';
import { HOLE_AS_IS, type NameHole } from '../model/coverage-holes.ts';
import type { CoverageFact } from './coverage.ts';
import type { Facts } from './facts.ts';
import type { InputProblem } from '../model/input-problem.ts';
import { buildAccessGraph } from './rbac/build-access-graph.ts';
import { engineVersionFacts } from './engine-versions/index.ts';
import { applyEngineReach } from './engine-reach.ts';
import { ENGINE_ANALYZERS, type EngineAnalyzer } from './engines.ts';
import { controlsOnGrants } from './grant-controls.ts';
import type { ExemptionFact } from './coverage.ts';
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
  nameHole: NameHole = HOLE_AS_IS,
  analyzers: readonly EngineAnalyzer[] = ENGINE_ANALYZERS,
): Facts => {
  // Each engine's analysis is bounded by its parsers' step budgets; the time limit is checked between them.
  const step = (stage: string, rest: string): void => checkTime(stage, () => rest);
  const coverage: CoverageFact[] = [];
  const problems: InputProblem[] = [...loadProblems];
  const exemptions: ExemptionFact[] = [];
  for (const [i, engine] of analyzers.entries()) {
    const rest = analyzers.slice(i).flatMap((later) => (later.name ? [later.name] : []));
    if (engine.stage) step(engine.stage, [...rest, 'RBAC, the probes and the rules'].join(', '));
    const analysis = engine.analyze(workspace, checkTime);
    pushAll(coverage, analysis.coverage);
    pushAll(problems, analysis.problems ?? []);
    pushAll(exemptions, analysis.exemptions ?? []);
  }
  // Malformed RBAC (a roleRef without name, a subject without kind...) is invalid input: EG001.
  step('reading RBAC', 'RBAC, the probes and the rules');
  const access = buildAccessGraph(workspace, { externalRoles: settings.externalRoles });
  pushAll(problems, access.problems.map((problem): InputProblem => ({ kind: 'invalid-manifest', at: problem.at, message: problem.message })));
  const engineVersions = engineVersionFacts(workspace);
  // Probes run on the policies' code after the engines' reach is known; guards count only what
  // both analyses agree covers.
  const proved = proveByEvaluation(workspace, applyEngineReach(coverage, engineVersions), checkTime, nameHole);
  step('joining guards and grants', 'who may add ephemeral containers and the rules');
  pushAll(problems, proved.problems);
  const installations = analyzers.flatMap((engine) => (engine.installation ? [engine.installation(workspace)] : []));
  const closed = closeHolesAcrossPolicies({ workspace, coverage: proved.coverage, installations, probes: proved.probes });
  const guards = controlsOnGrants({ workspace, coverage: closed, installations, access, settings });
  return { workspace, coverage: closed, exemptions, access, installations, guards, problems, settings, engineVersions, probes: proved.probes };
};
