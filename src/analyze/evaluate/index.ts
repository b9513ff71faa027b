import type { Workspace } from '../../model/workspace.ts';
import { PROBE_VARIANTS, probeContainerOf, probePodControlRequest, probeRequests, probeVariant } from '../../model/probes.ts';
import type { CoverageFact } from '../coverage.ts';
import type { InputProblem } from '../../model/input-problem.ts';
import { HOLE_AS_IS, type NameHole } from '../../model/coverage-holes.ts';
import { combineWithProbes } from './combine.ts';
import { notEvaluated, type Decision } from './decision.ts';
import { evaluationTargets, type Evaluation, type EvaluationTarget } from './policy-targets.ts';
import type { PolicyProbes, ProbeOutcome } from './probe-facts.ts';
import { pushAll } from '../../array.ts';
import { objectLabel, type ObjectRef } from '../../model/object-ref.ts';
import { NO_TIME_LIMIT, type TimeCheck } from '../../model/time-limit.ts';

export type { PolicyProbes, ProbeEvidence, ProbeOutcome, ProbeProof, ProvedHole } from './probe-facts.ts';
export { proofOf } from './probe-facts.ts';
export type { Decision } from './decision.ts';

/** The requests of every variant, built once: they do not depend on the policy. */
const REQUESTS = PROBE_VARIANTS.map((variant) => ({ forms: probeRequests(variant), podControl: probePodControlRequest(variant) }));

/**
 * Wall-clock guard per policy, beside each evaluator's step budget: an evaluator bug must not
 * stall a scan. Never reached by a policy within its step budget.
 */
const POLICY_TIME_BUDGET_MS = 2000;

const decideSafely = (evaluation: Evaluation, request: Readonly<Record<string, unknown>>): Decision => {
  try {
    return evaluation.decide(request);
  } catch (error) {
    return notEvaluated(`the evaluator failed (${error instanceof Error ? error.message : String(error)})`);
  }
};

const runEvaluation = (target: EvaluationTarget, evaluation: Evaluation, known: Map<string, readonly ProbeOutcome[]>): PolicyProbes => {
  const outcomes = known.get(evaluation.sameAs) ?? decideAll(evaluation);
  known.set(evaluation.sameAs, outcomes);
  return {
    engine: target.engine,
    policy: target.policy,
    ...(target.rule !== undefined ? { rule: target.rule } : {}),
    evaluator: target.evaluator,
    parameters: evaluation.parameters,
    outcomes,
  };
};

/**
 * The control first: a policy that denies the hardened container as a normal container says
 * nothing about any variant, so nothing else runs. Then each variant as a normal container, and
 * only a denied one as an ephemeral container (and in its own Pod control): the forms that
 * cannot prove anything are not sent, which halves the cost of the stage.
 */
const decideAll = (evaluation: Evaluation): ProbeOutcome[] => {
  const started = Date.now();
  const outcomes: ProbeOutcome[] = [];
  for (const { forms: [container, ephemeral], podControl } of REQUESTS) {
    const variant = { variant: container.variant.id, asks: container.variant.asks };
    if (Date.now() - started > POLICY_TIME_BUDGET_MS) {
      outcomes.push({ ...variant, container: notEvaluated('over the time budget') });
      continue;
    }
    const asContainer = decideSafely(evaluation, container.request);
    if (container.variant.id === 'hardened-control') {
      outcomes.push({ ...variant, container: asContainer });
      if (asContainer.outcome !== 'admitted') return outcomes;
      continue;
    }
    if (asContainer.outcome !== 'denied') {
      outcomes.push({ ...variant, container: asContainer });
      continue;
    }
    outcomes.push({
      ...variant,
      container: asContainer,
      ephemeral: decideSafely(evaluation, ephemeral.request),
      ...(podControl ? { podControl: decideSafely(evaluation, podControl.request) } : {}),
    });
  }
  return outcomes;
};

/**
 * Proof by execution: every policy whose code an evaluator can run, run on every probe as a
 * normal container (CREATE) and as an ephemeral container (UPDATE pods/ephemeralcontainers).
 * One result per policy (or Kyverno rule) and parameter set, in workspace order.
 */
export const evaluateProbes = (
  workspace: Workspace,
  wanted: (policy: ObjectRef, rule: string | undefined) => boolean = () => true,
  checkTime: TimeCheck = NO_TIME_LIMIT,
): PolicyProbes[] => {
  const results: PolicyProbes[] = [];
  const known = new Map<string, readonly ProbeOutcome[]>();
  const targets = evaluationTargets(workspace);
  for (const [index, target] of targets.entries()) {
    if (!wanted(target.policy, target.rule)) continue;
    // Per evaluation: one template with thousands of constraints is one target.
    for (const evaluation of target.evaluations) {
      checkTime("evaluating the policies' code", () => `the probes of ${targets.length - index} policies or rules (from ${objectLabel(target.policy)}), and the rules`);
      results.push(runEvaluation(target, evaluation, known));
    }
  }
  return results;
};

const sameParameters = (a: PolicyProbes['parameters'], b: PolicyProbes['parameters']): boolean =>
  a.kind === b.kind && ('object' in a ? 'object' in b && a.object === b.object : true);

/**
 * For files that replay the probes in another request shape (a test tool's): a way to decide any
 * request with the code and parameters that produced a result, or undefined if none did.
 */
export const deciderOf = (workspace: Workspace): ((probes: PolicyProbes) => ((request: Readonly<Record<string, unknown>>) => Decision) | undefined) => {
  let targets: readonly EvaluationTarget[] | undefined;
  return (probes) => {
    targets ??= evaluationTargets(workspace);
    const target = targets.find((candidate) => candidate.policy === probes.policy && candidate.rule === probes.rule && candidate.evaluator === probes.evaluator);
    const evaluation = target?.evaluations.find((candidate) => sameParameters(candidate.parameters, probes.parameters));
    return evaluation ? (request) => decideSafely(evaluation, request) : undefined;
  };
};

/**
 * A policy is worth probing when its code reads a container or pod field, or could not be read
 * (unknown): the probes change container fields only, so a policy about Services or Roles has
 * nothing for them to show.
 */
const worthProbing = (coverage: readonly CoverageFact[]): ((policy: ObjectRef, rule: string | undefined) => boolean) => {
  const wanted = new Map<ObjectRef, Set<string | undefined>>();
  for (const fact of coverage) {
    if (fact.checks.length === 0 && fact.verdict !== 'unknown') continue;
    const rules = wanted.get(fact.policy) ?? new Set();
    rules.add(fact.rule);
    wanted.set(fact.policy, rules);
  }
  return (policy, rule) => wanted.get(policy)?.has(rule) ?? false;
};

/**
 * The probe stage: evaluates the probes, then combines each coverage fact with the results for
 * its policy (and rule) in combineWithProbes, where static and concrete results meet.
 */
export const proveByEvaluation = (
  workspace: Workspace,
  coverage: readonly CoverageFact[],
  checkTime: TimeCheck = NO_TIME_LIMIT,
  nameHole: NameHole = HOLE_AS_IS,
): { probes: PolicyProbes[]; coverage: CoverageFact[]; problems: InputProblem[] } => {
  const probes = evaluateProbes(workspace, worthProbing(coverage), checkTime);
  const byPolicy = new Map<unknown, PolicyProbes[]>();
  for (const result of probes) {
    const list = byPolicy.get(result.policy);
    if (list) list.push(result);
    else byPolicy.set(result.policy, [result]);
  }
  const problems: InputProblem[] = [];
  const combined = coverage.map((fact) => {
    const results = (byPolicy.get(fact.policy) ?? []).filter((result) => result.rule === fact.rule);
    const { fact: next, problems: found } = combineWithProbes(fact, results, (outcome) => probeContainerOf(probeVariant(outcome.variant), 'ephemeral'), nameHole);
    pushAll(problems, found);
    return next;
  });
  return { probes, coverage: combined, problems };
};
