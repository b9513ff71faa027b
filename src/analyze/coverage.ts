import type { ObjectRef } from '../model/object-ref.ts';
import type { PolicyScope } from '../model/policy-scope.ts';
import type { PodSecurityLevel } from '../model/pod-security.ts';
import type { FixAnchor } from '../model/fix-anchor.ts';
import type { SourceRef } from '../model/source-ref.ts';
import type { FieldCategory } from '../model/container-fields.ts';
import type { ProbeEvidence } from './evaluate/probe-facts.ts';
import type { Engine } from '../model/policy-engine.ts';
import type { CoverageHole } from '../model/coverage-holes.ts';

export { CONTAINER_LISTS, type ContainerList } from '../model/container-fields.ts';
import type { ContainerList } from '../model/container-fields.ts';

export type Verdict = 'covered' | 'not-covered' | 'not-applicable' | 'unknown';

/** yes / no / could not tell: "unknown" is said out loud, never guessed. */
export type Tri = 'yes' | 'no' | 'unknown';

export interface Evidence {
  readonly at: SourceRef;
  /** What this piece of evidence shows, in a few words ("reads spec.containers"). */
  readonly note: string;
}

/**
 * A mutating policy's enforcement: it changes requests and never denies one (MutatingAdmissionPolicy,
 * Kyverno MutatingPolicy and mutate rules, Gatekeeper mutators). `subject`: "a MutatingPolicy".
 */
export const neverDenies = (subject: string, at: SourceRef): { readonly enforces: 'no'; readonly evidence: Evidence } => ({
  enforces: 'no',
  evidence: { at, note: `${subject} changes requests, it never denies them` },
});

export interface FieldCheck {
  /** Container-relative field path ("securityContext.privileged", "image"), or pod-level path. */
  readonly field: string;
  readonly category: FieldCategory;
  /**
   * check: the policy denies on it; exemption: only read to exempt (e.g. `exemptImages`);
   * identity: only read to name the container in a message. Default check.
   */
  readonly role?: 'check' | 'exemption' | 'identity';
  /**
   * A field the API forbids on ephemeral containers (category `forbidden`) whose absence makes
   * the policy deny (Rego `not c.resources.limits.memory`): checked on ephemeral containers, it
   * denies every one (EG105). src/fix/ refuses an EG101 fix that would make it so.
   */
  readonly absenceFires?: true;
  /** The container lists the check applies to (empty or absent for pod-level fields). */
  readonly lists?/**
 * What an analyzer learned about one admission policy (or one rule of it): the coverage fact.
 * Rules read these; only analyzers build them.
 */
: readonly ContainerList[];
  readonly at: SourceRef;
}

export interface CoverageFact {
  readonly engine: Engine;
  /** The policy object: ConstraintTemplate, ClusterPolicy, ValidatingAdmissionPolicy... */
  readonly policy: ObjectRef;
  /** A rule inside the policy when the engine has several (Kyverno rules), else undefined. */
  readonly rule?: string;
  /** The language of the code that decides, when the engine runs more than one (Gatekeeper: Rego or CEL). */
  readonly language?: 'rego' | 'cel';
  /** Where each container list is read. Absent key = not read. */
  readonly reads: Readonly<Partial<Record<ContainerList, Evidence>>>;
  /** Container (or pod) fields the policy checks. */
  readonly checks: readonly FieldCheck[];
  /** Can the policy receive `UPDATE pods/ephemeralcontainers` at all? */
  readonly receivesSubresource: Tri;
  readonly subresourceEvidence?: Evidence;
  /** Does the policy evaluate UPDATE requests (no blanket UPDATE exemption)? */
  readonly handlesUpdate: Tri;
  readonly updateEvidence?: Evidence;
  /** Would deny at admission (false for audit/warn-only policies). */
  readonly enforces: Tri;
  readonly verdict: Verdict;
  /** Why the verdict: one line each, with the hole behind a "not covered". */
  readonly reasons: readonly CoverageReason[];
  /** Objects that put this policy into effect (Constraints, bindings), as related locations. */
  readonly activatedBy?: readonly ObjectRef[];
  /** The policy matches only pod controllers, never Pod (EG104): where it says so. */
  readonly controllersOnly?: Evidence;
  /** Requirements of fields the API forbids on ephemeral containers (EG105). */
  readonly requiresForbiddenOnEphemeral?: readonly Evidence[];
  /** Exclusions that take the ephemeral subresource out of this policy (EG109). */
  readonly exemptsEphemeral?: readonly Evidence[];
  /**
   * The policy controls ephemeral containers themselves (DOMAIN.md section 3): it denies them
   * outright (Kyverno `X(ephemeralContainers)`, a CEL `size() == 0` on the list, a rule on
   * `Pod/ephemeralcontainers` that always denies) or allows only some (`scope`).
   */
  readonly blocksEphemeralContainers?: EphemeralControl;
  /**
   * Where the policy applies (namespaces, requesters), in its engine's terms, before the
   * engine installation's own exclusions (`Facts.installations`). Absent: the analyzer cannot
   * say, and the policy guards nowhere (analyze/grant-controls.ts fails closed).
   */
  readonly scope?: PolicyScope;
  /** A Kyverno `validate.podSecurity` rule: the Pod Security Standard level it runs, and the controls it excludes. */
  readonly podSecurityStandard?: PodSecurityStandard;
  /**
   * The fact is a namespace's Pod Security Admission `enforce` level, not a policy: the guard
   * join reads that level from the namespace itself (`podSecurityEnforceLevel`), so it never
   * counts this fact as a policy too.
   */
  readonly namespaceLevel?: { readonly level: PodSecurityLevel; readonly at: SourceRef };
  /** What running the policy's code on the probes showed (analyze/evaluate/combine.ts). */
  readonly evaluation?: ProbeEvidence;
  /** Where the fixes of its holes go, per rule (src/fix/ turns them into proved edits). */
  readonly fixes?: readonly FixAnchor[];
  /**
   * The files the policy's code was read from when they are not its own file (a standalone Rego
   * module and the lib modules it imports): an edit of one of them changes this policy too.
   */
  readonly readFrom?: readonly string[];
}

export interface PodSecurityStandard {
  readonly level: PodSecurityLevel;
  /** `controlName` of each `exclude` entry (`Privileged Containers`, `Capabilities`...): waived for some or all containers. */
  readonly excludedControls: readonly string[];
  readonly at: SourceRef;
}

/** Where and how a policy controls ephemeral containers themselves. */
export interface EphemeralControl extends Evidence {
  /**
   * all: every ephemeral container the policy receives is denied; conditional: only those
   * outside `allowsOnly`. Absent means all.
   */
  readonly scope?: 'all' | 'conditional';
  /** What lets one through, in a few words ("requests from some users or groups"). */
  readonly allowsOnly?: string;
}

/** "blocks all" or "allows only …": how the matrix and the text name a control's scope. */
export const ephemeralControlScope = (control: EphemeralControl): string =>
  control.scope === 'conditional' ? `allows only ${control.allowsOnly ?? 'some'}` : 'blocks all';

/**
 * An exception object (Kyverno PolicyException, a Pod Security exemption...) that takes requests
 * out of policies; EG109 reports those that reach the ephemeral subresource.
 */
export interface ExemptionFact {
  readonly engine: Engine;
  readonly exemption: ObjectRef;
  /** Where the exemption selects the requests it exempts. */
  readonly at: SourceRef;
  /** Policies (and rules) it applies to; empty = all. */
  readonly policies: readonly { readonly name: string; readonly rules?: readonly string[] }[];
  /** Does it reach `pods/ephemeralcontainers`? */
  readonly coversSubresource: Tri;
  readonly note: string;
  /**
   * Kyverno: the exception lists Pod Security controls, so a `validate.podSecurity` rule still
   * runs minus those; these are the entries that exempt ephemeral containers. Absent: it skips
   * the rules it names whole.
   */
  readonly podSecurityControls?: readonly Evidence[];
}

export interface CoverageReason {
  /** The hole this reason shows, when it shows one (a rule reports it). */
  readonly hole?: CoverageHole;
  readonly text: string;
  readonly at?: SourceRef;
  /**
   * The hole is the engine installation's (an old version, a webhook that misses the
   * subresource): its rule reports it once, there, not once per policy.
   */
  readonly inherited?: boolean;
  /**
   * Other enforcing policies that deny what this hole lets through, on the ephemeral-container
   * request, wherever this policy applies (analyze/cross-policy.ts): the hole is closed in this
   * repository while they stay. The verdict is still this policy's own.
   */
  readonly closedBy?: readonly HoleClosure[];
}

/** One policy that closes a hole of another, and how that was shown. */
export interface HoleClosure {
  readonly policy: ObjectRef;
  /** The closing policy's rule, when its engine has several (Kyverno). */
  readonly rule?: string;
  /** Where it checks what the hole lets through (or its control of ephemeral containers). */
  readonly at: SourceRef;
  /** What it denies, in a few words ("securityContext.privileged on ephemeral containers"). */
  readonly denies: string;
  /** evaluation: its code denied the probe on the ephemeral-container request; code: read from it. */
  readonly basis: 'evaluation' | 'code';
}
