/**
 * Kinds the apiserver stores without a namespace: for a cluster-scoped resource it clears
 * `metadata.namespace` on create (k8s.io/apiserver `rest.BeforeCreate`), so a namespace written
 * on one (Helm charts often put `{{ .Release.Namespace }}` on a ClusterRoleBinding) names
 * nothing. The built-in kinds, and those of the policy engines this analysis reads.
 */
const CLUSTER_SCOPED: Readonly<Record<string, readonly string[]>> = {
  '': ['Namespace', 'Node', 'PersistentVolume', 'ComponentStatus'],
  'rbac.authorization.k8s.io': ['ClusterRole', 'ClusterRoleBinding'],
  'admissionregistration.k8s.io': [
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'MutatingAdmissionPolicy',
    'MutatingAdmissionPolicyBinding',
  ],
  'apiextensions.k8s.io': ['CustomResourceDefinition'],
  'apiregistration.k8s.io': ['APIService'],
  'storage.k8s.io': ['StorageClass', 'CSIDriver', 'CSINode', 'VolumeAttachment'],
  'scheduling.k8s.io': ['PriorityClass'],
  'node.k8s.io': ['RuntimeClass'],
  'networking.k8s.io': ['IngressClass'],
  'certificates.k8s.io': ['CertificateSigningRequest'],
  'policy': ['PodSecurityPolicy'],
  'kyverno.io': ['ClusterPolicy', 'ClusterCleanupPolicy'],
  'policies.kyverno.io': ['ValidatingPolicy', 'ImageValidatingPolicy', 'MutatingPolicy', 'GeneratingPolicy', 'DeletingPolicy'],
  'templates.gatekeeper.sh': ['ConstraintTemplate'],
  'mutations.gatekeeper.sh': ['Assign', 'AssignMetadata', 'ModifySet', 'AssignImage'],
  'policies.kubewarden.io': ['ClusterAdmissionPolicy', 'ClusterAdmissionPolicyGroup'],
  'policy.jspolicy.com': ['JsPolicy'],
};

/** Every kind of these groups is cluster-scoped (Gatekeeper constraints). */
const CLUSTER_SCOPED_GROUPS: ReadonlySet<string> = new Set(['constraints.gatekeeper.sh']);

const KINDS_BY_GROUP: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(CLUSTER_SCOPED).map(([group, kinds]) => [group, new Set(kinds)]));

/** Whether objects of this apiVersion and kind are cluster-scoped (unknown kinds: false). */
export const isClusterScoped = (apiVersion: string, kind: string): boolean => {
  const slash = apiVersion.indexOf('/');
  const group = slash === -1 ? '' : apiVersion.slice(0, slash);
  return CLUSTER_SCOPED_GROUPS.has(group) || (KINDS_BY_GROUP.get(group)?.has(kind) ?? false);
};
