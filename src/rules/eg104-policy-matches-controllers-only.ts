import type { CoverageFact } from '../analyze/coverage.ts';
import { objectLabel, type ObjectRef } from '../model/object-ref.ts';
import { isTextRef } from '../model/source-ref.ts';
import { fieldsMissingEphemeral } from './wording.ts';
import { defineRule, type RelatedRef } from './rule.ts';
import { withClosure } from './closed-hole.ts';
import type { SourceRef } from '../model/source-ref.ts';

/** The object (policy or one of its activators) whose document holds `at`. */
const ownerOf = (at: SourceRef, candidates: readonly ObjectRef[]): ObjectRef | undefined =>
  isTextRef(at) ? undefined : candidates.find((object) => object.at.file === at.file && object.at.doc === at.doc && at.path.length >= object.at.path.length && object.at.path.every((p, i) => at.path[i] === p));

const RESOURCE_RULES_FIX = 'Match Pod as well: add `pods` and `pods/ephemeralcontainers` to the resources of a resourceRules entry.';

/** How to match Pod, in the policy's own engine. */
const FIX: Readonly<Partial<Record<CoverageFact['engine'], string>>> = {
  gatekeeper: 'Match Pod as well: `{apiGroups: [""], kinds: ["Pod"]}` in match.kinds.',
  kyverno: 'Match Pod as well: `Pod` in match kinds.',
  'kyverno-cel': RESOURCE_RULES_FIX,
  'validating-admission-policy': RESOURCE_RULES_FIX,
  'mutating-admission-policy': RESOURCE_RULES_FIX,
};
const DEFAULT_FIX = 'Match Pod as well.';

export default defineRule({
  meta: {
    id: 'EG104',
    name: 'policy-matches-controllers-only',
    holes: ['controllers-only'],
    short: 'A container-security policy matches only pod controllers, never Pod, so it never sees ephemeral containers.',
    level: 'warning',
    securitySeverity: 5.5,
    tags: ['security', 'admission', 'ephemeral-containers'],
    messages: {
      controllersOnly:
        '{{object}} matches only pod controllers here, never Pod, so ephemeral containers escape its checks. The {{fields}} checks of {{policy}} never see one: ephemeral containers are added to running Pods (kind Pod, pods/ephemeralcontainers), and pod templates cannot hold them. {{fix}}',
    },
  },
  *check(facts) {
    for (const fact of facts.coverage) {
      if (fact.verdict !== 'not-covered') continue;
      for (const reason of fact.reasons) {
        if (reason.hole !== 'controllers-only') continue;
        const at = reason.at ?? fact.controllersOnly?.at ?? fact.policy.at;
        const owner = ownerOf(at, [...(fact.activatedBy ?? []), fact.policy]) ?? fact.policy;
        const related: RelatedRef[] = [];
        if (owner !== fact.policy) related.push({ at: fact.policy.at, note: `${objectLabel(fact.policy)}: the policy whose checks this activates` });
        for (const other of fact.activatedBy ?? []) {
          if (other !== owner) related.push({ at: other.at, note: `${objectLabel(other)} also activates ${objectLabel(fact.policy)}` });
        }
        yield withClosure(reason, {
          messageId: 'controllersOnly',
          data: { object: objectLabel(owner), policy: objectLabel(fact.policy), fields: fieldsMissingEphemeral(fact, false).fields, fix: FIX[fact.engine] ?? DEFAULT_FIX },
          at,
          object: owner,
          related,
        });
      }
    }
  },
});
