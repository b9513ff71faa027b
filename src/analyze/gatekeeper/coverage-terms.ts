import { CONTAINER_LISTS, type ContainerList, type EphemeralControl as CoverageControl, type Evidence, type FieldCheck } from '../coverage.ts';
import { unknownConstruct, type InputProblem, type UnknownFix } from '../../model/input-problem.ts';
import { celPolicyFacts, type CelCoverageParts } from '../admission-policy/index.ts';
import type { EphemeralControl, RegoEntryAnalysis, RegoListLiteral, RegoOperationLiteral, RegoPolicyAnalysis, RegoPosition } from '../rego/index.ts';
import { ephemeralRelevantChecks } from '../../model/container-fields.ts';
import { pushAll } from '../../array.ts';
import { containerFieldCategory } from '../../model/container-fields.ts';
import type { FixAnchor } from '../../model/fix-anchor.ts';
import type { SourceRef } from '../../model/source-ref.ts';

/** What one engine's code of a policy says, in coverage terms, before the match is known. */
export interface PolicyLogic {
  readonly reads: Partial<Record<ContainerList, Evidence>>;
  readonly checks: readonly FieldCheck[];
  /** The first exemption that skips `UPDATE pods/ephemeralcontainers` in code that checks containers. */
  readonly updateExemption?: Evidence;
  readonly unknowns: readonly Evidence[];
  /** The code denies ephemeral containers as such (all, or all but some): a control of them. */
  readonly blocksEphemeralContainers?: CoverageControl;
  /** EG003 problems: parse errors and unknowns, each once. */
  readonly problems: readonly InputProblem[];
  /** Where the fixes of its EG101 / EG102 holes go (empty when the analysis cannot say). */
  readonly fixes: readonly FixAnchor[];
}

const listNote = (list: ContainerList): string => `reads spec.${list}`;

/** The fix for an unknown the Rego analysis reports: a missing module is added, anything else checked by hand. */
const regoFix = (reason: string): UnknownFix => (reason.startsWith('cannot resolve ') ? 'add-module' : 'review');

/**
 * Values of `input.parameters.<path>` known from the constraints in scope, or undefined. Used
 * for container fields selected by a parameter (`ctr[probe]` in requiredprobes).
 */
export type ParameterValues = (path: readonly string[]) => readonly string[] | undefined;

/**
 * Coverage terms of a Rego analysis. `locate` maps a module range to a source ref; `label`
 * names the policy in problem messages.
 */
export const regoLogic = (
  analysis: RegoPolicyAnalysis,
  locate: (at: RegoPosition) => SourceRef,
  parameters: ParameterValues,
  label: string,
  options: { readonly reportParseErrors: boolean } = { reportParseErrors: true },
): PolicyLogic => {
  const problems: InputProblem[] = [];
  const unknowns: Evidence[] = [];
  const parseSpans = new Set<string>();
  for (const error of analysis.parseErrors) {
    parseSpans.add(`${error.module}:${error.start}`);
    if (options.reportParseErrors) {
      problems.push(unknownConstruct(locate(error), label, `Rego syntax error: ${error.message}`, 'fix-syntax'));
    }
  }
  const unknown = (reason: string, at: RegoPosition, problem?: { construct: string; fix: UnknownFix }): void => {
    const ref = locate(at);
    unknowns.push({ at: ref, note: reason });
    if (!parseSpans.has(`${at.module}:${at.start}`)) {
      problems.push(problem ? unknownConstruct(ref, label, problem.construct, problem.fix, reason) : unknownConstruct(ref, label, reason, regoFix(reason)));
    }
  };
  // A module that does not parse has lost rules: its parse errors say why, not "no violation rule".
  const brokenModules = new Set(analysis.parseErrors.map((e) => e.module));
  for (const u of analysis.unknowns) {
    if (brokenModules.size > 0) unknowns.push({ at: locate(u.at), note: u.reason });
    else unknown(u.reason, u.at);
  }

  const control = ephemeralControlOf(analysis.entries);
  const blocks: CoverageControl | undefined = control && {
    at: locate(control.at),
    note: controlNote(control),
    ...(control.allowsOnly.length === 0 && control.where.length === 0 ? { scope: 'all' as const } : { scope: 'conditional' as const, allowsOnly: controlAllows(control) }),
  };
  const perEntry = analysis.entries.map((entry) => {
    const result = entryChecks(entry, locate, parameters, unknown);
    // A control is a check of ephemeral containers: the one they fail by being there.
    if (entry.ephemeralControl === control && blocks) result.checks.push({ field: 'ephemeralContainers', category: 'security', role: 'check', lists: ['ephemeralContainers'], at: blocks.at });
    return result;
  });
  const relevant = perEntry.filter((e) => ephemeralRelevantChecks(e.checks).length > 0);
  const readers = relevant.length > 0 ? relevant : perEntry;
  const reads: Partial<Record<ContainerList, Evidence>> = {};
  for (const { entry } of readers) {
    for (const list of CONTAINER_LISTS) {
      const first = entry.reads[list]?.[0];
      if (first !== undefined && reads[list] === undefined) reads[list] = { at: locate(first), note: listNote(list) };
    }
  }
  if (blocks) reads.ephemeralContainers ??= blocks;
  const skipping = relevant.find((e) => e.entry.updateExemption !== undefined)?.entry.updateExemption;
  const fixes: FixAnchor[] = [];
  if (reads.ephemeralContainers === undefined) pushAll(fixes, copyClauseAnchors(readers.map((r) => r.entry), locate));
  if (skipping) pushAll(fixes, updateTestAnchors(relevant.map((r) => r.entry), locate));
  return {
    reads,
    checks: perEntry.flatMap((e) => e.checks),
    ...(skipping && { updateExemption: { at: locate(skipping.at), note: skipping.note } }),
    unknowns,
    ...(blocks && { blocksEphemeralContainers: blocks }),
    problems,
    fixes,
  };
};

const positionKey = (at: RegoPosition): string => `${at.module}:${at.start}:${at.end}`;

/**
 * EG101: every literal collection of list names the rules read `containers` through
 * (`initContainers` when no rule reads `containers`) gains "ephemeralContainers"; every other
 * rule definition that reads it gets a copy reading ephemeralContainers. All or nothing: a copy
 * of some of them would make the policy read the list without checking it everywhere it checks
 * the others.
 */
const copyClauseAnchors = (entries: readonly RegoEntryAnalysis[], locate: (at: RegoPosition) => SourceRef): FixAnchor[] => {
  const list: ContainerList = entries.some((e) => e.reads.containers !== undefined) ? 'containers' : 'initContainers';
  const clauses = new Map<string, { clause: RegoPosition; lists: RegoPosition[] }>();
  const literals = new Map<string, RegoListLiteral>();
  for (const entry of entries) {
    const positions = entry.reads[list] ?? [];
    const owners = entry.readClauses[list] ?? [];
    const viaLiterals = entry.readLiterals[list] ?? [];
    for (const [i, at] of positions.entries()) {
      const literal = viaLiterals[i];
      if (literal !== undefined) {
        literals.set(positionKey(literal.at), literal);
        continue;
      }
      const owner = owners[i];
      if (owner === undefined) continue;
      if (!owner.copyable) return [];
      const known = clauses.get(positionKey(owner.at)) ?? { clause: owner.at, lists: [] };
      if (!known.lists.some((p) => positionKey(p) === positionKey(at))) known.lists.push(at);
      clauses.set(positionKey(owner.at), known);
    }
  }
  return [
    ...[...literals.values()].map((literal): FixAnchor => ({ kind: 'extend-literal', hole: 'skips-ephemeral-list', literal: locate(literal.at), last: locate(literal.last) })),
    ...[...clauses.values()].map(({ clause, lists }): FixAnchor => ({ kind: 'copy-clause', hole: 'skips-ephemeral-list', clause: locate(clause), lists: lists.map(locate) })),
  ];
};

/** EG102: every `operation == "UPDATE"` test that makes an entry rule skip the request, once each. */
const updateTestAnchors = (entries: readonly RegoEntryAnalysis[], locate: (at: RegoPosition) => SourceRef): FixAnchor[] => {
  const tests = new Map<string, FixAnchor>();
  const inlines: RegoOperationLiteral[] = [];
  for (const entry of entries) {
    for (const test of entry.updateExemption?.updateTests ?? []) {
      if (!tests.has(positionKey(test.at))) tests.set(positionKey(test.at), { kind: 'and-not-ephemeral', hole: 'skips-update', language: 'rego', test: locate(test.at), request: locate(test.review) });
    }
    const inline = entry.updateExemption?.operationLiteral;
    if (inline && !inlines.some((known) => positionKey(known.at) === positionKey(inline.at))) inlines.push(inline);
  }
  // A skipping entry without a test the fix can extend: no partial fix.
  if (!entries.every((e) => e.updateExemption === undefined || e.updateExemption.updateTests.length > 0 || e.updateExemption.operationLiteral)) return [];
  const anchors = [...tests.values()];
  // Inline literals share one helper, written after the last rule holding one (all in one module).
  const [firstInline] = inlines;
  if (firstInline) {
    if (inlines.some((inline) => inline.at.module !== firstInline.at.module)) return [];
    const last = inlines.reduce((a, b) => (b.clause.end > a.clause.end ? b : a));
    anchors.push({ kind: 'operation-helper', hole: 'skips-update', literals: inlines.map((inline) => locate(inline.at)), clause: locate(last.clause), head: locate(last.head), helper: firstInline.helper });
  }
  return anchors;
};

/**
 * The rule that controls ephemeral containers as such, if any: one that denies them all, or,
 * when every rule that reads a container list reads only ephemeral containers (the policy is
 * about them), one that allows only those passing its checks (an image allowlist for debug
 * containers). A rule that allows only some images beside rules for the other lists is an
 * ordinary image policy.
 */
const ephemeralControlOf = (entries: readonly RegoEntryAnalysis[]): EphemeralControl | undefined => {
  const blocksAll = entries.find((e) => e.ephemeralControl !== undefined && e.ephemeralControl.allowsOnly.length === 0);
  if (blocksAll) return blocksAll.ephemeralControl;
  const readers = entries.filter((e) => CONTAINER_LISTS.some((list) => e.reads[list] !== undefined));
  if (readers.length === 0 || !readers.every((e) => e.ephemeralControl !== undefined)) return undefined;
  return readers[0]?.ephemeralControl;
};

/** What lets an ephemeral container through a conditional control, in a few words. */
const controlAllows = (control: EphemeralControl): string =>
  [
    ...(control.allowsOnly.length > 0 ? [`those whose ${control.allowsOnly.join(', ')} pass its checks`] : []),
    ...(control.where.length > 0 ? [`requests where its conditions on ${control.where.join(', ')} do not hold`] : []),
  ].join(', and ');

const controlNote = (control: EphemeralControl): string => {
  const what = control.allowsOnly.length === 0 ? 'denies every ephemeral container' : `allows only ephemeral containers whose ${control.allowsOnly.join(', ')} pass its checks`;
  return control.where.length === 0 ? what : `${what}, where its conditions on ${control.where.join(', ')} hold`;
};

const entryChecks = (
  entry: RegoEntryAnalysis,
  locate: (at: RegoPosition) => SourceRef,
  parameters: ParameterValues,
  unknown: (reason: string, at: RegoPosition, problem?: { construct: string; fix: UnknownFix }) => void,
): { entry: RegoEntryAnalysis; checks: FieldCheck[] } => {
  const lists = CONTAINER_LISTS.filter((list) => entry.reads[list] !== undefined);
  const checks: FieldCheck[] = entry.checks.map((check) => ({
    field: check.field,
    category: check.category,
    role: check.role,
    ...(check.category === 'pod-level' ? {} : { lists }),
    at: locate(check.at),
    ...(check.absenceFires && { absenceFires: true as const }),
  }));
  for (const dynamic of entry.dynamicKeys) {
    const values = dynamic.parameter === undefined ? undefined : parameters(dynamic.parameter);
    if (values === undefined) {
      const from = dynamic.parameter === undefined ? 'a computed key' : `the constraint parameter ${dynamic.parameter.join('.')}`;
      const reason = `${from} selects which container field is read${dynamic.parameter === undefined ? '' : ', and no Constraint in scope gives its values'}`;
      if (dynamic.parameter === undefined) unknown(reason, dynamic.at);
      else unknown(reason, dynamic.at, { construct: `parameter ${dynamic.parameter.join('.')} picks the container field`, fix: { edit: `add a Constraint that sets spec.parameters.${dynamic.parameter.join('.')}` } });
      continue;
    }
    for (const value of values) {
      const field = [...dynamic.prefix, value].join('.');
      checks.push({ field, category: containerFieldCategory(field), role: dynamic.role, lists, at: locate(dynamic.at) });
    }
  }
  for (const u of entry.unknowns) unknown(u.reason, u.at);
  return { entry, checks };
};

/**
 * Coverage terms of a K8sNativeValidation source: Gatekeeper turns it into a VAP (gatekeeper
 * pkg/drivers/k8scel/transform), so it reads as one, controls of ephemeral containers included.
 */
export const celLogic = (parts: CelCoverageParts, label: string): PolicyLogic => {
  const facts = celPolicyFacts(parts);
  return {
    reads: facts.reads,
    checks: facts.checks,
    ...(facts.updateDropped && { updateExemption: facts.updateDropped }),
    unknowns: parts.unknowns,
    ...(facts.control && { blocksEphemeralContainers: facts.control }),
    problems: parts.unknowns.map((u) => unknownConstruct(u.at, label, u.note, 'review')),
    fixes: parts.fixes,
  };
};
