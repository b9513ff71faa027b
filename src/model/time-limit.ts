import { UserError } from '../errors.ts';

/**
 * The whole scan's time limit (render, load, analysis, evaluation, rules). Every file is written
 * by the pull request, so no stage may run unbounded: stages call the check between steps and in
 * their per-policy loops, and the engine turns a reached limit into one error notification.
 */

/** Default seconds for the whole scan; the config cannot raise it (a pull request controls the config). */
export const SCAN_TIME_LIMIT_SECONDS = 1200;

/** Thrown by a {@link TimeCheck} once the limit is reached; caught by the engine only. */
export class ScanTimeLimitReached extends Error {
  constructor(
    /** What the scan was doing: `evaluating the policies' code`. */
    readonly stage: string,
    /** What was not analysed: `the probes of 3 policies (from ClusterPolicy/x)`. */
    readonly notAnalysed: string,
  ) {
    super(`The scan's time limit ran out while ${stage}`);
    this.name = 'ScanTimeLimitReached';
  }
}

/** Throws {@link ScanTimeLimitReached} when the limit is reached; `notAnalysed` is built only then. */
export type TimeCheck = (stage: string, notAnalysed: () => string) => void;

export const NO_TIME_LIMIT: TimeCheck = () => {};

/** A check against `deadline` (milliseconds on `clock`); the clock is injectable so that tests drive it. */
export const timeCheck = (clock: () => number, deadline: number): TimeCheck => (stage, notAnalysed) => {
  if (clock() >= deadline) throw new ScanTimeLimitReached(stage, notAnalysed());
};

/** The most a workflow may allow (a day): beyond it a scan is stuck, not slow. */
const MAX_TIME_LIMIT_SECONDS = 86_400;

/** `--time-limit` / input `time-limit`: whole seconds, 1 to a day. */
export const parseTimeLimit = (text: string, source: string): number => {
  const trimmed = text.trim();
  const seconds = /^[0-9]{1,6}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!(seconds >= 1 && seconds <= MAX_TIME_LIMIT_SECONDS)) {
    throw new UserError(`${source} must be a whole number of seconds from 1 to ${MAX_TIME_LIMIT_SECONDS}.`);
  }
  return seconds;
};
