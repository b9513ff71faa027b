import type { CoverageFact } from '../analyze/coverage.ts';
import { ephemeralRelevantChecks } from '../model/container-fields.ts';
import { objectLabel } from '../model/object-ref.ts';
import { activatorsOf, auditNote, fieldsMissingEphemeral } from './wording.ts';
import { defineRule, type Draft } from './rule.ts';
import { withClosure } from './closed-hole.ts';

const isWebhookConfiguration = (fact: CoverageFact): boolean => fact.policy.kind.endsWith('WebhookConfiguration');

/** What each known engine's webhook should list, and since which release. */
const ENGINE_WEBHOOK: Readonly<Partial<Record<CoverageFact['engine'], string>>> = {
  gatekeeper:
    "Gatekeeper's validating webhook lists pods/ephemeralcontainers since v3.9.0 and the Helm chart's mutating webhook since v3.17.0 (the static deploy/gatekeeper.yaml mutating webhook still lists only `*`): this copy misses it, so no Constraint or mutator sees an ephemeral container.",
  kyverno:
    'Kyverno 1.5.3 and later add pods/ephemeralcontainers to this webhook for every policy that matches Pods; Kyverno manages its webhook configurations itself, so a copy in Git is stale or from an older release, and no Kyverno policy sees an ephemeral container through it.',
  kubewarden: 'Kubewarden builds this webhook from its policies\' spec.rules: add pods/ephemeralcontainers there.',
  jspolicy: 'jsPolicy builds this webhook from its policies\' spec.resources: add pods/ephemeralcontainers there.',
};

const AUTOGEN_NOTE =
  ' Kyverno generates the controller (Deployment, Job...) variants of a CEL policy only when `pods` is its only resource, so listing the subresource turns autogen off: add the controllers to resourceRules yourself if you rely on it.';

export default defineRule({
  meta: {
    id: 'EG103',
    name: 'match-misses-ephemeral-subresource',
    holes: ['misses-subresource'],
    short: 'Admission match rules include Pods but can never receive the pods/ephemeralcontainers subresource.',
    level: 'error',
    securitySeverity: 7.5,
    tags: ['security', 'admission', 'ephemeral-containers'],
    messages: {
      policy:
        '{{policy}} never receives UPDATE pods/ephemeralcontainers. Its match rules miss it ({{reason}}), so it never checks an ephemeral container: it checks {{fields}}, and anyone who may add an ephemeral container (kubectl debug) runs one this policy never evaluates.{{hint}}{{audit}}',
      engineWebhook:
        '{{policy}} never sends UPDATE pods/ephemeralcontainers to its webhook. Webhook {{webhook}} receives Pods, but its rules miss the subresource ({{reason}}). {{engine}}',
      webhook:
        '{{policy}} {{webhook}} never receives UPDATE pods/ephemeralcontainers. It receives Pods, but its rules miss the subresource ({{reason}}): whatever it checks on Pods, an ephemeral container added with kubectl debug is never sent to it.{{audit}}',
    },
  },
  *check(facts): Generator<Draft<'policy' | 'engineWebhook' | 'webhook'>> {
    for (const fact of facts.coverage) {
      if (fact.verdict !== 'not-covered') continue;
      for (const reason of fact.reasons) {
        if (reason.hole !== 'misses-subresource' || reason.inherited) continue;
        const at = reason.at ?? fact.subresourceEvidence?.at ?? fact.policy.at;
        const common = { at, object: fact.policy, related: activatorsOf(fact) };
        const visible = ephemeralRelevantChecks(fact.checks).length > 0;
        const engineNote = ENGINE_WEBHOOK[fact.engine];
        if (isWebhookConfiguration(fact) && engineNote && (fact.engine === 'gatekeeper' || fact.engine === 'kyverno')) {
          yield withClosure(reason, { ...common, messageId: 'engineWebhook', data: { policy: objectLabel(fact.policy), webhook: fact.rule ?? '', reason: reason.text, engine: engineNote } });
        } else if (visible) {
          yield withClosure(reason, {
            ...common,
            messageId: 'policy',
            data: {
              policy: objectLabel(fact.policy),
              fields: fieldsMissingEphemeral(fact, false).fields,
              reason: reason.text,
              hint: fact.engine === 'kyverno-cel' ? AUTOGEN_NOTE : '',
              audit: auditNote(fact),
            },
          });
        } else {
          yield withClosure(reason, {
            ...common,
            messageId: 'webhook',
            data: { policy: objectLabel(fact.policy), webhook: fact.rule ? `webhook ${fact.rule}` : '(its logic is not visible here)', reason: reason.text, audit: auditNote(fact) },
            level: 'warning',
            securitySeverity: 5.5,
          });
        }
      }
    }
  },
});
