import { constants } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { UserError } from './errors.ts';

/** Config files and baselines larger than this are refused (a baseline of 25,000 results is about 20 MB). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const isInside = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * Reads the config file or a baseline, which a pull request can commit: undefined when it does
 * not exist; a UserError (naming the path, never its bytes) when it is not a regular file (a
 * FIFO, `/dev/urandom`), is larger than `maxBytes`, or lies inside `workspace` but resolves
 * through a symbolic link to a place outside it (`/etc/passwd`, `/proc/self/environ`).
 */
export const readInputFile = async (path: string, options: { readonly workspace: string; readonly what: string; readonly maxBytes?: number }): Promise<string | undefined> => {
  const entry = await lstat(path).catch((error: { code?: string }) => (error.code === 'ENOENT' || error.code === 'ENOTDIR' ? undefined : Promise.reject(refused(options.what, path, `could not be read (${error.code ?? 'error'})`))));
  if (entry === undefined) return undefined;
  const target = await realpath(path).catch(() => undefined);
  if (target === undefined) throw refused(options.what, path, 'is a symbolic link that leads nowhere, or in a loop');
  const workspace = await realpath(options.workspace).catch(() => options.workspace);
  if (isInside(options.workspace, path) && !isInside(workspace, target)) throw refused(options.what, path, 'is a symbolic link to a file outside the workspace');
  // Judged before opening: opening a FIFO for reading waits for a writer.
  const kind = await stat(target).catch(() => undefined);
  if (!kind?.isFile()) throw refused(options.what, path, 'is not a regular file');
  const handle = await open(target, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: { code?: string }) => Promise.reject(refused(options.what, path, `could not be read (${error.code ?? 'error'})`)));
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw refused(options.what, path, 'is not a regular file');
    const max = options.maxBytes ?? MAX_INPUT_BYTES;
    if (info.size > max) throw refused(options.what, path, `is larger than ${Math.round(max / (1024 * 1024))} MB`);
    return await handle.readFile({ encoding: 'utf8' });
  } finally {
    await handle.close();
  }
};

const refused = (what: string, path: string, why: string): UserError => new UserError(`${what} ${path} ${why}; it was not read.`);
