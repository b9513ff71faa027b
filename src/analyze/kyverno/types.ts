import type { ContainerList, CoverageFact, Evidence, FieldCheck } from '../coverage.ts';
import type { ObjectRef } from '../../model/object-ref.ts';
import type { SourceRef } from '../../model/source-ref.ts';

/** A field check that also says which container lists it applies to (empty: a pod-level field). */
export interface ListedFieldCheck extends FieldCheck {
  readonly lists: readonly ContainerList[];
}

/**
 * A Kyverno rule's coverage fact: a CoverageFact whose checks all say which lists they apply to.
 * EG104/EG105/EG109 inputs are CoverageFact's `controllersOnly`, `requiresForbiddenOnEphemeral`
 * and `exemptsEphemeral`.
 */
export interface KyvernoCoverageFact extends CoverageFact {
  readonly checks: readonly ListedFieldCheck[];
  readonly requiresForbiddenOnEphemeral: readonly Evidence[];
  readonly exemptsEphemeral: readonly Evidence[];
}

/** A PolicyException that takes the ephemeral subresource out of some policies' rules. */
export interface KyvernoExceptionFact {
  readonly exception: ObjectRef;
  /** `exceptions[]`: the policy names (`namespace/name` for a Policy) and rule names. */
  readonly exempts: readonly { readonly policyName: string; readonly ruleNames: readonly string[]; readonly at: SourceRef }[];
  /**
   * How it reaches the subresource: `explicit` names `Pod/ephemeralcontainers` (any Kyverno
   * with subresource matching), `via-pod` matches Pod, which includes the subresource since
   * Kyverno 1.13.
   */
  readonly reach: 'explicit' | 'via-pod';
  readonly at: SourceRef;
  readonly note: string;
  /**
   * `spec.podSecurity` entries, when it has some: a `validate.podSecurity` rule then still runs,
   * minus these controls (pkg/engine/handlers/validation/validate_pss.go); listed are the entries
   * that exempt ephemeral containers. Other rules are skipped whole either way.
   */
  readonly podSecurityControls?: readonly Evidence[];
}
