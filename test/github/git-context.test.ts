import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotationSha, blobBase, gitContextFrom, uploadTarget } from '../../src/github/git-context.ts';
import { readCheckedOutCommit } from '../../src/github/git-head.ts';

const PUSH = JSON.parse(await readFile(new URL('../fixtures/github/events/push.json', import.meta.url), 'utf8')) as unknown;
const PR = JSON.parse(await readFile(new URL('../fixtures/github/events/pull_request.json', import.meta.url), 'utf8')) as unknown;
const FORK = JSON.parse(await readFile(new URL('../fixtures/github/events/pull_request_fork.json', import.meta.url), 'utf8')) as unknown;
const MERGE = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const HEAD = 'e5bd3914e2e596debea16f433f57875b5b90bcd6';
const env = (extra: Record<string, string>) => ({ GITHUB_REPOSITORY: 'acme/platform-policies', GITHUB_SERVER_URL: 'https://ghe.example.com/', GITHUB_API_URL: 'https://ghe.example.com/api/v3', ...extra });

describe('gitContextFrom and uploadTarget', () => {
  it('push: GITHUB_REF and the checked-out commit', () => {
    const git = gitContextFrom({ env: env({ GITHUB_EVENT_NAME: 'push', GITHUB_SHA: MERGE, GITHUB_REF: 'refs/heads/main' }), event: PUSH, checkedOut: MERGE });
    assert.deepEqual(uploadTarget(git), { commitSha: MERGE, ref: 'refs/heads/main' });
    assert.equal(annotationSha(git), MERGE);
    assert.equal(blobBase(git), `https://ghe.example.com/acme/platform-policies/blob/${MERGE}`);
    assert.equal(git.apiUrl, 'https://ghe.example.com/api/v3');
  });

  it('pull_request: the merge ref and merge commit; check runs go on the PR head', () => {
    const git = gitContextFrom({ env: env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_SHA: MERGE, GITHUB_REF: 'refs/pull/42/merge' }), event: PR, checkedOut: MERGE });
    assert.deepEqual(git.pullRequest, { number: 42, headSha: HEAD, fork: false, headRepo: 'acme/platform-policies' });
    assert.deepEqual(uploadTarget(git), { commitSha: MERGE, ref: 'refs/pull/42/merge' });
    assert.equal(annotationSha(git), HEAD);
  });

  it('pull_request with the head checked out: the head ref and commit', () => {
    const git = gitContextFrom({ env: env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_SHA: MERGE, GITHUB_REF: 'refs/pull/42/merge' }), event: PR, checkedOut: HEAD.toUpperCase() });
    assert.deepEqual(uploadTarget(git), { commitSha: HEAD, ref: 'refs/pull/42/head' });
  });

  it('pull_request_target scans the base branch unless the head is checked out', () => {
    const base = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
    const git = gitContextFrom({ env: env({ GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_SHA: base, GITHUB_REF: 'refs/heads/main' }), event: PR });
    assert.deepEqual(uploadTarget(git), { commitSha: base, ref: 'refs/heads/main' });
  });

  it('fork pull requests are recognised, including a deleted fork', () => {
    const git = gitContextFrom({ env: env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/57/merge' }), event: FORK });
    assert.deepEqual(git.pullRequest, { number: 57, headSha: '9f4e1c2b7d3a5e6f8091a2b3c4d5e6f708192a3b', fork: true, headRepo: 'mallory/platform-policies' });
    const deleted = { pull_request: { number: 3, head: { sha: HEAD, repo: null }, base: { repo: { full_name: 'acme/platform-policies' } } } };
    assert.equal(gitContextFrom({ env: env({ GITHUB_EVENT_NAME: 'pull_request' }), event: deleted }).pullRequest?.fork, true);
  });

  it('says why when there is nothing to upload to', () => {
    const dispatch = gitContextFrom({ env: env({ GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_SHA: MERGE }), event: {} });
    assert.deepEqual(uploadTarget(dispatch), { problem: 'GITHUB_REF (unset) is not a branch, tag or pull-request ref, which code scanning requires' });
    const noSha = gitContextFrom({ env: env({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: 'not-a-sha' }), event: PUSH });
    assert.ok('problem' in uploadTarget(noSha));
    assert.equal(blobBase(noSha), undefined);
  });

  it('never throws on malformed payloads and takes the repository from the event when GITHUB_REPOSITORY is unset', () => {
    for (const event of [null, 42, 'x', [], { pull_request: 'x' }, { pull_request: { number: -1 } }]) {
      assert.doesNotThrow(() => gitContextFrom({ env: { GITHUB_EVENT_NAME: 'pull_request' }, event }));
    }
    assert.deepEqual(gitContextFrom({ env: {}, event: PUSH }).repo, { owner: 'acme', repo: 'platform-policies' });
  });
});

describe('readCheckedOutCommit', () => {
  const read = (path: string) => readFile(path, 'utf8').catch(() => undefined);
  const repo = async (files: Record<string, string>) => {
    const dir = await mkdtemp(join(tmpdir(), 'eg-head-'));
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    return dir;
  };

  it('reads a detached HEAD, a loose branch, a packed branch and a .git file', async () => {
    assert.equal(await readCheckedOutCommit(read, await repo({ '.git/HEAD': `${HEAD}\n` })), HEAD);
    assert.equal(await readCheckedOutCommit(read, await repo({ '.git/HEAD': 'ref: refs/heads/main\n', '.git/refs/heads/main': `${MERGE}\n` })), MERGE);
    const packed = `# pack-refs with: peeled fully-peeled sorted\n${HEAD} refs/heads/dev\n${MERGE} refs/heads/main\n`;
    assert.equal(await readCheckedOutCommit(read, await repo({ '.git/HEAD': 'ref: refs/heads/main\n', '.git/packed-refs': packed })), MERGE);
    assert.equal(await readCheckedOutCommit(read, await repo({ '.git': 'gitdir: real-git\n', 'real-git/HEAD': `${HEAD}\n` })), HEAD);
  });

  it('is undefined outside a checkout or for an unresolvable HEAD', async () => {
    assert.equal(await readCheckedOutCommit(read, await repo({ 'a.yaml': '' })), undefined);
    assert.equal(await readCheckedOutCommit(read, await repo({ '.git/HEAD': 'ref: refs/heads/gone\n' })), undefined);
    assert.equal(await readCheckedOutCommit(read, await repo({ '.git/HEAD': 'ref: refs/../../etc\n' })), undefined);
  });
});
