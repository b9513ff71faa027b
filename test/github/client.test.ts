import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { apiFailure, createGitHubClient, retryDelay } from '../../src/github/client.ts';

const TOKEN = 'ghs_unitTestToken';

/** A fetch that answers from a list (the last repeats) and records each call. */
const scripted = (answers: { status: number; body?: unknown; headers?: Record<string, string> }[]) => {
  const calls: { url: string; method: string; authorization: string | null }[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    calls.push({ url: String(input), method: init?.method ?? 'GET', authorization: headers.get('authorization') });
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)]!;
    return new Response(JSON.stringify(answer.body ?? {}), { status: answer.status, headers: { 'content-type': 'application/json', ...answer.headers } });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
};

const client = (fetch: typeof globalThis.fetch) => {
  const slept: number[] = [];
  const logged: string[] = [];
  const octokit = createGitHubClient({ token: TOKEN, baseUrl: 'https://ghe.example.com/api/v3', fetch, sleep: async (ms) => void slept.push(ms), log: (m) => void logged.push(m) });
  return { octokit, slept, logged };
};

describe('createGitHubClient', () => {
  it('uses the base URL and the token, and retries 5xx with exponential backoff', async () => {
    const { fetch, calls } = scripted([{ status: 502, body: { message: 'Bad Gateway' } }, { status: 503, body: { message: 'Unavailable' } }, { status: 200, body: { processing_status: 'complete' } }]);
    const { octokit, slept, logged } = client(fetch);
    const response = await octokit.request('GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}', { owner: 'o', repo: 'r', sarif_id: 'x' });
    assert.equal((response.data as { processing_status: string }).processing_status, 'complete');
    assert.deepEqual(calls.map((c) => c.url), Array(3).fill('https://ghe.example.com/api/v3/repos/o/r/code-scanning/sarifs/x'));
    assert.ok(calls.every((c) => c.authorization === `token ${TOKEN}`));
    assert.deepEqual(slept, [1000, 2000]);
    assert.deepEqual(logged, [
      'GitHub API GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id} answered 502; retrying in 1 s (1/3).',
      'GitHub API GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id} answered 503; retrying in 2 s (2/3).',
    ]);
    assert.ok(!logged.join('').includes(TOKEN));
  });

  it('gives up after three retries, and does not retry a plain 403', async () => {
    const failing = scripted([{ status: 500, body: { message: 'boom' } }]);
    await assert.rejects(client(failing.fetch).octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner: 'o', repo: 'r', pull_number: 1 }), { status: 500 });
    assert.equal(failing.calls.length, 4);
    const forbidden = scripted([{ status: 403, body: { message: 'Resource not accessible by integration' } }]);
    await assert.rejects(client(forbidden.fetch).octokit.request('POST /repos/{owner}/{repo}/check-runs', { owner: 'o', repo: 'r', name: 'n', head_sha: 'a'.repeat(40) }), (error: unknown) => {
      assert.deepEqual(apiFailure(error), { status: 403, message: 'Resource not accessible by integration' });
      return true;
    });
    assert.equal(forbidden.calls.length, 1);
  });

  it('waits Retry-After on a secondary rate limit', async () => {
    const { fetch, calls } = scripted([{ status: 403, body: { message: 'You have exceeded a secondary rate limit.' }, headers: { 'retry-after': '7' } }, { status: 201, body: { id: 5 } }]);
    const { octokit, slept } = client(fetch);
    await octokit.request('POST /repos/{owner}/{repo}/check-runs', { owner: 'o', repo: 'r', name: 'n', head_sha: 'a'.repeat(40) });
    assert.equal(calls.length, 2);
    assert.deepEqual(slept, [7000]);
  });
});

describe('retryDelay', () => {
  const error = (status: number | undefined, message = '', headers: Record<string, string> = {}) => Object.assign(new Error(message), { status, response: { headers } });
  it('backs off on 5xx and network errors, not on 501 or 4xx', () => {
    assert.equal(retryDelay(error(500), 0), 1000);
    assert.equal(retryDelay(error(502), 2), 4000);
    assert.equal(retryDelay(error(undefined), 1), 2000);
    assert.equal(retryDelay(error(501), 0), undefined);
    assert.equal(retryDelay(error(404), 0), undefined);
    assert.equal(retryDelay(error(422), 0), undefined);
  });
  it('honours Retry-After and x-ratelimit-reset, within one minute', () => {
    assert.equal(retryDelay(error(429, '', { 'retry-after': '3' }), 0), 3000);
    assert.equal(retryDelay(error(403, 'You have exceeded a secondary rate limit'), 0), 60_000);
    assert.equal(retryDelay(error(403, '', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '100' }), 0, 95_000), 5000);
    assert.equal(retryDelay(error(403, '', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1000' }), 0, 0), undefined);
    assert.equal(retryDelay(error(429, '', { 'retry-after': '3600' }), 0), undefined);
  });
});
