import type { Evidence, Tri } from '../coverage.ts';
import { childRef, type NodeRef } from '../../model/source-ref.ts';

/**
 * Does a rule deny at admission? Not when the policy sets `admission: false` (kyverno.io "Policy
 * Settings": background mode only). Otherwise Kyverno takes the rule's `validate.failureAction` (1.13+), else
 * the policy's `validationFailureAction`, whose CRD default is Audit; `Enforce`/`enforce` deny,
 * anything else only reports (api/kyverno/v1/spec_types.go). Per-namespace overrides that
 * disagree with the base action make the answer depend on the namespace: unknown.
 */
export const ruleEnforcement = (
  spec: Record<string, unknown>,
  specRef: NodeRef,
  validate: Record<string, unknown>,
  validateRef: NodeRef,
): { readonly enforces: Tri; readonly evidence?: Evidence } => {
  // `admission: false` (1.11+): the policy's rules run in background scans only, never on a request.
  if (spec['admission'] === false) return { enforces: 'no', evidence: { at: childRef(specRef, 'admission'), note: 'admission: false, so it runs in background scans only' } };
  const ruleAction = validate['failureAction'];
  const [action, at, overrides] =
    typeof ruleAction === 'string'
      ? [ruleAction, childRef(validateRef, 'failureAction'), validate['failureActionOverrides']]
      : [spec['validationFailureAction'], childRef(specRef, 'validationFailureAction'), spec['validationFailureActionOverrides']];
  const enforces = action === 'Enforce' || action === 'enforce';
  const note = typeof action === 'string' ? `failure action ${action}` : 'no failure action: Kyverno defaults to Audit';
  const disagreeing = Array.isArray(overrides)
    ? overrides.some((o) => {
        const a = typeof o === 'object' && o !== null ? (o as Record<string, unknown>)['action'] : undefined;
        return typeof a === 'string' && (a === 'Enforce' || a === 'enforce') !== enforces;
      })
    : false;
  const evidence = { at: typeof action === 'string' ? at : specRef, note };
  if (disagreeing) return { enforces: 'unknown', evidence: { ...evidence, note: `${note}, overridden for some namespaces` } };
  return { enforces: enforces ? 'yes' : 'no', evidence };
};
