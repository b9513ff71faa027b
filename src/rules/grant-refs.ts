import type { EphemeralAccess } from '../analyze/access.ts';
import { roleText } from '../model/rbac/wording.ts';
import type { RelatedRef } from './rule.ts';

/** How many of a grant's rules a finding points at: a role at the end of an aggregation chain holds every rule along it. */
const RULES_RELATED = 10;

/** The rules that let a grant add ephemeral containers, as related locations (the first few). */
export const grantRuleRefs = (access: EphemeralAccess): RelatedRef[] =>
  access.rules
    .flatMap(({ resourceAt, rule }) => (resourceAt ? [{ at: resourceAt, note: `the rule, in ${roleText(rule.role)}` }] : []))
    .slice(0, RULES_RELATED);
