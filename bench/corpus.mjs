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
