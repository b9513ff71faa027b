import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { UserError } from '../errors.ts';

/** The repository the Action scans: its top level (paths are reported from it) and the folder scanned in it. */
export interface ActionScanRoot {
  /** Absolute: the git top level of the checkout (else the checkout itself). */
  readonly root: string;
  /** The checkout (input checkout-path, else the workspace) relative to `root`, posix; '' = the root. */
  readonly folder: string;
}

/**
 * `checkout-path` (relative to the workspace, as actions/checkout's `path`) or the workspace,
 * then its git top level: code scanning and the Checks API read paths from the repository root,
 * so a checkout in a subfolder of the workspace must not add that subfolder to every path.
 */
export const actionScanRoot = async (
  workspace: string,
  checkoutPath: string | undefined,
  gitTopLevel: ((folder: string) => Promise<string | undefined>) | undefined,
): Promise<ActionScanRoot> => {
  const real = async (path: string): Promise<string> => realpath(path).catch(() => path);
  const checkout = await real(checkoutPath ? resolve(workspace, checkoutPath) : workspace);
  if (checkoutPath && !(await realpath(checkout).catch(() => undefined))) {
    throw new UserError(`Input checkout-path ${checkoutPath} does not exist in the workspace; give the path that actions/checkout's path input used.`);
  }
  const top = await gitTopLevel?.(checkout);
  const root = top !== undefined ? await real(top) : checkout;
  const folder = relative(root, checkout);
  if (folder.startsWith('..') || isAbsolute(folder)) return { root: checkout, folder: '' };
  return { root, folder: folder.split('\\').join('/') };
};
