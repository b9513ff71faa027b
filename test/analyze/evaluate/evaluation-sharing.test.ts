import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateProbes } from '../../../src/analyze/evaluate/index.ts';
import { loadManifests } from '../../../src/load/load-manifests.ts';
import { Workspace } from '../../../src/model/workspace.ts';

/** A ConstraintTemplate named NAME whose Rego (indented under `rego: |`) is REGO. */
const template = (name: string, rego: string, libs: readonly string[] = []): string =>
  [
    'apiVersion: templates.gatekeeper.sh/v1',
    'kind: ConstraintTemplate',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  crd:',
    '    spec:',
    '      names:',
    `        kind: ${name.toUpperCase()}`,
    '  targets:',
    '    - target: admission.k8s.gatekeeper.sh',
    '      rego: |',
    ...rego.split('\n').map((line) => `        ${line}`),
    ...(libs.length > 0 ? ['      libs:', ...libs.flatMap((lib) => ['        - |', ...lib.split('\n').map((line) => `          ${line}`)])] : []),
  ].join('\n');

const PRIVILEGED = `violation[{"msg": "privileged"}] {
  c := input.review.object.spec.containers[_]
  c.securityContext.privileged
}`;

const probesOf = (...documents: string[]) => {
  const loaded = loadManifests('repo.yaml', documents.join('\n---\n'));
  return evaluateProbes(new Workspace(loaded.objects, [], loaded.deferred));
};

const deniedVariants = (outcomes: readonly { variant: string; container: { outcome: string } }[]): string[] => outcomes.filter((o) => o.container.outcome === 'denied').map((o) => o.variant);

describe('evaluations shared between copies of a policy', () => {
  it('runs a template copied under another package name once: the copies share their outcomes', () => {
    const [first, second] = probesOf(template('copya', `package copya\n\n${PRIVILEGED}`), template('copyb', `package copyb\n\n${PRIVILEGED}`));
    assert.equal(first!.outcomes, second!.outcomes);
    assert.deepEqual(deniedVariants(first!.outcomes), ['privileged']);
  });

  it('keeps apart copies whose code reads its own package through data: the package name decides there', () => {
    // Each copy asks data.self.a (through an alias of data.self) for `blocked`: only the copy in
    // package self.a finds it; the package's full name occurs only in its clause.
    const code = (pkg: string) => `package ${pkg}\n\nimport data.self as mine\n\nblocked { input.review.object.spec.containers[_].securityContext.privileged }\n\nviolation[{"msg": "privileged"}] {\n  mine.a.blocked\n}`;
    const [own, other] = probesOf(template('selfa', code('self.a')), template('selfb', code('self.b')));
    assert.notEqual(own!.outcomes, other!.outcomes);
    assert.deepEqual(deniedVariants(own!.outcomes), ['privileged']);
    assert.deepEqual(deniedVariants(other!.outcomes), []);
  });

  it('keeps apart copies whose lib shares the entry package (its rules join that package)', () => {
    const lib = 'package libshared\n\nblocked { input.review.object.spec.containers[_].securityContext.privileged }';
    const code = (pkg: string) => `package ${pkg}\n\nviolation[{"msg": "privileged"}] {\n  blocked\n}`;
    const [joined, apart] = probesOf(template('libshared', code('libshared'), [lib]), template('libapart', code('libapart'), [lib]));
    assert.deepEqual(deniedVariants(joined!.outcomes), ['privileged']);
    // In libapart, `blocked` is not a rule of its package: the variable is unbound, so not evaluated.
    assert.equal(apart!.outcomes[0]!.container.outcome, 'not-evaluated');
  });
});
