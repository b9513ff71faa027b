import type { CoverageFact, FieldCheck } from '../analyze/coverage.ts';
import type { GuardTarget, TargetGuard } from '../analyze/grant-controls.ts';
import { ephemeralRelevantChecks } from '../model/container-fields.ts';
import type { InputProblem, UnknownFix } from '../model/input-problem.ts';
import { objectLabel, policyText } from '../model/object-ref.ts';
import type { RelatedRef, RuleId } from './rule.ts';

/**
 * Wording several rules share (and the reports, for the access table): what a policy checks,
 * what puts it into effect, which advice table applies, why a grant is unguarded. One place, so
 * that a fact is said the same way in every finding.
 */

/** What to do about a construct the analysis could not follow, as the rule reporting it (`ruleId`) says it. */
export const UNKNOWN_FIX: Readonly<Record<Extract<UnknownFix, string>, (ruleId: RuleId) => string>> = {
  'fix-syntax': () => 'fix the syntax here',
  'add-module': () => 'add that module to the scanned files',
  review: (ruleId) => `check it by hand, then suppress ${ruleId} here`,
};

const fixText = (fix: UnknownFix, ruleId: RuleId): string =>
  typeof fix === 'string' ? UNKNOWN_FIX[fix](ruleId) : fix.orReview ? `${fix.edit}, or check it by hand and suppress ${ruleId} here` : fix.edit;

/** An input problem as the rule that reports it says it: the message, then what to do ("…; fix the syntax here."). */
export const inputProblemText = (problem: InputProblem, ruleId: RuleId): string =>
  problem.fix === undefined ? problem.message : `${problem.message}; ${fixText(problem.fix, ruleId)}.`;

/** How many field names a message lists before "and N more". */
const MAX_FIELDS = 4;

/**
 * The settable container fields a policy checks without ephemeral containers (those whose
 * lists, when known, leave ephemeralContainers out), security fields first; and whether one is
 * a securityContext field.
 */
export const fieldsMissingEphemeral = (fact: CoverageFact, onlyMissing = true): { fields: string; first: string; security: boolean } => {
  const all = ephemeralRelevantChecks(fact.checks);
  const missing = all.filter((c: FieldCheck) => !(c.lists ?? []).includes('ephemeralContainers'));
  const relevant = onlyMissing && missing.length > 0 ? missing : all;
  const names = [...new Set([...relevant].sort((a, b) => (a.category === 'security' ? 0 : 1) - (b.category === 'security' ? 0 : 1)).map((c) => c.field))];
  const shown = names.slice(0, MAX_FIELDS).join(', ');
  const fields = names.length > MAX_FIELDS ? `${shown} and ${names.length - MAX_FIELDS} more` : shown || 'container fields';
  // The headline names one field and counts the others, so that it stays short.
  const first = names.length > 1 ? `${names[0]} and ${names.length - 1} more` : fields;
  return { fields, first, security: relevant.some((c) => c.category === 'security') };
};

/** The objects that put a policy into effect (Gatekeeper Constraints, bindings), as related locations. */
export const activatorsOf = (fact: CoverageFact): RelatedRef[] =>
  (fact.activatedBy ?? []).map((object) => ({ at: object.at, note: `${objectLabel(object)} puts this policy into effect` }));

/** The key of a fact's own engine in a table of advice: a Gatekeeper template's decided by its language. */
export const engineKey = (fact: CoverageFact): CoverageFact['engine'] | 'gatekeeper-rego' | 'gatekeeper-cel' =>
  fact.engine === 'gatekeeper' && fact.language !== undefined ? `gatekeeper-${fact.language}` : fact.engine;

/** Said in every message about a policy that only audits: the hole is reported, not blocked today. */
export const auditNote = (fact: CoverageFact): string =>
  fact.enforces === 'no' ? ' This policy only audits or warns today, so the hole is reported here though nothing is denied yet.' : '';

/** `Group dev`, target in words: `namespace shop`, `any other namespace`, `the namespace it is applied to`. */
export const targetText = (target: GuardTarget): string =>
  target.kind === 'namespace' ? `namespace ${target.namespace}` : target.kind === 'other' ? 'any other namespace' : 'the namespace the binding is applied to';

/** Why one unguarded target has no control: what Pod Security does there and what was assumed. Worded once per judgment. */
export const unguardedReason = (guard: TargetGuard): string => {
  let reason = reasons.get(guard);
  if (reason === undefined) reasons.set(guard, (reason = wordUnguardedReason(guard)));
  return reason;
};

/** How many policies a reason names before "and N more". */
const UNCOUNTED_NAMED = 3;
/** How many reasons for not counting policies a place gives before counting the rest. */
const REASONS_NAMED = 5;

const reasons = new WeakMap<TargetGuard, string>();

const wordUnguardedReason = (guard: TargetGuard): string => {
  const { podSecurity } = guard;
  const where = targetText(guard.target);
  const parts: string[] = [];
  if (podSecurity.exemptUser) parts.push(`a PodSecurityConfiguration exempts this subject's username from Pod Security`);
  else if (podSecurity.source === 'exempt') parts.push(`a PodSecurityConfiguration exempts ${where} from Pod Security`);
  else if (podSecurity.assumption) parts.push(podSecurity.assumption);
  else if (podSecurity.source === 'label') parts.push(`${where} enforces Pod Security privileged`);
  else if (podSecurity.source === 'config-default') parts.push(`the AdmissionConfiguration default for ${where} is privileged`);
  // One line per reason, naming a few of the policies it holds for: a repository can have
  // dozens of policies behind the same filter.
  const byReason = new Map<string, Set<string>>();
  for (const { fact, why } of guard.uncertain) {
    const names = byReason.get(why) ?? new Set<string>();
    names.add(policyText(fact));
    byReason.set(why, names);
  }
  const groups = [...byReason];
  for (const [why, names] of groups.slice(0, REASONS_NAMED)) {
    const listed = [...names];
    const shown = listed.length <= UNCOUNTED_NAMED ? listed.join(', ') : `${listed.slice(0, UNCOUNTED_NAMED).join(', ')} and ${listed.length - UNCOUNTED_NAMED} more`;
    parts.push(`${shown} ${listed.length === 1 ? 'was' : 'were'} not counted (${why})`);
  }
  // Each Constraint can exclude its own namespaces: past a few reasons, count the rest.
  const rest = groups.slice(REASONS_NAMED);
  if (rest.length > 0) {
    const policies = new Set(rest.flatMap(([, names]) => [...names])).size;
    parts.push(`${policies} more ${policies === 1 ? 'policy was' : 'policies were'} not counted, for ${rest.length} other reasons`);
  }
  return parts.join('; ');
};
