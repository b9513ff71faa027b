import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';
import { scan } from '../../src/scan.ts';
import { NO_SETTINGS, type ScanSettings } from '../../src/model/settings.ts';
import rule from '../../src/rules/eg301-unguarded-ephemeral-access.ts';
import { testRule } from '../helpers/rule-tester.ts';
import { yaml } from '../helpers/yaml.ts';

/** A ClusterRole granting `patch` on the subresource, lines 1–8. */
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

/** A RoleBinding of Group oncall to ClusterRole debugger; the subject is on line 7, column 5. */
const bindingIn = (namespace: string | undefined): string => yaml`
  apiVersion: rbac.authorization.k8s.io/v1
  kind: RoleBinding
  metadata:
    name: oncall
    ${namespace === undefined ? 'labels: {}' : `namespace: ${namespace}`}
  subjects:
    - kind: Group
      name: oncall
  roleRef:
    kind: ClusterRole
    name: debugger
    apiGroup: rbac.authorization.k8s.io
`;

/** A ClusterRoleBinding of User root-debugger; the subject is on line 6, column 5. */
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

const namespace = (name: string, enforce?: string): string => yaml`
  apiVersion: v1
  kind: Namespace
  metadata:
    name: ${name}
    labels:
      ${enforce ? `pod-security.kubernetes.io/enforce: ${enforce}` : 'team: x'}
`;

/** A Gatekeeper template that reads all three container lists (covered), and its Constraint's `match` extra lines. */
const gatekeeper = (match: string): string => yaml`
  apiVersion: templates.gatekeeper.sh/v1
  kind: ConstraintTemplate
  metadata:
    name: k8snoprivileged
  spec:
    crd:
      spec:
        names:
          kind: K8sNoPrivileged
    targets:
      - target: admission.k8s.gatekeeper.sh
        rego: |
          package k8snoprivileged

          violation[{"msg": msg}] {
            c := input_containers[_]
            c.securityContext.privileged
            msg := sprintf("privileged container %v", [c.name])
          }

          input_containers[c] {
            c := input.review.object.spec.containers[_]
          }

          input_containers[c] {
            c := input.review.object.spec.initContainers[_]
          }

          input_containers[c] {
            c := input.review.object.spec.ephemeralContainers[_]
          }
  ---
  apiVersion: constraints.gatekeeper.sh/v1beta1
  kind: K8sNoPrivileged
  metadata:
    name: no-privileged
  spec:
    match:
      kinds:
        - apiGroups: [""]
          kinds: ["Pod"]
${match}
`;

/** Gatekeeper's Config (it must be named `config`) excluding namespaces from some processes. */
const gatekeeperConfig = (processes: string, name = 'config'): string => yaml`
  apiVersion: config.gatekeeper.sh/v1alpha1
  kind: Config
  metadata:
    name: ${name}
    namespace: gatekeeper-system
  spec:
    match:
      - excludedNamespaces: ["sh*"]
        processes: ${processes}
`;

/** Gatekeeper's validating webhook (receiving the subresource), called only where its namespaceSelector matches. */
const gatekeeperWebhook = yaml`
  apiVersion: admissionregistration.k8s.io/v1
  kind: ValidatingWebhookConfiguration
  metadata:
    name: gatekeeper-validating-webhook-configuration
  webhooks:
    - name: validation.gatekeeper.sh
      namespaceSelector:
        matchLabels: {policy: gatekeeper}
      rules:
        - apiGroups: ["*"]
          apiVersions: ["*"]
          operations: [CREATE, UPDATE]
          resources: ["*", "pods/ephemeralcontainers"]
      clientConfig: {service: {name: gatekeeper-webhook-service, namespace: gatekeeper-system}}
      admissionReviewVersions: [v1]
      sideEffects: None
`;

const labelledNamespace = (labels: string): string => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels: {${labels}}\n`;

/** A Kyverno ClusterPolicy that denies privileged containers, ephemeral ones included, with an `exclude` block. */
const kyvernoWithExclude = (exclude: string): string => yaml`
  apiVersion: kyverno.io/v1
  kind: ClusterPolicy
  metadata:
    name: disallow-privileged
  spec:
    validationFailureAction: Enforce
    rules:
      - name: privileged
        match:
          any:
            - resources: {kinds: [Pod]}
        exclude:
          any:
            - ${exclude}
        validate:
          message: no privileged containers
          pattern:
            spec:
              =(ephemeralContainers):
                - =(securityContext): {=(privileged): "false"}
              =(initContainers):
                - =(securityContext): {=(privileged): "false"}
              containers:
                - =(securityContext): {=(privileged): "false"}
`;

const files = (...documents: string[]): Record<string, string> => Object.fromEntries(documents.map((text, i) => [`m${i}.yaml`, text]));

testRule(rule, {
  valid: [
    {
      name: 'the config assumes baseline as the cluster default',
      files: files(debugRole, clusterBinding, namespace('open')),
      config: 'assume:\n  podSecurity:\n    enforce: baseline\n',
    },
    { name: 'the namespace enforces baseline', files: files(debugRole, bindingIn('shop'), namespace('shop', 'baseline')) },
    { name: 'a cluster-wide grant where every namespace is covered by a Gatekeeper policy', files: files(debugRole, clusterBinding, gatekeeper('')) },
    { name: 'a namespaced grant where the Constraint lists the namespace (glob)', files: files(debugRole, bindingIn('shop'), gatekeeper('      namespaces: ["sh*"]')) },
    {
      name: "a scoped Constraint that denies at Gatekeeper's webhook (or at every point) guards",
      files: files(debugRole, bindingIn('shop'), gatekeeper('    enforcementAction: scoped\n    scopedEnforcementActions:\n      - action: deny\n        enforcementPoints: [{name: "validation.gatekeeper.sh"}]')),
    },
    {
      name: "Gatekeeper's Config excludes the namespace only from audit: the webhook still guards it",
      files: files(debugRole, bindingIn('shop'), gatekeeper(''), namespace('shop'), gatekeeperConfig('["audit"]')),
    },
    {
      name: 'a Kyverno policy excluding cluster-admin still guards a subject bound only to the debug role',
      files: files(debugRole, bindingIn('shop'), kyvernoWithExclude('clusterRoles: [cluster-admin]'), namespace('shop')),
    },
    {
      name: "a Kyverno ConfigMap whose resourceFilters leave kube-system in: Kyverno guards it",
      files: files(
        debugRole,
        bindingIn('kube-system'),
        kyvernoWithExclude('clusterRoles: [cluster-admin]'),
        namespace('kube-system'),
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: kyverno, namespace: kyverno}\ndata:\n  resourceFilters: "[Event,*,*][*/*,kube-public,*][Node,*,*]"\n',
      ),
    },
    {
      name: "Gatekeeper's webhook selects the namespace",
      files: files(debugRole, bindingIn('shop'), gatekeeper(''), gatekeeperWebhook, labelledNamespace('policy: gatekeeper')),
    },
    {
      name: 'a Config not named config is ignored by Gatekeeper',
      files: files(debugRole, bindingIn('shop'), gatekeeper(''), namespace('shop'), gatekeeperConfig('["*"]', 'other')),
    },
    {
      name: 'an AdmissionConfiguration default covers namespaces without a manifest',
      files: files(
        debugRole,
        clusterBinding,
        yaml`
          apiVersion: apiserver.config.k8s.io/v1
          kind: AdmissionConfiguration
          plugins:
            - name: PodSecurity
              configuration:
                apiVersion: pod-security.admission.config.k8s.io/v1
                kind: PodSecurityConfiguration
                defaults:
                  enforce: restricted
        `,
      ),
    },
    {
      name: 'pods/* or create on the subresource is not access: nothing to guard',
      files: files(
        yaml`
          apiVersion: rbac.authorization.k8s.io/v1
          kind: ClusterRole
          metadata:
            name: debugger
          rules:
            - apiGroups: [""]
              resources: ["pods/*"]
              verbs: ["*"]
            - apiGroups: [""]
              resources: ["pods/ephemeralcontainers"]
              verbs: ["create"]
        `,
        clusterBinding,
      ),
    },
  ],
  invalid: [
    {
      name: 'the config assumes privileged in a namespace whose label says baseline',
      files: files(debugRole, bindingIn('shop'), namespace('shop', 'baseline')),
      config: 'assume:\n  podSecurity:\n    namespaces:\n      shop: privileged\n',
      errors: [{ messageId: 'unguarded', data: { where: 'namespace shop', assumed: 'the config assumes Pod Security enforce privileged in namespace shop' }, file: 'm1.yaml', line: 7, column: 5 }],
    },
    {
      name: 'no Namespace manifest in scope: assumed privileged',
      files: files(debugRole, bindingIn('shop')),
      errors: [
        {
          messageId: 'unguarded',
          data: {
            subject: 'Group oncall',
            where: 'namespace shop',
            chain: 'RoleBinding/shop/oncall → ClusterRole/debugger',
            assumed: 'no Namespace manifest for shop in scope: assumed the cluster default, privileged',
          },
          file: 'm1.yaml',
          line: 7,
          column: 5,
          level: 'error',
        },
      ],
    },
    {
      name: 'cluster-wide: only the unguarded namespaces and any other namespace',
      files: files(debugRole, clusterBinding, namespace('guarded', 'restricted'), namespace('open'), namespace('loose', 'privileged')),
      errors: [
        {
          messageId: 'unguarded',
          data: {
            where: 'namespace loose, namespace open and any other namespace',
            assumed:
              'namespace loose enforces Pod Security privileged; Namespace open sets no enforce label: assumed the cluster default, privileged; no Pod Security default in scope: assumed the cluster default, privileged',
          },
          file: 'm1.yaml',
          line: 6,
          column: 5,
        },
      ],
    },
    {
      name: 'a covered policy that checks images, not privileged, guards nothing',
      files: files(debugRole, bindingIn('shop'), gatekeeper('').replace('c.securityContext.privileged', 'not startswith(c.image, "registry.example.com/")'), namespace('shop')),
      errors: [{ messageId: 'unguarded', data: { where: 'namespace shop', assumed: 'Namespace shop sets no enforce label: assumed the cluster default, privileged' }, file: 'm1.yaml', line: 7, column: 5 }],
    },
    {
      // gatekeeper website/docs/enforcement-points.md "Only audit": deny at audit.gatekeeper.sh reports, it admits.
      name: 'a scoped Constraint that denies only at audit (or only through the generated VAP) guards nothing',
      files: files(debugRole, bindingIn('shop'), gatekeeper('    enforcementAction: scoped\n    scopedEnforcementActions:\n      - action: deny\n        enforcementPoints: [{name: "audit.gatekeeper.sh"}]\n      - action: deny\n        enforcementPoints: [{name: "vap.k8s.io"}]\n      - action: deny'), namespace('shop')),
      errors: [{ messageId: 'unguarded', data: { where: 'namespace shop' }, file: 'm1.yaml', line: 7, column: 5 }],
    },
    {
      name: 'a privileged check whose only Constraint is dryrun guards nothing',
      files: files(debugRole, bindingIn('shop'), gatekeeper('    enforcementAction: dryrun'), namespace('shop')),
      errors: [{ messageId: 'unguarded', data: { where: 'namespace shop', assumed: 'Namespace shop sets no enforce label: assumed the cluster default, privileged' }, file: 'm1.yaml', line: 7, column: 5 }],
    },
    {
      name: 'a Constraint limited to another namespace does not guard this one',
      files: files(debugRole, bindingIn('shop'), gatekeeper('      namespaces: ["prod"]'), namespace('shop')),
      errors: [{ messageId: 'unguarded', data: { where: 'namespace shop' }, file: 'm1.yaml', line: 7, column: 5 }],
    },
    {
      name: 'a Constraint excluding namespaces is not counted for namespaces without a manifest',
      files: files(debugRole, clusterBinding, gatekeeper('      excludedNamespaces: ["kube-system"]')),
      errors: [
        {
          messageId: 'unguarded',
          data: {
            where: 'any other namespace',
            assumed:
              'no Pod Security default in scope: assumed the cluster default, privileged; ConstraintTemplate/k8snoprivileged was not counted (K8sNoPrivileged/no-privileged excludes namespaces kube-system)',
          },
          file: 'm1.yaml',
          line: 6,
          column: 5,
        },
      ],
    },
    {
      name: "Gatekeeper's Config excludes the namespace from the webhook: Constraints do not guard it",
      files: files(debugRole, bindingIn('shop'), gatekeeper(''), namespace('shop'), gatekeeperConfig('["webhook", "audit"]')),
      errors: [{ messageId: 'unguarded', data: { where: 'namespace shop' }, file: 'm1.yaml', line: 7, column: 5 }],
    },
    {
      name: 'a Kyverno policy excluding the subject does not guard it',
      files: files(debugRole, bindingIn('shop'), kyvernoWithExclude('subjects: [{kind: Group, name: "on*"}]'), namespace('shop')),
      errors: [{ messageId: 'unguarded', data: { where: 'namespace shop' }, file: 'm1.yaml', line: 7, column: 5 }],
    },
    {
      name: "a Kyverno policy excluding the subject's cluster role does not guard it",
      files: files(debugRole, bindingIn('shop'), kyvernoWithExclude('clusterRoles: [debugger]'), namespace('shop')),
      errors: [{ messageId: 'unguarded', data: { where: 'namespace shop' }, file: 'm1.yaml', line: 7, column: 5 }],
    },
    {
      name: "Kyverno's default resourceFilters skip kube-system: its policies do not guard it",
      files: files(debugRole, bindingIn('kube-system'), kyvernoWithExclude('clusterRoles: [cluster-admin]'), namespace('kube-system')),
      errors: [{ messageId: 'unguarded', data: { where: 'namespace kube-system' }, file: 'm1.yaml', line: 7, column: 5 }],
    },
    {
      name: 'a cluster-wide grant guarded by Kyverno in a namespace is not guarded in any other namespace (kube-system among them)',
      files: files(debugRole, clusterBinding, kyvernoWithExclude('clusterRoles: [cluster-admin]'), namespace('shop')),
      errors: [{ messageId: 'unguarded', data: { where: 'any other namespace' }, file: 'm1.yaml', line: 6, column: 5 }],
    },
    {
      name: "Kyverno's ConfigMap excludeGroups lets the group through unevaluated",
      files: files(
        debugRole,
        bindingIn('shop'),
        kyvernoWithExclude('clusterRoles: [cluster-admin]'),
        namespace('shop'),
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: kyverno, namespace: kyverno}\ndata:\n  excludeGroups: "system:nodes,oncall"\n',
      ),
      errors: [{ messageId: 'unguarded', data: { where: 'namespace shop' }, file: 'm1.yaml', line: 7, column: 5 }],
    },
    {
      name: "Gatekeeper's webhook namespaceSelector leaves the namespace out",
      files: files(debugRole, bindingIn('shop'), gatekeeper(''), gatekeeperWebhook, labelledNamespace('team: shop')),
      errors: [{ messageId: 'unguarded', data: { where: 'namespace shop' }, file: 'm1.yaml', line: 7, column: 5 }],
    },
    {
      // Only validation.gatekeeper.sh evaluates constraints; check-ignore-label.gatekeeper.sh checks Namespace labels.
      name: "Gatekeeper's label webhook selecting every namespace does not widen where constraints are evaluated",
      files: files(
        debugRole,
        bindingIn('shop'),
        gatekeeper(''),
        `${gatekeeperWebhook}  - name: check-ignore-label.gatekeeper.sh\n    namespaceSelector: {}\n    rules: [{apiGroups: [""], apiVersions: ["*"], operations: [CREATE, UPDATE], resources: [namespaces]}]\n    clientConfig: {service: {name: gatekeeper-webhook-service, namespace: gatekeeper-system}}\n    admissionReviewVersions: [v1]\n    sideEffects: None\n`,
        labelledNamespace('team: shop'),
      ),
      errors: [{ messageId: 'unguarded', data: { where: 'namespace shop' }, file: 'm1.yaml', line: 7, column: 5 }],
    },
    {
      name: 'a namespace labelled admission.gatekeeper.sh/ignore is not sent to Gatekeeper',
      files: files(debugRole, bindingIn('shop'), gatekeeper(''), 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels: {admission.gatekeeper.sh/ignore: "break-glass"}\n'),
      errors: [{ messageId: 'unguarded', data: { where: 'namespace shop' }, file: 'm1.yaml', line: 7, column: 5 }],
    },
    {
      name: 'a binding without namespace: the namespace it is applied to',
      files: files(debugRole, bindingIn(undefined), namespace('shop', 'baseline')),
      errors: [{ messageId: 'unguarded', data: { subject: 'Group oncall', where: 'the namespace the binding is applied to' }, file: 'm1.yaml', line: 7, column: 5 }],
    },
    {
      name: 'a baseline namespace exempted by the AdmissionConfiguration',
      files: files(
        debugRole,
        bindingIn('shop'),
        namespace('shop', 'baseline'),
        yaml`
          apiVersion: apiserver.config.k8s.io/v1
          kind: AdmissionConfiguration
          plugins:
            - name: PodSecurity
              configuration:
                apiVersion: pod-security.admission.config.k8s.io/v1
                kind: PodSecurityConfiguration
                defaults:
                  enforce: baseline
                exemptions:
                  namespaces: ["shop"]
        `,
      ),
      errors: [{ messageId: 'unguarded', data: { assumed: 'a PodSecurityConfiguration exempts namespace shop from Pod Security' }, file: 'm1.yaml', line: 7, column: 5 }],
    },
  ],
});

describe('EG301 with the config (assume, rbac.allow)', () => {
  const run = async (settings: Partial<ScanSettings>, tree: Record<string, string>) =>
    (await scan({ root: '/repo', rules: [rule], settings: { ...NO_SETTINGS, ...settings } }, { fs: memoryFileSystem(tree) })).findings;
  const at = { file: 'config', line: 1, column: 1 };

  it('assume.podSecurity.enforce guards every namespace the files leave unset', async () => {
    const findings = await run({ assume: { engines: {}, podSecurity: { enforce: 'baseline', namespaces: {}, at } } }, files(debugRole, clusterBinding, namespace('open')));
    assert.deepEqual(findings.map((f) => f.message), []);
  });

  it('a namespace named in assume.podSecurity wins over its label, both ways', async () => {
    const tree = files(debugRole, bindingIn('shop'), namespace('shop', 'baseline'));
    const findings = await run({ assume: { engines: {}, podSecurity: { namespaces: { shop: 'privileged' }, at } } }, tree);
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /the config assumes Pod Security enforce privileged in namespace shop/);
    const guarded = await run({ assume: { engines: {}, podSecurity: { namespaces: { shop: 'restricted' }, at } } }, files(debugRole, bindingIn('shop')));
    assert.deepEqual(guarded.map((f) => f.message), []);
  });

  it('rbac.allow accepts the finding with its reason', async () => {
    const findings = await run(
      { rbacAllow: [{ kind: 'subject', subject: { kind: 'Group', name: 'oncall' }, label: 'Group/oncall', reason: 'on-call debugging', at }] },
      files(debugRole, bindingIn('shop')),
    );
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]!.suppression, { kind: 'external', justification: 'rbac.allow Group/oncall: on-call debugging' });
  });

  it('a Pod Security username exemption leaves the exempt subject unguarded', async () => {
    const findings = await run(
      {},
      files(
        debugRole,
        clusterBinding,
        namespace('shop', 'restricted'),
        yaml`
          apiVersion: pod-security.admission.config.k8s.io/v1
          kind: PodSecurityConfiguration
          defaults:
            enforce: restricted
          exemptions:
            usernames: ["root-debugger"]
        `,
      ),
    );
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.data.where, 'namespace shop and any other namespace');
    assert.match(findings[0]!.message, /exempts this subject's username from Pod Security/);
  });
});
