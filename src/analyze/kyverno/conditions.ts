import type { Evidence } from '../coverage.ts';
import type { AddConditionAnchor, FixAnchor } from '../../model/fix-anchor.ts';
import { containerFieldCategory } from '../../model/container-fields.ts';
import { childRef, spanRef, type NodeRef } from '../../model/source-ref.ts';
import { wildcardMatch } from './kind-selector.ts';
import {
  isRequestOperation,
  jmesReads,
  kyvernoSubstitution,
  kyvernoVariables,
  parseJmes,
  type JmesBinding,
} from './jmespath-reads.ts';
import { emptyLogicFacts, type LogicFacts } from './pattern-checks.ts';
import { isRecord } from '../../json.ts';
import { pushAll } from '../../array.ts';

/**
 * Kyverno conditions (`preconditions`, `deny.conditions`, foreach preconditions): the
 * `{any: [...], all: [...]}` form, or the legacy list form where every condition must hold.
 */
interface Condition {
  readonly value: Record<string, unknown>;
  readonly ref: NodeRef;
}

interface ConditionGroups {
  readonly any: readonly Condition[];
  readonly all: readonly Condition[];
}

const conditionsIn = (list: unknown, ref: NodeRef): Condition[] =>
  Array.isArray(list) ? list.flatMap((c, i) => (isRecord(c) ? [{ value: c, ref: childRef(ref, i) }] : [])) : [];

const conditionGroups = (conditions: unknown, ref: NodeRef): ConditionGroups => {
  if (Array.isArray(conditions)) return { any: [], all: conditionsIn(conditions, ref) };
  if (!isRecord(conditions)) return { any: [], all: [] };
  return {
    any: conditionsIn(conditions['any'], childRef(ref, 'any')),
    all: conditionsIn(conditions['all'], childRef(ref, 'all')),
  };
};

/** Would this condition hold for an UPDATE request? null: it is not (only) about the operation. */
type Outcome = 'true' | 'false' | 'unknown';

const operationOutcome = (condition: Condition): { outcome: Outcome; at: NodeRef } | null => {
  const key = condition.value['key'];
  if (typeof key !== 'string') return null;
  const variables = kyvernoVariables(key);
  const only = variables[0];
  if (variables.length !== 1 || !only) return null;
  const trimmed = key.trim();
  if (!trimmed.startsWith('{{') || !trimmed.endsWith('}}')) return null;
  if (!isRequestOperation(parseJmes(only.expression))) return null;
  const at = childRef(condition.ref, 'key');
  const operator = String(condition.value['operator'] ?? '').toLowerCase();
  const value = condition.value['value'];
  const values = Array.isArray(value) ? value : [value];
  if (!values.every((v) => typeof v === 'string' && !v.includes('{{'))) return { outcome: 'unknown', at };
  const containsUpdate = (values as string[]).some((v) => wildcardMatch(v, 'UPDATE'));
  switch (operator) {
    case 'equals':
    case 'equal':
    case 'in':
    case 'anyin':
    case 'allin':
      return { outcome: containsUpdate ? 'true' : 'false', at };
    case 'notequals':
    case 'notequal':
    case 'notin':
    case 'anynotin':
    case 'allnotin':
      return { outcome: containsUpdate ? 'false' : 'true', at };
    default:
      return { outcome: 'unknown', at };
  }
};

export interface UpdateFilter {
  /** Set when the conditions can never hold for an UPDATE request. */
  readonly dropsUpdate?: Evidence;
  /** Conditions on `request.operation` we could not evaluate. */
  readonly unknowns: readonly Evidence[];
  /** Where an entry letting the ephemeralcontainers subresource through goes (any/all form only). */
  readonly fix?: AddConditionAnchor;
}

/**
 * The `any` list to which an entry letting the subresource through is appended: `any` itself
 * when all its entries are false for UPDATE, or a one-entry `all` (read as `any`) when there
 * is no `any`; undefined in the legacy list form or when `all` holds other conditions.
 */
const subresourceEntryAnchor = (conditions: unknown, ref: NodeRef, group: 'any' | 'all'): AddConditionAnchor | undefined => {
  if (!isRecord(conditions)) return undefined;
  const list = conditions[group];
  if (!Array.isArray(list) || list.length === 0) return undefined;
  if (group === 'all' && (list.length !== 1 || conditions['any'] !== undefined)) return undefined;
  return {
    kind: 'add-condition',
    hole: 'skips-update',
    preconditions: ref,
    list: childRef(ref, group),
    last: childRef(ref, group, list.length - 1),
    ...(group === 'all' ? { renameAll: { ...childRef(ref, 'all'), key: true } } : {}),
  };
};

/**
 * Do these conditions rule out every UPDATE request (and with it the ephemeral subresource)?
 * They do when an `all` condition on `request.operation` is false for UPDATE, or when every
 * `any` condition is.
 */
export const conditionsDropUpdate = (conditions: unknown, ref: NodeRef, what: string): UpdateFilter => {
  const groups = conditionGroups(conditions, ref);
  const unknowns: Evidence[] = [];
  const outcomes = (list: readonly Condition[]) =>
    list.map((c) => {
      const result = operationOutcome(c);
      if (result?.outcome === 'unknown') unknowns.push({ at: result.at, note: `${what} on request.operation not understood` });
      return result;
    });
  const all = outcomes(groups.all);
  const falseInAll = all.find((o) => o?.outcome === 'false');
  if (falseInAll) {
    const fix = subresourceEntryAnchor(conditions, ref, 'all');
    return { dropsUpdate: { at: falseInAll.at, note: `${what} exclude UPDATE requests` }, unknowns, ...(fix && { fix }) };
  }
  const any = outcomes(groups.any);
  if (any.length > 0 && any.every((o) => o?.outcome === 'false')) {
    const fix = subresourceEntryAnchor(conditions, ref, 'any');
    return { dropsUpdate: { at: any[0]!.at, note: `${what} exclude UPDATE requests` }, unknowns, ...(fix && { fix }) };
  }
  return { unknowns };
};

/** Kyverno's negative operators (NotEquals, NotIn, AnyNotIn, AllNotIn): the condition holds when the value is absent from the list. */
const negativeOperator = (condition: Condition): boolean => /not/i.test(String(condition.value['operator'] ?? ''));

/**
 * Container lists and fields read by the JMESPath variables in these conditions' keys and values.
 * As deny conditions (all must hold to deny), a negative test beside a positive one that reads
 * a container field only takes containers out: `image AnyNotIn [exempt]` beside `privileged
 * Equals true` is an exemption, decided by the operators, never by a name. Alone, or beside
 * other negative tests, it is what the rule denies on (`image AnyNotIn [allowed]`).
 */
export const conditionReads = (
  conditions: unknown,
  ref: NodeRef,
  bindings: ReadonlyMap<string, JmesBinding>,
  facts: LogicFacts = emptyLogicFacts(),
): LogicFacts => {
  const groups = conditionGroups(conditions, ref);
  // `any` with one condition is a conjunct like each `all` condition; with more, a disjunction.
  const read = [...groups.any.map((condition) => ({ condition, conjunct: groups.any.length === 1 })), ...groups.all.map((condition) => ({ condition, conjunct: true }))].map(
    ({ condition, conjunct }) => {
      const own = emptyLogicFacts();
      for (const side of ['key', 'value'] as const) {
        stringReads(condition.value[side], childRef(condition.ref, side), bindings, own, 0);
      }
      return { own, conjunct, negative: negativeOperator(condition) };
    },
  );
  const causes = read.filter((each) => each.conjunct && !each.negative && each.own.checks.some((check) => check.lists.length > 0 && check.field !== 'name'));
  for (const each of read) {
    const exempting = each.conjunct && each.negative && causes.some((cause) => cause !== each);
    pushAll(facts.reads, each.own.reads);
    pushAll(facts.checks, each.own.checks.map((check) => (exempting && check.lists.length > 0 ? { ...check, role: 'exemption' as const } : check)));
    pushAll(facts.requiresForbiddenOnEphemeral, each.own.requiresForbiddenOnEphemeral);
    pushAll(facts.blocksEphemeralContainers, each.own.blocksEphemeralContainers);
    pushAll(facts.unknowns, each.own.unknowns);
    pushAll(facts.fixes, each.own.fixes);
  }
  return facts;
};

/**
 * What preconditions could not be read (a JMESPath that does not parse, a `{{` never closed):
 * they decide whether the rule runs at all, so that is unknown. What they read is no check:
 * a precondition only skips.
 */
export const conditionUnknowns = (conditions: unknown, ref: NodeRef, bindings: ReadonlyMap<string, JmesBinding>): Evidence[] =>
  conditionReads(conditions, ref, bindings, emptyLogicFacts()).unknowns;

const MAX_DEPTH = 32;

/** The reads of every `{{ }}` variable in a scalar (or a list/map of them). */
export const stringReads = (
  value: unknown,
  ref: NodeRef,
  bindings: ReadonlyMap<string, JmesBinding>,
  facts: LogicFacts,
  depth: number,
): void => {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => stringReads(item, childRef(ref, i), bindings, facts, depth + 1));
    return;
  }
  if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) stringReads(v, childRef(ref, k), bindings, facts, depth + 1);
    return;
  }
  if (typeof value !== 'string') return;
  const substitution = kyvernoSubstitution(value);
  for (const variable of substitution.variables) {
    expressionReads(variable.expression, ref, variable.start, bindings, facts);
  }
  if (substitution.unclosed !== undefined) {
    facts.unknowns.push({ at: spanRef(ref, substitution.unclosed, value.length), note: 'a {{ that no }} closes: Kyverno leaves it as text, so what it reads is unknown' });
  }
};

/**
 * skips-ephemeral-list: the Pod's own `request.object.spec.containers[]` (or `[*]`) becomes the multiselect
 * `request.object.spec.[containers, ephemeralContainers][]`: the two lists flattened into one
 * (a missing list is null, which the flatten projection drops), read by the rest of the
 * expression as before.
 */
const ephemeralListFix = (expression: string, read: { list: string; span: { start: number; end: number } }, ref: NodeRef, offset: number): FixAnchor | undefined => {
  if (read.list !== 'containers' || !/(^|[^\w.@])request\.object\.spec\.$/.test(expression.slice(0, read.span.start))) return undefined;
  const brackets = /^\[\*?\]/.exec(expression.slice(read.span.end))?.[0];
  if (brackets === undefined) return undefined;
  return {
    kind: 'replace',
    hole: 'skips-ephemeral-list',
    at: spanRef(ref, offset + read.span.start, offset + read.span.end + brackets.length),
    expected: `containers${brackets}`,
    text: '[containers, ephemeralContainers][]',
    description: 'Add ephemeralContainers to the containers the expression reads',
  };
};

/** Fold one JMESPath expression's reads into `facts`, spans shifted by `offset` in the scalar at `ref`. */
export const expressionReads = (
  expression: string,
  ref: NodeRef,
  offset: number,
  bindings: ReadonlyMap<string, JmesBinding>,
  facts: LogicFacts,
): JmesBinding => {
  const { reads, result } = jmesReads(parseJmes(expression), bindings, expression.length);
  const at = (s: { start: number; end: number }) => spanRef(ref, offset + s.start, offset + s.end);
  for (const read of reads.reads) {
    facts.reads.push({ list: read.list, at: at(read.span), note: `reads spec.${read.list}` });
    const fix = ephemeralListFix(expression, read, ref, offset);
    if (fix) facts.fixes.push(fix);
  }
  for (const check of reads.checks) {
    facts.checks.push({ field: check.field, category: containerFieldCategory(check.field), at: at(check.span), lists: check.lists });
  }
  for (const podField of reads.podFields) {
    facts.checks.push({ field: podField.field, category: 'pod-level', at: at(podField.span), lists: [] });
  }
  for (const unknown of reads.unknowns) facts.unknowns.push({ at: at(unknown.span), note: unknown.note });
  return result;
};

/**
 * The operators the Kyverno CRD accepts (api/kyverno/v1 ConditionOperator,
 * `+kubebuilder:validation:Enum`), plus the deprecated Equal and NotEqual that older CRDs listed.
 * The enum is case-sensitive: the apiserver rejects a policy with any other operator.
 */
const CRD_OPERATORS: ReadonlySet<string> = new Set([
  'Equals', 'NotEquals', 'In', 'AnyIn', 'AllIn', 'NotIn', 'AnyNotIn', 'AllNotIn',
  'GreaterThanOrEquals', 'GreaterThan', 'LessThanOrEquals', 'LessThan',
  'DurationGreaterThanOrEquals', 'DurationGreaterThan', 'DurationLessThanOrEquals', 'DurationLessThan',
  'Equal', 'NotEqual',
]);

/**
 * The first condition of a rule whose operator the CRD rejects, in its preconditions and in its
 * validate deny conditions, foreach ones included (nested foreach too), with where it is.
 */
export const rejectedOperator = (rule: Readonly<Record<string, unknown>>, ruleRef: NodeRef): { at: NodeRef; operator: string } | undefined => {
  const inConditions = (conditions: unknown, ref: NodeRef) => {
    const groups = conditionGroups(conditions, ref);
    const bad = [...groups.any, ...groups.all].find((c) => c.value['operator'] !== undefined && !CRD_OPERATORS.has(String(c.value['operator'])));
    return bad && { at: childRef(bad.ref, 'operator'), operator: String(bad.value['operator']) };
  };
  const inBlock = (block: unknown, ref: NodeRef, depth: number): { at: NodeRef; operator: string } | undefined => {
    if (!isRecord(block) || depth > 8) return undefined;
    const deny = block['deny'];
    const found = inConditions(block['preconditions'], childRef(ref, 'preconditions')) ?? (isRecord(deny) ? inConditions(deny['conditions'], childRef(ref, 'deny', 'conditions')) : undefined);
    if (found) return found;
    const foreach = block['foreach'];
    if (!Array.isArray(foreach)) return undefined;
    for (const [i, each] of foreach.entries()) {
      const nested = inBlock(each, childRef(ref, 'foreach', i), depth + 1);
      if (nested) return nested;
    }
    return undefined;
  };
  return inConditions(rule['preconditions'], childRef(ruleRef, 'preconditions')) ?? inBlock(rule['validate'], childRef(ruleRef, 'validate'), 0);
};
