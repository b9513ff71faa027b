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
      if (typeof entry !== 'object' || entry === null) return;
      const e = entry as Record<string, unknown>;
      const restricted = typeof e['restrictedField'] === 'string' ? e['restrictedField'] : '';
      const onOtherList = restricted !== '' && !restricted.includes('ephemeralContainers') && /containers|initContainers/i.test(restricted);
      if (Array.isArray(e['images']) && e['images'].length > 0 && !onOtherList) {
        const control = typeof e['controlName'] === 'string' ? e['controlName'] : 'a control';
        exclusions.push({
          at: childRef(ref, 'exclude', i, 'images'),
          note: `podSecurity exclude exempts ephemeral containers with these images from ${control}`,
        });
      }
    });
  }
  return { reads, checks, exclusions, standard: standardOf(podSecurity, ref) };
};
