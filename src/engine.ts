import { analyzeWorkspace } from './analyze/analyze.ts';
import type { CoverageFact, Tri, Verdict } from './analyze/coverage.ts';
import type { Facts, InputProblem } from './analyze/facts.ts';
import { discover } from './discover/discover.ts';
import type { FileSystem } from './discover/file-system.ts';
import { decodeText, loadManifests, looksBinary } from './load/load-manifests.ts';
import { SourceIndex } from './load/source-index.ts';
import { objectLabel } from './model/object-ref.ts';
import type { Location } from './model/source-ref.ts';
import { Workspace, type K8sObject, type TextSource } from './model/workspace.ts';
import { lineHashes, primaryLocationLineHash } from './report/fingerprint.ts';
import { compareFindings, type Finding } from './rules/finding.ts';
import { RULES } from './rules/index.ts';
import type { Level, Rule } from './rules/rule.ts';

export interface ScanRequest {
  /** Absolute path of the folder to scan; every reported path is relative to it. */
  readonly root: string;
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  readonly maxFileSize?: number;
  /** Per rule (id or name): `off`, or a level that replaces the default. */
  readonly ruleLevels?: Readonly<Record<string, Level | 'off'>>;
  /** Only these rules (tests); default every rule. */
  readonly rules?: readonly Rule[];
}

export interface ScanDeps {
  readonly fs: FileSystem;
}

/** Something the scan wants the user to know that is not a finding (a skipped file, a crash). */
export interface Notification {
  readonly level: 'error' | 'warning' | 'note';
  readonly message: string;
  readonly file?: string;
}

/** One row of the coverage matrix. */
export interface CoverageRow {
  readonly engine: CoverageFact['engine'];
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  readonly rule?: string;
  readonly location: Location;
  readonly reads: { readonly containers: boolean; readonly initContainers: boolean; readonly ephemeralContainers: boolean };
  readonly receivesSubresource: Tri;
  readonly handlesUpdate: Tri;
  readonly enforces: Tri;
  readonly verdict: Verdict;
  readonly reasons: readonly string[];
  readonly ruleIds: readonly string[];
}

export interface ScanStats {
  readonly filesScanned: number;
  readonly objects: number;
  readonly otherDocuments: number;
  readonly filesSkipped: number;
  readonly gitAware: boolean;
}

export interface ScanResult {
  readonly findings: readonly Finding[];
  readonly coverage: readonly CoverageRow[];
  readonly notifications: readonly Notification[];
  readonly stats: ScanStats;
  /** The rules that ran, sorted by id (what SARIF lists under tool.driver.rules). */
  readonly rules: readonly Rule[];
  /** File texts by path, for reports that need them (fingerprints already computed). */
  readonly sources: SourceIndex;
}

const READ_BATCH = 64;

/**
 * discover → load → model → analyze → rules, for one folder. Input problems become findings;
 * a crashing rule becomes a notification and the other rules still run. Deterministic.
 */
export const scan = async (request: ScanRequest, deps: ScanDeps): Promise<ScanResult> => {
  const notifications: Notification[] = [];
  const discovered = await discover(deps.fs, {
    root: request.root,
    ...(request.include ? { include: request.include } : {}),
    ...(request.exclude ? { exclude: request.exclude } : {}),
    ...(request.maxFileSize !== undefined ? { maxFileSize: request.maxFileSize } : {}),
  });
  for (const skipped of discovered.skipped) {
    notifications.push({ level: 'warning', message: `Skipped ${skipped.file}: it ${skipped.reason}.`, file: skipped.file });
  }

  const sources = new SourceIndex();
  const problems: InputProblem[] = [];
  const objects: K8sObject[] = [];
  const textSources: TextSource[] = [];
  let otherDocuments = 0;
  const files = [...discovered.manifests, ...discovered.regoFiles];
  for (let start = 0; start < files.length; start += READ_BATCH) {
    const batch = files.slice(start, start + READ_BATCH);
    const contents = await Promise.all(
      batch.map((file) => deps.fs.read(request.root, file).then((bytes) => ({ bytes }), (error: unknown) => ({ error }))),
    );
    batch.forEach((file, i) => {
      const content = contents[i]!;
      if ('error' in content) {
        sources.add(file, '');
        problems.push({ ruleId: 'EG001', at: { file, start: 0, end: 0 }, message: `Could not read this file (${errorCode(content.error)}); it was not scanned.` });
        return;
      }
      if (looksBinary(content.bytes)) {
        sources.add(file, '');
        problems.push({ ruleId: 'EG001', at: { file, start: 0, end: 0 }, message: 'This file is binary, not YAML or JSON; it was not scanned. Exclude it or rename it.' });
        return;
      }
      if (file.endsWith('.rego')) {
        const text = decodeText(content.bytes);
        sources.add(file, text);
        textSources.push({ file, text });
        return;
      }
      const loaded = loadManifests(file, decodeText(content.bytes));
      sources.add(file, loaded.text, loaded.source);
      problems.push(...loaded.problems);
      objects.push(...loaded.objects);
      otherDocuments += loaded.otherDocuments;
    });
  }
  for (const chart of discovered.charts) {
    problems.push({
      ruleId: 'EG002',
      at: { file: chart.chartFile, start: 0, end: 0 },
      message: `Helm chart ${chart.dir || '.'} was not rendered: its ${chart.templates.length} template file(s) were not analysed. Render it (helm template) and scan the output.`,
    });
  }
  for (const kustomization of discovered.kustomizations) {
    problems.push({
      ruleId: 'EG002',
      at: { file: kustomization, start: 0, end: 0 },
      message: 'Kustomization was not rendered: its resources were scanned as plain files, but its patches and generators were not applied. Scan the output of kustomize build as well.',
    });
  }

  const workspace = new Workspace(objects, textSources);
  const facts = deepFreeze(analyzeWorkspace(workspace, problems));
  const rules = activeRules(request.rules ?? RULES, request.ruleLevels ?? {});
  const findings = runRules(rules, facts, sources, notifications);
  return {
    findings,
    coverage: coverageRows(facts.coverage, sources),
    notifications,
    stats: {
      filesScanned: files.length,
      objects: objects.length,
      otherDocuments,
      filesSkipped: discovered.skipped.length + discovered.charts.reduce((sum, chart) => sum + chart.templates.length, 0),
      gitAware: discovered.gitAware,
    },
    rules: rules.map((active) => active.rule),
    sources,
  };
};

interface ActiveRule {
  readonly rule: Rule;
  readonly level?: Level;
}

const activeRules = (rules: readonly Rule[], levels: Readonly<Record<string, Level | 'off'>>): ActiveRule[] =>
  [...rules]
    .sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))
    .flatMap((rule) => {
      const level = levels[rule.meta.id] ?? levels[rule.meta.name];
      if (level === 'off') return [];
      return [level ? { rule: withLevel(rule, level), level } : { rule }];
    });

/** A rule whose configured level replaces its default (SARIF shows the configured one). */
const withLevel = (rule: Rule, level: Level): Rule => ({ ...rule, meta: { ...rule.meta, level } });

const runRules = (rules: readonly ActiveRule[], facts: Facts, sources: SourceIndex, notifications: Notification[]): Finding[] => {
  const findings: Finding[] = [];
  const hashes = new Map<string, string[]>();
  const hashOf = (location: Location): string | undefined => {
    let fileHashes = hashes.get(location.file);
    if (!fileHashes) {
      fileHashes = lineHashes(sources.textOf(location.file) ?? '');
      hashes.set(location.file, fileHashes);
    }
    return primaryLocationLineHash(fileHashes, location.startLine);
  };
  for (const { rule, level } of rules) {
    try {
      for (const draft of rule.check(facts)) {
        const location = sources.locate(draft.at);
        const data = draft.data ?? {};
        const lineHash = hashOf(location);
        findings.push({
          ruleId: rule.meta.id,
          ruleName: rule.meta.name,
          level: level ?? draft.level ?? rule.meta.level,
          ...securitySeverityOf(rule, draft.securitySeverity),
          message: interpolate(rule.meta.messages[draft.messageId] ?? draft.messageId, data),
          messageId: draft.messageId,
          data,
          location,
          ...(draft.object ? { object: objectLabel(draft.object) } : {}),
          related: (draft.related ?? []).map((related) => ({ location: sources.locate(related.at), note: related.note })),
          ...(lineHash ? { lineHash } : {}),
        });
      }
    } catch (error) {
      notifications.push({
        level: 'error',
        message: `Internal error in rule ${rule.meta.id} (${rule.meta.name}): ${error instanceof Error ? error.message : String(error)}. Its findings are incomplete; please report this.`,
      });
    }
  }
  return dedupe(findings.sort(compareFindings));
};

const securitySeverityOf = (rule: Rule, override: number | undefined): { securitySeverity?: number } => {
  if (!rule.meta.tags.includes('security')) return {};
  const value = override ?? rule.meta.securitySeverity;
  return value === undefined ? {} : { securitySeverity: value };
};

/** Replaces `{{name}}` placeholders; an unknown name stays visible (tests catch it). */
export const interpolate = (template: string, data: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));

const dedupe = (findings: Finding[]): Finding[] =>
  findings.filter((finding, i) => {
    const previous = findings[i - 1];
    return !previous || compareFindings(previous, finding) !== 0;
  });

const coverageRows = (coverage: readonly CoverageFact[], sources: SourceIndex): CoverageRow[] =>
  coverage
    .map((fact): CoverageRow => ({
      engine: fact.engine,
      kind: fact.policy.kind,
      name: fact.policy.name,
      ...(fact.policy.namespace ? { namespace: fact.policy.namespace } : {}),
      ...(fact.rule ? { rule: fact.rule } : {}),
      location: sources.locate(fact.policy.at),
      reads: {
        containers: fact.reads.containers !== undefined,
        initContainers: fact.reads.initContainers !== undefined,
        ephemeralContainers: fact.reads.ephemeralContainers !== undefined,
      },
      receivesSubresource: fact.receivesSubresource,
      handlesUpdate: fact.handlesUpdate,
      enforces: fact.enforces,
      verdict: fact.verdict,
      reasons: fact.reasons.map((reason) => reason.text),
      ruleIds: [...new Set(fact.reasons.flatMap((reason) => (reason.ruleId ? [reason.ruleId] : [])))].sort(),
    }))
    .sort(
      (a, b) =>
        (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
        a.location.startLine - b.location.startLine ||
        (a.rule ?? '').localeCompare(b.rule ?? '', 'en'),
    );

const errorCode = (error: unknown): string =>
  (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));

/** Facts are shared by every rule: freezing them makes a rule that mutates them fail loudly. */
const deepFreeze = <T>(value: T, seen = new WeakSet<object>()): T => {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  if (value instanceof Workspace) {
    Object.freeze(value.objects);
    return value;
  }
  for (const child of Object.values(value)) deepFreeze(child, seen);
  return Object.freeze(value);
};
