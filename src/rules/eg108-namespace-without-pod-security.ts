import type { TargetGuard } from '../analyze/grant-controls.ts';
import { podSecurityAllowsPrivileged } from '../model/pod-security.ts';
import type { EphemeralAccess } from '../analyze/access.ts';
import { objectLabel, type ObjectRef } from '../model/object-ref.ts';
import type { PodSecurityConfig } from '../model/pod-security.ts';
import { childRef, type NodeRef } from '../model/source-ref.ts';
import type { RelatedRef } from './rule.ts';
import { defineRule } from './rule.ts';

/** `Group dev, ServiceAccount ci/deployer and 3 more`. */
const subjectsText = (grants: readonly EphemeralAccess[]): string => {
  const labels = [...new Set(grants.map((grant) => grant.subject.label))];
  return labels.length <= 3 ? labels.join(', ') : `${labels.slice(0, 3).join(', ')} and ${labels.length - 3} more`;
};

/** How many subjects a finding points at. */
const SUBJECTS_RELATED = 20;

interface Place {
  readonly at: NodeRef;
  readonly object: ObjectRef;
  readonly messageId: 'unlabelled' | 'privileged' | 'exempt' | 'defaultPrivileged';
  readonly data: Record<string, string>;
  readonly grants: EphemeralAccess[];
}

export default defineRule({
  meta: {
    id: 'EG108',
    name: 'namespace-without-pod-security',
    holes: ['enforces-nothing'],
    short: 'A namespace where subjects can add ephemeral containers leaves Pod Security enforce unset or privileged.',
    level: 'warning',
    securitySeverity: 6.0,
    tags: ['security', 'pod-security', 'ephemeral-containers'],
    messages: {
      unlabelled:
        'Namespace {{namespace}} sets no pod-security.kubernetes.io/enforce label, and nothing else in scope denies a privileged ephemeral container there. The cluster default (privileged unless configured) applies, and {{subjects}} can add ephemeral containers there. Label it pod-security.kubernetes.io/enforce: baseline (or restricted).',
      privileged:
        'Namespace {{namespace}} enforces Pod Security privileged, which denies nothing, and nothing else in scope denies a privileged ephemeral container there. There, {{subjects}} can add ephemeral containers. Enforce baseline (or restricted) instead.',
      exempt:
        'The Pod Security configuration in {{config}} exempts namespace {{namespace}}, and nothing else in scope denies a privileged ephemeral container there. There, {{subjects}} can add ephemeral containers. Remove the exemption, or guard the namespace with a policy that reads ephemeralContainers.',
      defaultPrivileged:
        'The Pod Security configuration in {{config}} {{state}}, so namespaces without an enforce label admit privileged pods. There, {{subjects}} can add ephemeral containers with nothing else in scope to deny a privileged one. Set defaults.enforce: baseline (or restricted).',
    },
  },
  *check(facts) {
    const guards = facts.guards;
    const places = new Map<string, Place>();
    const add = (key: string, place: Omit<Place, 'grants'>, grant: EphemeralAccess): void => {
      const found = places.get(key);
      if (found) found.grants.push(grant);
      else places.set(key, { ...place, grants: [grant] });
    };
    for (const { access, targets } of guards.guarded) {
      for (const guard of targets) {
        if (guard.guarded || guard.podSecurity.exemptUser || !podSecurityAllowsPrivileged(guard)) continue;
        const place = placeOf(guard, guards.podSecurityConfigs);
        if (place) add(`${place.at.file}\u0000${place.at.doc}\u0000${place.at.path.join('\u0000')}`, place, access);
      }
    }
    for (const place of places.values()) {
      // Thousands of grants can meet in one namespace: point at the first few.
      const related: RelatedRef[] = place.grants.slice(0, SUBJECTS_RELATED).map((grant) => ({ at: grant.subject.at, note: `${grant.subject.label} can add ephemeral containers` }));
      yield { messageId: place.messageId, data: { ...place.data, subjects: subjectsText(place.grants) }, at: place.at, object: place.object, related };
    }
  },
});

/** `AdmissionConfiguration` (usually unnamed) or `PodSecurityConfiguration/name`. */
const configText = (config: PodSecurityConfig): string => {
  const metadata = config.object.body.metadata;
  const named = typeof metadata === 'object' && metadata !== null && typeof (metadata as { name?: unknown }).name === 'string';
  return named ? objectLabel(config.object.ref) : config.object.kind;
};

/** Where the missing or privileged level is written: the Namespace, the exemption, the default. */
const placeOf = (guard: TargetGuard, configs: readonly PodSecurityConfig[]): Omit<Place, 'grants'> | undefined => {
  const { podSecurity, target } = guard;
  const namespaceObject = target.kind === 'namespace' ? target.object : undefined;
  if (podSecurity.source === 'exempt' && podSecurity.at && target.kind === 'namespace') {
    const config = configs.find((candidate) => candidate.exemptions.namespaces.some((entry) => entry.at === podSecurity.at));
    if (!config) return undefined;
    return { at: podSecurity.at, object: config.object.ref, messageId: 'exempt', data: { namespace: target.namespace, config: configText(config) } };
  }
  if (namespaceObject && target.kind === 'namespace') {
    const data = { namespace: target.namespace };
    if (podSecurity.source === 'label' && podSecurity.at) return { at: podSecurity.at, object: namespaceObject.ref, messageId: 'privileged', data };
    if (podSecurity.source !== 'built-in' && podSecurity.source !== 'config-default') return undefined;
    const metadata = namespaceObject.body.metadata;
    const hasLabels = typeof metadata === 'object' && metadata !== null && 'labels' in metadata;
    // eslint-disable-next-line no-restricted-syntax -- a path of a few fixed steps
    const at = { ...childRef(namespaceObject.ref.at, 'metadata', ...(hasLabels ? ['labels'] : [])), key: true };
    return { at, object: namespaceObject.ref, messageId: 'unlabelled', data };
  }
  // Namespaces without a manifest take the configuration's default: point at it, when it is in scope.
  if (podSecurity.source !== 'config-default' && podSecurity.source !== 'built-in') return undefined;
  const config = configs.find((candidate) => candidate.enforce) ?? configs[0];
  if (!config) return undefined;
  const at = config.enforce?.at ?? (config.at.path.length > 0 ? { ...config.at, key: true } : config.at);
  const state = config.enforce ? `sets defaults.enforce: ${config.enforce.level}` : 'sets no defaults.enforce (Kubernetes then defaults to privileged)';
  return { at, object: config.object.ref, messageId: 'defaultPrivileged', data: { config: configText(config), state } };
};
