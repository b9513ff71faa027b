import type { Workspace } from '../../model/workspace.ts';
import { PROBE_VARIANTS, probeRequests } from '../../model/probes.ts';
import { notEvaluated, type Decision } from './decision.ts';
import { celTargets, type Evaluation, type EvaluationTarget } from './policy-targets.ts';
import type { PolicyProbes, ProbeOutcome } from './probe-facts.ts';

export type { PolicyProbes, ProbeOutcome, ProbeProof } from './probe-facts.ts';
export { proofOf } from './probe-facts.ts';
export type { Decision } from './decision.ts';

/** The requests of every variant, built once: they do not depend on the policy. */
const REQUESTS = PROBE_VARIANTS.map((variant) => probeRequests(variant));

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

const runEvaluation = (target: EvaluationTarget, evaluation: Evaluation): PolicyProbes => {
  const started = Date.now();
  const outcomes: ProbeOutcome[] = REQUESTS.map(([container, ephemeral]) => {
    if (Date.now() - started > POLICY_TIME_BUDGET_MS) {
      const late = notEvaluated('over the time budget');
      return { variant: container.variant.id, asks: container.variant.asks, container: late, ephemeral: late };
    }
    return { variant: container.variant.id, asks: container.variant.asks, container: decideSafely(evaluation, container.request), ephemeral: decideSafely(evaluation, ephemeral.request) };
  });
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
 * Proof by execution: every policy whose code an evaluator can run, run on every probe as a
 * normal container (CREATE) and as an ephemeral container (UPDATE pods/ephemeralcontainers).
 * One result per policy (or Kyverno rule) and parameter set, in workspace order.
 */
export const evaluateProbes = (workspace: Workspace): PolicyProbes[] => {
  const results: PolicyProbes[] = [];
  for (const target of celTargets(workspace)) {
    for (const evaluation of target.evaluations) results.push(runEvaluation(target, evaluation));
  }
  return results;
};
