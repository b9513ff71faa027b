// Writes a synthetic repository: FILES files of DOCS documents each, a mix of the kinds real
// policy repositories hold (workloads, RBAC, namespaces, Kyverno, Gatekeeper, VAP, webhooks).
// Deterministic: the same arguments write the same bytes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pod = (i) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: team-${i % 40}
  labels: {app: app-${i}, tier: backend}
spec:
  replicas: 2
  selector: {matchLabels: {app: app-${i}}}
  template:
    metadata: {labels: {app: app-${i}}}
    spec:
      serviceAccountName: app-${i}
      containers:
        - name: app
          image: registry.example.com/team/app-${i}:1.${i % 9}.0
          ports: [{containerPort: 8080}]
          env:
            - {name: MODE, value: production}
            - {name: SHARD, value: "${i % 16}"}
          resources: {limits: {cpu: 500m, memory: 256Mi}}
          securityContext: {allowPrivilegeEscalation: false, runAsNonRoot: true, capabilities: {drop: [ALL]}}
`;
const role = (i) => `apiVersion: rbac.authorization.k8s.io/v1
kind: ${i % 3 === 0 ? 'ClusterRole' : 'Role'}
metadata:
  name: debugger-${i}
${i % 3 === 0 ? '' : `  namespace: team-${i % 40}\n`}rules:
  - apiGroups: [""]
    resources: [pods, pods/log${i % 7 === 0 ? ', pods/ephemeralcontainers' : ''}]
    verbs: [get, list, watch${i % 7 === 0 ? ', patch' : ''}]
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [get, list]
`;
const binding = (i) => `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: debuggers-${i}
  namespace: team-${i % 40}
subjects:
  - {kind: Group, name: team-${i % 40}-oncall, apiGroup: rbac.authorization.k8s.io}
  - {kind: ServiceAccount, name: app-${i}}
roleRef: {kind: ${i % 3 === 0 ? 'ClusterRole' : 'Role'}, name: debugger-${i}, apiGroup: rbac.authorization.k8s.io}
`;
const kyverno = (i) => `apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata:
  name: disallow-privileged-${i}
spec:
  validationFailureAction: Enforce
  rules:
    - name: privileged-containers
      match:
        any:
          - resources: {kinds: [Pod]}
      validate:
        message: Privileged mode is disallowed.
        pattern:
          spec:
            =(ephemeralContainers):
              - =(securityContext): {=(privileged): "false"}
            =(initContainers):
              - =(securityContext): {=(privileged): "false"}
            containers:
              - =(securityContext): {=(privileged): "false"}
`;
const template = (i) => `apiVersion: templates.gatekeeper.sh/v1
kind: ConstraintTemplate
metadata:
  name: k8spsprivileged${i}
spec:
  crd:
    spec:
      names: {kind: K8sPSPPrivileged${i}}
  targets:
    - target: admission.k8s.gatekeeper.sh
      rego: |
        package k8spsprivileged${i}

        violation[{"msg": msg, "details": {}}] {
          c := input_containers[_]
          c.securityContext.privileged
          msg := sprintf("Privileged container is not allowed: %v", [c.name])
        }

        input_containers[c] {
          c := input.review.object.spec.containers[_]
        }

        input_containers[c] {
          c := input.review.object.spec.initContainers[_]
        }
`;
const vap = (i) => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: no-privileged-${i}
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules:
      - apiGroups: [""]
        apiVersions: [v1]
        operations: [CREATE, UPDATE]
        resources: [pods]
  validations:
    - expression: "object.spec.containers.all(c, !has(c.securityContext) || !has(c.securityContext.privileged) || !c.securityContext.privileged)"
`;
const namespace = (i) => `apiVersion: v1
kind: Namespace
metadata:
  name: team-${i}
  labels:
    pod-security.kubernetes.io/enforce: ${i % 2 ? 'baseline' : 'privileged'}
`;
const service = (i) => `apiVersion: v1
kind: Service
metadata: {name: app-${i}, namespace: team-${i % 40}}
spec:
  selector: {app: app-${i}}
  ports: [{port: 80, targetPort: 8080}]
`;

const configMap = (i) => `apiVersion: v1
kind: ConfigMap
metadata: {name: app-${i}-config, namespace: team-${i % 40}}
data:
  LOG_LEVEL: info
  FEATURE_FLAGS: "a,b,c"
  settings.yaml: |
    server:
      port: 8080
      timeout: 30s
`;

/**
 * Two mixes of kinds, cycled document by document:
 * - policy-heavy: a stress case where policies, RBAC and namespaces are 8 of every 11 documents;
 * - typical: what application repositories hold (workloads, services and config, some RBAC, a
 *   few policies).
 */
const MIXES = {
  'policy-heavy': [pod, pod, pod, service, service, role, binding, namespace, kyverno, template, vap],
  typical: [
    ...Array(35).fill(pod),
    ...Array(30).fill(service),
    ...Array(22).fill(configMap),
    ...Array(5).fill(role),
    ...Array(5).fill(binding),
    namespace,
    kyverno,
    template,
  ],
};

export const MIX_NAMES = Object.keys(MIXES);

export const writeCorpus = (dir, files, docsPerFile, mix = 'policy-heavy') => {
  const KINDS = MIXES[mix];
  rmSync(dir, { recursive: true, force: true });
  let n = 0;
  for (let f = 0; f < files; f++) {
    const folder = join(dir, `area-${f % 50}`);
    mkdirSync(folder, { recursive: true });
    const docs = [];
    for (let d = 0; d < docsPerFile; d++, n++) docs.push(KINDS[n % KINDS.length](n));
    writeFileSync(join(folder, `manifests-${f}.yaml`), docs.join('---\n'));
  }
  return n;
};

const writeFiles = (dir, files) => {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
};

const tenantNamespace = (i) => `apiVersion: v1
kind: Namespace
metadata:
  name: tenant-${i}
  labels:
    tenant: tenant-${i}
    tier: ${i % 3 === 0 ? 'restricted' : 'standard'}
`;
const debugClusterRole = (i) => `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: tenant-debug-${i}
rules:
  - apiGroups: [""]
    resources: [pods, pods/log${i % 2 === 0 ? ', pods/ephemeralcontainers' : ''}]
    verbs: [get, list, watch${i % 2 === 0 ? ', patch, update' : ''}]
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [get, list]
`;
const tenantBinding = (i, namespaces, clusterRoles) => `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: tenant-debug-${i}
  namespace: tenant-${i % namespaces}
subjects:
  - {kind: Group, name: tenant-${i % namespaces}-oncall, apiGroup: rbac.authorization.k8s.io}
  - {kind: ServiceAccount, name: debugger-${i}, namespace: tenant-${i % namespaces}}
roleRef: {kind: ClusterRole, name: tenant-debug-${i % clusterRoles}, apiGroup: rbac.authorization.k8s.io}
`;
// Policies of the three common engines, each scoped differently so that the EG301 join has
// to judge them namespace by namespace: all namespaces, a label selector, a namespace list.
const tenantPolicy = (i, namespaces) => {
  switch (i % 3) {
    case 0:
      return `apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata:
  name: tenant-privileged-${i}
spec:
  validationFailureAction: Enforce
  rules:
    - name: privileged-containers
      match:
        any:
          - resources:
              kinds: [Pod]
              namespaces: [tenant-${i % namespaces}, tenant-${(i * 7) % namespaces}]
      validate:
        message: Privileged mode is disallowed.
        pattern:
          spec:
            =(ephemeralContainers):
              - =(securityContext): {=(privileged): "false"}
            containers:
              - =(securityContext): {=(privileged): "false"}
`;
    case 1:
      return `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: tenant-privileged-${i}
spec:
  failurePolicy: Fail
  matchConstraints:
    namespaceSelector:
      matchLabels: {tier: ${i % 2 ? 'restricted' : 'standard'}}
    resourceRules:
      - apiGroups: [""]
        apiVersions: [v1]
        operations: [CREATE, UPDATE]
        resources: [pods, pods/ephemeralcontainers]
  validations:
    - expression: "object.spec.ephemeralContainers.all(c, !has(c.securityContext) || !has(c.securityContext.privileged) || !c.securityContext.privileged)"
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: tenant-privileged-${i}
spec:
  policyName: tenant-privileged-${i}
  validationActions: [Deny]
`;
    default:
      return `apiVersion: constraints.gatekeeper.sh/v1beta1
kind: K8sPSPPrivilegedContainer
metadata:
  name: tenant-privileged-${i}
spec:
  enforcementAction: deny
  match:
    kinds: [{apiGroups: [""], kinds: [Pod]}]
    namespaces: [tenant-${i % namespaces}*]
`;
  }
};
const privilegedTemplate = `apiVersion: templates.gatekeeper.sh/v1
kind: ConstraintTemplate
metadata:
  name: k8spspprivilegedcontainer
spec:
  crd:
    spec:
      names: {kind: K8sPSPPrivilegedContainer}
  targets:
    - target: admission.k8s.gatekeeper.sh
      rego: |
        package k8spspprivileged

        violation[{"msg": msg}] {
          c := input_containers[_]
          c.securityContext.privileged
          msg := sprintf("Privileged container is not allowed: %v", [c.name])
        }

        input_containers[c] {
          c := input.review.object.spec.containers[_]
        }

        input_containers[c] {
          c := input.review.object.spec.ephemeralContainers[_]
        }
`;

/**
 * The multi-tenant platform shape (issue 16): `namespaces` tenant Namespaces, `bindings`
 * RoleBindings spread over them, each binding one of `clusterRoles` ClusterRoles (every other
 * one grants pods/ephemeralcontainers), and `policies` Kyverno, VAP and Gatekeeper policies
 * scoped to a few namespaces each. One document per file, in folders by kind.
 * Returns the number of files written.
 */
export const writeTenantCorpus = (dir, { namespaces = 2000, bindings = 5000, clusterRoles = 500, policies = 300 } = {}) => {
  const files = [['gatekeeper/template.yaml', privilegedTemplate]];
  for (let i = 0; i < namespaces; i++) files.push([`namespaces/tenant-${i}.yaml`, tenantNamespace(i)]);
  for (let i = 0; i < clusterRoles; i++) files.push([`roles/tenant-debug-${i}.yaml`, debugClusterRole(i)]);
  for (let i = 0; i < bindings; i++) files.push([`bindings/tenant-debug-${i}.yaml`, tenantBinding(i, namespaces, clusterRoles)]);
  for (let i = 0; i < policies; i++) files.push([`policies/tenant-privileged-${i}.yaml`, tenantPolicy(i, namespaces)]);
  writeFiles(dir, files);
  return files.length;
};

/**
 * An aggregation chain of `length` ClusterRoles: role k aggregates role k+1 by label, the last
 * grants pods/ephemeralcontainers, and each is bound to its own group cluster-wide.
 * Returns the number of files written.
 */
export const writeAggregationChainCorpus = (dir, length = 200) => {
  const files = [];
  for (let k = 0; k < length; k++) {
    const last = k === length - 1;
    files.push([
      `chain/role-${k}.yaml`,
      `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: chain-${k}
  labels: {chain-link: "${k}"}
${last ? `rules:
  - apiGroups: [""]
    resources: [pods/ephemeralcontainers]
    verbs: [patch]
` : `aggregationRule:
  clusterRoleSelectors:
    - matchLabels: {chain-link: "${k + 1}"}
rules: []
`}---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: chain-${k}
subjects:
  - {kind: Group, name: chain-${k}-users, apiGroup: rbac.authorization.k8s.io}
roleRef: {kind: ClusterRole, name: chain-${k}, apiGroup: rbac.authorization.k8s.io}
`,
    ]);
  }
  writeFiles(dir, files);
  return files.length;
};

/** An openAPIV3Schema of nested objects, `depth` levels of `width` fields (about 500 lines at 5 x 3). */
const schemaProperties = (depth, indent, width = 5) =>
  Array.from({ length: width }, (_, i) => {
    const nested = depth > 1;
    return `${indent}field${i}:
${indent}  type: ${nested ? 'object' : 'string'}
${indent}  description: What field ${i} holds, in a sentence as long as real schemas have them.
${nested ? `${indent}  properties:\n${schemaProperties(depth - 1, `${indent}    `, width)}` : ''}`;
  }).join('');

/**
 * `files` CustomResourceDefinitions of about 500 lines each, as operator charts ship them: large
 * documents that no analyzer reads (parsed for syntax and positions, never built into values).
 */
export const writeCrdCorpus = (dir, files = 500) => {
  const written = [];
  for (let i = 0; i < files; i++) {
    written.push([
      `crds/things-${i}.yaml`,
      `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: things${i}.example.com
spec:
  group: example.com
  names: {kind: Thing${i}, plural: things${i}}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
${schemaProperties(3, '            ')}`,
    ]);
  }
  writeFiles(dir, written);
  return written.length;
};
