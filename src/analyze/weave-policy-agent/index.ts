import { isRecord } from '../../json.ts';
import { unknownConstruct, type InputProblem } from '../../model/input-problem.ts';
import { childRef } from '../../model/source-ref.ts';
import type { K8sObject, Workspace } from '../../model/workspace.ts';
import type { CoverageFact, Evidence } from '../coverage.ts';
import { decideFact, type CoverageParts } from '../verdict.ts';

/**
 * Weave Policy Agent (`pac.weave.works` Policy, served as v2beta1, v2beta2 and v2beta3; the
 * project is archived): Rego in `spec.code`, run on the kinds, labels and namespaces of
 * `spec.targets`, at admission and in audits. Its policies are not analysed: each is unknown,
 * with one EG003 at its code, to be checked by hand.
 *
 * Whether its webhook receives `pods/ephemeralcontainers` is its installation's: the agent's Helm
 * chart (weaveworks/policy-agent 57e5af9, helm/templates/agent.yaml lines 253-303) registers the
 * ValidatingWebhookConfiguration webhook `admission.agent.weaveworks` for CREATE and UPDATE of
 * `pods` and other resources, never the subresource, and its mutating webhook for CREATE only
 * (lines 345-387); but its admission handler (internal/admission/admission.go `Handle`) does not
 * look at the subresource, so a webhook configuration written apart that routes it would have
 * the Pod checked. That is not a fact about the Policy, so it stays unknown.
 */
const WEAVE_VERSIONS = /^pac\.weave\.works\/(v2beta1|v2beta2|v2beta3)$/;

export const isWeavePolicy = (object: Pick<K8sObject, 'apiVersion' | 'kind'>): boolean => object.kind === 'Policy' && WEAVE_VERSIONS.test(object.apiVersion);

const NOT_ANALYSED = 'Weave Policy Agent policies are not analysed';

export const analyzeWeavePolicy = (policy: K8sObject): { fact: CoverageFact; problem: InputProblem } => {
  const specRef = childRef(policy.ref.at, 'spec');
  const spec = isRecord(policy.body['spec']) ? policy.body['spec'] : {};
  const at = typeof spec['code'] === 'string' ? childRef(specRef, 'code') : policy.ref.at;
  // v2beta3 `enforce` (default true): false only audits, at admission too.
  const audits = spec['enforce'] === false;
  const notAnalyzed: Evidence = { at, note: NOT_ANALYSED };
  const parts: CoverageParts = {
    engine: 'weave-policy-agent',
    policy: policy.ref,
    reads: {},
    checks: [],
    receivesSubresource: 'unknown',
    handlesUpdate: 'unknown',
    enforces: audits ? 'no' : 'unknown',
  };
  const fact = decideFact(parts, {
    notAnalyzed,
    ...(audits ? { enforcementEvidence: { at: childRef(specRef, 'enforce'), note: 'enforce: false: violations are audited, not denied' } } : {}),
  });
  const problem = unknownConstruct(
    at,
    `Policy ${policy.name}`,
    NOT_ANALYSED,
    'review',
    'what its Rego in spec.code checks (ephemeral containers included) is not read, nor whether the agent webhook receives pods/ephemeralcontainers (its Helm chart registers pods only)',
  );
  return { fact, problem };
};

/** Every Weave Policy Agent Policy in the workspace. */
export const analyzeWeavePolicyAgent = (workspace: Workspace): { coverage: CoverageFact[]; problems: InputProblem[] } => {
  const coverage: CoverageFact[] = [];
  const problems: InputProblem[] = [];
  for (const object of workspace.byKind('Policy')) {
    if (!isWeavePolicy(object)) continue;
    const { fact, problem } = analyzeWeavePolicy(object);
    coverage.push(fact);
    problems.push(problem);
  }
  return { coverage, problems };
};
