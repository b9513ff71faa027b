import type { CoverageFact } from '../coverage.ts';
import { unknownConstruct, type InputProblem } from '../../model/input-problem.ts';
import { childRef } from '../../model/source-ref.ts';
import type { K8sObject, Workspace } from '../../model/workspace.ts';
import { NO_TIME_LIMIT, type TimeCheck } from '../../model/time-limit.ts';
import { objectLabel } from '../../model/object-ref.ts';
import { constraintMatch, constraintsOf, isConstraint } from './constraints.ts';
import { analyzeConstraintTemplate, isConstraintTemplate, RegoAnalyses } from './template.ts';
import { analyzeRegoSources } from './rego-modules.ts';
import { analyzeGatekeeperMutators } from './mutators.ts';
import { isRecord } from '../../json.ts';
import { pushAll } from '../../array.ts';

export { analyzeConstraintTemplate, isConstraintTemplate } from './template.ts';
export { analyzeRegoSources } from './rego-modules.ts';
export { constraintMatch, constraintScope, constraintsOf } from './constraints.ts';
export { libraryVersionSkippingUpdate, LIBRARY_VERSION_ANNOTATION } from '../../model/gatekeeper-library.ts';

/**
 * Constraints that may match Pods, of a kind no scanned ConstraintTemplate defines (a template
 * library installed apart, as Policy Controller's): what they check is not in the files, so
 * unknown. One EG003 per kind, at its first Constraint.
 */
const constraintsWithoutTemplate = (workspace: Workspace, defined: ReadonlySet<string>): InputProblem[] => {
  const byKind = new Map<string, K8sObject[]>();
  for (const object of workspace.objects) {
    if (!isConstraint(object) || defined.has(object.kind) || constraintMatch(object).matchesPod === 'no') continue;
    const list = byKind.get(object.kind);
    if (list) list.push(object);
    else byKind.set(object.kind, [object]);
  }
  return [...byKind].map(([kind, constraints]) =>
    unknownConstruct(
      childRef(constraints[0]!.ref.at, 'kind'),
      `Constraint kind ${kind}`,
      'no scanned ConstraintTemplate defines it',
      { edit: 'add its template, or check it by hand' },
      `${constraints.map((c) => c.name).slice(0, 3).join(', ')}${constraints.length > 3 ? ` and ${constraints.length - 3} more` : ''} may match Pods; what they check (ephemeral containers included) is in the template's code, not in these files`,
    ),
  );
};

/** Gatekeeper: one fact per ConstraintTemplate (linked to its Constraints), per standalone Rego module and per mutator. */
export const analyzeGatekeeper = (workspace: Workspace, checkTime: TimeCheck = NO_TIME_LIMIT): { facts: CoverageFact[]; problems: InputProblem[] } => {
  const facts: CoverageFact[] = [];
  const problems: InputProblem[] = [];
  const defined = new Set<string>();
  const regoAnalyses = new RegoAnalyses();
  for (const template of workspace.byKind('ConstraintTemplate')) {
    if (!isConstraintTemplate(template)) continue;
    checkTime('analysing Gatekeeper constraint templates', () => `the ConstraintTemplates from ${objectLabel(template)} on, and every later stage`);
    const spec = template.body['spec'];
    const names = isRecord(spec) && isRecord(spec['crd']) && isRecord(spec['crd']['spec']) ? spec['crd']['spec']['names'] : undefined;
    const kind = isRecord(names) && typeof names['kind'] === 'string' ? names['kind'] : undefined;
    if (kind !== undefined) defined.add(kind);
    const result = analyzeConstraintTemplate(template, kind === undefined ? [] : constraintsOf(workspace, kind), regoAnalyses);
    facts.push(result.fact);
    pushAll(problems, result.problems);
  }
  pushAll(problems, constraintsWithoutTemplate(workspace, defined));
  const modules = analyzeRegoSources(workspace.textSources, checkTime);
  pushAll(facts, modules.facts);
  pushAll(problems, modules.problems);
  const mutators = analyzeGatekeeperMutators(workspace);
  pushAll(facts, mutators.facts);
  pushAll(problems, mutators.problems);
  return { facts, problems };
};
