// Charts whose Chart.yaml lists dependencies that are not vendored in charts/: how the missing
// ones are read from helm's refusal, left out of a staged Chart.yaml, and judged on or off by
// default; and how the runner stages the replaced Chart.yaml without touching the checkout.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dependencyEnabled, missingDependencies, withoutDependencies } from '../../src/render/helm.ts';
import { createRunCommand } from '../../src/render/run-command.ts';
import { parseYaml } from '../../src/load/yaml-source.ts';

const parse = (text: string) => parseYaml(text).documents;

describe('missingDependencies: the names in helm 3 and helm 4 refusals', () => {
  it('reads the list helm prints, and nothing from another error', () => {
    assert.deepEqual(
      missingDependencies(
        'Error: An error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: falcosidekick, k8s-metacollector, falco-talon\n',
      ),
      ['falcosidekick', 'k8s-metacollector', 'falco-talon'],
    );
    assert.deepEqual(missingDependencies('Error: an error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: common, common'), ['common']);
    assert.equal(missingDependencies('Error: template: app/templates/x.yaml:3:4: executing "x" at <include "common.name" .>: error calling include: template: no template "common.name" associated with template "gotpl"'), undefined);
    assert.equal(missingDependencies('found in Chart.yaml, but missing in charts/ directory: '), undefined);
  });
});

describe('withoutDependencies: Chart.yaml less the missing entries, everything else as written', () => {
  const chart = [
    'apiVersion: v2',
    'name: app',
    'version: 1.0.0',
    'appVersion: 1.10',
    'dependencies:',
    '  # the exporter is optional',
    '  - name: exporter',
    '    version: 1.x.x',
    '    condition: exporter.enabled',
    '    tags:',
    '      - metrics',
    '',
    '  - name: common',
    '    version: 2.x.x',
    '  - name: exporter',
    '    alias: second-exporter',
    'annotations:',
    '  category: Security',
    '',
  ].join('\n');

  it('drops every item of those names, from its dash line to the next item, and keeps the rest byte for byte', () => {
    assert.equal(
      withoutDependencies(chart, new Set(['exporter']), parse),
      ['apiVersion: v2', 'name: app', 'version: 1.0.0', 'appVersion: 1.10', 'dependencies:', '  # the exporter is optional', '  - name: common', '    version: 2.x.x', 'annotations:', '  category: Security', ''].join('\n'),
    );
  });

  it('writes an empty list when none is left, and reads a sequence at the key\'s own indentation and CRLF lines', () => {
    assert.equal(withoutDependencies(chart, new Set(['exporter', 'common']), parse), ['apiVersion: v2', 'name: app', 'version: 1.0.0', 'appVersion: 1.10', 'dependencies: []', '  # the exporter is optional', 'annotations:', '  category: Security', ''].join('\n'));
    const flush = 'name: app\r\nversion: 1.0.0\r\ndependencies:\r\n- name: a\r\n  version: 1.0.0\r\n- name: b\r\n  version: 1.0.0\r\n';
    assert.equal(withoutDependencies(flush, new Set(['a']), parse), 'name: app\r\nversion: 1.0.0\r\ndependencies:\r\n- name: b\r\n  version: 1.0.0\r\n');
  });

  it('gives up on what it cannot edit line by line: flow style, anchors, a second document, no dependencies', () => {
    assert.equal(withoutDependencies('name: app\ndependencies: [{name: a}, {name: b}]\n', new Set(['a']), parse), undefined);
    assert.equal(withoutDependencies('name: app\ndependencies:\n  - &a {name: a}\n  - {name: b}\nannotations: {copy: *a}\n', new Set(['a']), parse), undefined);
    assert.equal(withoutDependencies('name: app\ndependencies:\n  - name: a\n---\nname: b\n', new Set(['a']), parse), undefined);
    assert.equal(withoutDependencies('name: app\n', new Set(['a']), parse), undefined);
    // A dash line at the items' indentation that is no item (inside a quoted scalar).
    assert.equal(withoutDependencies('name: app\ndependencies:\n  - name: a\n    description: "first\n  - not an item"\n  - name: b\n', new Set(['a']), parse), undefined);
  });
});

describe('dependencyEnabled: what a default install deploys (tags, then the first condition holding a boolean)', () => {
  it('follows Helm: the condition over the tags, later values files over values.yaml', () => {
    const values = { exporter: { enabled: false }, tags: { metrics: true }, common: { enabled: 'yes' } };
    assert.deepEqual(dependencyEnabled({ name: 'exporter', condition: 'exporter.enabled', tags: ['metrics'] }, [values]), { enabled: false, why: 'exporter.enabled is false' });
    assert.deepEqual(dependencyEnabled({ name: 'exporter', condition: 'exporter.enabled' }, [values, { exporter: { enabled: true } }]), { enabled: true, why: 'exporter.enabled is true' });
    assert.deepEqual(dependencyEnabled({ name: 'exporter', condition: 'missing.enabled, exporter.enabled' }, [values]), { enabled: false, why: 'exporter.enabled is false' });
    assert.deepEqual(dependencyEnabled({ name: 'exporter', tags: ['metrics'] }, [values]), { enabled: true, why: 'tags.metrics is true' });
    assert.deepEqual(dependencyEnabled({ name: 'exporter', tags: ['logs'] }, [{ tags: { logs: false } }]), { enabled: false, why: 'tags.logs is false' });
    // A condition that holds no boolean does not decide.
    assert.deepEqual(dependencyEnabled({ name: 'common', condition: 'common.enabled' }, [values]), { enabled: true, why: 'no condition or tag turns it off' });
    assert.deepEqual(dependencyEnabled({ name: 'common' }, [undefined]), { enabled: true, why: 'it has no condition or tags' });
  });
});

describe('the runner stages a replaced Chart.yaml', () => {
  it('the program reads the replacement, the checkout keeps its file, and only a staged file can be replaced', async () => {
    const root = await mkdtemp(join(tmpdir(), 'eg-replaced-'));
    try {
      await mkdir(join(root, 'app'));
      await writeFile(join(root, 'app/Chart.yaml'), 'name: app\ndependencies:\n  - name: gone\n');
      await writeFile(join(root, 'other.yaml'), 'secret\n');
      const run = createRunCommand();
      const request = { command: 'cat', args: ['./app/Chart.yaml'], cwd: root, timeoutMs: 10_000, inputs: ['app'] };
      const result = await run({ ...request, replaced: [{ path: 'app/Chart.yaml', text: 'name: app\ndependencies: []\n' }] });
      assert.deepEqual(result, { kind: 'exited', code: 0, stdout: 'name: app\ndependencies: []\n', stderr: '' });
      assert.equal(await readFile(join(root, 'app/Chart.yaml'), 'utf8'), 'name: app\ndependencies:\n  - name: gone\n');
      for (const path of ['other.yaml', '../app/Chart.yaml', '/etc/passwd', 'app']) {
        assert.deepEqual(await run({ ...request, replaced: [{ path, text: 'x' }] }), { kind: 'refused', reason: `"${path}" is not one of its staged input files` });
      }
      assert.equal(await readFile(join(root, 'other.yaml'), 'utf8'), 'secret\n');
      // A Chart.yaml that links to another file of the tree is staged as a copy: the replacement
      // is written over the copy, never through the link; a link out of the tree is refused first.
      await mkdir(join(root, 'shared'));
      await writeFile(join(root, 'shared/Chart.yaml'), 'name: shared\n');
      await mkdir(join(root, 'linked'));
      await symlink('../shared/Chart.yaml', join(root, 'linked/Chart.yaml'));
      const linked = { ...request, args: ['./linked/Chart.yaml'], inputs: ['linked'], replaced: [{ path: 'linked/Chart.yaml', text: 'name: replaced\n' }] };
      assert.deepEqual(await run(linked), { kind: 'exited', code: 0, stdout: 'name: replaced\n', stderr: '' });
      assert.equal(await readFile(join(root, 'shared/Chart.yaml'), 'utf8'), 'name: shared\n');
      await mkdir(join(root, 'escape'));
      const outside = await mkdtemp(join(tmpdir(), 'eg-outside-'));
      await writeFile(join(outside, 'Chart.yaml'), 'name: outside\n');
      await symlink(join(outside, 'Chart.yaml'), join(root, 'escape/Chart.yaml'));
      const escaped = await run({ ...linked, args: ['./escape/Chart.yaml'], inputs: ['escape'], replaced: [{ path: 'escape/Chart.yaml', text: 'x' }] });
      assert.deepEqual(escaped, { kind: 'refused', reason: '"escape/Chart.yaml" is a symbolic link that leads outside the scanned folder' });
      assert.equal(await readFile(join(outside, 'Chart.yaml'), 'utf8'), 'name: outside\n');
      await rm(outside, { recursive: true, force: true });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
