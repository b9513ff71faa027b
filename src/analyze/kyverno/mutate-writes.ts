import { CORE_SCHEMA, load } from 'js-yaml';
import { isRecord } from '../../json.ts';
import { leadsToPodSpec } from '../../model/pod-specs.ts';
import { childRef, type NodeRef } from '../../model/source-ref.ts';
import { containerWriteText, writesContainers } from '../cel/mutation-writes.ts';
import { CONTAINER_LISTS, type Evidence } from '../coverage.ts';
import { kyvernoSubstitution } from './jmespath-reads.ts';
import { parseAnchor } from './pattern-checks.ts';

/**
 * What a Kyverno `mutate` rule writes into the request (Kyverno's patchStrategicMerge overlay,
 * patchesJson6902 operations, and the same inside `foreach`, nested or not): the fields it changes
 * when none can hold a container (so it cannot change an ephemeral container), and an unknown at
 * each patch that changes a container or cannot be followed (changes of containers are not
 * analysed yet, as for MutatingAdmissionPolicy: a mutation may be a control, see
 * `writesContainers`). A rule with `targets` patches other, existing resources in the background:
 * the request passes unchanged.
 */
export type KyvernoMutateWrites =
  | { readonly kind: 'other-resources'; readonly at: NodeRef }
  | { readonly kind: 'request'; readonly written: readonly string[]; readonly unknowns: readonly Evidence[] };

/** What stands for a variable's text when the JSON patch operations are read (not a YAML indicator). */
const VARIABLE_MARK = '\u00a7';
/** Field paths listed for a mutation that touches no container are cut here (`metadata.annotations.x`). */
const LISTED_DEPTH = 3;
/** Overlays deeper than this are not real policies: what lies below is not followed. */
const MAX_DEPTH = 64;

export const kyvernoMutateWrites = (mutate: unknown, ref: NodeRef): KyvernoMutateWrites => {
  if (!isRecord(mutate)) return { kind: 'request', written: [], unknowns: [{ at: ref, note: 'mutate is not an object' }] };
  if (Array.isArray(mutate['targets']) && mutate['targets'].length > 0) return { kind: 'other-resources', at: childRef(ref, 'targets') };
  const written = new Set<string>();
  const unknowns: Evidence[] = [];
  readPatches(mutate, ref, written, unknowns, 0);
  return { kind: 'request', written: [...written].sort(), unknowns };
};

/** One level of patches: `patchStrategicMerge`, `patchesJson6902`, and each `foreach` entry's. */
const readPatches = (patches: Record<string, unknown>, ref: NodeRef, written: Set<string>, unknowns: Evidence[], depth: number): void => {
  if (patches['patchStrategicMerge'] !== undefined) {
    const overlayRef = childRef(ref, 'patchStrategicMerge');
    const writes: OverlayWrite[] = [];
    overlayPaths(patches['patchStrategicMerge'], [], [], writes, 0);
    // The field it sets, rather than the `name` a container list is merged by, when there is one.
    const touchingAll = writes.filter((write) => writesContainers(write.path));
    const touching = touchingAll.find((write) => write.path[write.path.length - 1] !== 'name') ?? touchingAll[0];
    if (touching) {
      const { path, keys } = touching;
      // At the container list the overlay merges into (or the deepest key written, when it replaces an object that holds one).
      const list = keys.findIndex((key) => typeof key === 'string' && (CONTAINER_LISTS as readonly string[]).includes(parseAnchor(key)?.key ?? key));
      const at: NodeRef = { file: overlayRef.file, doc: overlayRef.doc, path: [...overlayRef.path, ...(list === -1 ? keys : keys.slice(0, list + 1))] };
      unknowns.push({ at, note: `a patch that ${containerWriteText(path)}; patches of containers are not analysed yet` });
    } else for (const write of writes) written.add(write.path.slice(0, LISTED_DEPTH).join('.'));
  }
  if (patches['patchesJson6902'] !== undefined) {
    const patchRef = childRef(ref, 'patchesJson6902');
    const ops = jsonPatchPaths(patches['patchesJson6902']);
    if (ops === undefined) unknowns.push({ at: patchRef, note: 'JSON patch operations that could not be read' });
    else {
      const touching = ops.find((path) => path === undefined || writesContainers(path));
      if (touching === undefined && ops.some((path) => path === undefined)) unknowns.push({ at: patchRef, note: 'a JSON patch path made from variables' });
      else if (touching !== undefined) unknowns.push({ at: patchRef, note: `a patch that ${containerWriteText(touching)}; patches of containers are not analysed yet` });
      else for (const path of ops as string[][]) written.add(path.slice(0, LISTED_DEPTH).join('.'));
    }
  }
  const foreach = patches['foreach'];
  if (Array.isArray(foreach)) {
    foreach.forEach((entry, i) => {
      if (isRecord(entry) && depth < MAX_DEPTH) readPatches(entry, childRef(ref, 'foreach', i), written, unknowns, depth + 1);
      else unknowns.push({ at: childRef(ref, 'foreach', i), note: 'a foreach entry that could not be followed' });
    });
  }
};

/**
 * The paths an overlay writes, anchors read as Kyverno does: a condition anchor `(key)` or a
 * global anchor `<(key)` selects, it writes nothing; an add anchor `+(key)` writes `key`. A list
 * is an overlay of its elements (merged by name for containers). A leaf is written where it is.
 */
const overlayPaths = (overlay: unknown, path: string[], keys: (string | number)[], out: OverlayWrite[], depth: number): void => {
  if (depth > MAX_DEPTH || !(Array.isArray(overlay) || isRecord(overlay))) {
    out.push({ path, keys });
    return;
  }
  if (Array.isArray(overlay)) {
    if (overlay.length === 0) out.push({ path, keys });
    overlay.forEach((element, i) => overlayPaths(element, path, [...keys, i], out, depth + 1));
    return;
  }
  // An object of conditions only writes nothing; an empty object is written as it is.
  if (Object.keys(overlay).length === 0) out.push({ path, keys });
  for (const key of Object.keys(overlay)) {
    const anchor = parseAnchor(key);
    if (anchor && anchor.kind !== '+') continue;
    overlayPaths(overlay[key], [...path, anchor ? anchor.key : key], [...keys, key], out, depth + 1);
  }
};

/** One field an overlay writes: its path without anchors or list indexes, and the keys and indexes that lead to it. */
interface OverlayWrite {
  readonly path: readonly string[];
  readonly keys: readonly (string | number)[];
}

/**
 * The field path of each JSON patch operation (`/spec/containers/0/image` → spec, containers, 0,
 * image), up to its first variable; undefined for an operation whose variable may name a container
 * list, and undefined as a whole when the operations cannot be read.
 */
const jsonPatchPaths = (text: unknown): (string[] | undefined)[] | undefined => {
  if (typeof text !== 'string') return undefined;
  // Kyverno substitutes the variables before it reads the operations: read them with each
  // variable marked, where it stands (a value, or a path segment).
  const { substituted, unclosed } = kyvernoSubstitution(text, (_, start, end) => VARIABLE_MARK.repeat(end - start));
  if (unclosed !== undefined) return undefined;
  let ops: unknown;
  try {
    ops = load(substituted, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (!Array.isArray(ops)) return undefined;
  return ops.map((op) => {
    const pointer = isRecord(op) ? op['path'] : undefined;
    if (typeof pointer !== 'string' || !pointer.startsWith('/')) return undefined;
    const segments = pointer
      .slice(1)
      .split('/')
      .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
    // A segment made of a variable may name any field: a container list, where the path leads to a
    // pod spec; below any other field (an index of spec.volumes) it stays within that field.
    const variable = segments.findIndex((segment) => segment.includes(VARIABLE_MARK));
    const literal = variable === -1 ? segments : segments.slice(0, variable);
    if (variable !== -1 && leadsToPodSpec(literal)) return undefined;
    // List indexes and the append marker `-` name no field.
    return literal.filter((segment) => segment !== '-' && !/^\d+$/.test(segment));
  });
};
