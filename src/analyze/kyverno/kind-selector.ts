import { POD_CONTROLLER_KINDS } from '../../model/pod-specs.ts';

/**
 * Kyverno `match`/`exclude` kind selectors (`Pod`, `v1/Pod`, `Pod/ephemeralcontainers`,
 * `apps/v1/Deployment`, wildcards in any part), read the way Kyverno reads them:
 * `ParseKindSelector` (pkg/utils/kube/kind.go) and `CheckKind` (pkg/utils/match/kind.go). In
 * policy match and exclude blocks and in PolicyExceptions, a selector that matches Pod with no
 * subresource also matches the `pods/ephemeralcontainers` request (Kyverno >= 1.5.3 for
 * policies, >= 1.13 for exceptions).
 */
export interface KindSelector {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly subresource: string;
}

const VERSION = /^(v\d+((alpha|beta)\d+)?|\*)$/;

/** Kyverno's `ParseKindSelector`; null for a selector it cannot read (more than four parts). */
export const parseKindSelector = (input: string): KindSelector | null => {
  const slashParts = input.split('/');
  const last = slashParts.pop() ?? '';
  const parts = [...slashParts, ...last.split('.')];
  const [a = '', b = '', c = '', d = ''] = parts;
  switch (parts.length) {
    case 1:
      return { group: '*', version: '*', kind: a, subresource: '' };
    case 2:
      if (a === '*' && b === '*') return { group: '*', version: '*', kind: '*', subresource: '*' };
      if (a === '*' && b.toLowerCase() === b) return { group: '*', version: '*', kind: a, subresource: b };
      if (VERSION.test(a)) return { group: '*', version: a, kind: b, subresource: '' };
      return { group: '*', version: '*', kind: a, subresource: b };
    case 3:
      if (VERSION.test(a)) return { group: '*', version: a, kind: b, subresource: c };
      return { group: a, version: b, kind: c, subresource: '' };
    case 4:
      return { group: a, version: b, kind: c, subresource: d };
    default:
      return null;
  }
};

/** Kyverno's wildcard match (`*` any run, `?` one character), linear time. */
export const wildcardMatch = (pattern: string, text: string): boolean => {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
};

export interface RequestKind {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly subresource: string;
}

export const POD_REQUEST: RequestKind = { group: '', version: 'v1', kind: 'Pod', subresource: '' };
export const EPHEMERAL_REQUEST: RequestKind = { group: '', version: 'v1', kind: 'Pod', subresource: 'ephemeralcontainers' };

/**
 * Does one selector match a request? `podSelectorsSeeSubresource` is Kyverno's
 * `allowEphemeralContainers`: true in policy match/exclude and PolicyException matching.
 */
export const selectorMatches = (
  selector: KindSelector,
  request: RequestKind,
  podSelectorsSeeSubresource: boolean,
): boolean => {
  if (!wildcardMatch(selector.group, request.group)) return false;
  if (!wildcardMatch(selector.version, request.version)) return false;
  if (!wildcardMatch(selector.kind, request.kind)) return false;
  if (wildcardMatch(selector.subresource, request.subresource)) return true;
  return (
    podSelectorsSeeSubresource &&
    request.group === '' &&
    request.version === 'v1' &&
    request.kind === 'Pod' &&
    request.subresource === 'ephemeralcontainers'
  );
};

/** Pod controllers whose templates autogen fills from Pod rules (pkg/autogen): the model's list. */
export { POD_CONTROLLER_KINDS };

/** A selector that names a pod controller with no subresource (a template, never a Pod). */
export const selectsPodController = (selector: KindSelector): boolean =>
  selector.subresource === '' && POD_CONTROLLER_KINDS.has(selector.kind);
