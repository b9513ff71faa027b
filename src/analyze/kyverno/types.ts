import type { ContainerList, CoverageFact, Evidence, FieldCheck } from '../coverage.ts';
import type { ObjectRef } from '../../model/object-ref.ts';
import type { SourceRef } from '../../model/source-ref.ts';

/** A field check that also says which container lists it applies to (empty: a pod-level field). */
export interface ListedFieldCheck extends FieldCheck {
  readonly lists: readonly ContainerList[];
}

/**
 * A Kyverno rule's coverage fact, with the inputs of EG104, EG105 and EG109 that
 * `CoverageFact` has no field for yet (see the shared-type change request in the report).
 */
export interface KyvernoCoverageFact extends CoverageFact {
  readonly checks: readonly ListedFieldCheck[];
  /** EG105: fields the API forbids on ephemeral containers that the rule requires there. */
  readonly requiresForbiddenOnEphemeral: readonly Evidence[];
  /** EG104: the rule matches pod controllers and never Pod. */
  readonly matchesControllersOnly?: Evidence;
  /** EG109: `exclude` blocks and podSecurity exclusions that take ephemeral containers out. */
  readonly ephemeralExclusions: readonly Evidence[];
  /** The rule denies every ephemeral container (`X(ephemeralContainers)`). */
  readonly blocksEphemeralContainers?: Evidence;
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
}
