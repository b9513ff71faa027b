import type { Evidence } from '../coverage.ts';
import { childRef, spanRef, type NodeRef } from '../../model/source-ref.ts';
import { conditionReads, conditionUnknowns, conditionsDropUpdate, expressionReads } from './conditions.ts';
import { contextBindings } from './context-bindings.ts';
import type { JmesBinding } from './jmespath-reads.ts';
import { containerPatternChecks, patternChecks, type LogicFacts } from './pattern-checks.ts';
import { isRecord } from '../../json.ts';
import { pushAll } from '../../array.ts';

/** Kyverno stops nested foreach well before this; deeper input is hostile. */
const MAX_NESTING = 16;

/**
 * A `validate.foreach` (or nested foreach): each entry's `list` JMESPath names what `element`
 * (and `element<N>`, N = nesting level from 0) holds (pkg/engine/context AddElement); its
 * pattern applies to the element unless `elementScope: false`, its deny conditions read
 * `{{ element... }}`, and its preconditions can drop UPDATE just like the rule's.
 */
export const foreachFacts = (
  entries: unknown,
  ref: NodeRef,
  bindings: ReadonlyMap<string, JmesBinding>,
  facts: LogicFacts,
  updateDrops: Evidence[],
  updateUnknowns: Evidence[],
  nesting = 0,
): void => {
  if (!Array.isArray(entries)) return;
  if (nesting > MAX_NESTING) {
    facts.unknowns.push({ at: ref, note: 'foreach nested too deeply to follow' });
    return;
  }
  entries.forEach((entry, i) => {
    if (!isRecord(entry)) return;
    const entryRef = childRef(ref, i);
    const list = entry['list'];
    let element: JmesBinding = { t: 'opaque' };
    if (typeof list === 'string') {
      element = expressionReads(list, childRef(entryRef, 'list'), 0, bindings, facts);
      const only = element.t === 'containers' && element.lists.length === 1 && element.rel.length === 0 && !element.derived ? element.lists[0] : undefined;
      // `request.object.spec.containers`, the Pod's own list: the multiselect idiom adds ephemeral containers.
      if (only?.list === 'containers' && list.slice(0, only.span.start) === 'request.object.spec.' && only.span.end === list.length) {
        facts.fixes.push({ kind: 'replace', hole: 'skips-ephemeral-list', at: spanRef(childRef(entryRef, 'list'), only.span.start, only.span.end), expected: 'containers', text: '[containers, ephemeralContainers][]', description: 'Name ephemeralContainers in the foreach list' });
      }
    } else {
      facts.unknowns.push({ at: childRef(entryRef, 'list'), note: 'foreach without a list expression' });
    }
    const withElement = new Map(bindings);
    withElement.set('element', element);
    withElement.set(`element${nesting}`, element);
    // The entry's context is evaluated once per element, so it can read `element`.
    const inner = contextBindings(entry['context'], childRef(entryRef, 'context'), withElement, facts);

    const preconditions = conditionsDropUpdate(entry['preconditions'], childRef(entryRef, 'preconditions'), 'foreach preconditions');
    if (preconditions.dropsUpdate) updateDrops.push(preconditions.dropsUpdate);
    pushAll(updateUnknowns, preconditions.unknowns);
    pushAll(facts.unknowns, conditionUnknowns(entry['preconditions'], childRef(entryRef, 'preconditions'), inner));

    const elementScope = entry['elementScope'] !== false;
    for (const key of ['pattern', 'anyPattern'] as const) {
      const pattern = entry[key];
      if (pattern === undefined) continue;
      const patterns = key === 'anyPattern' && Array.isArray(pattern) ? pattern : [pattern];
      patterns.forEach((p, j) => {
        const patternRef = key === 'anyPattern' && Array.isArray(pattern) ? childRef(entryRef, key, j) : childRef(entryRef, key);
        if (!elementScope) patternChecks(p, patternRef, facts);
        else if (element.t === 'containers') containerPatternChecks(p, patternRef, element.lists.map((l) => l.list), element.rel, facts);
      });
    }

    const deny = entry['deny'];
    if (isRecord(deny)) {
      const conditionsRef = childRef(entryRef, 'deny', 'conditions');
      conditionReads(deny['conditions'], conditionsRef, inner, facts);
      const never = conditionsDropUpdate(deny['conditions'], conditionsRef, 'deny conditions');
      if (never.dropsUpdate) updateDrops.push(never.dropsUpdate);
      pushAll(updateUnknowns, never.unknowns);
    }

    foreachFacts(entry['foreach'], childRef(entryRef, 'foreach'), inner, facts, updateDrops, updateUnknowns, nesting + 1);
  });
};
