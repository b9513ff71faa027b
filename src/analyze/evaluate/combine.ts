import type { CoverageFact } from '../coverage.ts';
import { findsLogicHole, probeDisagreement, redecideFact, type ProbeHint } from '../verdict.ts';
import type { InputProblem } from '../../model/input-problem.ts';
import { HOLE_AS_IS, type NameHole } from '../../model/coverage-holes.ts';
import { ephemeralRelevantChecks } from '../../model/container-fields.ts';
import { objectLabel } from '../../model/object-ref.ts';
import { probeVariant } from '../../model/probes.ts';
import { proofOf, type PolicyProbes, type ProbeEvidence, type ProbeOutcome, type ProbeProof, type ProvedHole } from './probe-facts.ts';

const parametersLabel = (probes: PolicyProbes): string => {
  const source = probes.parameters;
  if (source.kind === 'constraint' || source.kind === 'param') return `parameters of ${objectLabel(source.object)}`;
  if (source.kind === 'schema-defaults') return 'the parameter schema defaults (no Constraint in scope)';
  if (source.kind === 'none') return 'no parameters in scope';
  return 'no parameters';
};

const holeOf = (proof: Extract<ProbeProof, { kind: 'hole' }>, container: Readonly<Record<string, unknown>>): ProvedHole => ({
  variant: proof.outcome.variant,
  asks: proof.outcome.asks,
  container,
  operation: 'UPDATE',
  subResource: 'ephemeralcontainers',
  deniedAsContainerWith: proof.outcome.container.outcome === 'denied' ? proof.outcome.container.message : '',
  parameters: parametersLabel(proof.probes),
});

/** "a privileged container is denied as a container (…) and admitted as an ephemeral container". */
const holeSentence = (hole: ProvedHole): string =>
  `${hole.asks} is denied as a normal container on CREATE ("${hole.deniedAsContainerWith}") and admitted as an ephemeral container on UPDATE pods/ephemeralcontainers (${hole.parameters})`;

/**
 * Whether variants denied in both forms contradict the static reading: the code was read as
 * skipping every UPDATE (EG102), or as checking a field on containers only (EG101) that a
 * variant then shows denied on ephemeral containers too.
 */
const contradictsLogicHole = (fact: CoverageFact, handled: readonly ProbeOutcome['variant'][]): boolean => {
  if (fact.reasons.some((reason) => !reason.inherited && reason.hole === 'skips-update')) return true;
  const missing = ephemeralRelevantChecks(fact.checks).filter((check) => !(check.lists ?? []).includes('ephemeralContainers'));
  return handled.some((id) => {
    const field = probeVariant(id).field;
    return field !== undefined && missing.some((check) => check.field === field || check.field.startsWith(`${field}.`) || field.startsWith(`${check.field}.`));
  });
};

export interface CombinedFact {
  readonly fact: CoverageFact;
  readonly problems: readonly InputProblem[];
}

/**
 * Where the probe results meet the reading of the code: what the probes showed becomes a
 * `probe` hint, and decideVerdict decides again (a proved hole the reading also found stays
 * not-covered, now proved; one it missed makes an unknown verdict not-covered, and a covered or
 * not-applicable one unknown). A disagreement is an EG003 problem naming both; probes denied in
 * both forms where the reading says the logic misses them are a disagreement too.
 */
export const combineWithProbes = (
  fact: CoverageFact,
  probes: readonly PolicyProbes[],
  containerOf: (outcome: ProbeOutcome) => Readonly<Record<string, unknown>>,
  nameHole: NameHole = HOLE_AS_IS,
): CombinedFact => {
  if (probes.length === 0) return { fact, problems: [] };
  const proofs = probes.map(proofOf);
  const holeProof = proofs.find((proof): proof is Extract<ProbeProof, { kind: 'hole' }> => proof.kind === 'hole');
  const label = objectLabel(fact.policy) + (fact.rule !== undefined ? ` rule ${fact.rule}` : '');
  if (holeProof) {
    const hole = holeOf(holeProof, containerOf(holeProof.outcome));
    const proved = `proved by evaluation: ${holeSentence(hole)}`;
    const evidence = (basis: ProbeEvidence['basis']): ProbeEvidence => ({ basis, proof: 'hole', summary: proved, hole });
    const probe: ProbeHint = { kind: 'hole', label, proved, at: fact.policy.at };
    const decided = redecideFact(fact, { probe });
    // The reading found this hole, or could not tell: the probe proves the verdict. Else the two disagree.
    if (findsLogicHole(fact) || fact.verdict === 'unknown') return { fact: { ...decided, evaluation: evidence('evaluation') }, problems: [] };
    const disagreement = probeDisagreement(probe, fact.verdict, decided.verdict);
    const problem: InputProblem = { kind: 'not-analyzable', at: fact.policy.at, message: disagreement };
    return { fact: { ...decided, evaluation: { ...evidence('code'), summary: disagreement } }, problems: [problem] };
  }
  const handled = proofs.flatMap((proof) => (proof.kind === 'handled' ? proof.variants : []));
  if (handled.length > 0) {
    const names = [...new Set(handled)].join(', ');
    const summary = `proved by evaluation: denied both as a normal container and as an ephemeral container for ${names}`;
    if (findsLogicHole(fact) && contradictsLogicHole(fact, handled)) {
      const reading = `its logic misses ephemeral containers (${fact.reasons.filter((r) => r.hole !== undefined).map((r) => `${nameHole(r.hole!)} ${r.text}`).join('; ')})`;
      const probe: ProbeHint = { kind: 'contradicts', label, reading, shown: summary, at: fact.policy.at };
      const decided = redecideFact(fact, { probe });
      const disagreement = probeDisagreement(probe, fact.verdict, decided.verdict);
      return { fact: { ...decided, evaluation: { basis: 'code', proof: 'handled', summary: disagreement } }, problems: [{ kind: 'not-analyzable', at: fact.policy.at, message: disagreement }] };
    }
    return { fact: { ...fact, evaluation: { basis: fact.verdict === 'covered' ? 'evaluation' : 'code', proof: 'handled', summary } }, problems: [] };
  }
  const first = proofs.find((proof) => proof.kind === 'not-evaluated');
  if (first && first.kind === 'not-evaluated') return { fact: { ...fact, evaluation: { basis: 'code', proof: 'not-evaluated', summary: `could not evaluate: ${first.reason}` } }, problems: [] };
  return { fact: { ...fact, evaluation: { basis: 'code', proof: 'silent', summary: 'no probe is denied as a normal container' } }, problems: [] };
};
