import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CoverageFact } from '../../../src/analyze/coverage.ts';
import { combineWithProbes } from '../../../src/analyze/evaluate/combine.ts';
import type { Decision } from '../../../src/analyze/evaluate/decision.ts';
import type { PolicyProbes, ProbeOutcome } from '../../../src/analyze/evaluate/probe-facts.ts';
import type { ObjectRef } from '../../../src/model/object-ref.ts';
import { PROBE_VARIANTS } from '../../../src/model/probes.ts';

const policy: ObjectRef = { kind: 'ValidatingAdmissionPolicy', apiVersion: 'admissionregistration.k8s.io/v1', name: 'p', at: { file: 'p.yaml', doc: 0, path: [] } };
const at = { file: 'p.yaml', doc: 0, path: ['spec'] };

const fact = (overrides: Partial<CoverageFact>): CoverageFact => ({
  engine: 'validating-admission-policy',
  policy,
  reads: { containers: { at, note: 'reads' }, ephemeralContainers: { at, note: 'reads' } },
  checks: [{ field: 'securityContext.privileged', category: 'security', lists: ['containers', 'ephemeralContainers'], at }],
  receivesSubresource: 'yes',
  handlesUpdate: 'yes',
  enforces: 'yes',
  verdict: 'covered',
  reasons: [{ text: 'reads ephemeralContainers' }],
  ...overrides,
});

const A: Decision = { outcome: 'admitted' };
const D: Decision = { outcome: 'denied', message: 'no' };
const N: Decision = { outcome: 'not-evaluated', reason: 'reads namespaceObject' };

/** Probes where `privileged` gives (container, ephemeral) and every other variant is admitted. */
const probes = (container: Decision, ephemeral: Decision, control: Decision = A): PolicyProbes => ({
  engine: 'validating-admission-policy',
  policy,
  evaluator: 'cel',
  parameters: { kind: 'not-parameterized' },
  outcomes: PROBE_VARIANTS.map((variant): ProbeOutcome => {
    if (variant.id === 'hardened-control') return { variant: variant.id, asks: variant.asks, container: control, ephemeral: control };
    if (variant.id === 'privileged') return { variant: variant.id, asks: variant.asks, container, ephemeral };
    return { variant: variant.id, asks: variant.asks, container: A, ephemeral: A };
  }),
});

const combine = (f: CoverageFact, p: PolicyProbes) => combineWithProbes(f, [p], () => ({ name: 'debugger' }));

describe('combineWithProbes: static and concrete verdicts', () => {
  it('covered read from the code, proved hole: unknown, with EG003 naming both', () => {
    const { fact: combined, problems } = combine(fact({}), probes(D, A));
    assert.equal(combined.verdict, 'unknown');
    assert.deepEqual(combined.reasons.map((r) => r.hole), ['not-analyzable']);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /^ValidatingAdmissionPolicy\/p: read from the code, its logic reaches ephemeral containers \(covered\); proved by evaluation: a privileged container/);
  });

  it('not covered read from the code (EG101), proved hole: not covered, proved', () => {
    const { fact: combined, problems } = combine(fact({ verdict: 'not-covered', reasons: [{ hole: 'skips-ephemeral-list', text: 'never reads ephemeralContainers', at }] }), probes(D, A));
    assert.deepEqual([combined.verdict, combined.evaluation?.basis, combined.evaluation?.hole?.variant, problems.length], ['not-covered', 'evaluation', 'privileged', 0]);
  });

  it('unknown read from the code, proved hole: not covered by the rule the reading points to', () => {
    const noEphemeral = fact({ verdict: 'unknown', reads: { containers: { at, note: 'reads' } }, reasons: [{ hole: 'not-analyzable', text: 'could not follow' }] });
    assert.deepEqual(combine(noEphemeral, probes(D, A)).fact.reasons.map((r) => r.hole), ['skips-ephemeral-list']);
    assert.deepEqual(combine(fact({ verdict: 'unknown', reasons: [] }), probes(D, A)).fact.reasons.map((r) => r.hole), ['skips-update']);
  });

  it('EG102 read from the code, denied in both forms: unknown, with EG003 naming the hole as the caller names it', () => {
    const skipsUpdate = fact({ verdict: 'not-covered', reasons: [{ hole: 'skips-update', text: 'skips UPDATE', at }] });
    const { fact: combined, problems } = combine(skipsUpdate, probes(D, D));
    assert.equal(combined.verdict, 'unknown');
    assert.match(problems[0]!.message, /misses ephemeral containers \(skips-update skips UPDATE\); proved by evaluation: denied both/);
    const named = combineWithProbes(skipsUpdate, [probes(D, D)], () => ({ name: 'debugger' }), (hole) => `<${hole}>`);
    assert.match(named.problems[0]!.message, /misses ephemeral containers \(<skips-update> skips UPDATE\); proved/);
  });

  it('EG101 for a field no denied variant changes: no disagreement', () => {
    const f = fact({ verdict: 'not-covered', checks: [{ field: 'image', category: 'image', lists: ['containers'], at }], reasons: [{ hole: 'skips-ephemeral-list', text: 'image', at }] });
    assert.deepEqual([combine(f, probes(D, D)).fact.verdict, combine(f, probes(D, D)).problems.length], ['not-covered', 0]);
  });

  it('covered and denied in both forms: covered, proved by evaluation', () => {
    assert.deepEqual(combine(fact({}), probes(D, D)).fact.evaluation?.basis, 'evaluation');
  });

  it('a denied control, an unevaluated probe or no denial prove nothing', () => {
    assert.equal(combine(fact({}), probes(D, A, D)).fact.evaluation?.proof, 'not-evaluated');
    assert.equal(combine(fact({}), probes(D, N)).fact.evaluation?.proof, 'not-evaluated');
    assert.equal(combine(fact({}), probes(A, A)).fact.evaluation?.proof, 'silent');
    assert.equal(combine(fact({}), probes(A, A)).fact.verdict, 'covered');
  });

  it('a denial the Pod alone causes (the variant\'s own control) is not the container\'s', () => {
    const p = probes(A, A);
    const outcomes = p.outcomes.map((o) => (o.variant === 'host-path-mount' ? { ...o, container: D, ephemeral: A, podControl: D } : o));
    assert.equal(combine(fact({}), { ...p, outcomes }).fact.evaluation?.proof, 'silent');
    const attributable = p.outcomes.map((o) => (o.variant === 'host-path-mount' ? { ...o, container: D, ephemeral: A, podControl: A } : o));
    assert.equal(combine(fact({}), { ...p, outcomes: attributable }).fact.evaluation?.proof, 'hole');
  });

  it('not covered by its match only (EG103), proved hole: keeps not covered and adds the disagreement', () => {
    const f = fact({ verdict: 'not-covered', receivesSubresource: 'no', reasons: [{ hole: 'misses-subresource', text: 'never receives', at }] });
    const { fact: combined, problems } = combine(f, probes(D, A));
    assert.deepEqual([combined.verdict, combined.reasons.map((r) => r.hole), problems.length], ['not-covered', ['misses-subresource', 'not-analyzable'], 1]);
    // The sentence says the verdict decided: not covered, not "unknown".
    assert.match(problems[0]!.message, /\(not-covered\); proved by evaluation: .*\. The two analyses disagree, but its other holes keep it not-covered\.$/);
    assert.equal(combined.reasons[1]!.text, problems[0]!.message);
  });
});
