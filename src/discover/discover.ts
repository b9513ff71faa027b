import { posix } from 'node:path';
import type { FileSystem } from './file-system.ts';

/** YAML and JSON manifests, and standalone Rego policy sources (konstraint, gator, conftest). */
export const DEFAULT_INCLUDE: readonly string[] = ['**/*.{yaml,yml,json,rego}'];
/** Never scanned, whatever the configuration says. */
export const BUILTIN_EXCLUDE: readonly string[] = ['**/.git/**', '**/node_modules/**'];
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export interface DiscoverOptions {
  readonly root: string;
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  readonly maxFileSize?: number;
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
 * Finds the files of a scan: include/exclude globs, .gitignore through git where the root is a
 * work tree, symbolic links only when they stay inside the root, a size limit, and Helm chart
 * templates set apart (they are not YAML until rendered).
 */
export const discover = async (fs: FileSystem, options: DiscoverOptions): Promise<Discovered> => {
  const include = options.include && options.include.length > 0 ? options.include : DEFAULT_INCLUDE;
  const exclude = [...BUILTIN_EXCLUDE, ...(options.exclude ?? [])];
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let files = await fs.list(options.root, include, exclude);
  const tracked = await fs.gitFiles(options.root);
  if (tracked) {
    const known = new Set(tracked);
    files = files.filter((file) => known.has(file));
  }
  files.sort();

  // Chart.yaml files are found whatever the include globs say: a chart changes how its
  // templates must be read.
  const chartFiles = (await fs.list(options.root, ['**/Chart.yaml'], exclude)).sort();
  const chartDirs = chartFiles.map((file) => posix.dirname(file)).map((dir) => (dir === '.' ? '' : dir));
  const templatesOf = new Map<string, string[]>(chartDirs.map((dir) => [dir, []]));
  const chartOf = (file: string): string | undefined => {
    let owner: string | undefined;
    for (const dir of chartDirs) {
      const prefix = dir === '' ? 'templates/' : `${dir}/templates/`;
      if (file.startsWith(prefix) && (owner === undefined || dir.length > owner.length)) owner = dir;
    }
    return owner;
  };

  const manifests: string[] = [];
  const regoFiles: string[] = [];
  const skipped: SkippedFile[] = [];
  const kustomizations: string[] = [];
  for (const file of files) {
    const chart = chartOf(file);
    if (chart !== undefined) {
      templatesOf.get(chart)!.push(file);
      continue;
    }
    let info;
    try {
      info = await fs.inspect(options.root, file);
    } catch (error) {
      skipped.push({ file, reason: `could not be read (${errorCode(error)})` });
      continue;
    }
    if (!info.isFile) {
      if (!info.link) continue; // a folder whose name matches the globs
      if (info.insideRoot) continue; // a link to a folder: never followed (it may loop)
    }
    if (info.link && !info.insideRoot) {
      skipped.push({ file, reason: 'is a symbolic link to a file outside the scanned folder' });
      continue;
    }
    if (info.size > maxFileSize) {
      skipped.push({
        file,
        reason: `is ${formatBytes(info.size)}, over the ${formatBytes(maxFileSize)} limit (raise maxFileSize in the config to scan it)`,
      });
      continue;
    }
    if (KUSTOMIZATION.test(file)) kustomizations.push(file);
    if (file.endsWith('.rego')) regoFiles.push(file);
    else manifests.push(file);
  }
  const charts = chartDirs.map((dir, i) => ({ dir, chartFile: chartFiles[i]!, templates: templatesOf.get(dir)! }));
  return { manifests, regoFiles, charts, kustomizations, skipped, gitAware: tracked !== undefined };
};

const errorCode = (error: unknown): string =>
  (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));

const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
