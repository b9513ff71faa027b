import type { Attempt, NamespaceResult, ProbeCell, ProbeId, VerifyFacts } from '../../src/model/verify-outcome.ts';
import { cellVerdict } from '../../src/model/verify-outcome.ts';

/** A cell from its two attempts' states (PATCH first, then PUT). */
export const cell = (probe: ProbeId, patch: Attempt, put: Attempt = patch): ProbeCell => {
  const attempts: Attempt[] = [{ ...patch, method: 'PATCH' }, { ...put, method: 'PUT' }];
  return { probe, verdict: cellVerdict(attempts), attempts };
};

export const allowed: Attempt = { method: 'PATCH', state: 'allowed', status: 200 };
export const denied: Attempt = { method: 'PATCH', state: 'denied', status: 403, by: { mechanism: 'PodSecurity', name: 'baseline:latest' }, message: 'pods "web" is forbidden: violates PodSecurity "baseline:latest": privileged' };
export const rbac: Attempt = { method: 'PATCH', state: 'rbac-forbidden', status: 403, message: 'forbidden' };
export const timeout: Attempt = { method: 'PATCH', state: 'not-verifiable', cause: 'timeout', message: 'no answer before the timeout (--timeout)' };

export const namespace = (name: string, cells: readonly ProbeCell[], pod = 'web'): NamespaceResult => ({ namespace: name, target: { pod, created: false }, cells });

export const facts = (namespaces: readonly NamespaceResult[], dryRun = true): VerifyFacts => ({
  context: 'kind-ci',
  server: 'https://127.0.0.1:6443',
  dryRun,
  disallowedImage: 'evil.example/tool:1',
  namespaces,
});
