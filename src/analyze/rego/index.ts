export type * from './ast.ts';
export { parseRego, refToPath, type RegoParseResult } from './parser.ts';
export {
  analyzeRegoPolicy,
  type EphemeralControl,
  type RegoDynamicKey,
  type RegoEntryAnalysis,
  type RegoFieldCheck,
  type RegoModuleSource,
  type RegoParseProblem,
  type RegoPolicyAnalysis,
  type RegoPosition,
  type RegoUnknown,
  type RegoClause,
  type RegoListLiteral,
  type RegoUpdateExemption,
  type RegoUpdateTest,
  type RegoOperationLiteral,
} from './analysis.ts';
