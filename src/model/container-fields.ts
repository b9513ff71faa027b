/**
 * What kind of container field a policy checks (DOMAIN.md section 1):
 * - security: securityContext.* (settable on ephemeral containers)
 * - image: image, imagePullPolicy (settable)
 * - settable: env, envFrom, volumeMounts, command, args, workingDir, stdin, tty... (settable)
 * - forbidden: ports, probes, lifecycle, resources, resizePolicy, restartPolicy (forbidden there)
 * - pod-level: not a container field at all (hostNetwork, volumes...)
 */
export type FieldCategory = 'security' | 'image' | 'settable' | 'forbidden' | 'pod-level';

/** The three container lists of a pod spec. */
export type ContainerList = 'containers' | 'initContainers' | 'ephemeralContainers';

export const CONTAINER_LISTS: readonly ContainerList[] = ['containers', 'initContainers', 'ephemeralContainers'];

const CONTAINER_LIST_SET: ReadonlySet<string> = new Set(CONTAINER_LISTS);

/** Is this pod-spec key one of the three container lists? */
export const isContainerList = (key: string): key is ContainerList => CONTAINER_LIST_SET.has(key);

/**
 * Which kind of container field a container-relative path names (DOMAIN.md section 1).
 * `securityContext.privileged` → security; `image` → image; `resources.limits` → forbidden on
 * ephemeral containers; `env` → settable. Unknown names are treated as settable: a policy that
 * checks something we do not know is still about containers.
 */
export const containerFieldCategory = (field: string): FieldCategory => {
  const head = field.split('.', 1)[0] ?? '';
  if (head === 'securityContext') return 'security';
  if (head === 'image' || head === 'imagePullPolicy') return 'image';
  if (FORBIDDEN_ON_EPHEMERAL.has(head)) return 'forbidden';
  return 'settable';
};

/** Where the ServiceAccount admission plugin mounts the Pod's token into its containers. */
export const SERVICE_ACCOUNT_TOKEN_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

const isServiceAccountTokenPath = (path: string): boolean => {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === SERVICE_ACCOUNT_TOKEN_PATH || trimmed.startsWith(`${SERVICE_ACCOUNT_TOKEN_PATH}/`);
};

/**
 * The category of a container field read by a condition that compares it with `constants` (the
 * literal strings beside it). A `volumeMounts.mountPath` compared only with the service-account
 * token path asks whether the Pod mounts its token: a question about the Pod's token automount,
 * judged when the Pod was created (the token volume exists only where the Pod mounts it, and an
 * ephemeral container cannot add volumes), so pod-level. Otherwise `otherwise`. `field` is the
 * container-relative path without wildcards (`volumeMounts.mountPath`).
 */
export const comparedFieldCategory = (field: string, constants: readonly string[], otherwise: FieldCategory = containerFieldCategory(field)): FieldCategory =>
  field === 'volumeMounts.mountPath' && constants.length > 0 && constants.every(isServiceAccountTokenPath) ? 'pod-level' : otherwise;

/** Fields the API rejects on ephemeral containers (EphemeralContainerCommon validation). */
export const FORBIDDEN_ON_EPHEMERAL: ReadonlySet<string> = new Set([
  'ports',
  'livenessProbe',
  'readinessProbe',
  'startupProbe',
  'lifecycle',
  'resources',
  'resizePolicy',
  'restartPolicy',
]);

/**
 * Pod-spec fields that the ephemeralcontainers subresource cannot change: a policy on them is
 * not applicable to ephemeral containers.
 */
export const POD_LEVEL_FIELDS: ReadonlySet<string> = new Set([
  'hostNetwork',
  'hostPID',
  'hostIPC',
  'hostUsers',
  'volumes',
  'securityContext',
  'serviceAccountName',
  'serviceAccount',
  'automountServiceAccountToken',
  'nodeName',
  'nodeSelector',
  'affinity',
  'tolerations',
  'runtimeClassName',
  'priorityClassName',
  'shareProcessNamespace',
  'hostAliases',
  'dnsPolicy',
  'overhead',
]);

/**
 * The fields of a PodSpec (core/v1, Kubernetes 1.34). A key under a Pod's `spec` outside this
 * set (`template`, `jobTemplate`) belongs to another kind's spec, never to a Pod's.
 */
export const POD_SPEC_FIELDS: ReadonlySet<string> = new Set([
  'activeDeadlineSeconds', 'affinity', 'automountServiceAccountToken', 'containers', 'dnsConfig', 'dnsPolicy',
  'enableServiceLinks', 'ephemeralContainers', 'hostAliases', 'hostIPC', 'hostNetwork', 'hostPID', 'hostUsers',
  'hostname', 'hostnameOverride', 'imagePullSecrets', 'initContainers', 'nodeName', 'nodeSelector', 'os', 'overhead',
  'preemptionPolicy', 'priority', 'priorityClassName', 'readinessGates', 'resourceClaims', 'resources', 'restartPolicy',
  'runtimeClassName', 'schedulerName', 'schedulingGates', 'securityContext', 'serviceAccount', 'serviceAccountName',
  'setHostnameAsFQDN', 'shareProcessNamespace', 'subdomain', 'terminationGracePeriodSeconds', 'tolerations',
  'topologySpreadConstraints', 'volumes',
]);

/** Does checking this field on an ephemeral container say anything about its security? */
export const isSettableOnEphemeral = (category: FieldCategory): boolean =>
  category === 'security' || category === 'image' || category === 'settable';

/**
 * Container fields of type boolean (k8s.io/api core/v1 SecurityContext, WindowsSecurityContextOptions,
 * Container): a check of one can only object to `true`, to `false` or to its absence, so probes
 * that set each objected value decide every violation of it.
 */
export const BOOLEAN_CONTAINER_FIELDS: ReadonlySet<string> = new Set([
  'securityContext.privileged',
  'securityContext.allowPrivilegeEscalation',
  'securityContext.runAsNonRoot',
  'securityContext.readOnlyRootFilesystem',
  'securityContext.windowsOptions.hostProcess',
  'stdin',
  'stdinOnce',
  'tty',
]);

/** The checks that matter for ephemeral containers: denied on, and settable on them. */
export const ephemeralRelevantChecks = <T extends { readonly role?: string; readonly category: FieldCategory }>(checks: readonly T[]): T[] =>
  checks.filter((check) => (check.role ?? 'check') === 'check' && isSettableOnEphemeral(check.category));
