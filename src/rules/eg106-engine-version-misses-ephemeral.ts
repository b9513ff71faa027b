import type { EngineVersionFact } from '../analyze/engine-versions/index.ts';
import { objectLabel } from '../model/object-ref.ts';
import { defineRule } from './rule.ts';

const SOURCE: Readonly<Record<EngineVersionFact['source'], string>> = {
  image: 'image',
  'chart-dependency': 'Chart.yaml dependency chart',
  'helm-release': 'HelmRelease chart',
  'argo-application': 'Argo CD Application chart',
};

const ENGINE: Readonly<Record<EngineVersionFact['engine'], string>> = { kyverno: 'Kyverno', gatekeeper: 'Gatekeeper' };

export default defineRule({
  meta: {
    id: 'EG106',
    name: 'engine-version-misses-ephemeral',
    holes: ['engine-too-old'],
    short: 'A vendored policy engine is too old to see the pods/ephemeralcontainers subresource.',
    level: 'error',
    securitySeverity: 7.5,
    tags: ['security', 'admission', 'ephemeral-containers'],
    messages: {
      tooOld:
        '{{object}} deploys {{engine}} {{version}}, which never registers pods/ephemeralcontainers in its webhook. The version comes from its {{source}}: none of its policies sees an ephemeral container, whatever they check. Upgrade to {{engine}} {{fixed}} or later.',
      generatedVap:
        '{{object}} deploys Gatekeeper {{version}} with ValidatingAdmissionPolicy generation on, and the VAPs it generates miss ephemeral containers. The version comes from its {{source}}; the VAPs it generates from templates match `resources: ["*"]`, which never includes pods/ephemeralcontainers, so the API server evaluates those policies without ephemeral containers. Upgrade to Gatekeeper {{fixed}} (the generated VAPs copy the webhook\'s rules), run 3.21 with --sync-vap-enforcement-scope=true, or turn generation off (--default-create-vap-for-templates=false).',
    },
  },
  *check(facts) {
    for (const fact of facts.engineVersions ?? []) {
      const data = { object: objectLabel(fact.object), engine: ENGINE[fact.engine], version: fact.version, source: SOURCE[fact.source], fixed: fact.fixedIn };
      yield {
        messageId: fact.problem === 'too-old' ? 'tooOld' : 'generatedVap',
        data,
        at: fact.at,
        object: fact.object,
        ...(fact.flagAt ? { related: [{ at: fact.flagAt, note: 'VAP generation is switched on here' }] } : {}),
      };
    }
  },
});
