import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { memoryFileSystem } from '../../../src/discover/memory-file-system.ts';
import { scan } from '../../../src/scan.ts';
import { parseMutationLocation, locationFields } from '../../../src/analyze/gatekeeper/mutation-location.ts';
import { yaml } from '../../helpers/yaml.ts';

/** One mutator of `kind`, on v1 Pods unless `applyTo` says otherwise, writing `location`. */
const mutator = (kind: string, location: string, extra = '', applyTo = '  applyTo:\n  - {groups: [""], versions: ["v1"], kinds: ["Pod"]}\n'): string =>
  yaml`
    apiVersion: mutations.gatekeeper.sh/v1
    kind: ${kind}
    metadata: {name: m}
    spec:
  ` +
  applyTo +
  `  location: ${JSON.stringify(location)}\n` +
  '  parameters:\n    assign: {value: false}\n' +
  extra;

const rowOf = async (text: string) => {
  const result = await scan({ root: '/repo' }, { fs: memoryFileSystem({ 'm.yaml': text }) });
  assert.equal(result.coverage.length, 1);
  const row = result.coverage[0]!;
  const eg003 = result.findings.filter((f) => f.ruleId === 'EG003').map((f) => `${f.location.startLine}:${f.location.startColumn} ${f.message}`);
  return { verdict: row.verdict, engine: row.engine, enforces: row.enforces, reasons: row.reasons, eg003, findings: result.findings.map((f) => f.ruleId) };
};

describe('Gatekeeper mutation locations (pkg/mutation/path/parser)', () => {
  it('reads fields, list selectors with a name, an integer or a glob, and quoted names', () => {
    const parsed = parseMutationLocation('spec.containers[name: *].securityContext."privileged"');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.nodes, [
      { kind: 'field', name: 'spec' },
      { kind: 'field', name: 'containers' },
      { kind: 'list', key: 'name', value: '*' },
      { kind: 'field', name: 'securityContext' },
      { kind: 'field', name: 'privileged' },
    ]);
    const quoted = parseMutationLocation(`metadata.annotations.'a.b/c\\'d'`);
    assert.ok(quoted.ok);
    assert.deepEqual(locationFields(quoted.nodes), ['metadata', 'annotations', "a.b/c'd"]);
    const keyed = parseMutationLocation('spec.ports[port: 80].protocol');
    assert.ok(keyed.ok);
    assert.deepEqual(keyed.nodes[2], { kind: 'list', key: 'port', value: 80 });
  });

  it('refuses what Gatekeeper refuses', () => {
    for (const text of ['', 'spec.', 'spec..x', '.spec', 'spec.containers[name]', 'spec.containers[name:*', 'spec.containers[name:*][x:y]', 'spec.containers[*:x]', 'spec.0x', 'spec."open', 'spec.a/b', 'spec.containers[name:*]x']) {
      assert.equal(parseMutationLocation(text).ok, false, text);
    }
  });
});

describe('Gatekeeper mutators, read by what they write', () => {
  it('an Assign into containers is unknown, EG003 at spec.location, and never denies', async () => {
    const row = await rowOf(mutator('Assign', 'spec.containers[name:*].securityContext.privileged'));
    assert.equal(row.verdict, 'unknown');
    assert.equal(row.engine, 'gatekeeper');
    assert.equal(row.enforces, 'no');
    assert.deepEqual(row.reasons, ['it changes spec.containers[name:*].securityContext.privileged; mutations of containers are not analysed yet', 'an Assign changes requests, it never denies them']);
    assert.deepEqual(row.eg003, ['7:13 Assign m: it changes containers, not analysed yet; check it by hand, then suppress EG003 here.']);
  });

  it('a ModifySet of initContainers args and one replacing spec whole are unknown', async () => {
    assert.equal((await rowOf(mutator('ModifySet', 'spec.initContainers[name:*].args'))).verdict, 'unknown');
    const whole = await rowOf(mutator('Assign', 'spec'));
    assert.equal(whole.verdict, 'unknown');
    assert.match(whole.reasons[0]!, /^it replaces spec whole, containers included/);
  });

  it('an AssignImage always changes container images: unknown', async () => {
    const row = await rowOf(mutator('AssignImage', 'spec.containers[name:*].image'));
    assert.equal(row.verdict, 'unknown');
    assert.deepEqual(row.reasons[0], 'an AssignImage changes container images (spec.containers[name:*].image); mutations of containers are not analysed yet');
    assert.deepEqual(row.eg003, ['7:13 AssignImage m: it changes container images, not analysed yet; check it by hand, then suppress EG003 here.']);
  });

  it('a location that cannot be parsed is unknown at it', async () => {
    const row = await rowOf(mutator('Assign', 'spec.containers[name:*.securityContext'));
    assert.equal(row.verdict, 'unknown');
    assert.deepEqual(row.reasons[0], "a location Gatekeeper's path syntax does not read: expected ']' after the list selector, found '.'");
    assert.deepEqual(row.eg003, ['7:13 Assign m: a location that does not parse; fix the syntax here.']);
  });

  it('a pod-level field is not-applicable and names what it changes', async () => {
    const row = await rowOf(mutator('Assign', 'spec.priorityClassName'));
    assert.equal(row.verdict, 'not-applicable');
    assert.deepEqual(row.reasons, ['an Assign that changes no container field', 'its mutations change only spec.priorityClassName']);
    assert.deepEqual(row.findings, []);
  });

  it('an AssignMetadata always writes metadata', async () => {
    const row = await rowOf(mutator('AssignMetadata', 'metadata.labels.team', '', ''));
    assert.equal(row.verdict, 'not-applicable');
    assert.deepEqual(row.reasons, ['an AssignMetadata that changes no container field', 'its mutations change only metadata.labels.team']);
    // Any other location: Gatekeeper refuses it (assignmeta_mutator.go isValidMetadataPath), and it changes nothing.
    const refused = ['Gatekeeper refuses an AssignMetadata whose location is not one label or annotation: it mutates nothing'];
    assert.deepEqual((await rowOf(mutator('AssignMetadata', 'spec.containers[name:*].image', '', ''))).reasons, refused);
    assert.deepEqual((await rowOf(mutator('AssignMetadata', 'metadata.labels', '', ''))).reasons, refused);
    assert.deepEqual((await rowOf(mutator('AssignMetadata', 'x', '', '').replace('location: "x"', 'location: [x]'))).reasons, refused);
  });

  it('Gatekeeper refuses an Assign of metadata, or without applyTo: it mutates nothing', async () => {
    assert.deepEqual((await rowOf(mutator('Assign', 'metadata.labels.team'))).reasons, ['Gatekeeper refuses an Assign whose location is in metadata: it mutates nothing']);
    assert.deepEqual((await rowOf(mutator('Assign', 'spec.containers[name:*].image', '', ''))).reasons, ['Gatekeeper refuses an Assign without applyTo: it mutates nothing']);
  });

  it('reach: applyTo names the exact group, version and kind, and lets UPDATE through', async () => {
    const on = (applyTo: string) => rowOf(mutator('Assign', 'spec.containers[name:*].image', '', `  applyTo:\n  - ${applyTo}\n`));
    assert.equal((await on('{groups: [""], versions: ["v1"], kinds: ["Pod"], operations: ["*"]}')).verdict, 'unknown');
    assert.equal((await on('{groups: [""], versions: ["v1"], kinds: ["Pod"], operations: ["UPDATE"]}')).verdict, 'unknown');
    assert.deepEqual((await on('{groups: [""], versions: ["v1"], kinds: ["Pod"], operations: ["CREATE"]}')).reasons, ['it applies to Pods on CREATE only, and an ephemeral container is added by an UPDATE']);
    // No wildcard in applyTo (apply_to.go `contains` is exact).
    assert.deepEqual((await on('{groups: ["*"], versions: ["*"], kinds: ["*"]}')).reasons, ['its applyTo names no v1 Pod']);
    assert.deepEqual((await on('{groups: ["apps"], versions: ["v1"], kinds: ["Deployment"]}')).reasons, ['it mutates only pod controllers, never a Pod an ephemeral container is added to']);
    assert.equal((await on('{groups: [""], versions: "v1", kinds: ["Pod"]}')).verdict, 'unknown');
  });

  it('reach: match.kinds, source Generated and scope Cluster', async () => {
    const matching = (match: string) => rowOf(mutator('Assign', 'spec.containers[name:*].image', `  match: ${match}\n`));
    assert.equal((await matching('{kinds: [{apiGroups: ["*"], kinds: ["Pod"]}], scope: Namespaced}')).verdict, 'unknown');
    assert.deepEqual((await matching('{kinds: [{apiGroups: [""], kinds: ["ConfigMap"]}]}')).reasons, ['its match.kinds names no Pod']);
    assert.deepEqual((await matching('{scope: Cluster}')).reasons, ['match.scope is Cluster, and a Pod is namespaced']);
    assert.equal((await matching('{source: Generated}')).verdict, 'not-applicable');
    // What the analysis cannot read of the match is unknown, there.
    const unread = await matching('{kinds: Pod}');
    assert.equal(unread.verdict, 'unknown');
    assert.equal(unread.eg003.length, 2);
  });

  it('other apiVersions are not mutators', async () => {
    const result = await scan({ root: '/repo' }, { fs: memoryFileSystem({ 'm.yaml': mutator('Assign', 'spec.containers[name:*].image').replace('mutations.gatekeeper.sh/v1', 'mutations.example.com/v1') }) });
    assert.equal(result.coverage.length, 0);
  });

  it('property: changing only the location from a container path to a non-container path flips unknown to not-applicable', async () => {
    // A seeded generator: the same cases on every run.
    let seed = 20261208;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const names = ['securityContext', 'image', 'args', 'env', 'resources', 'privileged', 'runAsUser', 'x-y_1'];
    const name = (): string => names[next(names.length)]!;
    for (let round = 0; round < 12; round += 1) {
      const list = ['containers', 'initContainers', 'ephemeralContainers'][next(3)]!;
      const selector = ['[name: *]', '[name: app]', "[name: 'a.b']", ''][next(4)]!;
      const tail = Array.from({ length: 1 + next(3) }, name).join('.');
      const container = `spec.${list}${selector}.${tail}`;
      const podField = ['spec.priorityClassName', 'spec.securityContext.fsGroup', `spec.volumes[name: *].${name()}`, `spec.tolerations[key: ${name()}].effect`, `spec.dnsConfig.${name()}`][next(5)]!;
      const kind = ['Assign', 'ModifySet'][next(2)]!;
      const before = await rowOf(mutator(kind, container));
      const after = await rowOf(mutator(kind, podField));
      assert.equal(before.verdict, 'unknown', container);
      assert.equal(before.eg003.length, 1, container);
      assert.equal(after.verdict, 'not-applicable', podField);
      assert.deepEqual(after.eg003, [], podField);
      // Into metadata, Gatekeeper refuses an Assign or a ModifySet: not-applicable too.
      assert.equal((await rowOf(mutator(kind, `metadata.labels.${name()}`))).verdict, 'not-applicable');
    }
  });
});

describe('Weave Policy Agent policies', () => {
  const weave = (version: string) => yaml`
    apiVersion: pac.weave.works/${version}
    kind: Policy
    metadata: {name: no-privileged}
    spec:
      id: example.no-privileged
      name: No privileged containers
      targets: {kinds: [Pod]}
      code: |
        package example
        violation[result] {
          input.review.object.spec.containers[_].securityContext.privileged
          result := {"msg": "privileged"}
        }
  `;

  for (const version of ['v2beta1', 'v2beta2', 'v2beta3']) {
    it(`${version}: a row of their own engine, unknown, with one EG003 at spec.code`, async () => {
      const row = await rowOf(weave(version));
      assert.equal(row.engine, 'weave-policy-agent');
      assert.equal(row.verdict, 'unknown');
      assert.deepEqual(row.reasons, ['Weave Policy Agent policies are not analysed']);
      assert.deepEqual(row.eg003, ['9:5 Policy no-privileged: Weave Policy Agent policies are not analysed; check it by hand, then suppress EG003 here.']);
    });
  }

  it('a Policy of another group is not one', async () => {
    const result = await scan({ root: '/repo' }, { fs: memoryFileSystem({ 'm.yaml': weave('v2beta3').replace('pac.weave.works', 'policy.example.com') }) });
    assert.equal(result.coverage.length, 0);
  });
});
