import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import { KubeConfig } from '@kubernetes/client-node';

/** What the fake answers to one request: a status and a body (a Pod, a List or a Status). */
export interface Answer {
  readonly status: number;
  readonly body?: unknown;
  /** Never answer (the client must time out). */
  readonly hang?: boolean;
}

/** A write of `pods/<name>/ephemeralcontainers`, as the fake understood it. */
export interface EphemeralWrite {
  readonly method: 'PATCH' | 'PUT';
  readonly namespace: string;
  readonly pod: string;
  readonly dryRun: boolean;
  /** The ephemeral container the write adds. */
  readonly container: { readonly name: string; readonly image: string; readonly securityContext?: Record<string, unknown> };
}

export interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly contentType?: string;
  readonly body?: unknown;
}

export interface FakeClusterSpec {
  /** Namespaces and their pods; a namespace mapped to an Answer answers its pod list with it. */
  readonly pods: Readonly<Record<string, readonly Record<string, unknown>[] | Answer>>;
  /** The answer to `GET /api/v1/namespaces`; default: the keys of `pods`. */
  readonly listNamespaces?: Answer;
  /** The admission chain: what a (dry-run or real) ephemeral-container write gets. */
  readonly admit: (write: EphemeralWrite) => Answer;
  /** The answer to creating a pod; default: created. */
  readonly createPod?: (namespace: string, pod: Record<string, unknown>) => Answer | undefined;
  /** Every request must carry this bearer token, or gets 401. */
  readonly token?: string;
}

export interface FakeApiserver {
  readonly url: string;
  /** Every request, in order. */
  readonly requests: Recorded[];
  /** Requests the fake found malformed (method, path, content type, body shape): tests expect none. */
  readonly violations: string[];
  /** Writes persisted (no dryRun): pod creations, deletions, ephemeral containers really added. */
  readonly realWrites: string[];
  /** A KubeConfig for this server, through @kubernetes/client-node's own loader. */
  kubeConfig(token?: string): KubeConfig;
  close(): Promise<void>;
}

export const status = (code: number, reason: string, message: string): Answer => ({
  status: code,
  body: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code },
});

/** Pod Security's denial (k8s.io/pod-security-admission admission.go). */
export const podSecurityDenied = (pod: string, level: string, detail: string): Answer =>
  status(403, 'Forbidden', `pods "${pod}" is forbidden: violates PodSecurity "${level}": ${detail}`);

/** A webhook's denial (k8s.io/apiserver webhook errors ToStatusErr). */
export const webhookDenied = (webhook: string, message: string, code = 403): Answer =>
  status(code, code === 403 ? 'Forbidden' : 'BadRequest', `admission webhook "${webhook}" denied the request: ${message}`);

/** RBAC's refusal (k8s.io/apiserver responsewriters forbiddenMessage). */
export const rbacForbidden = (pod: string, namespace: string, verb: string): Answer =>
  status(403, 'Forbidden', `pods "${pod}" is forbidden: User "ci" cannot ${verb} resource "pods/ephemeralcontainers" in API group "" in the namespace "${namespace}"`);

export const pod = (namespace: string, name: string, extra: { phase?: string; image?: string; ephemeral?: string[]; annotations?: Record<string, string>; deleting?: boolean } = {}): Record<string, unknown> => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name,
    namespace,
    resourceVersion: '41',
    uid: `uid-${name}`,
    creationTimestamp: '2026-01-02T03:04:05Z',
    ...(extra.annotations ? { annotations: extra.annotations } : {}),
    ...(extra.deleting ? { deletionTimestamp: '2026-01-02T03:05:05Z' } : {}),
  },
  spec: {
    containers: [{ name: 'app', image: extra.image ?? 'registry.example.com/app:1.0' }],
    ...(extra.ephemeral ? { ephemeralContainers: extra.ephemeral.map((n) => ({ name: n, image: 'busybox:1.36' })) } : {}),
  },
  status: { phase: extra.phase ?? 'Running' },
});

const EPHEMERAL_PATH = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/ephemeralcontainers$/;
const PODS_PATH = /^\/api\/v1\/namespaces\/([^/]+)\/pods$/;
const POD_PATH = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)$/;

/**
 * A loopback HTTP server that plays the apiserver for `verify`: it checks every request the way
 * the real one would need it (method, path, dryRun, content type, body shape), answers through
 * `spec.admit`, and keeps pods it really changed so that later reads see the change.
 */
export const startFakeApiserver = async (spec: FakeClusterSpec): Promise<FakeApiserver> => {
  const requests: Recorded[] = [];
  const violations: string[] = [];
  const realWrites: string[] = [];
  const pods = new Map<string, Record<string, unknown>[] | Answer>();
  for (const [namespace, list] of Object.entries(spec.pods)) pods.set(namespace, Array.isArray(list) ? list.map((p) => structuredClone(p)) : (list as Answer));

  const handle = (request: IncomingMessage, text: string): Answer => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const query = Object.fromEntries(url.searchParams);
    const contentType = request.headers['content-type'];
    let body: unknown;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        violations.push(`${request.method} ${url.pathname}: body is not JSON`);
      }
    }
    requests.push({ method: request.method ?? '', path: url.pathname, query, ...(contentType ? { contentType } : {}), ...(body !== undefined ? { body } : {}) });
    if (spec.token && request.headers.authorization !== `Bearer ${spec.token}`) return status(401, 'Unauthorized', 'Unauthorized');
    const dryRun = query.dryRun === 'All';
    if (query.dryRun !== undefined && !dryRun) violations.push(`${request.method} ${url.pathname}: dryRun=${query.dryRun} (only All is valid)`);

    if (request.method === 'GET' && url.pathname === '/api/v1/namespaces') {
      return spec.listNamespaces ?? { status: 200, body: { kind: 'NamespaceList', apiVersion: 'v1', metadata: {}, items: [...pods.keys()].map((name) => ({ metadata: { name } })) } };
    }
    let match = PODS_PATH.exec(url.pathname);
    if (match) {
      const namespace = decodeURIComponent(match[1]!);
      const list = pods.get(namespace);
      if (request.method === 'GET') {
        if (list === undefined) return status(404, 'NotFound', `namespaces "${namespace}" not found`);
        if (!Array.isArray(list)) return list;
        return { status: 200, body: { kind: 'PodList', apiVersion: 'v1', metadata: {}, items: list } };
      }
      if (request.method === 'POST') {
        const created = body as Record<string, unknown>;
        const answer = spec.createPod?.(namespace, created);
        if (answer) return answer;
        if (dryRun) violations.push('a probe pod was created with dryRun: it would not exist');
        const stored = { ...created, metadata: { ...(created.metadata as object), resourceVersion: '7', uid: 'uid-probe' }, status: { phase: 'Pending' } };
        if (Array.isArray(list)) list.push(stored);
        else pods.set(namespace, [stored]);
        realWrites.push(`create pod ${namespace}/${(created.metadata as { name: string }).name}`);
        return { status: 201, body: stored };
      }
    }
    match = POD_PATH.exec(url.pathname);
    if (match) {
      const namespace = decodeURIComponent(match[1]!);
      const name = decodeURIComponent(match[2]!);
      const list = pods.get(namespace);
      const found = Array.isArray(list) ? list.find((p) => (p.metadata as { name: string }).name === name) : undefined;
      if (!found) return status(404, 'NotFound', `pods "${name}" not found`);
      if (request.method === 'GET') return { status: 200, body: found };
      if (request.method === 'DELETE') {
        if (dryRun) violations.push('the probe pod was deleted with dryRun: it would stay');
        (list as Record<string, unknown>[]).splice((list as Record<string, unknown>[]).indexOf(found), 1);
        realWrites.push(`delete pod ${namespace}/${name}`);
        return { status: 200, body: found };
      }
    }
    match = EPHEMERAL_PATH.exec(url.pathname);
    if (match) {
      const namespace = decodeURIComponent(match[1]!);
      const name = decodeURIComponent(match[2]!);
      const list = pods.get(namespace);
      const stored = Array.isArray(list) ? list.find((p) => (p.metadata as { name: string }).name === name) : undefined;
      if (!stored) return status(404, 'NotFound', `pods "${name}" not found`);
      const existing = ((stored.spec as { ephemeralContainers?: { name: string }[] }).ephemeralContainers ?? []).map((c) => c.name);
      const container = request.method === 'PATCH' ? checkPatch(contentType, body, existing, violations) : request.method === 'PUT' ? checkPut(contentType, body, stored, violations) : undefined;
      if (request.method !== 'PATCH' && request.method !== 'PUT') violations.push(`${request.method} of the ephemeralcontainers subresource`);
      if (!container) return status(400, 'BadRequest', 'fake apiserver: malformed request (see violations)');
      const answer = spec.admit({ method: request.method as 'PATCH' | 'PUT', namespace, pod: name, dryRun, container });
      if (answer.hang) return answer;
      if (answer.status < 300 && !dryRun) {
        (stored.spec as { ephemeralContainers?: unknown[] }).ephemeralContainers = [...((stored.spec as { ephemeralContainers?: unknown[] }).ephemeralContainers ?? []), container];
        (stored.metadata as { resourceVersion: string }).resourceVersion = String(Number((stored.metadata as { resourceVersion: string }).resourceVersion) + 1);
        realWrites.push(`${request.method} ephemeral container ${container.name} into ${namespace}/${name}`);
      }
      return answer.status < 300 ? { status: 200, body: stored } : answer;
    }
    violations.push(`unexpected request ${request.method} ${url.pathname}`);
    return status(404, 'NotFound', 'the server could not find the requested resource');
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => {
      const answer = handle(request, text);
      if (answer.hang) return;
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    violations,
    realWrites,
    kubeConfig: (token = spec.token ?? 'test-token') => {
      const kubeConfig = new KubeConfig();
      kubeConfig.loadFromOptions({
        clusters: [{ name: 'fake', server: url, skipTLSVerify: true }],
        users: [{ name: 'ci', token }],
        contexts: [{ name: 'kind-ci', cluster: 'fake', user: 'ci' }],
        currentContext: 'kind-ci',
      });
      return kubeConfig;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The container a write adds, when it has a name, an image and nothing a probe should not send. */
const checkContainer = (value: unknown, where: string, violations: string[]): EphemeralWrite['container'] | undefined => {
  if (!isRecord(value) || typeof value.name !== 'string' || typeof value.image !== 'string') {
    violations.push(`${where}: the ephemeral container needs a name and an image`);
    return undefined;
  }
  // Fields the API forbids on ephemeral containers (validateEphemeralContainers).
  for (const forbidden of ['ports', 'livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle', 'resizePolicy', 'restartPolicy']) {
    if (forbidden in value) violations.push(`${where}: ${forbidden} is forbidden on an ephemeral container`);
  }
  if (isRecord(value.resources) && Object.keys(value.resources).length > 0) violations.push(`${where}: resources must be empty on an ephemeral container`);
  const securityContext = isRecord(value.securityContext) ? value.securityContext : undefined;
  if (securityContext?.privileged === true && securityContext.allowPrivilegeEscalation === false) {
    violations.push(`${where}: privileged with allowPrivilegeEscalation: false is invalid`);
  }
  return { name: value.name, image: value.image, ...(securityContext ? { securityContext } : {}) };
};

/** PATCH as kubectl debug sends it: a strategic merge patch adding one ephemeral container. */
const checkPatch = (contentType: string | undefined, body: unknown, existing: readonly string[], violations: string[]): EphemeralWrite['container'] | undefined => {
  if (contentType !== 'application/strategic-merge-patch+json') violations.push(`PATCH content type ${contentType} (kubectl debug sends application/strategic-merge-patch+json)`);
  if (!isRecord(body) || Object.keys(body).join() !== 'spec' || !isRecord(body.spec)) {
    violations.push('PATCH body must be {spec: {ephemeralContainers: [...]}}');
    return undefined;
  }
  const list = body.spec.ephemeralContainers;
  if (!Array.isArray(list) || list.length !== 1) {
    violations.push('PATCH body must add exactly one ephemeral container');
    return undefined;
  }
  const order = body.spec['$setElementOrder/ephemeralContainers'];
  const keys = Object.keys(body.spec).sort();
  const container = checkContainer(list[0], 'PATCH', violations);
  if (existing.length === 0) {
    if (keys.join() !== 'ephemeralContainers') violations.push(`PATCH spec keys ${keys.join()} (expected only ephemeralContainers)`);
  } else if (!Array.isArray(order) || JSON.stringify(order) !== JSON.stringify([...existing, container?.name].map((name) => ({ name })))) {
    violations.push(`PATCH $setElementOrder/ephemeralContainers ${JSON.stringify(order)} must list ${[...existing, container?.name].join(', ')}`);
  }
  return container;
};

/** PUT as client-go UpdateEphemeralContainers sends it: the whole Pod with one more ephemeral container. */
const checkPut = (contentType: string | undefined, body: unknown, stored: Record<string, unknown>, violations: string[]): EphemeralWrite['container'] | undefined => {
  if (contentType !== 'application/json') violations.push(`PUT content type ${contentType}`);
  const storedMeta = stored.metadata as { name: string; namespace: string; resourceVersion: string };
  const storedSpec = stored.spec as { containers: unknown[]; ephemeralContainers?: { name: string }[] };
  if (!isRecord(body) || body.kind !== 'Pod' || !isRecord(body.metadata) || !isRecord(body.spec)) {
    violations.push('PUT body must be a Pod');
    return undefined;
  }
  if (body.metadata.name !== storedMeta.name || body.metadata.namespace !== storedMeta.namespace) violations.push('PUT body names another pod');
  if (body.metadata.resourceVersion !== storedMeta.resourceVersion) violations.push(`PUT resourceVersion ${String(body.metadata.resourceVersion)} is not the pod's (${storedMeta.resourceVersion})`);
  if (!isDeepStrictEqual(body.spec.containers, storedSpec.containers)) violations.push(`PUT changed spec.containers: ${JSON.stringify(body.spec.containers)}`);
  const list = body.spec.ephemeralContainers;
  const before = storedSpec.ephemeralContainers ?? [];
  if (!Array.isArray(list) || list.length !== before.length + 1 || before.some((c, i) => (list[i] as { name?: string })?.name !== c.name)) {
    violations.push('PUT must keep the existing ephemeral containers and append exactly one');
    return undefined;
  }
  return checkContainer(list[list.length - 1], 'PUT', violations);
};
