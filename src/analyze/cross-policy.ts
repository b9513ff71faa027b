/**
 * Holes closed by another policy. A policy that misses ephemeral containers (its own match or
 * logic skips the list, UPDATE or the subresource, or matches controllers only) lets through what it denies on normal containers; in a repository that also has
 * a policy for ephemeral containers, that may be denied anyway. The hole of policy A is closed
 * when, for each violation A denies (each field it checks, and each probe it denies as a normal
 * container), some other policy B
 * - is covered on its own (receives the subresource, evaluates UPDATE, reads ephemeralContainers)
 *   and enforces (Deny, never audit or warn only);
 * - applies wherever A applies: B's scope with its engine's exclusions contains A's, proved on the
 *   conditions themselves (model/scope-containment.ts), for namespaces not in the files too;
 * - denies that violation on the ephemeral-container request, proved (see closureOf): it denies
 *   every ephemeral container, or the field is boolean, B checks it on ephemeralContainers, and
 *   B's code, run on the probes of that field as ephemeral containers, denies each of them.
 * Otherwise the hole stays, and a policy that checks the same field without that proof, or
 * applies elsewhere, is said as a reason. Nothing here reads a name: policies are related by
 * their facts only.
 */
import type { CoverageFact, CoverageReason, HoleClosure } from './coverage.ts';
import type { InstallationFact } from '../model/policy-scope.ts';
import type { CoverageHole } from '../model/coverage-holes.ts';
import { ephemeralRelevantChecks } from '../model/container-fields.ts';
import type { PolicyProbes } from './evaluate/probe-facts.ts';
import { evaluationTargets, type EvaluationTarget } from './evaluate/policy-targets.ts';
import type { Decision } from './evaluate/decision.ts';
import { objectLabel, type ObjectRef } from '../model/object-ref.ts';
import { BOOLEAN_CONTAINER_FIELDS } from '../model/container-fields.ts';
import { probeRequests, probeVariant, type ProbeVariantId } from '../model/probes.ts';
import type { ScopeCondition } from '../model/policy-scope.ts';
import { scopeContainment } from '../model/scope-containment.ts';
import type { Workspace } from '../model/workspace.ts';

/** The holes of a policy's own match or logic (an engine's holes are the engine's: not closed here). */
const CLOSABLE_HOLES: ReadonlySet<CoverageHole> = new Set(['skips-ephemeral-list', 'skips-update', 'misses-subresource', 'controllers-only']);

/** What a hole lets through: a field the policy checks, or a probe it denies as a normal container. */
interface Violation {
  readonly field: string;
  /** The field is one the policy's code was read to check (else only a probe showed it). */
  readonly read: boolean;
  /** Probes that break this field and that the policy denies as a normal container. */
  readonly variants: readonly ProbeVariantId[];
}

const related = (a: string, b: string): boolean => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/** Probe variants a policy's code denies as a normal container, its hardened control admitted, in every parameter set. */
const deniedVariants = (fact: CoverageFact, probes: readonly PolicyProbes[]): ProbeVariantId[] => {
  const mine = probes.filter((p) => p.policy === fact.policy && p.rule === fact.rule);
  const sets = mine.map((p) => {
    const control = p.outcomes.find((o) => o.variant === 'hardened-control');
    if (control?.container.outcome !== 'admitted') return new Set<ProbeVariantId>();
    return new Set(p.outcomes.filter((o) => o !== control && o.container.outcome === 'denied' && (o.podControl === undefined || o.podControl.outcome === 'admitted')).map((o) => o.variant));
  });
  const union = new Set<ProbeVariantId>();
  for (const set of sets) for (const id of set) union.add(id);
  return [...union];
};

/** Each field the hole lets through, with the denied probes that break it; probes no field explains are violations of their own. */
const violationsOf = (fact: CoverageFact, probes: readonly PolicyProbes[]): Violation[] => {
  const logicOnly = fact.reasons.every((r) => r.inherited || r.hole === undefined || !CLOSABLE_HOLES.has(r.hole) || r.hole === 'skips-ephemeral-list');
  const relevant = ephemeralRelevantChecks(fact.checks);
  // A skipped list alone: only the checks that miss ephemeral containers let them through; a match or UPDATE hole lets all through.
  const open = logicOnly ? relevant.filter((c) => !(c.lists ?? []).includes('ephemeralContainers')) : relevant;
  const fields = [...new Set((open.length > 0 ? open : relevant).map((c) => c.field))];
  const denied = deniedVariants(fact, probes);
  const violations: Violation[] = fields.map((field) => ({ field, read: true, variants: denied.filter((id) => related(probeVariant(id).field ?? '', field)) }));
  for (const id of denied) {
    const field = probeVariant(id).field;
    if (field !== undefined && !fields.some((f) => related(f, field))) violations.push({ field, read: false, variants: [id] });
  }
  return violations;
};

/** A policy's scope narrowed by its engine installation's exclusions; undefined when its analyzer could not say. */
const effectiveScope = (fact: CoverageFact, installations: readonly InstallationFact[]): ScopeCondition | undefined => {
  if (!fact.scope) return undefined;
  const exclusions = installations.filter((i) => i.engines.includes(fact.engine)).map((i) => i.where);
  return exclusions.length === 0 ? fact.scope.where : { kind: 'all', of: [...exclusions, fact.scope.where] };
};

/** Runs a policy's code on probes as ephemeral containers, on demand: only for the pairs a static reading leaves open to proof. */
class EphemeralEvaluator {
  /** The first target of each policy and rule, and the key of what its evaluations decide. */
  private targets: Map<ObjectRef, Map<string | undefined, { target: EvaluationTarget; key: string }>> | undefined;
  private readonly decided = new Map<string, Decision['outcome']>();

  constructor(private readonly workspace: Workspace) {}

  /** denied only when every parameter set denies; admitted when one admits; else not-evaluated. */
  outcome(fact: CoverageFact, variant: ProbeVariantId): Decision['outcome'] {
    const found = this.targetsOf().get(fact.policy)?.get(fact.rule);
    if (found === undefined || found.target.evaluations.length === 0) return 'not-evaluated';
    const { target } = found;
    const key = `${found.key}\u0001${variant}`;
    let outcome = this.decided.get(key);
    if (outcome === undefined) {
      const request = probeRequests(probeVariant(variant))[1].request;
      const outcomes = target.evaluations.map((evaluation) => {
        try {
          return evaluation.decide(request).outcome;
        } catch {
          return 'not-evaluated' as const;
        }
      });
      outcome = outcomes.includes('admitted') ? 'admitted' : outcomes.every((o) => o === 'denied') ? 'denied' : 'not-evaluated';
      this.decided.set(key, outcome);
    }
    return outcome;
  }

  private targetsOf(): Map<ObjectRef, Map<string | undefined, { target: EvaluationTarget; key: string }>> {
    if (this.targets === undefined) {
      const targets = evaluationTargets(this.workspace);
      this.targets = new Map();
      const ids = new Map<string, number>();
      for (const target of targets) {
        let byRule = this.targets.get(target.policy);
        if (!byRule) this.targets.set(target.policy, (byRule = new Map()));
        if (byRule.has(target.rule)) continue;
        // What its evaluations decide, as a number: the text (the policy's code) is hashed once.
        const text = target.evaluations.map((e) => e.sameAs).join('\u0000');
        let id = ids.get(text);
        if (id === undefined) ids.set(text, (id = ids.size));
        byRule.set(target.rule, { target, key: String(id) });
      }
    }
    return this.targets;
  }
}

interface Closer {
  readonly fact: CoverageFact;
  readonly where: ScopeCondition;
  /** `identity(fact)`, once. */
  readonly identity: string;
  /** Its first check of each field on ephemeral containers (a check, not an exemption). */
  readonly ephemeralChecks: ReadonlyMap<string, CoverageFact['checks'][number]>;
}

/**
 * How `closer` denies `violation` on the ephemeral-container request, and whether that proves the
 * hole closed. Proved: it denies every ephemeral container; or, for a boolean field (whose every
 * violation a probe sets), it checks that field on ephemeral containers and its code denies each
 * probe of it the hole lets through. A check of the same field without that proof (an allowlist
 * may be wider than the other policy's) is said, not counted; a probe it admits rules it out.
 */
const closureOf = ({ fact: closer, ephemeralChecks }: Closer, violation: Violation, evaluator: EphemeralEvaluator): { closure: HoleClosure; proves: boolean } | undefined => {
  const control = closer.blocksEphemeralContainers;
  const base = (): Pick<HoleClosure, 'policy' | 'rule'> => ({ policy: closer.policy, ...(closer.rule !== undefined ? { rule: closer.rule } : {}) });
  if (control && (control.scope ?? 'all') === 'all') return { closure: { ...base(), at: control.at, denies: 'every ephemeral container', basis: 'code' }, proves: true };
  const check = violation.read ? ephemeralChecks.get(violation.field) : undefined;
  if (violation.read && check === undefined) return undefined;
  const outcomes = violation.variants.map((id) => evaluator.outcome(closer, id));
  if (outcomes.includes('admitted')) return undefined;
  const proved = outcomes.length > 0 && outcomes.every((o) => o === 'denied') && BOOLEAN_CONTAINER_FIELDS.has(violation.field);
  if (!violation.read && !proved) return undefined;
  const denies = check ? `${violation.field} on ephemeral containers` : `${violation.variants.map((id) => probeVariant(id).asks).join(', ')} as an ephemeral container`;
  return { closure: { ...base(), at: check?.at ?? closer.policy.at, denies, basis: proved ? 'evaluation' : 'code' }, proves: proved };
};

const identity = (fact: CoverageFact): string => `${fact.policy.kind}/${fact.policy.namespace ?? ''}/${fact.policy.name}`;

const closerLabel = (closure: Pick<HoleClosure, 'policy' | 'rule'>): string => objectLabel(closure.policy) + (closure.rule !== undefined ? ` rule ${closure.rule}` : '');

export interface CrossPolicyInputs {
  readonly workspace: Workspace;
  readonly coverage: readonly CoverageFact[];
  readonly installations: readonly InstallationFact[];
  readonly probes: readonly PolicyProbes[];
}

/** A fact whose holes are closed by other policies, one closure per violation. */
const closedFact = (fact: CoverageFact, holes: readonly CoverageReason[], closures: readonly HoleClosure[]): CoverageFact => {
  const unique = closures.filter((c, i) => closures.findIndex((d) => d.policy === c.policy && d.rule === c.rule) === i);
  const reasons = fact.reasons.map((r): CoverageReason => (holes.includes(r) ? { ...r, closedBy: unique } : r));
  const names = unique.map(closerLabel).join(', ');
  return { ...fact, reasons: [...reasons, { text: `hole closed by ${names}: it denies the same on the ephemeral-container request wherever this policy applies`, at: unique[0]!.at }] };
};

/** The coverage facts, each hole another policy closes marked with who closes it (`CoverageReason.closedBy`). */
export const closeHolesAcrossPolicies = ({ workspace, coverage, installations, probes }: CrossPolicyInputs): CoverageFact[] => {
  const closers: Closer[] = coverage.flatMap((fact) => {
    const where = fact.verdict === 'covered' && fact.enforces === 'yes' ? effectiveScope(fact, installations) : undefined;
    if (where === undefined) return [];
    const ephemeralChecks = new Map<string, CoverageFact['checks'][number]>();
    for (const c of fact.checks) {
      if ((c.role ?? 'check') === 'check' && (c.lists ?? []).includes('ephemeralContainers') && !ephemeralChecks.has(c.field)) ephemeralChecks.set(c.field, c);
    }
    return [{ fact, where, identity: identity(fact), ephemeralChecks }];
  });
  if (closers.length === 0) return [...coverage];
  const evaluator = new EphemeralEvaluator(workspace);
  const scopeContains = scopeContainment();
  // What a closer does to a violation depends on the two only: policies that share a violation
  // (copies of one policy, a field many check) ask each closer once; equal violations are one
  // object (`sameViolation`), the memo's key.
  const violationsByText = new Map<string, Violation>();
  const sameViolation = (violation: Violation): Violation => {
    const text = `${violation.field}\u0000${violation.read}\u0000${violation.variants.join(',')}`;
    const known = violationsByText.get(text);
    if (known) return known;
    violationsByText.set(text, violation);
    return violation;
  };
  const closureMemo = new Map<Closer, Map<Violation, ReturnType<typeof closureOf>>>();
  const closureOnce = (closer: Closer, violation: Violation): ReturnType<typeof closureOf> => {
    let byViolation = closureMemo.get(closer);
    if (!byViolation) closureMemo.set(closer, (byViolation = new Map()));
    if (!byViolation.has(violation)) byViolation.set(violation, closureOf(closer, violation, evaluator));
    return byViolation.get(violation);
  };
  return coverage.map((fact) => {
    // Every hole closed is marked (closedBy), on whatever fact it is: decideVerdict gives
    // closable holes to not-covered facts only, and the verdict stays the policy's own.
    const holes = fact.reasons.filter((r) => !r.inherited && r.hole !== undefined && CLOSABLE_HOLES.has(r.hole));
    if (holes.length === 0) return fact;
    const where = effectiveScope(fact, installations);
    const violations = violationsOf(fact, probes).map(sameViolation);
    if (where === undefined || violations.length === 0) return fact;
    // Another policy, or another rule of this one. A second manifest of this same object (kind,
    // namespace, name) is not another policy: the cluster holds one of them, whichever was applied last.
    const own = identity(fact);
    const others = closers.filter((c) => (c.fact.policy === fact.policy ? c.fact.rule !== fact.rule : c.identity !== own));
    // Each violation closed by the first closer that proves it in scope, if every one is: most
    // facts with a hole end here, without asking every closer (the typical mix of `npm run bench`,
    // 400 policies that close each other's holes: ~100 -> ~75 ms of main-thread CPU in --cpu-prof).
    const proofs = violations.map((violation) => others.find((closer) => closureOnce(closer, violation)?.proves === true && scopeContains(closer.where, where)));
    if (proofs.every((closer) => closer !== undefined)) return closedFact(fact, holes, proofs.map((closer, i) => closureOnce(closer, violations[i]!)!.closure));
    const closures: HoleClosure[] = [];
    const byCloser = new Map<CoverageFact, { inScope: boolean; closures: HoleClosure[] }>();
    for (const violation of violations) {
      let proving: HoleClosure | undefined;
      for (const closer of others) {
        const found = closureOnce(closer, violation);
        if (!found) continue;
        const seen = byCloser.get(closer.fact) ?? { inScope: scopeContains(closer.where, where), closures: [] };
        seen.closures.push(found.closure);
        byCloser.set(closer.fact, seen);
        if (found.proves && seen.inScope) proving ??= found.closure;
      }
      if (proving) closures.push(proving);
    }
    if (closures.length === violations.length) return closedFact(fact, holes, closures);
    // A counterpart for ephemeral containers (it reads no other container list) that checks every
    // field of the hole on them, but is not proved to close it: said, not counted.
    const siblings = [...byCloser.entries()]
      .filter(([closer, seen]) => seen.closures.length === violations.length && closer.reads.containers === undefined && closer.reads.initContainers === undefined)
      .map(([, seen]) => seen);
    const sibling = siblings.find((seen) => seen.inScope) ?? siblings[0];
    if (sibling === undefined) return fact;
    const first = sibling.closures[0]!;
    const why = sibling.inScope
      ? 'not proved to deny everything this policy denies (only a boolean field, or a denial of every ephemeral container, is proved)'
      : "its scope is not proved to contain this policy's: the hole stays open where this policy applies and it does not";
    return { ...fact, reasons: [...fact.reasons, { text: `${closerLabel(first)} also checks ${[...new Set(sibling.closures.map((c) => c.denies))].join(', ')}, but ${why}`, at: first.at }] };
  });
};
