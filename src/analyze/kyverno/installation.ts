import { objectLabel } from '../../model/object-ref.ts';
import { namespaceFilter, type RequesterFilter, type ScopeCondition } from '../../model/policy-scope.ts';
import type { Workspace } from '../../model/workspace.ts';
import { wildcard } from '../../model/wildcard.ts';
import { isRecord } from '../../json.ts';
import type { InstallationFact } from '../../model/policy-scope.ts';

/** What Kyverno's Helm chart puts in `resourceFilters` for namespaces (charts/kyverno/values.yaml), plus its own namespace. */
const DEFAULT_FILTERED_NAMESPACES: readonly string[] = ['kube-system', 'kube-public', 'kube-node-lease', 'kyverno'];

/**
 * What Kyverno leaves out for every policy, from its `kyverno` ConfigMap when one is in scope,
 * else Kyverno's defaults:
 * - namespaces its `resourceFilters` entries `[kind,namespace,name]` skip for Pods (kind `*`,
 *   `*\/*` or `Pod`; any name); by default kube-system, kube-public, kube-node-lease and kyverno;
 * - requesters it lets through unevaluated: `excludeGroups` (default `system:nodes`),
 *   `excludeUsernames`, `excludeRoles`, `excludeClusterRoles`, comma-separated; a `!` entry
 *   re-includes and is not an exclusion.
 */
export const kyvernoInstallation = (workspace: Workspace): InstallationFact => {
  const configMap = workspace.byName('ConfigMap', 'kyverno').find((object) => isRecord(object.body['data']));
  const data = configMap && isRecord(configMap.body['data']) ? configMap.body['data'] : undefined;
  // Without the key, the defaults are assumed: more namespaces skipped, fewer guards counted.
  const text = typeof data?.['resourceFilters'] === 'string' ? data['resourceFilters'] : undefined;
  const excluded =
    text === undefined
      ? DEFAULT_FILTERED_NAMESPACES
      : [...text.matchAll(/\[([^,\]]*),([^,\]]*),([^\]]*)\]/g)]
          .filter(([, kind, , name]) => ['*', '*/*', 'Pod'].includes((kind ?? '').trim()) && (name ?? '').trim() === '*')
          .map(([, , namespace]) => (namespace ?? '').trim())
          .filter((namespace) => namespace !== '' && namespace !== '*');
  const owner = configMap && text !== undefined ? `Kyverno's resourceFilters (${objectLabel(configMap.ref)})` : "Kyverno's default resourceFilters";
  const list = (key: string, fallback: readonly string[]): string[] =>
    (typeof data?.[key] === 'string' ? (data[key] as string).split(',') : data ? [] : [...fallback]).map((entry) => entry.trim()).filter((entry) => entry !== '' && !entry.startsWith('!'));
  const requesters: RequesterFilter[] = [
    { groups: list('excludeGroups', ['system:nodes']).map(wildcard) },
    { usernames: list('excludeUsernames', []).map(wildcard) },
    { roles: list('excludeRoles', []) },
    { clusterRoles: list('excludeClusterRoles', []) },
  ].filter((filter) => Object.values(filter)[0]!.length > 0);
  const parts: ScopeCondition[] = [];
  if (requesters.length > 0) {
    parts.push({ kind: 'not', of: { kind: 'any', of: requesters.map((filter) => ({ kind: 'requester', filter })) }, why: 'Kyverno excludes some requesters' });
  }
  if (excluded.length > 0) parts.push({ kind: 'namespaces', filter: namespaceFilter(undefined, excluded, undefined, owner) });
  return { engines: ['kyverno', 'kyverno-cel'], where: { kind: 'all', of: parts }, at: configMap?.ref.at };
};
