import type { CoverageFact, ExemptionFact } from '../analyze/coverage.ts';
import { objectLabel } from '../model/object-ref.ts';
import { auditNote } from './wording.ts';
import { fieldsMissingEphemeral } from './wording.ts';
import { defineRule, type Draft } from './rule.ts';
import { pushAll } from '../array.ts';

/** Kyverno policies by the name a PolicyException uses (`name`, or `namespace/name` for a Policy). */
const kyvernoPolicies = (coverage: readonly CoverageFact[]): Map<string, CoverageFact[]> => {
  const index = new Map<string, CoverageFact[]>();
  for (const fact of coverage) {
    if (fact.engine !== 'kyverno') continue;
    const key = fact.policy.kind === 'Policy' && fact.policy.namespace ? `${fact.policy.namespace}/${fact.policy.name}` : fact.policy.name;
    const list = index.get(key);
    if (list) list.push(fact);
    else index.set(key, [fact]);
  }
  return index;
};

/**
 * Does the exception let ephemeral containers past this rule? A `validate.podSecurity` rule
 * still runs when the exception lists Pod Security controls, minus those controls
 * (validate_pss.go): only entries that exempt ephemeral containers let them past.
 */
const skipsEphemeral = (exemption: ExemptionFact, rule: CoverageFact): boolean =>
  exemption.podSecurityControls === undefined || rule.podSecurityStandard === undefined || exemption.podSecurityControls.length > 0;

/** The security rules an exception reaches; undefined when some named policy is not in scope. */
const reachedRules = (exemption: ExemptionFact, index: ReadonlyMap<string, readonly CoverageFact[]>): CoverageFact[] | undefined => {
  const reached: CoverageFact[] = [];
  for (const target of exemption.policies) {
    const rules = index.get(target.name);
    if (!rules) return undefined;
    pushAll(reached, rules.filter((r) => r.verdict !== 'not-applicable' && (!target.rules || target.rules.includes(r.rule ?? '')) && skipsEphemeral(exemption, r)));
  }
  return reached;
};

export default defineRule({
  meta: {
    id: 'EG109',
    name: 'exception-exempts-ephemeral',
    holes: ['excluded'],
    short: 'An exception or exclusion takes the ephemeral-container subresource out of a security policy.',
    level: 'warning',
    securitySeverity: 5.0,
    tags: ['security', 'admission', 'ephemeral-containers'],
    messages: {
      exclude:
        '{{policy}}: {{note}}. Ephemeral containers escape the {{fields}} checks of{{rule}} there: anyone who may add one (kubectl debug) runs it unchecked by this rule. Remove the exclusion or narrow it to the containers that really need it.{{audit}}',
      exception:
        '{{exception}}: {{note}}. Ephemeral containers in the Pods it matches skip {{policies}}: anyone who may add one there runs it unchecked. Exempt Pods by name or label and leave Pod/ephemeralcontainers out of the exception\'s match.',
      podSecurity:
        '{{exception}}: {{note}}. Pod Security is the one control that always sees ephemeral containers; keep its exemptions to system namespaces and controllers.',
    },
  },
  *check(facts): Generator<Draft<'exclude' | 'exception' | 'podSecurity'>> {
    const seen = new Set<string>();
    for (const fact of facts.coverage) {
      if (fact.verdict === 'not-applicable') continue;
      for (const evidence of fact.exemptsEphemeral ?? []) {
        const key = JSON.stringify(evidence.at);
        if (seen.has(key)) continue;
        seen.add(key);
        yield {
          messageId: 'exclude',
          data: { policy: objectLabel(fact.policy), rule: fact.rule ? ` rule ${fact.rule}` : ' this policy', note: evidence.note, fields: fieldsMissingEphemeral(fact, false).fields, audit: auditNote(fact) },
          at: evidence.at,
          object: fact.policy,
        };
      }
    }
    const index = kyvernoPolicies(facts.coverage);
    for (const exemption of facts.exemptions) {
      if (exemption.coversSubresource === 'no') continue;
      if (exemption.engine === 'pod-security') {
        yield { messageId: 'podSecurity', data: { exception: objectLabel(exemption.exemption), note: exemption.note }, at: exemption.at, object: exemption.exemption };
        continue;
      }
      const reached = exemption.engine === 'kyverno' ? reachedRules(exemption, index) : undefined;
      if (reached && reached.length === 0) continue;
      // Pod Security controls only mean something to a podSecurity rule, so the rule an exception
      // that lists them names out of scope is taken to be one: none of them exempts an ephemeral container.
      if (!reached && exemption.podSecurityControls?.length === 0) continue;
      const names = exemption.policies.map((p) => (p.rules ? `${p.name} (${p.rules.join(', ')})` : p.name)).join(', ') || 'every policy';
      yield {
        messageId: 'exception',
        data: { exception: objectLabel(exemption.exemption), note: exemption.note, policies: names },
        at: exemption.at,
        object: exemption.exemption,
        related: [
          ...(reached ?? []).map((r) => ({ at: r.policy.at, note: `${objectLabel(r.policy)}${r.rule ? ` rule ${r.rule}` : ''} is exempted` })),
          ...(exemption.podSecurityControls ?? []).map((control) => ({ at: control.at, note: control.note })),
        ],
      };
    }
  },
});
