import type { V1Pod } from '@kubernetes/client-node';
import { compareText } from '../rules/finding.ts';
import { PROBES, containerNamesOf, probeContainer, probeContainerName, type Probe } from './probes.ts';

/** Namespaces probed by default are every listable one except these (configurable). */
export const DEFAULT_EXCLUDED_NAMESPACES: readonly string[] = ['kube-node-lease', 'kube-public', 'kube-system'];

/** The namespaces to probe: the given ones, or the listed ones minus the excluded; sorted, unique. */
export const selectNamespaces = (options: { given?: readonly string[]; listed?: readonly string[]; exclude: readonly string[] }): string[] => {
  // Namespaces named explicitly are probed even when in the excluded set: naming one is a choice.
  const given = options.given ?? [];
  const excluded = new Set(given.length > 0 ? [] : options.exclude);
  const source = given.length > 0 ? given : (options.listed ?? []);
  return [...new Set(source)].filter((namespace) => namespace !== '' && !excluded.has(namespace)).sort(compareText);
};

const PHASE_RANK: Readonly<Record<string, number>> = { Running: 0, Pending: 1 };

/**
 * The pod a namespace's probes go to: one that the apiserver will take an ephemeral container
 * for. Left out: pods being deleted, mirror pods of static pods (the kubelet owns them; the
 * annotation `kubernetes.io/config.mirror`), and finished pods when a live one exists. Running
 * first, then by name, so that runs are repeatable.
 */
export const chooseTargetPod = (pods: readonly V1Pod[]): V1Pod | undefined =>
  pods
    .filter((pod) => pod.metadata?.name && !pod.metadata.deletionTimestamp && !pod.metadata.annotations?.['kubernetes.io/config.mirror'])
    .sort(
      (a, b) =>
        (PHASE_RANK[a.status?.phase ?? ''] ?? 2) - (PHASE_RANK[b.status?.phase ?? ''] ?? 2) || compareText(a.metadata!.name!, b.metadata!.name!),
    )[0];

export interface ProbeImages {
  /** The image of the attack probes; default: the target pod's first container image. */
  readonly probeImage?: string;
  /** The image of the EG403 probe. */
  readonly disallowedImage: string;
}

/** The default image of the probes: one this namespace's admission already accepted for the target pod. */
export const defaultProbeImage = (pod: V1Pod): string | undefined => pod.spec?.containers?.find((container) => typeof container?.image === 'string')?.image;

export interface PlannedProbe {
  readonly probe: Probe;
  readonly container: Record<string, unknown>;
}

/** One ephemeral container per probe, named so that none collides with the pod's containers. */
export const planProbes = (pod: V1Pod, images: ProbeImages): PlannedProbe[] => {
  const taken = containerNamesOf(pod);
  const image = images.probeImage ?? defaultProbeImage(pod) ?? 'busybox:1.36';
  return PROBES.map((probe) => {
    const name = probeContainerName(probe, taken);
    taken.add(name);
    return { probe, container: probeContainer(probe, { name, image, disallowedImage: images.disallowedImage }) };
  });
};

/**
 * The throwaway pod of `--create-probe-pod`: passes Pod Security "restricted", mounts no
 * token, never restarts, and stops its containers after `activeDeadlineSeconds` should the tool
 * die before deleting it (it carries the label `app.kubernetes.io/managed-by: ephemeral-guard`).
 */
export const probePod = (namespace: string, name: string, image: string): V1Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace, labels: { 'app.kubernetes.io/managed-by': 'ephemeral-guard', 'app.kubernetes.io/component': 'verify-probe' } },
  spec: {
    automountServiceAccountToken: false,
    restartPolicy: 'Never',
    terminationGracePeriodSeconds: 0,
    activeDeadlineSeconds: 600,
    securityContext: { runAsNonRoot: true, runAsUser: 65535, seccompProfile: { type: 'RuntimeDefault' } },
    containers: [
      {
        name: 'pause',
        image,
        resources: { limits: { cpu: '10m', memory: '16Mi' } },
        securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true },
      },
    ],
  },
});
