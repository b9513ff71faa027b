import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { memoryFileSystem } from '../../../src/discover/memory-file-system.ts';
import { scan } from '../../../src/scan.ts';
import { type CoverageRow } from '../../../src/report/scan-result.ts';
import eg003 from '../../../src/rules/eg003-policy-not-analyzable.ts';
import eg101 from '../../../src/rules/eg101-policy-skips-ephemeral-containers.ts';
import eg102 from '../../../src/rules/eg102-policy-exempts-update.ts';
import { REGO_FIRST_LINE, constraint, regoTemplate } from './fixtures.ts';

/**
 * Issue 12, Rego side: each construct in Rego v0 and v1 syntax, through a whole scan, with the
 * verdict and every finding at its exact line and column.
 */
const scanTemplate = async (rego: string): Promise<{ row: CoverageRow; findings: string[] }> => {
  const yaml = regoTemplate('K8sFixture', rego) + constraint('K8sFixture', 'pods');
  const result = await scan({ root: '/repo', rules: [eg003, eg101, eg102] }, { fs: memoryFileSystem({ 'manifest.yaml': yaml }) });
  const rows = result.coverage.filter((r) => r.engine === 'gatekeeper');
  assert.equal(rows.length, 1);
  const findings = result.findings.map((f) => `${f.ruleId} ${f.location.startLine}:${f.location.startColumn}`).sort();
  return { row: rows[0]!, findings };
};

/** File line:col of the `occurrence`-th `text` in the Rego (regoTemplate indents it by 8, from line 13). */
const lc = (rego: string, text: string, occurrence = 0): string => {
  const source = rego.replace(/^\n/, '');
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = source.indexOf(text, offset + 1);
  assert.ok(offset >= 0, `${text} not in the Rego`);
  const before = source.slice(0, offset).split('\n');
  return `${REGO_FIRST_LINE + before.length - 1}:${8 + (before.at(-1)?.length ?? 0) + 1}`;
};

interface Case {
  readonly name: string;
  readonly v0: string;
  readonly v1: string;
}

/** Both syntaxes of one case. */
const bothSyntaxes = (cases: readonly Case[], check: (rego: string) => Promise<void>): void => {
  for (const c of cases) {
    it(`${c.name} (Rego v0)`, () => check(c.v0));
    it(`${c.name} (Rego v1)`, () => check(c.v1));
  }
};

describe('issue 12 item 1: the members of a literal key set, in every iteration form', () => {
  const KEYS_2 = '"containers", "initContainers"';
  const forms = (keys: string): Case[] => [
    {
      name: 'a set bound by a rule with =, iterated as keys[k] in a comprehension',
      v0: `package k8sfixture\nlists = {${keys}}\nviolation[{"msg": "privileged"}] {\n  cs := [c | lists[k]; c = input.review.object.spec[k][_]]\n  cs[_].securityContext.privileged\n}\n`,
      v1: `package k8sfixture\nimport rego.v1\nlists := {${keys}}\nviolation contains {"msg": "privileged"} if {\n  cs := [c | lists[k]; c = input.review.object.spec[k][_]]\n  cs[_].securityContext.privileged\n}\n`,
    },
    {
      name: 'a local set bound by :=, some k; keys[k]',
      v0: `package k8sfixture\nviolation[{"msg": "privileged"}] {\n  lists := {${keys}}\n  some k\n  lists[k]\n  input.review.object.spec[k][_].securityContext.privileged\n}\n`,
      v1: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "privileged"} if {\n  lists := {${keys}}\n  some k\n  lists[k]\n  input.review.object.spec[k][_].securityContext.privileged\n}\n`,
    },
    {
      name: 'some k in keys over a rule-bound set',
      v0: `package k8sfixture\nimport future.keywords.in\nlists = {${keys}}\nviolation[{"msg": "privileged"}] {\n  some k in lists\n  input.review.object.spec[k][_].securityContext.privileged\n}\n`,
      v1: `package k8sfixture\nimport rego.v1\nlists := {${keys}}\nviolation contains {"msg": "privileged"} if {\n  some k in lists\n  input.review.object.spec[k][_].securityContext.privileged\n}\n`,
    },
    {
      name: 'k := keys[_] over an array',
      v0: `package k8sfixture\nviolation[{"msg": "privileged"}] {\n  lists := [${keys}]\n  k := lists[_]\n  input.review.object.spec[k][_].securityContext.privileged\n}\n`,
      v1: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "privileged"} if {\n  lists := [${keys}]\n  k := lists[_]\n  input.review.object.spec[k][_].securityContext.privileged\n}\n`,
    },
    {
      name: 'a set built by a comprehension head, then keys[k]',
      v0: `package k8sfixture\nlists = {k | k := [${keys}][_]}\nviolation[{"msg": "privileged"}] {\n  lists[k]\n  input.review.object.spec[k][_].securityContext.privileged\n}\n`,
      v1: `package k8sfixture\nimport rego.v1\nlists := {k | some k in [${keys}]}\nviolation contains {"msg": "privileged"} if {\n  lists[k]\n  input.review.object.spec[k][_].securityContext.privileged\n}\n`,
    },
    {
      name: 'a partial set rule (one definition per member in v1), iterated as keys[k]',
      v0: `package k8sfixture\nlists[x] {\n  x := [${keys}][_]\n}\nviolation[{"msg": "privileged"}] {\n  lists[k]\n  input.review.object.spec[k][_].securityContext.privileged\n}\n`,
      v1: `package k8sfixture\nimport rego.v1\n${keys.split(', ').map((k) => `lists contains ${k}`).join('\n')}\nviolation contains {"msg": "privileged"} if {\n  some k in lists\n  input.review.object.spec[k][_].securityContext.privileged\n}\n`,
    },
    {
      name: 'the keys of a literal object, some k, _ in obj',
      v0: `package k8sfixture\nimport future.keywords.in\nviolation[{"msg": "privileged"}] {\n  lists := {${keys.split(', ').map((k) => `${k}: true`).join(', ')}}\n  some k, _ in lists\n  input.review.object.spec[k][_].securityContext.privileged\n}\n`,
      v1: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "privileged"} if {\n  lists := {${keys.split(', ').map((k) => `${k}: true`).join(', ')}}\n  some k, _ in lists\n  input.review.object.spec[k][_].securityContext.privileged\n}\n`,
    },
  ];
  describe('without ephemeralContainers in the set: not covered, EG101 at the first member', () => {
    bothSyntaxes(forms(KEYS_2), async (rego) => {
      const { row, findings } = await scanTemplate(rego);
      assert.equal(row.verdict, 'not-covered');
      assert.deepEqual(row.reads, { containers: true, initContainers: true, ephemeralContainers: false });
      assert.deepEqual(findings, [`EG101 ${lc(rego, '"containers"')}`]);
    });
  });
  describe('with it: covered', () => {
    bothSyntaxes(forms(`${KEYS_2}, "ephemeralContainers"`), async (rego) => {
      const { row, findings } = await scanTemplate(rego);
      assert.equal(row.verdict, 'covered', row.reasons.join('; '));
      assert.deepEqual(findings, []);
    });
  });
  it('a key that is not a literal member (a constraint parameter) is unknown with EG003 there, never "reads every list"', async () => {
    const rego = `package k8sfixture\nviolation[{"msg": "privileged"}] {\n  k := input.parameters.lists[_]\n  input.review.object.spec[k][_].securityContext.privileged\n}\n`;
    const { row, findings } = await scanTemplate(rego);
    assert.equal(row.verdict, 'unknown');
    assert.deepEqual(findings, [`EG003 ${lc(rego, 'input.review.object.spec[k]')}`]);
  });
});

describe('issue 12 item 2: exemption or check by polarity, whatever the helper is called', () => {
  bothSyntaxes(
    [
      {
        name: 'a resources policy that skips some images through a negated helper is not applicable',
        v0: `package k8sfixture\nviolation[{"msg": "no cpu limit"}] {\n  c := input.review.object.spec.containers[_]\n  not skip(c)\n  not c.resources.limits.cpu\n}\nskip(c) {\n  startswith(c.image, "istio/")\n}\n`,
        v1: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "no cpu limit"} if {\n  some c in input.review.object.spec.containers\n  not skip(c)\n  not c.resources.limits.cpu\n}\nskip(c) if startswith(c.image, "istio/")\n`,
      },
      {
        name: 'a ports policy whose exemption compares the image with the parameters is not applicable',
        v0: `package k8sfixture\nviolation[{"msg": "host port"}] {\n  c := input.review.object.spec.containers[_]\n  not input_container_excluded(c.image)\n  c.ports[_].hostPort\n}\ninput_container_excluded(image) {\n  image == input.parameters.allowedImages[_]\n}\n`,
        v1: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "host port"} if {\n  some c in input.review.object.spec.containers\n  not input_container_excluded(c.image)\n  c.ports[_].hostPort\n}\ninput_container_excluded(image) if image in input.parameters.allowedImages\n`,
      },
    ],
    async (rego) => {
      const { row, findings } = await scanTemplate(rego);
      assert.equal(row.verdict, 'not-applicable', row.reasons.join('; '));
      assert.deepEqual(findings, []);
    },
  );
  bothSyntaxes(
    [
      {
        name: 'an image allowlist under `not` is the check itself (nothing else causes the violation): EG101',
        v0: `package k8sfixture\nviolation[{"msg": "bad repo"}] {\n  c := input.review.object.spec.containers[_]\n  not allowed(c)\n}\nallowed(c) {\n  startswith(c.image, input.parameters.repos[_])\n}\n`,
        v1: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "bad repo"} if {\n  some c in input.review.object.spec.containers\n  not allowed(c)\n}\nallowed(c) if startswith(c.image, input.parameters.repos[_])\n`,
      },
      {
        name: 'a required security field whose reads are all under `not`, beside an image exemption: EG101',
        v0: `package k8sfixture\nviolation[{"msg": "writable root"}] {\n  c := input.review.object.spec.containers[_]\n  not is_excluded(c)\n  writable(c)\n}\nis_excluded(c) {\n  c.image == input.parameters.exemptImages[_]\n}\nwritable(c) {\n  not c.securityContext.readOnlyRootFilesystem == true\n}\n`,
        v1: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "writable root"} if {\n  some c in input.review.object.spec.containers\n  not is_excluded(c)\n  writable(c)\n}\nis_excluded(c) if c.image in input.parameters.exemptImages\nwritable(c) if not c.securityContext.readOnlyRootFilesystem == true\n`,
      },
    ],
    async (rego) => {
      const { row, findings } = await scanTemplate(rego);
      assert.equal(row.verdict, 'not-covered');
      assert.deepEqual(findings, [`EG101 ${lc(rego, 'containers', 0)}`]);
    },
  );
});

describe('issue 12 item 2: a pod-level iteration is a cause too', () => {
  bothSyntaxes(
    [
      {
        name: 'every volume must be mounted by some container: a mount can only prevent it, not applicable',
        v0: `package k8sfixture\nviolation[{"msg": "unmounted volume"}] {\n  v := input.review.object.spec.volumes[_]\n  not mounted(v.name)\n}\nmounted(name) {\n  input.review.object.spec.containers[_].volumeMounts[_].name == name\n}\n`,
        v1: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "unmounted volume"} if {\n  some v in input.review.object.spec.volumes\n  not mounted(v.name)\n}\nmounted(name) if input.review.object.spec.containers[_].volumeMounts[_].name == name\n`,
      },
    ],
    async (rego) => {
      const { row, findings } = await scanTemplate(rego);
      assert.equal(row.verdict, 'not-applicable', row.reasons.join('; '));
      assert.deepEqual(findings, []);
    },
  );
});

describe('issue 12 item 3: comparisons inside any([...]) / all([...]) / count([...]) are values', () => {
  const body = (condition: string) => `  op := input.review.operation\n  ${condition}\n  c := input.review.object.spec.ephemeralContainers[_]\n  c.securityContext.privileged\n`;
  for (const condition of ['any([op == "CREATE", op == "UPDATE"])', 'count([op == "CREATE", op == "DELETE"]) > 0', 'not all([op == "CREATE", op == "DELETE"])']) {
    bothSyntaxes(
      [
        {
          name: `${condition} lets UPDATE through: covered`,
          v0: `package k8sfixture\nviolation[{"msg": "privileged"}] {\n${body(condition)}}\n`,
          v1: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "privileged"} if {\n${body(condition)}}\n`,
        },
      ],
      async (rego) => {
        const { row, findings } = await scanTemplate(rego);
        assert.equal(row.verdict, 'covered', row.reasons.join('; '));
        assert.deepEqual(findings, []);
      },
    );
  }
  bothSyntaxes(
    [
      {
        name: 'all([op == "CREATE", ...]) is false for UPDATE: EG102 at that literal',
        v0: `package k8sfixture\nviolation[{"msg": "privileged"}] {\n${body('all([op == "CREATE", op != "DELETE"])')}}\n`,
        v1: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "privileged"} if {\n${body('all([op == "CREATE", op != "DELETE"])')}}\n`,
      },
    ],
    async (rego) => {
      const { row, findings } = await scanTemplate(rego);
      assert.equal(row.verdict, 'not-covered');
      assert.deepEqual(findings, [`EG102 ${lc(rego, 'all([')}`]);
    },
  );
});

describe('issue 12 item 4: `not helper(x)` where the helper only binds', () => {
  bothSyntaxes(
    [
      {
        name: 'has_key(o, k) { _ = o[k] }: maybe, not "always false"',
        v0: `package k8sfixture\nviolation[{"msg": "no runAsNonRoot"}] {\n  c := input.review.object.spec.ephemeralContainers[_]\n  not has_key(c.securityContext, "runAsNonRoot")\n}\nhas_key(o, k) {\n  _ = o[k]\n}\n`,
        v1: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "no runAsNonRoot"} if {\n  some c in input.review.object.spec.ephemeralContainers\n  not has_key(c.securityContext, "runAsNonRoot")\n}\nhas_key(o, k) if {\n  _ = o[k]\n}\n`,
      },
      {
        name: 'get_user(c) = out { out := ... }: maybe',
        v0: `package k8sfixture\nviolation[{"msg": "no runAsUser"}] {\n  c := input.review.object.spec.ephemeralContainers[_]\n  not get_user(c)\n}\nget_user(c) = out {\n  out := c.securityContext.runAsUser\n}\n`,
        v1: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "no runAsUser"} if {\n  some c in input.review.object.spec.ephemeralContainers\n  not get_user(c)\n}\nget_user(c) := out if {\n  out := c.securityContext.runAsUser\n}\n`,
      },
    ],
    async (rego) => {
      const { row, findings } = await scanTemplate(rego);
      assert.equal(row.verdict, 'covered', row.reasons.join('; '));
      assert.equal(row.handlesUpdate, 'yes');
      assert.deepEqual(findings, []);
    },
  );
  bothSyntaxes(
    [
      {
        name: 'a helper binding a field the request always has is true: `not` of it is false (EG102)',
        v0: `package k8sfixture\nviolation[{"msg": "privileged"}] {\n  not is_create\n  input.review.object.spec.ephemeralContainers[_].securityContext.privileged\n}\nis_create {\n  op := input.review.operation\n  op != "CREATE"\n}\n`,
        v1: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "privileged"} if {\n  not is_create\n  input.review.object.spec.ephemeralContainers[_].securityContext.privileged\n}\nis_create if {\n  op := input.review.operation\n  op != "CREATE"\n}\n`,
      },
    ],
    async (rego) => {
      const { row, findings } = await scanTemplate(rego);
      assert.equal(row.verdict, 'not-covered');
      assert.deepEqual(findings, [`EG102 ${lc(rego, 'not is_create')}`]);
    },
  );
});

describe('issue 12 item 6: a template that controls ephemeral containers themselves is covered', () => {
  bothSyntaxes(
    [
      {
        name: 'denies every ephemeral container',
        v0: `package k8sfixture\nviolation[{"msg": "no debug containers"}] {\n  c := input.review.object.spec.ephemeralContainers[_]\n}\n`,
        v1: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "no debug containers"} if {\n  some c in input.review.object.spec.ephemeralContainers\n}\n`,
      },
      {
        name: 'denies them outside some namespaces',
        v0: `package k8sfixture\nviolation[{"msg": "no debug containers here"}] {\n  count(input.review.object.spec.ephemeralContainers) > 0\n  not input.review.object.metadata.namespace == input.parameters.debugNamespaces[_]\n}\n`,
        v1: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "no debug containers here"} if {\n  count(input.review.object.spec.ephemeralContainers) > 0\n  not input.review.object.metadata.namespace in input.parameters.debugNamespaces\n}\n`,
      },
      {
        name: 'allows only some images',
        v0: `package k8sfixture\nviolation[{"msg": "unapproved debug image"}] {\n  c := input.review.object.spec.ephemeralContainers[_]\n  not startswith(c.image, "registry.example/debug/")\n}\n`,
        v1: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "unapproved debug image"} if {\n  some c in input.review.object.spec.ephemeralContainers\n  not startswith(c.image, "registry.example/debug/")\n}\n`,
      },
      {
        name: 'denies the ephemeralcontainers subresource request',
        v0: `package k8sfixture\nviolation[{"msg": "kubectl debug is not allowed"}] {\n  input.review.subResource == "ephemeralcontainers"\n}\n`,
        v1: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "kubectl debug is not allowed"} if {\n  input.review.subResource == "ephemeralcontainers"\n}\n`,
      },
    ],
    async (rego) => {
      const { row, findings } = await scanTemplate(rego);
      assert.equal(row.verdict, 'covered', row.reasons.join('; '));
      assert.equal(row.reads.ephemeralContainers, true);
      assert.deepEqual(findings, []);
    },
  );
  it('the evidence is where the rule names the ephemeral containers, with its scope', async () => {
    const { analyzeRegoPolicy } = await import('../../../src/analyze/rego/index.ts');
    const rego = `package k8sfixture\nviolation[{"msg": "no debug containers here"}] {\n  count(input.review.object.spec.ephemeralContainers) > 0\n  not input.review.object.metadata.namespace == input.parameters.debugNamespaces[_]\n}\n`;
    const [entry] = analyzeRegoPolicy([{ id: 'rego', source: rego }]).entries;
    const start = rego.indexOf('ephemeralContainers');
    assert.deepEqual(entry?.ephemeralControl, { at: { module: 'rego', start, end: start + 'ephemeralContainers'.length }, allowsOnly: [], where: ['review.object.metadata.namespace'] });
  });
  it('an image allowlist beside rules for the other lists is an ordinary image policy, not a control', async () => {
    const { row } = await scanTemplate(
      `package k8sfixture\nviolation[{"msg": "bad image"}] {\n  c := input.review.object.spec.containers[_]\n  not startswith(c.image, "registry.example/")\n}\nviolation[{"msg": "bad image"}] {\n  c := input.review.object.spec.ephemeralContainers[_]\n  not startswith(c.image, "registry.example/")\n}\n`,
    );
    assert.equal(row.verdict, 'covered');
    assert.ok(!row.reasons.some((r) => /ephemeral container/.test(r) && /allows only/.test(r)));
  });
  it('a security check of ephemeral containers only is an ordinary check: dropping the list leaves it not covered', async () => {
    const { row } = await scanTemplate(`package k8sfixture\nviolation[{"msg": "privileged"}] {\n  c := input.review.object.spec.ephemeralContainers[_]\n  c.securityContext.privileged\n}\n`);
    assert.equal(row.verdict, 'covered');
  });
});

describe('a built-in result keeps the reads it was computed from (an external data provider of images)', () => {
  bothSyntaxes(
    [
      {
        name: 'images sent to a provider are checked: EG101 when only containers are sent',
        v0: `package k8sfixture\nviolation[{"msg": "image not verified"}] {\n  images := [img | img := input.review.object.spec.containers[_].image]\n  response := external_data({"provider": "verifier", "keys": images})\n  count(response.errors) > 0\n}\n`,
        v1: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "image not verified"} if {\n  images := [c.image | some c in input.review.object.spec.containers]\n  response := external_data({"provider": "verifier", "keys": images})\n  count(response.errors) > 0\n}\n`,
      },
    ],
    async (rego) => {
      const { row, findings } = await scanTemplate(rego);
      assert.equal(row.verdict, 'not-covered');
      assert.deepEqual(findings, [`EG101 ${lc(rego, 'containers')}`]);
    },
  );
});

describe('issue 12 item 10: volumeMounts[].mountPath against the service-account token path', () => {
  bothSyntaxes(
    [
      {
        name: 'is about the Pod token automount: not applicable',
        v0: `package k8sfixture\nviolation[{"msg": "token mounted"}] {\n  m := input.review.object.spec.containers[_].volumeMounts[_]\n  m.mountPath == "/var/run/secrets/kubernetes.io/serviceaccount"\n}\n`,
        v1: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "token mounted"} if {\n  some c in input.review.object.spec.containers\n  startswith(c.volumeMounts[_].mountPath, "/var/run/secrets/kubernetes.io/serviceaccount/")\n}\n`,
      },
    ],
    async (rego) => {
      const { row, findings } = await scanTemplate(rego);
      assert.equal(row.verdict, 'not-applicable', row.reasons.join('; '));
      assert.deepEqual(findings, []);
    },
  );
  bothSyntaxes(
    [
      {
        name: 'against any other path it is a container check: EG101',
        v0: `package k8sfixture\nviolation[{"msg": "mounts the host docker socket"}] {\n  m := input.review.object.spec.containers[_].volumeMounts[_]\n  m.mountPath == "/var/run/docker.sock"\n}\n`,
        v1: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "mounts the host docker socket"} if {\n  some c in input.review.object.spec.containers\n  startswith(c.volumeMounts[_].mountPath, "/var/run/docker")\n}\n`,
      },
    ],
    async (rego) => {
      const { row, findings } = await scanTemplate(rego);
      assert.equal(row.verdict, 'not-covered');
      assert.deepEqual(findings, [`EG101 ${lc(rego, 'containers')}`]);
    },
  );
});

describe('issue 12: constructs the Rego analysis does not model are unknown, with EG003 at the construct', () => {
  const cases: readonly { name: string; rego: string; at: string }[] = [
    {
      name: 'a built-in that returns part of the pod spec (json.filter)',
      rego: `package k8sfixture\nviolation[{"msg": "privileged"}] {\n  spec := json.filter(input.review.object.spec, ["containers", "ephemeralContainers"])\n  spec[_][_].securityContext.privileged\n}\n`,
      at: 'json.filter(',
    },
    {
      name: 'object.union over the spec (Rego v1)',
      rego: `package k8sfixture\nimport rego.v1\nviolation contains {"msg": "privileged"} if {\n  spec := object.union(input.review.object.spec, {})\n  spec.ephemeralContainers[_].securityContext.privileged\n}\n`,
      at: 'object.union(',
    },
    {
      name: 'a rule with a ref head (Rego v1), which is not followed',
      rego: `package k8sfixture\nimport rego.v1\npods.privileged contains c if {\n  some c in input.review.object.spec.ephemeralContainers\n  c.securityContext.privileged\n}\nviolation contains {"msg": "privileged"} if {\n  some c in pods.privileged\n}\n`,
      at: 'pods.privileged\n}',
    },
    {
      name: 'with input replaced',
      rego: `package k8sfixture\nviolation[{"msg": "privileged"}] {\n  privileged with input as {"review": {"object": {"spec": {}}}}\n}\nprivileged {\n  input.review.object.spec.ephemeralContainers[_].securityContext.privileged\n}\n`,
      at: 'input as',
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const { row, findings } = await scanTemplate(c.rego);
      assert.equal(row.verdict, 'unknown', row.reasons.join('; '));
      assert.deepEqual(findings, [`EG003 ${lc(c.rego, c.at)}`]);
    });
  }
});
