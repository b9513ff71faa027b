import { objectLabel } from '../../model/object-ref.ts';
import {
  ownNamespace,
  filterNarrows,
  namespaceFilter,
  type PolicyScope,
  type RequesterFilter,
  type ScopeCondition,
} from '../../model/policy-scope.ts';
import { childRef, type NodeRef } from '../../model/source-ref.ts';
import type { K8sObject } from '../../model/workspace.ts';
import { wildcard } from '../../model/wildcard.ts';
import { isRecord } from '../../json.ts';

/**
 * Where a Kyverno rule applies (kyverno pkg/engine/utils/match.go): its `match` blocks (any or
 * all of them), minus its `exclude` blocks, in the policy's own namespace for a `Policy`. A
 * block is a namespace filter (`namespaces`, `namespaceSelector`) and a requester condition
 * (`subjects`, `clusterRoles`, `roles`, all that it sets). A block that selects pods by name,
 * labels or annotations applies to some pods of a namespace only: that is not decided here.
 */
export const kyvernoRuleScope = (policy: K8sObject, rule: Readonly<Record<string, unknown>>, ruleRef: NodeRef, ruleName: string): PolicyScope => {
  const owner = `${objectLabel(policy.ref)} (rule ${ruleName})`;
  const match = clauseOf(rule['match'], owner, 'match');
  const exclude = clauseOf(rule['exclude'], owner, 'exclude');
  const parts: ScopeCondition[] = [];
  if (policy.kind === 'Policy') parts.push(ownNamespace(policy.namespace, objectLabel(policy.ref)));
  if (match.length > 0) parts.push(rule['match'] !== undefined && isRecord(rule['match']) && Array.isArray(rule['match']['all']) ? { kind: 'all', of: match } : { kind: 'any', of: match });
  if (exclude.length > 0) parts.push({ kind: 'not', of: { kind: 'any', of: exclude }, why: `${owner} excludes some namespaces` });
  return { where: { kind: 'all', of: parts }, at: childRef(ruleRef, 'match') };
};

/** The blocks of a `match` or `exclude` clause; an exclude block that narrows nothing is left out. */
const clauseOf = (clause: unknown, owner: string, which: 'match' | 'exclude'): ScopeCondition[] => {
  if (!isRecord(clause)) return [];
  const blocks = Array.isArray(clause['any']) ? clause['any'] : Array.isArray(clause['all']) ? clause['all'] : [clause];
  return blocks.flatMap((block) => {
    const condition = blockOf(block, owner, which);
    return condition ? [condition] : [];
  });
};

const blockOf = (block: unknown, owner: string, which: 'match' | 'exclude'): ScopeCondition | undefined => {
  if (!isRecord(block)) return which === 'match' ? { kind: 'everywhere' } : undefined;
  const resources = isRecord(block['resources']) ? block['resources'] : {};
  const filter = namespaceFilter(resources['namespaces'], undefined, resources['namespaceSelector'], owner);
  const requester = requesterFilterOf(block);
  const pods = someResources(resources);
  const parts: ScopeCondition[] = [];
  if (filterNarrows(filter)) parts.push({ kind: 'namespaces', filter });
  if (requester) parts.push({ kind: 'requester', filter: requester });
  if (pods) parts.push({ kind: 'unknown', why: `${owner} ${which === 'match' ? 'applies only to' : 'excludes'} the pods its ${pods} select` });
  // An exclude block that names neither namespaces, requesters nor pods excludes by kind or operation: rule-match's concern.
  if (which === 'exclude' && parts.length === 0) return undefined;
  return { kind: 'all', of: parts };
};

/** `names`, `selector` or `annotations` of a block's resources, when they select only some pods. */
const someResources = (resources: Readonly<Record<string, unknown>>): string | undefined => {
  const names = resources['names'];
  if (Array.isArray(names) && names.length > 0 && !names.includes('*')) return 'names';
  if (typeof resources['name'] === 'string' && resources['name'] !== '*') return 'name';
  const selector = resources['selector'];
  if (isRecord(selector) && (Object.keys(isRecord(selector['matchLabels']) ? selector['matchLabels'] : {}).length > 0 || (Array.isArray(selector['matchExpressions']) && selector['matchExpressions'].length > 0))) return 'label selector';
  if (isRecord(resources['annotations']) && Object.keys(resources['annotations']).length > 0) return 'annotations';
  return undefined;
};

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** A block's user conditions (kyverno pkg/utils/match): subjects by kind and name, with wildcards; bound cluster roles and roles. */
const requesterFilterOf = (block: Readonly<Record<string, unknown>>): RequesterFilter | undefined => {
  const subjects = Array.isArray(block['subjects']) ? block['subjects'].filter(isRecord) : [];
  const clusterRoles = strings(block['clusterRoles']);
  const roles = strings(block['roles']);
  if (subjects.length === 0 && clusterRoles.length === 0 && roles.length === 0) return undefined;
  return {
    ...(subjects.length > 0
      ? {
          subjects: subjects.map((entry) => ({
            kind: typeof entry['kind'] === 'string' ? entry['kind'] : '',
            // A subject without a name matches nobody.
            name: wildcard(typeof entry['name'] === 'string' ? entry['name'] : '\u0000'),
            namespace: typeof entry['namespace'] === 'string' ? entry['namespace'] : undefined,
          })),
        }
      : {}),
    ...(clusterRoles.length > 0 ? { clusterRoles } : {}),
    ...(roles.length > 0 ? { roles } : {}),
  };
};
