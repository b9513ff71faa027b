import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headLineMap, lineMapOf, onHeadLines, parseZeroContextDiff, runGit } from '../../src/github/head-lines.ts';
import { startFakeGitHub } from './helpers/fake-github.ts';
import { runActionProcess } from './helpers/run-action-process.ts';
import { finding } from './helpers/findings.ts';

const PULL_REQUEST = JSON.parse(await readFile(new URL('../fixtures/github/events/pull_request.json', import.meta.url), 'utf8')) as { pull_request: { head: { sha: string } } };

const lines = (count: number, prefix: string): string => Array.from({ length: count }, (_, i) => `# ${prefix} ${i + 1}`).join('\n') + '\n';
const pod = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  ephemeralContainers:
    - name: debug
      image: busybox
      securityContext: {privileged: true}
`;

/**
 * main: pod.yaml; the PR (head) appends a comment; main then gains 3 lines at the top; the
 * merge commit (what the runner checks out) has both: the privileged line is line 11 in the
 * merge and line 8 on the head.
 */
const pullRequestRepository = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'eg-merge-'));
  const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q');
  await writeFile(join(dir, 'pod.yaml'), pod);
  git('add', '-A');
  git('commit', '-qm', 'base');
  git('checkout', '-qb', 'feature');
  await writeFile(join(dir, 'pod.yaml'), `${pod}# reviewed\n`);
  git('commit', '-qam', 'head');
  const head = git('rev-parse', 'HEAD');
  git('checkout', '-q', 'main');
  await writeFile(join(dir, 'pod.yaml'), `${lines(3, 'owner')}${pod}`);
  git('commit', '-qam', 'main moves on');
  git('merge', '-q', '--no-edit', 'feature');
  const merge = git('rev-parse', 'HEAD');
  git('checkout', '-q', '--detach');
  return { dir, head, merge };
};

describe('merge-commit lines on the pull request head', () => {
  it('maps lines around replaced, removed and inserted hunks; changed lines have no place', () => {
    const diff = ['--- a/x.yaml', '+++ b/x.yaml', '@@ -2,2 +2,1 @@', '-a', '-b', '+c', '@@ -6,0 +6,3 @@', '+d', '+e', '+f', '--- a/gone.yaml', '+++ /dev/null', '@@ -1,3 +0,0 @@'].join('\n');
    const map = lineMapOf(parseZeroContextDiff(diff));
    assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8].map((line) => map('x.yaml', line)), [1, undefined, undefined, 3, 4, 5, 9, 10]);
    assert.equal(map('other.yaml', 7), 7);
    assert.equal(map('gone.yaml', 2), undefined);
    const placed = onHeadLines([finding('error', 'x.yaml', 7), finding('warning', 'x.yaml', 2)], map);
    assert.deepEqual(placed.findings.map((f) => `${f.location.startLine}-${f.location.endLine}`), ['9-9']);
    assert.equal(placed.dropped, 1);
  });

  it('with both commits in the checkout, git diff maps the merge line to the head line', async () => {
    const { dir, head, merge } = await pullRequestRepository();
    const map = await headLineMap(runGit, dir, merge, head);
    assert.equal(map!('pod.yaml', 11), 8);
    assert.equal(map!('pod.yaml', 2), undefined, 'a line only the base branch has');
    assert.equal(await headLineMap(runGit, dir, merge, 'f'.repeat(40)), undefined);
  });

  it('the Action annotates the head commit at its own line', async () => {
    const { dir, head, merge } = await pullRequestRepository();
    const server = await startFakeGitHub({ changedFiles: ['pod.yaml'] });
    try {
      const result = await runActionProcess({
        workspace: dir,
        eventName: 'pull_request',
        event: { ...PULL_REQUEST, pull_request: { ...PULL_REQUEST.pull_request, head: { ...PULL_REQUEST.pull_request.head, sha: head } } },
        env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'acme/platform-policies', GITHUB_SHA: merge, GITHUB_REF: 'refs/pull/42/merge', GITHUB_ACTOR: 'octocat', TEST_GITHUB_TOKEN: 'ghs_headLinesToken' },
      });
      assert.equal(result.code, 1, result.stdout);
      const upload = server.requests.find((r) => r.operationId === 'code-scanning/upload-sarif')!;
      assert.equal(upload.sarif!.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.startLine, 11, 'code scanning gets the merge commit, as scanned');
      const create = server.requests.find((r) => r.operationId === 'checks/create')!.body as { head_sha: string; output: { annotations: { path: string; start_line: number }[] } };
      assert.equal(create.head_sha, head);
      assert.deepEqual(create.output.annotations.map((a) => `${a.path}:${a.start_line}`), ['pod.yaml:8']);
    } finally {
      await server.close();
    }
  });
});
