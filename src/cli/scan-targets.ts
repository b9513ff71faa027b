import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { BUILTIN_EXCLUDE, type ScanTarget } from '../discover/discover.ts';
import { literalGlob, type FileSystem } from '../discover/file-system.ts';
import { UserError } from '../errors.ts';
import type { ScanOptions } from '../config/resolve.ts';

/** What `scan [folder | file | glob...]` scans, and the folder its paths are relative to. */
export interface ScanTargets {
  /** The git top level of the first target, else the current folder (else the target's own folder). */
  readonly root: string;
  readonly targets: readonly ScanTarget[];
  /** Where the default config file is looked for: the folder given alone, else the current folder. */
  readonly configDir: string;
  /** Where paths of baselines written by earlier versions started (the current folder). */
  readonly baselineFolders: readonly string[];
}

type Argument =
  | { readonly kind: 'folder'; readonly text: string; readonly path: string }
  | { readonly kind: 'file'; readonly text: string; readonly path: string }
  | { readonly kind: 'glob'; readonly text: string; readonly pattern: string };

const GLOB_CHARS = /[*?[{]/;

const isInside = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

const posixRelative = (from: string, to: string): string => relative(from, to).split('\\').join('/');

const classify = async (text: string, cwd: string): Promise<Argument> => {
  const path = resolve(cwd, text);
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return { kind: 'folder', text, path: await realpath(path) };
  if (info?.isFile()) return { kind: 'file', text, path: await realpath(path) };
  if (info === undefined && GLOB_CHARS.test(text)) return { kind: 'glob', text, pattern: text.split('\\').join('/').replace(/^\.\//, '') };
  throw new UserError(`${text} does not exist (give a folder, a file or a glob).`);
};

/**
 * Folders, files and globs (relative to `cwd`) → scan targets relative to one root, the git top
 * level of the first (so that SARIF URIs, annotations and links name files from the repository
 * root, as code scanning reads them). A glob that matches no file, or a target outside that
 * root, is a UserError.
 */
export const resolveScanTargets = async (
  args: readonly string[],
  cwd: string,
  deps: { readonly fs: FileSystem; readonly gitTopLevel?: (folder: string) => Promise<string | undefined> },
): Promise<ScanTargets> => {
  const here = await realpath(cwd).catch(() => cwd);
  const parsed = await Promise.all((args.length > 0 ? args : ['.']).map((text) => classify(text, here)));
  const first = parsed[0]!;
  const anchor = first.kind === 'folder' ? first.path : first.kind === 'file' ? dirname(first.path) : here;
  const top = await deps.gitTopLevel?.(anchor);
  const root = top !== undefined ? await realpath(top).catch(() => top) : isInside(here, anchor) ? here : anchor;
  const targets: ScanTarget[] = [];
  for (const argument of parsed) {
    const folder = argument.kind === 'folder' ? argument.path : argument.kind === 'file' ? dirname(argument.path) : here;
    if (!isInside(root, folder)) throw new UserError(`${argument.text} is outside ${root}, the folder the other paths are reported from; scan it in a separate run.`);
    const relativeFolder = posixRelative(root, folder);
    if (argument.kind === 'folder') targets.push({ folder: relativeFolder });
    else if (argument.kind === 'file') targets.push({ folder: relativeFolder, include: [literalGlob(basename(argument.path))] });
    else {
      const matches = await deps.fs.list(folder, [argument.pattern], BUILTIN_EXCLUDE);
      if (matches.length === 0) throw new UserError(`No file matches ${argument.text} (in ${here}).`);
      targets.push({ folder: relativeFolder, include: [argument.pattern] });
    }
  }
  const configDir = parsed.length === 1 && first.kind === 'folder' ? first.path : isInside(root, here) ? here : root;
  return { root, targets: mergeTargets(targets), configDir, baselineFolders: isInside(root, here) ? [posixRelative(root, here)] : [] };
};

/** Globs and files in one folder become one target; a folder given as a whole wins over them. */
const mergeTargets = (targets: readonly ScanTarget[]): ScanTarget[] => {
  const byFolder = new Map<string, string[] | undefined>();
  for (const target of targets) {
    const known = byFolder.get(target.folder);
    if (byFolder.has(target.folder) && known === undefined) continue;
    byFolder.set(target.folder, target.include === undefined ? undefined : [...(known ?? []), ...target.include]);
  }
  return [...byFolder].map(([folder, include]) => ({ folder, ...(include ? { include } : {}) }));
};


/** What the scan flags and the resolved targets give `resolveScanRequest`: the same for `scan` and `probes`. */
export const scanOptionsOf = (
  scanned: Pick<ScanTargets, 'root' | 'targets' | 'configDir'>,
  flags: { readonly exclude?: string[] | undefined; readonly config?: string | undefined; readonly baseline?: string | undefined },
): ScanOptions => ({
  root: scanned.root,
  targets: scanned.targets,
  configDir: scanned.configDir,
  ...(flags.exclude ? { exclude: flags.exclude } : {}),
  ...(flags.config ? { configPath: flags.config } : {}),
  ...(flags.baseline ? { baselinePath: flags.baseline } : {}),
});
