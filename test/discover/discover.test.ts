import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discover } from '../../src/discover/discover.ts';
import { nodeFileSystem } from '../../src/discover/file-system.ts';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';

const manifest = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n';

describe('discover', () => {
  it('finds YAML and JSON by default and never .git or node_modules', async () => {
    const fs = memoryFileSystem({
      'a.yaml': manifest,
      'b/c.yml': manifest,
      'd.json': '{}',
      'e.txt': 'x',
      'policy/p.rego': 'package p\n',
      '.git/config.yaml': manifest,
      'node_modules/x/y.yaml': manifest,
      '.github/workflows/ci.yaml': 'on: push\n',
    });
    const found = await discover(fs, { root: '/r' });
    assert.deepEqual(found.manifests, ['.github/workflows/ci.yaml', 'a.yaml', 'b/c.yml', 'd.json']);
    assert.deepEqual(found.regoFiles, ['policy/p.rego']);
  });

  it('honours include and exclude globs', async () => {
    const fs = memoryFileSystem({ 'policies/a.yaml': manifest, 'policies/test/b.yaml': manifest, 'other/c.yaml': manifest });
    const found = await discover(fs, { root: '/r', include: ['policies/**/*.yaml'], exclude: ['**/test/**'] });
    assert.deepEqual(found.manifests, ['policies/a.yaml']);
  });

  it('keeps only what git tracks or would track (.gitignore)', async () => {
    const fs = memoryFileSystem({ 'a.yaml': manifest, 'build/out.yaml': manifest }, { git: ['a.yaml'] });
    const found = await discover(fs, { root: '/r' });
    assert.deepEqual(found.manifests, ['a.yaml']);
    assert.equal(found.gitAware, true);
  });

  it('sets Helm chart templates apart', async () => {
    const fs = memoryFileSystem({
      'charts/app/Chart.yaml': 'apiVersion: v2\nname: app\n',
      'charts/app/values.yaml': 'replicas: 1\n',
      'charts/app/templates/role.yaml': 'kind: Role\nmetadata:\n  name: {{ .Release.Name }}\n',
      'plain.yaml': manifest,
    });
    const found = await discover(fs, { root: '/r' });
    assert.deepEqual(found.manifests, ['charts/app/Chart.yaml', 'charts/app/values.yaml', 'plain.yaml']);
    assert.deepEqual(found.charts, [{ dir: 'charts/app', chartFile: 'charts/app/Chart.yaml', templates: ['charts/app/templates/role.yaml'] }]);
  });

  it('does not follow symbolic links out of the root (real file system)', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'eg-outside-'));
    const root = await mkdtemp(join(tmpdir(), 'eg-root-'));
    await writeFile(join(outside, 'secret.yaml'), manifest);
    await mkdir(join(outside, 'dir'));
    await writeFile(join(outside, 'dir', 'x.yaml'), manifest);
    await writeFile(join(root, 'a.yaml'), manifest);
    await symlink(join(outside, 'secret.yaml'), join(root, 'link.yaml'));
    await symlink(join(root, 'a.yaml'), join(root, 'inside.yaml'));
    await symlink(join(outside, 'dir'), join(root, 'dirlink'));
    await symlink(root, join(root, 'loop'));
    await symlink(join(root, 'loop-b.yaml'), join(root, 'loop-a.yaml'));
    await symlink(join(root, 'loop-a.yaml'), join(root, 'loop-b.yaml'));
    await symlink(join(root, 'gone.yaml'), join(root, 'dangling.yaml'));
    await mkdir(join(root, 'only-linked'));
    const found = await discover(nodeFileSystem, { root, exclude: ['only-linked/**'] });
    // inside.yaml leads to a.yaml, which is scanned under its own name: its findings are not doubled.
    assert.deepEqual(found.manifests, ['a.yaml']);
    assert.deepEqual(found.skipped.map((s) => `${s.file}: ${s.reason}`), [
      'dangling.yaml: is a symbolic link to nothing (its target does not exist)',
      'link.yaml: is a symbolic link to a file outside the scanned folder',
      'loop-a.yaml: is a symbolic link in a loop',
      'loop-b.yaml: is a symbolic link in a loop',
    ]);
  });

  it('scans a link to a file inside the root that is not in scope under its own name, once', async () => {
    const root = await mkdtemp(join(tmpdir(), 'eg-root-'));
    await mkdir(join(root, 'vendor'));
    await writeFile(join(root, 'vendor', 'pod.yaml'), manifest);
    await symlink(join(root, 'vendor', 'pod.yaml'), join(root, 'pod.yaml'));
    const found = await discover(nodeFileSystem, { root, exclude: ['vendor/**'] });
    assert.deepEqual(found.manifests, ['pod.yaml']);
  });

  it('skips a file whose name is not valid UTF-8 with a notice, not an unreadable-file finding', async () => {
    const root = await mkdtemp(join(tmpdir(), 'eg-root-'));
    await writeFile(Buffer.concat([Buffer.from(join(root, 'bad-')), Buffer.from([0xff, 0xfe]), Buffer.from('.yaml')]), manifest);
    const found = await discover(nodeFileSystem, { root });
    assert.deepEqual(found.manifests, []);
    assert.deepEqual(found.skipped.map((s) => `${s.file}: ${s.reason}`), ['bad-\uFFFD\uFFFD.yaml: has a name that is not valid UTF-8, which reports and git paths cannot name; rename it']);
  });
});
