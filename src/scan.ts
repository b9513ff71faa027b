import { analyzeWorkspace } from './analyze/analyze.ts';
import type { EngineAnalyzer } from './analyze/engines.ts';
import type { Facts } from './analyze/facts.ts';
import { DEFAULT_MAX_FILE_SIZE, discoverTargets, type ScanTarget } from './discover/discover.ts';
import type { FileSystem } from './discover/file-system.ts';
import { readFiles } from './load/read-files.ts';
import { SourceIndex } from './load/source-index.ts';
import { parseYaml } from './load/yaml-source.ts';
import { decodeText } from './load/load-manifests.ts';
import type { Notification } from './model/notification.ts';
import type { ObjectRef } from './model/object-ref.ts';
import { NO_SETTINGS, type ScanSettings } from './model/settings.ts';
import type { Location } from './model/source-ref.ts';
import { SCAN_TIME_LIMIT_SECONDS, ScanTimeLimitReached, timeCheck, type TimeCheck } from './model/time-limit.ts';
import { Workspace } from './model/workspace.ts';
import { TOTAL_RENDER_SECONDS, type RenderOptions } from './render/options.ts';
import { renderAll } from './render/render.ts';
import type { RunCommand } from './render/run-command.ts';
import { accessRows, EMPTY_ACCESS_TABLE, markAllowedRows } from './report/access.ts';
import { foldDuplicates } from './report/duplicates.ts';
import { DEFAULT_FIXTURE_GLOBS, fixtureMatcher } from './report/fixtures.ts';
import { accessTableOf, contentByFinding, coverageRows, documentByFinding } from './report/result-rows.ts';
import type { ScanResult } from './report/scan-result.ts';
import type { Finding } from './rules/finding.ts';
import { ruleOfHole, SCAN_RULES } from './rules/index.ts';
import type { Level, Rule } from './rules/rule.ts';
import { activeRules, deepFreeze, KNOWN_RULES, runRules } from './rules/run-rules.ts';
import { applySuppressions } from './suppress/apply.ts';
import { compareWithBaseline, rebaseBaseline, type Baseline } from './suppress/baseline.ts';
import { pushAll } from './array.ts';

/**
 * The scan pipeline: each stage's work lives in its folder (discover, render, load, analyze,
 * rules, suppress, report); this module only passes one stage's output to the next.
 */

export interface ScanRequest {
  /**
   * Absolute path every reported path is relative to: the git top level of the scanned folder
   * (code scanning reads URIs from the repository root), else the folder itself.
   */
  readonly root: string;
  /** Globs relative to the root (when `targets` is not given). */
  readonly include?: readonly string[];
  /** Folders inside the root to scan, each with its globs; default the root with `include`. */
  readonly targets?: readonly ScanTarget[];
  /** Globs left out, relative to each target folder. */
  readonly exclude?: readonly string[];
  /** Globs of test fixtures (config `fixtures:`); default {@link DEFAULT_FIXTURE_GLOBS}. */
  readonly fixtures?: readonly string[];
  readonly maxFileSize?: number;
  /** Per rule (id or name): `off`, or a level that replaces the default. */
  readonly ruleLevels?: Readonly<Record<string, Level | 'off'>>;
  /** Per rule (id or name): the security-severity that replaces the default. */
  readonly securitySeverities?: Readonly<Record<string, number>>;
  /** Kubernetes version, assumptions, rbac.allow, external roles (config); reaches `Facts.settings`. */
  readonly settings?: ScanSettings;
  /** An earlier report: findings get a `baselineState`, and gone ones come back as `absent`. */
  readonly baseline?: Baseline;
  /**
   * Folders (relative to the root) that earlier versions reported the baseline's paths from,
   * besides the target folders: tried when a baseline path is not a scanned file.
   */
  readonly baselineFolders?: readonly string[];
  /**
   * Deep-freeze the facts before rules run, so that a rule that mutates them fails loudly. The
   * rule tester sets it; a production scan skips it (walking every fact costs a tenth of a scan).
   */
  readonly freezeFacts?: boolean;
  /**
   * Whether findings get their `lineHash` (SARIF's `primaryLocationLineHash`, printed in JSON and
   * SARIF and matched against a baseline); default true. A text report prints none, so the CLI
   * skips them there when no baseline is read or written (hashing a file's lines costs a few
   * percent of a scan).
   */
  readonly lineHashes?: boolean;
  /** Only these rules (tests); default every rule. */
  readonly rules?: readonly Rule[];
  /** These admission engines (tests); default every registered one (`ENGINE_ANALYZERS`). */
  readonly analyzers?: readonly EngineAnalyzer[];
  /** Which renderers run (`--render`, input `render`) and how (config `render`). */
  readonly render?: RenderOptions;
  /**
   * Seconds for the whole scan (`--time-limit`, input `time-limit`: the workflow author's, never
   * the config's, which the pull request controls); default {@link SCAN_TIME_LIMIT_SECONDS}.
   */
  readonly timeLimitSeconds?: number;
}

export interface ScanDeps {
  readonly fs: FileSystem;
  /** Runs `helm` and `kustomize`; without it charts and kustomizations are not rendered (EG002). */
  readonly runCommand?: RunCommand;
  /** Told how far the scan is (the CLI's progress line on a terminal). */
  readonly onProgress?: (progress: ScanProgress) => void;
  /** Given the analysed workspace and probe results (`probes --write` turns them into engine tests). */
  readonly onProbes?: (workspace: Workspace, probes: Facts['probes']) => void;
  /** Given the facts the rules read (the fixer finds the nodes to change in them). */
  readonly onFacts?: (facts: Facts) => void;
  /** Milliseconds now, for the scan's time limit (tests drive it); default `Date.now`. */
  readonly clock?: () => number;
}

/** Where a scan is: the stage, and for `read`, how many of the files are read. */
export interface ScanProgress {
  readonly stage: 'render' | 'read' | 'analyze';
  readonly filesRead: number;
  readonly files: number;
  /** Charts and kustomizations found (rendered, when a renderer is available). */
  readonly templates: number;
}

/**
 * discover → render → load → model → analyze → rules → suppress/baseline, for one folder. Input
 * problems become findings; a crashing rule becomes a notification and the other rules still
 * run. Deterministic: the same files give the same bytes in every report.
 */
export const scan = async (request: ScanRequest, deps: ScanDeps): Promise<ScanResult> => {
  const clock = deps.clock ?? Date.now;
  const seconds = request.timeLimitSeconds ?? SCAN_TIME_LIMIT_SECONDS;
  const limitMs = seconds * 1000;
  const checkTime = timeCheck(clock, clock() + limitMs);
  const notifications: Notification[] = [];
  try {
    return await scanStages(request, deps, notifications, checkTime, limitMs);
  } catch (error) {
    if (!(error instanceof ScanTimeLimitReached)) throw error;
    // One error (exit code 2), without the partial results: a report missing stages would read as clean.
    notifications.push({
      level: 'error',
      message: `The scan's time limit of ${seconds} s ran out while ${error.stage}; not analysed: ${error.notAnalysed}. No findings are reported. Raise the limit with --time-limit (Action input time-limit), or scan fewer files.`,
    });
    return {
      findings: [],
      absent: [],
      coverage: [],
      access: EMPTY_ACCESS_TABLE,
      notifications,
      stats: { filesScanned: 0, objects: 0, regoFiles: 0, otherDocuments: 0, filesSkipped: 0, gitAware: false },
      rules: [],
      sources: new SourceIndex(),
    };
  }
};

const scanStages = async (request: ScanRequest, deps: ScanDeps, notifications: Notification[], checkTime: TimeCheck, limitMs: number): Promise<ScanResult> => {
  const discovered = await discoverTargets(deps.fs, {
    root: request.root,
    targets: request.targets ?? [{ folder: '', ...(request.include ? { include: request.include } : {}) }],
    ...(request.exclude ? { exclude: request.exclude } : {}),
  });
  const maxFileSize = request.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  for (const skipped of discovered.skipped) {
    notifications.push({ level: 'warning', message: `Skipped ${skipped.file}: it ${skipped.reason}.`, file: skipped.file });
  }

  const files = [...discovered.manifests, ...discovered.regoFiles];
  const templates = discovered.charts.length + discovered.kustomizations.length;
  const progress = (stage: ScanProgress['stage'], filesRead: number): void => deps.onProgress?.({ stage, filesRead, files: files.length, templates });
  progress('render', 0);
  const kubernetesVersion = request.settings?.kubernetesVersion?.text;
  checkTime('rendering', () => 'every file');
  // Renderers time themselves on the wall clock; the scan's limit caps their total.
  const renderDeadline = request.render?.deadline ?? Date.now() + Math.min(TOTAL_RENDER_SECONDS * 1000, limitMs);
  const rendered = await renderAll(discovered, { root: request.root, maxFileSize, options: { ...request.render, deadline: renderDeadline }, ...(kubernetesVersion ? { kubernetesVersion } : {}) }, {
    fs: deps.fs,
    ...(deps.runCommand ? { runCommand: deps.runCommand } : {}),
    parseDocuments: (text) => parseYaml(text).documents,
    readDocuments: (file) =>
      deps.fs.read(request.root, file, maxFileSize).then(
        (read) => ('bytes' in read ? parseYaml(decodeText(read.bytes)).documents : undefined),
        () => undefined,
      ),
  });
  const { sources, problems, objects, textSources, otherDocuments, deferred, skippedForSize } = await readFiles(
    { root: request.root, files, maxFileSize, rendered },
    { fs: deps.fs, onBatch: (filesRead) => progress('read', filesRead), checkTime, notifications },
  );

  progress('analyze', files.length);
  checkTime('reading the rendered documents', () => 'the policies, RBAC, the probes and the rules');
  const workspace = new Workspace(objects, textSources, deferred);
  const analyzed = analyzeWorkspace(workspace, problems, request.settings ?? NO_SETTINGS, checkTime, ruleOfHole, request.analyzers);
  const facts = request.freezeFacts ? deepFreeze(analyzed) : analyzed;
  deps.onProbes?.(workspace, facts.probes);
  deps.onFacts?.(facts);
  const rules = activeRules(request.rules ?? SCAN_RULES, request.ruleLevels ?? {}, request.securitySeverities ?? {});
  const findingObjects = new WeakMap<Finding, ObjectRef>();
  const ruleFindings = runRules(rules, facts, sources, notifications, findingObjects, checkTime, request.lineHashes ?? true);
  const suppressed = applySuppressions(ruleFindings, {
    files: [...files, ...rendered.templates.map((template) => template.file)],
    sources,
    workspace,
    objectOf: (finding) => findingObjects.get(finding),
    knownRules: KNOWN_RULES,
    activeRules: new Set(rules.map((active) => active.rule.meta.id)),
    rbacAllow: request.settings?.rbacAllow ?? [],
  });
  pushAll(notifications, suppressed.notifications);
  const isFixture = fixtureMatcher(request.fixtures ?? DEFAULT_FIXTURE_GLOBS);
  const markFixture = <T extends { readonly location: Location }>(item: T): T => (isFixture(item.location.file) ? { ...item, fixture: true } : item);
  const marked = suppressed.findings.map(markFixture);
  const baseline = request.baseline && rebaseBaseline(request.baseline, [...(request.targets ?? []).map((target) => target.folder), ...(request.baselineFolders ?? [])], new Set(files));
  const compared = baseline ? compareWithBaseline(marked, baseline) : { findings: marked, absent: [] };
  return {
    findings: foldDuplicates(compared.findings, contentByFinding(ruleFindings, findingObjects, workspace), documentByFinding(ruleFindings, findingObjects)),
    absent: compared.absent,
    coverage: coverageRows(facts.coverage, sources).map(markFixture),
    access: accessTableOf(markAllowedRows(accessRows(facts.guards, (at) => sources.locate(at)), suppressed.findings), markFixture),
    notifications,
    stats: {
      filesScanned: files.length,
      objects: objects.length + deferred.length,
      regoFiles: textSources.length,
      otherDocuments,
      filesSkipped: skippedForSize + discovered.skipped.length + rendered.unrenderedTemplates,
      gitAware: discovered.gitAware,
    },
    rules: rules.map((active) => active.rule),
    sources,
  };
};
