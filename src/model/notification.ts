import type { Region } from './source-ref.ts';

/** Something the scan wants the user to know that is not a finding (a skipped file, a crash). */
export interface Notification {
  readonly level: 'error' | 'warning' | 'note';
  readonly message: string;
  readonly file?: string;
  /** Where in `file` (a suppression comment or annotation). */
  readonly region?: Region;
}
