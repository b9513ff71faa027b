import { availableParallelism } from 'node:os';
import type { InputProblem } from '../model/input-problem.ts';
import { DEFAULT_MAX_FILE_SIZE, type Discovered, type HelmChart } from '../discover/discover.ts';
import type { FileSystem } from '../discover/file-system.ts';
import {
  assignPieces,
  chartMetadata,
  dependencyEnabled,
  helmDocuments,
  helmInputs,
  helmTemplateArgs,
  missingDependencies,
  subchartsOf,
  templateFileOf,
  valuesFilesOf,
  withoutDependencies,
  type ChartMetadata,
} from './helm.ts';
import {
  closureOf,
  foreignReason,
  kustomizationGraph,
  rootKustomizations,
  type KustomizationClosure,
  type KustomizationNode,
  type KustomizeLookup,
} from './kustomize.ts';
import { DEFAULT_RENDER_TIMEOUT_SECONDS, renderersOf, type RendererName, type RenderOptions } from './options.ts';
import { CopyIndex, type CopySource } from './copied-files.ts';
import { renderedDocumentId, splitDocuments, type RenderedDocument } from './rendered-document.ts';
import type { CommandRequest, CommandResult, RunCommand } from './run-command.ts';

export interface RenderDeps {
  readonly fs: FileSystem;
  /** Runs the renderers; without it nothing is rendered (each chart and kustomization gets EG002). */
  readonly runCommand?: RunCommand;
  /** Parsed documents of a file of the scan; undefined when it cannot be read. */
  readonly readDocuments: (file: string) => Promise<readonly unknown[] | undefined>;
  /** Parses rendered YAML text (the load stage's parser, with its limits). */
  readonly parseDocuments: (text: string) => readonly unknown[];
}

export interface RenderResult {
  readonly documents: readonly RenderedDocument[];
  /** EG002 for every chart or kustomization that was not rendered, with the reason. */
  readonly problems: readonly InputProblem[];
  /** What the user should know but is no finding (a chart that renders nothing, a render cut short). */
  readonly notes: readonly { readonly file: string; readonly message: string }[];
  /**
   * Files whose objects are deployed only through a rendered kustomization (resources, patches,
   * bases): loaded for positions, but their objects are not counted a second time.
   */
  readonly consumed: ReadonlySet<string>;
  /** Template texts read for positions (rendered charts only). */
  readonly templates: readonly { readonly file: string; readonly text: string }[];
  /** Chart files that rendered documents copy (`copied`), as read for that: positions are in them. */
  readonly copiedFiles: readonly { readonly file: string; readonly text: string }[];
  /** Template files of charts that were not rendered (not analysed at all). */
  readonly unrenderedTemplates: number;
}

/** At most this many renderer processes at once (each is a Go program of 50-100 MB), and never more than the cores. */
const CONCURRENCY = Math.max(1, Math.min(4, availableParallelism()));

/** Documents kept from one render; past this the rest is dropped with an EG002 (a chart rendering 130k objects is an attack). */
export const MAX_RENDERED_DOCUMENTS = 20_000;

/**
 * The render stage: every Helm chart (`helm template`) and every kustomization nobody builds on
 * (`kustomize build`, else `kubectl kustomize`), each with a timeout and without network. A
 * failure is an EG002 with the renderer's own words, and the rest of the scan goes on.
 */
export const renderAll = async (
  discovered: Discovered,
  request: { readonly root: string; readonly options?: RenderOptions; readonly maxFileSize?: number; readonly kubernetesVersion?: string },
  deps: RenderDeps,
): Promise<RenderResult> => {
  const options = request.options ?? {};
  const enabled = renderersOf(options.renderers);
  const timeoutMs = (options.timeoutSeconds ?? DEFAULT_RENDER_TIMEOUT_SECONDS) * 1000;
  const run = deps.runCommand;
  const documents: RenderedDocument[] = [];
  const problems: InputProblem[] = [];
  const notes: { file: string; message: string }[] = [];
  const consumed = new Set<string>();
  const templates: { file: string; text: string }[] = [];
  const copiedFiles = new Map<string, string>();
  let unrenderedTemplates = 0;
  const inScope = new Set(discovered.manifests);
  const maxFileSize = request.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  /** Keeps at most MAX_RENDERED_DOCUMENTS of one render, and says so when it cut. */
  const capped = <T>(items: readonly T[], origin: string, what: string): readonly T[] => {
    if (items.length <= MAX_RENDERED_DOCUMENTS) return items;
    problems.push({
      kind: 'unrendered',
      at: { file: origin, start: 0, end: 0 },
      message: `${what} rendered ${items.length} documents, more than the ${MAX_RENDERED_DOCUMENTS} one render may give: only the first ${MAX_RENDERED_DOCUMENTS} were analysed.`,
    });
    return items.slice(0, MAX_RENDERED_DOCUMENTS);
  };

  // Helm: charts in scope, subcharts with their parent, library charts not at all (they render nothing alone).
  const metadata = new Map<string, ChartMetadata>();
  for (const chart of discovered.charts) metadata.set(chart.dir, chartMetadata((await deps.readDocuments(chart.chartFile))?.[0]));
  const metadataOf = (chart: HelmChart): ChartMetadata => metadata.get(chart.dir) ?? { library: false, dependencies: [] };
  const parents = subchartsOf(discovered.charts);
  const subcharts = discovered.charts.filter((chart) => parents.has(chart.dir));
  const charts = discovered.charts.filter(
    (chart) => !parents.has(chart.dir) && !metadataOf(chart).library && (inScope.has(chart.chartFile) || chart.templates.length > 0),
  );
  const templatesOf = (chart: HelmChart): string[] => [
    ...chart.templates,
    ...subcharts.filter((sub) => isUnder(sub.dir, chart.dir)).flatMap((sub) => sub.templates),
  ];
  let helmMissing = false;
  /** One `helm template` run of a chart; the retry without missing dependencies replaces Chart.yaml in the runner's private copy. */
  const helmTemplate = (chart: HelmChart, replaced?: CommandRequest['replaced']): CommandRequest => ({
    command: 'helm',
    args: helmTemplateArgs(chart, options.helm, request.kubernetesVersion),
    cwd: request.root,
    timeoutMs: runTimeout(timeoutMs, options),
    inputs: helmInputs(chart, options.helm),
    ...(replaced ? { replaced } : {}),
  });
  /**
   * When helm refuses only because dependencies are not in charts/, the chart's own templates
   * rendered without them: a second run whose staged Chart.yaml lists only the dependencies that
   * are there (the runner's copy, never the checkout; nothing is downloaded).
   */
  const withoutMissing = async (chart: HelmChart, refused: CommandResult): Promise<{ result: CommandResult; leftOut: readonly string[] } | undefined> => {
    const names = refused.kind === 'exited' && refused.code !== 0 ? missingDependencies(refused.stderr) : undefined;
    const listed = new Set(metadataOf(chart).dependencies.map((dependency) => dependency.name));
    if (!run || names === undefined || !names.every((name) => listed.has(name))) return undefined;
    // apiVersion v1 charts list their dependencies in requirements.yaml, which Helm reads over Chart.yaml's.
    const requirements = await deps.fs.followLink(request.root, `${prefixOf(chart.dir)}requirements.yaml`).catch(() => undefined);
    if (requirements?.isFile !== false) return undefined;
    const [chartYaml] = await readTexts([chart.chartFile], request.root, deps.fs, maxFileSize);
    const text = chartYaml === undefined ? undefined : withoutDependencies(chartYaml.text, new Set(names), deps.parseDocuments);
    if (text === undefined || (options.deadline !== undefined && Date.now() >= options.deadline)) return undefined;
    const result = await run(helmTemplate(chart, [{ path: chart.chartFile, text }]));
    return { result, leftOut: names };
  };
  /** EG002 for a chart rendered without its missing dependencies: which, and which a default install would deploy. */
  const leftOutMessage = async (chart: HelmChart, name: string, leftOut: readonly string[]): Promise<string> => {
    const valuesFiles = [`${prefixOf(chart.dir)}values.yaml`, ...valuesFilesOf(chart, options.helm)];
    const values = await Promise.all(valuesFiles.map(async (file) => (await deps.readDocuments(file))?.[0]));
    const described = leftOut.map((dependency) => {
      const entries = metadataOf(chart).dependencies.filter((entry) => entry.name === dependency);
      const states = entries.map((entry) => dependencyEnabled(entry, values));
      const on = states.find((state) => state.enabled);
      return { dependency, on: on !== undefined, text: `${dependency} (${on ? `on by default: ${on.why}` : `off by default: ${states.map((state) => state.why).join('; ')}`})` };
    });
    const enabledByDefault = described.filter((item) => item.on).map((item) => item.dependency);
    const plural = leftOut.length > 1;
    return (
      `Helm chart ${name} was rendered without ${plural ? 'the dependencies' : 'the dependency'} ${described.map((item) => item.text).join(', ')}: ` +
      `${plural ? 'they are' : 'it is'} listed in Chart.yaml but not in its charts/ folder, and the scan never downloads charts, so ${plural ? 'their' : 'its'} templates were not analysed (the chart's own were). ` +
      (enabledByDefault.length > 0 ? `${enabledByDefault.join(', ')} ${enabledByDefault.length > 1 ? 'are' : 'is'} deployed by a default install: what it would deploy is exactly what was left out. ` : '') +
      `Vendor ${plural ? 'them' : 'it'} (helm dependency build, and commit charts/) to include ${plural ? 'them' : 'it'}.`
    );
  };
  const helmRuns = await inPool(charts, async (chart): Promise<HelmRun> => {
    const files = templatesOf(chart);
    const off = offReason('helm', enabled, options, run);
    if (off !== undefined || !run || helmMissing) return { chart, files, result: undefined, off: off ?? 'helm is not on PATH' };
    const result = await run(helmTemplate(chart));
    if (result.kind === 'not-found') helmMissing = true;
    const retried = await withoutMissing(chart, result);
    if (retried?.result.kind === 'exited' && retried.result.code === 0) return { chart, files, result: retried.result, off: undefined, leftOut: retried.leftOut };
    // Rendered without them it failed too, for another reason (a template that includes one of them): say both.
    const again = retried === undefined ? undefined : failureOf('helm template', retried.result, timeoutMs);
    const alsoFailed = again !== undefined && retried!.result.kind === 'exited' && missingDependencies(retried!.result.stderr) === undefined ? again : undefined;
    return { chart, files, result, off: undefined, ...(alsoFailed !== undefined ? { alsoFailed, leftOut: retried!.leftOut } : {}) };
  });
  for (const { chart, files, result, off, leftOut, alsoFailed } of helmRuns) {
    const name = chart.dir || '.';
    const at = { file: chart.chartFile, start: 0, end: 0 };
    const failure = off ?? (result ? failureOf('helm template', result, timeoutMs) : 'helm did not run');
    if (failure !== undefined || !result || result.kind !== 'exited') {
      unrenderedTemplates += files.length;
      const without = alsoFailed === undefined ? '' : `; rendered without ${leftOut!.join(', ')}, it failed too: ${alsoFailed}`;
      problems.push({ kind: 'unrendered', at, message: `Helm chart ${name} was not rendered: ${failure}${without}. Its ${files.length} template file(s) were not analysed.` });
      continue;
    }
    if (leftOut !== undefined && alsoFailed === undefined) problems.push({ kind: 'unrendered', at, message: await leftOutMessage(chart, name, leftOut) });
    const texts = await readTexts(files, request.root, deps.fs, maxFileSize);
    for (const text of texts) templates.push(text);
    const textOf = new Map(texts.map((t) => [t.file, t.text]));
    const rendered = capped(
      helmDocuments(chart, result.stdout, (source) => templateFileOf(source, chart, subcharts, metadataOf), new Set(textOf.keys())),
      chart.chartFile,
      `Helm chart ${name}`,
    );
    if (rendered.length === 0) notes.push({ file: chart.chartFile, message: `Helm chart ${name} rendered no objects with the values it was given (render.helm.values).` });
    const copyIndexOf = copyIndexes(chart, subcharts, texts, { root: request.root, fs: deps.fs, maxFileSize });
    for (const document of withPieces(rendered, textOf, deps.parseDocuments)) {
      const index = document.template === undefined ? undefined : await copyIndexOf(document.template);
      const copied = index?.index.copyOf(document.text, deps.parseDocuments);
      if (copied) copiedFiles.set(copied.file, index!.textOf(copied.file)!);
      documents.push(copied ? { ...document, copied } : document);
    }
  }

  // Kustomize: the kustomizations nobody builds on, with everything they read, found on disk.
  const lookup: KustomizeLookup = {
    probe: async (path) => {
      const where = await deps.fs.followLink(request.root, path).catch(() => ({ isFile: false, insideRoot: false }));
      return where.isFile ? (where.insideRoot ? 'file' : 'outside') : 'missing';
    },
    readDocuments: deps.readDocuments,
  };
  const canonical = new Map<string, Promise<string>>();
  const inRoot = (path: string): Promise<string> => {
    let found = canonical.get(path);
    if (found === undefined) {
      found = deps.fs.followLink(request.root, path).then((where) => where.target ?? path, () => path);
      canonical.set(path, found);
    }
    return found;
  };
  const nodes = await kustomizationGraph(discovered.kustomizations, lookup);
  const roots = rootKustomizations(nodes, discovered.kustomizations);
  const kustomizeOff = offReason('kustomize', enabled, options, run);
  let kustomizeCommand: 'kustomize' | 'kubectl' | undefined = 'kustomize';
  /** One build; the first one (alone) also finds which program this machine has. */
  const build = async (file: string): Promise<{ file: string; closure: KustomizationClosure; failure?: string; output?: string }> => {
    const closure = closureOf(file, nodes);
    if (kustomizeOff !== undefined || !run) return { file, closure, failure: kustomizeOff ?? 'no renderer can run' };
    const foreign = foreignReason(closure.foreign);
    if (foreign !== undefined) return { file, closure, failure: foreign };
    const invalid = closure.kustomizations.map((path) => nodes.get(path)).find((node) => node?.invalid !== undefined);
    if (invalid) return { file, closure, failure: `${invalid.file} ${invalid.invalid}` };
    const inputs = await kustomizeInputs(closure, nodes, deps.fs, request.root);
    const dir = local(nodes.get(file)!.dir);
    let result: CommandResult = { kind: 'not-found' };
    if (kustomizeCommand === 'kustomize') {
      result = await run({ command: 'kustomize', args: ['build', dir], cwd: request.root, timeoutMs: runTimeout(timeoutMs, options), inputs });
      if (result.kind === 'not-found') kustomizeCommand = 'kubectl';
    }
    if (kustomizeCommand === 'kubectl') {
      result = await run({ command: 'kubectl', args: ['kustomize', dir], cwd: request.root, timeoutMs: runTimeout(timeoutMs, options), inputs });
      if (result.kind === 'not-found') kustomizeCommand = undefined;
    }
    if (kustomizeCommand === undefined) return { file, closure, failure: 'neither kustomize nor kubectl is on PATH' };
    const failure = failureOf(kustomizeCommand === 'kustomize' ? 'kustomize build' : 'kubectl kustomize', result, timeoutMs);
    return failure !== undefined || result.kind !== 'exited' ? { file, closure, failure: failure ?? 'it did not run' } : { file, closure, output: result.stdout };
  };
  // The first build alone decides between kustomize and kubectl; the others then run in parallel.
  const first = roots.length > 0 ? [await build(roots[0]!)] : [];
  const kustomizeRuns = [...first, ...(await inPool(roots.slice(1), build))];
  for (const outcome of kustomizeRuns) {
    if (outcome.output === undefined) {
      problems.push({
        kind: 'unrendered',
        at: { file: outcome.file, start: 0, end: 0 },
        message: `Kustomization ${outcome.file} was not rendered: ${outcome.failure}. Its resources were scanned as plain files, but its patches and generators were not applied.`,
      });
      continue;
    }
    // Paths as the scan read them: a file reached through a symlinked folder is the file the
    // link points to, so its objects count once, at its own lines.
    const closure = await scannedPaths(outcome.closure, inRoot);
    for (const list of [closure.kustomizations, closure.resources, closure.patches.map((patch) => patch.file), closure.configs]) {
      for (const path of list) consumed.add(path);
    }
    const pieces = capped(splitDocuments(outcome.output), outcome.file, `Kustomization ${outcome.file}`);
    if (pieces.length === 0) notes.push({ file: outcome.file, message: `Kustomization ${outcome.file} rendered no objects.` });
    pieces.forEach((piece, index) => {
      documents.push({
        id: renderedDocumentId('kustomize', outcome.file, index),
        renderer: 'kustomize',
        origin: outcome.file,
        text: piece.text,
        kustomization: { resources: closure.resources, patches: closure.patches },
      });
    });
  }
  const copied = [...copiedFiles].map(([file, text]) => ({ file, text }));
  return { documents, problems, notes, consumed, templates, copiedFiles: copied, unrenderedTemplates };
};

/** A closure with every path replaced by the one the scan read (see `inRoot`). */
const scannedPaths = async (closure: KustomizationClosure, inRoot: (path: string) => Promise<string>): Promise<KustomizationClosure> => {
  const all = (paths: readonly string[]) => Promise.all(paths.map(inRoot));
  return {
    ...closure,
    kustomizations: await all(closure.kustomizations),
    resources: await all(closure.resources),
    patches: await Promise.all(closure.patches.map(async (patch) => ({ ...patch, file: await inRoot(patch.file) }))),
    configs: await all(closure.configs),
  };
};

/** One chart's helm run: its result, or why it did not run; the dependencies rendered without, and how that ended. */
interface HelmRun {
  readonly chart: HelmChart;
  readonly files: readonly string[];
  readonly result: CommandResult | undefined;
  readonly off: string | undefined;
  readonly leftOut?: readonly string[];
  /** Rendered without `leftOut`, it failed for another reason. */
  readonly alsoFailed?: string;
}

/** At most this many files, and bytes, of one chart are read to find the documents it copies. */
const MAX_COPY_FILES = 5_000;
const MAX_COPY_BYTES = 64 * 1024 * 1024;

interface ChartCopies {
  readonly index: CopyIndex;
  readonly textOf: (file: string) => string | undefined;
}

/**
 * For a template of a rendered chart, the index of the documents its chart's files hold (what
 * `.Files` reads: every file of the chart's folder but templates/ and charts/), and of the
 * render's templates (a document equal to a template's own piece is written there, not copied).
 * Only for a template that uses `.Files`, itself or through a template it includes (a value
 * that happens to hold a file's text is not a copy of it); built once per chart folder, when
 * first asked.
 */
const copyIndexes = (
  chart: HelmChart,
  subcharts: readonly HelmChart[],
  templates: readonly { file: string; text: string }[],
  where: { readonly root: string; readonly fs: FileSystem; readonly maxFileSize: number },
): ((template: string) => Promise<ChartCopies | undefined>) => {
  const uses = templates.some((template) => template.text.includes('.Files'));
  const textOf = new Map(templates.map((template) => [template.file, template.text]));
  const owners = [chart, ...subcharts.filter((sub) => isUnder(sub.dir, chart.dir))].sort((a, b) => b.dir.length - a.dir.length);
  const built = new Map<string, Promise<ChartCopies | undefined>>();
  return (template) => {
    const text = textOf.get(template) ?? '';
    if (!uses || !(text.includes('.Files') || /\{\{-?\s*(?:include|template)\b|\binclude\s+"/.test(text))) return Promise.resolve(undefined);
    const owner = owners.find((candidate) => template.startsWith(`${prefixOf(candidate.dir)}templates/`));
    if (!owner) return Promise.resolve(undefined);
    let index = built.get(owner.dir);
    if (!index) built.set(owner.dir, (index = chartCopies(owner.dir, templates, where)));
    return index;
  };
};

const chartCopies = async (
  dir: string,
  templates: readonly { file: string; text: string }[],
  { root, fs, maxFileSize }: { readonly root: string; readonly fs: FileSystem; readonly maxFileSize: number },
): Promise<ChartCopies | undefined> => {
  const prefix = prefixOf(dir);
  const listed = await fs
    .list(root, [`${escapeGlob(prefix)}**`], [`${escapeGlob(prefix)}templates/**`, `${escapeGlob(prefix)}charts/**`, '**/.git/**'])
    .catch(() => undefined);
  if (!listed || listed.length > MAX_COPY_FILES) return undefined;
  // A file not read (a name that is not UTF-8, a linked folder, too large, unreadable) could hold
  // a twin of any document: then nothing is claimed. Helm reads a link's target (the render
  // refused links that leave the folder).
  const files: string[] = [];
  for (const entry of listed) {
    if (entry.undecodableName) return undefined;
    if (entry.link) {
      const target = await fs.followLink(root, entry.path).catch(() => undefined);
      if (!target?.isFile || !target.insideRoot) return undefined;
    }
    files.push(entry.path);
  }
  files.sort();
  const texts: { file: string; text: string }[] = [];
  let bytes = 0;
  for (const file of files) {
    const [read] = await readTexts([file], root, fs, Math.min(maxFileSize, MAX_COPY_BYTES - bytes));
    if (!read) return undefined;
    texts.push(read);
    bytes += read.text.length;
  }
  const sources: CopySource[] = [...texts, ...templates.map((template) => ({ ...template, template: true }))];
  const textOf = new Map(texts.map((text) => [text.file, text.text]));
  return { index: new CopyIndex(sources), textOf: (file) => textOf.get(file) };
};

const prefixOf = (dir: string): string => (dir === '' ? '' : `${dir}/`);

/** `./x` for a path of the scan (never read as a flag or a URL), `.` for the root. */
const local = (path: string): string => (path === '' ? '.' : `./${path}`);

/** Each Helm document with the piece of its template that wrote it (see assignPieces). */
const withPieces = (rendered: readonly RenderedDocument[], textOf: ReadonlyMap<string, string>, parse: (text: string) => readonly unknown[]): RenderedDocument[] => {
  const byTemplate = new Map<string, number[]>();
  rendered.forEach((document, index) => {
    if (document.template === undefined) return;
    const list = byTemplate.get(document.template) ?? [];
    list.push(index);
    byTemplate.set(document.template, list);
  });
  const result = [...rendered];
  for (const [template, indexes] of byTemplate) {
    const text = textOf.get(template);
    if (text === undefined) continue;
    const values = indexes.map((index) => parse(rendered[index]!.text)[0]);
    assignPieces(text, values).forEach((assigned, i) => {
      const index = indexes[i]!;
      result[index] = { ...rendered[index]!, templateDocument: assigned.piece, ...(assigned.ambiguous ? { templateAmbiguous: true } : {}) };
    });
  }
  return result;
};

/**
 * What a kustomize build reads: every file it references, and the files beside each
 * kustomization (generators and plugin configs read them by relative path).
 */
const kustomizeInputs = async (closure: KustomizationClosure, nodes: ReadonlyMap<string, KustomizationNode>, fs: FileSystem, root: string): Promise<string[]> => {
  const inputs = new Set<string>();
  for (const file of closure.kustomizations) {
    inputs.add(file);
    const dir = nodes.get(file)?.dir ?? '';
    const beside = await fs.list(root, [dir === '' ? '*' : `${escapeGlob(dir)}/*`], []).catch(() => []);
    for (const entry of beside) inputs.add(entry.path);
  }
  for (const list of [closure.resources, closure.patches.map((patch) => patch.file), closure.configs]) for (const path of list) inputs.add(path);
  return [...inputs].sort();
};

const escapeGlob = (path: string): string => path.replace(/[*?[\]{}()!+@\\]/g, '\\$&');

/** Why a renderer is not used at all, or undefined when it is. */
const offReason = (renderer: RendererName, enabled: ReadonlySet<RendererName>, options: RenderOptions, run: RunCommand | undefined): string | undefined => {
  if (!enabled.has(renderer)) {
    const selection = options.renderers === undefined || typeof options.renderers === 'string' ? String(options.renderers ?? 'auto') : options.renderers.join(',');
    return `rendering with ${renderer} is off (render: ${selection})`;
  }
  if (options.deadline !== undefined && Date.now() >= options.deadline) return 'the scan\'s time limit for all renders ran out before it could start';
  return run ? undefined : 'this scan was given no way to run renderers';
};

/** A run's timeout: the configured one, cut to what is left of the scan's total render time. */
const runTimeout = (timeoutMs: number, options: RenderOptions): number =>
  options.deadline === undefined ? timeoutMs : Math.max(1, Math.min(timeoutMs, options.deadline - Date.now()));

/** Why a run failed, in the renderer's own words (the end of its stderr), or undefined. */
/**
 * Helm's template errors that come from the values: a `required` or `fail` (`execution error at
 * (<template>:<line>:<col>): …`), and a value of the wrong type or missing where a template reads
 * into it.
 */
const VALUES_FAILURE = /execution error at \(|wrong type for value|nil pointer evaluating/;

const failureOf = (what: string, result: CommandResult, timeoutMs: number): string | undefined => {
  switch (result.kind) {
    case 'exited': {
      if (result.code === 0) return undefined;
      const stderr = lastLines(result.stderr);
      const hint = /missing in charts\/ directory|helm dependency build/.test(result.stderr)
        ? '; vendor its dependencies (helm dependency build, and commit charts/): the scan never downloads them'
        : what.startsWith('helm') && VALUES_FAILURE.test(result.stderr)
          ? '; the chart needs values its values.yaml does not give: name a values file for it in render.helm.values (.ephemeral-guard.yaml)'
          : '';
      return `${what} exited with code ${result.code}${stderr ? `: ${stderr}` : ''}${hint}`;
    }
    case 'not-found':
      return `${what.split(' ')[0]} is not on PATH`;
    case 'timed-out': {
      const stderr = lastLines(result.stderr);
      return `${what} did not finish within ${timeoutMs / 1000} s (raise render.timeoutSeconds in the config)${stderr ? `; its last words: ${stderr}` : ''}`;
    }
    case 'refused':
      return `${what.split(' ')[0]} was not run: ${result.reason}`;
    case 'failed': {
      const stderr = lastLines(result.stderr);
      return `${what} could not run (${result.message})${stderr ? `: ${stderr}` : ''}`;
    }
  }
};

/**
 * The header kubectl's logger (klog) writes before each line: severity, date, time to the
 * microsecond, process id, source line (`E1208 00:05:17.504804   15733 run.go:72] `). It differs on
 * every run, and a report must not.
 */
const KLOG_HEADER = /^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d{6}\s+\d+ [^\s\]]+:\d+\] /;

/**
 * A line Helm 4 logs (Go's slog text format) below the level of an error: `level=WARN msg="this
 * chart is deprecated"`. It says nothing of why the run failed, and would lead the message.
 */
const SLOG_BELOW_ERROR = /^time=\S+ level=(?:DEBUG|INFO|WARN) |^level=(?:DEBUG|INFO|WARN) /;

/** The last non-blank lines of stderr, joined, at most 600 characters (the error is at the end). */
const lastLines = (stderr: string): string => {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim().replace(KLOG_HEADER, ''))
    .filter((line) => line !== '' && !/^# Warning: '.*' is deprecated/.test(line) && !SLOG_BELOW_ERROR.test(line));
  const text = lines.slice(-5).join(' ');
  return text.length > 600 ? `…${text.slice(-599)}` : text;
};

const isUnder = (dir: string, parent: string): boolean => (parent === '' ? dir !== '' : dir.startsWith(`${parent}/`));

const readTexts = async (files: readonly string[], root: string, fs: FileSystem, maxSize: number): Promise<{ file: string; text: string }[]> => {
  const texts = await Promise.all(
    files.map((file) =>
      fs.read(root, file, maxSize).then(
        (read) => ('bytes' in read ? { file, text: Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength).toString('utf8').replace(/^\uFEFF/, '') } : undefined),
        () => undefined,
      ),
    ),
  );
  return texts.filter((text): text is { file: string; text: string } => text !== undefined);
};

/** Runs `task` on every item, at most CONCURRENCY at once, results in the items' order. */
const inPool = async <T, R>(items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> => {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
};

