import type { V1Pod } from '@kubernetes/client-node';
import { UserError } from '../errors.ts';
import { classifyResponse, oneLine, parseStatus } from './admission-message.ts';
import { ClusterError, type Cluster, type ClusterFailure } from './cluster.ts';
import { cellVerdict, type Attempt, type NamespaceResult, type NotVerifiableCause, type ProbeCell, type VerifyFacts, type WriteMethod } from '../model/verify-outcome.ts';
import { chooseTargetPod, planProbes, probePod, selectNamespaces } from './plan.ts';

export interface VerifyOptions {
  /** Namespaces named by the user; default every listable namespace minus `exclude`. */
  readonly namespaces?: readonly string[];
  readonly exclude: readonly string[];
  /** Probe a throwaway pod the tool creates (and deletes) in each namespace. */
  readonly createProbePod: boolean;
  /** `false` only with `createProbePod`: the probes are then really added to that pod. */
  readonly dryRun: boolean;
  readonly probeImage?: string;
  readonly disallowedImage: string;
  /** The image of the throwaway pod. */
  readonly probePodImage: string;
  /** Namespaces probed at once. */
  readonly concurrency: number;
  /** A random suffix for the throwaway pod's name (injected so that tests are repeatable). */
  readonly nameSuffix: () => string;
}

export interface VerifyRun {
  readonly facts: VerifyFacts;
  /** Lines for the user that are not findings (a probe pod that could not be deleted). */
  readonly notices: readonly string[];
}

/** Nothing could be verified: one line saying why and what to do (exit 2). */
export class VerifyAbort extends Error {
  override readonly name = 'VerifyAbort';
}

const METHODS: readonly WriteMethod[] = ['PATCH', 'PUT'];

/**
 * Sends every probe to one pod per namespace, through PATCH and PUT, as server-side dry runs
 * unless told otherwise, and records what the apiserver answered. Never writes for real to a
 * pod it did not create.
 */
export const runVerify = async (cluster: Cluster, options: VerifyOptions): Promise<VerifyRun> => {
  if (!options.dryRun && !options.createProbePod) {
    throw new UserError('--no-dry-run needs --create-probe-pod: ephemeral-guard writes for real only to a pod it created.');
  }
  const namespaces = options.namespaces?.length
    ? selectNamespaces({ given: options.namespaces, exclude: options.exclude })
    : selectNamespaces({ listed: await listNamespaces(cluster), exclude: options.exclude });
  if (namespaces.length === 0) throw new VerifyAbort(`no namespace to probe in context "${cluster.context}" (all were excluded); name some with --namespace.`);
  const notices: string[] = [];
  const results = await mapPool(namespaces, options.concurrency, (namespace) => probeNamespace(cluster, namespace, options, notices));
  return {
    facts: { context: cluster.context, server: cluster.server, dryRun: options.dryRun, disallowedImage: options.disallowedImage, namespaces: results },
    notices: notices.sort(),
  };
};

const listNamespaces = async (cluster: Cluster): Promise<string[]> => {
  try {
    return await cluster.listNamespaces();
  } catch (error) {
    const failure = clusterFailure(error);
    abortOnFatal(cluster, failure);
    if (failure.kind === 'http' && failure.status === 403) {
      throw new VerifyAbort(`this identity may not list namespaces in context "${cluster.context}"; name the namespaces to probe with --namespace.`);
    }
    throw new VerifyAbort(`could not list the namespaces of context "${cluster.context}": ${failureText(failure)}.`);
  }
};

const probeNamespace = async (cluster: Cluster, namespace: string, options: VerifyOptions, notices: string[]): Promise<NamespaceResult> => {
  const target = options.createProbePod ? await createTarget(cluster, namespace, options) : await findTarget(cluster, namespace);
  if ('skipped' in target) return { namespace, skipped: target.skipped, cells: [] };
  const { pod, created } = target;
  const podName = pod.metadata!.name!;
  try {
    const cells: ProbeCell[] = [];
    for (const { probe, container } of planProbes(pod, options)) {
      const attempts: Attempt[] = [];
      for (const method of METHODS) {
        // A real write adds the container: each method then needs its own name and the pod as it is now.
        const dryRun = options.dryRun || !created;
        const current = dryRun ? pod : await cluster.readPod(namespace, podName).catch(() => pod);
        const named = dryRun || method === 'PATCH' ? container : { ...container, name: `${String(container.name)}-put` };
        attempts.push(await attempt(cluster, method, current, named, dryRun));
      }
      cells.push({ probe: probe.id, verdict: cellVerdict(attempts), attempts });
    }
    return { namespace, target: { pod: podName, created }, cells };
  } finally {
    if (created) {
      await cluster.deletePod(namespace, podName).catch((error: unknown) => {
        notices.push(`Could not delete the probe pod ${namespace}/${podName} (${failureText(clusterFailure(error))}); delete it with: kubectl delete pod -n ${namespace} ${podName}`);
      });
    }
  }
};

const attempt = async (cluster: Cluster, method: WriteMethod, pod: V1Pod, container: Record<string, unknown>, dryRun: boolean): Promise<Attempt> => {
  try {
    const answer = await cluster.addEphemeralContainer(method, pod, container, dryRun);
    if (answer.status === 401) abortOnFatal(cluster, { kind: 'http', status: 401, body: answer.body });
    return classifyResponse(method, answer.status, answer.body);
  } catch (error) {
    if (error instanceof VerifyAbort) throw error;
    const failure = clusterFailure(error);
    abortOnFatal(cluster, failure);
    return { method, state: 'not-verifiable', cause: failure.kind === 'timeout' ? 'timeout' : 'server-error', message: failureText(failure) };
  }
};

type Target = { readonly pod: V1Pod; readonly created: boolean } | { readonly skipped: { readonly cause: NotVerifiableCause; readonly message: string } };

const findTarget = async (cluster: Cluster, namespace: string): Promise<Target> => {
  let pods: V1Pod[];
  try {
    pods = await cluster.listPods(namespace);
  } catch (error) {
    const failure = clusterFailure(error);
    abortOnFatal(cluster, failure);
    if (failure.kind === 'http' && failure.status === 403) {
      return { skipped: { cause: 'cannot-list-pods', message: `this identity may not list pods in namespace ${namespace}, so no probe could be aimed; grant it "list pods" there, or use --create-probe-pod.` } };
    }
    if (failure.kind === 'http' && failure.status === 404) {
      return { skipped: { cause: 'not-found', message: `namespace ${namespace} does not exist.` } };
    }
    return { skipped: { cause: failure.kind === 'timeout' ? 'timeout' : 'server-error', message: `could not list the pods of namespace ${namespace}: ${failureText(failure)}.` } };
  }
  const pod = chooseTargetPod(pods);
  if (!pod) {
    return {
      skipped: {
        cause: 'no-target-pod',
        message: `namespace ${namespace} has no pod to send the probes to (an ephemeral container can only be added to an existing pod); run with --create-probe-pod to probe it with a throwaway pod.`,
      },
    };
  }
  return { pod, created: false };
};

const createTarget = async (cluster: Cluster, namespace: string, options: VerifyOptions): Promise<Target> => {
  const name = `ephemeral-guard-probe-${options.nameSuffix()}`;
  try {
    return { pod: await cluster.createPod(namespace, probePod(namespace, name, options.probePodImage)), created: true };
  } catch (error) {
    const failure = clusterFailure(error);
    abortOnFatal(cluster, failure);
    const detail = failure.kind === 'http' ? oneLine(parseStatus(failure.body).message ?? `HTTP ${failure.status}`) : failureText(failure);
    return { skipped: { cause: 'probe-pod-refused', message: `could not create the probe pod in namespace ${namespace}: ${detail}` } };
  }
};

const clusterFailure = (error: unknown): ClusterFailure =>
  error instanceof ClusterError ? error.failure : { kind: 'client', message: error instanceof Error ? error.message : String(error) };

/** Failures that end the whole run: the cluster is unreachable or refuses the credentials. */
const abortOnFatal = (cluster: Cluster, failure: ClusterFailure): void => {
  if (failure.kind === 'network') {
    throw new VerifyAbort(
      `cannot reach the cluster of context "${cluster.context}" at ${cluster.server} (${failure.code}); check that it is running and that the kubeconfig's server address is right.`,
    );
  }
  if (failure.kind === 'http' && failure.status === 401) {
    throw new VerifyAbort(
      `the cluster of context "${cluster.context}" rejected the credentials (HTTP 401 Unauthorized): they are missing, expired or revoked; log in again or refresh the kubeconfig.`,
    );
  }
  if (failure.kind === 'client') {
    throw new VerifyAbort(`could not authenticate to the cluster of context "${cluster.context}": ${failure.message}`);
  }
};

const failureText = (failure: ClusterFailure): string => {
  switch (failure.kind) {
    case 'http':
      return oneLine(parseStatus(failure.body).message ?? `HTTP ${failure.status}`);
    case 'timeout':
      return 'no answer before the timeout (--timeout)';
    case 'network':
      return `${failure.code}: ${failure.message}`;
    default:
      return failure.message;
  }
};

/** `map` with at most `limit` calls in flight; results in input order. */
const mapPool = async <T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> => {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
};
