import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { matchKeyPath } from '../../src/render/template-position.ts';
import { splitDocuments } from '../../src/render/rendered-document.ts';
import { yaml } from '../helpers/yaml.ts';

/** `line:column` (1-based) of an offset, and the matched text. */
const where = (text: string, match: { start: number; end: number; complete: boolean }) => {
  const before = text.slice(0, match.start).split('\n');
  return { at: `${before.length}:${before.at(-1)!.length + 1}`, text: text.slice(match.start, match.end), complete: match.complete };
};

const role = yaml`
  apiVersion: rbac.authorization.k8s.io/v1
  kind: Role
  metadata:
    name: {{ include "app.fullname" . }}
    labels:
      {{- include "app.labels" . | nindent 4 }}
  rules:
    - apiGroups: [""]
      resources: ["pods", "pods/ephemeralcontainers"]
      verbs:
        - update
        - patch
  {{- range .Values.extraRules }}
    - {{ toYaml . | nindent 4 }}
  {{- end }}
`;

describe('matchKeyPath (Helm template text)', () => {
  it('finds an item of a flow sequence behind a sequence item and a key, quotes included', () => {
    assert.deepEqual(where(role, matchKeyPath(role, ['rules', 0, 'resources', 1], 'pods/ephemeralcontainers')), {
      at: '9:25',
      text: '"pods/ephemeralcontainers"',
      complete: true,
    });
  });

  it('counts block sequence items', () => {
    assert.deepEqual(where(role, matchKeyPath(role, ['rules', 0, 'verbs', 1], 'patch')), { at: '12:9', text: 'patch', complete: true });
  });

  it('points a sequence item at its dash, and a key at the key', () => {
    assert.deepEqual(where(role, matchKeyPath(role, ['rules', 0])), { at: '8:3', text: '- apiGroups: [""]', complete: true });
    assert.deepEqual(where(role, matchKeyPath(role, ['rules', 0, 'verbs'])), { at: '10:5', text: 'verbs', complete: true });
  });

  it('stops at the last step written literally (a range, an include) and says so', () => {
    assert.deepEqual(where(role, matchKeyPath(role, ['rules', 1, 'resources', 0], 'secrets')), {
      at: '14:5',
      text: '{{ toYaml . | nindent 4 }}',
      complete: false,
    });
    assert.deepEqual(where(role, matchKeyPath(role, ['metadata', 'labels', 'app'])), { at: '5:3', text: 'labels', complete: false });
  });

  it('does not take a templated value for the rendered one', () => {
    assert.deepEqual(where(role, matchKeyPath(role, ['metadata', 'name'], 'release-name-app')), { at: '4:3', text: 'name', complete: false });
  });

  it('only matches direct children: a deeper key of the same name is not the one', () => {
    const text = yaml`
      metadata:
        labels:
          kind: nested
      kind: Role
    `;
    assert.deepEqual(where(text, matchKeyPath(text, ['kind'], 'Role')), { at: '4:7', text: 'Role', complete: true });
  });

  it('maps the document root to its first line that writes YAML', () => {
    const text = '{{- if .Values.enabled }}\n# a comment\napiVersion: v1\nkind: Pod\n{{- end }}\n';
    assert.deepEqual(where(text, matchKeyPath(text, [])), { at: '3:1', text: 'apiVersion: v1', complete: true });
  });
});

describe('splitDocuments (renderer output)', () => {
  it("keeps Helm's # Source comment of each document and drops empty ones", () => {
    const output = '---\n# Source: app/templates/a.yaml\nkind: A\n---\n# Source: app/templates/empty.yaml\n---\n# Source: app/templates/b.yaml\nkind: B\n';
    assert.deepEqual(
      splitDocuments(output).map((d) => [d.source, d.text]),
      [
        ['app/templates/a.yaml', '---\n# Source: app/templates/a.yaml\nkind: A\n'],
        ['app/templates/b.yaml', '---\n# Source: app/templates/b.yaml\nkind: B\n'],
      ],
    );
  });

  it('splits kustomize output, which has no comments', () => {
    assert.deepEqual(splitDocuments('kind: A\n---\nkind: B\n').map((d) => d.text), ['kind: A\n', '---\nkind: B\n']);
  });
});
