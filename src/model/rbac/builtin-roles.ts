/**
 * The built-in ClusterRoles that bindings in a repository commonly reference, as the apiserver
 * bootstraps them: kubernetes/kubernetes plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go
 * (golden copy: bootstrappolicy/testdata/cluster-roles.yaml).
 *
 * `admin`, `edit` and `view` carry no rules of their own: they aggregate the roles labelled
 * `rbac.authorization.k8s.io/aggregate-to-<name>`, and `view` → `edit` → `admin` chain through those
 * same labels. None of them includes `pods/ephemeralcontainers` (kubernetes/kubernetes PR #121217:
 * it would let users bypass admission); only `cluster-admin` grants it, through `*`.
 *
 * Rules are listed only where they bear on what this tool computes: ephemeral containers, pod
 * writes and RBAC escalation primitives (impersonate, token creation, escalate, role and binding
 * writes). Other rules (configmaps, deployments, ...) are left out. Every other bootstrap role
 * (testdata/cluster-roles.yaml, controller-roles.yaml, namespace-roles.yaml) was read rule by rule
 * and grants none of those: they are listed by name only, so bindings to them resolve.
 */

export interface BuiltinRule {
  readonly verbs: readonly string[];
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly resourceNames?: readonly string[];
  readonly nonResourceURLs?: readonly string[];
}

export interface BuiltinClusterRole {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Present when the role aggregates: one `matchLabels` selector per entry. */
  readonly aggregateLabels?: readonly Readonly<Record<string, string>>[];
  readonly rules: readonly BuiltinRule[];
}

const aggregateTo = (role: 'admin' | 'edit' | 'view'): Record<string, string> => ({
  [`rbac.authorization.k8s.io/aggregate-to-${role}`]: 'true',
});

const podWrite = ['create', 'delete', 'deletecollection', 'patch', 'update'];
const readWrite = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
const read = ['get', 'list', 'watch'];

export const BUILTIN_CLUSTER_ROLES: readonly BuiltinClusterRole[] = [
  {
    name: 'cluster-admin',
    labels: {},
    rules: [
      { verbs: ['*'], apiGroups: ['*'], resources: ['*'] },
      { verbs: ['*'], apiGroups: [], resources: [], nonResourceURLs: ['*'] },
    ],
  },
  { name: 'admin', labels: {}, aggregateLabels: [aggregateTo('admin')], rules: [] },
  { name: 'edit', labels: aggregateTo('admin'), aggregateLabels: [aggregateTo('edit')], rules: [] },
  { name: 'view', labels: aggregateTo('edit'), aggregateLabels: [aggregateTo('view')], rules: [] },
  {
    name: 'system:aggregate-to-admin',
    labels: aggregateTo('admin'),
    rules: [{ verbs: readWrite, apiGroups: ['rbac.authorization.k8s.io'], resources: ['rolebindings', 'roles'] }],
  },
  {
    name: 'system:aggregate-to-edit',
    labels: aggregateTo('edit'),
    rules: [
      { verbs: ['impersonate'], apiGroups: [''], resources: ['serviceaccounts'] },
      { verbs: podWrite, apiGroups: [''], resources: ['pods', 'pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy'] },
      { verbs: ['create'], apiGroups: [''], resources: ['serviceaccounts/token'] },
    ],
  },
  {
    name: 'system:aggregate-to-view',
    labels: aggregateTo('view'),
    rules: [{ verbs: read, apiGroups: [''], resources: ['pods', 'pods/log', 'pods/status'] }],
  },
  {
    // Patches any object to edit ownerReferences: `*` covers pods/ephemeralcontainers.
    name: 'system:controller:generic-garbage-collector',
    labels: {},
    rules: [{ verbs: ['delete', 'get', 'list', 'patch', 'update', 'watch'], apiGroups: ['*'], resources: ['*'] }],
  },
  {
    name: 'system:controller:clusterrole-aggregation-controller',
    labels: {},
    rules: [{ verbs: ['escalate', 'get', 'list', 'patch', 'update', 'watch'], apiGroups: ['rbac.authorization.k8s.io'], resources: ['clusterroles'] }],
  },
  {
    name: 'system:kube-controller-manager',
    labels: {},
    rules: [{ verbs: ['create'], apiGroups: [''], resources: ['serviceaccounts/token'] }],
  },
  {
    name: 'system:node',
    labels: {},
    rules: [
      { verbs: ['create', 'delete'], apiGroups: [''], resources: ['pods'] },
      { verbs: ['create'], apiGroups: [''], resources: ['serviceaccounts/token'] },
    ],
  },
  ...[
    'system:auth-delegator',
    'system:basic-user',
    'system:certificates.k8s.io:certificatesigningrequests:nodeclient',
    'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient',
    'system:certificates.k8s.io:kube-apiserver-client-approver',
    'system:certificates.k8s.io:kube-apiserver-client-kubelet-approver',
    'system:certificates.k8s.io:kubelet-serving-approver',
    'system:certificates.k8s.io:legacy-unknown-approver',
    'system:discovery',
    'system:heapster',
    'system:kube-aggregator',
    'system:kube-dns',
    'system:kube-scheduler',
    'system:kubelet-api-admin',
    'system:monitoring',
    'system:node-bootstrapper',
    'system:node-problem-detector',
    'system:node-proxier',
    'system:persistent-volume-provisioner',
    'system:public-info-viewer',
    'system:service-account-issuer-discovery',
    'system:volume-scheduler',
    ...[
      'attachdetach-controller',
      'certificate-controller',
      'cronjob-controller',
      'daemon-set-controller',
      'deployment-controller',
      'device-taint-eviction-controller',
      'disruption-controller',
      'endpoint-controller',
      'endpointslice-controller',
      'endpointslicemirroring-controller',
      'ephemeral-volume-controller',
      'expand-controller',
      'horizontal-pod-autoscaler',
      'job-controller',
      'legacy-service-account-token-cleaner',
      'namespace-controller',
      'node-controller',
      'persistent-volume-binder',
      'pod-garbage-collector',
      'pv-protection-controller',
      'pvc-protection-controller',
      'replicaset-controller',
      'replication-controller',
      'resource-claim-controller',
      'resourcequota-controller',
      'root-ca-cert-publisher',
      'route-controller',
      'selinux-warning-controller',
      'service-account-controller',
      'service-cidrs-controller',
      'service-controller',
      'statefulset-controller',
      'ttl-after-finished-controller',
      'ttl-controller',
      'validatingadmissionpolicy-status-controller',
      'volumeattributesclass-protection-controller',
    ].map((controller) => `system:controller:${controller}`),
  ].map((name) => ({ name, labels: {}, rules: [] })),
];

/** Bootstrap Roles (namespaced); none grants ephemeral containers or an escalation primitive. */
export const BUILTIN_ROLES: readonly { readonly namespace: string; readonly name: string }[] = [
  { namespace: 'kube-public', name: 'system:controller:bootstrap-signer' },
  { namespace: 'kube-system', name: 'extension-apiserver-authentication-reader' },
  { namespace: 'kube-system', name: 'system::leader-locking-kube-controller-manager' },
  { namespace: 'kube-system', name: 'system::leader-locking-kube-scheduler' },
  { namespace: 'kube-system', name: 'system:controller:bootstrap-signer' },
  { namespace: 'kube-system', name: 'system:controller:cloud-provider' },
  { namespace: 'kube-system', name: 'system:controller:token-cleaner' },
];

/** The built-in roles users bind to and that repository roles aggregate into, widest audience first. */
export const AGGREGATION_TARGETS: readonly string[] = ['view', 'edit', 'admin'];
