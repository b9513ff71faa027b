import { CONTAINER_LISTS, type Evidence } from '../coverage.ts';
import { childRef, type NodeRef } from '../../model/source-ref.ts';
import type { ListRead } from './pattern-checks.ts';
import type { ListedFieldCheck } from './types.ts';
import { isPodSecurityLevel } from '../../model/pod-security.ts';
import type { PodSecurityStandard } from '../coverage.ts';

/** The Pod Security Standards level the rule runs (`privileged`, `baseline`, `restricted`) and the controls its `exclude` entries name. */
const standardOf = (podSecurity: unknown, ref: NodeRef): PodSecurityStandard | undefined => {
  if (typeof podSecurity !== 'object' || podSecurity === null) return undefined;
  const { level, exclude } = podSecurity as Record<string, unknown>;
  if (typeof level !== 'string' || !isPodSecurityLevel(level)) return undefined;
  const excludedControls = Array.isArray(exclude)
    ? exclude.flatMap((entry) => (typeof entry === 'object' && entry !== null && typeof (entry as Record<string, unknown>)['controlName'] === 'string' ? [(entry as Record<string, string>)['controlName']!] : []))
    : [];
  return { level, excludedControls, at: childRef(ref, 'level') };
};

/**
 * A `validate.podSecurity` rule (Kyverno 1.8+) runs the upstream Pod Security checks, which
 * visit every container list, ephemeral containers included (pkg/pss/evaluate.go). Its
 * `exclude` entries with `images` exempt matching containers of every list, so an ephemeral
 * container with such an image escapes the excluded control.
 */
export const podSecurityFacts = (
  podSecurity: unknown,
  keyRef: NodeRef,
  ref: NodeRef,
): { readonly reads: ListRead[]; readonly checks: ListedFieldCheck[]; readonly exclusions: Evidence[]; readonly standard: PodSecurityStandard | undefined } => {
  const reads = CONTAINER_LISTS.map((list) => ({ list, at: keyRef, note: 'podSecurity runs the Pod Security checks on every container list' }));
  // The Pod Security checks look at each container's securityContext (and more), on every list.
  const checks: ListedFieldCheck[] = [{ field: 'securityContext', category: 'security', lists: CONTAINER_LISTS, at: keyRef }];
  const exclusions: Evidence[] = [];
  const exclude = typeof podSecurity === 'object' && podSecurity !== null ? (podSecurity as Record<string, unknown>)['exclude'] : undefined;
  if (Array.isArray(exclude)) {
    exclude.forEach((entry, i) => {
      const exempting = ephemeralExemption(entry, childRef(ref, 'exclude', i), 'podSecurity exclude');
      if (exempting) exclusions.push(exempting);
    });
  }
  return { reads, checks, exclusions, standard: standardOf(podSecurity, ref) };
};

/**
 * Does one Pod Security exclusion entry (a rule's `podSecurity.exclude`, or a PolicyException's
 * `podSecurity`; pss.ApplyPodSecurityExclusion reads both alike) exempt ephemeral containers?
 * Its `images` exempt matching containers of every list unless its `restrictedField` names
 * another list; a `restrictedField` on `spec.ephemeralContainers` exempts those values. An entry
 * on a pod-level field (volumes, host namespaces, sysctls) exempts nothing an ephemeral
 * container can set.
 */
export const ephemeralExemption = (entry: unknown, ref: NodeRef, what: string): Evidence | undefined => {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const e = entry as Record<string, unknown>;
  const restricted = typeof e['restrictedField'] === 'string' ? e['restrictedField'] : '';
  const control = typeof e['controlName'] === 'string' ? e['controlName'] : 'a control';
  if (restricted.includes('ephemeralContainers')) return { at: childRef(ref, 'restrictedField'), note: `${what} exempts these values of ephemeral containers from ${control}` };
  const onOtherList = restricted !== '' && /containers|initContainers/i.test(restricted);
  if (Array.isArray(e['images']) && e['images'].length > 0 && !onOtherList) {
    return { at: childRef(ref, 'images'), note: `${what} exempts ephemeral containers with these images from ${control}` };
  }
  return undefined;
};
