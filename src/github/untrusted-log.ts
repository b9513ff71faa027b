import { randomBytes } from 'node:crypto';

/**
 * Prints text built from scanned files with workflow commands turned off around it
 * (`::stop-commands::<token>` … `::<token>::`): a line of it that looks like `::error::` stays
 * a line of the log. The token is random, so nothing in the text can end the block early.
 * The text must already be printable (report/printable.ts), since a token-less runner (or a
 * copy of the log elsewhere) still splits lines.
 */
export const logWithoutCommands = (info: (message: string) => void, text: string, token: string = randomBytes(16).toString('hex')): void => {
  info(`::stop-commands::${token}`);
  info(text);
  info(`::${token}::`);
};
