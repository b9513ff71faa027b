import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import type { Evidence, FieldCheck, Tri } from '../../src/analyze/coverage.ts';
import { decideVerdict, type VerdictInput } from '../../src/analyze/verdict.ts';

const at = { file: 'p.yaml', path: ['spec'] } as unknown as Evidence['at'];
const ev = (note: string): Evidence => ({ at, note });
const privileged: FieldCheck = { field: 'securityContext.privileged', category: 'security', lists: ['containers'], at };
const TRI: readonly Tri[] = ['yes', 'no', 'unknown'];

/** Every input over a small domain: each field that decides a verdict, absent or present. */
const inputs = (): VerdictInput[] => {
  const all: VerdictInput[] = [];
  for (const checks of [[], [privileged]])
    for (const reads of [{}, { containers: ev('c') }, { ephemeralContainers: ev('e') }, { containers: ev('c'), ephemeralContainers: ev('e') }])
      for (const receivesSubresource of TRI)
        for (const handlesUpdate of TRI)
          for (const enforces of ['yes', 'no'] as const)
            for (const controllersOnly of [undefined, ev('controllers')])
              for (const unknowns of [[], [ev('not followed')]])
                for (const ephemeralGaps of [undefined, [ev('gap')]])
                  for (const subresourceExcluded of [undefined, ev('excluded')])
                    for (const logicHidden of [undefined, ev('hidden')])
                      all.push({
                        checks,
                        reads,
                        receivesSubresource,
                        handlesUpdate,
                        enforces,
                        unknowns,
                        ...(controllersOnly && { controllersOnly }),
                        ...(ephemeralGaps && { ephemeralGaps }),
                        ...(subresourceExcluded && { subresourceExcluded }),
                        ...(logicHidden && { logicHidden }),
                      });
  return all;
};

describe('decideVerdict: properties over every input of a small domain', () => {
  const cases = inputs();

  it('adding an unknown never makes a verdict covered or not-applicable, and keeps a hole a hole', () => {
    for (const input of cases.filter((c) => c.unknowns!.length === 0)) {
      const before = decideVerdict(input).verdict;
      const after = decideVerdict({ ...input, unknowns: [ev('not followed')] }).verdict;
      assert.ok(after === 'unknown' || after === 'not-covered', `${before} became ${after}`);
      if (before === 'not-covered') assert.equal(after, 'not-covered');
    }
  });

  it('a not-covered verdict names a hole in a reason; a covered or not-applicable one names none', () => {
    for (const input of cases) {
      const { verdict, reasons } = decideVerdict(input);
      const holes = reasons.flatMap((r) => (r.hole ? [r.hole] : []));
      if (verdict === 'not-covered') assert.ok(holes.length > 0 && !holes.includes('not-analyzable'));
      if (verdict === 'covered' || verdict === 'not-applicable') assert.deepEqual(holes, []);
      if (verdict === 'unknown') assert.ok(holes.every((hole) => hole === 'not-analyzable'));
    }
  });

  it('removing every hole of a decided, readable policy flips not-covered to covered', () => {
    for (const input of cases.filter((c) => c.checks.length > 0 && c.unknowns!.length === 0 && c.receivesSubresource !== 'unknown' && c.handlesUpdate !== 'unknown')) {
      if (decideVerdict(input).verdict !== 'not-covered') continue;
      const { controllersOnly: _c, subresourceExcluded: _s, ephemeralGaps: _g, ...rest } = input;
      const closed: VerdictInput = { ...rest, receivesSubresource: 'yes', handlesUpdate: 'yes', reads: { ...input.reads, ephemeralContainers: ev('e') } };
      assert.equal(decideVerdict(closed).verdict, 'covered');
    }
  });

  it('enforcement is said beside the verdict, never folded into it', () => {
    for (const input of cases.filter((c) => c.enforces === 'yes')) {
      assert.equal(decideVerdict({ ...input, enforces: 'no' }).verdict, decideVerdict(input).verdict);
    }
  });

  it('not-applicable exactly when nothing settable is checked, nothing is unknown and the logic is in view', () => {
    for (const input of cases) {
      const expected = input.checks.length === 0 && input.unknowns!.length === 0 && !input.logicHidden;
      assert.equal(decideVerdict(input).verdict === 'not-applicable', expected);
    }
  });
});

/**
 * The files that still set a coverage verdict themselves instead of through decideVerdict
 * (#20: one place decides a verdict). The list may only shrink: a new file that writes a
 * verdict literal fails here.
 */
const SETS_VERDICT_ITSELF = [
  'admission-policy/admission-policy.ts',
  'engine-reach.ts',
  'evaluate/combine.ts',
  'kyverno/policy.ts',
  'pod-security-admission.ts',
  'pod-security-policy.ts',
  'verdict.ts',
  'webhooks/webhooks.ts',
];

describe('where verdicts are set', () => {
  it('only the files listed write a verdict literal, and each listed file still does', () => {
    const folder = new URL('../../src/analyze/', import.meta.url).pathname;
    const files = (readdirSync(folder, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts'));
    const assigns = /\bverdict\s*(?::|=(?!=))[^;,]*'(?:covered|not-covered|unknown|not-applicable)'/;
    const found = files.filter((file) => assigns.test(readFileSync(join(folder, file), 'utf8'))).map((file) => relative('.', file)).sort();
    assert.deepEqual(found, SETS_VERDICT_ITSELF);
  });
});
