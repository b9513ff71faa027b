import { CONTAINER_LISTS, type ContainerList } from './container-fields.ts';
import { childRef, type NodeRef } from './source-ref.ts';
import type { K8sObject } from './workspace.ts';
import { isRecord } from '../json.ts';

type Json = Readonly<Record<string, unknown>>;

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/**
 * Where a pod spec sits in an object an admission policy may receive: a Pod's own `spec`, a
 * controller's `spec.template.spec`, a CronJob's job template. Policy languages (Kyverno
 * patterns, JMESPath, CEL) name these paths; this is the one list of them.
 */
export const POD_SPEC_LOCATIONS: readonly { readonly path: readonly string[]; readonly inPod: boolean }[] = [
  { path: ['spec'], inPod: true },
  { path: ['spec', 'template', 'spec'], inPod: false },
  { path: ['spec', 'jobTemplate', 'spec', 'template', 'spec'], inPod: false },
];

/** True when `path` is a pod spec or lies on the way to one (`[]`, `spec`, `spec.template`). */
export const leadsToPodSpec = (path: readonly string[]): boolean =>
  POD_SPEC_LOCATIONS.some((location) => location.path.length >= path.length && path.every((segment, i) => location.path[i] === segment));

/** Kinds that own pod templates: Kyverno's autogen targets, and what EG104 calls controllers. */
export const POD_CONTROLLER_KINDS: ReadonlySet<string> = new Set(
  Object.keys(POD_SPEC_PATHS).filter((kind) => kind !== 'Pod' && kind !== 'PodTemplate'),
);

export interface PodSpecSite {
  readonly object: K8sObject;
  readonly spec: Json;
  readonly at: NodeRef;
}

export interface ContainerSite {
  readonly list: ContainerList;
  readonly index: number;
  readonly container: Json;
  readonly at: NodeRef;
}

/** The pod spec of a workload object, if its kind has one and the manifest fills it in. */
export const podSpecOf = (object: K8sObject): PodSpecSite | undefined => {
  const path = POD_SPEC_PATHS[object.kind];
  if (!path || !object.apiVersion.match(/^(v1|apps\/v1|batch\/v1|batch\/v1beta1|extensions\/v1beta1|apps\/v1beta[12])$/)) return undefined;
  let value: unknown = object.body;
  for (const key of path) value = isRecord(value) ? value[key] : undefined;
  // eslint-disable-next-line no-restricted-syntax -- a path of a few fixed steps
  return isRecord(value) ? { object, spec: value, at: childRef(object.ref.at, ...path) } : undefined;
};

/** Every container of a pod spec, ephemeral containers included, with its list and position. */
export function* containersOf(site: PodSpecSite): Iterable<ContainerSite> {
  for (const list of CONTAINER_LISTS) {
    const containers = site.spec[list];
    if (!Array.isArray(containers)) continue;
    for (const [index, container] of containers.entries()) {
      if (isRecord(container)) yield { list, index, container, at: childRef(site.at, list, index) };
    }
  }
}
