import type { CoverageFact } from '../coverage.ts';
import type { InputProblem } from '../../model/input-problem.ts';
import type { Workspace } from '../../model/workspace.ts';
import { NO_TIME_LIMIT, type TimeCheck } from '../../model/time-limit.ts';
import { objectLabel } from '../../model/object-ref.ts';
import { constraintsOf } from './constraints.ts';
import { analyzeConstraintTemplate, isConstraintTemplate } from './template.ts';
import { analyzeRegoSources } from './rego-modules.ts';
import { isRecord } from '../../json.ts';
import { pushAll } from '../../array.ts';

export { analyzeConstraintTemplate, isConstraintTemplate } from './template.ts';
export { analyzeRegoSources } from './rego-modules.ts';
export { constraintMatch, constraintScope, constraintsOf } from './constraints.ts';
export { libraryVersionSkippingUpdate, LIBRARY_VERSION_ANNOTATION } from '../../model/gatekeeper-library.ts';

/** Gatekeeper: one fact per ConstraintTemplate (linked to its Constraints) and per standalone Rego module. */
export const analyzeGatekeeper = (workspace: Workspace, checkTime: TimeCheck = NO_TIME_LIMIT): { facts: CoverageFact[]; problems: InputProblem[] } => {
  const facts: CoverageFact[] = [];
  const problems: InputProblem[] = [];
  for (const template of workspace.byKind('ConstraintTemplate')) {
    if (!isConstraintTemplate(template)) continue;
    checkTime('analysing Gatekeeper constraint templates', () => `the ConstraintTemplates from ${objectLabel(template)} on, and every later stage`);
    const spec = template.body['spec'];
    const names = isRecord(spec) && isRecord(spec['crd']) && isRecord(spec['crd']['spec']) ? spec['crd']['spec']['names'] : undefined;
    const kind = isRecord(names) && typeof names['kind'] === 'string' ? names['kind'] : undefined;
    const result = analyzeConstraintTemplate(template, kind === undefined ? [] : constraintsOf(workspace, kind));
    facts.push(result.fact);
    pushAll(problems, result.problems);
  }
  const modules = analyzeRegoSources(workspace.textSources, checkTime);
  pushAll(facts, modules.facts);
  pushAll(problems, modules.problems);
  return { facts, problems };
};
