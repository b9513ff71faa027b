import type { Engine } from '../../model/policy-engine.ts';
import { admissionPolicyKind } from '../admission-policy/admission-policy.ts';
import { constraintsOf } from '../gatekeeper/constraints.ts';
import { isConstraintTemplate } from '../gatekeeper/template.ts';
import { isKyvernoPolicy } from '../kyverno/policy.ts';
import { labelSelectorMatches, readLabels, readLabelSelector } from '../../model/label-selector.ts';
import { decideKyvernoRule } from './kyverno-evaluate.ts';
import { parseRego } from '../rego/parser.ts';
import type { RegoModule } from '../rego/ast.ts';
import { queryRego, regoToJson, RegoSet } from './rego-evaluate.ts';
import { ADMITTED, denied, notEvaluated } from './decision.ts';
import { objectLabel, type ObjectRef } from '../../model/object-ref.ts';
import type { K8sObject, Workspace } from '../../model/workspace.ts';
import { isRecord } from '../../json.ts';
import { decideCelPolicy, type CelNamedExpression, type CelValidatingPolicy, type CelValidation } from './cel-policy-evaluate.ts';
import type { Decision } from './decision.ts';
import type { Evaluator, ParameterSource } from './probe-facts.ts';

/** One way to run a policy's code on a request: its parameters fixed. */
export interface Evaluation {
  readonly parameters: ParameterSource;
  /**
   * Equal for evaluations that decide every request alike (same code, same parameters): a
   * repository that copies one policy many times is evaluated once.
   */
  readonly sameAs: string;
  readonly decide: (request: Readonly<Record<string, unknown>>) => Decision;
}

/** A policy (or Kyverno rule) the probes run against, with one evaluation per parameter set. */
export interface EvaluationTarget {
  readonly engine: Engine;
  readonly policy: ObjectRef;
  readonly rule?: string;
  readonly evaluator: Evaluator;
  readonly evaluations: readonly Evaluation[];
}

type Json = Record<string, unknown>;

const records = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isRecord) : []);

const namedExpressions = (value: unknown): CelNamedExpression[] =>
  records(value).flatMap((item) => (typeof item['name'] === 'string' && typeof item['expression'] === 'string' ? [{ name: item['name'], expression: item['expression'] }] : []));

const validationsOf = (value: unknown): CelValidation[] =>
  records(value).flatMap((item) =>
    typeof item['expression'] === 'string'
      ? [
          {
            expression: item['expression'],
            ...(typeof item['message'] === 'string' && { message: item['message'] }),
            ...(typeof item['messageExpression'] === 'string' && { messageExpression: item['messageExpression'] }),
          },
        ]
      : [],
  );

/** failurePolicy defaults to Fail in admissionregistration.k8s.io/v1 and in Kyverno's CEL policies. */
const failurePolicyOf = (value: unknown): 'Fail' | 'Ignore' => (value === 'Ignore' ? 'Ignore' : 'Fail');

const celPolicyOf = (source: Json, matchConditionsKey: string): CelValidatingPolicy => ({
  matchConditions: namedExpressions(source[matchConditionsKey]),
  variables: namedExpressions(source['variables']),
  validations: validationsOf(source['validations']),
  failurePolicy: failurePolicyOf(source['failurePolicy']),
});

/**
 * The parameter objects of a ValidatingAdmissionPolicy: of the policy's `paramKind`, what each
 * binding's `paramRef` names (`name`) or selects by label (`selector`; `{}` selects every one),
 * in its `namespace` when it sets one. The apiserver evaluates the policy once per param object
 * and admits only when every evaluation does; the repository's objects are the ones a scan knows.
 */
const vapParameters = (workspace: Workspace, policy: K8sObject, spec: Json): ParameterSet[] => {
  const paramKind = spec['paramKind'];
  if (!isRecord(paramKind) || typeof paramKind['kind'] !== 'string') return [{ parameters: { kind: 'not-parameterized' }, params: null }];
  const kind = paramKind['kind'];
  const found = new Map<K8sObject, true>();
  const together: ParameterSet[] = [];
  for (const binding of workspace.byKind('ValidatingAdmissionPolicyBinding')) {
    const bindingSpec = binding.body['spec'];
    if (!isRecord(bindingSpec) || bindingSpec['policyName'] !== policy.name || !isRecord(bindingSpec['paramRef'])) continue;
    const ref = bindingSpec['paramRef'];
    if (typeof ref['name'] === 'string') {
      const param = workspace.byName(kind, ref['name']).find((object) => paramRefSelects(ref, object));
      if (param) found.set(param, true);
    } else if (ref['selector'] !== undefined) {
      const selected = workspace.byKind(kind).filter((object) => paramRefSelects(ref, object));
      if (selected.length === 1) found.set(selected[0]!, true);
      else if (selected.length > 1) {
        // One request is admitted only when every selected param admits it: one evaluation, not one per param.
        together.push({
          parameters: { kind: 'none' },
          params: null,
          unavailable: `the paramRef.selector of ${objectLabel(binding.ref)} selects ${selected.length} param objects (${selected.map((param) => objectLabel(param.ref)).join(', ')}), whose evaluations the apiserver combines; the probes evaluate one param object at a time`,
        });
      }
    }
  }
  if (found.size === 0 && together.length === 0) return [{ parameters: { kind: 'none' }, params: null }];
  return [...[...found.keys()].map((param): ParameterSet => ({ parameters: { kind: 'param', object: param.ref }, params: param.body })), ...together];
};

/**
 * Whether a binding's `paramRef` picks this object (of the policy's paramKind): by `name`, else
 * by `selector` (an invalid one picks none), within `namespace` when set.
 */
export const paramRefSelects = (ref: Readonly<Json>, object: K8sObject): boolean => {
  if (typeof ref['namespace'] === 'string' && object.namespace !== ref['namespace']) return false;
  if (typeof ref['name'] === 'string') return object.name === ref['name'];
  if (ref['selector'] === undefined) return false;
  const selector = readLabelSelector(ref['selector']);
  return selector.ok && labelSelectorMatches(selector.selector, readLabels(object.body['metadata']));
};

/** One set of parameters to run a policy with; `unavailable` says why it cannot be evaluated. */
interface ParameterSet {
  readonly parameters: ParameterSource;
  readonly params: unknown;
  readonly unavailable?: string;
}

const celTarget = (engine: Engine, policy: K8sObject, source: CelValidatingPolicy, parameterSets: readonly ParameterSet[], extra?: (params: unknown) => CelNamedExpression[]): EvaluationTarget => ({
  engine,
  policy: policy.ref,
  evaluator: 'cel',
  evaluations: parameterSets.map(({ parameters, params, unavailable }) => ({
    parameters,
    sameAs: JSON.stringify(['cel', engine, source, params, extra?.(params) ?? [], unavailable ?? '']),
    decide: unavailable !== undefined ? () => notEvaluated(unavailable) : (request) => decideCelPolicy(source, { request, params }, extra?.(params)),
  })),
});

/**
 * ValidatingAdmissionPolicy and Kyverno's ValidatingPolicy and ImageValidatingPolicy: the
 * policy's own CEL. An ImageValidatingPolicy's validations read the images Kyverno extracts and
 * verifies in the registry (`images`, `attestors`, `attestations`): those are unknown, so its
 * probes decide only through its match conditions or a validation that reads none of them.
 * A MutatingAdmissionPolicy has no validations (its spec holds mutations): nothing in it denies
 * a container, so no probe applies to it.
 */
const admissionPolicyTargets = (workspace: Workspace): EvaluationTarget[] => {
  const targets: EvaluationTarget[] = [];
  for (const object of workspace.objects) {
    const kind = admissionPolicyKind(object);
    if (kind !== 'ValidatingAdmissionPolicy' && kind !== 'ValidatingPolicy' && kind !== 'ImageValidatingPolicy') continue;
    const spec = object.body['spec'];
    if (!isRecord(spec)) continue;
    const source = celPolicyOf(spec, 'matchConditions');
    if (source.validations.length === 0) continue;
    if (kind === 'ValidatingAdmissionPolicy') targets.push(celTarget('validating-admission-policy', object, source, vapParameters(workspace, object, spec)));
    else targets.push(celTarget('kyverno-cel', object, source, [{ parameters: { kind: 'not-parameterized' }, params: null }]));
  }
  return targets;
};

/** The values a parameter schema gives by default (`default:` on properties, recursively). */
export const schemaDefaults = (schema: unknown, depth = 0): unknown => {
  if (!isRecord(schema) || depth > 20) return undefined;
  if (schema['default'] !== undefined) return structuredClone(schema['default']);
  if (!isRecord(schema['properties'])) return undefined;
  const out: Json = {};
  for (const [key, property] of Object.entries(schema['properties'])) {
    const value = schemaDefaults(property, depth + 1);
    if (value !== undefined) out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
};

const at = (value: unknown, ...path: string[]): unknown => {
  let current = value;
  for (const key of path) current = isRecord(current) ? current[key] : undefined;
  return current;
};

const ADMISSION_TARGET = 'admission.k8s.gatekeeper.sh';

/** The admission target of a ConstraintTemplate (Gatekeeper allows exactly one). */
export const admissionTargetOf = (template: K8sObject): Json | undefined => {
  const targets = records(at(template.body, 'spec', 'targets'));
  return targets.find((target) => target['target'] === undefined || target['target'] === ADMISSION_TARGET);
};

/**
 * The parameters a template's code runs with: each Constraint's `spec.parameters`; without a
 * Constraint in scope, the defaults of the template's parameter schema, else none.
 */
export const constraintParameters = (workspace: Workspace, template: K8sObject): { parameters: ParameterSource; params: unknown; constraint?: K8sObject }[] => {
  const kind = at(template.body, 'spec', 'crd', 'spec', 'names', 'kind');
  const constraints = typeof kind === 'string' ? constraintsOf(workspace, kind) : [];
  if (constraints.length > 0) {
    return constraints.map((constraint) => ({ parameters: { kind: 'constraint', object: constraint.ref }, params: at(constraint.body, 'spec', 'parameters') ?? null, constraint }));
  }
  const defaults = schemaDefaults(at(template.body, 'spec', 'crd', 'spec', 'validation', 'openAPIV3Schema'));
  return defaults === undefined ? [{ parameters: { kind: 'none' }, params: null }] : [{ parameters: { kind: 'schema-defaults' }, params: defaults }];
};

/**
 * Gatekeeper's K8sNativeValidation: a VAP-shaped source (frameworks constraint/pkg/client/drivers
 * /k8scel/schema: `matchCondition`, singular, is its JSON key) with two variables of its own,
 * `anyObject` (oldObject on DELETE, else object) and `params` (the Constraint's
 * `spec.parameters`). It decides when present (the CEL driver is on by default).
 */
const gatekeeperCelTargets = (workspace: Workspace): EvaluationTarget[] => {
  const targets: EvaluationTarget[] = [];
  for (const template of workspace.byKind('ConstraintTemplate')) {
    if (!isConstraintTemplate(template)) continue;
    const target = admissionTargetOf(template);
    const code = records(target?.['code']).find((entry) => entry['engine'] === 'K8sNativeValidation' && isRecord(entry['source']));
    if (code === undefined) continue;
    const source = celPolicyOf(code['source'] as Json, 'matchCondition');
    if (source.validations.length === 0) continue;
    const parameterSets = constraintParameters(workspace, template).map(({ parameters, params, constraint }) => ({
      parameters,
      // The `params` of Gatekeeper's CEL is the Constraint object itself.
      params: { ...(constraint?.body ?? {}), spec: { ...(isRecord(constraint?.body['spec']) ? constraint.body['spec'] : {}), parameters: params } },
    }));
    targets.push(
      celTarget('gatekeeper', template, source, parameterSets, () => [
        { name: 'anyObject', expression: 'has(request.operation) && request.operation == "DELETE" && oldObject != null ? oldObject : object' },
        { name: 'params', expression: '!has(params.spec) ? null : !has(params.spec.parameters) ? null : params.spec.parameters' },
      ]),
    );
  }
  return targets;
};

/** Every CEL policy whose code the probes can run. */
export const celTargets = (workspace: Workspace): EvaluationTarget[] => [...admissionPolicyTargets(workspace), ...gatekeeperCelTargets(workspace)];

/** Kyverno ClusterPolicy / Policy: one target per validate rule (the coverage facts are per rule too). */
export const kyvernoTargets = (workspace: Workspace): EvaluationTarget[] => {
  const targets: EvaluationTarget[] = [];
  for (const policy of workspace.objects) {
    if (!isKyvernoPolicy(policy)) continue;
    for (const rule of records(at(policy.body, 'spec', 'rules'))) {
      if (typeof rule['name'] !== 'string' || !isRecord(rule['validate'])) continue;
      targets.push({
        engine: 'kyverno',
        policy: policy.ref,
        rule: rule['name'],
        evaluator: 'kyverno',
        evaluations: [{ parameters: { kind: 'not-parameterized' }, sameAs: JSON.stringify(['kyverno', rule]), decide: (request) => decideKyvernoRule(rule, request) }],
      });
    }
  }
  return targets;
};

/**
 * Gatekeeper's Rego: the program that decides when the template has no K8sNativeValidation (the
 * legacy `targets[].rego` before a `code[]` Rego engine), queried for `violation` with the input
 * Gatekeeper gives it: `review` (the AdmissionRequest) and `parameters` (the Constraint's).
 */
const gatekeeperRegoTargets = (workspace: Workspace): EvaluationTarget[] => {
  const targets: EvaluationTarget[] = [];
  for (const template of workspace.byKind('ConstraintTemplate')) {
    if (!isConstraintTemplate(template)) continue;
    const target = admissionTargetOf(template);
    if (target === undefined) continue;
    const code = records(target['code']);
    if (code.some((entry) => entry['engine'] === 'K8sNativeValidation' && isRecord(entry['source']))) continue;
    const regoSource = code.find((entry) => entry['engine'] === 'Rego' && isRecord(entry['source']))?.['source'] as Json | undefined;
    const main = typeof target['rego'] === 'string' ? target['rego'] : regoSource?.['rego'];
    const libs = typeof target['rego'] === 'string' ? target['libs'] : regoSource?.['libs'];
    if (typeof main !== 'string') continue;
    const modules: RegoModule[] = [];
    let parsed = true;
    for (const source of [main, ...(Array.isArray(libs) ? libs.filter((lib): lib is string => typeof lib === 'string') : [])]) {
      const result = parseRego(source);
      if (!result.module || result.errors.length > 0) parsed = false;
      else modules.push(result.module);
    }
    if (!parsed || modules.length === 0) continue;
    const program = { modules };
    const entryPackage = modules[0]!.package.path.join('.');
    const sameCode = regoCodeKey(entryPackage, main, libs);
    targets.push({
      engine: 'gatekeeper',
      policy: template.ref,
      evaluator: 'rego',
      evaluations: constraintParameters(workspace, template).map(({ parameters, params }) => ({
        parameters,
        sameAs: JSON.stringify(['rego', sameCode, params ?? {}]),
        decide: (request) => decideRego(program, entryPackage, { review: request, parameters: params ?? {} }),
      })),
    });
  }
  return targets;
};

const IMPORT_OF_DATA = /^\s*import\s+data\.([A-Za-z_]\w*)(?:\.[A-Za-z_]\w*)*(?:\s+as\s+[A-Za-z_]\w*)?\s*$/;
/**
 * A package clause on its own line, its name captured. One expression for every template: one
 * built from each package's name was compiled anew for each (about 40 µs apiece, a third of this
 * key's cost on the typical mix of `npm run bench`). The name has no white space, so a clause
 * captures its whole name.
 */
const PACKAGE_CLAUSE = /^\s*package\s+(\S+)\s*$/gm;

/**
 * What decides alike for every request: the texts, with the entry package's name left out when
 * nothing can depend on it. A package is addressed only through `data.<path>`; when the name
 * occurs once in all the texts (its own package clause) and every line that says `data` is a
 * plain import of another top-level package, a copy of a template under another package name
 * runs the same code on every request.
 */
const regoCodeKey = (entryPackage: string, main: string, libs: unknown): string[] => {
  const texts = [main, ...(Array.isArray(libs) ? libs.filter((lib): lib is string => typeof lib === 'string') : [])];
  const occurrences = texts.reduce((count, text) => count + text.split(entryPackage).length - 1, 0);
  const topLevel = entryPackage.split('.')[0];
  const dataOnlyInImports = texts.every((text) =>
    text.split('\n').every((line) => {
      if (!/\bdata\b/.test(line)) return true;
      const imported = IMPORT_OF_DATA.exec(line);
      return imported !== null && imported[1] !== topLevel;
    }),
  );
  if (occurrences !== 1 || !dataOnlyInImports) return texts;
  const clause = [...main.matchAll(PACKAGE_CLAUSE)].find((match) => match[1] === entryPackage);
  if (clause === undefined) return texts;
  return [main.slice(0, clause.index) + 'package \u0000' + main.slice(clause.index + clause[0].length), ...texts.slice(1)];
};

const decideRego = (program: { modules: readonly RegoModule[] }, entryPackage: string, input: unknown): Decision => {
  const result = queryRego(program, entryPackage, 'violation', input);
  if (result.kind === 'unsupported') return notEvaluated(result.reason);
  const violations = result.value;
  if (violations === undefined || (violations instanceof RegoSet && violations.size === 0)) return ADMITTED;
  if (!(violations instanceof RegoSet)) return notEvaluated('violation is not a set');
  const first = regoToJson(violations.values()[0]!);
  const message = isRecord(first) && typeof first['msg'] === 'string' ? first['msg'] : JSON.stringify(first);
  return denied(message);
};

/** Every Gatekeeper template with Rego that decides. */
export const regoTargets = (workspace: Workspace): EvaluationTarget[] => gatekeeperRegoTargets(workspace);

const targetsByWorkspace = new WeakMap<Workspace, readonly EvaluationTarget[]>();

/**
 * Every policy (or Kyverno rule) the probes can run against, CEL first, then Kyverno, then Rego.
 * An evaluator that cannot read a policy (a bug on an input nobody foresaw) gives no targets for
 * its engine: the static verdicts stand. Built once per workspace (its lookups answer alike
 * whenever they are asked): the probes and the cross-policy proofs both read them, and building
 * them parses every template's Rego (on the typical mix of `npm run bench`, 200 templates: about
 * 60 ms of CPU each time).
 */
export const evaluationTargets = (workspace: Workspace): readonly EvaluationTarget[] => {
  let targets = targetsByWorkspace.get(workspace);
  if (targets === undefined) {
    targets = [celTargets, kyvernoTargets, regoTargets].flatMap((targetsOf) => {
      try {
        return targetsOf(workspace);
      } catch {
        return [];
      }
    });
    targetsByWorkspace.set(workspace, targets);
  }
  return targets;
};
