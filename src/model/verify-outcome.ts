/**
 * What `verify` learns from a live cluster: for each namespace, for each probe, what the
 * apiserver answered to the dry-run write of `pods/<name>/ephemeralcontainers`. The EG4xx rules
 * read these facts, as the EG0xx–EG3xx rules read the facts of a scan.
 */

/** One attack probe (or the hardened control) sent as an ephemeral container. */
export type ProbeId =
  | 'hardened-control'
  | 'privileged'
  | 'allow-privilege-escalation'
  | 'capability-sys-admin'
  | 'run-as-root'
  | 'disallowed-image';

/** PATCH is what `kubectl debug` sends; PUT is client-go `UpdateEphemeralContainers`. */
export type WriteMethod = 'PATCH' | 'PUT';

/** Who refused the probe, read from the apiserver's message (one format per mechanism). */
export interface Denier {
  readonly mechanism: 'PodSecurity' | 'ValidatingAdmissionPolicy' | 'webhook' | 'admission';
  /** The webhook name, the policy name, or the Pod Security level (`baseline:latest`). */
  readonly name: string;
  /** The binding (VAP), the Gatekeeper constraint or the Kyverno policy, when the message names one. */
  readonly policy?: string;
}

/** Why a probe could not be judged (EG404), or why a namespace was skipped. */
export type NotVerifiableCause =
  | 'dry-run-unsupported-webhook'
  | 'webhook-failed'
  | 'no-target-pod'
  | 'cannot-list-pods'
  | 'probe-pod-refused'
  | 'rejected-by-validation'
  | 'not-found'
  | 'conflict'
  | 'timeout'
  | 'server-error'
  | 'unexpected-response';

export type Attempt =
  | { readonly method: WriteMethod; readonly state: 'allowed'; readonly status: number }
  | { readonly method: WriteMethod; readonly state: 'denied'; readonly status: number; readonly by: Denier; readonly message: string }
  | { readonly method: WriteMethod; readonly state: 'rbac-forbidden'; readonly status: number; readonly message: string }
  | {
      readonly method: WriteMethod;
      readonly state: 'not-verifiable';
      readonly status?: number;
      readonly cause: NotVerifiableCause;
      readonly message: string;
    };

export type CellVerdict = Attempt['state'];

/** One cell of the matrix: a probe in a namespace, through both write methods. */
export interface ProbeCell {
  readonly probe: ProbeId;
  readonly verdict: CellVerdict;
  readonly attempts: readonly Attempt[];
}

export interface NamespaceResult {
  readonly namespace: string;
  /** The pod the probes were sent to; absent when the namespace was skipped. */
  readonly target?: { readonly pod: string; readonly created: boolean };
  /** Set when no probe could be sent in this namespace. */
  readonly skipped?: { readonly cause: NotVerifiableCause; readonly message: string };
  readonly cells: readonly ProbeCell[];
}

/** Everything the EG4xx rules and the reports need. */
export interface VerifyFacts {
  readonly context: string;
  readonly server: string;
  readonly dryRun: boolean;
  /** The disallowed image the EG403 probe used. */
  readonly disallowedImage: string;
  /** Sorted by namespace name. */
  readonly namespaces: readonly NamespaceResult[];
}

/**
 * A cell's verdict from its attempts. PATCH and PUT reach the same admission chain (both are
 * UPDATE of the subresource), but RBAC checks them as different verbs: any admitted write is a
 * hole; otherwise an admission denial is the answer; otherwise the cell could not be judged;
 * only when RBAC refused every write is the cell "forbidden by RBAC".
 */
export const cellVerdict = (attempts: readonly Attempt[]): CellVerdict => {
  const states = new Set(attempts.map((attempt) => attempt.state));
  if (states.has('allowed')) return 'allowed';
  if (states.has('denied')) return 'denied';
  if (states.has('not-verifiable') || states.size === 0) return 'not-verifiable';
  return 'rbac-forbidden';
};
