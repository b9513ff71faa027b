import type { ContainerList, EphemeralControl, Evidence } from '../coverage.ts';
import { containerFieldCategory } from '../../model/container-fields.ts';
import type { FixAnchor } from '../../model/fix-anchor.ts';
import { childRef, type NodeRef } from '../../model/source-ref.ts';
import type { ListedFieldCheck } from './types.ts';
import { isContainerList } from '../../model/container-fields.ts';
import { POD_SPEC_LOCATIONS, leadsToPodSpec } from '../../model/pod-specs.ts';
import { isRecord } from '../../json.ts';

/**
 * Which container lists and fields a Kyverno `pattern` (or one `anyPattern` alternative, or a
 * foreach pattern) checks. Anchors are Kyverno's (pkg/engine/anchor): `(k)` condition, `<(k)`
 * global condition, `=(k)` equality (check if present), `X(k)` negation (must be absent),
 * `^(k)` existence (some element matches), `+(k)` add-if-absent (mutate only).
 */
export interface ListRead {
  readonly list: ContainerList;
  readonly at: NodeRef;
  readonly note: string;
}

/**
 * A `containers` entry of a pattern's pod spec (`initContainers` where there is none): what an
 * `=(ephemeralContainers)` branch copies, when the mapping has no ephemeralContainers key.
 */
export interface ContainerBranch {
  readonly key: NodeRef;
  readonly value: NodeRef;
}

export interface LogicFacts {
  readonly reads: ListRead[];
  /** The branches a skips-ephemeral-list fix copies for ephemeral containers. */
  readonly containerBranches: ContainerBranch[];
  /** Other skips-ephemeral-list fixes of the group (a foreach list, a CEL validation's lists). */
  readonly fixes: FixAnchor[];
  readonly checks: ListedFieldCheck[];
  readonly requiresForbiddenOnEphemeral: Evidence[];
  readonly blocksEphemeralContainers: EphemeralControl[];
  readonly unknowns: Evidence[];
}

export const emptyLogicFacts = (): LogicFacts => ({
  reads: [],
  containerBranches: [],
  fixes: [],
  checks: [],
  requiresForbiddenOnEphemeral: [],
  blocksEphemeralContainers: [],
  unknowns: [],
});

export type AnchorKind = '' | '<' | 'X' | '+' | '=' | '^';

/** Kyverno's anchor syntax: `^([+<=X^])?\((.+)\)$` after trimming; null for a plain key. */
export const parseAnchor = (key: string): { kind: AnchorKind; key: string } | null => {
  const trimmed = key.trim();
  const m = /^([+<=X^])?\((.+)\)$/s.exec(trimmed);
  if (!m) return null;
  return { kind: (m[1] ?? '') as AnchorKind, key: m[2]! };
};

/** Pod-spec locations in the objects a Kyverno rule may match (Pod, and the autogen controllers). */
const POD_SPEC_PATHS: readonly string[] = POD_SPEC_LOCATIONS.map((location) => location.path.join('.'));

/** Deeper patterns than this are not real policies: stop and say so. */
const MAX_DEPTH = 64;

const keyRef = (ref: NodeRef, key: string): NodeRef => ({ ...childRef(ref, key), key: true });

/** A pattern leaf that matches any value checks nothing. */
const matchesAnything = (value: unknown): boolean => value === '*';

/** Walk a pattern applied to the whole resource (a Pod, or a controller after autogen). */
export const patternChecks = (pattern: unknown, ref: NodeRef, facts: LogicFacts = emptyLogicFacts()): LogicFacts => {
  walkResource(pattern, ref, [], false, 0, facts);
  return facts;
};

/**
 * Walk a pattern applied to one container (a foreach element with element scope): its keys
 * are container fields below `baseField`.
 */
export const containerPatternChecks = (
  pattern: unknown,
  ref: NodeRef,
  lists: readonly ContainerList[],
  baseField: readonly string[],
  facts: LogicFacts = emptyLogicFacts(),
): LogicFacts => {
  walkContainer(pattern, ref, lists, baseField, true, false, 0, facts);
  return facts;
};

const walkResource = (
  value: unknown,
  ref: NodeRef,
  path: readonly string[],
  conditional: boolean,
  depth: number,
  facts: LogicFacts,
): void => {
  if (depth > MAX_DEPTH) {
    facts.unknowns.push({ at: ref, note: 'pattern nested too deeply to follow' });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkResource(item, childRef(ref, i), path, conditional, depth + 1, facts));
    return;
  }
  if (!isRecord(value)) return;
  const atPodSpec = POD_SPEC_PATHS.includes(path.join('.'));
  if (atPodSpec) {
    const keys = Object.keys(value).map((rawKey) => ({ rawKey, key: parseAnchor(rawKey)?.key ?? rawKey }));
    const branch = keys.find((k) => k.key === 'containers') ?? keys.find((k) => k.key === 'initContainers');
    if (branch && !keys.some((k) => k.key === 'ephemeralContainers')) {
      facts.containerBranches.push({ key: keyRef(ref, branch.rawKey), value: childRef(ref, branch.rawKey) });
    }
  }
  for (const [rawKey, child] of Object.entries(value)) {
    const anchor = parseAnchor(rawKey);
    const key = anchor?.key ?? rawKey;
    const childConditional = conditional || anchor?.kind === '' || anchor?.kind === '<';
    const at = childRef(ref, rawKey);
    if (atPodSpec && isContainerList(key)) {
      const list = key as ContainerList;
      facts.reads.push({ list, at: keyRef(ref, rawKey), note: `pattern checks spec.${list}` });
      if (anchor?.kind === 'X' && list === 'ephemeralContainers' && !childConditional) {
        facts.blocksEphemeralContainers.push({ at: keyRef(ref, rawKey), note: 'pattern forbids ephemeral containers altogether', scope: 'all' });
        continue;
      }
      if (Array.isArray(child)) {
        const forbidden = facts.requiresForbiddenOnEphemeral.length;
        child.forEach((element, i) =>
          walkContainer(element, childRef(at, i), [list], [], true, childConditional, depth + 1, facts),
        );
        if (list === 'ephemeralContainers' && facts.requiresForbiddenOnEphemeral.length > forbidden) {
          facts.fixes.push({ kind: 'remove-entry', hole: 'requires-forbidden', key: keyRef(ref, rawKey), value: at });
        }
      }
      continue;
    }
    // A Pod's `spec` is also where a controller's `template` (a CronJob's `jobTemplate`) starts:
    // that key leads to a pod spec of its own, not to a pod-level field.
    if (atPodSpec && !leadsToPodSpec([...path, key])) {
      podLevelChecks(child, at, [...path, key], childConditional, depth + 1, facts);
      continue;
    }
    walkResource(child, at, [...path, key], childConditional, depth + 1, facts);
  }
};

const podLevelChecks = (
  value: unknown,
  ref: NodeRef,
  path: readonly string[],
  conditional: boolean,
  depth: number,
  facts: LogicFacts,
): void => {
  if (depth > MAX_DEPTH) return;
  if (isRecord(value) && Object.keys(value).length > 0) {
    for (const [rawKey, child] of Object.entries(value)) {
      const anchor = parseAnchor(rawKey);
      const childConditional = conditional || anchor?.kind === '' || anchor?.kind === '<';
      podLevelChecks(child, childRef(ref, rawKey), [...path, anchor?.key ?? rawKey], childConditional, depth + 1, facts);
    }
    return;
  }
  if (Array.isArray(value) && value.some(isRecord)) {
    value.forEach((item, i) => podLevelChecks(item, childRef(ref, i), path, conditional, depth + 1, facts));
    return;
  }
  if (conditional || matchesAnything(value)) return;
  const field = path.join('.');
  if (!facts.checks.some((c) => c.field === field && c.lists.length === 0)) {
    facts.checks.push({ field, category: 'pod-level', at: ref, lists: [] });
  }
};

const walkContainer = (
  value: unknown,
  ref: NodeRef,
  lists: readonly ContainerList[],
  field: readonly string[],
  required: boolean,
  conditional: boolean,
  depth: number,
  facts: LogicFacts,
): void => {
  if (depth > MAX_DEPTH) {
    facts.unknowns.push({ at: ref, note: 'pattern nested too deeply to follow' });
    return;
  }
  if (isRecord(value) && (field.length === 0 || Object.keys(value).length > 0)) {
    for (const [rawKey, child] of Object.entries(value)) {
      const anchor = parseAnchor(rawKey);
      const kind = anchor?.kind;
      walkContainer(
        child,
        childRef(ref, rawKey),
        lists,
        [...field, anchor?.key ?? rawKey],
        required && (kind === undefined || kind === '^'),
        conditional || kind === '' || kind === '<',
        depth + 1,
        facts,
      );
    }
    return;
  }
  if (Array.isArray(value) && value.some(isRecord)) {
    value.forEach((item, i) =>
      walkContainer(item, childRef(ref, i), lists, field, required, conditional, depth + 1, facts),
    );
    return;
  }
  if (conditional || field.length === 0 || matchesAnything(value)) return;
  const name = field.join('.');
  const category = containerFieldCategory(name);
  facts.checks.push({ field: name, category, at: ref, lists });
  if (required && category === 'forbidden' && lists.includes('ephemeralContainers')) {
    facts.requiresForbiddenOnEphemeral.push({
      at: ref,
      note: `requires ${name} on ephemeral containers, where the API forbids it`,
    });
  }
};
