import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { load } from 'js-yaml';
import {
  analyzeKyvernoPolicy,
  analyzeKyvernoPolicyException,
  type KyvernoCoverageFact,
} from '../../../src/analyze/kyverno/index.ts';
import type { K8sObject } from '../../../src/model/workspace.ts';
import type { NodeRef, SourceRef } from '../../../src/model/source-ref.ts';
import { yaml } from '../../helpers/yaml.ts';

const FILE = 'policy.yaml';

/** Parse one YAML document and wrap it as the loader would. */
const object = (text: string): K8sObject => {
  const body = load(text) as Record<string, unknown>;
  const metadata = (body['metadata'] ?? {}) as Record<string, unknown>;
  const name = String(metadata['name'] ?? '');
  const apiVersion = String(body['apiVersion']);
  const kind = String(body['kind']);
  const namespace = typeof metadata['namespace'] === 'string' ? { namespace: metadata['namespace'] } : {};
  return { apiVersion, kind, name, ...namespace, body, ref: { kind, apiVersion, name, ...namespace, at: { file: FILE, doc: 0, path: [] } } };
};

const factsOf = (text: string): KyvernoCoverageFact[] => analyzeKyvernoPolicy(object(text)).facts;

const only = (text: string): KyvernoCoverageFact => {
  const facts = factsOf(text);
  assert.equal(facts.length, 1);
  return facts[0]!;
};

const path = (ref: SourceRef | undefined): readonly (string | number)[] | undefined => (ref as NodeRef | undefined)?.path;
const span = (ref: SourceRef | undefined) => (ref as NodeRef | undefined)?.span;
const holes = (fact: KyvernoCoverageFact) => fact.reasons.flatMap((r) => (r.hole ? [r.hole] : []));

/** A ClusterPolicy with one rule matching `kinds`, whose body (indented 4) follows. */
const policy = (rule: string, kinds = '[Pod]', action = 'Enforce') => yaml`
  apiVersion: kyverno.io/v1
  kind: ClusterPolicy
  metadata:
    name: test
  spec:
    validationFailureAction: ${action}
    rules:
    - name: check
      match:
        any:
        - resources:
            kinds: ${kinds}
${rule}`;

const R = ['spec', 'rules', 0] as const;

const indent = (text: string, by: number): string => text.replaceAll('\n', `\n${' '.repeat(by)}`);

describe('analyzeKyvernoPolicy: pattern', () => {
  it('covers all three lists with =(ephemeralContainers) and =() anchors', () => {
    const fact = only(policy(`
      validate:
        pattern:
          spec:
            =(ephemeralContainers):
            - =(securityContext):
                =(privileged): "false"
            =(initContainers):
            - =(securityContext):
                =(privileged): "false"
            containers:
            - =(securityContext):
                =(privileged): "false"`));
    assert.equal(fact.verdict, 'covered');
    assert.equal(fact.engine, 'kyverno');
    assert.equal(fact.rule, 'check');
    assert.deepEqual(path(fact.reads.ephemeralContainers?.at), [...R, 'validate', 'pattern', 'spec', '=(ephemeralContainers)']);
    assert.equal((fact.reads.ephemeralContainers?.at as NodeRef).key, true);
    const ephemeral = fact.checks.find((c) => c.lists.includes('ephemeralContainers'));
    assert.equal(ephemeral?.field, 'securityContext.privileged');
    assert.equal(ephemeral?.category, 'security');
    assert.deepEqual(path(ephemeral?.at), [...R, 'validate', 'pattern', 'spec', '=(ephemeralContainers)', 0, '=(securityContext)', '=(privileged)']);
    assert.equal(fact.receivesSubresource, 'yes');
    assert.deepEqual(path(fact.subresourceEvidence?.at), [...R, 'match', 'any', 0, 'resources', 'kinds', 0]);
    assert.equal(fact.handlesUpdate, 'yes');
    assert.equal(fact.enforces, 'yes');
  });

  it('flags EG101 when only containers and initContainers are checked, pointing at the check', () => {
    const fact = only(policy(`
      validate:
        pattern:
          spec:
            =(initContainers):
            - securityContext:
                X(privileged): "null"
            containers:
            - securityContext:
                X(privileged): "null"`));
    assert.equal(fact.verdict, 'not-covered');
    assert.deepEqual(holes(fact), ['skips-ephemeral-list']);
    assert.deepEqual(path(fact.reasons[0]!.at), [...R, 'validate', 'pattern', 'spec', '=(initContainers)', 0, 'securityContext', 'X(privileged)']);
    assert.equal(fact.reads.ephemeralContainers, undefined);
  });

  it('flags EG101 for a field checked on containers but not on ephemeralContainers', () => {
    const fact = only(policy(`
      validate:
        pattern:
          spec:
            =(ephemeralContainers):
            - image: "!*:latest"
            containers:
            - image: "!*:latest"
              securityContext:
                runAsNonRoot: true`));
    assert.equal(fact.verdict, 'not-covered');
    assert.match(fact.reasons[0]!.text, /securityContext\.runAsNonRoot on containers but not on ephemeralContainers/);
  });

  it('treats condition (x) and global <(x) anchors as conditions, not checks', () => {
    const fact = only(policy(`
      validate:
        pattern:
          spec:
            containers:
            - (name): "istio-*"
              <(image): "*istio*"
              =(resources):
                =(limits): "?*"`));
    assert.equal(fact.verdict, 'not-applicable');
    assert.deepEqual(fact.checks.map((c) => c.field), ['resources.limits']);
  });

  it('X(ephemeralContainers) blocks ephemeral containers altogether: covered', () => {
    const fact = only(policy(`
      validate:
        pattern:
          spec:
            X(ephemeralContainers): "null"`));
    assert.equal(fact.verdict, 'covered');
    assert.deepEqual(path(fact.blocksEphemeralContainers?.at), [...R, 'validate', 'pattern', 'spec', 'X(ephemeralContainers)']);
  });

  it('pod-level fields only: not applicable, recorded as pod-level', () => {
    const fact = only(policy(`
      validate:
        pattern:
          spec:
            =(hostNetwork): "false"
            =(volumes):
            - X(hostPath): "null"`));
    assert.equal(fact.verdict, 'not-applicable');
    assert.deepEqual(
      fact.checks.map((c) => [c.field, c.category]),
      [['spec.hostNetwork', 'pod-level'], ['spec.volumes.hostPath', 'pod-level']],
    );
  });

  it('EG105: a plain forbidden key required on ephemeral containers (not for =(resources))', () => {
    const fact = only(policy(`
      validate:
        pattern:
          spec:
            containers:
            - resources:
                limits:
                  memory: "?*"
            =(ephemeralContainers):
            - resources:
                requests:
                  cpu: "?*"
            =(initContainers):
            - =(resources):
                limits:
                  memory: "?*"`));
    assert.equal(fact.verdict, 'not-applicable');
    assert.deepEqual(holes(fact), ['requires-forbidden']);
    assert.equal(fact.requiresForbiddenOnEphemeral.length, 1);
    assert.deepEqual(path(fact.requiresForbiddenOnEphemeral[0]!.at), [...R, 'validate', 'pattern', 'spec', '=(ephemeralContainers)', 0, 'resources', 'requests', 'cpu']);
    const forbidden = fact.checks.find((c) => c.lists.includes('ephemeralContainers'));
    assert.equal(forbidden?.category, 'forbidden');
  });

  it('no EG105 when the forbidden field is behind =() or X()', () => {
    const fact = only(policy(`
      validate:
        pattern:
          spec:
            =(ephemeralContainers):
            - =(resources):
                limits: "?*"
              X(ports): "null"`));
    assert.deepEqual(fact.requiresForbiddenOnEphemeral, []);
  });

  it('anyPattern: an alternative that skips ephemeralContainers is a hole', () => {
    const fact = only(policy(`
      validate:
        anyPattern:
        - spec:
            =(ephemeralContainers):
            - securityContext:
                runAsNonRoot: true
            containers:
            - securityContext:
                runAsNonRoot: true
        - spec:
            containers:
            - securityContext:
                runAsUser: ">0"`));
    assert.equal(fact.verdict, 'not-covered');
    assert.deepEqual(path(fact.reasons[0]!.at), [...R, 'validate', 'anyPattern', 1, 'spec', 'containers', 0, 'securityContext', 'runAsUser']);
  });

  it('anyPattern where every alternative reads ephemeral containers is covered', () => {
    const fact = only(policy(`
      validate:
        anyPattern:
        - spec:
            securityContext:
              runAsNonRoot: true
            =(ephemeralContainers):
            - =(securityContext):
                =(runAsNonRoot): true
            containers:
            - =(securityContext):
                =(runAsNonRoot): true
        - spec:
            =(ephemeralContainers):
            - securityContext:
                runAsNonRoot: true
            containers:
            - securityContext:
                runAsNonRoot: true`));
    assert.equal(fact.verdict, 'covered');
  });
});

describe('analyzeKyvernoPolicy: match and exclude', () => {
  const privileged = `
      validate:
        pattern:
          spec:
            =(ephemeralContainers):
            - =(securityContext):
                =(privileged): "false"
            containers:
            - =(securityContext):
                =(privileged): "false"`;

  it('EG104: a container rule that matches only controllers', () => {
    const fact = only(policy(privileged, '[Deployment, apps/v1/StatefulSet]'));
    assert.equal(fact.verdict, 'not-covered');
    assert.deepEqual(holes(fact), ['controllers-only']);
    assert.deepEqual(path(fact.controllersOnly?.at), [...R, 'match', 'any', 0, 'resources', 'kinds', 0]);
    assert.equal(fact.receivesSubresource, 'no');
  });

  it('kind selectors that reach the subresource: v1/Pod, */Pod, Pod/ephemeralcontainers, Pod/*, P*d', () => {
    for (const kind of ['v1/Pod', '"*/Pod"', 'Pod/ephemeralcontainers', '"Pod/*"', '"P*d"', '"*"']) {
      const fact = only(policy(privileged, `[${kind}]`));
      assert.equal(fact.receivesSubresource, 'yes', kind);
      assert.equal(fact.verdict, 'covered', kind);
    }
  });

  it('a Service rule is not applicable', () => {
    const fact = only(policy(`
      validate:
        pattern:
          spec:
            type: "!NodePort"`, '[Service]'));
    assert.equal(fact.verdict, 'not-applicable');
    assert.deepEqual(fact.reasons.map((r) => r.text), ['matches no Pods']);
  });

  it('a label rule on Pods is not applicable', () => {
    const fact = only(policy(`
      validate:
        pattern:
          metadata:
            labels:
              app.kubernetes.io/name: "?*"`));
    assert.equal(fact.verdict, 'not-applicable');
    assert.deepEqual(fact.checks, []);
  });

  it('EG102: match operations without UPDATE', () => {
    const fact = only(yaml`
      apiVersion: kyverno.io/v1
      kind: ClusterPolicy
      metadata: {name: test}
      spec:
        validationFailureAction: Enforce
        rules:
        - name: check
          match:
            any:
            - resources:
                kinds: [Pod]
                operations: [CREATE]
${indent(privileged, 4)}`);
    assert.equal(fact.verdict, 'not-covered');
    assert.equal(fact.handlesUpdate, 'no');
    assert.deepEqual(holes(fact), ['skips-update']);
    assert.deepEqual(path(fact.updateEvidence?.at), [...R, 'match', 'any', 0, 'resources', 'operations']);
  });

  it('EG109: exclude of Pod/ephemeralcontainers takes the subresource away', () => {
    const fact = only(yaml`
      apiVersion: kyverno.io/v1
      kind: ClusterPolicy
      metadata: {name: test}
      spec:
        validationFailureAction: Enforce
        rules:
        - name: check
          match:
            any:
            - resources:
                kinds: [Pod]
          exclude:
            any:
            - resources:
                kinds: [Pod/ephemeralcontainers]
${indent(privileged, 4)}`);
    assert.equal(fact.verdict, 'not-covered');
    assert.equal(fact.receivesSubresource, 'no');
    assert.deepEqual(holes(fact), ['excluded']);
    assert.deepEqual(path(fact.exemptsEphemeral[0]!.at), [...R, 'exclude', 'any', 0, 'resources', 'kinds', 0]);
  });

  it('EG109 input without changing the verdict: an exclude for some namespaces', () => {
    const fact = only(yaml`
      apiVersion: kyverno.io/v1
      kind: ClusterPolicy
      metadata: {name: test}
      spec:
        validationFailureAction: Enforce
        rules:
        - name: check
          match:
            resources:
              kinds: [Pod]
          exclude:
            resources:
              kinds: [Pod/ephemeralcontainers]
              namespaces: [debug]
${indent(privileged, 4)}`);
    assert.equal(fact.verdict, 'covered');
    assert.deepEqual(holes(fact), ['excluded']);
    assert.deepEqual(path(fact.exemptsEphemeral[0]!.at), [...R, 'exclude', 'resources', 'kinds', 0]);
  });

  it('Audit: the verdict stands and a reason says violations are only reported', () => {
    const fact = only(policy(privileged, '[Pod]', 'Audit'));
    assert.equal(fact.verdict, 'covered');
    assert.equal(fact.enforces, 'no');
    assert.match(fact.reasons.at(-1)!.text, /failure action Audit: violations are reported, not denied/);
    assert.deepEqual(path(fact.reasons.at(-1)!.at), ['spec', 'validationFailureAction']);
  });

  it('admission: false: the policy runs in background scans only, it never denies a request', () => {
    const text = policy(`      validate:\n        pattern:\n          spec:\n            =(ephemeralContainers):\n            - =(securityContext):\n                =(privileged): false\n            containers:\n            - =(securityContext):\n                =(privileged): false`).replace('  validationFailureAction: Enforce', '  validationFailureAction: Enforce\n  admission: false');
    const fact = only(text);
    assert.equal(fact.enforces, 'no');
    assert.ok(fact.reasons.some((r) => r.text === 'admission: false, so it runs in background scans only: violations are reported, not denied'), JSON.stringify(fact.reasons));
  });

  it('rule-level validate.failureAction overrides the policy', () => {
    const fact = only(policy(`${privileged.replace('validate:', 'validate:\n        failureAction: Audit')}`));
    assert.equal(fact.enforces, 'no');
    assert.deepEqual(path(fact.reasons.at(-1)!.at), [...R, 'validate', 'failureAction']);
  });
});

describe('analyzeKyvernoPolicy: the policy\'s webhookConfiguration.matchConditions', () => {
  const withConditions = (expression: string) =>
    policy(`      validate:\n        pattern:\n          spec:\n            =(ephemeralContainers):\n            - =(securityContext):\n                =(privileged): false\n            containers:\n            - =(securityContext):\n                =(privileged): false`).replace(
      '  validationFailureAction: Enforce',
      `  validationFailureAction: Enforce\n  webhookConfiguration:\n    matchConditions:\n    - name: only\n      expression: "${expression}"`,
    );

  it('one false on UPDATE skips the ephemeral-container write for every rule: EG102 at the condition', () => {
    const fact = only(withConditions("request.operation == 'CREATE'"));
    assert.equal(fact.handlesUpdate, 'no');
    assert.deepEqual(holes(fact), ['skips-update']);
    assert.deepEqual(path(fact.updateEvidence?.at), ['spec', 'webhookConfiguration', 'matchConditions', 0, 'expression']);
    assert.match(fact.updateEvidence!.note, /^webhookConfiguration\.matchConditions skips every UPDATE/);
  });

  it('one that lets UPDATE through leaves the rule covered', () => {
    const fact = only(withConditions("request.operation in ['CREATE', 'UPDATE']"));
    assert.equal(fact.handlesUpdate, 'yes');
    assert.equal(fact.verdict, 'covered');
  });
});

describe('analyzeKyvernoPolicy: preconditions', () => {
  const deny = `
      validate:
        deny:
          conditions:
            any:
            - key: "{{ request.object.spec.[ephemeralContainers, initContainers, containers][].securityContext.privileged }}"
              operator: AnyIn
              value: [true]`;

  for (const [name, condition, handles] of [
    ['Equals CREATE', 'key: "{{request.operation}}"\n          operator: Equals\n          value: CREATE', 'no'],
    ['In [CREATE]', "key: \"{{ request.operation || 'BACKGROUND' }}\"\n          operator: AnyIn\n          value: [CREATE]", 'no'],
    ['NotEquals UPDATE', 'key: "{{request.operation}}"\n          operator: NotEquals\n          value: UPDATE', 'no'],
    ['AnyNotIn [UPDATE, DELETE]', 'key: "{{request.operation}}"\n          operator: AnyNotIn\n          value: [UPDATE, DELETE]', 'no'],
    ['NotEquals DELETE', 'key: "{{request.operation}}"\n          operator: NotEquals\n          value: DELETE', 'yes'],
    ['AnyIn [CREATE, UPDATE]', 'key: "{{request.operation}}"\n          operator: AnyIn\n          value: [CREATE, UPDATE]', 'yes'],
    ['GreaterThan', 'key: "{{request.operation}}"\n          operator: GreaterThan\n          value: CREATE', 'unknown'],
  ] as const) {
    it(`${name} → handlesUpdate ${handles}`, () => {
      const fact = only(policy(`
      preconditions:
        all:
        - ${condition}${deny}`));
      assert.equal(fact.handlesUpdate, handles);
      if (handles === 'no') {
        assert.equal(fact.verdict, 'not-covered');
        assert.deepEqual(holes(fact), ['skips-update']);
        assert.deepEqual(path(fact.updateEvidence?.at), [...R, 'preconditions', 'all', 0, 'key']);
      } else {
        assert.equal(fact.verdict, handles === 'yes' ? 'covered' : 'unknown');
      }
    });
  }

  it('legacy list preconditions are all-of', () => {
    const fact = only(policy(`
      preconditions:
      - key: "{{request.operation}}"
        operator: Equals
        value: CREATE${deny}`));
    assert.deepEqual(path(fact.updateEvidence?.at), [...R, 'preconditions', 0, 'key']);
  });

  it('an any-block drops UPDATE only when every branch does', () => {
    const fact = only(policy(`
      preconditions:
        any:
        - key: "{{request.operation}}"
          operator: Equals
          value: CREATE
        - key: "{{request.object.metadata.name}}"
          operator: Equals
          value: x${deny}`));
    assert.equal(fact.handlesUpdate, 'yes');
  });
});

describe('analyzeKyvernoPolicy: deny and foreach JMESPath', () => {
  it('deny reading all three lists, with spans into the key scalar', () => {
    const fact = only(policy(`
      validate:
        deny:
          conditions:
            any:
            - key: "{{ request.object.spec.[ephemeralContainers, initContainers, containers][].securityContext.privileged }}"
              operator: AnyIn
              value: [true]`));
    assert.equal(fact.verdict, 'covered');
    const keyPath = [...R, 'validate', 'deny', 'conditions', 'any', 0, 'key'];
    assert.deepEqual(path(fact.reads.ephemeralContainers?.at), keyPath);
    // "{{ " is 3 characters; the expression starts at 3, `ephemeralContainers` at 3 + 21.
    const key = '{{ request.object.spec.[ephemeralContainers, initContainers, containers][].securityContext.privileged }}';
    const at = (word: string) => ({ start: key.indexOf(word), end: key.indexOf(word) + word.length });
    assert.deepEqual(span(fact.reads.ephemeralContainers?.at), at('ephemeralContainers'));
    assert.deepEqual(span(fact.reads.containers?.at), { start: key.indexOf('containers]'), end: key.indexOf(']') });
    const check = fact.checks[0]!;
    assert.equal(check.field, 'securityContext.privileged');
    assert.deepEqual([...check.lists], ['ephemeralContainers', 'initContainers', 'containers']);
    assert.deepEqual(span(check.at), at('securityContext.privileged'));
  });

  it('deny on containers only is EG101, pointing at the field in the expression', () => {
    const fact = only(policy(`
      validate:
        deny:
          conditions:
            all:
            - key: "{{ request.object.spec.containers[?securityContext.privileged] | length(@) }}"
              operator: GreaterThan
              value: 0`));
    assert.equal(fact.verdict, 'not-covered');
    const key = '{{ request.object.spec.containers[?securityContext.privileged] | length(@) }}';
    assert.deepEqual(span(fact.reasons[0]!.at), { start: key.indexOf('securityContext'), end: key.indexOf(']') });
  });

  it('a dashed key parsed as subtraction is unknown evidence, not a read', () => {
    const fact = only(policy(`
      validate:
        deny:
          conditions:
            all:
            - key: "{{ request.object.spec.containers[].env-name }}"
              operator: Equals
              value: x`));
    assert.equal(fact.verdict, 'unknown');
    const reason = fact.reasons.find((r) => r.hole === 'not-analyzable');
    assert.match(reason!.text, /arithmetic/);
    // From `request` (after "{{ ") to the end of `name`.
    assert.deepEqual(span(reason!.at), { start: 3, end: 3 + 'request.object.spec.containers[].env-name'.length });
    assert.equal(fact.reads.containers, undefined);
  });

  it('an unparseable expression is unknown and an EG003 problem', () => {
    const result = analyzeKyvernoPolicy(object(policy(`
      validate:
        deny:
          conditions:
            all:
            - key: "{{ request.object.spec.containers[ }}"
              operator: Equals
              value: x`)));
    assert.equal(result.facts[0]!.verdict, 'unknown');
    assert.equal(result.problems[0]!.kind, 'not-analyzable');
  });

  it('foreach over all three lists with an element-scoped pattern', () => {
    const fact = only(policy(`
      validate:
        foreach:
        - list: "request.object.spec.[ephemeralContainers, initContainers, containers][]"
          pattern:
            securityContext:
              =(allowPrivilegeEscalation): "false"`));
    assert.equal(fact.verdict, 'covered');
    assert.deepEqual(path(fact.reads.ephemeralContainers?.at), [...R, 'validate', 'foreach', 0, 'list']);
    assert.deepEqual(span(fact.reads.ephemeralContainers?.at), { start: 21, end: 40 });
    assert.deepEqual(path(fact.checks[0]!.at), [...R, 'validate', 'foreach', 0, 'pattern', 'securityContext', '=(allowPrivilegeEscalation)']);
  });

  it('foreach over request.object.spec.containers with a deny on element is EG101', () => {
    const fact = only(policy(`
      validate:
        foreach:
        - list: request.object.spec.containers
          deny:
            conditions:
              any:
              - key: "{{ element.securityContext.capabilities.add[] || \`[]\` }}"
                operator: AnyNotIn
                value: [NET_BIND_SERVICE]`));
    assert.equal(fact.verdict, 'not-covered');
    assert.equal(fact.checks[0]!.field, 'securityContext.capabilities.add');
    assert.deepEqual(path(fact.checks[0]!.at), [...R, 'validate', 'foreach', 0, 'deny', 'conditions', 'any', 0, 'key']);
    assert.deepEqual(span(fact.checks[0]!.at), { start: 11, end: 43 });
  });

  it('nested foreach reads element0 of the outer list', () => {
    const fact = only(policy(`
      validate:
        foreach:
        - list: "request.object.spec.[initContainers, ephemeralContainers, containers][]"
          foreach:
          - list: "element.volumeMounts"
            deny:
              conditions:
                any:
                - key: "{{ element0.image }}"
                  operator: Equals
                  value: "*:latest"`));
    assert.equal(fact.verdict, 'covered');
    assert.deepEqual(fact.checks.map((c) => c.field).sort(), ['image', 'volumeMounts']);
  });

  it('foreach with elementScope: false applies the pattern to the whole Pod', () => {
    const fact = only(policy(`
      validate:
        foreach:
        - list: request.object.spec.containers
          elementScope: false
          pattern:
            spec:
              containers:
              - image: "!*:latest"`));
    assert.equal(fact.verdict, 'not-covered');
    assert.deepEqual(path(fact.checks[0]!.at), [...R, 'validate', 'foreach', 0, 'pattern', 'spec', 'containers', 0, 'image']);
  });

  it('foreach preconditions on CREATE drop UPDATE', () => {
    const fact = only(policy(`
      validate:
        foreach:
        - list: "request.object.spec.[ephemeralContainers, initContainers, containers][]"
          preconditions:
            all:
            - key: "{{ request.operation }}"
              operator: Equals
              value: CREATE
          pattern:
            image: "!*:latest"`));
    assert.equal(fact.verdict, 'not-covered');
    assert.deepEqual(path(fact.updateEvidence?.at), [...R, 'validate', 'foreach', 0, 'preconditions', 'all', 0, 'key']);
  });

  it('context: a variable holding a list, and an image lookup keyed by element.image', () => {
    const fact = only(policy(`
      context:
      - name: all
        variable:
          jmesPath: "request.object.spec.[ephemeralContainers, initContainers, containers][]"
      validate:
        foreach:
        - list: all
          context:
          - name: imageData
            imageRegistry:
              reference: "{{ element.image }}"
          deny:
            conditions:
              all:
              - key: "{{ imageData.configData.config.User || '' }}"
                operator: Equals
                value: ""`));
    assert.equal(fact.verdict, 'covered');
    assert.deepEqual(path(fact.reads.ephemeralContainers?.at), [...R, 'context', 0, 'variable', 'jmesPath']);
    assert.ok(fact.checks.every((c) => c.field === 'image'));
  });

  it('images.<list> context reads the image of each list', () => {
    const fact = only(policy(`
      validate:
        deny:
          conditions:
            any:
            - key: "{{ images.containers.*.registry }}"
              operator: AnyNotIn
              value: [ghcr.io]`));
    assert.equal(fact.verdict, 'not-covered');
    assert.equal(fact.checks[0]!.field, 'image');
    assert.deepEqual(span(fact.reads.containers?.at), { start: 10, end: 20 });
  });
});

describe('analyzeKyvernoPolicy: podSecurity and CEL', () => {
  it('podSecurity on Pods covers every list, read at the podSecurity key', () => {
    const fact = only(policy(`
      validate:
        podSecurity:
          level: baseline
          version: latest`));
    assert.equal(fact.verdict, 'covered');
    for (const list of ['containers', 'initContainers', 'ephemeralContainers'] as const) {
      assert.deepEqual(path(fact.reads[list]?.at), [...R, 'validate', 'podSecurity']);
      assert.equal((fact.reads[list]?.at as NodeRef).key, true);
    }
  });

  it('podSecurity exclude with images is EG109 input', () => {
    const fact = only(policy(`
      validate:
        podSecurity:
          level: restricted
          version: latest
          exclude:
          - controlName: Capabilities
            images: ["debug/*"]`));
    assert.equal(fact.verdict, 'covered');
    assert.deepEqual(holes(fact), ['excluded']);
    assert.deepEqual(path(fact.exemptsEphemeral[0]!.at), [...R, 'validate', 'podSecurity', 'exclude', 0, 'images']);
  });

  it('validate.cel on containers only is EG101 at the field in the expression', () => {
    const fact = only(policy(`
      validate:
        cel:
          expressions:
          - expression: "object.spec.containers.all(c, !c.securityContext.privileged)"`));
    assert.equal(fact.verdict, 'not-covered');
    assert.deepEqual(holes(fact), ['skips-ephemeral-list']);
    const reason = fact.reasons.find((r) => r.hole === 'skips-ephemeral-list');
    assert.deepEqual(path(reason?.at), [...R, 'validate', 'cel', 'expressions', 0, 'expression']);
    const text = 'object.spec.containers.all(c, !c.securityContext.privileged)';
    const start = text.indexOf('c.securityContext.privileged');
    assert.deepEqual(span(reason?.at), { start, end: start + 'c.securityContext.privileged'.length });
    assert.match(reason!.text, /securityContext\.privileged on containers and never reads ephemeralContainers/);
  });

  it('validate.cel over all three lists through a variable is covered', () => {
    const fact = only(policy(`
      validate:
        cel:
          variables:
          - name: all
            expression: "object.spec.containers + object.spec.?initContainers.orValue([]) + object.spec.?ephemeralContainers.orValue([])"
          expressions:
          - expression: "variables.all.all(c, !c.securityContext.privileged)"`));
    assert.equal(fact.verdict, 'covered');
    assert.deepEqual(path(fact.reads.ephemeralContainers?.at), [...R, 'validate', 'cel', 'variables', 0, 'expression']);
  });

  it("celPreconditions request.operation == 'CREATE' is EG102 at the condition", () => {
    const fact = only(policy(`
      celPreconditions:
      - name: create-only
        expression: "request.operation == 'CREATE'"
      validate:
        pattern:
          spec:
            =(ephemeralContainers):
            - =(securityContext):
                =(privileged): "false"
            containers:
            - =(securityContext):
                =(privileged): "false"`));
    assert.equal(fact.verdict, 'not-covered');
    assert.equal(fact.handlesUpdate, 'no');
    assert.deepEqual(holes(fact), ['skips-update']);
    assert.deepEqual(path(fact.updateEvidence?.at), [...R, 'celPreconditions', 0, 'expression']);
  });

  it('celPreconditions that keep the ephemeral-container write handle UPDATE', () => {
    const fact = only(policy(`
      celPreconditions:
      - name: create-or-debug
        expression: "request.operation == 'CREATE' || request.subResource == 'ephemeralcontainers'"
      validate:
        cel:
          expressions:
          - expression: "object.spec.?ephemeralContainers.orValue([]).all(c, !c.securityContext.privileged) && object.spec.containers.all(c, !c.securityContext.privileged)"`));
    assert.equal(fact.handlesUpdate, 'yes');
    assert.equal(fact.verdict, 'covered');
  });

  it('unparseable validate.cel is unknown with EG003 at the expression', () => {
    const result = analyzeKyvernoPolicy(object(policy(`
      validate:
        cel:
          expressions:
          - expression: "object.spec.containers.all(c, "`)));
    assert.equal(result.facts[0]!.verdict, 'unknown');
    assert.deepEqual(path(result.problems[0]?.at), [...R, 'validate', 'cel', 'expressions', 0, 'expression']);
  });

  it('mutate and generate rules are not applicable; other kinds yield nothing', () => {
    assert.equal(only(policy(`
      mutate:
        patchStrategicMerge:
          metadata:
            labels:
              x: y`)).verdict, 'not-applicable');
    assert.deepEqual(factsOf(yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: x}`), []);
  });

  it('a rule on pod controllers that checks their template is the controllers-only hole, in a pattern as in a foreach; its lists are no hole of their own', () => {
    const rule = (kinds: string, validate: string) =>
      only(yaml`
        apiVersion: kyverno.io/v1
        kind: ClusterPolicy
        metadata: {name: p, annotations: {pod-policies.kyverno.io/autogen-controllers: none}}
        spec:
          validationFailureAction: Enforce
          rules:
          - name: r
            match: {any: [{resources: {kinds: ${kinds}}}]}
            validate: ${validate}`);
    const pattern = (spec: string) => `{message: m, pattern: {spec: ${spec}}}`;
    const foreach = (list: string) => `{message: m, foreach: [{list: "${list}", deny: {conditions: {any: [{key: "{{ element.securityContext.privileged || false }}", operator: Equals, value: true}]}}}]}`;
    for (const [kinds, validate] of [
      ['[Deployment]', pattern('{template: {spec: {containers: [{=(securityContext): {=(privileged): false}}]}}}')],
      ['[CronJob]', pattern('{jobTemplate: {spec: {template: {spec: {containers: [{=(securityContext): {=(privileged): false}}]}}}}}')],
      ['[Deployment]', foreach('request.object.spec.template.spec.containers')],
    ] as const) {
      const fact = rule(kinds, validate);
      assert.equal(fact.verdict, 'not-covered', validate);
      assert.deepEqual(fact.reasons.map((r) => r.hole).filter(Boolean), ['controllers-only'], validate);
    }
    // The same pattern on Pods is the lists' hole: matching Pods flips which hole it is.
    const onPods = rule('[Pod]', pattern('{containers: [{=(securityContext): {=(privileged): false}}]}'));
    assert.deepEqual(onPods.reasons.map((r) => r.hole).filter(Boolean), ['skips-ephemeral-list']);
    // A pod-level field beside the template is still pod-level.
    assert.equal(rule('[Deployment]', pattern('{template: {spec: {hostPID: false}}}')).verdict, 'not-applicable');
  });

  it('a namespaced Policy applies in its own namespace; one that names none, where is unknown, never everywhere', () => {
    const policy = (metadata: string) =>
      only(yaml`
        apiVersion: kyverno.io/v1
        kind: Policy
        metadata: ${metadata}
        spec:
          rules:
          - name: r
            match: {any: [{resources: {kinds: [Pod]}}]}
            validate: {pattern: {spec: {=(ephemeralContainers): [{=(securityContext): {=(privileged): false}}]}}}`).scope!.where;
    const parts = (where: ReturnType<typeof policy>) => (where.kind === 'all' ? where.of.map((part) => (part.kind === 'own-namespace' ? `own ${part.namespace}` : part.kind === 'unknown' ? part.why : part.kind)) : []);
    assert.deepEqual(parts(policy('{name: p, namespace: shop}')), ['own shop', 'any']);
    assert.deepEqual(parts(policy('{name: p}')), ['Policy/p is namespaced and names no namespace: it applies only in the namespace it is applied to, which the files do not say', 'any']);
  });

  it('never throws on malformed policies', () => {
    const result = analyzeKyvernoPolicy(object(yaml`
      apiVersion: kyverno.io/v1
      kind: Policy
      metadata: {name: bad}
      spec:
        rules: [3, {name: x, match: 5, validate: {pattern: [[[]]], deny: 7, foreach: {list: 4}}}]`));
    assert.equal(result.problems[0]!.kind, 'invalid-manifest');
    assert.equal(result.facts.length, 1);
  });

  it('bounded on deeply nested patterns', () => {
    let pattern: unknown = 'x';
    for (let i = 0; i < 5000; i++) pattern = { a: pattern };
    const body = { apiVersion: 'kyverno.io/v1', kind: 'ClusterPolicy', metadata: { name: 'deep' }, spec: { rules: [{ name: 'r', match: { resources: { kinds: ['Pod'] } }, validate: { pattern: { spec: { containers: [pattern] } } } }] } };
    const obj: K8sObject = { apiVersion: body.apiVersion, kind: body.kind, name: 'deep', body, ref: { kind: body.kind, apiVersion: body.apiVersion, name: 'deep', at: { file: FILE, doc: 0, path: [] } } };
    assert.equal(analyzeKyvernoPolicy(obj).facts[0]!.verdict, 'unknown');
  });
});

describe('analyzeKyvernoPolicyException', () => {
  const exception = (kinds: string) => object(yaml`
    apiVersion: kyverno.io/v2
    kind: PolicyException
    metadata: {name: debug, namespace: ops}
    spec:
      exceptions:
      - policyName: disallow-privileged
        ruleNames: [privileged-containers]
      match:
        any:
        - resources:
            kinds: ${kinds}
            namespaces: [ops]`);

  it('names Pod/ephemeralcontainers explicitly', () => {
    const { facts } = analyzeKyvernoPolicyException(exception('[Pod/ephemeralcontainers]'));
    assert.equal(facts[0]!.reach, 'explicit');
    assert.deepEqual(path(facts[0]!.at), ['spec', 'match', 'any', 0, 'resources', 'kinds', 0]);
    assert.deepEqual(facts[0]!.exempts.map((e) => [e.policyName, e.ruleNames]), [['disallow-privileged', ['privileged-containers']]]);
  });

  it('matches Pod, which includes the subresource since 1.13', () => {
    const { facts } = analyzeKyvernoPolicyException(exception('[Deployment, Pod]'));
    assert.equal(facts[0]!.reach, 'via-pod');
    assert.deepEqual(path(facts[0]!.at), ['spec', 'match', 'any', 0, 'resources', 'kinds', 1]);
  });

  it('an exception for Deployments only does not reach ephemeral containers', () => {
    assert.deepEqual(analyzeKyvernoPolicyException(exception('[Deployment]')).facts, []);
  });
});

describe('analyzeKyvernoPolicy: exemption or check in deny conditions, by the operators', () => {
  // Rule bodies sit at indentation 6 here, as in the cases above (the fixture loses 2).
  const foreachDeny = (conditions: string) => policy(`
      validate:
        message: no
        foreach:
        - list: request.object.spec.[containers, initContainers, ephemeralContainers][]
          deny:
            conditions:
              all:
${conditions.replaceAll('\n', '\n  ')}`);

  it('an image excluded beside a host-port test: not-applicable, the image only takes containers out', () => {
    const fact = only(foreachDeny(`
            - key: "{{ element.ports[].hostPort }}"
              operator: AnyIn
              value: [80, 443]
            - key: "{{ element.image }}"
              operator: AnyNotIn
              value: ["mirror.example.com/*"]`));
    assert.deepEqual(fact.checks.map((c) => `${c.field}:${c.role ?? 'check'}`), ['ports.hostPort:check', 'image:exemption']);
    assert.equal(fact.verdict, 'not-applicable');
  });

  it('the same image test alone is what the rule denies on: covered', () => {
    const fact = only(foreachDeny(`
            - key: "{{ element.image }}"
              operator: AnyNotIn
              value: ["registry.example.com/*"]`));
    assert.deepEqual(fact.checks.map((c) => `${c.field}:${c.role ?? 'check'}`), ['image:check']);
    assert.equal(fact.verdict, 'covered');
  });
});

describe('a policy without rules', () => {
  it('spec without rules (an assertion on other fields) denies nothing: no fact and no problem', () => {
    const result = analyzeKyvernoPolicy(object('apiVersion: kyverno.io/v1\nkind: ClusterPolicy\nmetadata: {name: p}\nspec:\n  validationFailureAction: Enforce\n'));
    assert.deepEqual([result.facts.length, result.problems], [0, []]);
  });
  it('rules that are not a list are invalid input (EG001) at spec.rules', () => {
    const result = analyzeKyvernoPolicy(object('apiVersion: kyverno.io/v1\nkind: ClusterPolicy\nmetadata: {name: p}\nspec:\n  rules: oops\n'));
    assert.deepEqual(result.problems.map((p) => [p.kind, path(p.at)]), [['invalid-manifest', ['spec', 'rules']]]);
  });
});

describe('a condition operator the Kyverno CRD rejects', () => {
  const policy = (operator: string) => yaml`
    apiVersion: kyverno.io/v1
    kind: ClusterPolicy
    metadata: {name: digests}
    spec:
      rules:
      - name: digest
        match: {any: [{resources: {kinds: [Pod]}}]}
        validate:
          message: use a digest
          foreach:
          - list: request.object.spec.containers[]
            deny:
              conditions:
                all:
                - key: "{{ element.image }}"
                  operator: ${operator}
                  value: "*@sha256:*"
  `;
  it('the apiserver rejects the policy: EG001 at the operator, and no fact', () => {
    const result = analyzeKyvernoPolicy(object(policy('NotMatch')));
    assert.equal(result.facts.length, 0);
    assert.deepEqual(result.problems.map((p) => [p.kind, path(p.at)]), [['invalid-manifest', ['spec', 'rules', 0, 'validate', 'foreach', 0, 'deny', 'conditions', 'all', 0, 'operator']]]);
  });
  it('the enum is case-sensitive; a valid operator keeps the policy', () => {
    assert.equal(analyzeKyvernoPolicy(object(policy('anynotin'))).facts.length, 0);
    const valid = analyzeKyvernoPolicy(object(policy('AnyNotIn')));
    assert.deepEqual([valid.facts.length, valid.problems.filter((p) => p.kind === 'invalid-manifest')], [1, []]);
  });
});

describe('analyzeKyvernoPolicy: mutate rules, read by what they write', () => {
  const mutate = (body: string, kinds = '[Pod]') => policy(`      mutate:\n${indent(body.trim(), 8).replace(/^/, '        ')}`, kinds);
  const unknownAt = (text: string) => {
    const { facts, problems } = analyzeKyvernoPolicy(object(text));
    assert.equal(facts.length, 1);
    assert.equal(facts[0]!.verdict, 'unknown');
    assert.equal(facts[0]!.enforces, 'no', 'a mutation never denies');
    assert.equal(problems.length, 1, 'one EG003 at the write');
    return path(problems[0]!.at);
  };

  it('a write into a container list is unknown, at that list (mutations of containers are not analysed)', () => {
    const text = mutate(`
patchStrategicMerge:
  spec:
    containers:
    - (name): "*"
      securityContext:
        privileged: false`);
    assert.deepEqual(unknownAt(text), [...R, 'mutate', 'patchStrategicMerge', 'spec', 'containers']);
  });

  it('removing the container write flips it to not-applicable, naming what it changes', () => {
    const fact = only(mutate(`
patchStrategicMerge:
  metadata:
    labels:
      +(team): none
  spec:
    securityContext:
      runAsNonRoot: true`));
    assert.equal(fact.verdict, 'not-applicable');
    assert.deepEqual(fact.reasons.map((r) => r.text), ['a mutate rule that changes no container field', 'its mutations change only metadata.labels.team, spec.securityContext.runAsNonRoot']);
  });

  it('condition anchors select, they write nothing: an overlay of conditions on containers writes only what is beside them', () => {
    const fact = only(mutate(`
patchStrategicMerge:
  metadata:
    annotations:
      (owner): "*"
      reviewed: "yes"`));
    assert.equal(fact.verdict, 'not-applicable');
  });

  it('foreach entries, nested, are read like the rule', () => {
    const text = mutate(`
foreach:
- list: request.object.spec.volumes
  patchStrategicMerge:
    metadata: {labels: {a: b}}
- list: request.object.spec.initContainers
  foreach:
  - list: element.env
    patchStrategicMerge:
      spec:
        initContainers:
        - name: "{{ element.name }}"
          image: other`);
    assert.deepEqual(unknownAt(text), [...R, 'mutate', 'foreach', 1, 'foreach', 0, 'patchStrategicMerge', 'spec', 'initContainers']);
  });

  it('JSON patch: a literal container path is unknown, a variable index below another field is not', () => {
    assert.deepEqual(unknownAt(mutate(`
patchesJson6902: |-
  - op: add
    path: /spec/containers/0/securityContext
    value: {}`)), [...R, 'mutate', 'patchesJson6902']);
    const volumes = only(mutate(`
patchesJson6902: |-
  - op: remove
    path: /spec/volumes/{{ index }}`));
    assert.equal(volumes.verdict, 'not-applicable');
    assert.deepEqual(volumes.reasons.map((r) => r.text), ['a mutate rule that changes no container field', 'its mutations change only spec.volumes']);
  });

  it('JSON patch: a variable where a container list may be is unknown; unreadable operations are unknown', () => {
    assert.deepEqual(unknownAt(mutate(`
patchesJson6902: |-
  - op: add
    path: /spec/{{ list }}/0/image
    value: x`)), [...R, 'mutate', 'patchesJson6902']);
    assert.deepEqual(unknownAt(mutate(`
patchesJson6902: "[ not yaml"`)), [...R, 'mutate', 'patchesJson6902']);
  });

  it('targets: it patches other, existing resources; controllers only; no Pods: not applicable', () => {
    assert.equal(only(mutate(`
targets: [{apiVersion: v1, kind: Pod}]
patchStrategicMerge: {spec: {containers: [{(name): "*", image: x}]}}`)).verdict, 'not-applicable');
    const controllers = only(mutate(`patchStrategicMerge: {spec: {template: {spec: {containers: [{(name): "*", image: x}]}}}}`, '[Deployment]'));
    assert.equal(controllers.verdict, 'not-applicable');
    assert.equal(only(mutate(`patchStrategicMerge: {metadata: {labels: {a: b}}}`, '[Namespace]')).reasons[0]!.text, 'matches no Pods');
  });
});
