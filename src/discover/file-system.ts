import { lstat, readFile, realpath } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';

/** What discovery needs from a file system; real in the CLI and Action, in memory in tests. */
export interface FileSystem {
  /** Files under `root` matching `include` and none of `exclude` (relative, forward slashes). */
  list(root: string, include: readonly string[], exclude: readonly string[]): Promise<string[]>;
  /**
   * Files git tracks or would track under `root` (honours .gitignore), relative to `root`;
   * undefined when `root` is not inside a git work tree.
   */
  gitFiles(root: string): Promise<string[] | undefined>;
  /**
   * Size in bytes, whether it is (or links to) a regular file, whether it is a symbolic link,
   * and whether it resolves inside `root`.
   */
  inspect(root: string, file: string): Promise<FileInfo>;
  read(root: string, file: string): Promise<Uint8Array>;
}

export interface FileInfo {
  readonly size: number;
  readonly isFile: boolean;
  readonly link: boolean;
  readonly insideRoot: boolean;
}

/** The real file system: fast-glob (never following symlinked directories) and git. */
export const nodeFileSystem: FileSystem = {
  list: (root, include, exclude) =>
    fg([...include], {
      cwd: root,
      ignore: [...exclude],
      dot: true,
      // Symbolic links are listed (not followed) and judged one by one in `inspect`.
      onlyFiles: false,
      followSymbolicLinks: false,
      unique: true,
      suppressErrors: true,
    }),
  gitFiles: (root) =>
    new Promise((done) => {
      execFile(
        'git',
        ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
        { cwd: root, maxBuffer: 256 * 1024 * 1024 },
        (error, stdout) => done(error ? undefined : stdout.split('\0').filter((file) => file !== '')),
      );
    }),
  inspect: async (root, file) => {
    const path = resolve(root, file);
    const stats = await lstat(path);
    if (!stats.isSymbolicLink()) return { size: stats.size, isFile: stats.isFile(), link: false, insideRoot: true };
    const target = await realpath(path).catch(() => undefined);
    const realRoot = await realpath(root);
    const rel = target === undefined ? '..' : relative(realRoot, target);
    const insideRoot = rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
    const targetStats = target === undefined ? undefined : await lstat(target).catch(() => undefined);
    return { size: targetStats?.size ?? 0, isFile: targetStats?.isFile() === true, link: true, insideRoot };
  },
  read: (root, file) => readFile(resolve(root, file)),
};
