import type { ContainerList } from '../coverage.ts';
import type { FieldCategory } from '../../model/container-fields.ts';

/**
 * A range inside one CEL expression string. `id` is the caller's opaque handle for that
 * expression (it maps the offsets back to the YAML scalar, e.g. with `spanRef`).
 */
export interface CelEvidence {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export interface CelExpressionInput {
  readonly id: string;
  readonly expression: string;
}

export interface CelVariableInput extends CelExpressionInput {
  readonly name: string;
}

export interface CelConditionInput extends CelExpressionInput {
  readonly name?: string;
}

/** The CEL parts of one policy: VAP/MAP spec, Gatekeeper `code[].source`, Kyverno `validate.cel`. */
export interface CelPolicyInput {
  readonly variables: readonly CelVariableInput[];
  readonly validations: readonly CelExpressionInput[];
  readonly matchConditions: readonly CelConditionInput[];
}

/**
 * Whose pod spec a container list belongs to: the admitted Pod (`object.spec.containers`) or a
 * pod template inside a controller (`object.spec.template.spec.containers`), which can never
 * hold an ephemeral container.
 */
export type CelPodSpecScope = 'pod' | 'pod-template';

export interface CelListRead {
  readonly list: ContainerList;
  readonly scope: CelPodSpecScope;
  readonly at: CelEvidence;
}

/**
 * Why a container field is read:
 * - check: the field decides the verdict (`c.securityContext.privileged`);
 * - exemption: the field can only prevent the violation (it sits, negated, beside a check that
 *   causes it: `!(c.image in exempt) && c.securityContext.privileged`), so it widens the policy
 *   rather than checks it. Decided by polarity, never by a name;
 * - identity: the container's `name`, read to label or pair containers.
 */
export type CelFieldRole = 'check' | 'exemption' | 'identity';

export interface CelFieldRead {
  /** Container-relative path (`securityContext.privileged`), or `spec.…` for pod-level reads. */
  readonly field: string;
  readonly category: FieldCategory;
  readonly role: CelFieldRole;
  /** Container lists the element came from; empty for pod-level reads. */
  readonly lists: readonly ContainerList[];
  readonly at: CelEvidence;
}

/** Something besides the object a decision depends on (the requester, the namespace...). */
export interface CelContextRead {
  /** In words, as a message names it ("the requesting user or group"). */
  readonly what: string;
  readonly at: CelEvidence;
}

export interface CelUnknown {
  readonly reason: string;
  readonly at: CelEvidence;
}

/**
 * An expression that lets UPDATE requests through without looking at the containers
 * (`variables.isUpdate || …`) or a condition that drops them (`request.operation == "CREATE"`).
 */
export interface CelUpdateExemption {
  /** The reference or test that makes the exemption (`variables.isUpdate`, the condition). */
  readonly at: CelEvidence;
  /**
   * True when `UPDATE pods/ephemeralcontainers` is still evaluated (the exemption tests
   * `request.subResource`); false when the ephemeral-container write is skipped too.
   */
  readonly subresourceHandled: boolean;
}

/** A `request.operation == "UPDATE"` comparison: the comparison, the `request` operand, the string. */
export interface CelUpdateTest {
  readonly at: CelEvidence;
  readonly request: CelEvidence;
  readonly literal: CelEvidence;
}

export interface CelConditionsAnalysis {
  /** The first condition that drops UPDATE requests, if any. */
  readonly updateExemption?: CelUpdateExemption;
  readonly readsSubResource?: CelEvidence;
  readonly unknowns: readonly CelUnknown[];
}

export interface CelValidationAnalysis {
  readonly id: string;
  /** First evidence per list and scope, following `variables.*` transitively. */
  readonly lists: readonly CelListRead[];
  readonly fields: readonly CelFieldRead[];
  /** Container lists whose size or presence decides the result (`size(l) == 0`). */
  readonly listChecks: readonly CelListRead[];
  /** What else the result depends on (requester, namespace, metadata, parameters). */
  readonly contextReads: readonly CelContextRead[];
  readonly updateExemption?: CelUpdateExemption;
  /**
   * When `updateExemption` skips the ephemeral-container write: each `request.operation ==
   * "UPDATE"` in the expression and the variables it reads, where a fix adds
   * `&& request.subResource != "ephemeralcontainers"`.
   */
  readonly updateTests?: readonly CelUpdateTest[];
  readonly unknowns: readonly CelUnknown[];
}

export interface CelPolicyAnalysis {
  readonly validations: readonly CelValidationAnalysis[];
  /** Union over the validations (variables count only when a validation reaches them). */
  readonly lists: readonly CelListRead[];
  readonly fields: readonly CelFieldRead[];
  readonly listChecks: readonly CelListRead[];
  readonly contextReads: readonly CelContextRead[];
  readonly matchConditions: CelConditionsAnalysis;
  /** First `request.subResource` read in any expression of the policy. */
  readonly readsSubResource?: CelEvidence;
  /** Unparseable expressions anywhere in the policy, plus every validation's unknowns. */
  readonly unknowns: readonly CelUnknown[];
}
