export { analyzeKyvernoPolicy, isKyvernoPolicy } from './policy.ts';
export { analyzeKyvernoPolicyException, isKyvernoPolicyException } from './policy-exception.ts';
export { kyvernoCelCoverage, type KyvernoCelCoverage } from './cel-coverage.ts';
export {
  parseKindSelector,
  selectorMatches,
  wildcardMatch,
  POD_CONTROLLER_KINDS,
  POD_REQUEST,
  EPHEMERAL_REQUEST,
  type KindSelector,
  type RequestKind,
} from './kind-selector.ts';
export { ruleMatchFacts, type RuleMatchFacts } from './rule-match.ts';
export { patternChecks, containerPatternChecks, parseAnchor, type LogicFacts, type ListRead, type AnchorKind } from './pattern-checks.ts';
export { conditionsDropUpdate, conditionReads, type UpdateFilter } from './conditions.ts';
export { parseJmes, jmesReads, kyvernoVariables, kyvernoSubstitution, isRequestOperation, type JmesReads, type JmesBinding, type KyvernoVariable } from './jmespath-reads.ts';
export { ruleEnforcement } from './failure-action.ts';
export { podSecurityFacts } from './pod-security.ts';
export type { KyvernoCoverageFact, KyvernoExceptionFact, ListedFieldCheck } from './types.ts';
export { analyzeKyverno, exemptionOfKyvernoException } from './analyze-kyverno.ts';
