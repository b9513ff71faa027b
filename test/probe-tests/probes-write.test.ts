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
