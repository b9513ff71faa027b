import type { Workspace } from '../model/workspace.ts';
import { emptyAccessGraph } from './access.ts';
import type { CoverageFact } from './coverage.ts';
import type { Facts, InputProblem } from './facts.ts';
import { analyzeGatekeeper } from './gatekeeper/index.ts';
import { coverageOfNamespace } from './pod-security-admission.ts';
import { coverageOfPodSecurityPolicy, isPodSecurityPolicy } from './pod-security-policy.ts';

/**
 * Turns the workspace into facts: one coverage fact per policy (or policy rule), the access
 * graph, and the input problems analyzers met. Each engine's analyzer is the only code that
 * reads that engine's policy language.
 */
export const analyzeWorkspace = (workspace: Workspace, loadProblems: readonly InputProblem[]): Facts => {
  const coverage: CoverageFact[] = [];
  const problems: InputProblem[] = [...loadProblems];
  for (const policy of workspace.byKind('PodSecurityPolicy')) {
    if (isPodSecurityPolicy(policy)) coverage.push(coverageOfPodSecurityPolicy(policy));
  }
  for (const namespace of workspace.byKind('Namespace')) {
    const fact = coverageOfNamespace(namespace);
    if (fact) coverage.push(fact);
  }
  const gatekeeper = analyzeGatekeeper(workspace);
  coverage.push(...gatekeeper.facts);
  problems.push(...gatekeeper.problems);
  return { workspace, coverage, exemptions: [], access: emptyAccessGraph, problems };
};
