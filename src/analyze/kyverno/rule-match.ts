import type { Evidence, Tri } from '../coverage.ts';
import { childRef, type NodeRef } from '../../model/source-ref.ts';
import {
  EPHEMERAL_REQUEST,
  POD_REQUEST,
  parseKindSelector,
  selectorMatches,
  selectsPodController,
} from './kind-selector.ts';
import { isRecord } from '../../json.ts';

/** What a rule's `match` and `exclude` say about Pods and the ephemeral subresource. */
export interface RuleMatchFacts {
  /**
   * pod: matches Pod (and with it `pods/ephemeralcontainers`); controllers-only: pod
   * controllers and never Pod; none: nothing pod-related; unknown: templated or missing kinds.
   */
  readonly target: 'pod' | 'controllers-only' | 'none' | 'unknown';
  readonly receivesSubresource: Tri;
  readonly subresourceEvidence?: Evidence;
  readonly controllersEvidence?: Evidence;
  /** `operations` (in match) or an UPDATE `exclude` that keeps UPDATE away from the rule. */
  readonly updateDropped?: Evidence;
  /** An `exclude` that takes the subresource out for every Pod: the rule never sees it. */
  readonly subresourceExcluded?: Evidence;
  /** Every exclude that takes ephemeral containers out, blanket or for some Pods (EG109). */
  readonly ephemeralExclusions: readonly Evidence[];
  /**
   * Every kind it matches names the subresource (`Pod/ephemeralcontainers`) and none the Pod
   * itself: whatever the rule validates, it validates the adding of an ephemeral container.
   */
  readonly subresourceOnly?: Evidence;
}

interface Block {
  readonly value: Record<string, unknown>;
  readonly ref: NodeRef;
}

/** The filter blocks of a `match`/`exclude`, and whether they combine as any or all. */
const blocksOf = (statement: Record<string, unknown>, ref: NodeRef): { mode: 'any' | 'all'; blocks: Block[] } => {
  for (const mode of ['any', 'all'] as const) {
    const list = statement[mode];
    if (Array.isArray(list) && list.length > 0) {
      return {
        mode,
        blocks: list.flatMap((b, i) => (isRecord(b) ? [{ value: b, ref: childRef(ref, mode, i) }] : [])),
      };
    }
  }
  return { mode: 'all', blocks: [{ value: statement, ref }] };
};

interface BlockKinds {
  readonly hasKinds: boolean;
  readonly templated: boolean;
  readonly subresource?: NodeRef;
  readonly pod?: NodeRef;
  readonly controller?: NodeRef;
  /** A selector that names the subresource itself (not through Pod). */
  readonly explicitSubresource?: NodeRef;
}

const kindsOfBlock = (block: Block): BlockKinds => {
  const resources = block.value['resources'];
  const kinds = isRecord(resources) ? resources['kinds'] : undefined;
  if (!Array.isArray(kinds) || kinds.length === 0) return { hasKinds: false, templated: false };
  let templated = false;
  let subresource: NodeRef | undefined;
  let pod: NodeRef | undefined;
  let controller: NodeRef | undefined;
  let explicitSubresource: NodeRef | undefined;
  kinds.forEach((kind, i) => {
    const at = childRef(block.ref, 'resources', 'kinds', i);
    if (typeof kind !== 'string' || kind.includes('{{')) {
      templated = true;
      return;
    }
    const selector = parseKindSelector(kind);
    if (!selector) return;
    if (!subresource && selectorMatches(selector, EPHEMERAL_REQUEST, true)) subresource = at;
    if (!pod && selectorMatches(selector, POD_REQUEST, true)) pod = at;
    if (!controller && selectsPodController(selector)) controller = at;
    if (!explicitSubresource && selectorMatches(selector, EPHEMERAL_REQUEST, false)) explicitSubresource = at;
  });
  return { hasKinds: true, templated, subresource, pod, controller, explicitSubresource };
};

/** Whether a match block's `resources.operations` (absent or empty: every operation) lets `operation` in. */
export const operationsAdmit = (block: unknown, operation: unknown): boolean => {
  const resources = isRecord(block) ? block['resources'] : undefined;
  const operations = isRecord(resources) ? resources['operations'] : undefined;
  return !Array.isArray(operations) || operations.length === 0 || operations.includes(operation);
};

/** The block's `operations` when set and without UPDATE: it never sees the subresource write. */
const operationsWithoutUpdate = (block: Block): NodeRef | undefined =>
  operationsAdmit(block.value, 'UPDATE') ? undefined : childRef(block.ref, 'resources', 'operations');

/** Filters besides kinds and operations: an exclude with one of them is partial, not blanket. */
const NARROWING_KEYS = ['name', 'names', 'namespaces', 'annotations', 'selector', 'namespaceSelector'] as const;
const SUBJECT_KEYS = ['subjects', 'roles', 'clusterRoles'] as const;

const isNarrowed = (block: Block): boolean => {
  const resources = isRecord(block.value['resources']) ? block.value['resources'] : {};
  return (
    NARROWING_KEYS.some((k) => resources[k] !== undefined) ||
    SUBJECT_KEYS.some((k) => block.value[k] !== undefined)
  );
};

/** Kyverno's rule matching (pkg/engine/utils/match.go) reduced to the two requests we care about. */
export const ruleMatchFacts = (rule: Record<string, unknown>, ruleRef: NodeRef): RuleMatchFacts => {
  const exclusions: Evidence[] = [];
  let updateDropped: Evidence | undefined;
  let subresourceExcluded: Evidence | undefined;

  const match = rule['match'];
  if (!isRecord(match)) {
    return { target: 'unknown', receivesSubresource: 'unknown', ephemeralExclusions: exclusions };
  }
  const { mode, blocks } = blocksOf(match, childRef(ruleRef, 'match'));
  const kinds = blocks.map(kindsOfBlock);
  const withKinds = kinds.filter((k) => k.hasKinds);
  const templated = kinds.some((k) => k.templated);

  const subresourceBlocks =
    mode === 'any'
      ? blocks.filter((_, i) => kinds[i]!.subresource)
      : withKinds.length > 0 && withKinds.every((k) => k.subresource)
        ? blocks
        : [];
  const subresourceAt = kinds.find((k) => k.subresource)?.subresource;
  const podAt = kinds.find((k) => k.pod)?.pod;
  const controllerAt = kinds.find((k) => k.controller)?.controller;

  let target: RuleMatchFacts['target'];
  if (subresourceBlocks.length > 0) target = 'pod';
  else if (templated || withKinds.length === 0) target = 'unknown';
  else if (controllerAt && !podAt) target = 'controllers-only';
  else target = 'none';

  if (target === 'pod') {
    const dropped = subresourceBlocks.map(operationsWithoutUpdate);
    const droppedAll = mode === 'any' ? dropped.every((d) => d) : dropped.some((d) => d);
    const first = dropped.find((d) => d);
    if (droppedAll && first) updateDropped = { at: first, note: 'match operations without UPDATE' };
  }

  const exclude = rule['exclude'];
  if (isRecord(exclude)) {
    const excluded = blocksOf(exclude, childRef(ruleRef, 'exclude'));
    for (const block of excluded.blocks) {
      const blockKinds = kindsOfBlock(block);
      const blanket = !isNarrowed(block) && (excluded.mode === 'any' || excluded.blocks.length === 1);
      if (blockKinds.explicitSubresource) {
        const evidence = { at: blockKinds.explicitSubresource, note: 'exclude names the ephemeralcontainers subresource' };
        exclusions.push(evidence);
        if (blanket) subresourceExcluded ??= evidence;
        continue;
      }
      const resources = isRecord(block.value['resources']) ? block.value['resources'] : {};
      const operations = resources['operations'];
      const excludesUpdate = Array.isArray(operations) && operations.includes('UPDATE');
      if (!excludesUpdate || (blockKinds.hasKinds && !blockKinds.subresource)) continue;
      const at = childRef(block.ref, 'resources', 'operations');
      if (blanket) updateDropped ??= { at, note: 'exclude of every UPDATE' };
      else exclusions.push({ at, note: 'exclude takes UPDATE (and with it the subresource) out for some Pods' });
    }
  }

  const explicitAt = withKinds.find((k) => k.explicitSubresource)?.explicitSubresource;
  const subresourceOnly =
    target === 'pod' && !templated && explicitAt && withKinds.every((k) => !k.pod) && withKinds.length === kinds.length
      ? { at: explicitAt, note: 'matches only Pod/ephemeralcontainers' }
      : undefined;

  return {
    target,
    ...(subresourceOnly ? { subresourceOnly } : {}),
    receivesSubresource: target === 'pod' && !subresourceExcluded ? 'yes' : target === 'unknown' ? 'unknown' : 'no',
    subresourceEvidence: subresourceExcluded ?? (subresourceAt ? { at: subresourceAt, note: 'matches Pod, so Kyverno >= 1.5.3 sends it UPDATE pods/ephemeralcontainers' } : undefined),
    controllersEvidence: target === 'controllers-only' && controllerAt ? { at: controllerAt, note: 'matches pod controllers only; their templates cannot hold ephemeral containers' } : undefined,
    updateDropped,
    subresourceExcluded,
    ephemeralExclusions: exclusions,
  };
};
