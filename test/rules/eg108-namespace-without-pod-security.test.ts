import rule from '../../src/rules/eg108-namespace-without-pod-security.ts';
import { testRule } from '../helpers/rule-tester.ts';
import { yaml } from '../helpers/yaml.ts';

const debugRole = yaml`
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRole
  metadata:
    name: debugger
  rules:
    - apiGroups: [""]
      resources: ["pods/ephemeralcontainers"]
      verbs: ["patch"]
`;

const bindingIn = (namespace: string): string => yaml`
  apiVersion: rbac.authorization.k8s.io/v1
  kind: RoleBinding
  metadata:
    name: oncall
    namespace: ${namespace}
  subjects:
    - kind: Group
      name: oncall
  roleRef:
    kind: ClusterRole
    name: debugger
    apiGroup: rbac.authorization.k8s.io
`;

const clusterBinding = yaml`
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRoleBinding
  metadata:
    name: root-debugger
  subjects:
    - kind: User
      name: root-debugger
  roleRef:
    kind: ClusterRole
    name: debugger
    apiGroup: rbac.authorization.k8s.io
`;

const namespaceWith = (name: string, labels: string): string => yaml`
  apiVersion: v1
  kind: Namespace
  metadata:
    name: ${name}
${labels}
`;

const admission = (configuration: string): string => yaml`
  apiVersion: apiserver.config.k8s.io/v1
  kind: AdmissionConfiguration
  plugins:
    - name: PodSecurity
      configuration:
        apiVersion: pod-security.admission.config.k8s.io/v1
        kind: PodSecurityConfiguration
${configuration}
`;

const files = (...documents: string[]): Record<string, string> => Object.fromEntries(documents.map((text, i) => [`m${i}.yaml`, text]));

testRule(rule, {
  valid: [
    { name: 'the namespace enforces baseline', files: files(debugRole, bindingIn('shop'), namespaceWith('shop', '    labels:\n      pod-security.kubernetes.io/enforce: baseline')) },
    { name: 'an unlabelled namespace nobody can debug in', files: files(debugRole, bindingIn('other'), namespaceWith('shop', '    labels: {team: x}')) },
    {
      name: 'pods/* is not access: an unlabelled namespace stays quiet',
      files: files(
        yaml`
          apiVersion: rbac.authorization.k8s.io/v1
          kind: Role
          metadata:
            name: star
            namespace: shop
          rules:
            - apiGroups: [""]
              resources: ["pods/*"]
              verbs: ["patch", "update"]
          ---
          apiVersion: rbac.authorization.k8s.io/v1
          kind: RoleBinding
          metadata:
            name: star
            namespace: shop
          subjects:
            - kind: Group
              name: devs
          roleRef:
            kind: Role
            name: star
            apiGroup: rbac.authorization.k8s.io
        `,
        namespaceWith('shop', '    labels: {team: x}'),
      ),
    },
    {
      name: 'the AdmissionConfiguration default applies to the unlabelled namespace',
      files: files(debugRole, clusterBinding, namespaceWith('shop', '    labels: {team: x}'), admission('        defaults:\n          enforce: baseline')),
    },
  ],
  invalid: [
    {
      name: 'labels without enforce: on the labels key',
      files: files(debugRole, bindingIn('shop'), namespaceWith('shop', '    labels:\n      pod-security.kubernetes.io/warn: baseline')),
      errors: [{ messageId: 'unlabelled', data: { namespace: 'shop', subjects: 'Group oncall' }, file: 'm2.yaml', line: 5, column: 3, level: 'warning' }],
    },
    {
      name: 'no labels at all: on the metadata key; a cluster-wide grant reaches it',
      files: files(debugRole, clusterBinding, namespaceWith('shop', '    annotations: {}')),
      errors: [{ messageId: 'unlabelled', data: { subjects: 'User root-debugger' }, file: 'm2.yaml', line: 3, column: 1 }],
    },
    {
      name: 'enforce privileged: on the label value',
      files: files(debugRole, bindingIn('shop'), namespaceWith('shop', '    labels:\n      pod-security.kubernetes.io/enforce: privileged')),
      errors: [{ messageId: 'privileged', data: { namespace: 'shop' }, file: 'm2.yaml', line: 6, column: 41 }],
    },
    {
      name: 'an exemption of a baseline namespace: on the exemption entry',
      files: files(
        debugRole,
        bindingIn('shop'),
        namespaceWith('shop', '    labels:\n      pod-security.kubernetes.io/enforce: baseline'),
        admission('        exemptions:\n          namespaces: ["kube-system", "shop"]'),
      ),
      errors: [{ messageId: 'exempt', data: { namespace: 'shop', config: 'AdmissionConfiguration' }, file: 'm3.yaml', line: 9, column: 37 }],
    },
    {
      name: 'a privileged default reached by a cluster-wide grant: on defaults.enforce',
      files: files(debugRole, clusterBinding, admission('        defaults:\n          enforce: privileged')),
      errors: [{ messageId: 'defaultPrivileged', data: { state: 'sets defaults.enforce: privileged' }, file: 'm2.yaml', line: 9, column: 18 }],
    },
  ],
});
