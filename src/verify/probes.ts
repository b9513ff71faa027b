import type { V1EphemeralContainer, V1Pod } from '@kubernetes/client-node';
import type { ProbeId } from '../model/verify-outcome.ts';
import { HARDENED_SECURITY_CONTEXT, probeSecurityContext, probeVariant, type ProbeSecurityContext } from '../model/probes.ts';

export interface Probe {
  readonly id: ProbeId;
  /** The EG4xx rule an admitted probe raises; none for the control. */
  readonly ruleId?: 'EG401' | 'EG402' | 'EG403';
  /** What the probe asks for, as the reports say it. */
  readonly asks: string;
  readonly securityContext: ProbeSecurityContext;
  /** Uses the disallowed image instead of the probe image. */
  readonly disallowedImage?: boolean;
}

/**
 * The live probes: the hardened control and the attack variants of model/probes.ts that a
 * dry-run can judge, each changing exactly one thing, so that a denial can only be about that
 * thing and the control shows whether the namespace accepts ephemeral containers at all.
 */
const live = (id: ProbeId & Parameters<typeof probeVariant>[0], ruleId: Probe['ruleId'], asks: string): Probe => ({
  id,
  ...(ruleId ? { ruleId } : {}),
  asks,
  securityContext: probeSecurityContext(probeVariant(id)),
});

/** The probes, in report order. */
export const PROBES: readonly Probe[] = [
  live('hardened-control', undefined, 'a hardened ephemeral container (restricted profile)'),
  live('privileged', 'EG401', 'a privileged ephemeral container (securityContext.privileged: true)'),
  live('allow-privilege-escalation', 'EG402', 'an ephemeral container with allowPrivilegeEscalation: true'),
  live('capability-sys-admin', 'EG402', 'an ephemeral container that adds the SYS_ADMIN capability'),
  live('run-as-root', 'EG402', 'an ephemeral container running as root (runAsUser: 0, no runAsNonRoot)'),
  {
    id: 'disallowed-image',
    ruleId: 'EG403',
    asks: 'a hardened ephemeral container whose image comes from a disallowed registry',
    securityContext: HARDENED_SECURITY_CONTEXT,
    disallowedImage: true,
  },
];

export const probeById = (id: ProbeId): Probe => PROBES.find((probe) => probe.id === id)!;

/** The container names a pod already uses (containers, init and ephemeral containers share one namespace). */
export const containerNamesOf = (pod: V1Pod): Set<string> =>
  new Set(
    [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? []), ...(pod.spec?.ephemeralContainers ?? [])].flatMap((container) =>
      typeof container?.name === 'string' ? [container.name] : [],
    ),
  );

/** A name no container of the pod has: `eg-probe-<probe>`, then `-2`, `-3`... */
export const probeContainerName = (probe: Probe, taken: ReadonlySet<string>): string => {
  const base = `eg-probe-${probe.id}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
};

/**
 * The ephemeral container of a probe, shaped as `kubectl debug` shapes its own
 * (kubectl pkg/cmd/debug/debug.go, generateDebugContainer): name, image, an empty `resources`
 * (a non-pointer struct, always marshalled), `terminationMessagePolicy: File`, and the probe's
 * security context. No command: it is never started under dry run.
 */
export const probeContainer = (probe: Probe, options: { name: string; image: string; disallowedImage: string }): Record<string, unknown> => ({
  name: options.name,
  image: probe.disallowedImage ? options.disallowedImage : options.image,
  resources: {},
  terminationMessagePolicy: 'File',
  securityContext: structuredClone(probe.securityContext),
});

/**
 * The strategic merge patch `kubectl debug` sends: strategicpatch.CreateTwoWayMergePatch of the
 * pod before and after appending the container. For a list merged by key (`ephemeralContainers`,
 * patchMergeKey `name`), the patch holds the new element, and, when the list was not empty
 * before, a `$setElementOrder/ephemeralContainers` directive naming every element in order
 * (k8s.io/apimachinery pkg/util/strategicpatch/patch.go, diffLists).
 */
export const strategicMergePatch = (pod: V1Pod, container: Record<string, unknown>): Record<string, unknown> => {
  const existing = (pod.spec?.ephemeralContainers ?? []).filter((ephemeral) => typeof ephemeral?.name === 'string');
  return {
    spec: {
      ...(existing.length > 0
        ? { '$setElementOrder/ephemeralContainers': [...existing.map((ephemeral) => ({ name: ephemeral.name })), { name: container.name }] }
        : {}),
      ephemeralContainers: [container],
    },
  };
};

/**
 * The body of client-go's `UpdateEphemeralContainers` (PUT): the whole Pod as read, with the
 * container appended to `spec.ephemeralContainers`. Its resourceVersion makes the write
 * conditional, as client-go's is.
 */
export const podWithEphemeralContainer = (pod: V1Pod, container: Record<string, unknown>): V1Pod => {
  const copy = structuredClone(pod);
  copy.spec = { containers: [], ...copy.spec, ephemeralContainers: [...(copy.spec?.ephemeralContainers ?? []), container as unknown as V1EphemeralContainer] };
  return copy;
};
