/**
 * The probe containers: one hardened container, and variants of it that each change exactly one
 * thing an admission policy for container security looks at. The live `verify` sends some of
 * them to a cluster; the scan evaluates every policy's own code on all of them, as a normal
 * container on CREATE and as an ephemeral container on UPDATE of `pods/ephemeralcontainers`.
 * Data, not code: a variant says what it removes from and adds to the hardened container.
 */

/** The securityContext fields the probes set (kubernetes-types names). */
export interface ProbeSecurityContext {
  readonly privileged?: boolean;
  readonly allowPrivilegeEscalation?: boolean;
  readonly runAsNonRoot?: boolean;
  readonly runAsUser?: number;
  readonly readOnlyRootFilesystem?: boolean;
  readonly procMount?: string;
  readonly capabilities?: { readonly add?: readonly string[]; readonly drop?: readonly string[] };
  readonly seccompProfile?: { readonly type: string };
  readonly seLinuxOptions?: { readonly type: string };
}

export type ProbeVariantId =
  | 'hardened-control'
  | 'privileged'
  | 'allow-privilege-escalation'
  | 'capability-sys-admin'
  | 'capabilities-not-dropped'
  | 'run-as-root'
  | 'run-as-non-root-false'
  | 'writable-root-filesystem'
  | 'host-path-mount'
  | 'proc-mount-unmasked'
  | 'seccomp-unconfined'
  | 'selinux-spc-t'
  | 'unapproved-image'
  | 'env-from-secret';

export interface ProbeVariant {
  readonly id: ProbeVariantId;
  /** What the container asks for, as reports say it ("a privileged container"). */
  readonly asks: string;
  /** The container field it changes (container-relative path, as coverage facts name fields). */
  readonly field?: string;
  /** securityContext keys of the hardened container this variant leaves out. */
  readonly removes?: readonly (keyof ProbeSecurityContext)[];
  /** securityContext keys it sets (after removing). */
  readonly sets?: ProbeSecurityContext;
  /** Other container fields it sets (image, env, volumeMounts). */
  readonly container?: Readonly<Record<string, unknown>>;
  /** Pod fields the pod must already have for the variant to be valid (the hostPath volume). */
  readonly pod?: Readonly<Record<string, unknown>>;
}

/**
 * What Pod Security "restricted" requires of a container, plus a read-only root filesystem.
 * Two combinations are invalid in the API and so avoided by the variants: `privileged: true` and
 * capabilities added with `allowPrivilegeEscalation: false` (kubernetes
 * pkg/apis/core/validation/validation.go, validateSecurityContext).
 */
export const HARDENED_SECURITY_CONTEXT: ProbeSecurityContext = {
  allowPrivilegeEscalation: false,
  runAsNonRoot: true,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] },
  seccompProfile: { type: 'RuntimeDefault' },
};

/** An image from a well-known registry, pinned by digest. */
export const APPROVED_PROBE_IMAGE = 'registry.k8s.io/e2e-test-images/busybox:1.36.1-1@sha256:a9155b13325b2abef48e71de77bb8ac015412a566829f621d06bfae5c699b1b9';
/** An image from a registry no policy approves, by a mutable tag. */
export const UNAPPROVED_PROBE_IMAGE = 'docker.io/attacker/toolbox:latest';

/** The variants, in report order: the control first. */
export const PROBE_VARIANTS: readonly ProbeVariant[] = [
  { id: 'hardened-control', asks: 'a hardened container (Pod Security restricted, read-only root filesystem)' },
  { id: 'privileged', field: 'securityContext.privileged', asks: 'a privileged container (securityContext.privileged: true)', removes: ['allowPrivilegeEscalation'], sets: { privileged: true } },
  { id: 'allow-privilege-escalation', field: 'securityContext.allowPrivilegeEscalation', asks: 'a container with allowPrivilegeEscalation: true', sets: { allowPrivilegeEscalation: true } },
  {
    id: 'capability-sys-admin',
    field: 'securityContext.capabilities',
    asks: 'a container that adds the SYS_ADMIN capability',
    removes: ['allowPrivilegeEscalation'],
    sets: { capabilities: { add: ['SYS_ADMIN'], drop: ['ALL'] } },
  },
  { id: 'capabilities-not-dropped', field: 'securityContext.capabilities', asks: 'a container that does not drop ALL capabilities', removes: ['capabilities'] },
  { id: 'run-as-root', field: 'securityContext.runAsUser', asks: 'a container running as root (runAsUser: 0, no runAsNonRoot)', removes: ['runAsNonRoot'], sets: { runAsUser: 0 } },
  { id: 'run-as-non-root-false', field: 'securityContext.runAsNonRoot', asks: 'a container with runAsNonRoot: false', sets: { runAsNonRoot: false } },
  { id: 'writable-root-filesystem', field: 'securityContext.readOnlyRootFilesystem', asks: 'a container without readOnlyRootFilesystem', removes: ['readOnlyRootFilesystem'] },
  {
    id: 'host-path-mount',
    field: 'volumeMounts',
    asks: 'a container that mounts the pod\'s hostPath volume "host-root" (/) read-write',
    container: { volumeMounts: [{ name: 'host-root', mountPath: '/host' }] },
    pod: { volumes: [{ name: 'host-root', hostPath: { path: '/' } }] },
  },
  { id: 'proc-mount-unmasked', field: 'securityContext.procMount', asks: 'a container with procMount: Unmasked', sets: { procMount: 'Unmasked' }, pod: { hostUsers: false } },
  { id: 'seccomp-unconfined', field: 'securityContext.seccompProfile', asks: 'a container with seccompProfile type Unconfined', sets: { seccompProfile: { type: 'Unconfined' } } },
  { id: 'selinux-spc-t', field: 'securityContext.seLinuxOptions', asks: 'a container with SELinux type spc_t', sets: { seLinuxOptions: { type: 'spc_t' } } },
  { id: 'unapproved-image', field: 'image', asks: `a container whose image is ${UNAPPROVED_PROBE_IMAGE} (unapproved registry, :latest, no digest)`, container: { image: UNAPPROVED_PROBE_IMAGE } },
  {
    id: 'env-from-secret',
    field: 'env',
    asks: 'a container with an environment variable from a Secret',
    container: { env: [{ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db-credentials', key: 'password' } } }] },
  },
];

export const probeVariant = (id: ProbeVariantId): ProbeVariant => PROBE_VARIANTS.find((variant) => variant.id === id)!;

/** The securityContext of a variant: the hardened one, minus what it removes, plus what it sets. */
export const probeSecurityContext = (variant: ProbeVariant): ProbeSecurityContext => {
  const context: Record<string, unknown> = structuredClone({ ...HARDENED_SECURITY_CONTEXT });
  for (const key of variant.removes ?? []) delete context[key];
  return { ...context, ...structuredClone(variant.sets ?? {}) } as ProbeSecurityContext;
};

/** How the probe container reaches the apiserver. */
export type ProbeForm = 'container' | 'ephemeral';

export const PROBE_NAMESPACE = 'team-a';
export const PROBE_POD_NAME = 'web';
export const PROBE_CONTAINER_NAME = 'debugger';

/**
 * Who sends the probe: a developer authenticated through an OIDC group, as `kubectl debug`
 * sends it (the apiserver adds system:authenticated to every authenticated user).
 */
export const PROBE_USER_INFO = { username: 'dev@example.com', uid: '6b1a2c3d-0000-4000-8000-000000000001', groups: ['developers', 'system:authenticated'] };

/**
 * The probe container. As an ephemeral container it is shaped as `kubectl debug` shapes its own
 * (kubectl pkg/cmd/debug/debug.go, generateDebugContainer: an empty `resources`, always
 * marshalled, and `terminationMessagePolicy: File`); resources are forbidden there. As a normal
 * container it carries the requests and limits a resources policy asks for, so that such a
 * policy does not deny every probe for a reason that is not the probe's.
 */
export const probeContainerOf = (variant: ProbeVariant, form: ProbeForm): Record<string, unknown> => ({
  name: PROBE_CONTAINER_NAME,
  image: APPROVED_PROBE_IMAGE,
  resources: form === 'container' ? { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '100m', memory: '64Mi' } } : {},
  terminationMessagePolicy: 'File',
  ...structuredClone(variant.container ?? {}),
  securityContext: probeSecurityContext(variant),
});

/** The pod-level hardening (restricted) every probe pod has, so only the container differs. */
const POD_SECURITY_CONTEXT = { runAsNonRoot: true, runAsUser: 65532, seccompProfile: { type: 'RuntimeDefault' } };

const APP_CONTAINER = {
  name: 'app',
  image: APPROVED_PROBE_IMAGE,
  resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '100m', memory: '64Mi' } },
  terminationMessagePolicy: 'File',
  securityContext: HARDENED_SECURITY_CONTEXT,
};

const probePod = (variant: ProbeVariant, containers: readonly unknown[], extra: Record<string, unknown>): Record<string, unknown> => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: PROBE_POD_NAME, namespace: PROBE_NAMESPACE, labels: { app: PROBE_POD_NAME } },
  spec: structuredClone({
    automountServiceAccountToken: false,
    securityContext: POD_SECURITY_CONTEXT,
    ...(variant.pod ?? {}),
    containers,
    ...extra,
  }),
});

/** An AdmissionReview request (admission.k8s.io/v1 AdmissionRequest) for a probe. */
export interface ProbeRequest {
  readonly form: ProbeForm;
  readonly variant: ProbeVariant;
  readonly request: Readonly<Record<string, unknown>>;
}

const POD_KIND = { group: '', version: 'v1', kind: 'Pod' };
const POD_RESOURCE = { group: '', version: 'v1', resource: 'pods' };

/**
 * For a variant that needs something of the Pod (a hostPath volume): CREATE of that Pod with the
 * hardened container, so that a denial of the pod-level part is not taken for one of the
 * container (the variant's own control).
 */
export const probePodControlRequest = (variant: ProbeVariant): ProbeRequest | undefined => {
  if (variant.pod === undefined) return undefined;
  const [create] = probeRequests({ id: 'hardened-control', asks: variant.asks, pod: variant.pod });
  return { ...create, variant };
};

/**
 * The two requests of a variant: (a) CREATE of a Pod whose only container is the probe; (b) the
 * UPDATE `kubectl debug` causes on `pods/ephemeralcontainers` of a running hardened Pod, whose
 * `object` is the Pod with the probe appended to `spec.ephemeralContainers` and `oldObject` the
 * Pod before (the apiserver sends whole Pod objects for this subresource).
 */
export const probeRequests = (variant: ProbeVariant): readonly [ProbeRequest, ProbeRequest] => {
  const created = probePod(variant, [probeContainerOf(variant, 'container')], {});
  const before = probePod(variant, [APP_CONTAINER], {});
  const after = probePod(variant, [APP_CONTAINER], { ephemeralContainers: [probeContainerOf(variant, 'ephemeral')] });
  const common = {
    kind: POD_KIND,
    resource: POD_RESOURCE,
    requestKind: POD_KIND,
    requestResource: POD_RESOURCE,
    name: PROBE_POD_NAME,
    namespace: PROBE_NAMESPACE,
    userInfo: PROBE_USER_INFO,
    dryRun: false,
  };
  return [
    {
      form: 'container',
      variant,
      request: { uid: `probe-${variant.id}-container`, ...common, operation: 'CREATE', object: created, oldObject: null, options: { apiVersion: 'meta.k8s.io/v1', kind: 'CreateOptions' } },
    },
    {
      form: 'ephemeral',
      variant,
      request: {
        uid: `probe-${variant.id}-ephemeral`,
        ...common,
        subResource: 'ephemeralcontainers',
        requestSubResource: 'ephemeralcontainers',
        operation: 'UPDATE',
        object: after,
        oldObject: before,
        options: { apiVersion: 'meta.k8s.io/v1', kind: 'UpdateOptions' },
      },
    },
  ];
};
