import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputFile } from '../../src/read-input.ts';
import { writeOutputFile } from '../../src/write-output.ts';

describe('writeOutputFile', () => {
  it('writes and replaces a regular file, leaving no temporary file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eg-out-'));
    await writeOutputFile(join(dir, 'a', 'r.sarif'), 'one');
    await writeOutputFile(join(dir, 'a', 'r.sarif'), 'two');
    assert.equal(await readFile(join(dir, 'a', 'r.sarif'), 'utf8'), 'two');
    assert.deepEqual(await readdir(join(dir, 'a')), ['r.sarif']);
  });
  it('refuses a link at the path, dangling or not, and a linked folder on the way', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eg-out-'));
    const outside = await mkdtemp(join(tmpdir(), 'eg-victim-'));
    await writeFile(join(outside, 'victim'), 'keep');
    await symlink(join(outside, 'victim'), join(dir, 'r.sarif'));
    await symlink(join(outside, 'new'), join(dir, 'dangling.sarif'));
    await symlink(outside, join(dir, 'out'));
    await assert.rejects(writeOutputFile(join(dir, 'r.sarif'), 'x', { inside: dir }), /r\.sarif is a symbolic link; refusing to write through it/);
    await assert.rejects(writeOutputFile(join(dir, 'dangling.sarif'), 'x', { inside: dir }), /is a symbolic link/);
    await assert.rejects(writeOutputFile(join(dir, 'out', 'r.sarif'), 'x', { inside: dir }), /out is a symbolic link/);
    assert.equal(await readFile(join(outside, 'victim'), 'utf8'), 'keep');
    assert.deepEqual((await readdir(outside)).sort(), ['victim']);
  });
});

describe('readInputFile', () => {
  it('reads a regular file or a link inside the workspace; undefined when missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eg-in-'));
    await writeFile(join(dir, 'c.yaml'), 'rules: {}\n');
    await symlink(join(dir, 'c.yaml'), join(dir, 'link.yaml'));
    assert.equal(await readInputFile(join(dir, 'link.yaml'), { workspace: dir, what: 'Config' }), 'rules: {}\n');
    assert.equal(await readInputFile(join(dir, 'none.yaml'), { workspace: dir, what: 'Config' }), undefined);
  });
  it('refuses a link out of the workspace, a FIFO, a device and a loop, without their bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eg-in-'));
    await symlink('/etc/passwd', join(dir, 'passwd.yaml'));
    await symlink('/dev/urandom', join(dir, 'random.yaml'));
    await symlink(join(dir, 'b.yaml'), join(dir, 'a.yaml'));
    await symlink(join(dir, 'a.yaml'), join(dir, 'b.yaml'));
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
    await mkdir(join(dir, 'folder.yaml'));
    const refuse = async (name: string, why: RegExp) => {
      const error = await readInputFile(join(dir, name), { workspace: dir, what: 'Config' }).then(() => undefined, (e: unknown) => e as Error);
      assert.match(error!.message, why);
      assert.ok(!error!.message.includes('root:'));
    };
    await refuse('passwd.yaml', /^Config .*passwd\.yaml is a symbolic link to a file outside the workspace; it was not read\.$/);
    await refuse('random.yaml', /is a symbolic link to a file outside the workspace/);
    await refuse('a.yaml', /is a symbolic link that leads nowhere, or in a loop/);
    await refuse('fifo.yaml', /is not a regular file/);
    await refuse('folder.yaml', /is not a regular file/);
    // Outside the workspace the path is the workflow's choice: a regular file is read.
    assert.ok(existsSync('/etc/hostname') ? (await readInputFile('/etc/hostname', { workspace: dir, what: 'Config' })) !== undefined : true);
    await assert.rejects(readInputFile('/dev/urandom', { workspace: dir, what: 'Config' }), /is not a regular file/);
  });
});
