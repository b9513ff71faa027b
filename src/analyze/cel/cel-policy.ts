import { OPAQUE, LOST } from './cel-values.ts';
import type { CelValue } from './cel-values.ts';
import { parseCel } from './parse-cel.ts';
import type { CelParseResult } from './parse-cel.ts';
import { MAX_VISITS, readExpression } from './read-expression.ts';
import type { ExpressionReads, VariableSource, VisitBudget } from './read-expression.ts';
import { EPHEMERAL_CONTAINERS_UPDATE, PLAIN_UPDATE, operationUpdateTests, outcomeUnder } from './update-scenario.ts';
import type { Outcome, UpdateScenario } from './update-scenario.ts';
import type {
  CelConditionInput,
  CelConditionsAnalysis,
  CelEvidence,
  CelExpressionInput,
  CelFieldRead,
  CelListRead,
  CelPolicyAnalysis,
  CelPolicyInput,
  CelUnknown,
  CelUpdateExemption,
  CelUpdateTest,
  CelValidationAnalysis,
  CelVariableInput,
} from './types.ts';
import { pushAll } from '../../array.ts';

/** Variables following variables this deep is hostile input, not a policy. */
const MAX_VARIABLE_CHAIN = 64;

/**
 * Variables that engines bind without the policy declaring them. Gatekeeper's
 * `variables.anyObject` is `object`, or `oldObject` on DELETE (gatekeeper
 * pkg/drivers/k8scel/transform/cel_snippets.go); `variables.params` holds the constraint's
 * parameters.
 */
const BUILT_IN_VARIABLES: ReadonlyMap<string, CelValue> = new Map<string, CelValue>([
  ['anyObject', { k: 'object', path: [] }],
  ['params', OPAQUE],
]);

/** Parses each expression once and reads it, following `variables.*` where they are used. */
class CelProgram {
  private readonly parsed = new Map<string, CelParseResult>();
  private readonly variables = new Map<string, CelVariableInput>();
  private readonly outcomes = new Map<UpdateScenario, Map<string, Outcome | 'pending'>>();
  private readonly budget: VisitBudget = { left: MAX_VISITS };
  private chainDepth = 0;

  constructor(variables: readonly CelVariableInput[]) {
    // The first definition wins, as VAP rejects duplicates and a later one is never reached.
    for (const variable of variables) if (!this.variables.has(variable.name)) this.variables.set(variable.name, variable);
  }

  parse(input: CelExpressionInput): CelParseResult {
    let result = this.parsed.get(input.id);
    if (result === undefined) {
      result = parseCel(input.expression);
      this.parsed.set(input.id, result);
    }
    return result;
  }

  parseUnknown(input: CelExpressionInput): CelUnknown | undefined {
    const result = this.parse(input);
    return result.ok ? undefined : { reason: result.reason, at: { id: input.id, start: result.start, end: result.end } };
  }

  read(input: CelExpressionInput): ExpressionReads {
    const parsed = this.parse(input);
    if (!parsed.ok) {
      return {
        lists: [],
        fields: [],
        unknowns: [{ reason: parsed.reason, at: { id: input.id, start: parsed.start, end: parsed.end } }],
        variableRefs: [],
        subResourceReads: [],
        listChecks: [],
        contextReads: [],
        value: LOST,
      };
    }
    return readExpression(parsed.ast, input.id, (name) => this.variableSource(name), this.budget);
  }

  private variableSource(name: string): VariableSource | CelValue | undefined {
    const variable = this.variables.get(name);
    if (variable === undefined) return BUILT_IN_VARIABLES.get(name);
    const parsed = this.parse(variable);
    return parsed.ok ? { id: variable.id, ast: parsed.ast } : 'unparsed';
  }

  outcome(scenario: UpdateScenario, input: CelExpressionInput): Outcome {
    const parsed = this.parse(input);
    if (!parsed.ok) return { is: 'unknown' };
    return outcomeUnder(scenario, parsed.ast, input.id, (name) => this.variableOutcome(scenario, name));
  }

  /** The `request.operation == "UPDATE"` tests of an expression and the variables it reads. */
  updateTests(input: CelExpressionInput): CelUpdateTest[] {
    const parsed = this.parse(input);
    if (!parsed.ok) return [];
    return operationUpdateTests(parsed.ast, input.id, (name) => {
      const variable = this.variables.get(name);
      const result = variable && this.parse(variable);
      return variable && result?.ok ? { id: variable.id, ast: result.ast } : undefined;
    });
  }

  private variableOutcome(scenario: UpdateScenario, name: string): Outcome {
    let memo = this.outcomes.get(scenario);
    if (memo === undefined) {
      memo = new Map();
      this.outcomes.set(scenario, memo);
    }
    const state = memo.get(name);
    if (state === 'pending') return { is: 'unknown' };
    if (state !== undefined) return state;
    const variable = this.variables.get(name);
    if (variable === undefined || this.chainDepth >= MAX_VARIABLE_CHAIN) return { is: 'unknown' };
    memo.set(name, 'pending');
    this.chainDepth++;
    const outcome = this.outcome(scenario, variable);
    this.chainDepth--;
    memo.set(name, outcome);
    return outcome;
  }
}

const dedupeLists = (reads: readonly CelListRead[]): CelListRead[] => {
  const seen = new Set<string>();
  return reads.filter((read) => {
    const key = `${read.list}\u0000${read.scope}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * One entry per field and role, the first evidence kept and the element's lists merged;
 * a field is dropped when a longer path under it is read with the same role
 * (`has(c.securityContext) && c.securityContext.privileged` reports the second only).
 */
const dedupeFields = (reads: readonly CelFieldRead[]): CelFieldRead[] => {
  const byKey = new Map<string, CelFieldRead>();
  for (const read of reads) {
    const key = `${read.role}\u0000${read.category === 'pod-level' ? 'pod' : 'container'}\u0000${read.field}`;
    const existing = byKey.get(key);
    if (existing === undefined) {
      byKey.set(key, read);
      continue;
    }
    const lists = [...existing.lists];
    for (const list of read.lists) if (!lists.includes(list)) lists.push(list);
    if (lists.length !== existing.lists.length) byKey.set(key, { ...existing, lists });
  }
  const kept = [...byKey.values()];
  const kindOf = (read: CelFieldRead): string => `${read.role}\u0000${read.category === 'pod-level' ? 'pod' : 'container'}`;
  const parents = new Set<string>();
  for (const read of kept) {
    for (let dot = read.field.indexOf('.'); dot !== -1; dot = read.field.indexOf('.', dot + 1)) {
      parents.add(`${kindOf(read)}\u0000${read.field.slice(0, dot)}`);
    }
  }
  return kept.filter((read) => !parents.has(`${kindOf(read)}\u0000${read.field}`));
};

const dedupeUnknowns = (unknowns: readonly CelUnknown[]): CelUnknown[] => {
  const seen = new Set<string>();
  return unknowns.filter((unknown) => {
    const key = `${unknown.at.id}\u0000${unknown.at.start}\u0000${unknown.at.end}\u0000${unknown.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** An UPDATE short-circuit in a validation: true for every UPDATE means the check never runs. */
const validationExemption = (program: CelProgram, validation: CelExpressionInput): CelUpdateExemption | undefined => {
  const ephemeral = program.outcome(EPHEMERAL_CONTAINERS_UPDATE, validation);
  if (ephemeral.is === 'true') return { at: ephemeral.at, subresourceHandled: false };
  const plain = program.outcome(PLAIN_UPDATE, validation);
  if (plain.is === 'true') return { at: plain.at, subresourceHandled: true };
  return undefined;
};

/** A condition (matchCondition, Kyverno celPrecondition) false for UPDATE drops the request. */
const conditionExemption = (program: CelProgram, condition: CelExpressionInput): CelUpdateExemption | undefined => {
  const ephemeral = program.outcome(EPHEMERAL_CONTAINERS_UPDATE, condition);
  if (ephemeral.is === 'false') return { at: ephemeral.at, subresourceHandled: false };
  const plain = program.outcome(PLAIN_UPDATE, condition);
  if (plain.is === 'false') return { at: plain.at, subresourceHandled: true };
  return undefined;
};

const analyzeConditions = (program: CelProgram, conditions: readonly CelConditionInput[]): CelConditionsAnalysis => {
  const unknowns: CelUnknown[] = [];
  let readsSubResource: CelEvidence | undefined;
  let skipping: CelUpdateExemption | undefined;
  let handled: CelUpdateExemption | undefined;
  for (const condition of conditions) {
    const reads = program.read(condition);
    pushAll(unknowns, reads.unknowns);
    readsSubResource ??= reads.subResourceReads[0];
    const exemption = conditionExemption(program, condition);
    if (exemption === undefined) continue;
    if (!exemption.subresourceHandled) skipping ??= exemption;
    else handled ??= exemption;
  }
  // A condition that drops the ephemeral-container write wins over one that lets it through.
  const updateExemption = skipping ?? handled;
  return {
    ...(updateExemption === undefined ? {} : { updateExemption }),
    ...(readsSubResource === undefined ? {} : { readsSubResource }),
    unknowns: dedupeUnknowns(unknowns),
  };
};

const analyzeValidation = (program: CelProgram, validation: CelExpressionInput): CelValidationAnalysis & { subResourceReads: CelEvidence[] } => {
  const own = program.read(validation);
  const updateExemption = validationExemption(program, validation);
  return {
    id: validation.id,
    lists: dedupeLists(own.lists),
    fields: dedupeFields(own.fields),
    listChecks: dedupeLists(own.listChecks),
    contextReads: own.contextReads,
    ...(updateExemption === undefined ? {} : { updateExemption }),
    ...(updateExemption?.subresourceHandled === false ? { updateTests: program.updateTests(validation) } : {}),
    unknowns: dedupeUnknowns(own.unknowns),
    subResourceReads: own.subResourceReads,
  };
};

/**
 * Coverage facts of one CEL policy (ValidatingAdmissionPolicy, MutatingAdmissionPolicy,
 * Gatekeeper K8sNativeValidation, Kyverno validate.cel / ValidatingPolicy): for each validation,
 * the container lists and fields it reaches through `variables.*`, and whether it or a
 * matchCondition lets UPDATE requests through unchecked.
 */
export const analyzeCelPolicy = (input: CelPolicyInput): CelPolicyAnalysis => {
  const program = new CelProgram(input.variables);
  const analysed = input.validations.map((validation) => analyzeValidation(program, validation));
  const matchConditions = analyzeConditions(program, input.matchConditions);
  const parseUnknowns = input.variables.flatMap((variable) => program.parseUnknown(variable) ?? []);
  const readsSubResource =
    analysed.flatMap((validation) => validation.subResourceReads)[0] ?? matchConditions.readsSubResource;
  const validations: CelValidationAnalysis[] = analysed.map(({ subResourceReads: _, ...validation }) => validation);
  return {
    validations,
    lists: dedupeLists(validations.flatMap((validation) => validation.lists)),
    fields: dedupeFields(validations.flatMap((validation) => validation.fields)),
    listChecks: dedupeLists(validations.flatMap((validation) => validation.listChecks)),
    contextReads: validations.flatMap((validation) => validation.contextReads).filter((read, i, all) => all.findIndex((other) => other.what === read.what) === i),
    matchConditions,
    ...(readsSubResource === undefined ? {} : { readsSubResource }),
    unknowns: dedupeUnknowns([
      ...parseUnknowns,
      ...validations.flatMap((validation) => validation.unknowns),
      ...matchConditions.unknowns,
    ]),
  };
};

/**
 * Kyverno `celPreconditions`: CEL conditions with matchConditions semantics (the rule is
 * skipped when one is false), so the same analysis as a policy's matchConditions.
 */
export const analyzeCelConditions = (conditions: readonly CelConditionInput[]): CelConditionsAnalysis =>
  analyzeConditions(new CelProgram([]), conditions);
