import type { Engine } from '../../model/policy-engine.ts';
import type { ObjectRef } from '../../model/object-ref.ts';
import type { ProbeVariantId } from '../../model/probes.ts';
import type { Decision } from './decision.ts';

/** Which evaluator ran the policy's code. */
export type Evaluator = 'cel' | 'kyverno' | 'rego';

/** Where the parameters of an evaluation came from. */
export type ParameterSource =
  | { readonly kind: 'constraint' | 'param'; readonly object: ObjectRef }
  | { readonly kind: 'schema-defaults' }
  | { readonly kind: 'none' }
  /** The policy takes no parameters. */
  | { readonly kind: 'not-parameterized' };

/** One probe variant, decided as a normal container (CREATE) and as an ephemeral one (UPDATE). */
export interface ProbeOutcome {
  readonly variant: ProbeVariantId;
  readonly asks: string;
  readonly container: Decision;
  /**
   * Absent when not run: only a variant denied as a normal container (with the control admitted)
   * can prove anything as an ephemeral container, so the others are not sent in that form.
   */
  readonly ephemeral?: Decision;
  /** For a variant that adds to the Pod: the hardened container in that Pod, as a normal container. */
  readonly podControl?: Decision;
}

/** The probe results of one policy (or Kyverno rule), for one set of parameters. */
export interface PolicyProbes {
  readonly engine: Engine;
  readonly policy: ObjectRef;
  readonly rule?: string;
  readonly evaluator: Evaluator;
  readonly parameters: ParameterSource;
  /** In PROBE_VARIANTS order, the control first. */
  readonly outcomes: readonly ProbeOutcome[];
}

/**
 * What the probes prove about one policy's logic:
 * - hole: a variant denied as a container is admitted as an ephemeral container, while the
 *   hardened control is admitted as a container (so the denial is about the variant);
 * - handled: every variant denied as a container is denied as an ephemeral container too;
 * - silent: no variant is denied as a container (the probes say nothing about it);
 * - not-evaluated: some decision that matters could not be evaluated, or the control is denied.
 */
export type ProbeProof =
  | { readonly kind: 'hole'; readonly probes: PolicyProbes; readonly outcome: ProbeOutcome }
  | { readonly kind: 'handled'; readonly probes: PolicyProbes; readonly variants: readonly ProbeVariantId[] }
  | { readonly kind: 'silent'; readonly probes: PolicyProbes }
  | { readonly kind: 'not-evaluated'; readonly probes: PolicyProbes; readonly reason: string };

/** What the probes add to a coverage fact: on what its verdict rests, and the counterexample. */
export interface ProbeEvidence {
  /** evaluation: a probe's result agrees with the verdict and proves it; code: static reading only. */
  readonly basis: 'evaluation' | 'code';
  readonly proof: ProbeProof['kind'];
  /** One sentence: what the probes showed. */
  readonly summary: string;
  /** The counterexample of a proved hole. */
  readonly hole?: ProvedHole;
}

export interface ProvedHole {
  readonly variant: ProbeOutcome['variant'];
  readonly asks: string;
  /** The container, as sent in spec.ephemeralContainers. */
  readonly container: Readonly<Record<string, unknown>>;
  readonly operation: 'UPDATE';
  readonly subResource: 'ephemeralcontainers';
  /** The policy's message when the same container is a normal container (CREATE). */
  readonly deniedAsContainerWith: string;
  /** The parameters it ran with (a Constraint, a param object, defaults, none). */
  readonly parameters: string;
}

/** The proof of one evaluation (see ProbeProof). */
export const proofOf = (probes: PolicyProbes): ProbeProof => {
  const control = probes.outcomes.find((outcome) => outcome.variant === 'hardened-control');
  if (control === undefined) return { kind: 'not-evaluated', probes, reason: 'no control probe' };
  if (control.container.outcome === 'not-evaluated') return { kind: 'not-evaluated', probes, reason: control.container.reason };
  if (control.container.outcome === 'denied') return { kind: 'not-evaluated', probes, reason: `the hardened control container is denied (${control.container.message}), so no denial is about a probe's field` };
  // A denial is the variant's only if its Pod with the hardened container is admitted.
  const variants = probes.outcomes.filter((outcome) => outcome !== control && (outcome.podControl === undefined || outcome.podControl.outcome === 'admitted'));
  const hole = variants.find((outcome) => outcome.container.outcome === 'denied' && outcome.ephemeral?.outcome === 'admitted');
  if (hole) return { kind: 'hole', probes, outcome: hole };
  const deniedAsContainer = variants.filter((outcome) => outcome.container.outcome === 'denied');
  const undecided = deniedAsContainer.find((outcome) => outcome.ephemeral?.outcome !== 'admitted' && outcome.ephemeral?.outcome !== 'denied');
  if (undecided) return { kind: 'not-evaluated', probes, reason: undecided.ephemeral?.outcome === 'not-evaluated' ? undecided.ephemeral.reason : 'the ephemeral form was not run' };
  if (deniedAsContainer.length > 0) return { kind: 'handled', probes, variants: deniedAsContainer.map((outcome) => outcome.variant) };
  const unevaluated = variants.find((outcome) => outcome.container.outcome === 'not-evaluated');
  if (unevaluated && unevaluated.container.outcome === 'not-evaluated') return { kind: 'not-evaluated', probes, reason: unevaluated.container.reason };
  return { kind: 'silent', probes };
};
