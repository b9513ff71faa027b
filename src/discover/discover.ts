import { join, posix } from 'node:path';
import picomatch from 'picomatch';
import type { FileSystem, ListedFile } from './file-system.ts';

/** YAML and JSON manifests, and standalone Rego policy sources (konstraint, gator, conftest). */
export const DEFAULT_INCLUDE: readonly string[] = ['**/*.{yaml,yml,json,rego}'];
/** Never scanned, whatever the configuration says. */
export const BUILTIN_EXCLUDE: readonly string[] = ['**/.git/**', '**/node_modules/**'];
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export interface DiscoverOptions {
  readonly root: string;
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
}

/** A file left out of the scan, and why: each becomes a notice in every report. */
export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export interface HelmChart {
  /** The chart's folder, relative to the root ('' for a chart at the root). */
  readonly dir: string;
  readonly chartFile: string;
  /** Template files that were not parsed as YAML. */
  readonly templates: readonly string[];
}

export interface Discovered {
  /** YAML and JSON files to load, sorted. */
  readonly manifests: readonly string[];
  /** Standalone `.rego` policy sources, sorted. */
  readonly regoFiles: readonly string[];
  readonly charts: readonly HelmChart[];
  /** Kustomization files (their resources are scanned as plain files, patches not applied). */
  readonly kustomizations: readonly string[];
  readonly skipped: readonly SkippedFile[];
  /** Whether .gitignore was honoured (the root is in a git work tree). */
  readonly gitAware: boolean;
}

const KUSTOMIZATION = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;

/**
 * The files the include globs match, and wherever they are, every `Chart.yaml` (a chart changes
 * how its templates must be read) and every `Kustomization` (no extension for the globs to
 * match). With the default globs one walk of the folder finds all three: every `Chart.yaml`
 * matches `**\/*.yaml`, and a file named `Kustomization` matches no default glob, so each file
 * is told apart by its name. With configured globs, three walks.
 */
const listings = async (
  fs: FileSystem,
  root: string,
  include: readonly string[],
  exclude: readonly string[],
): Promise<{ listed: ListedFile[]; chartListing: ListedFile[]; kustomizationListing: ListedFile[] }> => {
  const nameOf = (entry: ListedFile): string => posix.basename(entry.path);
  if (include === DEFAULT_INCLUDE) {
    const all = await fs.list(root, [...include, '**/Kustomization'], exclude);
    const listed = all.filter((entry) => nameOf(entry) !== 'Kustomization');
    return {
      listed,
      chartListing: listed.filter((entry) => nameOf(entry) === 'Chart.yaml'),
      kustomizationListing: all.filter((entry) => nameOf(entry) === 'Kustomization'),
    };
  }
  return {
    listed: await fs.list(root, include, exclude),
    chartListing: await fs.list(root, ['**/Chart.yaml'], exclude),
    kustomizationListing: await fs.list(root, ['**/Kustomization'], exclude),
  };
};

/**
 * Finds the files of a scan: include/exclude globs, .gitignore through git where the root is a
 * work tree, symbolic links only when they stay inside the root, a size limit, and Helm chart
 * templates set apart (they are not YAML until rendered).
 */
export const discover = async (fs: FileSystem, options: DiscoverOptions): Promise<Discovered> => {
  const include = options.include && options.include.length > 0 ? options.include : DEFAULT_INCLUDE;
  const exclude = [...BUILTIN_EXCLUDE, ...(options.exclude ?? [])];
  // Git runs in its own process while the folder is walked.
  const tracking = fs.gitFiles(options.root);
  // Awaited below; this only keeps a failure from being reported as unhandled meanwhile.
  tracking.catch(() => undefined);
  const { listed, chartListing, kustomizationListing } = await listings(fs, options.root, include, exclude);
  const tracked = await tracking;
  let entries = listed;
  if (tracked) {
    const known = new Set(tracked);
    entries = entries.filter((entry) => known.has(entry.path));
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const chartFiles = chartListing.map((entry) => entry.path).sort();
  const chartDirs = chartFiles.map((file) => posix.dirname(file)).map((dir) => (dir === '.' ? '' : dir));
  const templatesOf = new Map<string, string[]>(chartDirs.map((dir) => [dir, []]));
  /** The innermost chart whose templates/ folder holds `file`. */
  const chartOf = (file: string): string | undefined => {
    const parts = file.split('/');
    for (let i = parts.length - 2; i >= 0; i--) {
      if (parts[i] !== 'templates') continue;
      const dir = parts.slice(0, i).join('/');
      if (templatesOf.has(dir)) return dir;
    }
    return undefined;
  };

  const manifests: string[] = [];
  const regoFiles: string[] = [];
  const skipped: SkippedFile[] = [];
  const kustomizations: string[] = [];
  const listedPaths = new Set(entries.map((entry) => entry.path));
  for (const { path: file, link, undecodableName } of entries) {
    if (undecodableName) {
      skipped.push({ file, reason: 'has a name that is not valid UTF-8, which reports and git paths cannot name; rename it' });
      continue;
    }
    const chart = chartOf(file);
    if (chart !== undefined) {
      templatesOf.get(chart)!.push(file);
      continue;
    }
    if (link) {
      let target;
      try {
        target = await fs.followLink(options.root, file);
      } catch (error) {
        skipped.push({ file, reason: `could not be read (${errorCode(error)})` });
        continue;
      }
      if (target.broken) {
        skipped.push({ file, reason: target.broken === 'loop' ? 'is a symbolic link in a loop' : 'is a symbolic link to nothing (its target does not exist)' });
        continue;
      }
      if (!target.insideRoot) {
        skipped.push({ file, reason: 'is a symbolic link to a file outside the scanned folder' });
        continue;
      }
      if (!target.isFile) continue; // a link to a folder inside the root: never followed (it may loop)
      // The file it leads to is scanned under its own name: once is enough.
      if (target.target !== undefined && listedPaths.has(target.target)) continue;
    }
    if (KUSTOMIZATION.test(file)) kustomizations.push(file);
    if (file.endsWith('.rego')) regoFiles.push(file);
    else manifests.push(file);
  }
  const charts = chartDirs.map((dir, i) => ({ dir, chartFile: chartFiles[i]!, templates: templatesOf.get(dir)! }));
  // A kustomization file named `Kustomization` has no extension the include globs can match: it
  // counts where a kustomization.yaml in the same folder would.
  const inScope = picomatch([...include], { dot: true });
  const trackedSet = tracked && new Set(tracked);
  for (const { path: file, link } of kustomizationListing) {
    if (link || (trackedSet && !trackedSet.has(file))) continue;
    if (inScope(posix.join(posix.dirname(file), 'kustomization.yaml'))) kustomizations.push(file);
  }
  kustomizations.sort();
  return { manifests, regoFiles, charts, kustomizations, skipped, gitAware: tracked !== undefined };
};

const errorCode = (error: unknown): string =>
  (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));

export const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

/** A folder to scan, relative to the scan root (posix, '' = the root), with its own include globs. */
export interface ScanTarget {
  readonly folder: string;
  /** Globs relative to `folder`; empty or undefined = the default. */
  readonly include?: readonly string[];
}

/**
 * `discover` for each target folder, with every path made relative to `root` (the repository's
 * top level), merged without duplicates: `scan a/ b/`, `scan dir/ file.yaml`. Exclude globs
 * apply inside each target, as they would in a scan of that folder alone.
 */
export const discoverTargets = async (
  fs: FileSystem,
  options: { readonly root: string; readonly targets: readonly ScanTarget[]; readonly exclude?: readonly string[] },
): Promise<Discovered> => {
  if (options.targets.length === 1 && options.targets[0]!.folder === '') {
    const only = options.targets[0]!;
    return discover(fs, { root: options.root, ...(only.include ? { include: only.include } : {}), ...(options.exclude ? { exclude: options.exclude } : {}) });
  }
  const merged = { manifests: new Set<string>(), regoFiles: new Set<string>(), kustomizations: new Set<string>(), charts: new Map<string, HelmChart>(), skipped: new Map<string, SkippedFile>() };
  let gitAware = true;
  for (const target of options.targets) {
    const found = await discover(fs, {
      root: target.folder === '' ? options.root : join(options.root, target.folder),
      ...(target.include ? { include: target.include } : {}),
      ...(options.exclude ? { exclude: options.exclude } : {}),
    });
    const under = (path: string): string => (target.folder === '' ? path : path === '' ? target.folder : `${target.folder}/${path}`);
    for (const file of found.manifests) merged.manifests.add(under(file));
    for (const file of found.regoFiles) merged.regoFiles.add(under(file));
    for (const file of found.kustomizations) merged.kustomizations.add(under(file));
    for (const skipped of found.skipped) merged.skipped.set(under(skipped.file), { ...skipped, file: under(skipped.file) });
    for (const chart of found.charts) {
      const dir = under(chart.dir);
      const known = merged.charts.get(dir);
      const templates = [...new Set([...(known?.templates ?? []), ...chart.templates.map(under)])].sort();
      merged.charts.set(dir, { dir, chartFile: under(chart.chartFile), templates });
    }
    gitAware &&= found.gitAware;
  }
  const sorted = (values: Iterable<string>): string[] => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    manifests: sorted(merged.manifests),
    regoFiles: sorted(merged.regoFiles),
    charts: sorted(merged.charts.keys()).map((dir) => merged.charts.get(dir)!),
    kustomizations: sorted(merged.kustomizations),
    skipped: sorted(merged.skipped.keys()).map((file) => merged.skipped.get(file)!),
    gitAware,
  };
};
