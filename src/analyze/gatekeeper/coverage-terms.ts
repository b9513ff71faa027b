import { CONTAINER_LISTS, type ContainerList, type EphemeralControl as CoverageControl, type Evidence, type FieldCheck } from '../coverage.ts';
import type { InputProblem } from '../../model/input-problem.ts';
import type { CelEvidence, CelPolicyAnalysis } from '../cel/index.ts';
import type { EphemeralControl, RegoEntryAnalysis, RegoPolicyAnalysis, RegoPosition } from '../rego/index.ts';
import { ephemeralRelevantChecks } from '../../model/container-fields.ts';
import { containerFieldCategory } from '../../model/container-fields.ts';
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
}

const listNote = (list: ContainerList): string => `reads spec.${list}`;

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
      problems.push({ ruleId: 'EG003', at: locate(error), message: `${label}: Rego syntax error: ${error.message}. Its ephemeral-container coverage is unknown.` });
    }
  }
  const unknown = (reason: string, at: RegoPosition): void => {
    const ref = locate(at);
    unknowns.push({ at: ref, note: reason });
    if (!parseSpans.has(`${at.module}:${at.start}`)) {
      problems.push({ ruleId: 'EG003', at: ref, message: `${label}: ${reason}; its ephemeral-container coverage is unknown.` });
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
  return {
    reads,
    checks: perEntry.flatMap((e) => e.checks),
    ...(skipping && { updateExemption: { at: locate(skipping.at), note: skipping.note } }),
    unknowns,
    ...(blocks && { blocksEphemeralContainers: blocks }),
    problems,
  };
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
  unknown: (reason: string, at: RegoPosition) => void,
): { entry: RegoEntryAnalysis; checks: FieldCheck[] } => {
  const lists = CONTAINER_LISTS.filter((list) => entry.reads[list] !== undefined);
  const checks: FieldCheck[] = entry.checks.map((check) => ({
    field: check.field,
    category: check.category,
    role: check.role,
    ...(check.category === 'pod-level' ? {} : { lists }),
    at: locate(check.at),
  }));
  for (const dynamic of entry.dynamicKeys) {
    const values = dynamic.parameter === undefined ? undefined : parameters(dynamic.parameter);
    if (values === undefined) {
      const from = dynamic.parameter === undefined ? 'a computed key' : `the constraint parameter ${dynamic.parameter.join('.')}`;
      unknown(`${from} selects which container field is read${dynamic.parameter === undefined ? '' : ', and no Constraint in scope gives its values'}`, dynamic.at);
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

/** Coverage terms of a CEL analysis (Gatekeeper K8sNativeValidation). */
export const celLogic = (analysis: CelPolicyAnalysis, locate: (at: CelEvidence) => SourceRef, label: string): PolicyLogic => {
  const reads: Partial<Record<ContainerList, Evidence>> = {};
  for (const read of analysis.lists) {
    if (read.scope === 'pod' && reads[read.list] === undefined) reads[read.list] = { at: locate(read.at), note: listNote(read.list) };
  }
  const checks: FieldCheck[] = analysis.fields.map((field) => ({
    field: field.field,
    category: field.category,
    role: field.role,
    ...(field.category === 'pod-level' ? {} : { lists: field.lists }),
    at: locate(field.at),
  }));
  const conditions = analysis.matchConditions.updateExemption;
  const validation = analysis.validations.find(
    (v) => v.updateExemption !== undefined && !v.updateExemption.subresourceHandled && ephemeralRelevantChecks(v.fields.map((f) => ({ ...f, at: locate(f.at) }))).length > 0,
  )?.updateExemption;
  const skipping = conditions !== undefined && !conditions.subresourceHandled ? { at: conditions.at, note: 'a matchCondition drops UPDATE requests, and adding an ephemeral container is an UPDATE' } : validation ? { at: validation.at, note: 'the validation passes every UPDATE request without checking, and adding an ephemeral container is an UPDATE' } : undefined;
  const unknowns: Evidence[] = [];
  const problems: InputProblem[] = [];
  for (const u of analysis.unknowns) {
    const at = locate(u.at);
    unknowns.push({ at, note: u.reason });
    problems.push({ ruleId: 'EG003', at, message: `${label}: ${u.reason}; its ephemeral-container coverage is unknown.` });
  }
  return {
    reads,
    checks,
    ...(skipping && { updateExemption: { at: locate(skipping.at), note: skipping.note } }),
    unknowns,
    problems,
  };
};
