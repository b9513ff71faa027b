import { analyzeWorkspace } from './analyze/analyze.ts';
import { ephemeralControlScope, type CoverageFact, type Tri, type Verdict } from './analyze/coverage.ts';
import type { ProbeEvidence, ProvedHole } from './analyze/evaluate/index.ts';
import type { Facts, InputProblem } from './analyze/facts.ts';
import { DEFAULT_MAX_FILE_SIZE, discoverTargets, formatBytes, type ScanTarget } from './discover/discover.ts';
import { NO_SETTINGS, type ScanSettings } from './config/settings.ts';
import { securitySeverityForLevel } from './config/severity.ts';
import type { FileSystem } from './discover/file-system.ts';
import { decodeText, loadManifests, looksBinary, startsWithBom } from './load/load-manifests.ts';
import { SourceIndex } from './load/source-index.ts';
import { parseYaml } from './load/yaml-source.ts';
import { TOTAL_RENDER_SECONDS, type RenderOptions } from './render/options.ts';
import { originOf } from './render/origin.ts';
import { renderAll } from './render/render.ts';
import type { RunCommand } from './render/run-command.ts';
import { objectLabel } from './model/object-ref.ts';
import type { ObjectRef } from './model/object-ref.ts';
import type { Location, Region } from './model/source-ref.ts';
import { Workspace, type K8sObject, type TextSource } from './model/workspace.ts';
import { lineHashTable, type LineHashTable } from './report/fingerprint.ts';
import { accessRows, EMPTY_ACCESS_TABLE, markAllowedRows, type AccessTable } from './report/access.ts';
import { findingIdentity, foldAccessCopies, foldDuplicates, objectContent, type ContentOf } from './report/duplicates.ts';
import { DEFAULT_FIXTURE_GLOBS, fixtureMatcher } from './report/fixtures.ts';
import { compareFindings, type Finding } from './rules/finding.ts';
import { RULES, SCAN_RULES } from './rules/index.ts';
import type { Level, Rule } from './rules/rule.ts';
import { applySuppressions } from './suppress/apply.ts';
import { compareWithBaseline, rebaseBaseline, type Baseline } from './suppress/baseline.ts';
import { pushAll } from './array.ts';
import { SCAN_TIME_LIMIT_SECONDS, ScanTimeLimitReached, timeCheck, type TimeCheck } from './model/time-limit.ts';

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
  /** Only these rules (tests); default every rule. */
  readonly rules?: readonly Rule[];
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

/** Something the scan wants the user to know that is not a finding (a skipped file, a crash). */
export interface Notification {
  readonly level: 'error' | 'warning' | 'note';
  readonly message: string;
  readonly file?: string;
  /** Where in `file` (a suppression comment or annotation). */
  readonly region?: Region;
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
  /** The policy controls ephemeral containers themselves: "blocks all" or "allows only …", and where. */
  readonly ephemeralControl?: { readonly scope: string; readonly location: Location };
  /** The policy is in a test fixture (config `fixtures:`). */
  readonly fixture?: true;
  /** Whether a probe run on the policy's code proves the verdict, or it rests on reading the code. */
  readonly basis: 'proved by evaluation' | 'read from the code';
  /** What the probes showed (absent when no evaluator ran the policy's code). */
  readonly evaluation?: { readonly proof: ProbeEvidence['proof']; readonly summary: string; readonly hole?: ProvedHole };
}

export interface ScanStats {
  readonly filesScanned: number;
  readonly objects: number;
  /** Standalone Rego sources read (policies without a Kubernetes object). */
  readonly regoFiles: number;
  readonly otherDocuments: number;
  readonly filesSkipped: number;
  readonly gitAware: boolean;
}

export interface ScanResult {
  readonly findings: readonly Finding[];
  /** With a baseline: its results that this scan no longer finds (`baselineState: absent`). */
  readonly absent: readonly Finding[];
  readonly coverage: readonly CoverageRow[];
  /** Who can add ephemeral containers, where, and whether a control guards it (one row per grant; controls listed once). */
  readonly access: AccessTable;
  readonly notifications: readonly Notification[];
  readonly stats: ScanStats;
  /** The rules that ran, sorted by id (what SARIF lists under tool.driver.rules). */
  readonly rules: readonly Rule[];
  /** File texts by path, for reports that need them (fingerprints already computed). */
  readonly sources: SourceIndex;
}

const READ_BATCH = 64;

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

  const sources = new SourceIndex();
  const parsedDocuments = new Map<string, readonly unknown[]>();
  const documentsOf = (file: string): readonly unknown[] => {
    let documents = parsedDocuments.get(file);
    if (!documents) parsedDocuments.set(file, (documents = parseYaml(sources.textOf(file) ?? '').documents));
    return documents;
  };
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
  const problems: InputProblem[] = [];
  const objects: K8sObject[] = [];
  const textSources: TextSource[] = [];
  let otherDocuments = 0;
  let unreadObjects = 0;
  let skippedForSize = 0;
  for (let start = 0; start < files.length; start += READ_BATCH) {
    progress('read', start);
    checkTime('reading the files', () => `${files.length - start} files (from ${files[start]!}) and every later stage`);
    const batch = files.slice(start, start + READ_BATCH);
    const contents = await Promise.all(
      batch.map((file) => deps.fs.read(request.root, file, maxFileSize).catch((error: unknown) => ({ error }))),
    );
    batch.forEach((file, i) => {
      const content = contents[i]!;
      if ('error' in content) {
        sources.add(file, '');
        problems.push({ ruleId: 'EG001', at: { file, start: 0, end: 0 }, message: `Could not read this file (${errorCode(content.error)}); it was not scanned.` });
        return;
      }
      if ('tooLarge' in content) {
        notifications.push({
          level: 'warning',
          message: `Skipped ${file}: it is ${formatBytes(content.tooLarge)}, over the ${formatBytes(maxFileSize)} limit (raise maxFileSize in the config to scan it).`,
          file,
        });
        skippedForSize++;
        return;
      }
      if (looksBinary(content.bytes)) {
        sources.add(file, '');
        problems.push({ ruleId: 'EG001', at: { file, start: 0, end: 0 }, message: 'This file is binary, not YAML or JSON; it was not scanned. Exclude it or rename it.' });
        return;
      }
      const bom = { bom: startsWithBom(content.bytes) };
      if (file.endsWith('.rego')) {
        const text = decodeText(content.bytes);
        sources.add(file, text, undefined, bom);
        textSources.push({ file, text });
        return;
      }
      const loaded = loadManifests(file, decodeText(content.bytes));
      pushAll(problems, loaded.problems);
      // Deployed through a rendered kustomization: its objects count there, once. Its positions
      // are still needed (a JSON 6902 patch has no apiVersion, so load did not parse it).
      if (rendered.consumed.has(file)) {
        const parsed = loaded.source ? undefined : parseYaml(loaded.text);
        if (parsed) parsedDocuments.set(file, parsed.documents);
        sources.add(file, loaded.text, loaded.source ?? parsed?.source, bom);
        return;
      }
      sources.add(file, loaded.text, loaded.source, bom);
      pushAll(objects, loaded.objects);
      otherDocuments += loaded.otherDocuments;
      unreadObjects += loaded.unreadObjects;
    });
  }
  for (const template of rendered.templates) sources.add(template.file, template.text);
  for (const document of rendered.documents) {
    const loaded = loadManifests(document.id, document.text);
    let value: unknown;
    sources.addRendered(document.id, (ref) =>
      originOf(document, ref, {
        rendered: () => (value ??= parseYaml(document.text).documents[0]),
        textOf: (file) => sources.textOf(file),
        documentsOf,
      }),
    );
    pushAll(problems, loaded.problems);
    pushAll(objects, loaded.objects);
    otherDocuments += loaded.otherDocuments;
    unreadObjects += loaded.unreadObjects;
  }
  // Renderers name files by absolute path: reports name them from the root, the same in every checkout.
  pushAll(problems, rendered.problems.map((problem) => ({ ...problem, message: withoutRoot(problem.message, request.root) })));
  for (const note of rendered.notes) notifications.push({ level: 'note', message: withoutRoot(note.message, request.root), file: note.file });

  progress('analyze', files.length);
  checkTime('reading the rendered documents', () => 'the policies, RBAC, the probes and the rules');
  const workspace = new Workspace(objects, textSources);
  const analyzed = analyzeWorkspace(workspace, problems, request.settings ?? NO_SETTINGS, checkTime);
  const facts = request.freezeFacts ? deepFreeze(analyzed) : analyzed;
  deps.onProbes?.(workspace, facts.probes);
  deps.onFacts?.(facts);
  const rules = activeRules(request.rules ?? SCAN_RULES, request.ruleLevels ?? {}, request.securitySeverities ?? {});
  const findingObjects = new WeakMap<Finding, ObjectRef>();
  const ruleFindings = runRules(rules, facts, sources, notifications, findingObjects, checkTime);
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
    findings: foldDuplicates(compared.findings, contentByFinding(ruleFindings, findingObjects, workspace)),
    absent: compared.absent,
    coverage: coverageRows(facts.coverage, sources).map(markFixture),
    access: accessTableOf(markAllowedRows(accessRows(facts.guards, (at) => sources.locate(at)), suppressed.findings), markFixture),
    notifications,
    stats: {
      filesScanned: files.length,
      objects: objects.length + unreadObjects,
      regoFiles: textSources.length,
      otherDocuments,
      filesSkipped: skippedForSize + discovered.skipped.length + rendered.unrenderedTemplates,
      gitAware: discovered.gitAware,
    },
    rules: rules.map((active) => active.rule),
    sources,
  };
};

/** A finding's object content (for folding copies), found by the finding's identity: later stages copy findings. */
const contentByFinding = (findings: readonly Finding[], objects: WeakMap<Finding, ObjectRef>, workspace: Workspace): ContentOf => {
  const bodies = new Map<ObjectRef, K8sObject['body']>(workspace.objects.map((object) => [object.ref, object.body]));
  const contents = new Map<string, string>();
  for (const finding of findings) {
    const ref = objects.get(finding);
    const body = ref ? bodies.get(ref) : undefined;
    if (body) contents.set(findingIdentity(finding), objectContent(body));
  }
  return (finding) => contents.get(findingIdentity(finding));
};

/** Every rule id and name → its id, for suppressions that name a rule. */
const KNOWN_RULES: ReadonlyMap<string, string> = new Map(RULES.flatMap((rule) => [[rule.meta.id, rule.meta.id] as const, [rule.meta.name, rule.meta.id] as const]));

interface ActiveRule {
  readonly rule: Rule;
  /** Configured level: replaces every finding's level. */
  readonly level?: Level;
  /** Configured security-severity: replaces every finding's. */
  readonly securitySeverity?: number;
}

const activeRules = (rules: readonly Rule[], levels: Readonly<Record<string, Level | 'off'>>, severities: Readonly<Record<string, number>>): ActiveRule[] =>
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

const runRules = (
  rules: readonly ActiveRule[],
  facts: Facts,
  sources: SourceIndex,
  notifications: Notification[],
  objects: WeakMap<Finding, ObjectRef>,
  checkTime: TimeCheck,
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
        const finding: Finding = {
          ruleId: rule.meta.id,
          ruleName: rule.meta.name,
          level: level ?? draft.level ?? rule.meta.level,
          ...securitySeverityOf(rule, active, draft.securitySeverity),
          message:
            interpolate(rule.meta.messages[draft.messageId] ?? draft.messageId, data) +
            (approximate ? ` (approximate line: ${approximate})` : '') +
            (hole ? ` Proved by evaluation: ${holeText(hole)}.` : ''),
          messageId: draft.messageId,
          data,
          location,
          ...(draft.object ? { object: objectLabel(draft.object) } : {}),
          ...(hole ? { proof: hole } : {}),
          related: (draft.related ?? []).map((related) => {
            const explained = sources.explain(related.at);
            return { location: explained.location, note: explained.approximate ? `${related.note} (approximate line: ${explained.approximate})` : related.note };
          }),
        };
        drafted.push({ finding, object: draft.object });
      }
    } catch (error) {
      notifications.push({
        level: 'error',
        message: `Internal error in rule ${rule.meta.id} (${rule.meta.name}): ${error instanceof Error ? error.message : String(error)}. Its findings are incomplete; please report this.`,
      });
    }
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
    const hashed = lineHash ? { ...finding, lineHash } : finding;
    findings.push(hashed);
    if (object) objects.set(hashed, object);
  }
  return dedupe(findings.sort(compareFindings));
};

const securitySeverityOf = (rule: Rule, active: ActiveRule, override: number | undefined): { securitySeverity?: number } => {
  if (!rule.meta.tags.includes('security')) return {};
  if (active.securitySeverity !== undefined) return { securitySeverity: active.securitySeverity };
  const value = override ?? rule.meta.securitySeverity;
  if (value === undefined) return {};
  return { securitySeverity: active.level ? securitySeverityForLevel(value, active.level) : value };
};

/** Replaces `{{name}}` placeholders; an unknown name stays visible (tests catch it). */
export const interpolate = (template: string, data: Readonly<Record<string, string | number>>): string => {
  const { texts, placeholders } = compiledTemplate(template);
  let out = texts[0]!;
  for (let i = 0; i < placeholders.length; i++) {
    const { name, whole } = placeholders[i]!;
    out += (name in data ? String(data[name]) : whole) + texts[i + 1]!;
  }
  return out;
};

/** A template split at its placeholders: `texts` has one more entry than `placeholders`. */
interface CompiledTemplate {
  readonly texts: readonly string[];
  readonly placeholders: readonly { readonly name: string; readonly whole: string }[];
}

/**
 * Templates split once: every finding of a rule shares its few message templates, and a regular
 * expression replace per finding added up over thousands of findings.
 */
const compiledTemplate = (template: string): CompiledTemplate => {
  let compiled = compiledTemplates.get(template);
  if (!compiled) {
    const texts: string[] = [];
    const placeholders: { name: string; whole: string }[] = [];
    let last = 0;
    for (const match of template.matchAll(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)) {
      texts.push(template.slice(last, match.index));
      placeholders.push({ name: match[1]!, whole: match[0] });
      last = match.index + match[0].length;
    }
    texts.push(template.slice(last));
    compiled = { texts, placeholders };
    // Templates come from rule metadata: a few hundred at most; bounded all the same.
    if (compiledTemplates.size >= 1024) compiledTemplates.clear();
    compiledTemplates.set(template, compiled);
  }
  return compiled;
};

const compiledTemplates = new Map<string, CompiledTemplate>();

const dedupe = (findings: Finding[]): Finding[] =>
  findings.filter((finding, i) => {
    const previous = findings[i - 1];
    return !previous || compareFindings(previous, finding) !== 0;
  });

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
      ...(fact.blocksEphemeralContainers && fact.verdict === 'covered'
        ? { ephemeralControl: { scope: ephemeralControlScope(fact.blocksEphemeralContainers), location: sources.locate(fact.blocksEphemeralContainers.at) } }
          : {}),
      basis: fact.evaluation?.basis === 'evaluation' ? 'proved by evaluation' : 'read from the code',
      ...(fact.evaluation
        ? { evaluation: { proof: fact.evaluation.proof, summary: fact.evaluation.summary, ...(fact.evaluation.hole ? { hole: fact.evaluation.hole } : {}) } }
        : {}),
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

/** `/home/runner/work/repo/charts/x` → `charts/x`, and the root itself → `.`. */
const withoutRoot = (message: string, root: string): string => {
  const trimmed = root.replace(/[\\/]+$/, '');
  if (trimmed === '' || !message.includes(trimmed)) return message;
  return message.split(`${trimmed}/`).join('').split(trimmed).join('.');
};

/** The access table with its rows marked as test fixtures and copies of one binding folded. */
const accessTableOf = (table: AccessTable, markFixture: <T extends { readonly location: Location }>(item: T) => T): AccessTable => ({
  ...table,
  rows: foldAccessCopies(table.rows.map(markFixture)),
});
