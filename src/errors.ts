/**
 * A problem the user can fix (bad config, bad flag, bad glob, missing token): one line saying what
 * and how, exit code 2, never a stack trace.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** A bug: names the rule, file or stage where it happened, so a report can be acted on. */
export class InternalError extends Error {
  override readonly name = 'InternalError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
