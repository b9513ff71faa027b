export { analyzeCelConditions, analyzeCelPolicy } from './cel-policy.ts';
export { parseCel } from './parse-cel.ts';
export { celUpdateTestAnchors } from './update-scenario.ts';
export { celListExtensions, type CelListExtension } from './list-extension.ts';
export type { CelNode, CelParseResult } from './parse-cel.ts';
export type {
  CelConditionInput,
  CelConditionsAnalysis,
  CelEvidence,
  CelExpressionInput,
  CelFieldRead,
  CelFieldRole,
  CelListRead,
  CelPodSpecScope,
  CelPolicyAnalysis,
  CelPolicyInput,
  CelUnknown,
  CelUpdateExemption,
  CelUpdateTest,
  CelValidationAnalysis,
  CelVariableInput,
} from './types.ts';
