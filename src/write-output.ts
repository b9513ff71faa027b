import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

/**
 * Writes a report (SARIF, --output, --write-baseline) so that a symbolic link committed at its
 * path, or at a folder on the way from `inside` (the workspace or current folder), can never send
 * it elsewhere: each part is checked with lstat and a link refused; the text goes to a new temporary
 * file beside it (created exclusively) and is renamed over the path, which replaces a directory
 * entry and never follows one.
 */
export const writeOutputFile = async (path: string, text: string | Iterable<string>, options: { readonly inside?: string } = {}): Promise<void> => {
  const folder = dirname(path);
  if (options.inside !== undefined) {
    const rel = relative(options.inside, folder);
    if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) {
      let current = options.inside;
      for (const part of rel.split(sep)) {
        current = join(current, part);
        const info = await lstat(current).catch((error: { code?: string }) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
        if (info === undefined) break;
        if (info.isSymbolicLink()) throw refusal(`${current} is a symbolic link`);
        if (!info.isDirectory()) throw refusal(`${current} is not a folder`);
      }
    }
  }
  await mkdir(folder, { recursive: true });
  const existing = await lstat(path).catch((error: { code?: string }) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
  if (existing?.isSymbolicLink()) throw refusal(`${path} is a symbolic link`);
  if (existing && !existing.isFile()) throw refusal(`${path} is not a regular file`);
  // Web Crypto's global loads node:crypto when first used, not at every start (a few ms of each scan).
  const temporary = join(folder, `.${basename(path)}.${Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(6))).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx', mode: 0o644 });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
};

const refusal = (what: string): Error => Object.assign(new Error(`${what}; refusing to write through it`), { code: 'ELINK' });

/** Why a write failed, in one phrase: the refusal itself, else the system's code. */
export const writeFailure = (error: unknown): string => {
  const code = (error as { code?: string } | undefined)?.code;
  return code === 'ELINK' && error instanceof Error ? error.message : (code ?? String(error));
};
