import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mutationWrites, writesContainers } from '../../../src/analyze/cel/mutation-writes.ts';

const writes = (expression: string): string[] => {
  const result = mutationWrites(expression);
  assert.equal(result.kind, 'writes', `${expression}: ${result.kind === 'unknown' ? result.why : ''}`);
  return result.kind === 'writes' ? result.paths.map((write) => write.path.join('.')) : [];
};

const unknown = (expression: string): { why: string; text: string } => {
  const result = mutationWrites(expression);
  assert.equal(result.kind, 'unknown', expression);
  return result.kind === 'unknown' ? { why: result.why, text: expression.slice(result.start, result.end) } : { why: '', text: '' };
};

describe('mutationWrites: what a mutation writes, from its object construction', () => {
  it('an ApplyConfiguration writes each field whole unless a construction of that field type writes into it', () => {
    assert.deepEqual(writes('Object{metadata: Object.metadata{annotations: {"a{b": "c"}, labels: Object.metadata.labels{x: "y"}}}'), ['metadata.annotations', 'metadata.labels.x']);
    assert.deepEqual(
      writes('Object{spec: Object.spec{containers: object.spec.containers.map(c, Object.spec.containers{name: c.name, securityContext: Object.spec.containers.securityContext{privileged: false}})}}'),
      ['spec.containers', 'spec.containers.name', 'spec.containers.securityContext.privileged'],
    );
    // A field value that is not a construction of the field's own type is written whole.
    assert.deepEqual(writes('Object{spec: variables.newSpec}'), ['spec']);
    // Whitespace in a type name, and string literals holding what looks like a type name.
    assert.deepEqual(writes('Object { metadata: Object . metadata { labels: {"Object.spec{": \'x{\', r"raw{": """t{"""} } }'), ['metadata.labels']);
  });

  it('a JSON Patch writes its path: a literal, or a literal prefix up to its last slash', () => {
    assert.deepEqual(writes('[JSONPatch{op: "add", path: "/metadata/labels/a~1b", value: "y"}, JSONPatch{op: "add", path: "/spec/containers/0/securityContext", value: {}}]'), [
      'metadata.labels.a/b',
      'spec.containers.securityContext',
    ]);
    assert.deepEqual(writes('[JSONPatch{op: "add", path: "/metadata/annotations/" + jsonpatch.escapeKey("x/y"), value: "1"}]'), ['metadata.annotations']);
    assert.deepEqual(writes('[JSONPatch{op: "add", path: "/spec/containers/" + string(0) + "/image", value: "x"}]'), ['spec.containers']);
    // Patches built in a comprehension or a condition: every construction counts, wherever it stands.
    assert.deepEqual(writes('object.spec.rules.map(r, JSONPatch{op: "replace", path: "/spec/rules/" + string(0) + "/host", value: "h"}).filter(p, p != null)'), ['spec.rules']);
    assert.deepEqual(writes('has(object.metadata.labels) ? [] : [JSONPatch{op: "add", path: "/metadata/labels", value: {}}]'), ['metadata.labels']);
    assert.deepEqual(writes('[]'), []);
  });

  it('what it cannot follow is unknown, at the construct', () => {
    assert.deepEqual(unknown('variables.patches'), { why: 'a mutation whose result comes from variables', text: 'variables.patches' });
    assert.deepEqual(unknown('[JSONPatch{op: "add", path: variables.where, value: 1}]'), { why: 'a JSON Patch whose path does not start with a string literal', text: 'variables.where' });
    assert.equal(unknown('object.metadata').why, 'a mutation whose result is not an object construction the analysis can follow');
    assert.match(unknown('Object{spec: ').why, /^CEL parse error/);
    assert.equal(unknown('google.protobuf.Struct{}').why, 'a construction of google.protobuf.Struct, which mutations do not write');
  });

  it('a write can change a container when it names a container list or replaces what holds one', () => {
    for (const path of ['', 'spec', 'spec.containers', 'spec.ephemeralContainers.image', 'spec.template', 'spec.template.spec', 'spec.jobTemplate.spec.template.spec.initContainers']) {
      assert.equal(writesContainers(path === '' ? [] : path.split('.')), true, path);
    }
    for (const path of ['metadata', 'metadata.labels', 'spec.securityContext', 'spec.priorityClassName', 'spec.template.metadata.annotations', 'spec.volumes']) {
      assert.equal(writesContainers(path.split('.')), false, path);
    }
  });
});
