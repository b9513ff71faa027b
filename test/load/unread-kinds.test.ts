import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem } from '../../src/discover/file-system.ts';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';
import { scan } from '../../src/scan.ts';
import { DEFERRED_KINDS, loadManifests } from '../../src/load/load-manifests.ts';
import { parseYaml } from '../../src/load/yaml-source.ts';
import type { SourceRef } from '../../src/model/source-ref.ts';
import { Workspace, type DeferredObject, type K8sObject } from '../../src/model/workspace.ts';
import { ENGINE_IMAGE_WORDS } from '../../src/analyze/engine-versions/index.ts';
import { isRecord } from '../../src/json.ts';
// @ts-expect-error: the bench's plain .mjs generators, without types
import { writeAggregationChainCorpus, writeCorpus, writeTenantCorpus } from '../../bench/corpus.mjs';

/**
 * Every kind the analyzers and rules ask the workspace for while scanning `roots`: `whole`, the
 * kinds asked for in full (every object of the kind), and `any`, those asked for in any way
 * (by name too).
 */
const kindsAskedFor = async (roots: readonly string[]): Promise<{ whole: Set<string>; any: Set<string> }> => {
  const whole = new Set<string>();
  const any = new Set<string>();
  const { byKind, byKindMentioning, byName, find } = Workspace.prototype;
  Workspace.prototype.byKind = function (this: Workspace, kind: string) {
    whole.add(kind);
    any.add(kind);
    return byKind.call(this, kind);
  };
  Workspace.prototype.byKindMentioning = function (this: Workspace, kind: string, words: readonly string[]) {
    any.add(kind);
    return byKindMentioning.call(this, kind, words);
  };
  Workspace.prototype.byName = function (this: Workspace, kind: string, name: string) {
    any.add(kind);
    return byName.call(this, kind, name);
  };
  Workspace.prototype.find = function (this: Workspace, kind: string, namespace: string | undefined, name: string) {
    any.add(kind);
    return find.call(this, kind, namespace, name);
  };
  try {
    for (const root of roots) await scan({ root }, { fs: nodeFileSystem });
  } finally {
    Object.assign(Workspace.prototype, { byKind, byKindMentioning, byName, find });
  }
  return { whole, any };
};

/** The workspace of one loaded file, deferred objects included. */
const workspaceOf = (loaded: ReturnType<typeof loadManifests>): Workspace => new Workspace(loaded.objects, [], loaded.deferred);

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: team}\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n';
const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  ephemeralContainers:\n    - {name: d, image: busybox, securityContext: {privileged: true}}\n';

describe('kinds built on demand', () => {
  it('are not asked for in full by the analyzers and rules, on the examples and every bench shape (which would build them all)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eg-unread-'));
    try {
      writeCorpus(join(dir, 'typical'), 40, 4, 'typical');
      writeCorpus(join(dir, 'policy-heavy'), 40, 4, 'policy-heavy');
      writeTenantCorpus(join(dir, 'tenants'), { namespaces: 6, bindings: 12, clusterRoles: 4, policies: 6 });
      writeAggregationChainCorpus(join(dir, 'chain'), 4);
      const asked = await kindsAskedFor([join(process.cwd(), 'examples'), join(dir, 'typical'), join(dir, 'policy-heavy'), join(dir, 'tenants'), join(dir, 'chain')]);
      // The analyzers did run: the kinds of every engine were asked for (Kyverno's ConfigMap by name).
      for (const kind of ['Pod', 'Namespace', 'RoleBinding', 'ClusterRole', 'ClusterPolicy', 'ConstraintTemplate', 'ValidatingAdmissionPolicy', 'ValidatingWebhookConfiguration', 'ConfigMap', 'Deployment', 'DaemonSet']) {
        assert.ok(asked.any.has(kind), `${kind} was not asked for: the scan did not exercise its analyzer`);
      }
      assert.deepEqual([...DEFERRED_KINDS.keys()].filter((kind) => asked.whole.has(kind)), []);
      assert.ok(!DEFERRED_KINDS.has('Pod') && !DEFERRED_KINDS.has('Namespace'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('include ConfigMaps of every name, each built when looked up by its name', () => {
    const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}, namespace: kyverno}\ndata: {excludeGroups: "team-x"}\n`;
    const text = [configMap('app'), configMap('kyverno'), configMap('"kyverno"'), configMap('1'), 'apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n'].join('---\n');
    const loaded = loadManifests('f.yaml', text);
    // A name that is not a string read in place (1) is built while loading, and refused (the
    // apiserver rejects it: EG001 at the name); the others wait.
    assert.deepEqual(loaded.objects.map((object) => [object.name, object.ref.at.doc]), []);
    assert.deepEqual(loaded.problems.map((problem) => problem.message.split(':')[0]), ['metadata.name is a number, not a string']);
    assert.deepEqual(loaded.deferred.map((object) => [object.name, object.namespace, object.before]), [['app', 'kyverno', 0], ['kyverno', 'kyverno', 0], ['kyverno', 'kyverno', 0], ['(unnamed)', undefined, 0]]);
    const workspace = workspaceOf(loaded);
    const whole = parseYaml(text).documents;
    assert.deepEqual(workspace.byName('ConfigMap', 'kyverno').map((object) => [object.ref.at.doc, object.body]), [[1, whole[1]], [2, whole[2]]]);
    assert.equal(workspace.find('ConfigMap', 'kyverno', 'app')?.body, workspace.byKind('ConfigMap')[0]!.body);
    assert.deepEqual(workspace.byKind('ConfigMap').map((object) => object.ref.at.doc), [0, 1, 2, 4]);
  });

  it('are counted and parsed but not built: a Service beside a Pod, built on demand as construction builds it', () => {
    const text = `${SERVICE}---\n${POD}`;
    const loaded = loadManifests('f.yaml', text);
    assert.deepEqual(loaded.objects.map((object) => object.kind), ['Pod']);
    assert.deepEqual(loaded.deferred.map((object) => [object.kind, object.name, object.namespace]), [['Service', 'web', 'team']]);
    assert.deepEqual(loaded.objects[0]!.ref.at, { file: 'f.yaml', doc: 1, path: [] });
    const whole = parseYaml(text);
    const ref = { file: 'f.yaml', doc: 1, path: ['spec', 'ephemeralContainers', 0, 'securityContext', 'privileged'] };
    assert.deepEqual(loaded.source!.regionOf(ref), whole.source.regionOf(ref));
    assert.deepEqual(loaded.objects[0]!.body, whole.documents[1]);
    const service = workspaceOf(loaded).find('Service', 'team', 'web')!;
    assert.deepEqual([service.body, service.ref.at], [whole.documents[0], { file: 'f.yaml', doc: 0, path: [] }]);
  });

  /**
   * Property: for any file of documents mixing read and unread kinds with what construction
   * complains about (duplicate keys, tags, anchors, aliases, merge keys, keys that are not
   * strings, syntax errors, names of every form), loading reports the same problems at the same
   * offsets as a full construction, and the workspace the same objects in every lookup.
   */
  it('report exactly the problems and objects a full construction reports, on any mix of documents', () => {
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
      'metadata: {name: a}\nspec: {"k": a, \'k\': b, j: c}\n',
      'metadata: {name: a}\nspec: {"k\\u0061": 1, ka: 2}\n',
      'metadata: {name: a}\nspec: {"k\\u0061": 1, kb: 2}\n',
      "metadata: {name: a}\nspec: {'it''s': 1, \"it's\": 2}\n",
      'metadata: {name: a}\nspec: {nulls: 1, null: 2, Null: 3, "null": 4, falsey: 5}\n',
      'metadata: {name: a}\nspec: {? [x]: a}\n',
      'metadata: {name: a}\nspec: [a, b\n',
      'metadata: {name: a}\nspec:\n  - x: 1\n    x: 2\n',
      'metadata: {name: a}\nspec: {a: {b: {c: [1, {d: e}]}}}\n',
      'metadata: {name: "q r", namespace: \'n\'}\n',
      'metadata: {generateName: g-, namespace: ""}\n',
      'metadata: {name: 12}\n',
      'metadata: {name: a, namespace: ~}\n',
      'metadata: {name: a, labels: {name: b}}\n',
      'metadata: x\n',
      'metadata: [a]\n',
    ];
    const heads = ['apiVersion: v1\nkind: ConfigMap\n', 'apiVersion: v1\nkind: Service\n', 'apiVersion: v1\nkind: Secret\n', 'kind: "Service"\napiVersion: \'v1\'\n', 'apiVersion: v2\nkind: Service\n', 'apiVersion: v1\nkind: Pod\n', 'apiVersion: apps/v1\nkind: Deployment\n', 'apiVersion: v1\nkind: ServiceList\nitems: []\n'];
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
      const expected = loadManifestsWithout(text);
      assert.deepEqual(comparable(loaded.problems), comparable(expected.problems), text);
      // Every lookup answers as over a full construction: the same objects, in the same order.
      const workspace = workspaceOf(loaded);
      const full = new Workspace(expected.objects);
      for (const kind of new Set(expected.objects.map((object) => object.kind))) {
        assert.deepEqual(workspace.byKind(kind), full.byKind(kind), text);
        for (const object of full.byKind(kind)) {
          assert.deepEqual(workspace.find(kind, object.namespace, object.name), full.find(kind, object.namespace, object.name), text);
          assert.deepEqual(workspace.byName(kind, object.name), full.byName(kind, object.name), text);
        }
      }
      assert.equal(loaded.objects.length + loaded.deferred.length, expected.objects.length, text);
      assert.ok(loaded.deferred.every((object) => DEFERRED_KINDS.get(object.kind)?.includes(object.apiVersion)), text);
      assert.equal(whole.skipped.length, 0);
      skippedSome += loaded.deferred.length;
    }
    assert.ok(skippedSome > 30, `only ${skippedSome} documents skipped`);
  });

  /**
   * Property: `byKindMentioning` returns, in load order, every object whose keys or strings hold
   * one of the words, over any mix of files, and builds no deferred object whose value does not
   * (its text has neither the word nor a backslash); escapes, folded lines and comments included.
   */
  it('build, when asked for the objects mentioning a word, exactly the deferred ones whose text can hold it', () => {
    const heads = ['apiVersion: apps/v1\nkind: Deployment\n', 'apiVersion: apps/v1\nkind: DaemonSet\n', 'apiVersion: batch/v1\nkind: CronJob\n', 'apiVersion: extensions/v1beta1\nkind: Deployment\n', 'apiVersion: v1\nkind: Pod\n'];
    const images = [
      'ghcr.io/kyverno/kyverno:v1.4.2',
      'nginx:1.25',
      'registry.example.com/team/app:2.0',
      '"busybox:1.36"',
      '"ghcr.io/kyv\\x65rno/kyverno:v1.4.2"',
      '"open-policy-agent/gate\\u006beeper:v3.7.0"',
      '"kyv\\\n      erno"',
      "'kyverno''s'",
      "'kyv''erno'",
      'kyv\n      erno',
      '|\n        gatekeeper\n',
      '>-\n        kyv\n        erno\n',
      '"gatekeeper"',
      'gatekeeper',
      'registry.example.com/app # kyverno in a comment',
      'KYVERNO',
    ];
    const extras = ['', '', '', '  labels: {kyverno: "yes"}\n', '  annotations: {note: "a \\"quote\\""}\n', '  labels: !!map {a: b}\n', '  labels: &l {a: b}\n'];
    const body = (image: string, extra: string, name: string) => `metadata:\n  name: ${name}\n${extra}spec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: ${image}\n`;
    let seed = 11;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor(seed / 65536) % n;
    };
    const mentions = (value: unknown): boolean => {
      if (typeof value === 'string') return ENGINE_IMAGE_WORDS.some((word) => value.includes(word));
      if (Array.isArray(value)) return value.some(mentions);
      if (isRecord(value)) return Object.entries(value).some(([key, child]) => mentions(key) || mentions(child));
      return false;
    };
    let returnedDeferred = 0;
    let unbuilt = 0;
    for (let round = 0; round < 400; round++) {
      const texts = Array.from({ length: 1 + random(3) }, () =>
        Array.from({ length: 1 + random(4) }, (_, doc) => heads[random(heads.length)]! + body(images[random(images.length)]!, extras[random(extras.length)]!, `w${doc}`)).join('---\n'),
      );
      // Loaded as read-files gathers them: a deferred object's place counts the earlier files' objects.
      const objects: K8sObject[] = [];
      const deferred: DeferredObject[] = [];
      const built = new Set<string>();
      texts.forEach((text, file) => {
        const loaded = loadManifests(`f${file}.yaml`, text, objects.length);
        for (const object of loaded.deferred) {
          const build = (): K8sObject => {
            const value = object.build();
            built.add(JSON.stringify(value.ref));
            return value;
          };
          deferred.push({ apiVersion: object.apiVersion, kind: object.kind, name: object.name, namespace: object.namespace, before: object.before, build, mayMention: (words) => object.mayMention(words) });
        }
        objects.push(...loaded.objects);
      });
      const workspace = new Workspace(objects, [], deferred);
      const full = new Workspace(texts.flatMap((text, file) => loadManifestsWithout(text, `f${file}.yaml`).objects));
      const context = JSON.stringify(texts);
      const returned = new Set<string>();
      for (const kind of ['Deployment', 'DaemonSet', 'CronJob', 'Pod']) {
        const got = workspace.byKindMentioning(kind, ENGINE_IMAGE_WORDS);
        const all = full.byKind(kind);
        const places = got.map((object) => all.findIndex((candidate) => JSON.stringify(candidate.ref) === JSON.stringify(object.ref)));
        assert.ok(places.every((place, i) => place >= 0 && (i === 0 || place > places[i - 1]!)), `not a subsequence in load order: ${context}`);
        got.forEach((object, i) => {
          assert.deepEqual(object, all[places[i]!], context);
          returned.add(JSON.stringify(object.ref));
        });
        for (const [place, object] of all.entries()) if (mentions(object.body)) assert.ok(places.includes(place), `${kind} ${JSON.stringify(object.ref)} mentions a word but was not returned: ${context}`);
      }
      // Built: only deferred objects returned; the others stay unbuilt.
      for (const ref of built) assert.ok(returned.has(ref), `${ref} was built but not returned: ${context}`);
      returnedDeferred += built.size;
      unbuilt += deferred.length - built.size;
    }
    assert.ok(returnedDeferred > 100 && unbuilt > 100, `${returnedDeferred} deferred objects returned, ${unbuilt} left unbuilt`);
  });

  /** Property: across files, deferred objects keep their place in load order among the built ones. */
  it('keep load order across files in every lookup', async () => {
    // A tagged ConfigMap is built while loading: beside deferred ones of the same name.
    const kinds = ['apiVersion: v1\nkind: ConfigMap\n', 'apiVersion: v1\nkind: ConfigMap\ndata: !!map {k: v}\n', 'apiVersion: v1\nkind: Pod\n', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: 7}\n', 'apiVersion: v1\nkind: ServiceList\nitems:\n  - {apiVersion: v1, kind: Service, metadata: {name: a}}\n'];
    let seed = 3;
    // The high bits: the low bits of this generator repeat with a short period.
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor(seed / 65536) % n;
    };
    for (let round = 0; round < 100; round++) {
      const files = Array.from({ length: 1 + random(4) }, (_, file) => ({
        [`f${file}.yaml`]: Array.from({ length: 1 + random(4) }, () => {
          const head = kinds[random(kinds.length)]!;
          return head.includes('metadata') ? head : `${head}metadata: {name: ${['a', 'b'][random(2)]!}, namespace: ${['x', 'y'][random(2)]!}}\n`;
        }).join('---\n'),
      }));
      const fs = memoryFileSystem(Object.assign({}, ...files) as Record<string, string>);
      const workspaces: Workspace[] = [];
      await scan({ root: '/repo' }, { fs, onProbes: (workspace) => workspaces.push(workspace) });
      const texts = files.map((file) => Object.values(file)[0]!);
      const full = new Workspace(texts.flatMap((text, index) => loadManifestsWithout(text, `f${index}.yaml`).objects));
      const workspace = workspaces[0]!;
      for (const kind of ['ConfigMap', 'Pod', 'Service']) {
        for (const [namespace, name] of [[undefined, 'a'], ['x', 'a'], ['y', 'b'], [undefined, '7']] as const) {
          assert.deepEqual(workspace.find(kind, namespace, name)?.ref, full.find(kind, namespace, name)?.ref);
          assert.deepEqual(workspace.byName(kind, name).map((object) => object.ref), full.byName(kind, name).map((object) => object.ref));
        }
        assert.deepEqual(workspace.byKind(kind).map((object) => object.ref), full.byKind(kind).map((object) => object.ref), JSON.stringify(files));
      }
    }
  });
});

/**
 * `loadManifests` without skipping: the text mentions the ignore annotation (see loadManifests)
 * in a comment before it, whose length is taken off every offset.
 */
const loadManifestsWithout = (text: string, file = 'f.yaml') => {
  const comment = '# ephemeral-guard.io/ignore\n';
  const loaded = loadManifests(file, comment + text);
  assert.equal(loaded.deferred.length, 0);
  // A problem without a position sits at the start of the file, with or without the comment.
  const shift = (at: SourceRef): SourceRef => ('start' in at ? { ...at, start: Math.max(0, at.start - comment.length), end: Math.max(0, at.end - comment.length) } : at);
  return { ...loaded, problems: loaded.problems.map((problem) => ({ ...problem, at: shift(problem.at) })) };
};
