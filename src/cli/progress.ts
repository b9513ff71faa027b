/**
 * A progress line on standard error, only when it is a terminal and the scan has run for a
 * while: short scans print nothing, and logs and pipes never get carriage returns.
 */
import type { ScanProgress } from '../scan.ts';

/** How long a scan runs before the progress line appears. */
export const PROGRESS_DELAY_MS = 2000;

export interface ProgressLine {
  readonly update: (progress: ScanProgress) => void;
  /** Clears the line (before the report is printed). */
  readonly done: () => void;
}

export const progressText = (progress: ScanProgress): string => {
  const templates = progress.templates === 0 ? '' : progress.templates === 1 ? ', 1 chart or kustomization' : `, ${progress.templates} charts and kustomizations`;
  if (progress.stage === 'render') return `rendering${templates}…`;
  if (progress.stage === 'read') return `reading ${progress.filesRead}/${progress.files} files${templates}…`;
  return `analyzing ${progress.files} files${templates}…`;
};

export const progressLine = (write: (text: string) => void, isTTY: boolean, now: () => number): ProgressLine => {
  if (!isTTY) return { update: () => {}, done: () => {} };
  const started = now();
  let shown = false;
  let last: ScanProgress | undefined;
  const show = (progress: ScanProgress): void => {
    shown = true;
    write(`\r\u001b[2K${progressText(progress)}`);
  };
  // A stage can be long (helm rendering a large chart): show where the scan is once the delay is
  // over, without waiting for the next event. Unref'd: it never keeps the process alive.
  const timer = setTimeout(() => {
    if (last) show(last);
  }, PROGRESS_DELAY_MS);
  timer.unref();
  return {
    update: (progress) => {
      last = progress;
      if (now() - started >= PROGRESS_DELAY_MS) show(progress);
    },
    done: () => {
      clearTimeout(timer);
      if (shown) write('\r\u001b[2K');
    },
  };
};
