import {
  neverDenies,
  type ContainerList,
  type EphemeralControl,
  type PodSecurityStandard,
  type Evidence,
  type Tri,
} from '../coverage.ts';
import type { InputProblem } from '../../model/input-problem.ts';
import { decideFact, notAnalyzableProblems, type VerdictHints } from '../verdict.ts';
import { isSettableOnEphemeral } from '../../model/container-fields.ts';
import type { FixAnchor } from '../../model/fix-anchor.ts';
import { childRef, type NodeRef } from '../../model/source-ref.ts';
import type { K8sObject } from '../../model/workspace.ts';
import { kyvernoCelCoverage, webhookConditionsCoverage } from './cel-coverage.ts';
import { conditionReads, conditionUnknowns, conditionsDropUpdate, rejectedOperator } from './conditions.ts';
import { contextBindings } from './context-bindings.ts';
import { ruleEnforcement } from './failure-action.ts';
import { foreachFacts } from './foreach.ts';
import { kyvernoVariables, type JmesBinding } from './jmespath-reads.ts';
import { kyvernoMutateWrites, type KyvernoMutateWrites } from './mutate-writes.ts';
import { emptyLogicFacts, patternChecks, type ListRead, type LogicFacts } from './pattern-checks.ts';
import { podSecurityFacts } from './pod-security.ts';
import { ruleMatchFacts } from './rule-match.ts';
import { kyvernoRuleScope } from './rule-scope.ts';
import type { KyvernoCoverageFact, ListedFieldCheck } from './types.ts';
import { isRecord } from '../../json.ts';
import { pushAll } from '../../array.ts';

const POLICY_KINDS: ReadonlySet<string> = new Set(['ClusterPolicy', 'Policy']);
const POLICY_API_VERSIONS: ReadonlySet<string> = new Set(['kyverno.io/v1', 'kyverno.io/v2beta1']);

/** Is this object a Kyverno ClusterPolicy or Policy (the JMESPath/pattern kinds)? */
export const isKyvernoPolicy = (object: Pick<K8sObject, 'apiVersion' | 'kind'>): boolean =>
  POLICY_KINDS.has(object.kind) && POLICY_API_VERSIONS.has(object.apiVersion);

/**
 * One coverage fact per rule of a Kyverno ClusterPolicy/Policy: which container lists and
 * fields it checks, whether it receives `UPDATE pods/ephemeralcontainers`, whether it lets
 * UPDATE through, whether it denies, and the verdict with the rule ids behind it.
 */
export const analyzeKyvernoPolicy = (
  policy: K8sObject,
): { facts: KyvernoCoverageFact[]; problems: InputProblem[] } => {
  const facts: KyvernoCoverageFact[] = [];
  const problems: InputProblem[] = [];
  if (!isKyvernoPolicy(policy)) return { facts, problems };
  const specRef = childRef(policy.ref.at, 'spec');
  const spec = policy.body['spec'];
  // A policy without a spec is a partial object (a test assertion on status), not a policy.
  if (spec === undefined) return { facts, problems };
  // Without rules (a chainsaw assertion on a policy's other fields) it denies nothing: no fact.
  if (isRecord(spec) && spec['rules'] === undefined) return { facts, problems };
  if (!isRecord(spec) || !Array.isArray(spec['rules'])) {
    problems.push({ kind: 'invalid-manifest', at: isRecord(spec) ? childRef(specRef, 'rules') : specRef, message: `${policy.kind} ${policy.name}: ${isRecord(spec) ? 'spec.rules' : 'spec'} is not a ${isRecord(spec) ? 'list' : 'mapping'}, so the apiserver rejects it; fix its shape.` });
    return { facts, problems };
  }
  // The apiserver rejects the whole policy when one condition's operator is outside the CRD's enum: it never runs.
  for (const [i, rule] of spec['rules'].entries()) {
    const rejected = isRecord(rule) ? rejectedOperator(rule, childRef(specRef, 'rules', i)) : undefined;
    if (rejected) {
      problems.push({ kind: 'invalid-manifest', at: rejected.at, message: `${policy.kind} ${policy.name}: operator ${JSON.stringify(rejected.operator)} is not one the Kyverno CRD accepts, so the apiserver rejects this policy and it checks nothing; use one of its operators (Equals, AnyIn, AnyNotIn...).` });
      return { facts, problems };
    }
  }
  // The policy's webhook match conditions gate every rule alike: read once.
  const webhook = webhookConditionsCoverage(spec, specRef);
  spec['rules'].forEach((rule, i) => {
    const ruleRef = childRef(specRef, 'rules', i);
    if (!isRecord(rule)) {
      problems.push({ kind: 'invalid-manifest', at: ruleRef, message: `Rule ${i} of ${policy.kind} ${policy.name} is not an object.` });
      return;
    }
    const fact = ruleCoverage(policy, spec, specRef, rule, ruleRef, i, webhook);
    facts.push(fact);
    pushAll(problems, notAnalyzableProblems(fact, `${policy.kind} ${policy.name} rule ${fact.rule}`));
  });
  return { facts, problems };
};

/**
 * A mutate rule is read by what it writes (see `kyvernoMutateWrites`): one that matches no Pod
 * (or only pod controllers, whose templates never hold an ephemeral container), patches other
 * resources, or changes no container field cannot change an ephemeral container; one that
 * changes containers, or a patch that cannot be followed, is unknown at that patch.
 */
const mutateHints = (writes: KyvernoMutateWrites, target: ReturnType<typeof ruleMatchFacts>['target']): VerdictHints => {
  if (target === 'none') return { notApplicable: 'matches no Pods' };
  if (target === 'controllers-only') return { notApplicable: 'it mutates only pod controllers, never a Pod an ephemeral container is added to' };
  if (writes.kind === 'other-resources') return { notApplicable: 'it mutates other, existing resources (targets), not the request' };
  if (writes.unknowns.length > 0) return { unknowns: writes.unknowns };
  return { notApplicable: 'a mutate rule that changes no container field', changesOnly: writes.written };
};

/** What the rule's validation logic reads, as groups that must each see ephemeral containers. */
interface ValidationLogic {
  /** All reads and checks, for the fact. */
  readonly all: LogicFacts;
  /** Groups whose container checks must each include ephemeral containers (anyPattern: one per alternative). */
  readonly groups: readonly LogicFacts[];
  readonly podSecurity: boolean;
  readonly standard?: PodSecurityStandard;
  readonly exclusions: readonly Evidence[];
  readonly updateDrops: readonly Evidence[];
  readonly updateUnknowns: readonly Evidence[];
  readonly notAnalyzed?: string;
}

const mergeInto = (target: LogicFacts, source: LogicFacts): void => {
  pushAll(target.reads, source.reads);
  pushAll(target.checks, source.checks);
  pushAll(target.requiresForbiddenOnEphemeral, source.requiresForbiddenOnEphemeral);
  pushAll(target.blocksEphemeralContainers, source.blocksEphemeralContainers);
  pushAll(target.unknowns, source.unknowns);
};

const validationLogic = (
  rule: Record<string, unknown>,
  ruleRef: NodeRef,
  bindings: ReadonlyMap<string, JmesBinding>,
  subresourceOnly: boolean,
): ValidationLogic => {
  const all = emptyLogicFacts();
  const groups: LogicFacts[] = [];
  const exclusions: Evidence[] = [];
  const updateDrops: Evidence[] = [];
  const updateUnknowns: Evidence[] = [];
  const validate = rule['validate'];
  const validateRef = childRef(ruleRef, 'validate');
  const cel = kyvernoCelCoverage(rule, ruleRef, { subresourceOnly });
  pushAll(updateDrops, cel.updateDrops);
  pushAll(updateUnknowns, cel.updateUnknowns);
  const base = { all, groups, exclusions, updateDrops, updateUnknowns, podSecurity: false };
  if (!isRecord(validate)) {
    const kind = ['verifyImages', 'mutate', 'generate'].find((k) => rule[k] !== undefined);
    return { ...base, notAnalyzed: kind ?? 'no validate' };
  }
  if (validate['pattern'] !== undefined) {
    groups.push(patternChecks(validate['pattern'], childRef(validateRef, 'pattern')));
  }
  if (Array.isArray(validate['anyPattern'])) {
    validate['anyPattern'].forEach((p, i) => groups.push(patternChecks(p, childRef(validateRef, 'anyPattern', i))));
  }
  const deny = validate['deny'];
  if (isRecord(deny)) {
    const conditionsRef = childRef(validateRef, 'deny', 'conditions');
    groups.push(conditionReads(deny['conditions'], conditionsRef, bindings));
    const never = conditionsDropUpdate(deny['conditions'], conditionsRef, 'deny conditions');
    if (never.dropsUpdate) updateDrops.push(never.dropsUpdate);
    pushAll(updateUnknowns, never.unknowns);
  }
  if (validate['foreach'] !== undefined) {
    const foreach = emptyLogicFacts();
    foreachFacts(validate['foreach'], childRef(validateRef, 'foreach'), bindings, foreach, updateDrops, updateUnknowns);
    groups.push(foreach);
  }
  if (cel.validation) groups.push(cel.validation);
  let podSecurity = false;
  let standard: PodSecurityStandard | undefined;
  if (validate['podSecurity'] !== undefined) {
    const podSecurityRef = childRef(validateRef, 'podSecurity');
    const pss = podSecurityFacts(validate['podSecurity'], { ...podSecurityRef, key: true }, podSecurityRef);
    pushAll(all.reads, pss.reads);
    pushAll(all.checks, pss.checks);
    pushAll(exclusions, pss.exclusions);
    podSecurity = true;
    standard = pss.standard;
  }
  for (const group of groups) mergeInto(all, group);
  return { ...base, podSecurity, ...(standard ? { standard } : {}) };
};

/**
 * Settable container checks of a group that ephemeral containers do not get: per field, the
 * group checks it on containers or initContainers and never on ephemeralContainers.
 */
const missingOnEphemeral = (group: LogicFacts): ListedFieldCheck[] => {
  const onEphemeral = new Set(
    group.checks.filter((c) => c.lists.includes('ephemeralContainers')).map((c) => c.field),
  );
  return group.checks.filter(
    (c) =>
      c.lists.length > 0 &&
      (c.role ?? 'check') === 'check' &&
      !c.lists.includes('ephemeralContainers') &&
      isSettableOnEphemeral(c.category) &&
      !onEphemeral.has(c.field),
  );
};

const firstReads = (reads: readonly ListRead[]): Partial<Record<ContainerList, Evidence>> => {
  const out: Partial<Record<ContainerList, Evidence>> = {};
  for (const read of reads) out[read.list] ??= { at: read.at, note: read.note };
  return out;
};

const SECURITY_FIRST = (a: ListedFieldCheck, b: ListedFieldCheck): number =>
  (a.category === 'security' ? 0 : 1) - (b.category === 'security' ? 0 : 1);

/** EG101 evidence for one group: its first missing check (security first), naming every missing field. */
const ephemeralGap = (group: LogicFacts): Evidence[] => {
  const missing = missingOnEphemeral(group).sort(SECURITY_FIRST);
  const first = missing[0];
  if (!first) return [];
  const fields = [...new Set(missing.map((c) => c.field))].join(', ');
  const readsEphemeral = group.reads.some((r) => r.list === 'ephemeralContainers');
  return [{
    at: first.at,
    note: readsEphemeral
      ? `checks ${fields} on containers but not on ephemeralContainers`
      : `checks ${fields} on ${[...new Set(missing.flatMap((c) => c.lists))].join(' and ')} and never reads ephemeralContainers`,
  }];
};

/** Kyverno's built-in variables a condition can decide on, as a message names them. */
const REQUEST_CONTEXT: readonly { readonly reads: RegExp; readonly what: string }[] = [
  { reads: /\brequest\.(?:userInfo|roles|clusterRoles)\b|\bserviceAccountName\b|\bserviceAccountNamespace\b/, what: 'the requesting user or group' },
  { reads: /\brequest\.namespace\b|\brequest\.object\.metadata\.namespace\b/, what: 'the namespace' },
  { reads: /\brequest\.object\.metadata\b/, what: "the Pod's metadata (labels, annotations, owners)" },
];

/** Every string below a value (bounded), for the variables it holds. */
const stringsIn = (value: unknown, out: string[], depth = 0): string[] => {
  if (depth > 32 || out.length > 1000) return out;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out, depth + 1);
  else if (isRecord(value)) for (const item of Object.values(value)) stringsIn(item, out, depth + 1);
  return out;
};

/**
 * A rule that matches only `Pod/ephemeralcontainers` validates the adding of an ephemeral
 * container: a control of them (DOMAIN.md section 3) when it decides on the requester, the
 * namespace, the list or what an approved one may be (its image), not on the Pod's other
 * containers or a securityContext (an ordinary check). It blocks all when it denies unconditionally (`deny` without
 * conditions, no preconditions); else it allows only what its checks accept.
 */
const subresourceControl = (
  rule: Record<string, unknown>,
  match: ReturnType<typeof ruleMatchFacts>,
  logic: ValidationLogic,
): EphemeralControl | undefined => {
  if (!match.subresourceOnly || logic.notAnalyzed || logic.podSecurity) return undefined;
  if (logic.all.reads.some((read) => read.list !== 'ephemeralContainers')) return undefined;
  const validate = isRecord(rule['validate']) ? rule['validate'] : {};
  const checked = logic.all.checks.filter((check) => (check.role ?? 'check') === 'check' && check.lists.includes('ephemeralContainers'));
  // A securityContext check is an ordinary check; one of forbidden fields only never applies.
  if (checked.length > 0 && (checked.some((check) => check.category === 'security') || !checked.some((check) => isSettableOnEphemeral(check.category)))) return undefined;
  const variables = [validate, rule['preconditions']].flatMap((part) => stringsIn(part, [])).flatMap((text) => kyvernoVariables(text).map((v) => v.expression));
  const decidedBy = [
    ...(checked.length > 0 ? [`the ephemeral container's ${[...new Set(checked.map((check) => check.field))].join(', ')}`] : []),
    ...REQUEST_CONTEXT.filter((context) => variables.some((expression) => context.reads.test(expression))).map((context) => context.what),
    ...(Array.isArray(rule['context']) && rule['context'].length > 0 ? ['data the rule looks up (context)'] : []),
    ...(rule['preconditions'] !== undefined ? ['its preconditions'] : []),
    ...(rule['exclude'] !== undefined ? ['its exclude'] : []),
  ];
  const deny = isRecord(validate['deny']) ? validate['deny'] : undefined;
  const onlyDeny = deny !== undefined && Object.keys(validate).every((key) => ['deny', 'message', 'failureAction', 'validationFailureAction', 'allowExistingViolations'].includes(key));
  const conditions = deny?.['conditions'];
  const unconditional = onlyDeny && (conditions === undefined || (Array.isArray(conditions) && conditions.length === 0) || (isRecord(conditions) && Object.keys(conditions).length === 0));
  const note = 'controls ephemeral containers';
  if (unconditional && decidedBy.length === 0) return { ...match.subresourceOnly, note, scope: 'all' };
  return { ...match.subresourceOnly, note, scope: 'conditional', allowsOnly: decidedBy.length > 0 ? `what its checks of ${decidedBy.join(', ')} accept` : 'what its validation accepts' };
};

const ruleCoverage = (
  policy: K8sObject,
  spec: Record<string, unknown>,
  specRef: NodeRef,
  rule: Record<string, unknown>,
  ruleRef: NodeRef,
  index: number,
  webhook: ReturnType<typeof webhookConditionsCoverage>,
): KyvernoCoverageFact => {
  const name = typeof rule['name'] === 'string' ? rule['name'] : `rules[${index}]`;
  const match = ruleMatchFacts(rule, ruleRef);
  const scratch = emptyLogicFacts();
  const bindings = contextBindings(rule['context'], childRef(ruleRef, 'context'), new Map(), scratch);
  const logic = validationLogic(rule, ruleRef, bindings, match.subresourceOnly !== undefined);
  pushAll(logic.all.reads, scratch.reads);
  pushAll(logic.all.checks, scratch.checks);
  const validate = isRecord(rule['validate']) ? rule['validate'] : {};
  const mutateRef = childRef(ruleRef, 'mutate');
  const mutates = logic.notAnalyzed === 'mutate';
  const enforcement = mutates
    ? neverDenies('a mutate rule', mutateRef)
    : ruleEnforcement(spec, specRef, validate, childRef(ruleRef, 'validate'));

  const preconditions = conditionsDropUpdate(rule['preconditions'], childRef(ruleRef, 'preconditions'), 'preconditions');
  const updateDrops = [
    ...(match.updateDropped ? [match.updateDropped] : []),
    ...webhook.updateDrops,
    ...(preconditions.dropsUpdate ? [preconditions.dropsUpdate] : []),
    ...logic.updateDrops,
  ];
  const updateUnknowns = [...webhook.updateUnknowns, ...preconditions.unknowns, ...logic.updateUnknowns];
  const handlesUpdate: Tri = updateDrops.length > 0 ? 'no' : updateUnknowns.length > 0 ? 'unknown' : 'yes';
  const exclusions = [...match.ephemeralExclusions, ...logic.exclusions];

  const unknowns = [...scratch.unknowns, ...conditionUnknowns(rule['preconditions'], childRef(ruleRef, 'preconditions'), bindings), ...logic.all.unknowns];
  const blocks = logic.all.blocksEphemeralContainers[0] ?? subresourceControl(rule, match, logic);
  const checks: ListedFieldCheck[] = blocks
    ? [...logic.all.checks, { field: 'ephemeralContainers', category: 'security', lists: ['ephemeralContainers'], at: blocks.at }]
    : logic.all.checks;
  const reads = firstReads(logic.all.reads);
  if (blocks) reads.ephemeralContainers ??= blocks;

  const enforcementNote: Evidence | undefined = enforcement.enforces === 'yes' ? undefined : mutates ? enforcement.evidence : {
    at: enforcement.evidence?.at ?? policy.ref.at,
    note: enforcement.enforces === 'no'
      ? `${enforcement.evidence?.note ?? 'Audit'}: violations are reported, not denied`
      : `${enforcement.evidence?.note ?? 'failure action'}: denies in some namespaces only`,
  };
  const updateEvidence = updateDrops[0] ?? updateUnknowns[0];
  const parts: Omit<KyvernoCoverageFact, 'verdict' | 'reasons'> = {
    engine: 'kyverno',
    policy: policy.ref,
    rule: name,
    scope: kyvernoRuleScope(policy, rule, ruleRef, name),
    reads,
    checks,
    receivesSubresource: match.receivesSubresource,
    ...(match.subresourceEvidence ? { subresourceEvidence: match.subresourceEvidence } : {}),
    handlesUpdate,
    ...(updateEvidence ? { updateEvidence } : {}),
    enforces: enforcement.enforces,
    // A rule that matches no Pods never meets an ephemeral container: what it requires of one cannot matter.
    requiresForbiddenOnEphemeral: match.target === 'none' ? [] : logic.all.requiresForbiddenOnEphemeral,
    ...(match.controllersEvidence ? { controllersOnly: match.controllersEvidence } : {}),
    exemptsEphemeral: exclusions,
    ...(blocks ? { blocksEphemeralContainers: blocks } : {}),
    ...(logic.standard ? { podSecurityStandard: logic.standard } : {}),
  };
  let hints: VerdictHints;
  let fixes: FixAnchor[] = [];
  const said = { ...(enforcementNote ? { enforcementEvidence: enforcementNote } : {}), subresourceExcluded: match.subresourceExcluded };
  if (mutates) hints = { ...said, ...mutateHints(kyvernoMutateWrites(rule['mutate'], mutateRef), match.target) };
  else if (logic.notAnalyzed) {
    hints = {
      ...said,
      ...(logic.notAnalyzed === 'verifyImages'
        ? {
            // Kyverno extracts the images of ephemeral containers too (its standard image extractors), but
            // whether the rule denies an image added through pods/ephemeralcontainers is not followed here.
            notAnalyzed: {
              at: childRef(ruleRef, 'verifyImages'),
              note: 'verifyImages rules are not analysed',
            },
          }
        : { notApplicable: `not a validate rule (${logic.notAnalyzed})` }),
    };
  } else if (match.target === 'none') {
    hints = { ...said, notApplicable: 'matches no Pods' };
  } else {
    const gaps = blocks || logic.podSecurity ? [] : logic.groups.flatMap(ephemeralGap);
    fixes = blocks || logic.podSecurity ? [] : patternBranchAnchors(logic.groups, scratch.fixes);
    hints = {
      ...said,
      updateDrops,
      ephemeralGaps: gaps,
      unknowns: [
        ...(match.target === 'unknown' ? [{ at: childRef(ruleRef, 'match'), note: 'match kinds missing or templated' }] : []),
        ...unknowns,
        ...updateUnknowns,
      ],
    };
  }
  // skips-update: the preconditions let the subresource through, when they are the rule's only
  // UPDATE filter. Whether the rule has that hole is decideVerdict's: an anchor of a hole it does
  // not report (a rule that matches no Pods) is never asked for.
  if (preconditions.fix && updateDrops.length === 1 && updateDrops[0] === preconditions.dropsUpdate) fixes.push(preconditions.fix);
  // requires-forbidden: each ephemeralContainers branch that requires a forbidden field, removed.
  pushAll(fixes, logic.groups.flatMap((group) => group.fixes.filter((anchor) => anchor.hole === 'requires-forbidden')));
  return { ...decideFact(parts, hints), ...(fixes.length > 0 && { fixes }) };
};

/**
 * skips-ephemeral-list: for every group that misses ephemeral containers, an `=(ephemeralContainers)` copy of
 * its `containers` branch (pattern, anyPattern alternative), or its own anchors (a foreach list,
 * CEL lists). All or nothing: a group without one (deny conditions) gets no fix, and then none
 * of the others does either.
 */
const patternBranchAnchors = (groups: readonly LogicFacts[], context: readonly FixAnchor[]): FixAnchor[] => {
  const missing = groups.filter((group) => ephemeralGap(group).length > 0);
  const anchorsOf = (group: LogicFacts): FixAnchor[] => [
    ...group.containerBranches.map((branch) => ({ kind: 'copy-entry' as const, hole: 'skips-ephemeral-list' as const, key: branch.key, value: branch.value, newKey: '=(ephemeralContainers)' })),
    ...group.fixes.filter((anchor) => anchor.hole === 'skips-ephemeral-list'),
  ];
  if (missing.length === 0) return [];
  // A group with no list of its own to extend reads the Pod's containers through the rule's
  // context variables: those are extended (the proof checks that this closes the hole).
  const contextLists = context.filter((anchor) => anchor.hole === 'skips-ephemeral-list');
  const throughContext = missing.some((group) => anchorsOf(group).length === 0);
  if (throughContext && contextLists.length === 0) return [];
  return [...missing.flatMap(anchorsOf), ...(throughContext ? contextLists : [])];
};
