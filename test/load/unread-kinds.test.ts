import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem } from '../../src/discover/file-system.ts';
import { scan } from '../../src/scan.ts';
import { loadManifests, READ_ONLY_BY_NAME, UNREAD_KINDS } from '../../src/load/load-manifests.ts';
import { parseYaml } from '../../src/load/yaml-source.ts';
import type { SourceRef } from '../../src/model/source-ref.ts';
import { Workspace } from '../../src/model/workspace.ts';
// @ts-expect-error: the bench's plain .mjs generators, without types
import { writeAggregationChainCorpus, writeCorpus, writeTenantCorpus } from '../../bench/corpus.mjs';

/** Every kind the analyzers and rules ask the workspace for while scanning `roots`. */
const kindsAskedFor = async (roots: readonly string[]): Promise<Set<string>> => {
  const asked = new Set<string>();
  const { byKind, find } = Workspace.prototype;
  Workspace.prototype.byKind = function (this: Workspace, kind: string) {
    asked.add(kind);
    return byKind.call(this, kind);
  };
  Workspace.prototype.find = function (this: Workspace, kind: string, namespace: string | undefined, name: string) {
    asked.add(kind);
    return find.call(this, kind, namespace, name);
  };
  try {
    for (const root of roots) await scan({ root }, { fs: nodeFileSystem });
  } finally {
    Object.assign(Workspace.prototype, { byKind, find });
  }
  return asked;
};

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: team}\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n';
const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  ephemeralContainers:\n    - {name: d, image: busybox, securityContext: {privileged: true}}\n';

describe('kinds no analyzer reads', () => {
  it('are none of the kinds the analyzers and rules ask the workspace for, on the examples and every bench shape', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eg-unread-'));
    try {
      writeCorpus(join(dir, 'typical'), 40, 4, 'typical');
      writeCorpus(join(dir, 'policy-heavy'), 40, 4, 'policy-heavy');
      writeTenantCorpus(join(dir, 'tenants'), { namespaces: 6, bindings: 12, clusterRoles: 4, policies: 6 });
      writeAggregationChainCorpus(join(dir, 'chain'), 4);
      const asked = await kindsAskedFor([join(process.cwd(), 'examples'), join(dir, 'typical'), join(dir, 'policy-heavy'), join(dir, 'tenants'), join(dir, 'chain')]);
      // The analyzers did run: the kinds of every engine were asked for.
      for (const kind of ['Pod', 'Namespace', 'RoleBinding', 'ClusterRole', 'ClusterPolicy', 'ConstraintTemplate', 'ValidatingAdmissionPolicy', 'ValidatingWebhookConfiguration', 'ConfigMap']) {
        assert.ok(asked.has(kind), `${kind} was not asked for: the scan did not exercise its analyzer`);
      }
      assert.deepEqual([...UNREAD_KINDS.keys()].filter((kind) => asked.has(kind)), []);
      assert.ok(!READ_ONLY_BY_NAME.has('Pod') && !READ_ONLY_BY_NAME.has('Namespace'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('include ConfigMaps of any name but Kyverno\'s, which its analysis still reads', async () => {
    const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}, namespace: kyverno}\ndata: {excludeGroups: "team-x"}\n`;
    const loaded = loadManifests('f.yaml', [configMap('app'), configMap('kyverno'), configMap('"kyverno"'), configMap('1'), 'apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n'].join('---\n'));
    // The one named app is not built; kyverno (plain or quoted), a name that is not a string and no name at all are.
    assert.deepEqual(loaded.objects.map((object) => [object.name, object.ref.at.doc]), [['kyverno', 1], ['kyverno', 2], ['(unnamed)', 3], ['(unnamed)', 4]]);
    assert.equal(loaded.unreadObjects, 1);
    assert.deepEqual(READ_ONLY_BY_NAME.get('ConfigMap')?.names, ['kyverno']);
  });

  it('are counted and parsed but not built: a Service beside a Pod', () => {
    const text = `${SERVICE}---\n${POD}`;
    const loaded = loadManifests('f.yaml', text);
    assert.deepEqual(loaded.objects.map((object) => object.kind), ['Pod']);
    assert.equal(loaded.unreadObjects, 1);
    assert.deepEqual(loaded.objects[0]!.ref.at, { file: 'f.yaml', doc: 1, path: [] });
    const whole = parseYaml(text);
    const ref = { file: 'f.yaml', doc: 1, path: ['spec', 'ephemeralContainers', 0, 'securityContext', 'privileged'] };
    assert.deepEqual(loaded.source!.regionOf(ref), whole.source.regionOf(ref));
    assert.deepEqual(loaded.objects[0]!.body, whole.documents[1]);
  });

  /**
   * Property: for any file of documents mixing read and unread kinds with what construction
   * complains about (duplicate keys, tags, anchors, aliases, merge keys, keys that are not
   * strings, syntax errors), loading reports the same problems at the same offsets as a full
   * construction, and the same objects as it, less the unread kinds.
   */
  it('report exactly the problems a full construction reports, on any mix of documents', () => {
    const bodies = [
      'metadata: {name: a}\nspec: {ports: [{port: 80}]}\n',
      'metadata: {name: a, name: b}\n',
      'metadata:\n  name: a\n  labels: {x: "1", x: "2"}\n',
      'metadata: {name: a}\ndata: !!binary aGk=\n',
      'metadata: &m {name: a}\nspec: *m\n',
      'metadata:\n  <<: {name: a}\n',
      'metadata: {name: a}\nspec: {1: a, 01: b}\n',
      'metadata: {name: a}\nspec: {true: a, "true": b}\n',
      "metadata: {name: a}\nspec: {'k': a, k: b}\n",
      'metadata: {name: a}\nspec: {? [x]: a}\n',
      'metadata: {name: a}\nspec: [a, b\n',
      'metadata: {name: a}\nspec:\n  - x: 1\n    x: 2\n',
      'metadata: {name: a}\nspec: {a: {b: {c: [1, {d: e}]}}}\n',
    ];
    const heads = ['apiVersion: v1\nkind: ConfigMap\n', 'apiVersion: v1\nkind: Service\n', 'apiVersion: v1\nkind: Secret\n', 'kind: "Service"\napiVersion: \'v1\'\n', 'apiVersion: v2\nkind: Service\n', 'apiVersion: v1\nkind: Pod\n', 'apiVersion: v1\nkind: ServiceList\nitems: []\n'];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const comparable = (problems: readonly { at: unknown; message: string }[]) => problems.map((problem) => JSON.stringify(problem)).sort();
    let skippedSome = 0;
    for (let round = 0; round < 400; round++) {
      const documents = Array.from({ length: 1 + random(4) }, () => heads[random(heads.length)]! + bodies[random(bodies.length)]!);
      const text = documents.join('---\n');
      const loaded = loadManifests('f.yaml', text);
      const whole = parseYaml(text);
      const expectedProblems = loadManifestsWithout(text);
      assert.deepEqual(comparable(loaded.problems), comparable(expectedProblems.problems), text);
      // The same objects in the same order, less some of the unread kinds (those construction had
      // something to say about are built all the same).
      const kept = [...loaded.objects];
      for (const object of expectedProblems.objects) {
        if (kept.length > 0 && JSON.stringify(kept[0]) === JSON.stringify(object)) kept.shift();
        else {
          const byName = READ_ONLY_BY_NAME.get(object.kind);
          const unread = UNREAD_KINDS.get(object.kind)?.includes(object.apiVersion) || (byName?.apiVersions.includes(object.apiVersion) && !byName.names.includes(object.name));
          assert.ok(unread, `${object.kind} ${object.apiVersion} missing from\n${text}`);
        }
      }
      assert.deepEqual(kept, [], text);
      assert.equal(loaded.objects.length + loaded.unreadObjects, expectedProblems.objects.length, text);
      assert.equal(whole.skipped.length, 0);
      skippedSome += loaded.unreadObjects;
    }
    assert.ok(skippedSome > 30, `only ${skippedSome} documents skipped`);
  });
});

/**
 * `loadManifests` without skipping: the text mentions the ignore annotation (see loadManifests)
 * in a comment before it, whose length is taken off every offset.
 */
const loadManifestsWithout = (text: string) => {
  const comment = '# ephemeral-guard.io/ignore\n';
  const loaded = loadManifests('f.yaml', comment + text);
  assert.equal(loaded.unreadObjects, 0);
  // A problem without a position sits at the start of the file, with or without the comment.
  const shift = (at: SourceRef): SourceRef => ('start' in at ? { ...at, start: Math.max(0, at.start - comment.length), end: Math.max(0, at.end - comment.length) } : at);
  return { ...loaded, problems: loaded.problems.map((problem) => ({ ...problem, at: shift(problem.at) })) };
};
