import { join } from 'node:path';
import type { InputProblem } from '../analyze/facts.ts';
import { DEFAULT_MAX_FILE_SIZE, type Discovered, type HelmChart } from '../discover/discover.ts';
import type { FileSystem } from '../discover/file-system.ts';
import { helmDocuments, helmTemplateArgs, subchartsOf } from './helm.ts';
import { closureOf, KUSTOMIZATION_FILE_NAMES, kustomizationNode, rootKustomizations, type KustomizationNode } from './kustomize.ts';
import { DEFAULT_RENDER_TIMEOUT_SECONDS, renderersOf, type RendererName, type RenderOptions } from './options.ts';
import { renderedDocumentId, splitDocuments, type RenderedDocument } from './rendered-document.ts';
import type { CommandResult, RunCommand } from './run-command.ts';

export interface RenderDeps {
  readonly fs: FileSystem;
  /** Runs the renderers; without it nothing is rendered (each chart and kustomization gets EG002). */
  readonly runCommand?: RunCommand;
  /** Parsed documents of a file of the scan; undefined when it cannot be read. */
  readonly readDocuments: (file: string) => Promise<readonly unknown[] | undefined>;
}

export interface RenderResult {
  readonly documents: readonly RenderedDocument[];
  /** EG002 for every chart or kustomization that was not rendered, with the reason. */
  readonly problems: readonly InputProblem[];
  /**
   * Files whose objects are deployed only through a rendered kustomization (resources, patches,
   * bases): loaded for positions, but their objects are not counted a second time.
   */
  readonly consumed: ReadonlySet<string>;
  /** Template texts read for positions (rendered charts only). */
  readonly templates: readonly { readonly file: string; readonly text: string }[];
  /** Template files of charts that were not rendered (not analysed at all). */
  readonly unrenderedTemplates: number;
}

/** At most this many renderer processes at once (each is a Go program of 50-100 MB). */
const CONCURRENCY = 4;

/**
 * The render stage: every Helm chart (`helm template`) and every kustomization nobody builds on
 * (`kustomize build`, else `kubectl kustomize`), each with a timeout and without network. A
 * failure is an EG002 with the renderer's own words, and the rest of the scan goes on.
 */
export const renderAll = async (discovered: Discovered, request: { readonly root: string; readonly options?: RenderOptions; readonly maxFileSize?: number }, deps: RenderDeps): Promise<RenderResult> => {
  const options = request.options ?? {};
  const enabled = renderersOf(options.renderers);
  const timeoutMs = (options.timeoutSeconds ?? DEFAULT_RENDER_TIMEOUT_SECONDS) * 1000;
  const run = deps.runCommand;
  const documents: RenderedDocument[] = [];
  const problems: InputProblem[] = [];
  const consumed = new Set<string>();
  const templates: { file: string; text: string }[] = [];
  let unrenderedTemplates = 0;
  const inScope = new Set(discovered.manifests);

  // Helm: charts in scope, subcharts with their parent.
  const parents = subchartsOf(discovered.charts);
  const charts = discovered.charts.filter((chart) => !parents.has(chart.dir) && (inScope.has(chart.chartFile) || chart.templates.length > 0));
  const templatesOf = (chart: HelmChart): string[] => [
    ...chart.templates,
    ...discovered.charts.filter((sub) => isUnder(sub.dir, chart.dir) && parents.has(sub.dir)).flatMap((sub) => sub.templates),
  ];
  let helmMissing = false;
  const helmRuns = await inPool(charts, async (chart) => {
    const files = templatesOf(chart);
    const off = offReason('helm', enabled, options, run);
    if (off !== undefined || !run || helmMissing) return { chart, files, result: undefined, off: off ?? 'helm is not on PATH' };
    const result = await run({ command: 'helm', args: helmTemplateArgs(chart, request.root, options.helm), cwd: request.root, timeoutMs });
    if (result.kind === 'not-found') helmMissing = true;
    return { chart, files, result, off: undefined };
  });
  for (const { chart, files, result, off } of helmRuns) {
    const name = chart.dir || '.';
    const at = { file: chart.chartFile, start: 0, end: 0 };
    const failure = off ?? (result ? failureOf('helm template', result, timeoutMs) : 'helm did not run');
    if (failure !== undefined || !result || result.kind !== 'exited') {
      unrenderedTemplates += files.length;
      problems.push({ ruleId: 'EG002', at, message: `Helm chart ${name} was not rendered: ${failure}. Its ${files.length} template file(s) were not analysed.` });
      continue;
    }
    const texts = await readTexts(files, request.root, deps.fs, request.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    templates.push(...texts);
    documents.push(...helmDocuments(chart, result.stdout, new Set(texts.map((t) => t.file))));
  }

  // Kustomize: the kustomizations nobody builds on, with everything they read.
  const nodes = new Map<string, KustomizationNode>();
  const kustomizationFiles = new Set(discovered.kustomizations);
  const kustomizationIn = (dir: string): string | undefined =>
    KUSTOMIZATION_FILE_NAMES.map((name) => (dir === '' ? name : `${dir}/${name}`)).find((file) => kustomizationFiles.has(file));
  for (const file of discovered.kustomizations) {
    const parsed = await deps.readDocuments(file);
    nodes.set(file, kustomizationNode(file, parsed?.[0], { isFile: (path) => inScope.has(path), kustomizationIn }));
  }
  let kustomizeCommand: 'kustomize' | 'kubectl' | undefined = 'kustomize';
  let kustomizeFound = false;
  const roots = rootKustomizations(nodes);
  const kustomizeRuns = await inSeriesUntil(() => kustomizeFound || kustomizeCommand === undefined, roots, async (file) => {
    const closure = closureOf(file, nodes);
    const off = offReason('kustomize', enabled, options, run);
    if (off !== undefined || !run) return { file, closure, failure: off ?? 'no renderer can run' };
    if (closure.remote.length > 0) {
      return { file, closure, failure: `it builds on remote bases (${closure.remote.join(', ')}), and the scan never fetches over the network` };
    }
    const dir = join(request.root, nodes.get(file)!.dir);
    let result: CommandResult = { kind: 'not-found' };
    if (kustomizeCommand === 'kustomize') {
      result = await run({ command: 'kustomize', args: ['build', dir], cwd: request.root, timeoutMs });
      if (result.kind === 'not-found') kustomizeCommand = 'kubectl';
    }
    if (kustomizeCommand === 'kubectl') {
      result = await run({ command: 'kubectl', args: ['kustomize', dir], cwd: request.root, timeoutMs });
      if (result.kind === 'not-found') kustomizeCommand = undefined;
    }
    if (kustomizeCommand === undefined) return { file, closure, failure: 'neither kustomize nor kubectl is on PATH' };
    kustomizeFound = true;
    const failure = failureOf(kustomizeCommand === 'kustomize' ? 'kustomize build' : 'kubectl kustomize', result, timeoutMs);
    return failure !== undefined || result.kind !== 'exited' ? { file, closure, failure: failure ?? 'it did not run' } : { file, closure, output: result.stdout };
  });
  for (const outcome of kustomizeRuns) {
    if (outcome.output === undefined) {
      problems.push({
        ruleId: 'EG002',
        at: { file: outcome.file, start: 0, end: 0 },
        message: `Kustomization ${outcome.file} was not rendered: ${outcome.failure}. Its resources were scanned as plain files, but its patches and generators were not applied.`,
      });
      continue;
    }
    const { closure } = outcome;
    for (const path of [...closure.kustomizations, ...closure.resources, ...closure.patches, ...closure.configs]) consumed.add(path);
    splitDocuments(outcome.output).forEach((piece, index) => {
      documents.push({
        id: renderedDocumentId('kustomize', outcome.file, index),
        renderer: 'kustomize',
        origin: outcome.file,
        text: piece.text,
        kustomization: { resources: closure.resources, patches: closure.patches },
      });
    });
  }
  return { documents, problems, consumed, templates, unrenderedTemplates };
};

/** Why a renderer is not used at all, or undefined when it is. */
const offReason = (renderer: RendererName, enabled: ReadonlySet<RendererName>, options: RenderOptions, run: RunCommand | undefined): string | undefined => {
  if (!enabled.has(renderer)) {
    const selection = options.renderers === undefined || typeof options.renderers === 'string' ? String(options.renderers ?? 'auto') : options.renderers.join(',');
    return `rendering with ${renderer} is off (render: ${selection})`;
  }
  return run ? undefined : 'this scan was given no way to run renderers';
};

/** Why a run failed, in the renderer's own words (the end of its stderr), or undefined. */
const failureOf = (what: string, result: CommandResult, timeoutMs: number): string | undefined => {
  switch (result.kind) {
    case 'exited': {
      if (result.code === 0) return undefined;
      const stderr = lastLines(result.stderr);
      const hint = /missing in charts\/ directory|helm dependency build/.test(result.stderr)
        ? '; vendor its dependencies (helm dependency build, and commit charts/): the scan never downloads them'
        : '';
      return `${what} exited with code ${result.code}${stderr ? `: ${stderr}` : ''}${hint}`;
    }
    case 'not-found':
      return `${what.split(' ')[0]} is not on PATH`;
    case 'timed-out': {
      const stderr = lastLines(result.stderr);
      return `${what} did not finish within ${timeoutMs / 1000} s (raise render.timeoutSeconds in the config)${stderr ? `; its last words: ${stderr}` : ''}`;
    }
    case 'failed': {
      const stderr = lastLines(result.stderr);
      return `${what} could not run (${result.message})${stderr ? `: ${stderr}` : ''}`;
    }
  }
};

/** The last non-blank lines of stderr, joined, at most 600 characters (the error is at the end). */
const lastLines = (stderr: string): string => {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^# Warning: '.*' is deprecated/.test(line));
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

/**
 * One after the other until `decided` (the first run that finds a kustomize binary decides which
 * one the others use), then the rest in the pool: a repository with a kustomization per folder
 * (gatekeeper-library has 159) waited for each Go process in turn.
 */
const inSeriesUntil = async <T, R>(decided: () => boolean, items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> => {
  const results: R[] = [];
  let index = 0;
  for (; index < items.length && !decided(); index++) results.push(await task(items[index]!));
  return [...results, ...(await inPool(items.slice(index), task))];
};
