import { isDeepStrictEqual } from 'node:util';
import type { CoverageFact, FieldCheck } from '../analyze/coverage.ts';
import type { Facts } from '../analyze/facts.ts';
import { memoryFileSystem } from '../discover/memory-file-system.ts';
import { scan, type ScanRequest } from '../scan.ts';
import { parseYaml } from '../load/yaml-source.ts';
import { objectLabel } from '../model/object-ref.ts';
import type { Finding } from '../rules/finding.ts';
import { isRecord } from '../json.ts';
import type { NodeRef } from '../model/source-ref.ts';

/**
 * What the edit may change in the parsed YAML:
 * - `{ key, added }`: one array under `key` gains `added` right after an existing entry (EG103);
 * - `{ addedKey }`: mappings gain the key `addedKey`, each with the value of one of its siblings (a Kyverno pattern branch);
 * - `{ removedKey }`: one mapping loses the key `removedKey` (EG105);
 * - `{ code: true }`: string scalars change (the Rego or CEL code embedded in them); a file
 *   that is code itself (`.rego`) is not YAML and is compared by the rescan alone;
 * - `{ node, becomes }`: the value at `node` becomes what `becomes` makes of it (undefined: not
 *   the shape the fix was planned for), and nothing else changes (Kyverno preconditions).
 */
export type IntendedChange =
  | { readonly key: string; readonly added: string }
  | { readonly code: true; readonly what: string }
  | { readonly addedKey: string }
  | { readonly removedKey: string }
  | { readonly node: NodeRef; readonly what: string; readonly becomes: (before: unknown) => unknown };

/**
 * Same finding, whatever line it moved to: rule, object, message template and its data; the
 * message text itself also carries the probes' counterexample, which may change when another
 * rule of the same policy is fixed.
 */
const identity = (finding: Finding): string =>
  [finding.ruleId, finding.object ?? '', finding.messageId, JSON.stringify(Object.entries(finding.data).sort(([a], [b]) => (a < b ? -1 : 1)))].join('\u0000');

const sameFinding = (finding: Finding) => (other: Finding): boolean =>
  other.ruleId === finding.ruleId && other.object === finding.object && other.location.file === finding.location.file;

const counts = (findings: readonly Finding[]): Map<string, number> => {
  const result = new Map<string, number>();
  for (const finding of findings) result.set(identity(finding), (result.get(identity(finding)) ?? 0) + 1);
  return result;
};

/**
 * Proves a fix on the file it edits, scanned before and after with the same settings together
 * with `context` (the other files the finding's policy is read from: a template's constraints,
 * the module whose rule calls an edited lib), and nothing else:
 * - the YAML parses to the same documents apart from the intended change;
 * - the finding (each of them, for an edit several findings share) is gone and no other finding appears;
 * - every policy's other coverage facts are unchanged (fields checked, where it applies, whether it
 *   receives the subresource, handles UPDATE, enforces), apart from what the rule is about.
 * Returns why not, or undefined when proved.
 */
export const disproveFix = async (
  file: string,
  before: string,
  after: string,
  finding: Finding | readonly Finding[],
  change: IntendedChange,
  request: ScanRequest,
  context: ReadonlyMap<string, string> = new Map(),
): Promise<string | undefined> => {
  const findings: readonly Finding[] = Array.isArray(finding) ? finding : [finding as Finding];
  if (!file.endsWith('.rego')) {
    const old = parseYaml(before);
    const edited = parseYaml(after);
    if (edited.problems.length > old.problems.length) return 'the edited file no longer parses';
    if (!sameApartFrom(old.documents, edited.documents, change)) {
      return 'added' in change
        ? `the edited file would not parse to the same objects with only ${change.added} added to ${change.key}`
        : 'addedKey' in change
          ? `the edited file would not parse to the same objects with only ${change.addedKey} added`
          : 'removedKey' in change
            ? `the edited file would not parse to the same objects with only ${change.removedKey} removed`
          : 'becomes' in change
            ? `the edited file would not parse to the same objects with only the ${change.what} changed as planned`
          : `the edited file would not parse to the same objects with only the ${change.what} changed`;
    }
  }
  const scanWith = async (text: string): Promise<{ findings: readonly Finding[]; coverage: readonly CoverageFact[] }> => {
    const { include: _i, exclude: _e, baseline: _b, targets: _t, ...rest } = request;
    let facts: Facts | undefined;
    const files = { ...Object.fromEntries(context), [file]: text };
    const result = await scan({ ...rest, render: { ...request.render, renderers: 'none' } }, { fs: memoryFileSystem(files), onFacts: (f) => (facts = f) });
    return { findings: result.findings, coverage: facts?.coverage ?? [] };
  };
  const was = await scanWith(before);
  const now = await scanWith(after);
  const wasCounts = counts(was.findings);
  const nowCounts = counts(now.findings);
  // The finding by rule, object and file: its wording may name what only the whole scan sees
  // (a library version read from another copy of the template). A fix shared by several findings
  // (a lib their policies call) must remove each of them.
  for (const each of findings) {
    const target = sameFinding(each);
    const wasTarget = was.findings.filter(target).length;
    if (wasTarget === 0) return 'the finding depends on other files than those the fix reads, so the fix cannot be checked on them alone';
    const nowTarget = now.findings.filter(target);
    if (nowTarget.length >= wasTarget) {
      const wasMessages = new Set(was.findings.filter(target).map((f) => f.message));
      const other = nowTarget.find((f) => !wasMessages.has(f.message));
      if (other) return `the edit would raise a new finding: ${other.message}`;
      return findings.length > 1 ? `the rule still fires on ${each.object ?? each.location.file} after the shared edit` : 'the rule still fires on the edited file';
    }
  }
  for (const [key, n] of nowCounts) {
    if (n > (wasCounts.get(key) ?? 0)) return `the edit would raise a new finding: ${now.findings.find((f) => identity(f) === key)?.message ?? key}`;
  }
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))];
  const [ruleId] = ruleIds;
  if (ruleId === undefined || ruleIds.length > 1) return 'one edit would serve findings of several rules, which the proof does not compare';
  if (ruleId === 'EG101') {
    const denying = deniesEveryEphemeral(was.coverage, now.coverage);
    if (denying) return `the edit would make ${denying.policy} deny every ephemeral container: it requires ${denying.field}, which the API forbids on them (an EG105 hole)`;
  }
  const changed = changedCoverage(was.coverage, now.coverage, ruleId);
  if (changed) return `the edit would change what ${changed} checks beyond ${ruleId}'s hole`;
  return undefined;
};

/**
 * The first policy that, after an EG101 fix, checks ephemeral containers for a field the API
 * forbids on them by its absence (`not c.resources.limits.memory`) where it did not before: it
 * would deny every ephemeral container. A shared container collection extended for one policy
 * reaches every policy that reads it, hence the check over all of them.
 */
const deniesEveryEphemeral = (before: readonly CoverageFact[], after: readonly CoverageFact[]): { policy: string; field: string } | undefined => {
  const denying = (fact: CoverageFact): string[] =>
    fact.checks.filter((check) => check.absenceFires && check.category === 'forbidden' && (check.lists ?? []).includes('ephemeralContainers')).map((check) => check.field);
  const was = new Set(before.flatMap((fact) => denying(fact).map((field) => `${objectLabel(fact.policy)}\u0000${fact.rule ?? ''}\u0000${field}`)));
  for (const fact of after) {
    const field = denying(fact).find((each) => !was.has(`${objectLabel(fact.policy)}\u0000${fact.rule ?? ''}\u0000${each}`));
    if (field !== undefined) return { policy: objectLabel(fact.policy), field };
  }
  return undefined;
};

/**
 * The label of the first policy whose coverage facts differ apart from what `ruleId` is about
 * (EG101: reading ephemeralContainers; EG102: handling UPDATE; EG103: receiving the
 * subresource), positions ignored; undefined when none differs.
 */
const changedCoverage = (before: readonly CoverageFact[], after: readonly CoverageFact[], ruleId: string): string | undefined => {
  const signatures = (facts: readonly CoverageFact[]): Map<string, string[]> => {
    const result = new Map<string, string[]>();
    for (const fact of facts) {
      const key = `${objectLabel(fact.policy)}${fact.rule ? ` rule ${fact.rule}` : ''}`;
      result.set(key, [...(result.get(key) ?? []), coverageSignature(fact, ruleId)].sort());
    }
    return result;
  };
  const was = signatures(before);
  const now = signatures(after);
  for (const key of new Set([...was.keys(), ...now.keys()])) if (!isDeepStrictEqual(was.get(key), now.get(key))) return key;
  return undefined;
};

/** Keys of a fact that hold evidence (positions, notes) or what the verdict makes of it, not what the policy checks. */
const EVIDENCE: ReadonlySet<string> = new Set(['at', 'note', 'reasons', 'verdict', 'fixes', 'evaluation', 'updateEvidence', 'subresourceEvidence', 'flagAt', 'span']);

/** A fact as text without positions, and without the facts the rule's fix is meant to change. */
export const coverageSignature = (fact: CoverageFact, ruleId: string): string => {
  const { reads, checks, handlesUpdate, receivesSubresource, requiresForbiddenOnEphemeral, ...rest } = fact;
  const withoutEphemeral = (lists: readonly string[] | undefined): readonly string[] => (lists ?? []).filter((list) => list !== 'ephemeralContainers');
  // EG101 adds ephemeral containers to checks; EG105 takes them out of checks of forbidden fields.
  const listsOf = (check: FieldCheck): readonly string[] =>
    ruleId === 'EG101' || (ruleId === 'EG105' && check.category === 'forbidden') ? withoutEphemeral(check.lists) : (check.lists ?? []);
  const ownLists = ruleId === 'EG101' || ruleId === 'EG105' ? withoutEphemeral : (lists: readonly string[] | undefined) => lists ?? [];
  const shape = {
    ...rest,
    reads: [...ownLists(Object.keys(reads))].sort(),
    // EG101's fix adds checks of ephemeral containers: a check of them alone is the intended change.
    checks: [
      ...new Set(
        checks
          // A controller's pod template read through the same collection: its ephemeralContainers too.
          .filter((c) => !(ruleId === 'EG101' && c.category === 'pod-level' && c.field.split('.').includes('ephemeralContainers')))
          .filter((c) => c.lists === undefined || c.lists.length === 0 || listsOf(c).length > 0 || (ruleId !== 'EG101' && !(ruleId === 'EG105' && c.category === 'forbidden')))
          .map((c) => `${c.field}|${c.category}|${c.role ?? 'check'}|${listsOf(c).join(',')}`),
      ),
    ].sort(),
    ...(ruleId === 'EG102' ? {} : { handlesUpdate }),
    ...(ruleId === 'EG103' ? {} : { receivesSubresource }),
    ...(ruleId === 'EG105' ? {} : { requiresForbiddenOnEphemeral: requiresForbiddenOnEphemeral?.length ?? 0 }),
  };
  return JSON.stringify(shape, (key, value: unknown) => (EVIDENCE.has(key) ? undefined : isRecord(value) && 'file' in value && ('doc' in value || 'start' in value) ? undefined : value));
};

/** The two document lists differ only by the intended change. */
const sameApartFrom = (before: readonly unknown[], after: readonly unknown[], change: IntendedChange): boolean => {
  if ('becomes' in change) return isDeepStrictEqual(withNodeReplaced(before, change.node, change.becomes), after);
  let changed = 0;
  const walk = (a: unknown, b: unknown, key: string | number | undefined): boolean => {
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length === b.length) return a.every((item, i) => walk(item, b[i], i));
      if (!('added' in change) || key !== change.key || b.length !== a.length + 1) return false;
      const at = b.findIndex((item, i) => !isDeepStrictEqual(item, a[i]));
      if (at < 1 || b[at] !== change.added || !isDeepStrictEqual([...b.slice(0, at), ...b.slice(at + 1)], a)) return false;
      changed++;
      return true;
    }
    if (isRecord(a) && isRecord(b)) {
      const keys = Object.keys(a);
      if (!isDeepStrictEqual(keys, Object.keys(b))) {
        if ('removedKey' in change) {
          if (!(change.removedKey in a) || !isDeepStrictEqual(keys.filter((k) => k !== change.removedKey), Object.keys(b))) return false;
          changed++;
          return Object.keys(b).every((k) => walk(a[k], b[k], k));
        }
        if (!('addedKey' in change) || change.addedKey in a || !isDeepStrictEqual(Object.keys(b).filter((k) => k !== change.addedKey), keys)) return false;
        if (!Object.values(a).some((sibling) => isDeepStrictEqual(sibling, b[change.addedKey]))) return false;
        changed++;
      }
      return keys.every((k) => walk(a[k], b[k], k));
    }
    if ('code' in change && typeof a === 'string' && typeof b === 'string' && a !== b) {
      changed++;
      return true;
    }
    return isDeepStrictEqual(a, b);
  };
  // A branch per anyPattern alternative, an extension per expression that reads the list: one
  // or more places; a resources entry: exactly one.
  return before.length === after.length && before.every((doc, i) => walk(doc, after[i], undefined)) && ('added' in change ? changed === 1 : changed >= 1);
};

/** The documents with the value at `node` replaced by `becomes` of it; undefined when it is not there or `becomes` refuses it. */
const withNodeReplaced = (documents: readonly unknown[], node: NodeRef, becomes: (before: unknown) => unknown): unknown[] | undefined => {
  const copy = structuredClone([...documents]) as unknown[];
  const path = [node.doc, ...node.path];
  let parent: unknown = copy;
  for (const step of path.slice(0, -1)) {
    parent = isRecord(parent) || Array.isArray(parent) ? (parent as Record<string | number, unknown>)[step] : undefined;
  }
  const last = path.at(-1)!;
  if (!(isRecord(parent) || Array.isArray(parent)) || !Object.hasOwn(parent, last)) return undefined;
  const replaced = becomes((parent as Record<string | number, unknown>)[last]);
  if (replaced === undefined) return undefined;
  (parent as Record<string | number, unknown>)[last] = replaced;
  return copy;
};
