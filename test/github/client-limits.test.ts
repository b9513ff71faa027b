import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiFailure, createGitHubClient } from '../../src/github/client.ts';

const TOKEN = 'ghs_limitsTestToken';

const listen = async (handler: RequestListener): Promise<{ server: Server; url: string }> => {
  const server = createServer(handler);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
};

describe('GitHub API limits', () => {
  it('a hanging API: each answer waited for at most requestTimeoutMs, a warning while slow, the cause in the message', async () => {
    let calls = 0;
    const { server, url } = await listen(() => void calls++);
    const logged: string[] = [];
    const warned: string[] = [];
    try {
      const client = createGitHubClient({ token: TOKEN, baseUrl: url, fetch: globalThis.fetch, sleep: async () => undefined, log: (m) => void logged.push(m), warn: (m) => void warned.push(m), requestTimeoutMs: 300, slowAfterMs: 100, maxRetries: 2 });
      const started = Date.now();
      const error = await client.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}', { owner: 'o', repo: 'r', check_run_id: 1 }).then(() => undefined, (e: unknown) => e);
      assert.ok(Date.now() - started < 3000);
      assert.equal(calls, 3);
      assert.deepEqual(apiFailure(error), { network: true, message: `GitHub API unreachable at ${url}/repos/o/r/check-runs/1: no answer from ${url}/repos/o/r/check-runs/1 within 0.3 s` });
      assert.match(warned[0]!, /^Still waiting for GitHub API GET .*\/repos\/o\/r\/check-runs\/1 after 0.1 s \(giving up at 0.3 s\)/);
      assert.match(logged[0]!, /check-runs\/\{check_run_id\} failed \(ETIMEDOUT\); retrying in 1 s \(1\/2\)/);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('the total budget ends every call once spent, retries included', async () => {
    let now = 0;
    const { server, url } = await listen((_request, response) => {
      response.writeHead(502, { 'content-type': 'application/json' });
      response.end('{"message":"Bad Gateway"}');
    });
    try {
      const client = createGitHubClient({ token: TOKEN, baseUrl: url, fetch: globalThis.fetch, sleep: async (ms) => void (now += ms), clock: () => now, log: () => undefined, totalBudgetMs: 2500 });
      const error = await client.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}', { owner: 'o', repo: 'r', check_run_id: 1 }).then(() => undefined, (e: unknown) => e);
      // 1 s and 2 s waits: the second would pass the budget, so it is not taken.
      assert.equal(now, 1000);
      assert.deepEqual(apiFailure(error), { status: 502, message: 'Bad Gateway' });
      now = 2600;
      const late = await client.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}', { owner: 'o', repo: 'r', check_run_id: 1 }).then(() => undefined, (e: unknown) => e);
      assert.match(apiFailure(late).message, /the 2.5 s allowed for all GitHub API calls of this step ran out/);
    } finally {
      server.close();
    }
  });

  it('follows a redirect within the API origin, and scrubs the token from error text', async () => {
    const { server, url } = await listen((request, response) => {
      if (request.url === '/old') {
        response.writeHead(301, { location: '/repos/o/r/check-runs/1' });
        return response.end();
      }
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: `no such run for ${request.headers.authorization}` }));
    });
    try {
      const client = createGitHubClient({ token: TOKEN, baseUrl: url, fetch: globalThis.fetch, sleep: async () => undefined, log: () => undefined });
      const error = await client.request('GET /old').then(() => undefined, (e: unknown) => e);
      assert.deepEqual(apiFailure(error), { status: 404, message: 'no such run for token ***' });
      assert.ok(!String((error as Error).message).includes(TOKEN));
    } finally {
      server.close();
    }
  });
});
