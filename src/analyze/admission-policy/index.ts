import type { CoverageFact } from '../coverage.ts';
import type { InputProblem } from '../../model/input-problem.ts';
import type { Workspace } from '../../model/workspace.ts';
import { NO_TIME_LIMIT, type TimeCheck } from '../../model/time-limit.ts';
import { objectLabel } from '../../model/object-ref.ts';
import { admissionPolicyKind, analyzeAdmissionPolicy, bindingsByPolicy } from './admission-policy.ts';
import { pushAll } from '../../array.ts';

export { admissionPolicyKind, analyzeAdmissionPolicy, bindingsByPolicy, type AdmissionPolicyKind } from './admission-policy.ts';
export { CelSources, celConditionsDropUpdate, celCoverageParts, celPolicyFacts, type CelCoverageParts, type CelPolicyFacts } from './cel-facts.ts';
export { missFix, missRef, ruleReach, type RuleListRefs, type RuleReach } from './rule-reach.ts';

const KINDS = ['ValidatingAdmissionPolicy', 'MutatingAdmissionPolicy', 'ValidatingPolicy', 'ImageValidatingPolicy', 'MutatingPolicy', 'NamespacedValidatingPolicy', 'NamespacedImageValidatingPolicy', 'NamespacedMutatingPolicy'] as const;

/** Coverage of every VAP/MAP and Kyverno CEL policy (validating, image, mutating) in the workspace, bindings indexed once. */
export const analyzeAdmissionPolicies = (workspace: Workspace, checkTime: TimeCheck = NO_TIME_LIMIT): { coverage: CoverageFact[]; problems: InputProblem[] } => {
  const bindings = bindingsByPolicy([
    ...workspace.byKind('ValidatingAdmissionPolicyBinding'),
    ...workspace.byKind('MutatingAdmissionPolicyBinding'),
  ]);
  const coverage: CoverageFact[] = [];
  const problems: InputProblem[] = [];
  for (const kind of KINDS) {
    for (const policy of workspace.byKind(kind)) {
      if (!admissionPolicyKind(policy)) continue;
      checkTime('analysing admission policies', () => `the admission policies from ${objectLabel(policy)} on, and every later stage`);
      const result = analyzeAdmissionPolicy(policy, bindings);
      if (result.fact) coverage.push(result.fact);
      pushAll(problems, result.problems);
    }
  }
  return { coverage, problems };
};
