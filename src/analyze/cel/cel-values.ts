import type { ContainerList } from '../coverage.ts';
import type { CelPodSpecScope } from './types.ts';
import { POD_SPEC_LOCATIONS, leadsToPodSpec } from '../../model/pod-specs.ts';

/**
 * What a CEL sub-expression evaluates to, as far as containers are concerned. The analysis
 * only tracks data that comes from the admitted object; everything else is `opaque`.
 */
export type CelValue =
  /** Literals, parameters, booleans, strings: nothing that carries a container. */
  | { readonly k: 'opaque' }
  /** A list known to be empty (`[]`, `optional.none()`). */
  | { readonly k: 'empty' }
  /** The admission request (`request`). */
  | { readonly k: 'request' }
  /** The `variables` namespace itself (only a field access on it is meaningful). */
  | { readonly k: 'variables' }
  /** The admitted object at a path (`object.spec` = ['spec']); `[]` marks a list element. */
  | { readonly k: 'object'; readonly path: readonly string[] }
  /** An element of one or more container lists, at a path inside the container ([] = itself). */
  | { readonly k: 'container'; readonly lists: readonly ContainerList[]; readonly path: readonly string[] }
  | { readonly k: 'list'; readonly elem: CelValue }
  /** A map literal with string keys. */
  | { readonly k: 'map'; readonly entries: ReadonlyMap<string, CelValue> }
  /** One of several values (ternary branches, `orValue` defaults). */
  | { readonly k: 'alt'; readonly of: readonly CelValue[] }
  /** Came from container data through something the analysis does not follow (reported once). */
  | { readonly k: 'lost' };

export const OPAQUE: CelValue = { k: 'opaque' };
export const EMPTY: CelValue = { k: 'empty' };
export const LOST: CelValue = { k: 'lost' };

/** Where a pod spec sits in the admitted object: a Pod, a controller's template, a CronJob's. */
const POD_SPEC_PATHS: readonly { readonly path: readonly string[]; readonly scope: CelPodSpecScope }[] = POD_SPEC_LOCATIONS.map((location) => ({
  path: location.path,
  scope: location.inPod ? 'pod' : 'pod-template',
}));

const startsWithPath = (path: readonly string[], prefix: readonly string[]): boolean =>
  path.length >= prefix.length && prefix.every((segment, i) => path[i] === segment);

/** The pod spec that `path` (a path inside the admitted object) lies in, longest match first. */
export const podSpecOf = (
  path: readonly string[],
): { readonly path: readonly string[]; readonly scope: CelPodSpecScope } | undefined => {
  let found: (typeof POD_SPEC_PATHS)[number] | undefined;
  for (const candidate of POD_SPEC_PATHS) {
    if (startsWithPath(path, candidate.path) && (found === undefined || candidate.path.length > found.path.length)) {
      found = candidate;
    }
  }
  return found;
};

/** Could this value hold whole containers (so losing track of it loses coverage facts)? */
export const holdsContainers = (value: CelValue): boolean => {
  switch (value.k) {
    case 'container':
      return value.path.length === 0;
    case 'object':
      return leadsToPodSpec(value.path);
    case 'list':
      return holdsContainers(value.elem);
    case 'alt':
      return value.of.some(holdsContainers);
    case 'map':
      return [...value.entries.values()].some(holdsContainers);
    default:
      return false;
  }
};

const MAX_ALTERNATIVES = 32;

const sameValue = (a: CelValue, b: CelValue): boolean => {
  if (a.k !== b.k) return false;
  if (a.k === 'object' && b.k === 'object') return a.path.join('\u0000') === b.path.join('\u0000');
  if (a.k === 'container' && b.k === 'container') return a.path.join('\u0000') === b.path.join('\u0000');
  return a.k === 'opaque' || a.k === 'request' || a.k === 'variables' || a.k === 'lost';
};

const mergeInto = (into: CelValue[], value: CelValue): void => {
  if (value.k === 'empty') return;
  if (value.k === 'alt') {
    for (const each of value.of) mergeInto(into, each);
    return;
  }
  for (let i = 0; i < into.length; i++) {
    const existing = into[i];
    if (existing === undefined) continue;
    if (existing.k === 'list' && value.k === 'list') {
      into[i] = { k: 'list', elem: join(existing.elem, value.elem) };
      return;
    }
    if (existing.k === 'container' && value.k === 'container' && sameValue(existing, value)) {
      const lists = [...existing.lists];
      for (const list of value.lists) if (!lists.includes(list)) lists.push(list);
      into[i] = { k: 'container', lists, path: existing.path };
      return;
    }
    if (sameValue(existing, value)) return;
  }
  into.push(value);
};

/** The value of "either a or b" (ternary branches, list concatenation elements). */
export const join = (a: CelValue, b: CelValue): CelValue => {
  if (a.k === 'empty') return b;
  if (b.k === 'empty') return a;
  if (a.k === 'opaque' && b.k === 'opaque') return OPAQUE;
  const merged: CelValue[] = [];
  mergeInto(merged, a);
  mergeInto(merged, b);
  if (merged.some((value) => value.k === 'lost')) return LOST;
  if (merged.length > MAX_ALTERNATIVES) return LOST;
  if (merged.length === 0) return EMPTY;
  if (merged.length === 1) return merged[0] ?? EMPTY;
  return { k: 'alt', of: merged };
};
