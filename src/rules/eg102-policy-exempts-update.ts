import { libraryVersionSkippingUpdate } from '../model/gatekeeper-library.ts';
import { objectLabel } from '../model/object-ref.ts';
import { activatorsOf, engineKey, fieldsMissingEphemeral } from './wording.ts';
import { defineRule } from './rule.ts';
import { withClosure } from './closed-hole.ts';

const CEL_FIX = 'Exempt only plain updates: skip a request when `request.operation == "UPDATE" && request.subResource != "ephemeralcontainers"`.';

/** What to change, in the policy's own language (a Gatekeeper template's by the code that decides). */
const FIX: Readonly<Partial<Record<ReturnType<typeof engineKey>, string>>> = {
  'gatekeeper-rego':
    'Exempt only plain updates: in `is_update`, test `review.operation == "UPDATE"` plus `object.get(review, "subResource", "") != "ephemeralcontainers"`.',
  'gatekeeper-cel': CEL_FIX,
  kyverno: 'Keep UPDATE in the operations and preconditions, so that UPDATE of pods/ephemeralcontainers is checked too.',
  'kyverno-cel': CEL_FIX,
  'validating-admission-policy': CEL_FIX,
  'mutating-admission-policy': CEL_FIX,
};
const DEFAULT_FIX = 'Exempt only plain updates: skip a request when its operation is UPDATE and its subResource is not ephemeralcontainers.';

export default defineRule({
  meta: {
    id: 'EG102',
    name: 'policy-exempts-update',
    holes: ['skips-update'],
    short: 'A policy skips every UPDATE request, and adding an ephemeral container is an UPDATE.',
    level: 'error',
    securitySeverity: 8.1,
    tags: ['security', 'admission', 'ephemeral-containers'],
    messages: {
      skipsUpdate:
        '{{policy}} skips every UPDATE request here, so it never checks an ephemeral container. Adding one (kubectl debug) is an UPDATE of pods/ephemeralcontainers: its {{fields}} checks never run on one at admission, so anyone who may add one can break them. {{fix}}',
      librarySkipsUpdate:
        '{{policy}} skips every UPDATE request here, so it never checks an ephemeral container. Adding one (kubectl debug) is an UPDATE of pods/ephemeralcontainers: its {{fields}} checks never run on one at admission, so anyone who may add one can break them. gatekeeper-library version {{version}} of this template is known to do this (the exemption arrived in Sept 2023 and every later release keeps it), so updating the library does not help; only audit reports the Pod later. {{fix}}',
    },
  },
  *check(facts) {
    for (const fact of facts.coverage) {
      if (fact.verdict !== 'not-covered') continue;
      for (const reason of fact.reasons) {
        if (reason.hole !== 'skips-update') continue;
        const template = fact.engine === 'gatekeeper' ? facts.workspace.find(fact.policy.kind, fact.policy.namespace, fact.policy.name) : undefined;
        const version = template ? libraryVersionSkippingUpdate(template) : undefined;
        const data = { policy: objectLabel(fact.policy), fields: fieldsMissingEphemeral(fact, false).fields, fix: FIX[engineKey(fact)] ?? DEFAULT_FIX };
        yield withClosure(reason, {
          messageId: version ? 'librarySkipsUpdate' : 'skipsUpdate',
          data: version ? { ...data, version } : data,
          at: reason.at ?? fact.updateEvidence?.at ?? fact.policy.at,
          object: fact.policy,
          related: activatorsOf(fact),
        });
      }
    }
  },
});
