/**
 * Subject breadth for EG202 (RULES.md): how many identities a binding reaches, and where.
 * Group and user names from DOMAIN.md section 4 (service account tokens carry
 * `system:serviceaccounts`, `system:serviceaccounts:<ns>`, `system:authenticated`; anonymous
 * requests `system:unauthenticated` / `system:anonymous`).
 */
import type { AccessScope, Breadth, BoundSubject } from '../access.ts';

const isAnonymous = (subject: Pick<BoundSubject, 'kind' | 'name'>): boolean =>
  (subject.kind === 'Group' && subject.name === 'system:unauthenticated') ||
  (subject.kind === 'User' && subject.name === 'system:anonymous');

/** Groups every authenticated identity, or every service account, belongs to. */
const isEveryoneGroup = (subject: Pick<BoundSubject, 'kind' | 'name'>): boolean =>
  subject.kind === 'Group' && (subject.name === 'system:authenticated' || subject.name === 'system:serviceaccounts');

const isBroadGroup = (subject: Pick<BoundSubject, 'kind' | 'name'>): boolean =>
  isEveryoneGroup(subject) || (subject.kind === 'Group' && subject.name.startsWith('system:serviceaccounts:'));

/** Every pod without `serviceAccountName` runs as its namespace's `default` ServiceAccount. */
const isDefaultServiceAccount = (subject: Pick<BoundSubject, 'kind' | 'name'>): boolean =>
  subject.kind === 'ServiceAccount' && subject.name === 'default';

export const subjectBreadth = (subject: Pick<BoundSubject, 'kind' | 'name'>, scope: AccessScope): Breadth => {
  if (isAnonymous(subject)) return 'critical';
  if (scope.kind === 'cluster') {
    return isEveryoneGroup(subject) || isDefaultServiceAccount(subject) ? 'critical' : 'high';
  }
  return isBroadGroup(subject) || isDefaultServiceAccount(subject) ? 'high' : 'medium';
};

/** One band lower: what a `resourceNames` limit earns. */
export const lowerBreadth = (breadth: Breadth): Breadth =>
  breadth === 'critical' ? 'high' : breadth === 'high' ? 'medium' : 'low';
