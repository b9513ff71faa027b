import type { Attempt, Denier, WriteMethod } from '../model/verify-outcome.ts';

/** A `metav1.Status` as the apiserver sends it with an error (fields read defensively). */
export interface ApiStatus {
  readonly code?: number;
  readonly reason?: string;
  readonly message?: string;
}

/** The Status in a response body, or an empty one when the body is not JSON (a proxy's HTML page). */
export const parseStatus = (body: unknown): ApiStatus => {
  let value: unknown = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      return { message: body.trim().slice(0, 300) };
    }
  }
  if (typeof value !== 'object' || value === null) return {};
  const record = value as Record<string, unknown>;
  return {
    ...(typeof record.code === 'number' ? { code: record.code } : {}),
    ...(typeof record.reason === 'string' ? { reason: record.reason } : {}),
    ...(typeof record.message === 'string' ? { message: record.message } : {}),
  };
};

// Message formats, as kube-apiserver writes them:
// - k8s.io/apiserver pkg/admission/plugin/webhook/errors/statuserror.go, ToStatusErr:
//   `admission webhook "<name>" denied the request: <message>` (code from the webhook, at least 400)
//   and NewDryRunUnsupportedErr: `admission webhook "<name>" does not support dry run` (400).
// - pkg/admission/plugin/policy/validating/dispatcher.go:
//   `ValidatingAdmissionPolicy '<policy>' with binding '<binding>' denied request: <message>`
//   (reason Invalid → 422 by default, or Forbidden 403 / the binding's reason).
// - k8s.io/pod-security-admission admission/admission.go:
//   `violates PodSecurity "<level>:<version>": <details>` (403).
// - pkg/endpoints/handlers/responsewriters/errors.go, forbiddenMessage (RBAC and other authorizers):
//   `User "<name>" cannot <verb> resource "<resource>" in API group "" in the namespace "<ns>"` (403).
// - pkg/admission/plugin/webhook/errors.go ErrCallingWebhook: `failed calling webhook "<name>": ...` (500).
const WEBHOOK_DENIED = /admission webhook "([^"]+)" denied the request(?::\s*([\s\S]*))?/;
const WEBHOOK_NO_DRY_RUN = /admission webhook "([^"]+)" does not support dry run/;
const WEBHOOK_FAILED = /failed calling webhook "([^"]+)"/;
const VAP_DENIED = /ValidatingAdmissionPolicy '([^']+)'(?: with binding '([^']+)')? denied request/;
const POD_SECURITY = /violates PodSecurity "([^"]+)"/;
const NOT_AUTHORIZED = /\bcannot (?:patch|update|get|list|create|delete) resource "[^"]+"/;
/** Gatekeeper prefixes each violation with the constraint name: `[psp-privileged] ...`. */
const GATEKEEPER_CONSTRAINT = /^\s*\[([^\]\s]+)\]/;
/** Kyverno lists `<policy>:` then `  <rule>: <message>` under its header line. */
const KYVERNO_POLICY = /\n\s*([a-z0-9][-a-z0-9.]*):\s*\n\s+([a-z0-9][-a-z0-9.]*):/;

/** Who denied, from an admission message; undefined when no admission mechanism is named. */
export const denierOf = (message: string): Denier | undefined => {
  const webhook = WEBHOOK_DENIED.exec(message);
  if (webhook) {
    const detail = webhook[2] ?? '';
    const constraint = GATEKEEPER_CONSTRAINT.exec(detail)?.[1];
    const kyverno = KYVERNO_POLICY.exec(detail);
    const policy = constraint ?? (kyverno ? `${kyverno[1]}/${kyverno[2]}` : undefined);
    return { mechanism: 'webhook', name: webhook[1]!, ...(policy ? { policy } : {}) };
  }
  const vap = VAP_DENIED.exec(message);
  if (vap) return { mechanism: 'ValidatingAdmissionPolicy', name: vap[1]!, ...(vap[2] ? { policy: vap[2] } : {}) };
  const podSecurity = POD_SECURITY.exec(message);
  if (podSecurity) return { mechanism: 'PodSecurity', name: podSecurity[1]! };
  return undefined;
};

/** A readable denier: `webhook "validation.gatekeeper.sh" (constraint psp-privileged)`. */
export const describeDenier = (by: Denier): string => {
  switch (by.mechanism) {
    case 'PodSecurity':
      return `Pod Security "${by.name}"`;
    case 'ValidatingAdmissionPolicy':
      return `ValidatingAdmissionPolicy "${by.name}"${by.policy ? ` (binding ${by.policy})` : ''}`;
    case 'webhook':
      return `webhook "${by.name}"${by.policy ? ` (${by.policy})` : ''}`;
    default:
      return `admission (${by.name})`;
  }
};

/** The first line of a message, trimmed to fit one report line. */
export const oneLine = (message: string): string => {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > 240 ? `${line.slice(0, 239)}…` : line;
};

/**
 * What one dry-run write of `pods/<name>/ephemeralcontainers` proved, from the HTTP status and
 * the Status body. The message decides before the code does: a webhook's denial carries the
 * webhook's own code (400, 403, 422...), a ValidatingAdmissionPolicy's is 422 by default.
 */
export const classifyResponse = (method: WriteMethod, status: number, body: unknown): Attempt => {
  if (status >= 200 && status < 300) return { method, state: 'allowed', status };
  const parsed = parseStatus(body);
  const message = parsed.message ?? `HTTP ${status}${parsed.reason ? ` ${parsed.reason}` : ''}`;
  const noDryRun = WEBHOOK_NO_DRY_RUN.exec(message);
  if (noDryRun) {
    return {
      method,
      state: 'not-verifiable',
      status,
      cause: 'dry-run-unsupported-webhook',
      message: `admission webhook "${noDryRun[1]}" declares side effects (sideEffects is neither None nor NoneOnDryRun), so the apiserver refuses every dry run it would receive: only a real write would show whether it denies this probe.`,
    };
  }
  const by = denierOf(message);
  if (by) return { method, state: 'denied', status, by, message: oneLine(message) };
  if (status === 403 && NOT_AUTHORIZED.test(message)) return { method, state: 'rbac-forbidden', status, message: oneLine(message) };
  const failed = WEBHOOK_FAILED.exec(message);
  if (failed) {
    return {
      method,
      state: 'not-verifiable',
      status,
      cause: 'webhook-failed',
      message: `the apiserver could not call webhook "${failed[1]}" (${oneLine(message)}); fix the webhook and run again.`,
    };
  }
  // A 403 that names no authorizer verb and no known mechanism: an admission plugin refused it.
  if (status === 403) return { method, state: 'denied', status, by: { mechanism: 'admission', name: parsed.reason ?? 'Forbidden' }, message: oneLine(message) };
  if (status === 422) return { method, state: 'not-verifiable', status, cause: 'rejected-by-validation', message: `the API rejected the probe before admission decided: ${oneLine(message)}` };
  if (status === 404) return { method, state: 'not-verifiable', status, cause: 'not-found', message: `the pod or its ephemeralcontainers subresource was not found: ${oneLine(message)}` };
  if (status === 409) return { method, state: 'not-verifiable', status, cause: 'conflict', message: `the pod changed while it was probed; run again (${oneLine(message)})` };
  if (status === 408 || status === 504) return { method, state: 'not-verifiable', status, cause: 'timeout', message: `the apiserver timed out: ${oneLine(message)}` };
  if (status >= 500) return { method, state: 'not-verifiable', status, cause: 'server-error', message: `the apiserver failed (HTTP ${status}): ${oneLine(message)}` };
  return { method, state: 'not-verifiable', status, cause: 'unexpected-response', message: `unexpected answer (HTTP ${status}): ${oneLine(message)}` };
};
