import { neverDenies, type ContainerList, type CoverageFact, type CoverageReason, type Evidence, type Tri } from '../coverage.ts';
import type { Engine } from '../../model/policy-engine.ts';
import { unknownConstruct, type InputProblem } from '../../model/input-problem.ts';
import { decideFact, type CoverageParts, type VerdictHints } from '../verdict.ts';
import { objectLabel, type ObjectRef } from '../../model/object-ref.ts';
import { namespaceFilter, ownNamespace, type PolicyScope, type ScopeCondition } from '../../model/policy-scope.ts';
import { childRef, spanRef, type NodeRef } from '../../model/source-ref.ts';
import type { K8sObject } from '../../model/workspace.ts';
import { CelSources, celCoverageParts, celPolicyFacts, type CelCoverageParts } from './cel-facts.ts';
import { containerWriteText, mutationWrites, writesContainers } from '../cel/mutation-writes.ts';
import type { CelConditionInput } from '../cel/types.ts';
import { ruleReach, type RuleReach } from './rule-reach.ts';
import { isRecord } from '../../json.ts';
import { pushAll } from '../../array.ts';

/**
 * CEL admission policies whose match is an admission rule list (DOMAIN.md section 2):
 * ValidatingAdmissionPolicy and MutatingAdmissionPolicy (admissionregistration.k8s.io), and
 * Kyverno's ValidatingPolicy / ImageValidatingPolicy / MutatingPolicy (policies.kyverno.io),
 * which Kyverno copies into its webhook verbatim. A MutatingPolicy is a MutatingAdmissionPolicy
 * that Kyverno binds itself (kyverno.io "MutatingPolicy": a superset of the MAP type).
 */
export type AdmissionPolicyKind =
  | 'ValidatingAdmissionPolicy'
  | 'MutatingAdmissionPolicy'
  | 'ValidatingPolicy'
  | 'ImageValidatingPolicy'
  | 'MutatingPolicy'
  | 'NamespacedValidatingPolicy'
  | 'NamespacedImageValidatingPolicy'
  | 'NamespacedMutatingPolicy';

/**
 * Kyverno's namespaced CEL kinds: the same spec as the cluster kind, applied only to requests in
 * the policy's own namespace (kyverno.io "NamespacedValidatingPolicy").
 */
const CLUSTER_KIND_OF: Readonly<Partial<Record<AdmissionPolicyKind, AdmissionPolicyKind>>> = {
  NamespacedValidatingPolicy: 'ValidatingPolicy',
  NamespacedImageValidatingPolicy: 'ImageValidatingPolicy',
  NamespacedMutatingPolicy: 'MutatingPolicy',
};

/** The kind whose spec this kind has (a namespaced Kyverno kind has its cluster kind's). */
const specKind = (kind: AdmissionPolicyKind): AdmissionPolicyKind => CLUSTER_KIND_OF[kind] ?? kind;

/** The kinds whose spec holds `mutations`: they change requests and never deny one. */
const isMutating = (kind: AdmissionPolicyKind): boolean => specKind(kind) === 'MutatingAdmissionPolicy' || specKind(kind) === 'MutatingPolicy';


const KUBE_VERSIONS = /^admissionregistration\.k8s\.io\/(v1|v1beta1|v1alpha1)$/;
const KYVERNO_VERSIONS = /^policies\.kyverno\.io\/(v1|v1beta1|v1alpha1)$/;
const KYVERNO_KINDS: ReadonlySet<string> = new Set(['ValidatingPolicy', 'ImageValidatingPolicy', 'MutatingPolicy', ...Object.keys(CLUSTER_KIND_OF)]);

export const admissionPolicyKind = (object: Pick<K8sObject, 'apiVersion' | 'kind'>): AdmissionPolicyKind | undefined => {
  if ((object.kind === 'ValidatingAdmissionPolicy' || object.kind === 'MutatingAdmissionPolicy') && KUBE_VERSIONS.test(object.apiVersion)) return object.kind;
  if (KYVERNO_KINDS.has(object.kind) && KYVERNO_VERSIONS.test(object.apiVersion)) return object.kind as AdmissionPolicyKind;
  return undefined;
};

const BINDING_OF: Readonly<Record<string, string>> = {
  ValidatingAdmissionPolicy: 'ValidatingAdmissionPolicyBinding',
  MutatingAdmissionPolicy: 'MutatingAdmissionPolicyBinding',
};

/** Bindings by the policy they bind (`spec.policyName`), built once per scan. */
export const bindingsByPolicy = (bindings: readonly K8sObject[]): Map<string, K8sObject[]> => {
  const index = new Map<string, K8sObject[]>();
  for (const binding of bindings) {
    const spec = binding.body['spec'];
    const policyName = isRecord(spec) ? spec['policyName'] : undefined;
    if (typeof policyName !== 'string' || !KUBE_VERSIONS.test(binding.apiVersion)) continue;
    const key = `${binding.kind}\u0000${policyName}`;
    const list = index.get(key);
    if (list) list.push(binding);
    else index.set(key, [binding]);
  }
  return index;
};

/** Kyverno's ImageValidatingPolicy exposes the Pod's images per list as `images.<list>`. */
const IMAGE_LISTS = /\bimages\s*\.\s*(containers|initContainers|ephemeralContainers)\b/g;

const imageReads = (spec: Record<string, unknown>, specRef: NodeRef, parts: CelCoverageParts): void => {
  const validations = Array.isArray(spec['validations']) ? spec['validations'] : [];
  validations.forEach((validation, i) => {
    const expression = isRecord(validation) ? validation['expression'] : undefined;
    if (typeof expression !== 'string') return;
    const ref = childRef(specRef, 'validations', i, 'expression');
    for (const m of expression.matchAll(IMAGE_LISTS)) {
      const list = m[1] as ContainerList;
      const at = spanRef(ref, m.index, m.index + m[0].length);
      parts.reads.push({ list, at, note: `verifies the images of spec.${list}` });
      parts.checks.push({ field: 'image', category: 'image', role: 'check', lists: [list], at });
    }
  });
};

interface Enforcement {
  readonly enforces: Tri;
  readonly evidence?: Evidence;
}

/** `validationActions`: only Deny denies; Audit and Warn report. */
const actionsEnforcement = (actions: unknown, at: NodeRef, what: string): Enforcement => {
  if (!Array.isArray(actions) || actions.length === 0) return { enforces: 'unknown' };
  if (actions.includes('Deny')) return { enforces: 'yes' };
  return { enforces: 'no', evidence: { at, note: `${what} validationActions ${actions.join(', ')} without Deny: violations are reported, not denied` } };
};

const EVERYTHING = [{ apiGroups: ['*'], apiVersions: ['*'], resources: ['*/*'], operations: ['*'] }];

interface BindingView {
  readonly object: K8sObject;
  readonly reach: RuleReach;
  readonly enforcement: Enforcement;
  readonly namespaceSelector?: NodeRef;
}

const bindingView = (binding: K8sObject, kind: AdmissionPolicyKind): BindingView => {
  const specRef = childRef(binding.ref.at, 'spec');
  const spec = isRecord(binding.body['spec']) ? binding.body['spec'] : {};
  const match = isRecord(spec['matchResources']) ? spec['matchResources'] : {};
  const matchRef = childRef(specRef, 'matchResources');
  // A binding's matchResources without resourceRules matches everything the policy does.
  const rules = Array.isArray(match['resourceRules']) && match['resourceRules'].length > 0 ? match['resourceRules'] : EVERYTHING;
  const reach = ruleReach(rules, match['excludeResourceRules'], { rules: childRef(matchRef, 'resourceRules'), exclude: childRef(matchRef, 'excludeResourceRules') });
  const enforcement = isMutating(kind)
    ? neverDenies(`a ${kind}`, binding.ref.at)
    : actionsEnforcement(spec['validationActions'], childRef(specRef, 'validationActions'), `binding ${binding.name}:`);
  const selector = match['namespaceSelector'];
  const narrows = isRecord(selector) && (Object.keys(selector['matchLabels'] ?? {}).length > 0 || (Array.isArray(selector['matchExpressions']) && selector['matchExpressions'].length > 0));
  return { object: binding, reach, enforcement, ...(narrows ? { namespaceSelector: childRef(matchRef, 'namespaceSelector') } : {}) };
};

const selectsSome = (selector: unknown): boolean =>
  isRecord(selector) && (Object.keys(isRecord(selector['matchLabels']) ? selector['matchLabels'] : {}).length > 0 || (Array.isArray(selector['matchExpressions']) && selector['matchExpressions'].length > 0));

/** A `matchConstraints` / `matchResources` block: its namespaceSelector, and its objectSelector (some pods only). */
const matchScope = (match: Readonly<Record<string, unknown>>, owner: string): ScopeCondition => ({
  kind: 'all',
  of: [
    { kind: 'namespaces', filter: namespaceFilter(undefined, undefined, match['namespaceSelector'], owner) },
    ...(selectsSome(match['objectSelector']) ? [{ kind: 'unknown' as const, why: `${owner} applies only to the objects its objectSelector selects` }] : []),
  ],
});

/**
 * Where a CEL admission policy denies: its own `matchConstraints` (in its namespace, when it has
 * one), and for VAP/MAP any binding that denies and receives the subresource, within that
 * binding's `matchResources`. No binding: nowhere that the files show.
 */
const admissionPolicyScope = (policy: K8sObject, kind: AdmissionPolicyKind, constraints: Readonly<Record<string, unknown>>, views: readonly BindingView[] | undefined): PolicyScope => {
  const owner = objectLabel(policy.ref);
  const parts: ScopeCondition[] = [];
  if (CLUSTER_KIND_OF[kind] !== undefined) parts.push(ownNamespace(policy.namespace, owner));
  parts.push(matchScope(constraints, owner));
  if (views !== undefined) {
    const denying = views.filter((view) => view.enforcement.enforces === 'yes' && view.reach.receivesSubresource !== 'no');
    parts.push(
      views.length === 0
        ? { kind: 'unknown', why: `no binding of ${owner} in scope puts it into effect` }
        : {
            kind: 'any',
            of: denying.map((view): ScopeCondition => {
              const spec = isRecord(view.object.body['spec']) ? view.object.body['spec'] : {};
              const match = isRecord(spec['matchResources']) ? spec['matchResources'] : {};
              const bindingOwner = objectLabel(view.object.ref);
              const reach: ScopeCondition[] = view.reach.receivesSubresource === 'yes' ? [] : [{ kind: 'unknown', why: `${bindingOwner} may not receive pods/ephemeralcontainers` }];
              return { kind: 'all', of: [matchScope(match, bindingOwner), ...reach] };
            }),
          },
    );
  }
  return { where: { kind: 'all', of: parts }, at: childRef(policy.ref.at, 'spec', 'matchConstraints') };
};

const ENGINE_OF: Readonly<Record<AdmissionPolicyKind, Engine>> = {
  ValidatingAdmissionPolicy: 'validating-admission-policy',
  MutatingAdmissionPolicy: 'mutating-admission-policy',
  ValidatingPolicy: 'kyverno-cel',
  ImageValidatingPolicy: 'kyverno-cel',
  MutatingPolicy: 'kyverno-cel',
  NamespacedValidatingPolicy: 'kyverno-cel',
  NamespacedImageValidatingPolicy: 'kyverno-cel',
  NamespacedMutatingPolicy: 'kyverno-cel',
};

/**
 * The coverage fact of one CEL admission policy: its CEL (validations, variables,
 * matchConditions; MAP mutations), its match rules through the matcher, and for VAP/MAP the
 * bindings that put it into effect (`validationActions`, `matchResources`).
 */
export const analyzeAdmissionPolicy = (
  policy: K8sObject,
  bindings: ReadonlyMap<string, readonly K8sObject[]>,
): { fact?: CoverageFact; problems: InputProblem[] } => {
  const kind = admissionPolicyKind(policy);
  if (!kind) return { problems: [] };
  const specRef = childRef(policy.ref.at, 'spec');
  const spec = policy.body['spec'];
  // A policy without a spec is a partial object (a test assertion on status), not a policy.
  if (spec === undefined) return { problems: [] };
  if (!isRecord(spec)) {
    return { problems: [unknownConstruct(policy.ref.at, `${kind} ${policy.name}`, 'spec is not an object', { edit: 'write its spec as an object' })] };
  }
  const constraints = isRecord(spec['matchConstraints']) ? spec['matchConstraints'] : {};
  const constraintsRef = childRef(specRef, 'matchConstraints');
  const reach = ruleReach(constraints['resourceRules'], constraints['excludeResourceRules'], {
    rules: childRef(constraintsRef, 'resourceRules'),
    exclude: childRef(constraintsRef, 'excludeResourceRules'),
  });

  const sources = new CelSources();
  const validationField = isMutating(kind) ? 'mutations' : 'validations';
  // Mutations deny nothing: what matters is whether they change a container (read from their writes).
  // A mutation reaches an ephemeral container only on a Pod write: one that matches only pod
  // controllers, or no Pods, changes none, whatever it writes.
  const mutationInputs = isMutating(kind) ? mutationExpressions(sources, spec['mutations'], childRef(specRef, 'mutations')) : undefined;
  const mutations = mutationInputs && (reach.target === 'pod' || reach.target === 'pod-only' ? readMutations(sources, mutationInputs) : { count: mutationInputs.length, written: [], unknowns: [] });
  const validations = mutations ? [] : sources.collect(spec['validations'], childRef(specRef, 'validations'));
  const cel = celCoverageParts(sources, {
    variables: sources.variables(spec['variables'], childRef(specRef, 'variables')),
    validations,
    matchConditions: sources.collect(spec['matchConditions'], childRef(specRef, 'matchConditions')),
  }, { subresourceOnly: reach.subresourceOnly === true && !isMutating(kind) });
  if (specKind(kind) === 'ImageValidatingPolicy') imageReads(spec, specRef, cel);
  const facts = celPolicyFacts(cel);

  // What is said of its bindings, beside any verdict.
  const notes: CoverageReason[] = [];
  const related: ObjectRef[] = [];
  let receivesSubresource = reach.receivesSubresource;
  let subresourceEvidence = reach.evidence;
  let enforcement: Enforcement;
  let bound: BindingView[] | undefined;
  const bindingKind = BINDING_OF[kind];
  if (bindingKind) {
    const views = (bindings.get(`${bindingKind}\u0000${policy.name}`) ?? []).map((b) => bindingView(b, kind));
    bound = views;
    pushAll(related, views.map((v) => v.object.ref));
    if (views.length === 0) {
      notes.push({ text: `no ${bindingKind} in scope: the policy does nothing until a binding names it` });
      enforcement = { enforces: 'unknown' };
    } else {
      const denying = views.filter((v) => v.enforcement.enforces === 'yes');
      const quiet = views.find((v) => v.enforcement.enforces === 'no');
      enforcement = denying.length > 0 ? { enforces: 'yes' } : quiet ? quiet.enforcement : { enforces: 'unknown' };
      if (receivesSubresource === 'yes' && views.every((v) => v.reach.receivesSubresource === 'no')) {
        receivesSubresource = 'no';
        const first = views[0]!;
        subresourceEvidence = first.reach.evidence ?? { at: childRef(first.object.ref.at, 'spec', 'matchResources'), note: `binding ${first.object.name} excludes pods/ephemeralcontainers` };
      }
      for (const view of views) {
        if (view.namespaceSelector) notes.push({ text: `binding ${view.object.name} applies only in the namespaces its namespaceSelector selects`, at: view.namespaceSelector });
      }
    }
  } else {
    const admission = isRecord(spec['evaluation']) && isRecord(spec['evaluation']['admission']) ? spec['evaluation']['admission'] : undefined;
    enforcement = admission && admission['enabled'] === false
      ? { enforces: 'no', evidence: { at: childRef(specRef, 'evaluation', 'admission', 'enabled'), note: 'admission evaluation disabled: only background scans report' } }
      : isMutating(kind)
        ? neverDenies(`a ${kind}`, childRef(specRef, 'mutations'))
        : actionsEnforcement(spec['validationActions'], childRef(specRef, 'validationActions'), 'policy');
  }

  const unknowns = [...cel.unknowns, ...(mutations?.unknowns ?? [])];
  if ((mutations ? mutations.count : validations.length) === 0) unknowns.push({ at: childRef(specRef, validationField), note: `${kind} has no ${validationField} to analyse` });
  const parts: CoverageParts = {
    engine: ENGINE_OF[kind],
    policy: policy.ref,
    scope: admissionPolicyScope(policy, kind, constraints, bound),
    reads: facts.reads,
    checks: facts.checks,
    receivesSubresource,
    ...(subresourceEvidence ? { subresourceEvidence } : {}),
    handlesUpdate: facts.updateDropped ? 'no' : 'yes',
    ...(facts.updateDropped ? { updateEvidence: facts.updateDropped } : {}),
    ...(cel.fixes.length > 0 ? { fixes: cel.fixes } : {}),
    enforces: enforcement.enforces,
    ...(related.length > 0 ? { activatedBy: related } : {}),
    ...(reach.controllers ? { controllersOnly: reach.controllers } : {}),
    ...(facts.control ? { blocksEphemeralContainers: facts.control } : {}),
  };
  if (mutations && reach.target === 'controllers-only') notes.push({ text: 'it mutates only pod controllers, never a Pod an ephemeral container is added to' });
  const said: VerdictHints = {
    ...(enforcement.evidence ? { enforcementEvidence: enforcement.evidence } : {}),
    ...(mutations ? { changesOnly: mutations.written } : {}),
    notes,
  };
  const decided = decideFact(parts, reach.target === 'none' ? { ...said, notApplicable: 'matches no Pods' } : { ...said, unknowns });
  const problems: InputProblem[] = [...cel.unknowns, ...(mutations?.unknowns ?? [])].map((u) => unknownConstruct(u.at, `${kind} ${policy.name}`, u.note, 'review'));
  return { fact: decided, problems };
};

/**
 * What the mutations write (see `mutationWrites`): the fields they change when none can hold a
 * container, and an unknown at each mutation that changes a container or cannot be followed
 * (changes of container fields are not analysed yet).
 */
const readMutations = (sources: CelSources, inputs: readonly CelConditionInput[]): { count: number; written: string[]; unknowns: Evidence[] } => {
  const written = new Set<string>();
  const unknowns: Evidence[] = [];
  for (const input of inputs) {
    const writes = mutationWrites(input.expression);
    if (writes.kind === 'unknown') {
      unknowns.push({ at: sources.at({ id: input.id, start: writes.start, end: writes.end }), note: `mutation: ${writes.why}` });
      continue;
    }
    const touching = writes.paths.find((write) => writesContainers(write.path));
    if (touching) {
      unknowns.push({ at: sources.at({ id: input.id, start: touching.start, end: touching.end }), note: `mutation: it ${containerWriteText(touching.path)}; mutations of containers are not analysed yet` });
      continue;
    }
    for (const write of writes.paths) written.add(write.path.join('.'));
  }
  return { count: inputs.length, written: [...written].sort(), unknowns };
};

/** MAP `mutations[]`: ApplyConfiguration or JSONPatch expressions. */
const mutationExpressions = (sources: CelSources, mutations: unknown, ref: NodeRef) => {
  if (!Array.isArray(mutations)) return [];
  return mutations.flatMap((mutation, i) => {
    if (!isRecord(mutation)) return [];
    for (const key of ['applyConfiguration', 'jsonPatch'] as const) {
      const input = sources.one(mutation[key], childRef(ref, i, key));
      if (input) return [input];
    }
    return [];
  });
};
