import { UserError } from '../errors.ts';
import type { Level } from '../rules/rule.ts';

export interface ActionInputs {
  readonly paths: readonly string[];
  readonly exclude: readonly string[];
  readonly config?: string;
  readonly failOn: Level | 'none';
  readonly sarifFile: string;
  readonly category?: string;
  readonly token?: string;
}

const FAIL_ON: readonly string[] = ['error', 'warning', 'note', 'none'];

/** Globs given one per line or comma-separated, blanks and `#` comments ignored. */
const globList = (text: string): string[] =>
  text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

/** Typed inputs from `getInput` (no I/O), or a UserError that names the input. */
export const parseInputs = (getInput: (name: string) => string): ActionInputs => {
  const failOn = getInput('fail-on').trim() || 'error';
  if (!FAIL_ON.includes(failOn)) throw new UserError(`Input fail-on must be one of ${FAIL_ON.join(', ')} (got "${failOn}").`);
  const config = getInput('config').trim();
  const category = getInput('category').trim();
  const token = getInput('token').trim();
  return {
    paths: globList(getInput('paths')),
    exclude: globList(getInput('exclude')),
    ...(config ? { config } : {}),
    failOn: failOn as Level | 'none',
    sarifFile: getInput('sarif-file').trim() || 'ephemeral-guard.sarif',
    ...(category ? { category } : {}),
    ...(token ? { token } : {}),
  };
};
