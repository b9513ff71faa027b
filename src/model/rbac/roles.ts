/**
 * Roles as the authorizer sees them: ClusterRole aggregation computed to a fixpoint, as the
 * clusterrole-aggregation controller does (kubernetes/kubernetes
 * pkg/controller/clusterroleaggregation/clusterroleaggregation_controller.go): an aggregating role's
 * `rules` are overwritten by the union of the rules of every ClusterRole its selectors pick (itself
 * excluded by name); an aggregating role picked by another passes on its own aggregated rules.
 */
import type { ObjectRef } from '../object-ref.ts';
import type { NodeRef } from '../source-ref.ts';
import { childRef } from '../source-ref.ts';
import type { K8sObject, Workspace } from '../workspace.ts';
import { BUILTIN_CLUSTER_ROLES, BUILTIN_ROLES } from './builtin-roles.ts';
import type { LabelSelector } from '../label-selector.ts';
import { labelSelectorMatches, readLabels, readLabelSelector } from '../label-selector.ts';
import type { PolicyRule, RuleProblem } from './policy-rule.ts';
import { readPolicyRule } from './policy-rule.ts';
import { isRecord } from '../../json.ts';
import { pushAll } from '../../array.ts';

export type RoleKind = 'Role' | 'ClusterRole';

/** Which role a rule, binding or finding is about. */
export interface RoleIdentity {
  readonly kind: RoleKind;
  readonly name: string;
  /** A Role's namespace; `undefined` for ClusterRoles and for Roles whose manifest has none. */
  readonly namespace: string | undefined;
  /** A Role without `metadata.namespace`: it lands in whatever namespace it is applied to. */
  readonly assumedNamespace: boolean;
  /** Where the role is defined; `undefined` for a built-in role (it has no file). */
  readonly object: ObjectRef | undefined;
  readonly builtin: boolean;
}

/** A rule as written in one role. */
export interface SourcedRule {
  readonly rule: PolicyRule;
  /** The role whose manifest holds the rule. */
  readonly role: RoleIdentity;
  /** Index in that role's `rules`. */
  readonly index: number;
  /** `childRef(role.object.at, 'rules', index)`; `undefined` for built-in roles. */
  readonly at: NodeRef | undefined;
}

/** A rule a role holds after aggregation. */
export interface EffectiveRule extends SourcedRule {
  /**
   * Names of the ClusterRoles the rule travelled through, from the role holding it down to the
   * role that wrote it: `[]` for the role's own rules, `['edit', 'my-role']` for a rule of
   * `my-role` that `admin` holds through `edit`.
   */
  readonly via: readonly string[];
}

export interface AggregationSelector {
  /** `undefined` when the selector is invalid (the apiserver rejects the role). */
  readonly selector: LabelSelector | undefined;
  readonly error: string | undefined;
  readonly at: NodeRef | undefined;
}

export interface Aggregation {
  /** `aggregationRule` of the manifest; `undefined` for built-in roles. */
  readonly at: NodeRef | undefined;
  readonly selectors: readonly AggregationSelector[];
  /** Names of the ClusterRoles the selectors pick directly (sorted, self excluded). */
  readonly selected: readonly string[];
}

export interface EffectiveRole extends RoleIdentity {
  readonly labels: ReadonlyMap<string, string>;
  /** What the authorizer evaluates. */
  readonly rules: readonly EffectiveRule[];
  /** The `rules` of the manifest (or of the built-in table). */
  readonly writtenRules: readonly SourcedRule[];
  /** Present on an aggregating ClusterRole. */
  readonly aggregation: Aggregation | undefined;
  /** Written rules the aggregation controller replaces: they never take effect (EG204). */
  readonly overwrittenRules: readonly SourcedRule[];
  /**
   * The role aggregates itself through other aggregating roles. Which written rules survive then
   * depends on the controller's sync order, so `rules` keeps the written rules of every role in
   * the cycle (the most any order can leave) and `overwrittenRules` is empty.
   */
  readonly inAggregationCycle: boolean;
  /** Aggregating ClusterRoles that receive this role's rules, transitively; path nearest first. */
  readonly aggregatedInto: readonly { readonly name: string; readonly path: readonly string[] }[];
}

export interface RoleSet {
  /** Every Role and ClusterRole of the workspace, and the built-in ones it does not redefine. */
  readonly roles: readonly EffectiveRole[];
  readonly problems: readonly RuleProblem[];
  /** ClusterRoles of this name (the workspace may define one several times, e.g. in overlays). */
  clusterRoles(name: string): readonly EffectiveRole[];
  /** Roles of this name whose manifests say `namespace`, or say none when `namespace` is undefined. */
  namespacedRoles(namespace: string | undefined, name: string): readonly EffectiveRole[];
  /** Roles of this name in any namespace (or none). */
  rolesNamed(name: string): readonly EffectiveRole[];
}

interface Definition {
  readonly identity: RoleIdentity;
  readonly labels: ReadonlyMap<string, string>;
  readonly written: readonly SourcedRule[];
  readonly aggregation: Omit<Aggregation, 'selected'> | undefined;
}

const readDefinition = (object: K8sObject, kind: RoleKind, problems: RuleProblem[]): Definition => {
  const at = object.ref.at;
  const identity: RoleIdentity = {
    kind,
    name: object.name,
    namespace: kind === 'Role' ? object.namespace : undefined,
    assumedNamespace: kind === 'Role' && object.namespace === undefined,
    object: object.ref,
    builtin: false,
  };
  const written: SourcedRule[] = [];
  const rules = object.body.rules;
  if (Array.isArray(rules)) {
    rules.forEach((value: unknown, index) => {
      const ruleAt = childRef(at, 'rules', index);
      const read = readPolicyRule(value, ruleAt);
      pushAll(problems, read.problems);
      written.push({ rule: read.rule, role: identity, index, at: ruleAt });
    });
  } else if (rules !== undefined && rules !== null) {
    problems.push({ at: childRef(at, 'rules'), message: '`rules` is not a list; the role is read as granting nothing.' });
  }
  let aggregation: Definition['aggregation'];
  const aggregationRule = object.body.aggregationRule;
  if (kind === 'ClusterRole' && aggregationRule !== undefined && aggregationRule !== null) {
    const ruleAt = childRef(at, 'aggregationRule');
    const selectors: AggregationSelector[] = [];
    const list = isRecord(aggregationRule) ? aggregationRule.clusterRoleSelectors : undefined;
    if (Array.isArray(list)) {
      list.forEach((value: unknown, index) => {
        const selectorAt = childRef(ruleAt, 'clusterRoleSelectors', index);
        const read = readLabelSelector(value);
        if (read.ok) selectors.push({ selector: read.selector, error: undefined, at: selectorAt });
        else {
          selectors.push({ selector: undefined, error: read.error, at: selectorAt });
          problems.push({ at: selectorAt, message: `Invalid aggregation selector: ${read.error}; it selects nothing.` });
        }
      });
    } else if (list !== undefined && list !== null) {
      problems.push({ at: ruleAt, message: '`clusterRoleSelectors` is not a list; the role aggregates nothing.' });
    }
    aggregation = { at: ruleAt, selectors };
  }
  return { identity, labels: readLabels(object.body.metadata), written, aggregation };
};

const builtinDefinitions = (): Definition[] =>
  BUILTIN_CLUSTER_ROLES.map((role) => {
    const identity: RoleIdentity = {
      kind: 'ClusterRole',
      name: role.name,
      namespace: undefined,
      assumedNamespace: false,
      object: undefined,
      builtin: true,
    };
    const written = role.rules.map((rule, index) => ({
      rule: {
        verbs: rule.verbs,
        apiGroups: rule.apiGroups,
        resources: rule.resources,
        resourceNames: rule.resourceNames ?? [],
        nonResourceURLs: rule.nonResourceURLs ?? [],
      },
      role: identity,
      index,
      at: undefined,
    }));
    const aggregation = role.aggregateLabels && {
      at: undefined,
      selectors: role.aggregateLabels.map((labels) => ({
        selector: { requirements: Object.entries(labels).map(([key, value]) => ({ key, operator: 'In' as const, values: [value] })) },
        error: undefined,
        at: undefined,
      })),
    };
    return { identity, labels: new Map(Object.entries(role.labels)), written, aggregation };
  });

const builtinRoleDefinitions = (): Definition[] =>
  BUILTIN_ROLES.map(({ namespace, name }) => ({
    identity: { kind: 'Role', name, namespace, assumedNamespace: false, object: undefined, builtin: true },
    labels: new Map(),
    written: [],
    aggregation: undefined,
  }));

/** Reads every Role and ClusterRole of the workspace and computes their effective rules. */
export const buildRoleSet = (workspace: Workspace): RoleSet => {
  const problems: RuleProblem[] = [];
  const roleDefinitions = workspace.byKind('Role').map((object) => readDefinition(object, 'Role', problems));
  const definedRoles = new Set(roleDefinitions.map(({ identity }) => `${identity.namespace ?? ''}/${identity.name}`));
  pushAll(roleDefinitions, builtinRoleDefinitions().filter(({ identity }) => !definedRoles.has(`${identity.namespace ?? ''}/${identity.name}`)));
  const clusterDefinitions = workspace.byKind('ClusterRole').map((object) => readDefinition(object, 'ClusterRole', problems));
  const defined = new Set(clusterDefinitions.map((definition) => definition.identity.name));
  pushAll(clusterDefinitions, builtinDefinitions().filter((definition) => !defined.has(definition.identity.name)));

  const selected = clusterDefinitions.map((definition) => selectedBy(definition, clusterDefinitions));
  const inCycle = clusterDefinitions.map((_, index) => reachesItself(index, selected));
  const effective = aggregate(clusterDefinitions, selected, inCycle);
  const into = aggregatedInto(clusterDefinitions, selected);

  const clusterRoles: EffectiveRole[] = clusterDefinitions.map((definition, index) => {
    const aggregating = definition.aggregation !== undefined;
    return {
      ...definition.identity,
      labels: definition.labels,
      rules: [...(effective[index] ?? new Map<SourcedRule, EffectiveRule>()).values()],
      writtenRules: definition.written,
      aggregation: definition.aggregation && {
        ...definition.aggregation,
        selected: [...new Set((selected[index] ?? []).map((picked) => clusterDefinitions[picked]?.identity.name ?? ''))],
      },
      overwrittenRules: aggregating && !inCycle[index] ? definition.written : [],
      inAggregationCycle: inCycle[index] ?? false,
      aggregatedInto: into[index] ?? [],
    };
  });
  const roles: EffectiveRole[] = roleDefinitions.map((definition) => ({
    ...definition.identity,
    labels: definition.labels,
    rules: definition.written.map((rule) => ({ ...rule, via: [] })),
    writtenRules: definition.written,
    aggregation: undefined,
    overwrittenRules: [],
    inAggregationCycle: false,
    aggregatedInto: [],
  }));

  const byClusterName = groupBy(clusterRoles, (role) => role.name);
  const byRoleName = groupBy(roles, (role) => role.name);
  const all = [...roles, ...clusterRoles];
  return {
    roles: all,
    problems,
    clusterRoles: (name) => byClusterName.get(name) ?? [],
    namespacedRoles: (namespace, name) => (byRoleName.get(name) ?? []).filter((role) => role.namespace === namespace),
    rolesNamed: (name) => byRoleName.get(name) ?? [],
  };
};

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
};

/** Indices of the ClusterRoles an aggregating role's selectors pick, sorted by name (as the controller does). */
const selectedBy = (definition: Definition, all: readonly Definition[]): number[] => {
  if (!definition.aggregation) return [];
  const picked = new Set<number>();
  for (const { selector } of definition.aggregation.selectors) {
    if (!selector) continue;
    all.forEach((candidate, index) => {
      if (candidate.identity.name !== definition.identity.name && labelSelectorMatches(selector, candidate.labels)) picked.add(index);
    });
  }
  const nameOf = (index: number): string => all[index]?.identity.name ?? '';
  // Code-unit order, as Go's sort by name: never locale-dependent.
  return [...picked].sort((a, b) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0));
};

/** Whether the role at `start` picks, through other roles' selectors, a role that picks it. */
const reachesItself = (start: number, selected: readonly (readonly number[])[]): boolean => {
  const seen = new Set<number>();
  const stack = [...(selected[start] ?? [])];
  while (stack.length > 0) {
    const next = stack.pop() as number;
    if (next === start) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    pushAll(stack, (selected[next] ?? []));
  }
  return false;
};

/**
 * Effective rules by ClusterRole index, keyed by the written rule they come from: a monotone
 * fixpoint, so it ends on cycles too.
 */
const aggregate = (
  definitions: readonly Definition[],
  selected: readonly (readonly number[])[],
  inCycle: readonly boolean[],
): Map<SourcedRule, EffectiveRule>[] => {
  const effective = definitions.map((definition, index) => {
    const rules = new Map<SourcedRule, EffectiveRule>();
    if (!definition.aggregation || inCycle[index]) for (const rule of definition.written) rules.set(rule, { ...rule, via: [] });
    return rules;
  });
  const aggregating = definitions.flatMap((definition, index) => (definition.aggregation ? [index] : []));
  let changed = true;
  while (changed) {
    changed = false;
    for (const target of aggregating) {
      const rules = effective[target] as Map<SourcedRule, EffectiveRule>;
      for (const source of selected[target] ?? []) {
        const name = definitions[source]?.identity.name ?? '';
        for (const [written, rule] of effective[source] ?? []) {
          if (rules.has(written)) continue;
          rules.set(written, { ...rule, via: [name, ...rule.via] });
          changed = true;
        }
      }
    }
  }
  return effective;
};

/**
 * One aggregating role a ClusterRole's rules reach, linked to the hop before it: a chain of K
 * roles holds K hops, not K paths of up to K names; `path` is spelled out only when read.
 */
class AggregationHop {
  readonly name: string;
  readonly #previous: AggregationHop | undefined;
  constructor(name: string, previous: AggregationHop | undefined) {
    this.name = name;
    this.#previous = previous;
  }
  /** The aggregating roles from the first one down to this one. */
  get path(): string[] {
    const names = [this.name];
    for (let hop = this.#previous; hop; hop = hop.#previous) names.push(hop.name);
    return names.reverse();
  }
}

/** For each ClusterRole, the aggregating roles that receive its rules, breadth-first. */
const aggregatedInto = (definitions: readonly Definition[], selected: readonly (readonly number[])[]): AggregationHop[][] => {
  const pickedBy = definitions.map(() => [] as number[]);
  selected.forEach((picks, target) => {
    for (const source of picks) pickedBy[source]?.push(target);
  });
  return definitions.map((_, start) => {
    const result: AggregationHop[] = [];
    const seen = new Set<number>([start]);
    const queue: { index: number; previous: AggregationHop | undefined }[] = (pickedBy[start] ?? []).map((index) => ({ index, previous: undefined }));
    for (let next = 0; next < queue.length; next += 1) {
      const { index, previous } = queue[next]!;
      if (seen.has(index)) continue;
      seen.add(index);
      const hop = new AggregationHop(definitions[index]?.identity.name ?? '', previous);
      result.push(hop);
      for (const after of pickedBy[index] ?? []) if (!seen.has(after)) queue.push({ index: after, previous: hop });
    }
    return result;
  });
};
