import type { EscalationAccess, EscalationRule } from '../analyze/access.ts';
import type { Facts } from '../analyze/facts.ts';
import { bindingText, roleText, scopeText } from '../model/rbac/wording.ts';
import { defineRule } from './rule.ts';

const rbacWrite = (held: readonly EscalationRule[], resources: readonly string[]): boolean =>
  held.some(({ primitive }) => primitive.primitive === 'write-rbac' && resources.includes(primitive.resource));

/** Who already holds ephemeral-container power in the graph, to judge what impersonation reaches. */
interface Holders {
  readonly users: ReadonlySet<string>;
  readonly groups: ReadonlySet<string>;
  /** ServiceAccounts as `namespace/name`; `undefined` namespace when applied to an unnamed one. */
  readonly serviceAccounts: readonly { readonly namespace: string | undefined; readonly name: string }[];
}

const holdersOf = (grants: Facts['access']['grants']): Holders => {
  const users = new Set<string>();
  const groups = new Set<string>();
  const serviceAccounts: { namespace: string | undefined; name: string }[] = [];
  for (const { subject } of grants) {
    if (subject.kind === 'User') users.add(subject.name);
    else if (subject.kind === 'Group') groups.add(subject.name);
    else serviceAccounts.push({ namespace: subject.namespace, name: subject.name });
  }
  return { users, groups, serviceAccounts };
};

/**
 * Whether acting as a ServiceAccount the rule allows (in `namespace`, or any when undefined)
 * reaches a holder: the account itself, or the groups every account token carries.
 */
const serviceAccountsReach = (holders: Holders, namespace: string | undefined, names: readonly string[] | undefined): boolean => {
  const inReach = (saNamespace: string | undefined) => namespace === undefined || saNamespace === undefined || saNamespace === namespace;
  if (holders.groups.has('system:authenticated') || holders.groups.has('system:serviceaccounts')) return true;
  for (const group of holders.groups) {
    if (group.startsWith('system:serviceaccounts:') && inReach(group.slice('system:serviceaccounts:'.length))) return true;
  }
  return holders.serviceAccounts.some((account) => inReach(account.namespace) && (names === undefined || names.includes(account.name)));
};

/**
 * The primitives that reach ephemeral-container power. Impersonating any user or group reaches
 * everything (`system:masters`); impersonating service accounts or minting their tokens reaches
 * what those accounts, or the groups their tokens carry, hold here. Role and binding writes alone
 * do not: the apiserver refuses a role or binding carrying permissions the writer lacks, unless
 * the writer also holds `escalate` (roles) or `bind` (bindings).
 */
const reaching = (access: EscalationAccess, holders: Holders): EscalationRule[] => {
  const namespace = access.scope.kind === 'namespace' ? access.scope.namespace : undefined;
  return access.primitives.filter(({ primitive }) => {
    const names = primitive.resourceNames;
    switch (primitive.primitive) {
      case 'impersonate':
        if (primitive.resource === 'serviceaccounts') return serviceAccountsReach(holders, namespace, names);
        if (names === undefined) return true;
        return primitive.resource === 'users'
          ? names.some((name) => holders.users.has(name))
          : names.some((name) => name === 'system:masters' || holders.groups.has(name));
      case 'create-token':
        return serviceAccountsReach(holders, namespace, names);
      case 'escalate':
        return rbacWrite(access.primitives, [primitive.resource]);
      case 'bind':
        return rbacWrite(access.primitives, primitive.resource === 'clusterroles' ? ['clusterrolebindings', 'rolebindings'] : ['rolebindings']);
      case 'write-rbac':
        return false;
    }
  });
};

const primitiveText = ({ primitive }: EscalationRule): string => {
  const names = primitive.resourceNames ? ` (${primitive.resourceNames.join(', ')})` : '';
  switch (primitive.primitive) {
    case 'impersonate':
      return `impersonate ${primitive.resource}${names}`;
    case 'create-token':
      return `create tokens for serviceaccounts${names}`;
    case 'escalate':
      return `escalate ${primitive.resource}${names} (write roles with permissions it lacks)`;
    case 'bind':
      return `bind ${primitive.resource}${names} (bind roles with permissions it lacks)`;
    case 'write-rbac':
      return `${primitive.verbs.join('/')} ${primitive.resource}`;
  }
};

/** Subject key in a scope: a subject that can already add ephemeral containers there gains nothing. */
const subjectKey = (access: Pick<EscalationAccess, 'subject'>): string =>
  `${access.subject.kind}\u0000${access.subject.namespace ?? ''}\u0000${access.subject.name}`;

export default defineRule({
  meta: {
    id: 'EG206',
    name: 'escalation-reaches-ephemeral-containers',
    short: 'A subject holds an RBAC escalation primitive (impersonate, token creation, escalate or bind with role writes) that reaches ephemeral-container power.',
    level: 'warning',
    securitySeverity: 6.5,
    tags: ['security', 'rbac', 'ephemeral-containers'],
    messages: {
      escalation:
        '{{subject}} can {{primitives}} {{scope}}, which reaches identities or roles that can add ephemeral containers. It holds this through {{binding}} → {{role}}. Drop these verbs from the role, or limit them with resourceNames to identities without that power.',
    },
  },
  *check(facts) {
    const alreadyCluster = new Set<string>();
    const alreadyNamespace = new Set<string>();
    for (const access of facts.access.grants) {
      if (access.resourceNames !== undefined) continue;
      if (access.scope.kind === 'cluster') alreadyCluster.add(subjectKey(access));
      else if (access.scope.namespace !== undefined) alreadyNamespace.add(`${subjectKey(access)}\u0000${access.scope.namespace}`);
    }
    const holders = holdersOf(facts.access.grants);
    for (const access of facts.access.escalations) {
      const key = subjectKey(access);
      if (alreadyCluster.has(key)) continue;
      if (access.scope.kind === 'namespace' && access.scope.namespace !== undefined && alreadyNamespace.has(`${key}\u0000${access.scope.namespace}`)) continue;
      const held = reaching(access, holders);
      if (held.length === 0) continue;
      const clusterWide = access.scope.kind === 'cluster';
      yield {
        messageId: 'escalation',
        data: {
          subject: access.subject.label,
          primitives: held.map(primitiveText).join('; '),
          scope: scopeText(access.scope),
          binding: bindingText(access.binding),
          role: roleText(access.role),
        },
        at: access.subject.at,
        object: access.binding.object,
        related: held.flatMap(({ resourceAt, rule }) => (resourceAt ? [{ at: resourceAt, note: `the rule, in ${roleText(rule.role)}` }] : [])),
        ...(clusterWide ? { level: 'error' as const, securitySeverity: 8.5 } : {}),
      };
    }
  },
});
