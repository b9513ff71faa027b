import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import type { CoverageReason, Evidence, FieldCheck, Tri, Verdict } from '../../src/analyze/coverage.ts';
import { decideVerdict, type Decision, type ProbeHint, type VerdictHints, type VerdictInput } from '../../src/analyze/verdict.ts';
import type { CoverageHole } from '../../src/model/coverage-holes.ts';
import type { PodSecurityLevel } from '../../src/model/pod-security.ts';

const at = { file: 'p.yaml', path: ['spec'] } as unknown as Evidence['at'];
const ev = (note: string): Evidence => ({ at, note });
const privileged: FieldCheck = { field: 'securityContext.privileged', category: 'security', lists: ['containers'], at };
/** Read only to name the container in a message: not a check an ephemeral container can fail. */
const nameOnly: FieldCheck = { field: 'name', category: 'security', role: 'identity', lists: ['containers'], at };
const TRI: readonly Tri[] = ['yes', 'no', 'unknown'];
const LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

const holesOf = (reasons: readonly CoverageReason[]): CoverageHole[] => reasons.flatMap((r) => (r.hole ? [r.hole] : []));
const settable = (input: VerdictInput): boolean => input.checks.some((c) => c === privileged);
const show = (input: VerdictInput, decided: Decision): string =>
  `${JSON.stringify({ ...input, checks: input.checks.map((c) => c.field + (c.role ? `(${c.role})` : '')) }, (key, value) => (key === 'at' ? undefined : value))} -> ${decided.verdict}`;

/**
 * The whole domain of a policy's own facts and hints: every value of each field that decides a
 * verdict (checks: none, read only, settable; each container list read or not; every Tri;
 * enforcement; how the subresource is lost; gaps absent, none or one; unknowns; hidden logic).
 */
const logicDomain = (): VerdictInput[] => {
  const all: VerdictInput[] = [];
  for (const checks of [[], [nameOnly], [privileged]])
    for (let mask = 0; mask < 8; mask++) {
      const reads = Object.fromEntries(LISTS.flatMap((list, i) => (mask & (1 << i) ? [[list, ev(`reads ${list}`)]] : [])));
      for (const receivesSubresource of TRI)
        for (const handlesUpdate of TRI)
          for (const enforcement of [{ enforces: 'yes' as const }, { enforces: 'no' as const }, { enforces: 'no' as const, enforcementEvidence: ev('audit') }])
            for (const lost of [{}, { controllersOnly: ev('controllers') }, { subresourceExcluded: ev('excluded') }, { controllersOnly: ev('controllers'), subresourceExcluded: ev('excluded') }])
              for (const ephemeralGaps of [undefined, [], [ev('gap')]])
                for (const unknowns of [[], [ev('not followed')]])
                  for (const logicHidden of [undefined, ev('hidden')])
                    all.push({
                      checks,
                      reads,
                      receivesSubresource,
                      handlesUpdate,
                      ...enforcement,
                      ...lost,
                      unknowns,
                      ...(ephemeralGaps && { ephemeralGaps }),
                      ...(logicHidden && { logicHidden }),
                    });
    }
  return all;
};

/** Hints about the policy as a whole (a rule kind not read, nothing it applies to, PSP, Pod Security). */
const SUBJECT_HINTS: readonly VerdictHints[] = [
  { notAnalyzed: ev('verifyImages rules are not analysed') },
  { notApplicable: 'matches no Pods' },
  { notAnalyzed: ev('verifyImages rules are not analysed'), notApplicable: 'matches no Pods' },
  { ignoresSubresources: 'ignores every subresource' },
  ...(['privileged', 'baseline', 'restricted'] as PodSecurityLevel[]).flatMap((level) => [false, true].map((exempt) => ({ podSecurity: { level, exempt, configDefault: false, at } }))),
];

const PROBES: readonly ProbeHint[] = [
  { kind: 'hole', label: 'P', proved: 'proved', at },
  { kind: 'contradicts', label: 'P', reading: 'misses', shown: 'denied', at },
];
const INHERITED = { hole: 'engine-too-old', note: 'engine too old', at } as const;

describe('decideVerdict over the whole domain of a policy’s own facts', () => {
  const cases = logicDomain();

  it('enumerates every combination', () => {
    assert.equal(cases.length, 3 * 8 * 3 * 3 * 3 * 4 * 3 * 2 * 2);
  });

  it('gives every verdict at least one reason; a not-covered one names a hole, covered and not-applicable none, unknown only not-analyzable', () => {
    for (const input of cases) {
      const decided = decideVerdict(input);
      const holes = holesOf(decided.reasons);
      assert.ok(decided.reasons.length > 0, show(input, decided));
      if (decided.verdict === 'not-covered') assert.ok(holes.length > 0 && !holes.includes('not-analyzable'), show(input, decided));
      if (decided.verdict === 'covered' || decided.verdict === 'not-applicable') assert.deepEqual(holes, [], show(input, decided));
      if (decided.verdict === 'unknown') assert.ok(holes.every((hole) => hole === 'not-analyzable'), show(input, decided));
    }
  });

  it('fails closed: covered only when a settable field is checked, ephemeralContainers read, the subresource and UPDATE received, and nothing unknown', () => {
    for (const input of cases) {
      const decided = decideVerdict(input);
      if (decided.verdict !== 'covered') continue;
      assert.ok(settable(input) && input.reads.ephemeralContainers, show(input, decided));
      assert.ok(input.receivesSubresource === 'yes' && input.handlesUpdate === 'yes', show(input, decided));
      // Hidden logic whose checks are known (a Kubewarden module by name) is read through them.
      assert.ok(input.unknowns!.length === 0, show(input, decided));
    }
  });

  it('precedence: a hole the facts show is not-covered before anything unknown; an unknown part is never covered', () => {
    for (const input of cases) {
      const relevant = settable(input);
      const loses = input.receivesSubresource === 'no' || input.handlesUpdate === 'no';
      const skipsList = input.ephemeralGaps ? input.ephemeralGaps.length > 0 : !input.reads.ephemeralContainers && (input.reads.containers || input.reads.initContainers);
      const hole = relevant ? loses || Boolean(skipsList) : Boolean(input.logicHidden) && loses;
      const unknownPart = input.unknowns!.length > 0 || input.receivesSubresource === 'unknown' || input.handlesUpdate === 'unknown' || (!relevant && input.logicHidden) || !input.reads.ephemeralContainers;
      const expected: Verdict = hole ? 'not-covered' : !relevant && !input.logicHidden && input.unknowns!.length === 0 ? 'not-applicable' : unknownPart ? 'unknown' : 'covered';
      assert.equal(decideVerdict(input).verdict, expected, show(input, decideVerdict(input)));
    }
  });

  it('adding an unknown never makes a verdict covered or not-applicable, and keeps a hole a hole', () => {
    for (const input of cases.filter((c) => c.unknowns!.length === 0)) {
      const before = decideVerdict(input).verdict;
      const after = decideVerdict({ ...input, unknowns: [ev('not followed')] }).verdict;
      assert.ok(after === 'unknown' || after === 'not-covered', `${before} became ${after}`);
      if (before === 'not-covered') assert.equal(after, 'not-covered');
    }
  });

  it('removing every hole of a decided, readable policy flips not-covered to covered', () => {
    for (const input of cases.filter((c) => settable(c) && c.unknowns!.length === 0 && c.receivesSubresource !== 'unknown' && c.handlesUpdate !== 'unknown')) {
      if (decideVerdict(input).verdict !== 'not-covered') continue;
      const { controllersOnly: _c, subresourceExcluded: _s, ephemeralGaps: _g, ...rest } = input;
      const closed: VerdictInput = { ...rest, receivesSubresource: 'yes', handlesUpdate: 'yes', reads: { ...input.reads, ephemeralContainers: ev('e') } };
      assert.equal(decideVerdict(closed).verdict, 'covered');
    }
  });

  it('the subresource lost names one hole: controllers-only before excluded before misses-subresource', () => {
    for (const input of cases.filter((c) => settable(c) && c.receivesSubresource === 'no')) {
      const holes = holesOf(decideVerdict(input).reasons);
      const expected = input.controllersOnly ? 'controllers-only' : input.subresourceExcluded ? 'excluded' : 'misses-subresource';
      assert.deepEqual(holes.filter((h) => h === 'controllers-only' || h === 'excluded' || h === 'misses-subresource'), [expected]);
    }
  });

  it('enforcement is said beside the verdict, never folded into it', () => {
    for (const input of cases.filter((c) => c.enforces === 'yes')) {
      const covered = decideVerdict(input);
      const audits = decideVerdict({ ...input, enforces: 'no', enforcementEvidence: ev('audit') });
      assert.equal(audits.verdict, covered.verdict);
      if (covered.verdict === 'covered') assert.deepEqual(audits.reasons.map((r) => r.text), [...covered.reasons.map((r) => r.text), 'audit']);
    }
  });

  it('what is said beside the verdict never decides it, and is said only where it can matter', () => {
    const forbidden = ev('requires resources on ephemeral containers');
    const partial = ev('excludes ephemeral containers in some namespaces');
    const [first, second] = [ev('match excludes UPDATE'), ev('preconditions exclude UPDATE')];
    let n = 0;
    for (const input of cases)
      for (const hints of [{}, ...SUBJECT_HINTS]) {
        const plain = decideVerdict({ ...input, ...hints });
        const said = decideVerdict({
          ...input,
          ...hints,
          ...(input.handlesUpdate === 'no' && { updateEvidence: first, updateDrops: [first, second] }),
          requiresForbiddenOnEphemeral: [forbidden],
          exemptsEphemeral: [partial],
          enforcementEvidence: { note: 'audit only' },
          notes: [{ text: 'a note' }],
          changesOnly: ['metadata.labels'],
        });
        const texts = said.reasons.map((r) => r.text);
        const where = show(input, said);
        n++;
        assert.equal(said.verdict, plain.verdict, where);
        // A policy that cannot apply never meets an ephemeral container; an exclusion from one that checks nothing lets nothing through.
        assert.equal(texts.includes(forbidden.note), hints.notApplicable === undefined || hints.notAnalyzed !== undefined, where);
        assert.equal(texts.includes(partial.note), said.verdict !== 'not-applicable', where);
        assert.equal(texts.includes('audit only'), said.verdict !== 'not-applicable' && input.enforces !== 'yes', where);
        assert.equal(texts.includes('its mutations change only metadata.labels'), said.verdict === 'not-applicable', where);
        assert.ok(texts.includes('a note'), where);
        // Every UPDATE filter is a hole beside a hole, never beside another verdict.
        if (texts.includes(second.note)) assert.equal(said.verdict, 'not-covered', where);
        if (said.verdict === 'not-covered' && texts.includes(first.note) && !input.logicHidden) assert.ok(texts.includes(second.note), where);
      }
    assert.equal(n, cases.length * (SUBJECT_HINTS.length + 1));
  });

  it('a hint about the policy as a whole comes first: not analysed is unknown, then not applicable, PodSecurityPolicy, Pod Security', () => {
    let n = 0;
    for (const input of cases)
      for (const hints of SUBJECT_HINTS) {
        const decided = decideVerdict({ ...input, ...hints });
        n++;
        if (hints.notAnalyzed) assert.equal(decided.verdict, 'unknown');
        else if (hints.notApplicable) assert.equal(decided.verdict, 'not-applicable');
        else if (hints.ignoresSubresources) assert.deepEqual([decided.verdict, holesOf(decided.reasons)], ['not-covered', ['ignores-subresources']]);
        else if (hints.podSecurity?.exempt) assert.deepEqual([decided.verdict, holesOf(decided.reasons)], ['not-covered', ['excluded']]);
        else if (hints.podSecurity?.level === 'privileged') assert.deepEqual([decided.verdict, holesOf(decided.reasons)], ['not-covered', ['enforces-nothing']]);
        else assert.deepEqual([decided.verdict, holesOf(decided.reasons)], ['covered', []]);
      }
    assert.equal(n, cases.length * SUBJECT_HINTS.length);
  });
});

describe('decideVerdict after the first stage: the installation’s hole, then the probes', () => {
  const cases = logicDomain();

  it('an installation that cannot receive the subresource makes not-covered every policy that checks a settable field and would receive it; the policy’s own holes stay', () => {
    for (const input of cases) {
      const own = decideVerdict(input);
      const decided = decideVerdict({ ...input, inheritedHole: INHERITED });
      if (!settable(input) || input.receivesSubresource === 'no') {
        assert.deepEqual(decided, own);
        continue;
      }
      assert.equal(decided.verdict, 'not-covered');
      assert.deepEqual(decided.reasons, [...own.reasons.filter((r) => r.hole !== undefined), { hole: 'engine-too-old', text: 'engine too old', at, inherited: true }]);
    }
  });

  it('gives a hole of the policy’s own match or logic (what analyze/cross-policy.ts may close) to a not-covered verdict only', () => {
    const own: readonly CoverageHole[] = ['skips-ephemeral-list', 'skips-update', 'misses-subresource', 'controllers-only'];
    for (const input of cases)
      for (const inheritedHole of [undefined, INHERITED])
        for (const probe of [undefined, ...PROBES]) {
          const decided = decideVerdict({ ...input, ...(inheritedHole && { inheritedHole }), ...(probe && { probe }) });
          if (decided.reasons.some((r) => !r.inherited && r.hole !== undefined && own.includes(r.hole))) assert.equal(decided.verdict, 'not-covered', show(input, decided));
        }
  });

  it('a later stage decides the same from the earlier decision as from all the hints at once', () => {
    for (const input of cases)
      for (const probe of [undefined, ...PROBES]) {
        const once = decideVerdict({ ...input, inheritedHole: INHERITED, ...(probe && { probe }) });
        const reached = decideVerdict({ ...input, inheritedHole: INHERITED });
        const staged = probe ? decideVerdict({ ...input, probe, prior: reached }) : reached;
        assert.deepEqual(staged, once);
      }
  });

  it('a proved hole is never covered nor not-applicable: it confirms a hole the reading found, decides an unknown, and is a disagreement otherwise', () => {
    const probe = PROBES[0]!;
    for (const input of cases)
      for (const inheritedHole of [undefined, INHERITED]) {
        const prior = decideVerdict({ ...input, ...(inheritedHole && { inheritedHole }) });
        const decided = decideVerdict({ ...input, probe, prior });
        assert.ok(decided.verdict === 'not-covered' || decided.verdict === 'unknown', show(input, decided));
        if (prior.verdict === 'not-covered') assert.equal(decided.verdict, 'not-covered');
        if (prior.verdict === 'unknown') assert.deepEqual(holesOf(decided.reasons), [input.reads.ephemeralContainers ? 'skips-update' : 'skips-ephemeral-list']);
        if (prior.verdict === 'covered' || prior.verdict === 'not-applicable') {
          assert.deepEqual(decided.reasons, [{ hole: 'not-analyzable', text: `P: read from the code, its logic reaches ephemeral containers (${prior.verdict}); proved. The two analyses disagree, so its coverage is unknown.`, at }]);
        }
      }
  });

  it('probes that refute the hole the reading found make the verdict unknown', () => {
    const text = 'P: read from the code, misses; denied. The two analyses disagree, so its coverage is unknown.';
    for (const input of cases) assert.deepEqual(decideVerdict({ ...input, probe: PROBES[1]! }), { verdict: 'unknown', reasons: [{ hole: 'not-analyzable', text, at }] });
  });
});

/**
 * Where a coverage verdict is written: a `verdict` property or variable given a value (not a
 * copy of another object's `.verdict`, as a report row takes it), or assigned to. Parsed,
 * not matched by a pattern, so that a ternary, a spread or a shorthand is found too.
 */
const verdictWrites = (file: string, text: string): string[] => {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const copied = (value: ts.Expression | undefined): boolean => value !== undefined && ts.isPropertyAccessExpression(value) && value.name.text === 'verdict';
  const named = (name: ts.Node): boolean => (ts.isIdentifier(name) || ts.isStringLiteral(name)) && name.text === 'verdict';
  const report = (node: ts.Node): void => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${file}:${line + 1}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && named(node.name) && !copied(node.initializer)) report(node);
    else if (ts.isShorthandPropertyAssignment(node) && named(node.name)) report(node);
    else if (ts.isVariableDeclaration(node) && named(node.name) && node.initializer && !copied(node.initializer)) report(node);
    else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = node.left;
      if (named(left) || (ts.isPropertyAccessExpression(left) && left.name.text === 'verdict')) report(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
};

/** The one file that decides a coverage verdict (#20). */
const DECIDES_VERDICTS = ['analyze/verdict.ts'];
/** verify/ judges a probe's run against a cluster (ProbeCell['verdict']: allowed, denied...), not a policy's coverage. */
const OTHER_VERDICTS = ['verify/'];

describe('one place decides a verdict', () => {
  it('finds a verdict written as a literal, a ternary, a shorthand, a variable or an assignment, and not a copy', () => {
    const sample = [
      "const a = { verdict: 'covered' };",
      "const b = { ...fact, verdict: x ? 'covered' : 'unknown' };",
      'const c = { ...fact, verdict };',
      "const verdict = 'unknown';",
      "fact.verdict = 'not-covered';",
      'const row = { verdict: fact.verdict };',
      "if (fact.verdict === 'covered') f(fact.verdict);",
    ].join('\n');
    assert.deepEqual(verdictWrites('x.ts', sample), ['x.ts:1', 'x.ts:2', 'x.ts:3', 'x.ts:4', 'x.ts:5']);
  });

  it('no file in src/ but analyze/verdict.ts writes a coverage verdict', () => {
    const folder = new URL('../../src/', import.meta.url).pathname;
    const files = (readdirSync(folder, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts') && !OTHER_VERDICTS.some((other) => file.startsWith(other))).sort();
    const writers = [...new Set(files.flatMap((file) => verdictWrites(file, readFileSync(join(folder, file), 'utf8')).map((where) => where.replace(/:\d+$/, ''))))];
    assert.deepEqual(writers, DECIDES_VERDICTS);
  });
});
