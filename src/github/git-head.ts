import { isAbsolute, join, resolve } from 'node:path';

/** Reads a text file, or undefined when it does not exist. */
export type ReadText = (path: string) => Promise<string | undefined>;

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

/**
 * The commit checked out in `workspace` (what was scanned), read from `.git` without running
 * git: a detached HEAD (actions/checkout on pull requests), a branch ref (loose or in
 * packed-refs), or a `.git` file pointing elsewhere (worktrees, submodules). Undefined when the
 * workspace is not a checkout or HEAD cannot be resolved.
 */
export const readCheckedOutCommit = async (readText: ReadText, workspace: string): Promise<string | undefined> => {
  let gitDir = join(workspace, '.git');
  let head = await readText(join(gitDir, 'HEAD'));
  if (head === undefined) {
    const pointer = /^gitdir:\s*(.+?)\s*$/m.exec((await readText(gitDir)) ?? '')?.[1];
    if (!pointer) return undefined;
    gitDir = isAbsolute(pointer) ? pointer : resolve(workspace, pointer);
    head = await readText(join(gitDir, 'HEAD'));
    if (head === undefined) return undefined;
  }
  const value = head.trim();
  if (SHA.test(value)) return value.toLowerCase();
  const ref = /^ref:\s*(refs\/\S+)$/.exec(value)?.[1];
  if (!ref || ref.split('/').includes('..')) return undefined;
  // A worktree's refs live in the common dir: try ours, then `commondir`.
  const commonDir = (await readText(join(gitDir, 'commondir')))?.trim();
  const dirs = commonDir ? [gitDir, isAbsolute(commonDir) ? commonDir : resolve(gitDir, commonDir)] : [gitDir];
  for (const dir of dirs) {
    const loose = (await readText(join(dir, ref)))?.trim();
    if (loose && SHA.test(loose)) return loose.toLowerCase();
    for (const line of ((await readText(join(dir, 'packed-refs'))) ?? '').split('\n')) {
      const [sha, name] = line.trim().split(' ');
      if (name === ref && sha && SHA.test(sha)) return sha.toLowerCase();
    }
  }
  return undefined;
};
