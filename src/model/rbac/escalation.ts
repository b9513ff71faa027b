/**
 * RBAC permissions that reach other permissions, ephemeral containers included (EG206). The
 * apiserver lets a subject create or update a role, or bind one, only with every permission in
 * it, unless it holds `escalate` / `bind` (kubernetes/kubernetes pkg/registry/rbac/escalation_check.go
 * and validation/rule.go ConfirmNoEscalation). Impersonation and token creation act as another
 * identity outright.
 */
import type { PolicyRule, ResourceRequest } from './policy-rule.ts';
import { grantedNames, resourceMatchIndex } from './policy-rule.ts';

export type EscalationPrimitive =
  /** `escalate` on roles/clusterroles: write roles with permissions one does not hold. */
  | 'escalate'
  /** `bind` on roles/clusterroles: bind roles with permissions one does not hold. */
  | 'bind'
  /** `impersonate` users, groups or serviceaccounts: act as them. */
  | 'impersonate'
  /** `create` on `serviceaccounts/token`: mint a token of a service account. */
  | 'create-token'
  /** create/update/patch on roles or bindings: limited to one's own permissions without escalate/bind. */
  | 'write-rbac';

export interface EscalationRuleGrant {
  readonly primitive: EscalationPrimitive;
  /** The resource acted on: `clusterroles`, `serviceaccounts/token`, `users`... */
  readonly resource: string;
  /** Whether the resource is cluster-scoped: a RoleBinding never grants those. */
  readonly clusterScoped: boolean;
  readonly verbs: readonly string[];
  /** The `resources` entry that matches. */
  readonly resourceIndex: number;
  /** `undefined`: every object; otherwise only these names. */
  readonly resourceNames: readonly string[] | undefined;
}

interface ProbeSpec {
  readonly primitive: EscalationPrimitive;
  readonly verbs: readonly string[];
  readonly apiGroup: string;
  readonly resource: string;
  readonly subresource: string;
  readonly clusterScoped: boolean;
}

const rbacGroup = 'rbac.authorization.k8s.io';

interface Probe extends ProbeSpec {
  readonly requests: readonly Omit<ResourceRequest, 'name'>[];
}

const probeSpecs: readonly ProbeSpec[] = [
  { primitive: 'escalate', verbs: ['escalate'], apiGroup: rbacGroup, resource: 'clusterroles', subresource: '', clusterScoped: true },
  { primitive: 'escalate', verbs: ['escalate'], apiGroup: rbacGroup, resource: 'roles', subresource: '', clusterScoped: false },
  // `bind` is checked in the namespace of the binding being written, so a RoleBinding can grant
  // `bind` on a ClusterRole for use in its own namespace.
  { primitive: 'bind', verbs: ['bind'], apiGroup: rbacGroup, resource: 'clusterroles', subresource: '', clusterScoped: false },
  { primitive: 'bind', verbs: ['bind'], apiGroup: rbacGroup, resource: 'roles', subresource: '', clusterScoped: false },
  { primitive: 'impersonate', verbs: ['impersonate'], apiGroup: '', resource: 'users', subresource: '', clusterScoped: true },
  { primitive: 'impersonate', verbs: ['impersonate'], apiGroup: '', resource: 'groups', subresource: '', clusterScoped: true },
  { primitive: 'impersonate', verbs: ['impersonate'], apiGroup: '', resource: 'serviceaccounts', subresource: '', clusterScoped: false },
  { primitive: 'create-token', verbs: ['create'], apiGroup: '', resource: 'serviceaccounts', subresource: 'token', clusterScoped: false },
  ...(['clusterroles', 'clusterrolebindings', 'roles', 'rolebindings'] as const).map((resource) => ({
    primitive: 'write-rbac' as const,
    verbs: ['create', 'update', 'patch'],
    apiGroup: rbacGroup,
    resource,
    subresource: '',
    clusterScoped: resource.startsWith('cluster'),
  })),
];

const probes: readonly Probe[] = probeSpecs.map((spec) => ({
  ...spec,
  requests: spec.verbs.map((verb) => ({ verb, apiGroup: spec.apiGroup, resource: spec.resource, subresource: spec.subresource })),
}));

/** The escalation primitives one rule grants, one entry per primitive and resource. */
export const escalationPrimitives = (rule: PolicyRule): EscalationRuleGrant[] => {
  const found: EscalationRuleGrant[] = [];
  for (const probe of probes) {
    const verbs: string[] = [];
    let names: 'every' | readonly string[] | undefined;
    for (const request of probe.requests) {
      const verb = request.verb;
      const granted = grantedNames(rule, request);
      if (granted === undefined) continue;
      // A create of a top-level object carries no name, so `resourceNames` never allows it.
      if (verb === 'create' && probe.subresource === '' && granted !== 'every') continue;
      verbs.push(verb);
      names = granted;
    }
    if (verbs.length === 0 || names === undefined) continue;
    const resource = probe.subresource === '' ? probe.resource : `${probe.resource}/${probe.subresource}`;
    found.push({
      primitive: probe.primitive,
      resource,
      clusterScoped: probe.clusterScoped,
      verbs,
      resourceIndex: resourceMatchIndex(rule, probe.resource, probe.subresource),
      resourceNames: names === 'every' ? undefined : names,
    });
  }
  return found;
};
