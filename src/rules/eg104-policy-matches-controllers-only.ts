import { objectLabel, type ObjectRef } from '../model/object-ref.ts';
import { isTextRef } from '../model/source-ref.ts';
import { fieldsMissingEphemeral } from './eg101-policy-skips-ephemeral-containers.ts';
import { defineRule, type RelatedRef } from './rule.ts';
import type { SourceRef } from '../model/source-ref.ts';

/** The object (policy or one of its activators) whose document holds `at`. */
const ownerOf = (at: SourceRef, candidates: readonly ObjectRef[]): ObjectRef | undefined =>
  isTextRef(at) ? undefined : candidates.find((object) => object.at.file === at.file && object.at.doc === at.doc && at.path.length >= object.at.path.length && object.at.path.every((p, i) => at.path[i] === p));

export default defineRule({
  meta: {
    id: 'EG104',
    name: 'policy-matches-controllers-only',
    short: 'A container-security policy matches only pod controllers, never Pod, so it never sees ephemeral containers.',
    level: 'warning',
    securitySeverity: 5.5,
    tags: ['security', 'admission', 'ephemeral-containers'],
    messages: {
      controllersOnly:
        '{{object}} matches only pod controllers here, never Pod, so the {{fields}} checks of {{policy}} never see an ephemeral container: those are added to running Pods (kind Pod, pods/ephemeralcontainers), and pod templates cannot hold them. Match Pod as well (Gatekeeper: `{apiGroups: [""], kinds: ["Pod"]}` in match.kinds; Kyverno: `Pod` in match kinds).',
    },
  },
  *check(facts) {
    for (const fact of facts.coverage) {
      if (fact.verdict !== 'not-covered') continue;
      for (const reason of fact.reasons) {
        if (reason.ruleId !== 'EG104') continue;
        const at = reason.at ?? fact.controllersOnly?.at ?? fact.policy.at;
        const owner = ownerOf(at, [...(fact.activatedBy ?? []), fact.policy]) ?? fact.policy;
        const related: RelatedRef[] = [];
        if (owner !== fact.policy) related.push({ at: fact.policy.at, note: `${objectLabel(fact.policy)}: the policy whose checks this activates` });
        for (const other of fact.activatedBy ?? []) {
          if (other !== owner) related.push({ at: other.at, note: `${objectLabel(other)} also activates ${objectLabel(fact.policy)}` });
        }
        yield {
          messageId: 'controllersOnly',
          data: { object: objectLabel(owner), policy: objectLabel(fact.policy), fields: fieldsMissingEphemeral(fact, false).fields },
          at,
          object: owner,
          related,
        };
      }
    }
  },
});
