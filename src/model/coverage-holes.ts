/**
 * Why a policy (or a namespace's Pod Security) lets an ephemeral container through, in the
 * analyzers' words. Analyzers name holes, never rule ids; each rule lists the holes it reports
 * (`RuleMeta.holes`), and every hole belongs to exactly one rule (the catalog test checks it).
 */
export const COVERAGE_HOLES = [
  /** Reads containers/initContainers but not ephemeralContainers, for a field settable there. */
  'skips-ephemeral-list',
  /** Skips UPDATE requests (the operation that adds an ephemeral container). */
  'skips-update',
  /** Never receives the pods/ephemeralcontainers subresource (its match, or its engine's webhook). */
  'misses-subresource',
  /** Matches only pod controllers, never Pod. */
  'controllers-only',
  /** Requires a field the API forbids on ephemeral containers, so it denies every debug container. */
  'requires-forbidden',
  /** The engine installed is too old to receive the subresource. */
  'engine-too-old',
  /** The admission plugin ignores every subresource request (PodSecurityPolicy). */
  'ignores-subresources',
  /** Enforces nothing that denies a privileged container (Pod Security `privileged`). */
  'enforces-nothing',
  /** An exclusion or exemption takes the subresource, or the namespace, out. */
  'excluded',
  /** Something that decides the verdict could not be followed. */
  'not-analyzable',
] as const;

export type CoverageHole = (typeof COVERAGE_HOLES)[number];

/**
 * How a message names a hole. The scan names it by the rule that reports it (only the rules
 * layer knows which) and passes that down; on its own the analysis says the hole.
 */
export type NameHole = (hole: CoverageHole) => string;

export const HOLE_AS_IS: NameHole = (hole) => hole;
