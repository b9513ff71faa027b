import { UserError } from '../errors.ts';
import type { Location } from '../model/source-ref.ts';
import { compareFindings, compareText, type Finding } from '../rules/finding.ts';
import type { Level } from '../rules/rule.ts';
import { isRecord } from '../json.ts';

/** One result of an earlier report: enough to match it, and to show it when it is gone. */
export interface BaselineEntry {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly level: Level;
  readonly message: string;
  readonly location: Location;
  readonly lineHash?: string;
  readonly object?: string;
}

export interface Baseline {
  /** The file it was read from, as given. */
  readonly file: string;
  readonly entries: readonly BaselineEntry[];
}

const LEVELS: readonly string[] = ['error', 'warning', 'note'];

/** `EG101/high` → `EG101`: SARIF names a severity variant of a rule by a child id. */
const baseRuleId = (ruleId: string): string => ruleId.split('/', 1)[0]!;

/**
 * Reads a baseline: an earlier SARIF report or JSON report of ephemeral-guard. Results that
 * were already `absent` in it are left out (they were not found in that run). A file that is
 * neither is a UserError saying which.
 */
export const parseBaseline = (file: string, text: string): Baseline => {
  let report: unknown;
  try {
    report = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UserError(`Baseline ${file} is not JSON (${error instanceof Error ? error.message : String(error)}): give a SARIF or JSON report written by ephemeral-guard (--format sarif|json, or --write-baseline).`);
  }
  const bad = (what: string): never => {
    throw new UserError(`Baseline ${file}: ${what}. Give a SARIF or JSON report written by ephemeral-guard (--format sarif|json, or --write-baseline).`);
  };
  if (!isRecord(report)) return bad('not a JSON object');
  if (Array.isArray(report.runs)) return { file, entries: sarifEntries(report.runs, bad) };
  if (Array.isArray(report.findings)) return { file, entries: jsonEntries(report.findings, bad) };
  return bad('neither a SARIF log (runs) nor a JSON report (findings)');
};

const sarifEntries = (runs: unknown[], bad: (what: string) => never): BaselineEntry[] => {
  const entries: BaselineEntry[] = [];
  runs.forEach((run, runIndex) => {
    if (!isRecord(run)) return bad(`runs[${runIndex}] is not an object`);
    const driver = isRecord(run.tool) && isRecord(run.tool.driver) ? run.tool.driver : undefined;
    const rules = Array.isArray(driver?.rules) ? driver.rules.filter(isRecord) : [];
    const ruleById = new Map(rules.map((rule) => [String(rule.id), rule]));
    const results = Array.isArray(run.results) ? run.results : [];
    results.forEach((result, index) => {
      const where = `runs[${runIndex}].results[${index}]`;
      if (!isRecord(result) || typeof result.ruleId !== 'string') return bad(`${where} has no ruleId`);
      if (result.baselineState === 'absent') return;
      const rule = ruleById.get(result.ruleId) ?? ruleById.get(baseRuleId(result.ruleId));
      const defaultLevel = isRecord(rule?.defaultConfiguration) ? rule.defaultConfiguration.level : undefined;
      const level = [result.level, defaultLevel].find((value): value is Level => typeof value === 'string' && LEVELS.includes(value)) ?? 'warning';
      const physical = Array.isArray(result.locations) && isRecord(result.locations[0]) && isRecord(result.locations[0].physicalLocation) ? result.locations[0].physicalLocation : undefined;
      const uri = isRecord(physical?.artifactLocation) ? physical.artifactLocation.uri : undefined;
      if (typeof uri !== 'string') return bad(`${where} has no location`);
      const fingerprints = isRecord(result.partialFingerprints) ? result.partialFingerprints : {};
      const properties = isRecord(result.properties) ? result.properties : {};
      entries.push({
        // A severity variant (`EG101/high`) belongs to its rule.
        ruleId: baseRuleId(result.ruleId),
        ruleName: typeof rule?.name === 'string' ? rule.name : '',
        level,
        message: isRecord(result.message) && typeof result.message.text === 'string' ? result.message.text : '',
        location: { file: decodePath(uri), ...regionOf(isRecord(physical?.region) ? physical.region : {}) },
        ...(typeof fingerprints.primaryLocationLineHash === 'string' ? { lineHash: fingerprints.primaryLocationLineHash } : {}),
        ...(typeof properties.object === 'string' ? { object: properties.object } : {}),
      });
    });
  });
  return entries;
};

const jsonEntries = (findings: unknown[], bad: (what: string) => never): BaselineEntry[] =>
  findings.flatMap((finding, index): BaselineEntry[] => {
    if (!isRecord(finding) || typeof finding.ruleId !== 'string') return bad(`findings[${index}] has no ruleId`);
    if (finding.baselineState === 'absent') return [];
    const location = isRecord(finding.location) ? finding.location : undefined;
    if (typeof location?.file !== 'string') return bad(`findings[${index}] has no location`);
    return [
      {
        ruleId: finding.ruleId,
        ruleName: typeof finding.ruleName === 'string' ? finding.ruleName : '',
        level: typeof finding.level === 'string' && LEVELS.includes(finding.level) ? (finding.level as Level) : 'warning',
        message: typeof finding.message === 'string' ? finding.message : '',
        location: { file: location.file, ...regionOf(location) },
        ...(typeof finding.lineHash === 'string' ? { lineHash: finding.lineHash } : {}),
        ...(typeof finding.object === 'string' ? { object: finding.object } : {}),
      },
    ];
  });

/**
 * Compares this scan with a baseline. A finding matches a baseline result with the same rule,
 * file and line hash without its `:n` counter (the hash of the 100 non-blank characters from the
 * finding's line: inserting or removing lines above does not change it, while the counter does
 * when a copy of the same text appears above). Within those, equal messages pair first, then the
 * rest in order. Results without a hash match on rule, file and message. Matched → `unchanged`,
 * others → `new`; unmatched baseline results come back as `absent` findings, sorted. A renamed
 * file is a different file: its findings are `new` and the old ones `absent`.
 */
export const compareWithBaseline = (findings: readonly Finding[], baseline: Baseline): { findings: Finding[]; absent: Finding[] } => {
  const groups = new Map<string, BaselineEntry[]>();
  for (const entry of baseline.entries) {
    const key = matchKey(entry);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const matched = new Set<BaselineEntry>();
  const state = new Map<Finding, 'new' | 'unchanged'>();
  // Two passes so that an exact message match is never taken by a neighbour with the same key.
  for (const exact of [true, false]) {
    for (const finding of findings) {
      if (state.has(finding)) continue;
      const group = groups.get(matchKey({ ruleId: finding.ruleId, location: finding.location, message: finding.message, ...(finding.lineHash ? { lineHash: finding.lineHash } : {}) }));
      const entry = group?.find((candidate) => !matched.has(candidate) && (!exact || candidate.message === finding.message));
      if (entry) {
        matched.add(entry);
        state.set(finding, 'unchanged');
      }
    }
  }
  const absent = baseline.entries
    .filter((entry) => !matched.has(entry))
    .map(
      (entry): Finding => ({
        ruleId: entry.ruleId,
        ruleName: entry.ruleName,
        level: entry.level,
        message: entry.message,
        messageId: '',
        data: {},
        location: entry.location,
        ...(entry.object ? { object: entry.object } : {}),
        related: [],
        ...(entry.lineHash ? { lineHash: entry.lineHash } : {}),
        baselineState: 'absent',
      }),
    )
    .sort(compareFindings);
  return { findings: findings.map((finding) => ({ ...finding, baselineState: state.get(finding) ?? 'new' })), absent: dedupeSorted(absent) };
};

const matchKey = (entry: Pick<BaselineEntry, 'ruleId' | 'location' | 'message' | 'lineHash'>): string =>
  entry.lineHash !== undefined
    ? `${entry.ruleId}\u0000${entry.location.file}\u0000hash\u0000${entry.lineHash.replace(/:\d+$/, '')}`
    : `${entry.ruleId}\u0000${entry.location.file}\u0000message\u0000${entry.message}`;

/** Absent results that were listed twice (a baseline concatenated by hand) are shown once. */
const dedupeSorted = (findings: Finding[]): Finding[] =>
  findings.filter((finding, i) => i === 0 || compareFindings(findings[i - 1]!, finding) !== 0 || compareText(findings[i - 1]!.lineHash ?? '', finding.lineHash ?? '') !== 0);

const regionOf = (region: Record<string, unknown>): Omit<Location, 'file'> => {
  const number = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback);
  const startLine = number(region.startLine, 1);
  const startColumn = number(region.startColumn, 1);
  return { startLine, startColumn, endLine: number(region.endLine, startLine), endColumn: number(region.endColumn, startColumn) };
};

/** SARIF URIs are percent-encoded per segment (report/sarif.ts encodeUri). */
const decodePath = (uri: string): string =>
  uri
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');


/**
 * Baselines written before paths were relative to the repository root named files relative to
 * the scanned folder: an entry whose file is not scanned but exists under one of `folders`
 * (relative to the root) is read as that file, so an old baseline still matches.
 */
export const rebaseBaseline = (baseline: Baseline, folders: readonly string[], scanned: ReadonlySet<string>): Baseline => {
  const prefixes = [...new Set(folders.filter((folder) => folder !== ''))];
  if (prefixes.length === 0) return baseline;
  const entries = baseline.entries.map((entry) => {
    if (scanned.has(entry.location.file)) return entry;
    const moved = prefixes.map((prefix) => `${prefix}/${entry.location.file}`).find((file) => scanned.has(file));
    return moved === undefined ? entry : { ...entry, location: { ...entry.location, file: moved } };
  });
  return { ...baseline, entries };
};
