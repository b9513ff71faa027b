import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadManifests } from '../../src/load/load-manifests.ts';
import { SourceIndex } from '../../src/load/source-index.ts';
import type { SourceRef } from '../../src/model/source-ref.ts';
import { yaml } from '../helpers/yaml.ts';

const at = (text: string, ref: Omit<SourceRef, 'file'> & Record<string, unknown>) => {
  const loaded = loadManifests('f.yaml', text);
  const index = new SourceIndex();
  index.add('f.yaml', text, loaded.source);
  const { startLine, startColumn, endLine, endColumn } = index.locate({ file: 'f.yaml', ...ref } as SourceRef);
  return [startLine, startColumn, endLine, endColumn];
};

/** [line, column, line, endColumn] of `needle` on 1-based `line` of `text`, found by search. */
const find = (text: string, line: number, needle: string): number[] => {
  const column = text.split('\n')[line - 1]!.indexOf(needle) + 1;
  assert.ok(column > 0, `${needle} not on line ${line}`);
  return [line, column, line, column + needle.length];
};

/** The position of a value that follows a `key: ` prefix found with `find`. */
const valueOf = ([line, column, , end]: number[], prefix: number): number[] => [line!, column! + prefix, line!, end!];

describe('YAML source positions', () => {
  const pod = yaml`
    apiVersion: v1
    kind: Pod
    metadata:
      name: p   # trailing comment
    spec:
      containers:
        - name: app
          image: "nginx:1.25"
          securityContext: {privileged: true, capabilities: {add: [SYS_ADMIN]}}
  `;
  it('points at a scalar value, quotes included', () => {
    assert.deepEqual(at(pod, { doc: 0, path: ['spec', 'containers', 0, 'image'] }), [8, 14, 8, 26]);
  });
  it('points at a key', () => {
    assert.deepEqual(at(pod, { doc: 0, path: ['metadata', 'name'], key: true }), [4, 3, 4, 7]);
  });
  it('points at a list item mapping: its first line', () => {
    assert.deepEqual(at(pod, { doc: 0, path: ['spec', 'containers', 0] }), [7, 7, 7, 16]);
  });
  it('reaches into flow mappings and sequences', () => {
    assert.deepEqual(at(pod, { doc: 0, path: ['spec', 'containers', 0, 'securityContext', 'privileged'] }), find(pod, 9, 'true'));
    assert.deepEqual(at(pod, { doc: 0, path: ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 0] }), find(pod, 9, 'SYS_ADMIN'));
  });
  it('falls back to the closest parent for a missing key', () => {
    assert.deepEqual(at(pod, { doc: 0, path: ['spec', 'containers', 0, 'resources', 'limits'] }), [7, 7, 7, 16]);
  });

  it('counts documents across markers, comments and empty documents', () => {
    const text = yaml`
      # leading comment
      ---
      apiVersion: v1
      kind: Namespace
      metadata: {name: a}
      ---
      # only a comment
      ---
      apiVersion: v1
      kind: Namespace
      metadata:
        name: b
    `;
    const loaded = loadManifests('f.yaml', text);
    assert.deepEqual(loaded.objects.map((o) => [o.name, o.ref.at.doc]), [['a', 0], ['b', 2]]);
    assert.deepEqual(at(text, { doc: 2, path: ['metadata', 'name'] }), [12, 9, 12, 10]);
  });

  it('handles CRLF line ends and a BOM', () => {
    const text = 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: crlf\r\n';
    assert.deepEqual(at(text, { doc: 0, path: ['metadata', 'name'] }), [4, 9, 4, 13]);
    const bom = loadManifests('f.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n');
    assert.equal(bom.objects[0]?.name, 'x');
  });

  it('follows aliases and merge keys to where the value is written', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: merged
      x-defaults: &defaults
        securityContext:
          privileged: true
      spec:
        containers:
          - <<: *defaults
            name: app
          - *defaults
    `;
    const loaded = loadManifests('f.yaml', text);
    const containers = (loaded.objects[0]!.body.spec as { containers: { securityContext?: unknown }[] }).containers;
    assert.deepEqual(containers[0]!.securityContext, { privileged: true });
    assert.deepEqual(at(text, { doc: 0, path: ['spec', 'containers', 0, 'securityContext', 'privileged'] }), [7, 17, 7, 21]);
    assert.deepEqual(at(text, { doc: 0, path: ['spec', 'containers', 1, 'securityContext', 'privileged'] }), [7, 17, 7, 21]);
    assert.deepEqual(at(text, { doc: 0, path: ['spec', 'containers', 0, 'name'] }), find(text, 11, 'app'));
  });

  it('maps a span inside a literal block scalar to the file', () => {
    const text = yaml`
      apiVersion: templates.gatekeeper.sh/v1
      kind: ConstraintTemplate
      metadata: {name: t}
      spec:
        targets:
          - rego: |
              package t
              violation[{"msg": msg}] {
                c := input.review.object.spec.containers[_]
              }
    `;
    const rego = 'package t\nviolation[{"msg": msg}] {\n  c := input.review.object.spec.containers[_]\n}\n';
    const start = rego.indexOf('containers');
    const ref = { doc: 0, path: ['spec', 'targets', 0, 'rego'], span: { start, end: start + 'containers'.length } };
    assert.deepEqual(at(text, ref), find(text, 9, 'containers'));
  });

  it('keeps the indentation of block scalars nested deeper than the packed table holds in place', () => {
    // Content indentations 6 to 42: the table holds up to 29 in place, deeper ones beside it.
    const nested = (depth: number): string => {
      let text = '';
      for (let level = 0; level < depth; level++) text += `${'  '.repeat(level)}k${level}:\n`;
      return `${text}${'  '.repeat(depth)}- |\n${'  '.repeat(depth + 1)}line one\n${'  '.repeat(depth + 1)}  line two\n`;
    };
    for (const depth of [1, 13, 14, 15, 19]) {
      const body = nested(depth);
      const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n${body.replace(/^/gm, '  ')}`;
      const path = ['data', ...Array.from({ length: depth }, (_, level) => `k${level}`), 0];
      const loaded = loadManifests('f.yaml', text);
      // A ConfigMap is deferred: built from the packed table when asked.
      assert.equal(loaded.objects.length, 0);
      let value: unknown = loaded.deferred[0]!.build().body;
      for (const step of path) value = (value as Record<string | number, unknown>)[step];
      assert.equal(value, 'line one\n  line two\n', `depth ${depth}`);
      const line = text.split('\n').findIndex((row) => row.includes('line two')) + 1;
      const ref = { doc: 0, path, span: { start: 'line one\n  '.length, end: 'line one\n  line two'.length } };
      assert.deepEqual(at(text, ref), find(text, line, 'line two'), `depth ${depth}`);
    }
  });

  it('maps a span inside a single-line quoted scalar', () => {
    const text = 'apiVersion: v1\nkind: X\nmetadata: {name: x}\nexpr: "object.spec.containers.all(c, true)"\n';
    assert.deepEqual(at(text, { doc: 0, path: ['expr'], span: { start: 12, end: 22 } }), [4, 20, 4, 30]);
  });

  it('maps a span inside a one-line double-quoted scalar through its escapes', () => {
    // Value: request.operation == "UPDATE" && x == "é\"; source: each escape is one character.
    const text = 'apiVersion: v1\nkind: X\nmetadata: {name: x}\nexpr: "request.operation == \\"UPDATE\\" && x == \\"\\u00e9\\\\\\""\n';
    const value = 'request.operation == "UPDATE" && x == "é\\"';
    const update = value.indexOf('"UPDATE"');
    // `"UPDATE"` is `\"UPDATE\"` in the file: column 29 to 39 on line 4.
    assert.deepEqual(at(text, { doc: 0, path: ['expr'], span: { start: update, end: update + 8 } }), [4, 29, 4, 39]);
    // `é` (written \u00e9, six characters) at column 50; the `\` after it (written \\) at 56.
    const e = value.indexOf('é');
    assert.deepEqual(at(text, { doc: 0, path: ['expr'], span: { start: e, end: e + 1 } }), [4, 50, 4, 56]);
    assert.deepEqual(at(text, { doc: 0, path: ['expr'], span: { start: e + 1, end: e + 2 } }), [4, 56, 4, 58]);
    // The value's last character, `"` written \", ends before the closing quote (column 60).
    assert.deepEqual(at(text, { doc: 0, path: ['expr'], span: { start: value.length - 1, end: value.length } }), [4, 58, 4, 60]);
  });

  it('maps a span inside a one-line single-quoted scalar through its doubled quotes, CRLF file', () => {
    const text = "apiVersion: v1\r\nkind: X\r\nmetadata: {name: x}\r\nexpr: 'a == ''b'' && c'\r\n";
    // Value a == 'b' && c: `c` at offset 12; in the file column 22 (two '' before it).
    assert.deepEqual(at(text, { doc: 0, path: ['expr'], span: { start: 12, end: 13 } }), [4, 22, 4, 23]);
    // `'b'` (offsets 5 to 8) is `''b''` (columns 13 to 18).
    assert.deepEqual(at(text, { doc: 0, path: ['expr'], span: { start: 5, end: 8 } }), [4, 13, 4, 18]);
  });

  it('property: every character of a one-line quoted scalar maps to the exact columns of its encoding', () => {
    // Pieces: [decoded, double-quoted encodings..., single-quoted encoding].
    const pieces: readonly (readonly [string, readonly string[], string])[] = [
      ['a', ['a'], 'a'],
      [' ', [' '], ' '],
      ['"', ['\\"'], '"'],
      ['\\', ['\\\\'], '\\'],
      ["'", ["'"], "''"],
      ['\t', ['\\t'], '\t'],
      ['A', ['A', '\\x41', '\\u0041'], 'A'],
      ['é', ['é', '\\u00e9', '\\xe9'], 'é'],
      ['😀', ['😀', '\\U0001F600'], '😀'],
    ];
    let seed = 17;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 60; round++) {
      const chosen = Array.from({ length: 1 + random(12) }, () => pieces[random(pieces.length)]!);
      const double = round % 2 === 0;
      const encoded = chosen.map(([, escapes, single]) => (double ? escapes[random(escapes.length)]! : single));
      const quote = double ? '"' : "'";
      const prefix = 'expr: ' + quote;
      const text = `apiVersion: v1\nkind: X\nmetadata: {name: x}\n${prefix}${encoded.join('')}${quote}\n`;
      let decoded = 0;
      let column = prefix.length + 1;
      chosen.forEach(([value], i) => {
        const width = encoded[i]!.length;
        assert.deepEqual(at(text, { doc: 0, path: ['expr'], span: { start: decoded, end: decoded + value.length } }), [4, column, 4, column + width], `${text} piece ${i}`);
        decoded += value.length;
        column += width;
      });
    }
  });

  it('maps a span inside a flow-sequence double-quoted item with escapes', () => {
    const text = 'apiVersion: v1\nkind: X\nmetadata: {name: x}\nexprs: ["\\tx", "y \\x41 z"]\n';
    // Second item's value `y A z`: `z` at offset 4 → column 24.
    assert.deepEqual(at(text, { doc: 0, path: ['exprs', 1], span: { start: 4, end: 5 } }), [4, 24, 4, 25]);
    assert.deepEqual(at(text, { doc: 0, path: ['exprs', 0], span: { start: 1, end: 2 } }), [4, 12, 4, 13]);
  });

  it('reads the items of a List with their positions', () => {
    const text = yaml`
      apiVersion: v1
      kind: List
      items:
        - apiVersion: v1
          kind: ServiceAccount
          metadata: {name: one}
        - apiVersion: rbac.authorization.k8s.io/v1
          kind: RoleList
          items:
            - apiVersion: rbac.authorization.k8s.io/v1
              kind: Role
              metadata: {name: two, namespace: n}
    `;
    const loaded = loadManifests('f.yaml', text);
    assert.deepEqual(loaded.objects.map((o) => `${o.kind}/${o.name}`), ['ServiceAccount/one', 'Role/two']);
    assert.deepEqual(at(text, { ...loaded.objects[1]!.ref.at, path: [...loaded.objects[1]!.ref.at.path, 'metadata', 'namespace'] }), valueOf(find(text, 12, 'namespace: n'), 'namespace: '.length));
  });

  it('reads JSON files', () => {
    const text = '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "j"}\n}\n';
    const loaded = loadManifests('f.json', text);
    assert.equal(loaded.objects[0]?.name, 'j');
    assert.deepEqual(at(text, { doc: 0, path: ['metadata', 'name'] }), [4, 24, 4, 27]);
  });

  it('finds keys by their decoded value: quoted, escaped, complex', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: k}',
      "'spec':",
      '  "cont\\x61iners":',
      "    - 'na''me': app",
      '      ? image',
      '      : nginx',
      '',
    ].join('\n');
    assert.equal(loadManifests('f.yaml', text).objects[0]?.body.spec !== undefined, true);
    assert.deepEqual(at(text, { doc: 0, path: ['spec', 'containers', 0, "na'me"] }), find(text, 6, 'app'));
    assert.deepEqual(at(text, { doc: 0, path: ['spec', 'containers'], key: true }), find(text, 5, '"cont\\x61iners"'));
    assert.deepEqual(at(text, { doc: 0, path: ['spec', 'containers', 0, 'image'] }), find(text, 8, 'nginx'));
    // A key that only starts like the one asked for is not it: the closest parent is `spec`'s value.
    assert.deepEqual(at(text, { doc: 0, path: ['spec', 'cont'] }), [5, 3, 5, 19]);
  });

  it('a whole document starts at the anchor of its root mapping', () => {
    const text = '--- &root\napiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n';
    const loaded = loadManifests('f.yaml', text);
    assert.equal(loaded.objects[0]?.name, 'a');
    assert.deepEqual(at(text, { doc: 0, path: [] }), [1, 5, 1, 10]);
    assert.deepEqual(at(text, { doc: 0, path: ['metadata', 'name'] }), find(text, 4, 'a}').slice(0, 3).concat([find(text, 4, 'a}')[1]! + 1]));
  });

  it('keeps positions of every document of a large file after loading (no second parse)', () => {
    const documents = Array.from({ length: 300 }, (_, i) => `apiVersion: example.com/v1\nkind: Settings\nmetadata: {name: c${i}}\ndata: {k: "v${i}"}\n`);
    const text = documents.join('---\n');
    const loaded = loadManifests('f.yaml', text);
    assert.equal(loaded.objects.length, 300);
    for (const doc of [0, 150, 299]) {
      const line = doc * 5 + 4;
      assert.deepEqual(at(text, { doc, path: ['data', 'k'] }), find(text, line, `"v${doc}"`));
    }
  });

  it('keeps exact positions on both sides of the 16-bit table limit (texts of 64 KiB and more)', () => {
    // Shorter texts pack their events into 16-bit slots, longer ones into 32-bit slots.
    for (const count of [700, 1200]) {
      const documents = Array.from({ length: count }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c${i}}\ndata:\n  empty:\n  k: "v${i}"\n`);
      const text = documents.join('---\n');
      assert.ok(count === 700 ? text.length < 0xffff : text.length > 0xffff);
      for (const doc of [0, count - 1]) {
        const line = doc * 7 + 6;
        assert.deepEqual(at(text, { doc, path: ['data', 'k'] }), find(text, line, `"v${doc}"`));
        assert.deepEqual(at(text, { doc, path: ['data', 'empty'], key: true }), find(text, line - 1, 'empty'));
      }
    }
  });
});

describe('YAML problems', () => {
  it('reports a syntax error at the parser position and keeps the other documents', () => {
    const text = yaml`
      apiVersion: v1
      kind: Namespace
      metadata: {name: good}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: [broken}
      ---
      apiVersion: v1
      kind: Namespace
      metadata: {name: also-good}
    `;
    const loaded = loadManifests('f.yaml', text);
    assert.deepEqual(loaded.objects.map((o) => o.name), ['good', 'also-good']);
    assert.equal(loaded.problems.length, 1);
    assert.equal(loaded.problems[0]!.kind, 'invalid-manifest');
    const index = new SourceIndex();
    index.add('f.yaml', text, loaded.source);
    assert.equal(index.locate(loaded.problems[0]!.at).startLine, 7);
  });

  it('accepts a quoted scalar continued at its key indentation, as kubectl does', () => {
    const text = yaml`
      apiVersion: example.com/v1
      kind: Settings
      metadata:
        name: lenient
        annotations:
          description: "When set to true the check is optional, defaults
          to false."
          other: 'one
          two'
      data: {after: x}
    `;
    const loaded = loadManifests('f.yaml', text);
    assert.deepEqual(loaded.problems, []);
    const annotations = (loaded.objects[0]!.body.metadata as { annotations: Record<string, string> }).annotations;
    assert.equal(annotations.description, 'When set to true the check is optional, defaults to false.');
    assert.equal(annotations.other, 'one two');
    assert.deepEqual(at(text, { doc: 0, path: ['data', 'after'] }), find(text, 10, 'x'));
    assert.deepEqual(at(text, { doc: 0, path: ['metadata', 'annotations', 'other'] }), [8, 12, 9, 9]);
  });

  it('accepts an under-indented continuation that holds quotes of the other style', () => {
    const text = yaml`
      apiVersion: example.com/v1
      kind: Settings
      metadata:
        name: lenient
        annotations:
          message: "Containers must
          drop 'ALL' capabilities and add only
          'NET_BIND_SERVICE': see docs."
          single: 'say
          "hi" and it''s: "done"
          twice'
      data: {after: x}
    `;
    const loaded = loadManifests('f.yaml', text);
    assert.deepEqual(loaded.problems, []);
    const annotations = (loaded.objects[0]!.body.metadata as { annotations: Record<string, string> }).annotations;
    assert.equal(annotations.message, "Containers must drop 'ALL' capabilities and add only 'NET_BIND_SERVICE': see docs.");
    assert.equal(annotations.single, 'say "hi" and it\'s: "done" twice');
    assert.deepEqual(at(text, { doc: 0, path: ['data', 'after'] }), find(text, 12, 'x'));
    assert.deepEqual(at(text, { doc: 0, path: ['metadata', 'annotations', 'single'] }), [9, 13, 11, 11]);
  });

  it('still reports real indentation errors', () => {
    const loaded = loadManifests('f.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "a\nb: c\n');
    assert.equal(loaded.problems[0]?.kind, 'invalid-manifest');
  });

  it('says when an unparseable file is a template to render', () => {
    const loaded = loadManifests('role.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n{{- if .Values.enabled }}\n  name: x\n{{- end }}\n');
    assert.match(loaded.problems[0]!.message, /holds template expressions \(\{\{ … \}\}\): render it/);
  });

  it('a template is one finding, at its first parse error, however many of its expressions fail', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.a }}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.b }}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.c }}\n';
    const loaded = loadManifests('cms.yaml', text);
    assert.equal(loaded.problems.length, 1);
    assert.match(loaded.problems[0]!.message, /\(2 more parse errors in it, not listed\)\.$/);
    assert.ok((loaded.problems[0]!.at as { start: number }).start < text.indexOf('---'), 'at the first one');
  });

  it('places an unrendered template value, read as a complex key, on its line, in any document', () => {
    // `{{ .Values.x }}` is a flow mapping whose key is a flow mapping: js-yaml marks it at offset 0.
    const constraint = 'kind: K8sX\napiVersion: constraints.gatekeeper.sh/v1beta1\nspec:\n  match:\n    excludedNamespaces: {{ .Values.excluded }}\n';
    for (const text of [constraint, `apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\n${constraint}`, constraint.replace(/\n/g, '\r\n')]) {
      const problem = loadManifests('f.yaml', text).problems[0]!;
      assert.match(problem.message, /complex keys.*template expressions/);
      const offset = (problem.at as { start: number }).start;
      const before = text.slice(0, offset).split(/\r?\n/);
      assert.deepEqual([before.length, before[before.length - 1]!.length + 1], [text.split(/\r?\n/).length - 1, 26], JSON.stringify(text));
      assert.equal(text.slice(offset, offset + 10), '{ .Values.');
    }
  });

  it('reports a duplicate key and keeps the last value', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n';
    const loaded = loadManifests('f.yaml', text);
    assert.equal(loaded.objects[0]?.name, 'b');
    assert.match(loaded.problems[0]!.message, /duplicated mapping key/);
  });

  it('reports a document that is not an object', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\n- just\n- a list\n';
    const loaded = loadManifests('f.yaml', text);
    assert.equal(loaded.objects.length, 1);
    assert.match(loaded.problems[0]!.message, /Document 2 is a list/);
  });

  it('refuses a billion-laughs document quickly', () => {
    let text = 'apiVersion: v1\nkind: ConfigMap\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 30; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    const started = process.hrtime.bigint();
    const loaded = loadManifests('f.yaml', text);
    assert.ok(process.hrtime.bigint() - started < 2_000_000_000n);
    assert.equal(loaded.objects.length, 0);
    assert.equal(loaded.problems[0]?.kind, 'invalid-manifest');
  });

  it('survives very deep nesting', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\ndata: ' + '['.repeat(100_000) + '\n';
    const loaded = loadManifests('f.yaml', text);
    assert.equal(loaded.problems[0]?.kind, 'invalid-manifest');
  });

  it('skips non-Kubernetes YAML quietly', () => {
    const loaded = loadManifests('ci.yaml', 'name: CI\non: [push]\njobs: {}\n');
    assert.equal(loaded.objects.length, 0);
    assert.equal(loaded.problems.length, 0);
    assert.equal(loaded.otherDocuments, 1);
  });
});
