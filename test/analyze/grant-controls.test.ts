import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeWorkspace } from '../../src/analyze/analyze.ts';
import type { Facts } from '../../src/analyze/facts.ts';
import { controlsOnGrants, type TargetGuard } from '../../src/analyze/grant-controls.ts';
import { targetText } from '../../src/rules/wording.ts';
import { loadManifests } from '../../src/load/load-manifests.ts';
import { Workspace } from '../../src/model/workspace.ts';
import { yaml } from '../helpers/yaml.ts';

/** The analyze stage on one file of YAML documents. */
const analyze = (...documents: string[]): Facts => {
  const loaded = loadManifests('repo.yaml', documents.join('---\n'));
  return analyzeWorkspace(new Workspace(loaded.objects, [], loaded.deferred), []);
};

/** `target: guarded by control, control` for every target of every grant of `subject`. */
const judged = (facts: Facts, subject: string): string[] =>
  facts.guards.guarded
    .filter((entry) => entry.access.subject.label === subject)
    .flatMap((entry) => entry.targets.map((guard: TargetGuard) => `${targetText(guard.target)}: ${guard.guarded ? guard.controls.map((c) => c.text).join(', ') : `unguarded${guard.uncertain.length > 0 ? ` (${guard.uncertain.map((u) => u.why).join('; ')})` : ''}`}`));

const debugger_ = yaml`
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRole
  metadata: {name: debugger}
  rules:
    - {apiGroups: [""], resources: [pods/ephemeralcontainers], verbs: [patch]}
`;
const clusterGrant = (kind: string, name: string) => yaml`
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRoleBinding
  metadata: {name: ${name}-debug}
  subjects: [{kind: ${kind}, name: ${name}, apiGroup: rbac.authorization.k8s.io}]
  roleRef: {kind: ClusterRole, name: debugger, apiGroup: rbac.authorization.k8s.io}
`;
const namespace = (name: string, labels = '{}') => yaml`
  apiVersion: v1
  kind: Namespace
  metadata: {name: ${name}, labels: ${labels}}
`;
/** A Kyverno rule denying privileged containers in every list, with `extra` under the rule. */
const kyvernoPrivileged = (action: string, match = '{any: [{resources: {kinds: [Pod]}}]}') => yaml`
  apiVersion: kyverno.io/v1
  kind: ClusterPolicy
  metadata: {name: disallow-privileged}
  spec:
    validationFailureAction: ${action}
    rules:
      - name: privileged
        match: ${match}
        validate:
          pattern:
            spec:
              =(ephemeralContainers): [{=(securityContext): {=(privileged): "false"}}]
              =(initContainers): [{=(securityContext): {=(privileged): "false"}}]
              containers: [{=(securityContext): {=(privileged): "false"}}]
`;

describe('the guard join (Facts.guards)', () => {
  it('counts an enforcing privileged check, and never an audit-only one', () => {
    const enforce = analyze(debugger_, clusterGrant('Group', 'dev'), namespace('shop'), kyvernoPrivileged('Enforce'));
    assert.deepEqual(judged(enforce, 'Group dev'), [
      'namespace shop: ClusterPolicy/disallow-privileged (rule privileged)',
      "any other namespace: unguarded (Kyverno's default resourceFilters excludes namespaces kube-system, kube-public, kube-node-lease, kyverno)",
    ]);
    const audit = analyze(debugger_, clusterGrant('Group', 'dev'), namespace('shop'), kyvernoPrivileged('Audit'));
    assert.deepEqual(judged(audit, 'Group dev'), ['namespace shop: unguarded', 'any other namespace: unguarded']);
  });

  it('never counts a mutator, even one that sets privileged: false on every list', () => {
    const assign = (list: string) => yaml`
      apiVersion: mutations.gatekeeper.sh/v1
      kind: Assign
      metadata: {name: unprivileged-${list.toLowerCase()}}
      spec:
        applyTo: [{groups: [""], versions: ["v1"], kinds: ["Pod"]}]
        location: "spec.${list}[name:*].securityContext.privileged"
        parameters: {assign: {value: false}}
    `;
    const facts = analyze(debugger_, clusterGrant('Group', 'dev'), namespace('shop'), assign('containers'), assign('initContainers'), assign('ephemeralContainers'));
    assert.deepEqual(facts.coverage.filter((fact) => fact.policy.kind === 'Assign').map((fact) => `${fact.verdict} ${fact.enforces}`), ['unknown no', 'unknown no', 'unknown no']);
    assert.deepEqual(judged(facts, 'Group dev'), ['namespace shop: unguarded', 'any other namespace: unguarded']);
  });

  it('does not count a covered policy that checks something other than privileged', () => {
    const registry = yaml`
      apiVersion: kyverno.io/v1
      kind: ClusterPolicy
      metadata: {name: registry}
      spec:
        validationFailureAction: Enforce
        rules:
          - name: registry
            match: {any: [{resources: {kinds: [Pod]}}]}
            validate:
              pattern:
                spec:
                  =(ephemeralContainers): [{image: "registry.example.com/*"}]
                  containers: [{image: "registry.example.com/*"}]
    `;
    const facts = analyze(debugger_, clusterGrant('Group', 'dev'), namespace('shop'), registry);
    assert.equal(facts.coverage.find((fact) => fact.policy.name === 'registry')?.verdict, 'covered');
    assert.deepEqual(judged(facts, 'Group dev'), ['namespace shop: unguarded', 'any other namespace: unguarded']);
  });

  it("applies Kyverno's default excludeGroups (system:nodes) when no ConfigMap says otherwise", () => {
    const documents = [debugger_, clusterGrant('Group', 'system:nodes'), clusterGrant('Group', 'dev'), namespace('shop'), kyvernoPrivileged('Enforce')];
    const facts = analyze(...documents);
    assert.deepEqual(judged(facts, 'Group system:nodes')[0], 'namespace shop: unguarded');
    assert.deepEqual(judged(facts, 'Group dev')[0], 'namespace shop: ClusterPolicy/disallow-privileged (rule privileged)');
    const configMap = yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: kyverno, namespace: kyverno}
      data: {excludeGroups: "system:masters"}
    `;
    const configured = analyze(...documents, configMap);
    assert.deepEqual(judged(configured, 'Group system:nodes')[0], 'namespace shop: ClusterPolicy/disallow-privileged (rule privileged)');
  });

  it('gives every namespace its kubernetes.io/metadata.name label, as the apiserver does', () => {
    const match = '{any: [{resources: {kinds: [Pod], namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: shop}}}}]}';
    const facts = analyze(debugger_, clusterGrant('Group', 'dev'), namespace('shop'), namespace('lab'), kyvernoPrivileged('Enforce', match));
    const [lab, shop] = judged(facts, 'Group dev');
    assert.equal(lab, 'namespace lab: unguarded');
    assert.equal(shop, 'namespace shop: ClusterPolicy/disallow-privileged (rule privileged)');
  });

  it('counts Pod Security baseline and restricted enforcement, and not privileged', () => {
    const facts = analyze(
      debugger_,
      clusterGrant('Group', 'dev'),
      namespace('a', '{pod-security.kubernetes.io/enforce: baseline}'),
      namespace('b', '{pod-security.kubernetes.io/enforce: privileged}'),
    );
    assert.deepEqual(judged(facts, 'Group dev'), ['namespace a: Pod Security enforce: baseline (namespace label)', 'namespace b: unguarded', 'any other namespace: unguarded']);
  });

  it('fails closed: a covered fact without a scope, or with an unknown enforcement, guards nowhere', () => {
    const base = analyze(debugger_, clusterGrant('Group', 'dev'), namespace('shop'), kyvernoPrivileged('Enforce'));
    const [fact] = base.coverage;
    assert.ok(fact?.scope);
    const { scope: _scope, ...unscoped } = fact;
    for (const [coverage, why] of [
      [[unscoped], 'where it applies is not known'],
      [[{ ...fact, enforces: 'unknown' as const }], 'whether it denies at admission is not known'],
    ] as const) {
      const guards = controlsOnGrants({ ...base, coverage });
      const shop = guards.guarded[0]!.targets[0]!;
      assert.equal(shop.guarded, false);
      assert.deepEqual(shop.uncertain.map((u) => u.why), [why]);
    }
    const none = controlsOnGrants({ ...base, installations: [] });
    assert.equal(none.guarded[0]!.targets.at(-1)!.guarded, true, 'without installations, the policy guards every namespace');
  });

  it('judges each place once per requester class: grants of alike subjects share their judgments', () => {
    const facts = analyze(debugger_, clusterGrant('Group', 'dev'), clusterGrant('Group', 'ops'), namespace('shop'), kyvernoPrivileged('Enforce'));
    const [dev, ops] = facts.guards.guarded;
    assert.equal(dev!.targets, ops!.targets);
  });
});

describe('the guard join and Kyverno podSecurity', () => {
  const podSecurity = (level: string, exclude = '') => yaml`
    apiVersion: kyverno.io/v1
    kind: ClusterPolicy
    metadata: {name: pss}
    spec:
      validationFailureAction: Enforce
      rules:
        - name: pss
          match: {any: [{resources: {kinds: [Pod]}}]}
          validate:
            podSecurity: {level: ${level}, version: latest${exclude}}
  `;
  it('counts baseline and restricted, not privileged, and not a rule that excludes the Privileged Containers control', () => {
    const judge = (document: string) => judged(analyze(debugger_, clusterGrant('Group', 'dev'), namespace('shop'), document), 'Group dev')[0];
    assert.equal(judge(podSecurity('baseline')), 'namespace shop: ClusterPolicy/pss (rule pss)');
    assert.equal(judge(podSecurity('restricted', ', exclude: [{controlName: Capabilities, images: [nginx]}]')), 'namespace shop: ClusterPolicy/pss (rule pss)');
    assert.equal(judge(podSecurity('privileged')), 'namespace shop: unguarded');
    assert.equal(judge(podSecurity('baseline', ', exclude: [{controlName: Privileged Containers, images: [debug]}]')), 'namespace shop: unguarded');
  });
});

describe('controls of ephemeral containers as guards', () => {
  /** A VAP on the subresource, bound with Deny, whose validation is `expression`. */
  const vapControl = (expression: string) => yaml`
    apiVersion: admissionregistration.k8s.io/v1
    kind: ValidatingAdmissionPolicy
    metadata: {name: debug-control}
    spec:
      failurePolicy: Fail
      matchConstraints:
        resourceRules:
          - {apiGroups: [""], apiVersions: [v1], operations: [UPDATE], resources: [pods/ephemeralcontainers]}
      validations:
        - expression: ${JSON.stringify(expression)}
    ---
    apiVersion: admissionregistration.k8s.io/v1
    kind: ValidatingAdmissionPolicyBinding
    metadata: {name: debug-control}
    spec:
      policyName: debug-control
      validationActions: [Deny]
  `;

  it('a control that blocks every ephemeral container guards; one that allows approved images does not (a privileged one with such an image passes)', () => {
    const blocksAll = analyze(debugger_, clusterGrant('Group', 'dev'), namespace('shop'), vapControl('object.spec.?ephemeralContainers.orValue([]).size() == 0'));
    const control = blocksAll.coverage.find((fact) => fact.policy.name === 'debug-control')!;
    assert.equal(control.verdict, 'covered');
    assert.equal(control.blocksEphemeralContainers?.scope ?? 'all', 'all');
    assert.deepEqual(judged(blocksAll, 'Group dev'), ['namespace shop: ValidatingAdmissionPolicy/debug-control', 'any other namespace: ValidatingAdmissionPolicy/debug-control']);

    const imagesOnly = analyze(debugger_, clusterGrant('Group', 'dev'), namespace('shop'), vapControl("object.spec.?ephemeralContainers.orValue([]).all(c, c.image.startsWith('registry.example/debug:'))"));
    const conditional = imagesOnly.coverage.find((fact) => fact.policy.name === 'debug-control')!;
    assert.equal(conditional.verdict, 'covered');
    assert.equal(conditional.blocksEphemeralContainers?.scope, 'conditional');
    assert.deepEqual(judged(imagesOnly, 'Group dev'), ['namespace shop: unguarded', 'any other namespace: unguarded']);
  });
});
