import type { ProvedHole } from '../analyze/evaluate/index.ts';
import type { CoverageFact } from '../analyze/coverage.ts';
import type { Facts } from '../analyze/facts.ts';
import type { SourceIndex } from '../load/source-index.ts';
import type { Notification } from '../model/notification.ts';
import { objectLabel, type ObjectRef } from '../model/object-ref.ts';
import type { TimeCheck } from '../model/time-limit.ts';
import { Workspace } from '../model/workspace.ts';
import { lineHashTable, type LineHashTable } from '../load/fingerprint.ts';
import { compareFindings, outranks, type Finding } from './finding.ts';
import { RULES } from './index.ts';
import { interpolate } from './interpolate.ts';
import type { Level, Rule } from './rule.ts';
import { securitySeverityForLevel } from './severity.ts';

/** Every rule id and name → its id, for suppressions that name a rule. */
export const KNOWN_RULES: ReadonlyMap<string, string> = new Map(RULES.flatMap((rule) => [[rule.meta.id, rule.meta.id] as const, [rule.meta.name, rule.meta.id] as const]));

export interface ActiveRule {
  readonly rule: Rule;
  /** Configured level: replaces every finding's level. */
  readonly level?: Level;
  /** Configured security-severity: replaces every finding's. */
  readonly securitySeverity?: number;
}

export const activeRules = (rules: readonly Rule[], levels: Readonly<Record<string, Level | 'off'>>, severities: Readonly<Record<string, number>>): ActiveRule[] =>
  [...rules]
    .sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))
    .flatMap((rule) => {
      const level = levels[rule.meta.id] ?? levels[rule.meta.name];
      if (level === 'off') return [];
      const securitySeverity = severities[rule.meta.id] ?? severities[rule.meta.name];
      if (!level && securitySeverity === undefined) return [{ rule }];
      return [{ rule: configured(rule, level, securitySeverity), ...(level ? { level } : {}), ...(securitySeverity !== undefined ? { securitySeverity } : {}) }];
    });

/**
 * A rule as configured: its level and security-severity replace the defaults, so SARIF's
 * `defaultConfiguration.level` and `security-severity` show what the config says.
 */
const configured = (rule: Rule, level: Level | undefined, securitySeverity: number | undefined): Rule => {
  const severity = securitySeverity ?? (level && rule.meta.securitySeverity !== undefined ? securitySeverityForLevel(rule.meta.securitySeverity, level) : rule.meta.securitySeverity);
  return { ...rule, meta: { ...rule.meta, ...(level ? { level } : {}), ...(severity !== undefined ? { securitySeverity: severity } : {}) } };
};

/** A finding while `runRules` builds it, its fields set in the report's order. */
type FindingDraft = { -readonly [K in keyof Finding]?: Finding[K] };

export const runRules = (
  rules: readonly ActiveRule[],
  facts: Facts,
  sources: SourceIndex,
  notifications: Notification[],
  objects: WeakMap<Finding, ObjectRef>,
  checkTime: TimeCheck,
  lineHashes = true,
): Finding[] => {
  // Line hashes come last: a file's hashes are computed once, up to the last line a finding of
  // that file starts on (a line's `:n` counter depends only on the lines before it).
  const drafted: { readonly finding: Finding; readonly object: ObjectRef | undefined }[] = [];
  const holes = provedHoles(facts.coverage);
  for (const [index, active] of rules.entries()) {
    checkTime('running the rules', () => `${rules.length - index} rules (from ${active.rule.meta.id})`);
    const { rule, level } = active;
    try {
      for (const draft of rule.check(facts)) {
        const { location, approximate } = sources.explain(draft.at);
        const data = draft.data ?? {};
        const hole = PROVABLE_RULES.has(rule.meta.id) && draft.object ? holes.get(draft.object) : undefined;
        // Built field by field, in the report's order, rather than with spreads of optional
        // parts, which V8 clones in its runtime when their shapes vary: on the typical mix of
        // `npm run bench` (1,343 findings), runRules took 218 -> 197 ms of CPU (medians of 4).
        const finding: FindingDraft = {
          ruleId: rule.meta.id,
          ruleName: rule.meta.name,
          level: level ?? draft.level ?? rule.meta.level,
        };
        const securitySeverity = securitySeverityOf(rule, active, draft.securitySeverity);
        if (securitySeverity !== undefined) finding.securitySeverity = securitySeverity;
        finding.message =
          interpolate(rule.meta.messages[draft.messageId] ?? draft.messageId, data) +
          (approximate ? ` (approximate line: ${approximate})` : '') +
          (hole ? ` Proved by evaluation: ${holeText(hole)}.` : '');
        finding.messageId = draft.messageId;
        finding.data = data;
        finding.location = location;
        if (draft.object) finding.object = objectLabel(draft.object);
        if (hole) finding.proof = hole;
        finding.related = (draft.related ?? []).map((related) => {
          const explained = sources.explain(related.at);
          return { location: explained.location, note: explained.approximate ? `${related.note} (approximate line: ${explained.approximate})` : related.note };
        });
        drafted.push({ finding: finding as Finding, object: draft.object });
      }
    } catch (error) {
      notifications.push({
        level: 'error',
        message: `Internal error in rule ${rule.meta.id} (${rule.meta.name}): ${error instanceof Error ? error.message : String(error)}. Its findings are incomplete; please report this.`,
      });
    }
  }
  if (!lineHashes) {
    for (const { finding, object } of drafted) if (object) objects.set(finding, object);
    return dedupe(drafted.map(({ finding }) => finding).sort(compareFindings));
  }
  const lastLines = new Map<string, number>();
  for (const { finding } of drafted) {
    const { file, startLine } = finding.location;
    if (startLine > (lastLines.get(file) ?? 0)) lastLines.set(file, startLine);
  }
  const hashes = new Map<string, LineHashTable>();
  const findings: Finding[] = [];
  for (const { finding, object } of drafted) {
    const { file, startLine } = finding.location;
    let table = hashes.get(file);
    if (!table) hashes.set(file, (table = lineHashTable(sources.fingerprintTextOf(file) ?? '', lastLines.get(file) ?? 0)));
    const lineHash = table.hashOf(startLine);
    // Drafted above and read nowhere else yet: completed in place.
    if (lineHash) (finding as FindingDraft).lineHash = lineHash;
    findings.push(finding);
    if (object) objects.set(finding, object);
  }
  return dedupe(findings.sort(compareFindings));
};

const securitySeverityOf = (rule: Rule, active: ActiveRule, override: number | undefined): number | undefined => {
  if (!rule.meta.tags.includes('security')) return undefined;
  if (active.securitySeverity !== undefined) return active.securitySeverity;
  const value = override ?? rule.meta.securitySeverity;
  if (value === undefined) return undefined;
  return active.level ? securitySeverityForLevel(value, active.level) : value;
};

/**
 * One finding per rule, place and object. Exact copies go, and so do the findings another
 * rendering of the same object gives at the same source: a kustomize overlay that patches a
 * policy's validationActions makes a second message on the line the user edits once. The first
 * at the highest level stays. Findings without an object fold only when identical.
 */
const dedupe = (sorted: readonly Finding[]): Finding[] => {
  const indexOf = new Map<string, number>();
  const kept: Finding[] = [];
  for (const finding of sorted) {
    const { file, startLine, startColumn, endLine, endColumn } = finding.location;
    const key = [finding.ruleId, file, startLine, startColumn, endLine, endColumn, finding.object ?? `\u0000${finding.message}`].join('\u0000');
    const index = indexOf.get(key);
    if (index === undefined) {
      indexOf.set(key, kept.length);
      kept.push(finding);
    } else if (outranks(finding.level, kept[index]!.level)) kept[index] = finding;
  }
  return kept.sort(compareFindings);
};

/** Rules whose findings are about a policy's logic missing ephemeral containers: a probe can prove them. */
const PROVABLE_RULES: ReadonlySet<string> = new Set(['EG101', 'EG102']);

/** The proved hole of each policy whose verdict a probe proves. */
const provedHoles = (coverage: readonly CoverageFact[]): Map<ObjectRef, ProvedHole> => {
  const holes = new Map<ObjectRef, ProvedHole>();
  for (const fact of coverage) {
    if (fact.evaluation?.basis === 'evaluation' && fact.evaluation.hole && !holes.has(fact.policy)) holes.set(fact.policy, fact.evaluation.hole);
  }
  return holes;
};

const holeText = (hole: ProvedHole): string =>
  `${hole.asks} is denied as a normal container on CREATE ("${hole.deniedAsContainerWith}") and admitted as an ephemeral container on ${hole.operation} pods/${hole.subResource} (${hole.parameters})`;

/** Facts are shared by every rule: freezing them makes a rule that mutates them fail loudly. */
export const deepFreeze = <T>(value: T, seen = new WeakSet<object>()): T => {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  if (value instanceof Workspace) {
    // The objects rules read (bodies included) and the lists `byKind` hands out; the workspace
    // itself keeps its private indexes.
    deepFreeze(value.objects, seen);
    deepFreeze(value.textSources, seen);
    for (const kind of new Set(value.objects.map((object) => object.kind))) Object.freeze(value.byKind(kind));
    return value;
  }
  for (const child of Object.values(value)) deepFreeze(child, seen);
  return Object.freeze(value);
};
