import type { CoverageFact, CoverageReason } from '../coverage.ts';
import { unknownConstruct, type InputProblem } from '../../model/input-problem.ts';
import type { CelConditionInput, CelExpressionInput, CelVariableInput } from '../cel/index.ts';
import { CelSources, celCoverageParts } from '../admission-policy/index.ts';
import { analyzeRegoPolicy, type RegoModuleSource, type RegoPolicyAnalysis } from '../rego/index.ts';
import { decideFact, type CoverageParts, type VerdictHints, type VerdictInput } from '../verdict.ts';
import { objectLabel, type ObjectRef } from '../../model/object-ref.ts';
import { childRef, spanRef, type NodeRef } from '../../model/source-ref.ts';
import type { K8sObject } from '../../model/workspace.ts';
import type { PolicyScope } from '../../model/policy-scope.ts';
import { constraintScope, constraintsPolicyScope, parameterStrings } from './constraints.ts';
import { celLogic, regoLogic, type PolicyLogic } from './coverage-terms.ts';
import { isRecord } from '../../json.ts';

const TEMPLATE_API_VERSIONS: ReadonlySet<string> = new Set([
  'templates.gatekeeper.sh/v1',
  'templates.gatekeeper.sh/v1beta1',
  'templates.gatekeeper.sh/v1alpha1',
]);

export const isConstraintTemplate = (object: Pick<K8sObject, 'apiVersion' | 'kind'>): boolean =>
  object.kind === 'ConstraintTemplate' && TEMPLATE_API_VERSIONS.has(object.apiVersion);

type Json = Readonly<Record<string, unknown>>;
const at = (value: unknown, ...path: readonly (string | number)[]): unknown => {
  let current = value;
  for (const key of path) {
    if (typeof key === 'number') current = Array.isArray(current) ? current[key] : undefined;
    else current = isRecord(current) ? current[key] : undefined;
  }
  return current;
};

/** One Rego program of a template: its main module and libs, each with the scalar it came from. */
interface RegoCode {
  readonly modules: readonly RegoModuleSource[];
  readonly refs: ReadonlyMap<string, NodeRef>;
  /** `spec.targets[].rego` (legacy), which takes precedence over a `code[]` Rego engine. */
  readonly legacy: boolean;
}

/** One K8sNativeValidation source: its expressions, registered in `sources` to map back to the YAML. */
interface CelCode {
  readonly sources: CelSources;
  readonly variables: readonly CelVariableInput[];
  readonly validations: readonly CelExpressionInput[];
  readonly matchConditions: readonly CelConditionInput[];
}

interface TemplateCode {
  readonly rego: RegoCode[];
  readonly cel: CelCode[];
  /** Targets other than the admission target (Config Validator's `validation.gcp.forsetisecurity.org`...), by name. */
  readonly otherTargets: string[];
  /** Whether any target entry is (or may be) the admission target. */
  readonly admission: boolean;
}

const ADMISSION_TARGET = 'admission.k8s.gatekeeper.sh';

/** Every Rego and CEL program of the template's admission target(s). */
const templateCode = (template: K8sObject): TemplateCode => {
  const rego: RegoCode[] = [];
  const cel: CelCode[] = [];
  const otherTargets: string[] = [];
  let admission = false;
  const targets = at(template.body, 'spec', 'targets');
  // Config Validator's own format keys its targets by name (`targets: {validation.gcp.forsetisecurity.org: {rego}}`).
  if (isRecord(targets)) {
    for (const name of Object.keys(targets)) if (name === ADMISSION_TARGET) admission = true; else otherTargets.push(name);
  }
  if (!Array.isArray(targets)) return { rego, cel, otherTargets, admission };
  const targetsRef = childRef(template.ref.at, 'spec', 'targets');
  targets.forEach((target, t) => {
    if (!isRecord(target)) return;
    if (typeof target['target'] === 'string' && target['target'] !== ADMISSION_TARGET) {
      otherTargets.push(target['target']);
      return;
    }
    admission = true;
    const targetRef = childRef(targetsRef, t);
    if (typeof target['rego'] === 'string') rego.push(regoCode(target['rego'], target['libs'], childRef(targetRef, 'rego'), childRef(targetRef, 'libs'), true));
    const code = target['code'];
    if (!Array.isArray(code)) return;
    code.forEach((entry, c) => {
      if (!isRecord(entry) || !isRecord(entry['source'])) return;
      const sourceRef = childRef(targetRef, 'code', c, 'source');
      const source = entry['source'];
      if (entry['engine'] === 'Rego' && typeof source['rego'] === 'string') {
        rego.push(regoCode(source['rego'], source['libs'], childRef(sourceRef, 'rego'), childRef(sourceRef, 'libs'), false));
      } else if (entry['engine'] === 'K8sNativeValidation') {
        cel.push(celCode(source, sourceRef));
      }
    });
  });
  return { rego, cel, otherTargets, admission };
};

const regoCode = (main: string, libs: unknown, mainRef: NodeRef, libsRef: NodeRef, legacy: boolean): RegoCode => {
  const modules: RegoModuleSource[] = [{ id: 'rego', source: main }];
  const refs = new Map<string, NodeRef>([['rego', mainRef]]);
  if (Array.isArray(libs)) {
    libs.forEach((lib, i) => {
      if (typeof lib !== 'string') return;
      modules.push({ id: `libs[${i}]`, source: lib });
      refs.set(`libs[${i}]`, childRef(libsRef, i));
    });
  }
  return { modules, refs, legacy };
};

/**
 * Gatekeeper reads a K8sNativeValidation source with the JSON names of its Go struct, and drops
 * unknown keys: the match conditions are `matchCondition` (singular), so a `matchConditions` key
 * does nothing (gatekeeper pkg/drivers/k8scel/schema/schema.go, `Source`).
 */
const celCode = (source: Json, sourceRef: NodeRef): CelCode => {
  const sources = new CelSources();
  return {
    sources,
    variables: sources.variables(source['variables'], childRef(sourceRef, 'variables')),
    validations: sources.collect(source['validations'], childRef(sourceRef, 'validations')),
    matchConditions: sources.collect(source['matchCondition'], childRef(sourceRef, 'matchCondition')),
  };
};

const located = (refs: ReadonlyMap<string, NodeRef>, fallback: NodeRef) => (pos: { module?: string; id?: string; start: number; end: number }): NodeRef => {
  const ref = refs.get(pos.module ?? pos.id ?? '');
  return ref === undefined ? fallback : spanRef(ref, pos.start, pos.end);
};

/**
 * The Rego analysis of each program text seen in one scan. A library's templates often carry the
 * same Rego (and libs) text: the analysis depends on the module ids and texts alone, and its
 * positions are offsets in a module, located in each template's own scalars (`located`), so one
 * analysis serves every template with the same text.
 */
export class RegoAnalyses {
  readonly #byText = new Map<string, RegoPolicyAnalysis>();
  of(modules: readonly RegoModuleSource[]): RegoPolicyAnalysis {
    const key = JSON.stringify(modules.map((m) => [m.id, m.source]));
    let analysis = this.#byText.get(key);
    if (analysis === undefined) {
      analysis = analyzeRegoPolicy(modules);
      this.#byText.set(key, analysis);
    }
    return analysis;
  }
}

export interface TemplateAnalysis {
  readonly fact: CoverageFact;
  readonly problems: readonly InputProblem[];
}

/**
 * The coverage fact of one ConstraintTemplate, given the Constraints of its kind in scope.
 *
 * Which code decides: Gatekeeper evaluates one engine per template. `K8sNativeValidation`
 * (CEL) has priority over Rego when both are present and the CEL driver is on (the default,
 * `--enable-k8s-native-validation=true`), and the legacy `targets[].rego` over a `code[]` Rego
 * engine (gatekeeper website/docs/constrainttemplates.md "Field Precedence",
 * validating-admission-policy.md FAQ). So CEL decides when present; the Rego code's verdict, used
 * when the CEL driver is off, is added as a reason when it differs. Every program's parse errors
 * are reported.
 */
export const analyzeConstraintTemplate = (template: K8sObject, constraints: readonly K8sObject[], regoAnalyses: RegoAnalyses = new RegoAnalyses()): TemplateAnalysis => {
  const label = objectLabel(template.ref);
  const code = templateCode(template);
  const parameters = (path: readonly string[]) => parameterStrings(constraints, path);
  const rego = code.rego.map((program) => ({
    program,
    logic: regoLogic(
      regoAnalyses.of(program.modules),
      located(program.refs, template.ref.at),
      parameters,
      label,
    ),
  }));
  const cel = code.cel.map((program) => ({
    program,
    logic: celLogic(celCoverageParts(program.sources, program), label),
  }));
  const problems: InputProblem[] = [...rego.flatMap((r) => r.logic.problems), ...cel.flatMap((c) => c.logic.problems)];
  const regoDeciding = rego.find((r) => r.program.legacy) ?? rego[0];
  const deciding = cel[0]?.logic ?? regoDeciding?.logic;
  const kind = at(template.body, 'spec', 'crd', 'spec', 'names', 'kind');
  const scope = constraintScope(constraints, typeof kind === 'string' ? kind : template.name);
  const activatedBy: ObjectRef[] = constraints.map((c) => c.ref);
  const applies = constraintsPolicyScope(constraints, template);
  const setting: TemplateSetting = { template, scope, activatedBy, applies };

  if (deciding === undefined && !code.admission && code.otherTargets.length > 0) {
    // Gatekeeper's admission webhook runs the admission target only: code for another target
    // (Config Validator's GCP assets, Terraform plans) never sees a Pod.
    const notApplicable = `its code is for ${code.otherTargets.join(', ')}, not ${ADMISSION_TARGET}: Gatekeeper's admission webhook never runs it`;
    return { fact: factOf(setting, { reads: {}, checks: [], unknowns: [], problems: [], fixes: [] }, undefined, { notApplicable }), problems };
  }
  if (deciding === undefined) {
    const where = childRef(template.ref.at, 'spec', 'targets');
    const note = 'has no Rego or K8sNativeValidation code for the admission target';
    problems.push(unknownConstruct(where, label, 'no Rego or K8sNativeValidation code for the admission target', { edit: 'add its code', orReview: true }));
    return { fact: factOf(setting, { reads: {}, checks: [], unknowns: [{ at: where, note }], problems: [], fixes: [] }), problems };
  }
  const notes: CoverageReason[] = [];
  if (constraints.length === 0) notes.push({ text: 'no constraint in scope: the template alone decides nothing; taken to match Pod' });
  const otherwise: VerdictHints['otherwise'] =
    cel[0] !== undefined && regoDeciding !== undefined
      ? { when: "the K8sNativeValidation (CEL) code decides; the Rego code, which runs when Gatekeeper's CEL driver is off, would be", input: verdictInputOf(setting, regoDeciding.logic) }
      : undefined;
  const decided = factOf(setting, deciding, cel[0] !== undefined ? 'cel' : 'rego', { notes, ...(otherwise && { otherwise }) });
  return { fact: decided, problems };
};

/** What a template's fact rests on besides its code: its Constraints' scope, and where it applies. */
interface TemplateSetting {
  readonly template: K8sObject;
  readonly scope: ReturnType<typeof constraintScope>;
  readonly activatedBy: readonly ObjectRef[];
  readonly applies: PolicyScope;
}

const factOf = (setting: TemplateSetting, logic: PolicyLogic, language?: 'rego' | 'cel', said: Pick<VerdictHints, 'notes' | 'otherwise' | 'notApplicable'> = {}): CoverageFact => {
  const { parts, hints } = inputOf(setting, logic, language);
  return decideFact(parts, { ...hints, ...said });
};

/** What the Rego code alone would be decided from (the CEL driver off). */
const verdictInputOf = (setting: TemplateSetting, logic: PolicyLogic): VerdictInput => {
  const { parts, hints } = inputOf(setting, logic, 'rego');
  return { ...parts, ...hints };
};

/** The fact's parts and hints of one code of the template (CEL or Rego), before the decision. */
const inputOf = ({ template, scope, activatedBy, applies }: TemplateSetting, logic: PolicyLogic, language?: 'rego' | 'cel'): { parts: CoverageParts; hints: VerdictHints } => {
  const parts: CoverageParts = {
    engine: 'gatekeeper',
    policy: template.ref,
    ...(language && { language }),
    scope: applies,
    reads: logic.reads,
    checks: logic.checks,
    receivesSubresource: scope.receivesSubresource,
    ...(scope.subresourceEvidence && { subresourceEvidence: scope.subresourceEvidence }),
    handlesUpdate: logic.updateExemption ? 'no' : 'yes',
    ...(logic.updateExemption && { updateEvidence: logic.updateExemption }),
    ...(logic.fixes.length > 0 && { fixes: logic.fixes }),
    enforces: scope.enforces,
    ...(activatedBy.length > 0 && { activatedBy }),
    ...(scope.controllersOnly && { controllersOnly: scope.controllersOnly }),
    ...(logic.blocksEphemeralContainers && { blocksEphemeralContainers: logic.blocksEphemeralContainers }),
  };
  // Only a dryrun or warn on every Constraint is said: an enforcementAction Gatekeeper does not know leaves enforcement unknown.
  const enforcementEvidence =
    scope.enforces === 'no' ? { note: `${scope.enforcementEvidence?.note ?? 'dryrun or warn'} on every Constraint: violations are reported, not denied`, ...(scope.enforcementEvidence && { at: scope.enforcementEvidence.at }) } : undefined;
  const hints: VerdictHints = { unknowns: logic.unknowns, ...(enforcementEvidence && { enforcementEvidence }) };
  return { parts, hints };
};

