import { ApiException, CoreV1Api, Observable, PatchStrategy, type KubeConfig, type V1Pod } from '@kubernetes/client-node';
import type { WriteMethod } from '../model/verify-outcome.ts';
import { podWithEphemeralContainer, strategicMergePatch } from './probes.ts';

/** How a request failed before (or instead of) an HTTP answer. */
export type ClusterFailure =
  | { readonly kind: 'http'; readonly status: number; readonly body: unknown }
  | { readonly kind: 'network'; readonly code: string; readonly message: string }
  | { readonly kind: 'timeout'; readonly message: string }
  | { readonly kind: 'client'; readonly message: string };

/** Thrown by {@link Cluster} methods; `failure` says what happened in one typed value. */
export class ClusterError extends Error {
  override readonly name = 'ClusterError';
  constructor(readonly failure: ClusterFailure) {
    super(describeFailure(failure));
  }
}

/** The answer to one write of the subresource: an HTTP status and its body (never thrown). */
export interface WriteAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** The few calls `verify` makes; one implementation over `@kubernetes/client-node`. */
export interface Cluster {
  readonly context: string;
  readonly server: string;
  listNamespaces(): Promise<string[]>;
  listPods(namespace: string): Promise<V1Pod[]>;
  readPod(namespace: string, name: string): Promise<V1Pod>;
  /**
   * PATCH (strategic merge, as kubectl debug) or PUT (as client-go UpdateEphemeralContainers)
   * of `pods/<name>/ephemeralcontainers`, with `dryRun=All` unless `dryRun` is false.
   */
  addEphemeralContainer(method: WriteMethod, pod: V1Pod, container: Record<string, unknown>, dryRun: boolean): Promise<WriteAnswer>;
  createPod(namespace: string, pod: V1Pod): Promise<V1Pod>;
  deletePod(namespace: string, name: string): Promise<void>;
}

export interface ClusterOptions {
  /** Per request, in milliseconds. */
  readonly timeoutMs: number;
}

/** A {@link Cluster} over the current context of a KubeConfig. */
export const kubeCluster = (kubeConfig: KubeConfig, options: ClusterOptions): Cluster => {
  const api = kubeConfig.makeApiClient(CoreV1Api);
  const cluster = kubeConfig.getCurrentCluster();
  // Middleware of @kubernetes/client-node 1.x: a timeout signal per request, and the content
  // type of a strategic merge patch (the generated client would send a JSON patch type).
  const requestOptions = (contentType?: string) => ({
    middleware: [
      {
        pre: (context: { setSignal(signal: AbortSignal): void; setHeaderParam(key: string, value: string): void }) => {
          context.setSignal(AbortSignal.timeout(options.timeoutMs));
          if (contentType) context.setHeaderParam('Content-Type', contentType);
          return new Observable(Promise.resolve(context));
        },
        post: (response: unknown) => new Observable(Promise.resolve(response)),
      },
    ],
    middlewareMergeStrategy: 'append' as const,
  });
  // The generated types want the library's own middleware class; the shape above is what it calls.
  const opts = (contentType?: string) => requestOptions(contentType) as unknown as Parameters<CoreV1Api['listNamespace']>[1];
  const call = async <T>(request: () => Promise<T>): Promise<T> => {
    try {
      return await request();
    } catch (error) {
      throw new ClusterError(failureOf(error));
    }
  };
  return {
    context: kubeConfig.getCurrentContext(),
    server: cluster?.server ?? '(no server)',
    listNamespaces: () =>
      call(async () => (await api.listNamespace({}, opts())).items.flatMap((namespace) => (namespace.metadata?.name ? [namespace.metadata.name] : []))),
    listPods: (namespace) => call(async () => (await api.listNamespacedPod({ namespace, limit: 500 }, opts())).items),
    readPod: (namespace, name) => call(() => api.readNamespacedPod({ namespace, name }, opts())),
    addEphemeralContainer: async (method, pod, container, dryRun) => {
      const name = pod.metadata?.name ?? '';
      const namespace = pod.metadata?.namespace ?? '';
      const dry = dryRun ? { dryRun: 'All' } : {};
      try {
        if (method === 'PATCH') {
          await api.patchNamespacedPodEphemeralcontainers(
            { name, namespace, body: strategicMergePatch(pod, container), ...dry },
            opts(PatchStrategy.StrategicMergePatch),
          );
        } else {
          await api.replaceNamespacedPodEphemeralcontainers({ name, namespace, body: podWithEphemeralContainer(pod, container), ...dry }, opts());
        }
        return { status: 200, body: undefined };
      } catch (error) {
        const failure = failureOf(error);
        if (failure.kind === 'http') return { status: failure.status, body: failure.body };
        throw new ClusterError(failure);
      }
    },
    createPod: (namespace, pod) => call(() => api.createNamespacedPod({ namespace, body: pod }, opts())),
    deletePod: (namespace, name) =>
      call(async () => {
        await api.deleteNamespacedPod({ namespace, name, gracePeriodSeconds: 0 }, opts());
      }),
  };
};

/** One typed failure from whatever the client threw (ApiException, node-fetch FetchError, AbortError). */
export const failureOf = (error: unknown): ClusterFailure => {
  if (error instanceof ApiException) return { kind: 'http', status: error.code, body: error.body };
  const record = (typeof error === 'object' && error !== null ? error : {}) as { name?: string; code?: string; type?: string; message?: string };
  const message = record.message ?? String(error);
  if (record.name === 'AbortError' || record.type === 'aborted' || record.name === 'TimeoutError') return { kind: 'timeout', message };
  if (record.name === 'FetchError' || (typeof record.code === 'string' && /^E[A-Z_]+$/.test(record.code))) {
    return { kind: 'network', code: record.code ?? record.type ?? 'unknown', message };
  }
  return { kind: 'client', message };
};

export const describeFailure = (failure: ClusterFailure): string => {
  switch (failure.kind) {
    case 'http':
      return `HTTP ${failure.status}`;
    case 'network':
      return `${failure.code}: ${failure.message}`;
    case 'timeout':
      return `timed out (${failure.message})`;
    default:
      return failure.message;
  }
};
