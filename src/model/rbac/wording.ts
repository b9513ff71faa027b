/**
 * How RBAC facts read in a finding message: one wording for every EG2xx/EG3xx rule, so the same
 * scope, subject or chain is never described two ways.
 */
import type { ObjectRef } from '../object-ref.ts';
import { objectLabel } from '../object-ref.ts';

type Scope = { readonly kind: 'cluster' } | { readonly kind: 'namespace'; readonly namespace: string | undefined };

/** `in every namespace`, `in namespace team-a`, `in the namespace this binding is applied to`. */
export const scopeText = (scope: Scope): string =>
  scope.kind === 'cluster'
    ? 'in every namespace'
    : scope.namespace === undefined
      ? 'in the namespace this binding is applied to (its manifest names none)'
      : `in namespace ${scope.namespace}`;

/** `ClusterRole/edit (built-in)`, `Role/team-a/debugger`. */
export const roleText = (role: { readonly kind: string; readonly name: string; readonly namespace: string | undefined; readonly builtin: boolean }): string =>
  `${objectLabel(role)}${role.builtin ? ' (built-in)' : ''}`;

/** `RoleBinding/team-a/devs`. */
export const bindingText = (binding: { readonly object: ObjectRef }): string => objectLabel(binding.object);

/** How many roles of a chain `aggregationText` names before giving its length. */
const CHAIN_NAMED = 3;

/**
 * ` (aggregated from debug-extension through view)` or `` for a role's own rule. A longer chain
 * is said with its length and its ends, so the text stays short however long the chain.
 */
export const aggregationText = (via: readonly string[]): string => {
  if (via.length === 0) return '';
  const source = via[via.length - 1] as string;
  const through = via.slice(0, -1);
  const path = through.length <= CHAIN_NAMED ? through.join(' → ') : `${through.length} roles, ${through[0]} → … → ${through[through.length - 1]}`;
  return ` (aggregated from ClusterRole/${source}${through.length > 0 ? ` through ${path}` : ''})`;
};

/** How a rule reaches the subresource: `verb patch on pods/ephemeralcontainers`, `verb * on resource *`. */
export const ephemeralGrantText = (grant: {
  readonly verbs: readonly { readonly entry: string }[];
  readonly resourceEntry: string;
}): string => {
  const verbs = [...new Set(grant.verbs.map((verb) => verb.entry))].join(', ');
  const resource =
    grant.resourceEntry === '*'
      ? 'resource * (every resource and subresource)'
      : grant.resourceEntry === '*/ephemeralcontainers'
        ? '*/ephemeralcontainers (that subresource of every resource)'
        : grant.resourceEntry;
  return `verb ${verbs} on ${resource}`;
};

/** `every pod` or `pods web-0, web-1`. */
export const podsText = (resourceNames: readonly string[] | undefined): string =>
  resourceNames === undefined ? 'every pod' : `only pods ${resourceNames.join(', ')}`;
