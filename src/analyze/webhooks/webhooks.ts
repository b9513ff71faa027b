import type { CoverageFact, Evidence, FieldCheck, Tri } from '../coverage.ts';
import type { Engine } from '../../model/policy-engine.ts';
import type { InputProblem } from '../../model/input-problem.ts';
import { decideFact, type CoverageParts } from '../verdict.ts';
import { CelSources, celConditionsDropUpdate } from '../admission-policy/cel-facts.ts';
import { ruleReach, type RuleListRefs } from '../admission-policy/rule-reach.ts';
import { childRef, spanRef, type NodeRef } from '../../model/source-ref.ts';
import type { K8sObject } from '../../model/workspace.ts';
import { objectLabel } from '../../model/object-ref.ts';
import { namespaceFilter, type PolicyScope, type ScopeCondition } from '../../model/policy-scope.ts';
import { isRecord } from '../../json.ts';

/**
 * The policy engine behind a webhook, recognised by the names each engine gives its webhook
 * configurations and webhooks (Kyverno `*.kyverno.svc`, Gatekeeper `*.gatekeeper.sh`, Kubewarden
 * `*.kubewarden.admission`, jsPolicy): `webhook` when none.
 */
/**
 * The engine that serves a webhook, by the webhook's name: the apiserver requires a fully
 * qualified name, and each engine names its webhooks in a domain it owns (Gatekeeper
 * `validation.gatekeeper.sh`; Kyverno `validate.kyverno.svc-fail`, `mpol.validate.kyverno.svc-ignore`;
 * Kubewarden `clusterwide-<policy>.kubewarden.admission`). A configuration's own name, which
 * anyone may choose, says nothing.
 */
const webhookEngine = (webhookName: string): Engine => {
  const name = webhookName.toLowerCase();
  if (/\.kyverno\.svc(?:-|$)/.test(name)) return 'kyverno';
  if (name.endsWith('.gatekeeper.sh')) return 'gatekeeper';
  if (name.endsWith('.kubewarden.admission')) return 'kubewarden';
  return 'webhook';
};

const WEBHOOK_VERSIONS = /^admissionregistration\.k8s\.io\/(v1|v1beta1)$/;

interface Source {
  readonly engine: Engine;
  readonly object: K8sObject;
  readonly rule?: string;
  readonly rules: unknown;
  readonly refs: RuleListRefs;
  readonly matchConditions?: { readonly list: unknown; readonly ref: NodeRef };
  readonly enforces: Tri;
  readonly enforcementEvidence?: Evidence;
  /** Where the policy applies, when the engine says (Kubewarden, jsPolicy). */
  readonly scope?: PolicyScope;
  /** What the logic checks, when the engine lets us tell (a Kubewarden module name, jsPolicy source). */
  readonly logic: {
    readonly checks: FieldCheck[];
    readonly reads: Partial<Record<'containers' | 'initContainers' | 'ephemeralContainers', Evidence>>;
    readonly hidden?: Evidence;
    readonly notAboutContainers?: string;
    /** What decides the coverage but cannot be followed (EG003 there). */
    readonly unknowns?: readonly Evidence[];
  };
}

/** Decide one source's coverage with the one verdict rule. */
const coverageOf = (source: Source): CoverageFact | undefined => {
  const reach = ruleReach(source.rules, undefined, source.refs);
  if (reach.target === 'none' || reach.target === 'controllers-only') return undefined;
  const sources = new CelSources();
  const conditions = source.matchConditions ? sources.collect(source.matchConditions.list, source.matchConditions.ref) : [];
  const dropped = conditions.length > 0 ? celConditionsDropUpdate(sources, conditions, 'matchConditions') : { unknowns: [] };
  const handlesUpdate: Tri = dropped.updateDropped ? 'no' : dropped.unknowns.length > 0 ? 'unknown' : 'yes';
  const parts: CoverageParts = {
    engine: source.engine,
    policy: source.object.ref,
    ...(source.rule ? { rule: source.rule } : {}),
    ...(source.scope ? { scope: source.scope } : {}),
    reads: source.logic.reads,
    checks: source.logic.checks,
    receivesSubresource: reach.receivesSubresource,
    ...(reach.evidence ? { subresourceEvidence: reach.evidence } : {}),
    handlesUpdate,
    ...(dropped.updateDropped ? { updateEvidence: dropped.updateDropped } : {}),
    enforces: source.enforces,
  };
  return decideFact(
    parts,
    source.logic.notAboutContainers
      ? { notApplicable: source.logic.notAboutContainers }
      : {
          ...(source.enforcementEvidence ? { enforcementEvidence: source.enforcementEvidence } : {}),
          ...(source.logic.hidden ? { logicHidden: source.logic.hidden } : {}),
          unknowns: [...dropped.unknowns, ...(source.logic.unknowns ?? [])],
        },
  );
};

/** Validating/MutatingWebhookConfiguration: one fact per webhook whose rules are about Pods. */
export const analyzeWebhookConfiguration = (configuration: K8sObject): { facts: CoverageFact[]; problems: InputProblem[] } => {
  const mutating = configuration.kind === 'MutatingWebhookConfiguration';
  if ((!mutating && configuration.kind !== 'ValidatingWebhookConfiguration') || !WEBHOOK_VERSIONS.test(configuration.apiVersion)) {
    return { facts: [], problems: [] };
  }
  const webhooks = configuration.body['webhooks'];
  if (!Array.isArray(webhooks)) return { facts: [], problems: [] };
  const facts: CoverageFact[] = [];
  webhooks.forEach((webhook, i) => {
    if (!isRecord(webhook)) return;
    const ref = childRef(configuration.ref.at, 'webhooks', i);
    const name = typeof webhook['name'] === 'string' ? webhook['name'] : `webhooks[${i}]`;
    const engine = webhookEngine(name);
    const fact = coverageOf({
      engine,
      object: configuration,
      rule: name,
      rules: webhook['rules'],
      refs: { rules: childRef(ref, 'rules') },
      matchConditions: { list: webhook['matchConditions'], ref: childRef(ref, 'matchConditions') },
      enforces: mutating ? 'no' : 'unknown',
      ...(mutating ? { enforcementEvidence: { at: ref, note: 'a mutating webhook changes requests; whether it denies is not visible' } } : {}),
      logic: {
        checks: [],
        reads: {},
        hidden: {
          at: childRef(ref, 'name'),
          note: engine === 'webhook' ? 'the webhook\'s logic is not in the repository' : `${engine}'s webhook: what it checks is decided by ${engine} policies`,
        },
      },
    });
    if (fact) facts.push(fact);
  });
  return { facts, problems: [] };
};

const selectsSome = (selector: unknown): boolean =>
  isRecord(selector) && (Object.keys(isRecord(selector['matchLabels']) ? selector['matchLabels'] : {}).length > 0 || (Array.isArray(selector['matchExpressions']) && selector['matchExpressions'].length > 0));

/** Kubewarden and jsPolicy: a namespaced policy in its namespace; `namespaceSelector`; `objectSelector` picks some pods only. */
const selectorScope = (policy: K8sObject, spec: Readonly<Record<string, unknown>>, specRef: NodeRef): PolicyScope => {
  const owner = objectLabel(policy.ref);
  const parts: ScopeCondition[] = [];
  if (policy.namespace) parts.push({ kind: 'own-namespace', namespace: policy.namespace, owner });
  parts.push({ kind: 'namespaces', filter: namespaceFilter(undefined, undefined, spec['namespaceSelector'], owner) });
  if (selectsSome(spec['objectSelector'])) parts.push({ kind: 'unknown', why: `${owner} applies only to the objects its objectSelector selects` });
  return { where: { kind: 'all', of: parts }, at: specRef };
};

const KUBEWARDEN_KINDS: ReadonlySet<string> = new Set(['ClusterAdmissionPolicy', 'AdmissionPolicy', 'ClusterAdmissionPolicyGroup', 'AdmissionPolicyGroup']);

/**
 * What a Kubewarden policy checks is in its WebAssembly module, which the repository only names
 * (`registry://ghcr.io/kubewarden/policies/pod-privileged:v0.2.5`): never read from that name.
 */
const moduleLogic = (modules: readonly { module: string; at: NodeRef }[]): Source['logic'] => {
  const at = modules[0]?.at;
  return { checks: [], reads: {}, ...(at ? { hidden: { at, note: `what the Kubewarden module ${modules[0]!.module} checks is not visible in the repository` } } : {}) };
};

/** Kubewarden (Cluster)AdmissionPolicy and policy groups: `spec.rules` are webhook rules. */
export const analyzeKubewardenPolicy = (policy: K8sObject): CoverageFact | undefined => {
  if (!KUBEWARDEN_KINDS.has(policy.kind) || !policy.apiVersion.startsWith('policies.kubewarden.io/')) return undefined;
  const spec = policy.body['spec'];
  if (!isRecord(spec)) return undefined;
  const specRef = childRef(policy.ref.at, 'spec');
  const modules: { module: string; at: NodeRef }[] = [];
  if (typeof spec['module'] === 'string') modules.push({ module: spec['module'], at: childRef(specRef, 'module') });
  if (isRecord(spec['policies'])) {
    for (const [name, member] of Object.entries(spec['policies'])) {
      if (isRecord(member) && typeof member['module'] === 'string') modules.push({ module: member['module'], at: childRef(specRef, 'policies', name, 'module') });
    }
  }
  const monitor = spec['mode'] === 'monitor';
  return coverageOf({
    engine: 'kubewarden',
    object: policy,
    scope: selectorScope(policy, spec, specRef),
    rules: spec['rules'],
    refs: { rules: childRef(specRef, 'rules') },
    matchConditions: { list: spec['matchConditions'], ref: childRef(specRef, 'matchConditions') },
    enforces: monitor || spec['mutating'] === true ? 'no' : 'yes',
    ...(monitor ? { enforcementEvidence: { at: childRef(specRef, 'mode'), note: 'mode: monitor: violations are logged, not denied' } } : {}),
    logic: moduleLogic(modules),
  });
};

const JS_LISTS = /\b(containers|initContainers|ephemeralContainers)\b/g;

/** What jsPolicy's inline JavaScript names: container lists, securityContext, image. */
const javascriptLogic = (source: string, ref: NodeRef): Source['logic'] => {
  const reads: Source['logic']['reads'] = {};
  for (const m of source.matchAll(JS_LISTS)) {
    const list = m[1] as 'containers' | 'initContainers' | 'ephemeralContainers';
    reads[list] ??= { at: spanRef(ref, m.index, m.index + m[0].length), note: `the JavaScript names ${list}` };
  }
  const checks: FieldCheck[] = [];
  const security = /\bsecurityContext\b/.exec(source);
  if (security) checks.push({ field: 'securityContext', category: 'security', at: spanRef(ref, security.index, security.index + security[0].length) });
  const image = /\.image\b/.exec(source);
  if (image) checks.push({ field: 'image', category: 'image', at: spanRef(ref, image.index + 1, image.index + image[0].length) });
  if (checks.length === 0 && Object.keys(reads).length === 0) return { checks, reads, notAboutContainers: 'its JavaScript names no container field' };
  // Naming ephemeralContainers is not checking them (a comment, a log line, a condition that
  // skips them): what the JavaScript does with them is not followed, so it is never covered.
  const ephemeral = reads.ephemeralContainers;
  return { checks, reads, ...(ephemeral ? { unknowns: [{ at: ephemeral.at, note: 'it names ephemeralContainers; JavaScript is not analysed' }] } : {}) };
};

/** jsPolicy JsPolicy: `spec.operations/resources/apiGroups/apiVersions/scope` form one webhook rule. */
export const analyzeJsPolicy = (policy: K8sObject): CoverageFact | undefined => {
  if (policy.kind !== 'JsPolicy' || !policy.apiVersion.startsWith('policy.jspolicy.com/')) return undefined;
  const spec = policy.body['spec'];
  if (!isRecord(spec)) return undefined;
  const specRef = childRef(policy.ref.at, 'spec');
  const type = spec['type'] ?? 'Validating';
  if (type === 'Controller') return undefined;
  // jsPolicy treats empty apiGroups/apiVersions as all (pkg/apis/policy/v1beta1: optional fields).
  const all = (value: unknown) => (Array.isArray(value) && value.length > 0 ? value : ['*']);
  const rule = { operations: spec['operations'], apiGroups: all(spec['apiGroups']), apiVersions: all(spec['apiVersions']), resources: spec['resources'], ...(spec['scope'] === undefined ? {} : { scope: spec['scope'] }) };
  const violation = typeof spec['violationPolicy'] === 'string' ? spec['violationPolicy'] : 'Deny';
  const denies = type === 'Validating' && violation.toLowerCase() === 'deny';
  const javascript = spec['javascript'];
  return coverageOf({
    engine: 'jspolicy',
    object: policy,
    scope: selectorScope(policy, spec, specRef),
    rules: [rule],
    refs: { rules: specRef, flat: specRef },
    enforces: denies ? 'yes' : 'no',
    ...(denies ? {} : { enforcementEvidence: { at: childRef(specRef, type === 'Validating' ? 'violationPolicy' : 'type'), note: type === 'Validating' ? `violationPolicy ${violation}: violations are not denied` : 'a mutating JsPolicy never denies' } }),
    logic: typeof javascript === 'string'
      ? javascriptLogic(javascript, childRef(specRef, 'javascript'))
      : { checks: [], reads: {}, hidden: { at: policy.ref.at, note: 'the policy\'s JavaScript lives in a JsPolicyBundle, not visible here' } },
  });
};
