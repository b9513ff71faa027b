import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryFileSystem } from '../../../src/discover/memory-file-system.ts';
import { scan } from '../../../src/scan.ts';
import { yaml } from '../../helpers/yaml.ts';

const vap = (name: string, validation: string, extra = '') => yaml`
  apiVersion: admissionregistration.k8s.io/v1
  kind: ValidatingAdmissionPolicy
  metadata:
    name: ${name}
  spec:
    failurePolicy: Fail
    matchConstraints:
      resourceRules:
        - apiGroups: [""]
          apiVersions: ["v1"]
          operations: ["CREATE", "UPDATE"]
          resources: ["pods", "pods/ephemeralcontainers"]
    ${extra}validations:
      - expression: '${validation}'
        message: no privileged containers
  ---
  apiVersion: admissionregistration.k8s.io/v1
  kind: ValidatingAdmissionPolicyBinding
  metadata:
    name: ${name}
  spec:
    policyName: ${name}
    validationActions: [Deny]
`;

const ALL_LISTS = 'object.spec.containers + object.spec.?initContainers.orValue([]) + object.spec.?ephemeralContainers.orValue([])';

const scanOne = async (text: string) => scan({ root: '/repo' }, { fs: memoryFileSystem({ 'policy.yaml': text }) });

describe('proof by execution (scan)', () => {
  it('proves the hole of a policy that reads containers only, and says so in the finding', async () => {
    const result = await scanOne(vap('containers-only', 'object.spec.containers.all(c, !(c.?securityContext.?privileged.orValue(false)))'));
    const row = result.coverage.find((r) => r.name === 'containers-only')!;
    assert.equal(row.verdict, 'not-covered');
    assert.equal(row.basis, 'proved by evaluation');
    assert.equal(row.evaluation?.proof, 'hole');
    assert.equal(row.evaluation?.hole?.variant, 'privileged');
    assert.equal(row.evaluation?.hole?.deniedAsContainerWith, 'no privileged containers');
    assert.deepEqual((row.evaluation?.hole?.container['securityContext'] as Record<string, unknown>)['privileged'], true);
    const eg101 = result.findings.find((f) => f.ruleId === 'EG101')!;
    assert.match(eg101.message, /Proved by evaluation: a privileged container \(securityContext\.privileged: true\) is denied as a normal container on CREATE \("no privileged containers"\) and admitted as an ephemeral container on UPDATE pods\/ephemeralcontainers \(no parameters\)\./);
    assert.equal(eg101.proof?.variant, 'privileged');
  });

  it('proves coverage when every list is checked: denied in both forms', async () => {
    const result = await scanOne(vap('all-lists', `(${ALL_LISTS}).all(c, !(c.?securityContext.?privileged.orValue(false)))`));
    const row = result.coverage.find((r) => r.name === 'all-lists')!;
    assert.equal(row.verdict, 'covered');
    assert.equal(row.basis, 'proved by evaluation');
    assert.match(row.evaluation!.summary, /denied both as a normal container and as an ephemeral container for privileged$/);
  });

  it('reports a policy the probes cannot evaluate as read from the code, with why', async () => {
    const result = await scanOne(vap('by-namespace', `namespaceObject.metadata.name == "x" || (${ALL_LISTS}).all(c, !(c.?securityContext.?privileged.orValue(false)))`));
    const row = result.coverage.find((r) => r.name === 'by-namespace')!;
    assert.equal(row.basis, 'read from the code');
    assert.equal(row.evaluation?.proof, 'not-evaluated');
    assert.match(row.evaluation!.summary, /namespaceObject/);
  });

  it('agrees with the code reading on a match condition that skips the subresource', async () => {
    const text = vap(
      'skips-subresource',
      `(${ALL_LISTS}).all(c, !(c.?securityContext.?privileged.orValue(false)))`,
      'matchConditions:\n      - name: not-subresource\n        expression: \'!has(request.subResource) || request.subResource == ""\'\n    ',
    );
    const result = await scanOne(text);
    const row = result.coverage.find((r) => r.name === 'skips-subresource')!;
    assert.deepEqual([row.verdict, row.basis, row.ruleIds], ['not-covered', 'proved by evaluation', ['EG102']]);
  });

  it('a Kyverno rule whose match operations leave UPDATE out is a proved EG102 at the list, not a disagreement', async () => {
    // The evaluator applies match operations as Kyverno does: for any, all and the legacy block.
    const policy = (match: string) => `apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata:
  name: no-privileged
spec:
  validationFailureAction: Enforce
  rules:
  - name: privileged
    match:
${match}
    validate:
      message: no privileged containers
      pattern:
        spec:
          =(ephemeralContainers):
          - =(securityContext):
              =(privileged): "false"
          containers:
          - =(securityContext):
              =(privileged): "false"
`;
    const shapes = [
      (ops: string) => `      any:\n      - resources:\n          kinds: [Pod]\n          operations: ${ops}`,
      (ops: string) => `      all:\n      - resources:\n          kinds: [Pod]\n          operations: ${ops}`,
      (ops: string) => `      resources:\n        kinds: [Pod]\n        operations: ${ops}`,
    ];
    for (const shape of shapes) {
      for (const [ops, expected] of [['[CREATE]', 'not-covered'], ['[CREATE, UPDATE]', 'covered'], ['[UPDATE]', 'covered']] as const) {
        const text = policy(shape(ops));
        const result = await scanOne(text);
        const row = result.coverage.find((r) => r.name === 'no-privileged')!;
        assert.equal(row.verdict, expected, shape(ops));
        if (expected === 'not-covered') assert.equal(row.basis, 'proved by evaluation', shape(ops));
        assert.equal(result.findings.some((f) => f.ruleId === 'EG003'), false, shape(ops));
        if (expected === 'not-covered') {
          const finding = result.findings.find((f) => f.ruleId.startsWith('EG102'))!;
          const line = text.split('\n').findIndex((l) => l.includes('operations:')) + 1;
          assert.deepEqual([finding.location.startLine, finding.location.startColumn], [line, text.split('\n')[line - 1]!.indexOf('[') + 1]);
        }
      }
    }
  });

  describe('with the params of a ConfigMap in another file', () => {
    // Which container lists the policy checks is in its param: "all" covers ephemeral containers.
    const paramPolicy = (paramRef: string) =>
      `# params in params/\n${vap('by-configmap', `(params.data.lists == "all" ? ${ALL_LISTS} : object.spec.containers).all(c, !(c.?securityContext.?privileged.orValue(false)))`, 'paramKind: {apiVersion: v1, kind: ConfigMap}\n    ')}  paramRef: ${paramRef}\n`;
    const configMap = (name: string, labels: string, lists: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: policy\n  labels: ${labels}\ndata:\n  lists: ${JSON.stringify(lists)}\n`;
    const scanWith = async (paramRef: string, params: Record<string, string>) => {
      const result = await scan({ root: '/repo' }, { fs: memoryFileSystem({ 'policy.yaml': paramPolicy(paramRef), ...params }) });
      const row = result.coverage.find((r) => r.name === 'by-configmap')!;
      assert.deepEqual([row.location.file, row.location.startLine, row.location.startColumn], ['policy.yaml', 2, 1]);
      return row;
    };
    const expectEvaluatedWith = (row: Awaited<ReturnType<typeof scanWith>>, lists: string, param: string) => {
      if (lists === 'all') {
        assert.deepEqual([row.verdict, row.basis, row.evaluation?.proof], ['covered', 'proved by evaluation', 'handled'], lists);
      } else {
        assert.equal(row.evaluation?.proof, 'hole', lists);
        assert.equal(row.evaluation?.hole?.parameters, `parameters of ${param}`);
      }
    };
    /** Property: the verdict follows the param's data, for any value. */
    const values = ['all', 'containers', 'ALL', '', 'all ', 'ephemeral'];

    it('evaluates a binding whose paramRef.name names it', async () => {
      for (const lists of values) {
        const row = await scanWith('{name: limits, namespace: policy, parameterNotFoundAction: Deny}', {
          'params/limits.yaml': configMap('limits', '{tier: strict}', lists),
          // Same name, another namespace: not the binding's param.
          'params/other.yaml': configMap('limits', '{tier: strict}', lists === 'all' ? 'containers' : 'all').replace('namespace: policy', 'namespace: other'),
        });
        expectEvaluatedWith(row, lists, 'ConfigMap/policy/limits');
      }
    });

    it('evaluates a binding whose paramRef.selector selects it, and not the ConfigMaps it does not select', async () => {
      for (const lists of values) {
        const row = await scanWith('{selector: {matchLabels: {tier: strict}}, parameterNotFoundAction: Deny}', {
          'params/limits.yaml': configMap('limits', '{tier: strict}', lists),
          'params/lax.yaml': configMap('lax', '{tier: lax}', lists === 'all' ? 'containers' : 'all'),
        });
        expectEvaluatedWith(row, lists, 'ConfigMap/policy/limits');
      }
    });

    it('does not evaluate a selector that selects several params one by one (the apiserver combines them), and says so', async () => {
      const row = await scanWith('{selector: {}, parameterNotFoundAction: Deny}', {
        'params/limits.yaml': configMap('limits', '{tier: strict}', 'all'),
        'params/lax.yaml': configMap('lax', '{tier: lax}', 'containers'),
      });
      assert.equal(row.evaluation?.proof, 'not-evaluated');
      assert.equal(
        row.evaluation?.summary,
        'could not evaluate: the paramRef.selector of ValidatingAdmissionPolicyBinding/by-configmap selects 2 param objects (ConfigMap/policy/lax, ConfigMap/policy/limits), whose evaluations the apiserver combines; the probes evaluate one param object at a time',
      );
    });
  });

  it('carries the probe results in the JSON coverage rows', async () => {
    const result = await scanOne(vap('containers-only', 'object.spec.containers.all(c, !(c.?securityContext.?privileged.orValue(false)))'));
    const json = JSON.parse(JSON.stringify(result.coverage)) as { evaluation?: { hole?: { operation: string; subResource: string } } }[];
    assert.deepEqual([json[0]!.evaluation?.hole?.operation, json[0]!.evaluation?.hole?.subResource], ['UPDATE', 'ephemeralcontainers']);
  });
});

describe('proof by execution: the CEL policies that mutate or verify images', () => {
  const imagePolicy = (name: string, extra: string) => yaml`
    apiVersion: policies.kyverno.io/v1
    kind: ImageValidatingPolicy
    metadata:
      name: ${name}
    spec:
      validationActions: [Deny]
      matchConstraints:
        resourceRules:
          - apiGroups: [""]
            apiVersions: ["v1"]
            operations: ["CREATE", "UPDATE"]
            resources: ["pods", "pods/ephemeralcontainers"]
      ${extra}attestors:
        - name: cosign
          cosign:
            key:
              data: not-a-key
      validations:
        - expression: 'images.containers.map(image, verifyImageSignatures(image, [attestors.cosign])).all(e, e > 0)'
          message: images must be signed
  `;

  it('cannot evaluate an ImageValidatingPolicy whose validation verifies signatures in the registry, and says why', async () => {
    const result = await scanOne(imagePolicy('signed-images', ''));
    const row = result.coverage.find((r) => r.name === 'signed-images')!;
    assert.equal(row.basis, 'read from the code');
    assert.equal(row.evaluation?.proof, 'not-evaluated');
    assert.equal(row.evaluation?.summary, 'could not evaluate: reads images (Kyverno verifies them against the image registry, which a scan does not reach)');
  });

  it('proves the hole of an ImageValidatingPolicy whose match condition skips the ephemeralcontainers subresource', async () => {
    const skips = 'matchConditions:\n        - name: not-subresource\n          expression: \'!has(request.subResource) || request.subResource == ""\'\n      ';
    const result = await scanOne(imagePolicy('signed-not-debug', skips));
    const row = result.coverage.find((r) => r.name === 'signed-not-debug')!;
    // Every probe is signed or not alike (unknown) as a container: nothing is denied, so nothing is proved either way.
    assert.equal(row.evaluation?.proof, 'not-evaluated');
    assert.equal(row.ruleIds.includes('EG102'), true);
  });

  it('runs no probe on a MutatingAdmissionPolicy: it has mutations, no validations, so it never denies a container', async () => {
    const result = await scanOne(yaml`
      apiVersion: admissionregistration.k8s.io/v1beta1
      kind: MutatingAdmissionPolicy
      metadata:
        name: add-label
      spec:
        failurePolicy: Fail
        matchConstraints:
          resourceRules:
            - apiGroups: [""]
              apiVersions: ["v1"]
              operations: ["CREATE", "UPDATE"]
              resources: ["pods"]
        matchConditions:
          - name: privileged
            expression: 'object.spec.containers.exists(c, c.?securityContext.?privileged.orValue(false))'
        mutations:
          - patchType: ApplyConfiguration
            applyConfiguration:
              expression: 'Object{metadata: Object.metadata{labels: {"privileged": "true"}}}'
    `);
    const row = result.coverage.find((r) => r.name === 'add-label');
    assert.equal(row?.evaluation, undefined);
    assert.equal(result.coverage.some((r) => r.evaluation !== undefined), false);
  });
});
