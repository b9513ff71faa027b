import type { CoverageFact, ExemptionFact } from '../coverage.ts';
import type { InputProblem } from '../../model/input-problem.ts';
import type { Workspace } from '../../model/workspace.ts';
import { NO_TIME_LIMIT, type TimeCheck } from '../../model/time-limit.ts';
import { objectLabel } from '../../model/object-ref.ts';
import { analyzeKyvernoPolicy, isKyvernoPolicy } from './policy.ts';
import { analyzeKyvernoPolicyException, isKyvernoPolicyException } from './policy-exception.ts';
import type { KyvernoExceptionFact } from './types.ts';
import { neverAdmittingPolicies } from './never-admits.ts';
import { pushAll } from '../../array.ts';

/** A PolicyException as the engine-neutral exemption fact EG109 reads. */
export const exemptionOfKyvernoException = (fact: KyvernoExceptionFact): ExemptionFact => ({
  engine: 'kyverno',
  exemption: fact.exception,
  at: fact.at,
  policies: fact.exempts.map((e) => ({ name: e.policyName, ...(e.ruleNames.length > 0 ? { rules: e.ruleNames } : {}) })),
  coversSubresource: 'yes',
  note: fact.note,
  ...(fact.podSecurityControls ? { podSecurityControls: fact.podSecurityControls } : {}),
});

/** Every Kyverno ClusterPolicy/Policy rule's coverage, the kinds that never admit (never-admits.ts), and every PolicyException's exemption. */
export const analyzeKyverno = (workspace: Workspace, checkTime: TimeCheck = NO_TIME_LIMIT): { coverage: CoverageFact[]; exemptions: ExemptionFact[]; problems: InputProblem[] } => {
  const coverage: CoverageFact[] = [];
  const exemptions: ExemptionFact[] = [];
  const problems: InputProblem[] = [];
  for (const kind of ['ClusterPolicy', 'Policy']) {
    for (const policy of workspace.byKind(kind)) {
      if (!isKyvernoPolicy(policy)) continue;
      checkTime('analysing Kyverno policies', () => `the Kyverno policies from ${objectLabel(policy)} on, and every later stage`);
      const result = analyzeKyvernoPolicy(policy);
      pushAll(coverage, result.facts);
      pushAll(problems, result.problems);
    }
  }
  for (const exception of workspace.byKind('PolicyException')) {
    if (!isKyvernoPolicyException(exception)) continue;
    checkTime('analysing Kyverno policy exceptions', () => `the PolicyExceptions from ${objectLabel(exception)} on, and every later stage`);
    const result = analyzeKyvernoPolicyException(exception);
    pushAll(exemptions, result.facts.map(exemptionOfKyvernoException));
    pushAll(problems, result.problems);
  }
  pushAll(coverage, neverAdmittingPolicies(workspace));
  return { coverage, exemptions, problems };
};
