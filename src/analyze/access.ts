/**
 * The access graph: who can add ephemeral containers, where, and through which chain.
 * Built by `buildAccessGraph` (analyze/rbac/build-access-graph.ts) from the RBAC model
 * (model/rbac); read by the EG2xx and EG3xx rules.
 */
import type { ObjectRef } from '../model/object-ref.ts';
import type { EphemeralLookalike, EphemeralRuleGrant, EphemeralVerb } from '../model/rbac/ephemeral.ts';
import type { EscalationRuleGrant } from '../model/rbac/escalation.ts';
import type { RuleProblem } from '../model/rbac/policy-rule.ts';
import type { EffectiveRole, EffectiveRule, SourcedRule } from '../model/rbac/roles.ts';
import type { NodeRef } from '../model/source-ref.ts';

/**
 * Where a binding applies. A binding manifest without `metadata.namespace` lands in whatever
 * namespace it is applied to: `namespace` is then `undefined` and `assumedNamespace` true.
 */
export type AccessScope =
  | { readonly kind: 'cluster' }
  | { readonly kind: 'namespace'; readonly namespace: string; readonly assumedNamespace: false }
  | { readonly kind: 'namespace'; readonly namespace: undefined; readonly assumedNamespace: true };

export type SubjectKind = 'User' | 'Group' | 'ServiceAccount';

/** One `subjects[]` entry of a binding, as the authorizer matches it. */
export interface BoundSubject {
  readonly kind: SubjectKind;
  readonly name: string;
  /** ServiceAccounts only: the subject's namespace, or the RoleBinding's when it has none. */
  readonly namespace: string | undefined;
  /** The ServiceAccount namespace came from the RoleBinding, not the subject. */
  readonly namespaceDefaulted: boolean;
  /** The ServiceAccount namespace is the (unknown) one the RoleBinding is applied to. */
  readonly assumedNamespace: boolean;
  /** Index in the binding's `subjects`. */
  readonly index: number;
  /** `childRef(binding.ref.at, 'subjects', index)`. */
  readonly at: NodeRef;
  /** `User alice`, `Group dev`, `ServiceAccount team-a/ci`, `ServiceAccount <applied namespace>/ci`. */
  readonly label: string;
  /** Breadth of the subject in its binding's scope (RULES.md EG202), before any lowering. */
  readonly breadth: Breadth;
}

export interface Binding {
  readonly kind: 'RoleBinding' | 'ClusterRoleBinding';
  readonly object: ObjectRef;
  readonly scope: AccessScope;
  readonly roleRef: { readonly kind: string; readonly name: string };
  /** `childRef(binding.ref.at, 'roleRef')`. */
  readonly roleRefAt: NodeRef;
  /** The subjects that can match a request (invalid ones are in `AccessGraph.problems`). */
  readonly subjects: readonly BoundSubject[];
}

/** EG202 bands; `low` only arises from lowering a `medium` grant limited by `resourceNames`. */
export type Breadth = 'critical' | 'high' | 'medium' | 'low';

/** A rule of a role that allows adding ephemeral containers (EG201). */
export interface RoleEphemeralGrant {
  /** The role holding the rule after aggregation (may differ from `rule.role`, the author). */
  readonly role: EffectiveRole;
  readonly rule: EffectiveRule;
  readonly grant: EphemeralRuleGrant;
  /** `childRef(rule.at, 'resources', grant.resourceIndex)`; `undefined` for a built-in rule. */
  readonly resourceAt: NodeRef | undefined;
}

/** One subject of one binding, and the role the binding gives it. */
export interface AccessChain {
  readonly binding: Binding;
  readonly subject: BoundSubject;
  readonly scope: AccessScope;
  /** The role the binding references, as resolved (after aggregation). */
  readonly role: EffectiveRole;
  /**
   * The role was found only by assuming namespaces: a Role manifest without namespace taken to be
   * applied where the binding is, or a binding without namespace matched to a Role elsewhere.
   */
  readonly roleMatchAssumed: boolean;
  /** Breadth of the subject in the scope (RULES.md EG202), before any `resourceNames` lowering. */
  readonly baseBreadth: Breadth;
  /** One band lower than `baseBreadth` when `resourceNames` limit every rule involved. */
  readonly breadth: Breadth;
}

/** A subject can add ephemeral containers in `scope` through one binding (EG202, EG301). */
export interface EphemeralAccess extends AccessChain {
  /** The role's rules that allow it (shared with `AccessGraph.roleGrants`); never empty. */
  readonly rules: readonly RoleEphemeralGrant[];
  /** Union of the verbs the rules allow. */
  readonly verbs: readonly EphemeralVerb[];
  /** `undefined`: every pod in scope. Otherwise the only pods (every rule names its pods). */
  readonly resourceNames: readonly string[] | undefined;
}

/** One escalation primitive held through a rule of a role. */
export interface EscalationRule {
  readonly rule: EffectiveRule;
  readonly primitive: EscalationRuleGrant;
  /** `childRef(rule.at, 'resources', primitive.resourceIndex)`; `undefined` for a built-in rule. */
  readonly resourceAt: NodeRef | undefined;
}

/** A subject holds escalation primitives in `scope` through one binding (EG206). */
export interface EscalationAccess extends AccessChain {
  /** Never empty; cluster-scoped targets are left out for a RoleBinding (unreachable there). */
  readonly primitives: readonly EscalationRule[];
}

/** A rule that reads as if it granted ephemeral containers but matches nothing (EG204). */
export interface RuleLookalike {
  readonly role: EffectiveRole;
  readonly rule: SourcedRule;
  readonly lookalike: EphemeralLookalike;
  /** `childRef(rule.at, lookalike.field, lookalike.index)`. */
  readonly at: NodeRef;
}

/** A binding whose role is neither in the workspace nor built in (EG205). */
export interface UnresolvedBinding {
  readonly binding: Binding;
  /** `external`: listed in `externalRoles`, known to exist but with unknown rules. */
  readonly reason: 'missing' | 'external';
}

export interface AccessGraph {
  /** Every Role and ClusterRole (workspace first, then built-ins not redefined), after aggregation. */
  readonly roles: readonly EffectiveRole[];
  readonly bindings: readonly Binding[];
  readonly roleGrants: readonly RoleEphemeralGrant[];
  readonly grants: readonly EphemeralAccess[];
  readonly escalations: readonly EscalationAccess[];
  readonly lookalikes: readonly RuleLookalike[];
  readonly unresolvedBindings: readonly UnresolvedBinding[];
  /** Malformed RBAC input, skipped with care. */
  readonly problems: readonly RuleProblem[];
}
