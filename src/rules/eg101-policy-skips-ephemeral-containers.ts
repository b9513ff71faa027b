import { CONTAINER_LISTS, type CoverageFact, type FieldCheck } from '../analyze/coverage.ts';
import { ephemeralRelevantChecks } from '../analyze/verdict.ts';
import { objectLabel } from '../model/object-ref.ts';
import { defineRule, type RelatedRef } from './rule.ts';
import { withClosure } from './closed-hole.ts';

/** How many field names a message lists before "and N more". */
const MAX_FIELDS = 4;

/**
 * The settable container fields a policy checks without ephemeral containers (those whose
 * lists, when known, leave ephemeralContainers out), security fields first; and whether one is
 * a securityContext field.
 */
export const fieldsMissingEphemeral = (fact: CoverageFact, onlyMissing = true): { fields: string; first: string; security: boolean } => {
  const all = ephemeralRelevantChecks(fact.checks);
  const missing = all.filter((c: FieldCheck) => !(c.lists ?? []).includes('ephemeralContainers'));
  const relevant = onlyMissing && missing.length > 0 ? missing : all;
  const names = [...new Set([...relevant].sort((a, b) => (a.category === 'security' ? 0 : 1) - (b.category === 'security' ? 0 : 1)).map((c) => c.field))];
  const shown = names.slice(0, MAX_FIELDS).join(', ');
  const fields = names.length > MAX_FIELDS ? `${shown} and ${names.length - MAX_FIELDS} more` : shown || 'container fields';
  // The headline names one field and counts the others, so that it stays short.
  const first = names.length > 1 ? `${names[0]} and ${names.length - 1} more` : fields;
  return { fields, first, security: relevant.some((c) => c.category === 'security') };
};

/**
 * The container lists the policy checks those fields on, as the message names them: the lists of
 * the checks that miss ephemeral containers, else the lists it reads ("containers",
 * "containers and initContainers").
 */
export const listsChecked = (fact: CoverageFact): string => {
  const missing = ephemeralRelevantChecks(fact.checks).filter((c: FieldCheck) => !(c.lists ?? []).includes('ephemeralContainers'));
  const fromChecks = new Set(missing.flatMap((c) => c.lists ?? []));
  const lists = CONTAINER_LISTS.filter((list) => list !== 'ephemeralContainers' && (fromChecks.size > 0 ? fromChecks.has(list) : fact.reads[list] !== undefined));
  return lists.length > 0 ? lists.join(' and ') : 'containers';
};

/** The objects that put a policy into effect (Gatekeeper Constraints, bindings), as related locations. */
export const activatorsOf = (fact: CoverageFact): RelatedRef[] =>
  (fact.activatedBy ?? []).map((object) => ({ at: object.at, note: `${objectLabel(object)} puts this policy into effect` }));

const CEL_FIX = 'Add `object.spec.?ephemeralContainers.orValue([])` to the containers the expressions check.';

/** What to change, in the policy's own language (a Gatekeeper template's by the code that decides). */
const FIX: Readonly<Partial<Record<CoverageFact['engine'] | 'gatekeeper-rego' | 'gatekeeper-cel', string>>> = {
  'gatekeeper-rego':
    'Read spec.ephemeralContainers as well: the gatekeeper-library idiom is a third clause `input_containers[c] { c := input.review.object.spec.ephemeralContainers[_] }`.',
  'gatekeeper-cel': 'Read spec.ephemeralContainers as well: add `variables.anyObject.spec.?ephemeralContainers.orValue([])` to the list checked.',
  kyverno:
    'Add an `=(ephemeralContainers)` branch beside `containers` in the pattern, or name ephemeralContainers in the foreach list / deny JMESPath (`request.object.spec.[ephemeralContainers, initContainers, containers][]`).',
  'kyverno-cel': CEL_FIX,
  'validating-admission-policy': CEL_FIX,
  'mutating-admission-policy': CEL_FIX,
};
const DEFAULT_FIX = 'Check spec.ephemeralContainers with the same rules as containers.';

/** The key of a fact's own engine in a table of advice: a Gatekeeper template's decided by its language. */
export const engineKey = (fact: CoverageFact): CoverageFact['engine'] | 'gatekeeper-rego' | 'gatekeeper-cel' =>
  fact.engine === 'gatekeeper' && fact.language !== undefined ? `gatekeeper-${fact.language}` : fact.engine;

export default defineRule({
  meta: {
    id: 'EG101',
    name: 'policy-skips-ephemeral-containers',
    short: 'A policy checks container fields on containers or initContainers but never on ephemeralContainers.',
    level: 'warning',
    securitySeverity: 6.5,
    tags: ['security', 'admission', 'ephemeral-containers'],
    messages: {
      skips:
        '{{policy}} checks {{field}} but never reads ephemeralContainers. It checks {{fields}} on {{lists}}: anyone who may add an ephemeral container (kubectl debug) can run one that breaks this policy in any Pod it admits. {{fix}}',
    },
  },
  *check(facts) {
    for (const fact of facts.coverage) {
      if (fact.verdict !== 'not-covered') continue;
      for (const reason of fact.reasons) {
        if (reason.ruleId !== 'EG101') continue;
        const { fields, first, security } = fieldsMissingEphemeral(fact);
        yield withClosure(reason, {
          messageId: 'skips',
          data: { policy: objectLabel(fact.policy), field: first, fields, lists: listsChecked(fact), fix: FIX[engineKey(fact)] ?? DEFAULT_FIX },
          at: reason.at ?? fact.policy.at,
          object: fact.policy,
          related: activatorsOf(fact),
          ...(security ? { level: 'error' as const, securitySeverity: 8.1 } : {}),
        });
      }
    }
  },
});
