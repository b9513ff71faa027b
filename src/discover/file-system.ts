import { closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';

/** What a scan needs from a file system; real in the CLI and Action, in memory in tests. */
export interface FileSystem {
  /**
   * Entries under `root` matching `include` and none of `exclude` (relative, forward slashes):
   * regular files, and symbolic links (not followed) flagged as such. Folders are left out.
   */
  list(root: string, include: readonly string[], exclude: readonly string[]): Promise<ListedFile[]>;
  /**
   * Files git tracks or would track under `root` (honours .gitignore), relative to `root`;
   * undefined when `root` is not inside a git work tree.
   */
  gitFiles(root: string): Promise<string[] | undefined>;
  /** Where a symbolic link leads: a regular file, and inside `root`? */
  followLink(root: string, file: string): Promise<LinkTarget>;
  /** The file's bytes, or its size when it is larger than `maxSize` (then it is not read). */
  read(root: string, file: string, maxSize: number): Promise<{ readonly bytes: Uint8Array } | { readonly tooLarge: number }>;
}

export interface ListedFile {
  readonly path: string;
  readonly link: boolean;
  /** The name on disk is not valid UTF-8: `path` (decoded with replacement characters) names no file. */
  readonly undecodableName?: boolean;
}

export interface LinkTarget {
  readonly isFile: boolean;
  readonly insideRoot: boolean;
  /** Inside the root: the target's path relative to it (forward slashes). */
  readonly target?: string;
  /** Why it leads nowhere: a loop, or a missing target. */
  readonly broken?: 'loop' | 'missing';
}

/** The real file system: fast-glob (never following symlinked directories) and git. */
export const nodeFileSystem: FileSystem = {
  // Synchronous like `read`: fast-glob's synchronous walker is a quarter faster on thousands of
  // files, and git (the only other work at that point) runs in its own process meanwhile.
  list: async (root, include, exclude) => {
    const entries = fg.sync([...include], {
      cwd: root,
      ignore: [...exclude],
      dot: true,
      // Symbolic links are listed (not followed) and judged one by one in `followLink`.
      onlyFiles: false,
      followSymbolicLinks: false,
      unique: true,
      suppressErrors: true,
      objectMode: true,
    });
    return entries
      .filter((entry) => entry.dirent.isFile() || entry.dirent.isSymbolicLink())
      .map((entry) => ({
        path: entry.path,
        link: entry.dirent.isSymbolicLink(),
        // Names are decoded as UTF-8; one that is not comes back with U+FFFD and names nothing.
        ...(entry.path.includes('\uFFFD') && lstatSync(resolve(root, entry.path), { throwIfNoEntry: false }) === undefined ? { undecodableName: true } : {}),
      }));
  },
  gitFiles: (root) =>
    new Promise((done) => {
      execFile(
        'git',
        ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
        { cwd: root, maxBuffer: 256 * 1024 * 1024 },
        (error, stdout) => done(error ? undefined : stdout.split('\0').filter((file) => file !== '')),
      );
    }),
  followLink: async (root, file) => {
    let target: string;
    try {
      target = realpathSync(resolve(root, file));
    } catch (error) {
      return { isFile: false, insideRoot: false, broken: (error as { code?: string }).code === 'ELOOP' ? 'loop' : 'missing' };
    }
    const rel = relative(realpathSync(root), target);
    const insideRoot = rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
    return { isFile: statSync(target, { throwIfNoEntry: false })?.isFile() === true, insideRoot, ...(insideRoot ? { target: rel.split(sep).join('/') } : {}) };
  },
  // Synchronous on purpose: for thousands of small files the promise machinery of fs/promises
  // costs more than the reads themselves (npm run bench), and a scan has nothing else to do.
  read: async (root, file, maxSize) => {
    const fd = openSync(resolve(root, file), 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > maxSize) return { tooLarge: size };
      const bytes = Buffer.allocUnsafe(size);
      let filled = 0;
      while (filled < size) {
        const count = readSync(fd, bytes, filled, size - filled, null);
        if (count === 0) break;
        filled += count;
      }
      return { bytes: bytes.subarray(0, filled) };
    } finally {
      closeSync(fd);
    }
  },
};


/**
 * The top level of the git work tree that holds `folder` (`git rev-parse --show-toplevel`), or
 * undefined outside one: the folder every reported path is relative to, as code scanning reads
 * them.
 */
export const gitTopLevel = (folder: string): Promise<string | undefined> =>
  new Promise((done) => {
    execFile('git', ['rev-parse', '--show-toplevel'], { cwd: folder, timeout: 30_000 }, (error, stdout) => {
      const top = error ? '' : stdout.replace(/\r?\n$/, '');
      done(top === '' ? undefined : resolve(top));
    });
  });

/** A file name as a glob that matches only itself (`[`, `*`, `{`… escaped). */
export const literalGlob = (name: string): string => fg.escapePath(name);
