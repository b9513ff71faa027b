import { childRef, type NodeRef } from '../../model/source-ref.ts';
import type { ContainerList } from '../coverage.ts';
import { expressionReads, stringReads } from './conditions.ts';
import type { JmesBinding } from './jmespath-reads.ts';
import { emptyLogicFacts, type LogicFacts } from './pattern-checks.ts';
import { isRecord } from '../../json.ts';
import { pushAll } from '../../array.ts';

/**
 * A rule's (or foreach's) `context` entries: a `variable.jmesPath` binds its result to the
 * entry's name, so later `{{ name... }}` reads follow it. Other sources (configMap, apiCall,
 * imageRegistry, globalReference) hold data from outside the Pod, looked up with `{{ }}`
 * variables: a lookup keyed by a container field (`imageRegistry.reference: "{{ element.image }}"`)
 * yields data about that field, so checks on it are checks on the field.
 */
export const contextBindings = (
  entries: unknown,
  ref: NodeRef,
  outer: ReadonlyMap<string, JmesBinding>,
  facts: LogicFacts,
): ReadonlyMap<string, JmesBinding> => {
  if (!Array.isArray(entries) || entries.length === 0) return outer;
  const bindings = new Map(outer);
  entries.forEach((entry, i) => {
    if (!isRecord(entry) || typeof entry['name'] !== 'string') return;
    const variable = entry['variable'];
    const jmesPath = isRecord(variable) ? variable['jmesPath'] : undefined;
    if (typeof jmesPath === 'string') {
      const source = childRef(ref, i, 'variable', 'jmesPath');
      bindings.set(entry['name'], expressionReads(jmesPath, source, 0, bindings, facts));
    } else {
      const lookup = emptyLogicFacts();
      stringReads(entry, childRef(ref, i), bindings, lookup, 0);
      mergeLookup(facts, lookup);
      bindings.set(entry['name'], derivedFrom(lookup));
    }
  });
  return bindings;
};

const mergeLookup = (facts: LogicFacts, lookup: LogicFacts): void => {
  pushAll(facts.reads, lookup.reads);
  pushAll(facts.checks, lookup.checks);
  pushAll(facts.unknowns, lookup.unknowns);
};

/** The binding of a lookup keyed by container fields: data about the first such field. */
const derivedFrom = (lookup: LogicFacts): JmesBinding => {
  const keyed = lookup.checks.find((c) => c.lists.length > 0);
  if (!keyed) return { t: 'opaque' };
  const lists = [...new Set(lookup.checks.flatMap((c) => c.lists))] as ContainerList[];
  return {
    t: 'containers',
    lists: lists.map((list) => ({ list, span: { start: 0, end: 0 } })),
    rel: keyed.field.split('.'),
    derived: true,
  };
};
