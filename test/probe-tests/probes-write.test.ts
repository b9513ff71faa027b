import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';
import { runCli } from '../../src/cli/run-cli.ts';
import { type CliIO } from '../../src/cli/cli-io.ts';
import { nodeFileSystem } from '../../src/discover/file-system.ts';
import { safeName } from '../../src/probe-tests/probe-tests.ts';

// A Kyverno rule and a Gatekeeper template that each deny a privileged container in
// spec.containers only: as an ephemeral container the same container is admitted (a hole).
const POLICIES = `apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata: {name: no-privileged}
spec:
  validationFailureAction: Enforce
  rules:
    - name: containers-only
      match: {any: [{resources: {kinds: [Pod]}}]}
      validate:
        message: privileged containers are not allowed
        pattern:
          spec:
            containers:
              - =(securityContext):
                  =(privileged): "false"
---
apiVersion: templates.gatekeeper.sh/v1
kind: ConstraintTemplate
metadata: {name: k8sprivonly}
spec:
  crd: {spec: {names: {kind: K8sPrivOnly}}}
  targets:
    - target: admission.k8s.gatekeeper.sh
      rego: |
        package k8sprivonly
        violation[{"msg": msg}] {
          c := input.review.object.spec.containers[_]
          c.securityContext.privileged
          msg := sprintf("privileged: %v", [c.name])
        }
---
apiVersion: constraints.gatekeeper.sh/v1beta1
kind: K8sPrivOnly
metadata: {name: "../no priv"}
spec:
  match: {kinds: [{apiGroups: [""], kinds: [Pod]}]}
`;

// CEL policies that deny a privileged container in spec.containers only (a VAP with a param and
// a binding, and a Kyverno ValidatingPolicy), and a VAP checking every list whose match condition
// skips the ephemeralcontainers subresource.
const ALL_LISTS = 'object.spec.containers + object.spec.?initContainers.orValue([]) + object.spec.?ephemeralContainers.orValue([])';
const vapRules = `matchConstraints:
    resourceRules:
      - {apiGroups: [""], apiVersions: [v1], operations: [CREATE, UPDATE], resources: [pods, pods/ephemeralcontainers]}`;
const CEL_POLICIES = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata: {name: vap-containers-only}
spec:
  failurePolicy: Fail
  paramKind: {apiVersion: policy.example.com/v1, kind: PrivilegedLimits}
  ${vapRules}
  validations:
    - expression: 'params.data.allowPrivileged == "true" || object.spec.containers.all(c, !(c.?securityContext.?privileged.orValue(false)))'
      message: no privileged containers
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata: {name: vap-containers-only}
spec:
  policyName: vap-containers-only
  validationActions: [Deny]
  paramRef: {name: privileged-limits, namespace: policy-params}
---
apiVersion: policy.example.com/v1
kind: PrivilegedLimits
metadata: {name: privileged-limits, namespace: policy-params}
data: {allowPrivileged: "false"}
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata: {name: vap-skips-subresource}
spec:
  failurePolicy: Fail
  ${vapRules}
  matchConditions:
    - name: not-subresource
      expression: '!has(request.subResource) || request.subResource == ""'
  validations:
    - expression: '(${ALL_LISTS}).all(c, !(c.?securityContext.?privileged.orValue(false)))'
      message: no privileged containers
---
apiVersion: policies.kyverno.io/v1alpha1
kind: ValidatingPolicy
metadata: {name: vpol-containers-only}
spec:
  validationActions: [Deny]
  ${vapRules}
  validations:
    - expression: 'object.spec.containers.all(c, !(c.?securityContext.?privileged.orValue(false)))'
      message: no privileged containers
`;

const schema = async (name: string) => JSON.parse(await readFile(join(import.meta.dirname, '../fixtures/probe-tests', name), 'utf8'));

const run = async (argv: (cwd: string) => string[], prepare: (cwd: string) => Promise<void> = async () => {}) => {
  const cwd = await mkdtemp(join(tmpdir(), 'eg-probes-'));
  await writeFile(join(cwd, 'policies.yaml'), POLICIES);
  await prepare(cwd);
  let stderr = '';
  const io: CliIO = {
    stdout: () => {},
    stderr: (text) => void (stderr += text),
    isTTY: false,
    cwd,
    readText: (path) => readFile(path, 'utf8').catch(() => undefined),
    writeFile: async () => assert.fail('probes writes through writeOutputFile'),
  };
  const code = await runCli(argv(cwd), io, { fs: nodeFileSystem });
  return { code, stderr, cwd };
};

const filesUnder = async (folder: string): Promise<Map<string, string>> => {
  const found = new Map<string, string>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found.set(relative(folder, join(entry.parentPath, entry.name)), await readFile(join(entry.parentPath, entry.name), 'utf8'));
  }
  return new Map([...found].sort(([a], [b]) => a.localeCompare(b)));
};

describe('probes --write', () => {
  it('writes a Kyverno CLI test and a gator suite that validate against the engines\' schemas, the hole expected to fail', async () => {
    const { code, cwd } = await run(() => ['probes', '--write', 'tests', 'policies.yaml']);
    assert.equal(code, 0);
    const files = await filesUnder(join(cwd, 'tests'));
    const ajv = new Ajv({ allErrors: true, strict: true });
    const kyverno = ajv.compile(await schema('kyverno-test.schema.json'));
    const suite = ajv.compile(await schema('gator-suite.schema.json'));
    const review = ajv.compile(await schema('admission-review.schema.json'));

    const kyvernoText = files.get('kyverno/clusterpolicy-no-privileged/kyverno-test.yaml')!;
    const test = load(kyvernoText) as { results: { rule: string; resources: string[]; operation?: string; result: string }[] };
    assert.ok(kyverno(test), JSON.stringify(kyverno.errors));
    const results = Object.fromEntries(test.results.map((result) => [result.resources[0], result]));
    assert.deepEqual(results['web-hardened-control-container'], { policy: 'no-privileged', rule: 'containers-only', resources: ['web-hardened-control-container'], kind: 'Pod', result: 'pass' });
    assert.equal(results['web-privileged-container']!.result, 'fail');
    assert.deepEqual(results['web-privileged-ephemeral'], { policy: 'no-privileged', rule: 'containers-only', resources: ['web-privileged-ephemeral'], kind: 'Pod', operation: 'UPDATE', result: 'fail' });
    assert.match(kyvernoText, /# containers-only \/ privileged-ephemeral: expected fail\. .*PROVED HOLE/);
    const pods = (files.get('kyverno/clusterpolicy-no-privileged/resources.yaml')!.split('---\n').map((text) => load(text)) as { metadata: { name: string }; spec: { ephemeralContainers?: { securityContext: { privileged?: boolean } }[] } }[]);
    const ephemeralPod = pods.find((pod) => pod.metadata.name === 'web-privileged-ephemeral')!;
    assert.equal(ephemeralPod.spec.ephemeralContainers![0]!.securityContext.privileged, true);
    for (const result of test.results) assert.ok(pods.some((pod) => pod.metadata.name === result.resources[0]), result.resources[0]);

    const suiteFolder = 'gatekeeper/constrainttemplate-k8sprivonly';
    const written = load(files.get(`${suiteFolder}/suite.yaml`)!) as { tests: { constraint: string; cases: { name: string; object: string; assertions: unknown[] }[] }[] };
    assert.ok(suite(written), JSON.stringify(suite.errors));
    assert.equal(written.tests[0]!.constraint, 'constraint-no-priv.yaml');
    const ephemeralCase = written.tests[0]!.cases.find((entry) => entry.name === 'privileged-ephemeral')!;
    assert.deepEqual(ephemeralCase.assertions, [{ violations: 'yes' }]);
    assert.deepEqual(written.tests[0]!.cases.find((entry) => entry.name === 'hardened-control-container')!.assertions, [{ violations: 'no' }]);
    for (const entry of written.tests[0]!.cases) {
      const object = load(files.get(`${suiteFolder}/${entry.object}`)!) as { request: { operation: string; subResource?: string; oldObject: unknown } };
      assert.ok(review(object), `${entry.object}: ${JSON.stringify(review.errors)}`);
      if (entry.name.endsWith('-ephemeral')) assert.deepEqual([object.request.operation, object.request.subResource], ['UPDATE', 'ephemeralcontainers']);
    }
    for (const path of files.keys()) assert.match(path, /^(kyverno|gatekeeper)\/[a-z0-9][a-z0-9.-]*\/(cases\/)?[a-z0-9][a-z0-9.-]*\.yaml$/);
    assert.ok(files.has(`${suiteFolder}/template.yaml`) && files.has(`${suiteFolder}/constraint-no-priv.yaml`));
  });

  it('writes Kyverno CLI tests for a ValidatingAdmissionPolicy (with its binding and param) and a ValidatingPolicy, in the CLI\'s request shapes', async () => {
    const { code, cwd } = await run(
      () => ['probes', '--write', 'tests', 'cel.yaml'],
      (dir) => writeFile(join(dir, 'cel.yaml'), CEL_POLICIES),
    );
    assert.equal(code, 0);
    const files = await filesUnder(join(cwd, 'tests'));
    const ajv = new Ajv({ allErrors: true, strict: true });
    const kyverno = ajv.compile(await schema('kyverno-test.schema.json'));
    type Result = { policy: string; resources: string[]; operation?: string; result: string; isValidatingAdmissionPolicy?: boolean; isValidatingPolicy?: boolean };
    const testOf = (folder: string) => {
      const test = load(files.get(`kyverno/${folder}/kyverno-test.yaml`)!) as { paramResources?: string[]; results: Result[] };
      assert.ok(kyverno(test), JSON.stringify(kyverno.errors));
      return { test, results: Object.fromEntries(test.results.map((result) => [result.resources[0], result])) };
    };

    // The VAP reads containers only: the CLI sends the Pod holding the ephemeral container as CREATE, admitted: the case fails.
    const vap = testOf('validatingadmissionpolicy-vap-containers-only');
    assert.deepEqual(vap.test.paramResources, ['params.yaml']);
    assert.deepEqual(vap.results['web-privileged-ephemeral'], { policy: 'vap-containers-only', isValidatingAdmissionPolicy: true, resources: ['web-privileged-ephemeral'], kind: 'Pod', result: 'fail' });
    assert.equal(vap.results['web-privileged-container']!.result, 'fail');
    assert.equal(vap.results['web-hardened-control-container']!.result, 'pass');
    const policyFile = files.get('kyverno/validatingadmissionpolicy-vap-containers-only/policy.yaml')!;
    assert.deepEqual(policyFile.split('---\n').map((text) => (load(text) as { kind: string }).kind), ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding']);
    assert.equal((load(files.get('kyverno/validatingadmissionpolicy-vap-containers-only/params.yaml')!) as { metadata: { name: string } }).metadata.name, 'privileged-limits');

    // The VAP whose match condition skips the subresource: the CLI never sends it, so the ephemeral case is left out, said so.
    const skipsText = files.get('kyverno/validatingadmissionpolicy-vap-skips-subresource/kyverno-test.yaml')!;
    const skips = testOf('validatingadmissionpolicy-vap-skips-subresource');
    assert.equal(skips.results['web-privileged-ephemeral'], undefined);
    assert.equal(skips.results['web-privileged-container']!.result, 'fail');
    assert.match(skipsText, /# privileged-ephemeral: left out\. .*PROVED HOLE.*The Kyverno CLI cannot show it/);

    // The ValidatingPolicy reads containers only: its ephemeral case runs as UPDATE.
    const vpol = testOf('validatingpolicy-vpol-containers-only');
    assert.deepEqual(vpol.results['web-privileged-ephemeral'], { policy: 'vpol-containers-only', isValidatingPolicy: true, resources: ['web-privileged-ephemeral'], kind: 'Pod', operation: 'UPDATE', result: 'fail' });
    assert.equal(files.has('kyverno/validatingpolicy-vpol-containers-only/params.yaml'), false);
  });

  it('writes a ValidatingAdmissionPolicy\'s test with a binding whose paramRef.selector selects its ConfigMap param, from another file', async () => {
    const policy = CEL_POLICIES.split('---\n').slice(0, 2).join('---\n')
      .replace('{apiVersion: policy.example.com/v1, kind: PrivilegedLimits}', '{apiVersion: v1, kind: ConfigMap}')
      .replace('{name: privileged-limits, namespace: policy-params}', '{selector: {matchLabels: {tier: strict}}, parameterNotFoundAction: Deny}');
    const param = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: strict-limits, namespace: policy-params, labels: {tier: strict}}\ndata: {allowPrivileged: "false"}\n';
    const { code, cwd } = await run(
      () => ['probes', '--write', 'tests', 'cel.yaml', 'params.yaml'],
      async (dir) => {
        await writeFile(join(dir, 'cel.yaml'), policy);
        await writeFile(join(dir, 'params.yaml'), param);
      },
    );
    assert.equal(code, 0);
    const files = await filesUnder(join(cwd, 'tests'));
    const folder = 'kyverno/validatingadmissionpolicy-vap-containers-only';
    const test = load(files.get(`${folder}/kyverno-test.yaml`)!) as { paramResources?: string[]; results: { resources: string[]; result: string }[] };
    assert.deepEqual(test.paramResources, ['params.yaml']);
    assert.deepEqual(test.results.find((result) => result.resources[0] === 'web-privileged-ephemeral')?.result, 'fail');
    assert.deepEqual(files.get(`${folder}/policy.yaml`)!.split('---\n').map((text) => (load(text) as { kind: string }).kind), ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding']);
    assert.equal((load(files.get(`${folder}/params.yaml`)!) as { metadata: { name: string } }).metadata.name, 'strict-limits');
  });

  it('writes the same bytes on every run', async () => {
    const first = await run(() => ['probes', '--write', 'out', 'policies.yaml']);
    const second = await run(() => ['probes', '--write', 'out', 'policies.yaml']);
    assert.deepEqual(await filesUnder(join(first.cwd, 'out')), await filesUnder(join(second.cwd, 'out')));
  });

  it('refuses a folder given with .., a folder that is a link, and a link inside it', async () => {
    const dotted = await run(() => ['probes', '--write', 'a/../out', 'policies.yaml']);
    assert.equal(dotted.code, 2);
    assert.match(dotted.stderr, /a path with "\.\." is refused/);
    const linked = await run(
      () => ['probes', '--write', 'out', 'policies.yaml'],
      async (cwd) => {
        await mkdir(join(cwd, 'elsewhere'));
        await symlink(join(cwd, 'elsewhere'), join(cwd, 'out'));
      },
    );
    assert.equal(linked.code, 2);
    assert.match(linked.stderr, /symbolic link/);
    const inner = await run(
      () => ['probes', '--write', 'out', 'policies.yaml'],
      async (cwd) => {
        await mkdir(join(cwd, 'out'));
        await mkdir(join(cwd, 'elsewhere'));
        await symlink(join(cwd, 'elsewhere'), join(cwd, 'out', 'kyverno'));
      },
    );
    assert.equal(inner.code, 2);
    assert.match(inner.stderr, /symbolic link; refusing to write through it/);
    assert.deepEqual([...(await filesUnder(join(inner.cwd, 'elsewhere'))).keys()], []);
  });

  it('needs --write', async () => {
    const { code, stderr } = await run(() => ['probes', 'policies.yaml']);
    assert.equal(code, 2);
    assert.match(stderr, /probes needs --write <dir>/);
  });

  it('sanitises names into one path segment', () => {
    assert.equal(safeName('../Etc/Passwd'), 'etc-passwd');
    assert.equal(safeName('...'), 'unnamed');
    assert.equal(safeName('a/b\\c'), 'a-b-c');
  });
});
