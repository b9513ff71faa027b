/**
 * `suggest-fixes` end to end: the Action in a child process on a pull request whose head was
 * checked out, against the loopback API (every request checked against GitHub's OpenAPI
 * description). Runs share one review state, as re-runs on one pull request do.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { emptyReviewState, startFakeGitHub, type FakeGitHubOptions, type RecordedRequest, type ReviewState } from './helpers/fake-github.ts';
import { runActionProcess } from './helpers/run-action-process.ts';

const TOKEN = 'ghs_suggestTestToken0123456789abcdefABCD';
const PULL_REQUEST = JSON.parse(await readFile(new URL('../fixtures/github/events/pull_request.json', import.meta.url), 'utf8')) as { pull_request: { head: { sha: string } } };
const FORK_PULL_REQUEST = JSON.parse(await readFile(new URL('../fixtures/github/events/pull_request_fork.json', import.meta.url), 'utf8')) as { pull_request: { head: { sha: string } } };

/** A ValidatingAdmissionPolicy that matches `pods` but not the subresource (EG103), block style. */
const policy = (options: { name?: string; before?: string[]; fixed?: boolean } = {}): string =>
  [
    ...(options.before ?? []),
    'apiVersion: admissionregistration.k8s.io/v1',
    'kind: ValidatingAdmissionPolicy',
    `metadata: {name: ${options.name ?? 'no-privileged'}}`,
    'spec:',
    '  matchConstraints:',
    '    resourceRules:',
    '    - apiGroups: [""]',
    '      apiVersions: ["v1"]',
    '      operations: ["CREATE", "UPDATE"]',
    '      resources:',
    '      - pods',
    ...(options.fixed ? ['      - pods/ephemeralcontainers'] : []),
    '  validations:',
    '  - expression: >-',
    '      object.spec.?ephemeralContainers.orValue([]).all(c, c.?securityContext.?privileged.orValue(false) == false)',
    '',
  ].join('\n');

/** The `- pods` line of policy(). */
const podsLine = (before = 0): number => 11 + before;

/** A pull-request patch that adds the whole file (what GitHub lists for a new file). */
const patchAdding = (text: string): string => {
  const lines = text.replace(/\n$/, '').split('\n');
  return `@@ -0,0 +1,${lines.length} @@\n${lines.map((line) => `+${line}`).join('\n')}`;
};

/** The head of the pull request checked out (so its lines are the scanned ones). */
const checkout = async (files: Record<string, string>): Promise<{ workspace: string; sha: string }> => {
  const workspace = await mkdtemp(join(tmpdir(), 'eg-suggest-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(workspace, path)), { recursive: true });
    await writeFile(join(workspace, path), text);
  }
  const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: workspace, encoding: 'utf8' }).trim();
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'head');
  git('checkout', '-q', '--detach');
  return { workspace, sha: git('rev-parse', 'HEAD') };
};

const run = async (options: { files: Record<string, string>; changed: readonly string[]; state: ReviewState; inputs?: Record<string, string>; server?: FakeGitHubOptions; fork?: boolean }) => {
  const { workspace, sha } = await checkout(options.files);
  const patches = Object.fromEntries(options.changed.map((file) => [file, patchAdding(options.files[file]!)]));
  const server = await startFakeGitHub({ prefix: '/api/v3', changedFiles: options.changed, patches, reviewState: options.state, ...options.server });
  try {
    const template = options.fork ? FORK_PULL_REQUEST : PULL_REQUEST;
    const event = { ...template, pull_request: { ...template.pull_request, head: { ...template.pull_request.head, sha } } };
    const number = options.fork ? 57 : 42;
    const result = await runActionProcess({
      workspace,
      eventName: 'pull_request',
      event,
      env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'acme/platform-policies', GITHUB_SHA: sha, GITHUB_REF: `refs/pull/${number}/merge`, GITHUB_ACTOR: 'octocat', TEST_GITHUB_TOKEN: TOKEN },
      inputs: { 'fail-on': 'none', 'upload-sarif': 'false', ...options.inputs },
    });
    return { result, requests: server.requests, sha };
  } finally {
    await server.close();
  }
};

const reviewOps = (requests: readonly RecordedRequest[]): string[] =>
  requests.filter((request) => request.operationId?.startsWith('pulls/') && request.operationId !== 'pulls/list-files').map((request) => `${request.operationId} ${request.status}`);
const noSchemaErrors = (requests: readonly RecordedRequest[]): void => {
  for (const request of requests) assert.deepEqual(request.errors, [], `${request.method} ${request.path}`);
};
interface ReviewComment { path: string; body: string; line: number; side: string; start_line?: number }
const created = (requests: readonly RecordedRequest[]) => requests.find((request) => request.operationId === 'pulls/create-review')?.body as { commit_id: string; event: string; body: string; comments: ReviewComment[] } | undefined;
const warningsOf = (stdout: string): string[] => stdout.split('\n').filter((line) => line.startsWith('::warning')).map((line) => line.replace(/^::warning[^:]*::/, ''));

const suggestion = (lines: string[]): string => `\`\`\`suggestion\n${lines.join('\n')}\n\`\`\``;

describe('suggest-fixes: proved fixes as suggested changes in one pull-request review', { concurrency: 1 }, () => {
  it('posts one review with a suggestion per fix on added lines; a re-run keeps, rewords and removes instead of posting again', async () => {
    const state = emptyReviewState();
    const files = { 'policies/a.yaml': policy({ name: 'a' }), 'policies/b.yaml': policy({ name: 'b' }), 'base/c.yaml': policy({ name: 'c' }) };
    // c.yaml is not changed by the pull request: its fix is not suggested.
    const first = await run({ files, changed: ['policies/a.yaml', 'policies/b.yaml'], state });
    assert.equal(first.result.code, 0, first.result.stdout + first.result.stderr);
    noSchemaErrors(first.requests);
    assert.deepEqual(reviewOps(first.requests), ['pulls/list-reviews 200', 'pulls/create-review 200']);
    const review = created(first.requests)!;
    assert.equal(review.commit_id, first.sha);
    assert.equal(review.event, 'COMMENT');
    assert.match(review.body, /^<!-- ephemeral-guard:suggest-fixes:review ephemeral-guard -->\nephemeral-guard suggests 2 fixes /);
    assert.deepEqual(review.comments.map((c) => [c.path, c.line, c.side, c.start_line]), [['policies/a.yaml', podsLine(), 'RIGHT', undefined], ['policies/b.yaml', podsLine(), 'RIGHT', undefined]]);
    const [a, b] = review.comments;
    assert.match(a!.body, /^<!-- ephemeral-guard:suggest-fixes:comment ephemeral-guard [0-9a-f]{16} -->\n\*\*EG103 /);
    assert.ok(a!.body.endsWith(`\n\n${suggestion(['      - pods', '      - pods/ephemeralcontainers'])}\n`), a!.body);
    assert.match(b!.body, /\*\*: ValidatingAdmissionPolicy\/b never receives UPDATE pods\/ephemeralcontainers\./);
    assert.match(first.result.summary, /Suggested fixes: 2 in a review \(\[review\]\(https:\/\/github\.example\/acme\/platform-policies\/pull\/42#pullrequestreview-\d+\)\)\./);
    assert.deepEqual(warningsOf(first.result.stdout), []);
    assert.equal(state.comments.length, 2);

    // The same head again: nothing posted, nothing changed.
    const again = await run({ files, changed: ['policies/a.yaml', 'policies/b.yaml'], state });
    noSchemaErrors(again.requests);
    assert.deepEqual(reviewOps(again.requests), ['pulls/list-reviews 200', 'pulls/list-review-comments 200']);
    assert.match(again.result.summary, /Suggested fixes: no new ones; 2 from an earlier run still apply\./);
    assert.equal(state.reviews.length, 1);

    // a.yaml took the suggestion; b's policy was renamed (same lines, new message): delete a's, reword b's.
    const fixedA = { ...files, 'policies/a.yaml': policy({ name: 'a', fixed: true }), 'policies/b.yaml': policy({ name: 'b-renamed' }) };
    const third = await run({ files: fixedA, changed: ['policies/a.yaml', 'policies/b.yaml'], state });
    noSchemaErrors(third.requests);
    assert.deepEqual(reviewOps(third.requests), ['pulls/list-reviews 200', 'pulls/list-review-comments 200', 'pulls/delete-review-comment 204', 'pulls/update-review-comment 200']);
    const deleted = third.requests.find((request) => request.operationId === 'pulls/delete-review-comment')!;
    assert.equal(Number(deleted.params.comment_id), 7002, "a.yaml's comment");
    assert.deepEqual(state.comments.map((c) => c['path']), ['policies/b.yaml']);
    assert.match(String(state.comments[0]!['body']), /b-renamed/);
    assert.match(third.result.summary, /Suggested fixes: no new ones; 1 from an earlier run still apply \(1 reworded\); 1 from an earlier run no longer apply and were removed\./);

    // Two lines added above b's entry: the old comment is on the wrong line, so it goes and a new review has it.
    const moved = { ...fixedA, 'policies/b.yaml': policy({ name: 'b-renamed', before: ['# moved', '---'] }) };
    const fourth = await run({ files: moved, changed: ['policies/a.yaml', 'policies/b.yaml'], state });
    noSchemaErrors(fourth.requests);
    assert.deepEqual(reviewOps(fourth.requests), ['pulls/list-reviews 200', 'pulls/list-review-comments 200', 'pulls/delete-review-comment 204', 'pulls/update-review 200', 'pulls/create-review 200']);
    assert.match(String(state.reviews[0]!['body']), /applied or no longer apply/);
    assert.deepEqual(created(fourth.requests)!.comments.map((c) => [c.path, c.line]), [['policies/b.yaml', podsLine(2)]]);
    assert.equal(state.comments.length, 1);
    assert.equal(state.reviews.length, 2, 'one review per run that has new suggestions');
  });

  it('without pull-requests: write (403) it warns like the other permission fallbacks; on a fork it names the read-only token', async () => {
    const files = { 'policies/a.yaml': policy() };
    const forbidden = { status: 403, message: 'Resource not accessible by integration' };
    const refused = await run({ files, changed: ['policies/a.yaml'], state: emptyReviewState(), server: { fail: { createReview: forbidden } } });
    assert.equal(refused.result.code, 0, 'a refusal never fails the step');
    noSchemaErrors(refused.requests);
    assert.deepEqual(reviewOps(refused.requests), ['pulls/list-reviews 200', 'pulls/create-review 403']);
    assert.deepEqual(warningsOf(refused.result.stdout), [
      'Could not post the suggested fixes: the token lacks `pull-requests: write` (GitHub: "Resource not accessible by integration", HTTP 403). The fixes stay in the SARIF file (result.fixes) and `ephemeral-guard scan --fix`. Give the job `pull-requests: write` for suggested changes on the pull request, or set suggest-fixes: false.',
    ]);
    assert.match(refused.result.summary, /Suggested fixes: not posted \(the token lacks `pull-requests: write`\)\./);
    const unmasked = refused.result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    assert.ok(!unmasked.includes(TOKEN) && !refused.result.stderr.includes(TOKEN) && !refused.result.summary.includes(TOKEN), 'the token is printed');

    const fork = await run({ files, changed: ['policies/a.yaml'], state: emptyReviewState(), fork: true, server: { fail: { createReview: forbidden } } });
    assert.equal(fork.result.code, 0);
    assert.match(warningsOf(fork.result.stdout)[0]!, /^Could not post the suggested fixes: pull request #57 comes from a fork, whose token is read-only \(GitHub: "Resource not accessible by integration", HTTP 403\)\.[^]*scan --fix`\.$/);
  });

  it('one review carries at most 50 suggestions; the summary counts the rest', async () => {
    const many = Array.from({ length: 51 }, (_, i) => `---\n${policy({ name: `p${i}` })}`).join('');
    const { result, requests } = await run({ files: { 'policies/many.yaml': many }, changed: ['policies/many.yaml'], state: emptyReviewState() });
    noSchemaErrors(requests);
    const review = created(requests)!;
    assert.equal(review.comments.length, 50);
    assert.deepEqual(review.comments.slice(0, 2).map((c) => c.line), [podsLine(1), podsLine(1) + 15]);
    assert.match(result.summary, /1 more proved fix\(es\) are not suggested: one review carries at most 50; `ephemeral-guard scan --fix` writes them all\./);
  });

  it('suggest-fixes: false makes no review call at all', async () => {
    const off = await run({ files: { 'policies/a.yaml': policy() }, changed: ['policies/a.yaml'], state: emptyReviewState(), inputs: { 'suggest-fixes': 'false' } });
    assert.equal(off.result.code, 0);
    assert.deepEqual(reviewOps(off.requests), []);
  });
});
