/**
 * What a policy's own code decides on one probe request: denied (with the policy's message),
 * admitted, or not evaluated (with why: an unsupported built-in, a value only the cluster
 * knows, the step budget). "Not evaluated" is never a verdict.
 */
export type Decision =
  | { readonly outcome: 'denied'; readonly message: string }
  | { readonly outcome: 'admitted' }
  | { readonly outcome: 'not-evaluated'; readonly reason: string };

export const ADMITTED: Decision = { outcome: 'admitted' };
export const denied = (message: string): Decision => ({ outcome: 'denied', message });
export const notEvaluated = (reason: string): Decision => ({ outcome: 'not-evaluated', reason });
