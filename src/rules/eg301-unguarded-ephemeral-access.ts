import type { TargetGuard } from '../analyze/grant-controls.ts';
import { targetText, unguardedReason } from './wording.ts';
import { aggregationText, bindingText, ephemeralGrantText, podsText, roleText } from '../model/rbac/wording.ts';
import type { RelatedRef } from './rule.ts';
import { defineRule } from './rule.ts';
import { grantRuleRefs } from './grant-refs.ts';

/** `namespace a, namespace b and any other namespace`. */
const listText = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** How many places, reasons and Namespace manifests a finding names before counting the rest. */
const PLACES_NAMED = 6;
const REASONS_NAMED = 5;
const NAMESPACES_RELATED = 10;

/** `namespace a and any other namespace`; past PLACES_NAMED: the first namespaces, how many more, and any other. */
const placesText = (open: readonly TargetGuard[]): string => {
  const names = open.map((guard) => targetText(guard.target));
  if (names.length <= PLACES_NAMED) return listText(names);
  const namespaces = open.filter((guard) => guard.target.kind === 'namespace').map((guard) => targetText(guard.target));
  const rest = open.filter((guard) => guard.target.kind !== 'namespace').map((guard) => targetText(guard.target));
  const shown = namespaces.slice(0, PLACES_NAMED - 1);
  return listText([...shown, `${namespaces.length - shown.length} more namespaces in scope`, ...rest]);
};

export default defineRule({
  meta: {
    id: 'EG301',
    name: 'unguarded-ephemeral-access',
    short: 'A subject can add ephemeral containers where nothing in scope would deny a privileged one.',
    level: 'error',
    securitySeverity: 9.1,
    tags: ['security', 'rbac', 'ephemeral-containers'],
    messages: {
      unguarded:
        '{{subject}} can add ephemeral containers in {{place}}, and nothing in scope would deny a privileged one there. It reaches {{pods}} in {{where}} ({{how}}), through {{chain}}, unguarded: {{assumed}}. It can start a privileged container in a running pod there and take over the node. Enforce Pod Security baseline or restricted there, add a policy that denies privileged ephemeralContainers, declare the control in assume.podSecurity if it lives outside the repository, or list the subject under rbac.allow with a reason.',
    },
  },
  *check(facts) {
    for (const { access, targets } of facts.guards.guarded) {
      const open = targets.filter((target) => !target.guarded);
      if (open.length === 0) continue;
      const [first] = access.rules;
      const chain = `${bindingText(access.binding)} → ${roleText(access.role)}${first ? aggregationText(first.rule.via) : ''}${access.roleMatchAssumed ? ' (role matched by assuming the namespace it is applied to)' : ''}`;
      const allReasons = [...new Set(open.map(unguardedReason).filter((reason) => reason !== ''))];
      // A cluster-wide grant can be open in thousands of namespaces: name a few, count the rest.
      const reasons = allReasons.length <= REASONS_NAMED ? allReasons : [...allReasons.slice(0, REASONS_NAMED), `and ${allReasons.length - REASONS_NAMED} more reasons of the same kind`];
      const related: RelatedRef[] = [
        { at: access.binding.roleRefAt, note: `roleRef of ${bindingText(access.binding)}` },
        ...grantRuleRefs(access),
        ...open
          .flatMap((guard) => (guard.target.kind === 'namespace' && guard.target.object ? [{ at: guard.target.object.ref.at, note: `Namespace ${guard.target.namespace}` }] : []))
          .slice(0, NAMESPACES_RELATED),
      ];
      yield {
        messageId: 'unguarded',
        data: {
          subject: access.subject.label,
          pods: podsText(access.resourceNames),
          place: open.length > 1 ? `${targetText(open[0]!.target)} and ${open.length - 1} more` : placesText(open),
          where: placesText(open),
          how: first ? ephemeralGrantText(first.grant) : '',
          chain,
          assumed: reasons.join('; ') || 'no control in scope',
        },
        at: access.subject.at,
        object: access.binding.object,
        related,
      };
    }
  },
});
