/**
 * One grant chain, one entry: EG301 (nothing guards the access), EG202 (who has it, at the same
 * binding subject) and EG201 (the role rule that grants it) describe one problem. The text
 * report and the job summary print the chain's most telling finding and name the others under
 * it; JSON and SARIF keep every finding.
 */
import type { Finding } from '../rules/finding.ts';
import type { Location } from '../model/source-ref.ts';
import { COPY_NOTE } from './duplicates.ts';

export interface FindingEntry {
  readonly finding: Finding;
  /** Findings of the same grant chain, printed with this one instead of on their own. */
  readonly linked: readonly Finding[];
}

const at = (location: Location): string => `${location.file}:${location.startLine}:${location.startColumn}`;

/** Heads in this order of preference: EG301, then EG202 (an EG201 alone stays alone). */
const HEAD_RULES = ['EG301', 'EG202'] as const;

/** The findings in their order, with the members of each grant chain under its head. */
export const linkGrantChains = (findings: readonly Finding[]): FindingEntry[] => {
  const open = (finding: Finding): boolean => !finding.suppression;
  const subjectFindings = new Map<string, Finding[]>();
  const roleRuleFindings = new Map<string, Finding>();
  for (const finding of findings) {
    if (!open(finding)) continue;
    if (finding.ruleId === 'EG202') subjectFindings.set(at(finding.location), [...(subjectFindings.get(at(finding.location)) ?? []), finding]);
    if (finding.ruleId === 'EG201') {
      // A folded EG201 stands for each of its copies: a chain may name any of them.
      for (const location of [finding.location, ...finding.related.filter((related) => related.note === COPY_NOTE).map((related) => related.location)]) {
        if (!roleRuleFindings.has(at(location))) roleRuleFindings.set(at(location), finding);
      }
    }
  }
  const absorbed = new Set<Finding>();
  const linkedOf = new Map<Finding, Finding[]>();
  for (const headRule of HEAD_RULES) {
    for (const head of findings) {
      if (head.ruleId !== headRule || !open(head) || absorbed.has(head)) continue;
      const linked: Finding[] = [];
      const members = headRule === 'EG301' ? (subjectFindings.get(at(head.location)) ?? []).filter((member) => member.object === head.object && !absorbed.has(member)) : [];
      for (const member of members) {
        absorbed.add(member);
        linked.push(member);
      }
      for (const source of [head, ...members]) {
        for (const related of source.related) {
          const role = roleRuleFindings.get(at(related.location));
          if (role && !absorbed.has(role)) {
            absorbed.add(role);
            linked.push(role);
          }
        }
      }
      if (linked.length > 0) linkedOf.set(head, linked);
    }
  }
  return findings.filter((finding) => !absorbed.has(finding)).map((finding) => ({ finding, linked: linkedOf.get(finding) ?? [] }));
};
