import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import type { Log } from 'sarif';
import type { Finding } from '../../src/rules/finding.ts';
import { SCAN_RULES } from '../../src/rules/index.ts';
import { gitContextFrom } from '../../src/github/git-context.ts';
import { buildSarifUpload, explainUploadFailure, prepareSarifUpload, waitForProcessing } from '../../src/github/upload.ts';
import { createGitHubClient } from '../../src/github/client.ts';
import { validateSarif } from '../helpers/validate-sarif.ts';
import { finding } from './helpers/findings.ts';

const TARGET = { commitSha: 'a'.repeat(40), ref: 'refs/heads/main' };
const decode = (base64: string): Log => JSON.parse(gunzipSync(Buffer.from(base64, 'base64')).toString('utf8')) as Log;
const suppressedFlag = (f: Finding): boolean => (f as Finding & { suppressed?: unknown }).suppressed !== undefined;

describe('buildSarifUpload', () => {
  it('gzips and base64-encodes the log, with commit, ref, checkout URI, start time and tool name', () => {
    const log: Log = { version: '2.1.0', runs: [] };
    const { payload, gzippedBytes } = buildSarifUpload(log, TARGET, { workspace: '/home/runner/work/r/r', startedAt: new Date('2026-11-26T10:00:00.123Z') });
    assert.deepEqual(decode(payload.sarif), log);
    assert.equal(gzippedBytes, Buffer.from(payload.sarif, 'base64').length);
    assert.deepEqual({ ...payload, sarif: undefined }, {
      commit_sha: TARGET.commitSha,
      ref: 'refs/heads/main',
      sarif: undefined,
      checkout_uri: 'file:///home/runner/work/r/r',
      started_at: '2026-11-26T10:00:00Z',
      tool_name: 'ephemeral-guard',
    });
  });
});

describe('prepareSarifUpload', () => {
  const rules = SCAN_RULES.filter((rule) => ['EG001', 'EG002', 'EG302'].includes(rule.meta.id));

  it('leaves suppressed findings out and keeps the rest valid SARIF', () => {
    const findings = [finding('error', 'a.yaml', 1), { ...finding('error', 'b.yaml', 2), suppressed: { kind: 'inline' } } as Finding, finding('note', 'c.yaml', 3)];
    const prepared = prepareSarifUpload({ findings, rules, notifications: [] }, { target: TARGET, isSuppressed: suppressedFlag });
    assert.equal(prepared.suppressed, 1);
    assert.equal(prepared.uploaded, 2);
    const log = decode(prepared.payload.sarif);
    assert.deepEqual(log.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri), ['a.yaml', 'c.yaml']);
    assert.deepEqual(validateSarif(log), []);
  });

  it('keeps the most severe results within maxResults, in report order, and says so in the run', () => {
    const findings = [finding('note', 'a.yaml', 1), finding('warning', 'b.yaml', 1), finding('error', 'c.yaml', 1), finding('warning', 'd.yaml', 1, { securitySeverity: 7 }), finding('error', 'e.yaml', 1)];
    const prepared = prepareSarifUpload({ findings, rules, notifications: [] }, { target: TARGET, isSuppressed: () => false, limits: { maxResults: 3, maxGzipBytes: 10_000_000 } });
    assert.equal(prepared.truncated, 2);
    const log = decode(prepared.payload.sarif);
    assert.deepEqual(log.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri), ['c.yaml', 'd.yaml', 'e.yaml']);
    const notice = log.runs[0]!.invocations![0]!.toolExecutionNotifications!.at(-1)!;
    assert.equal(notice.level, 'warning');
    assert.match(notice.message.text!, /^2 less severe result\(s\) were left out of this upload/);
    assert.deepEqual(validateSarif(log), []);
  });

  it('drops more results when the gzipped file would pass the size limit', () => {
    const findings = Array.from({ length: 2000 }, (_, i) => finding(i % 2 ? 'note' : 'error', `dir/file-${i}.yaml`, i + 1, { message: `message ${i} ${'x'.repeat(i % 97)} ${Math.sin(i)}` }));
    const unlimited = prepareSarifUpload({ findings, rules, notifications: [] }, { target: TARGET, isSuppressed: () => false });
    const limit = Math.floor(unlimited.gzippedBytes / 3);
    const prepared = prepareSarifUpload({ findings, rules, notifications: [] }, { target: TARGET, isSuppressed: () => false, limits: { maxResults: 5000, maxGzipBytes: limit } });
    assert.ok(prepared.gzippedBytes <= limit, `${prepared.gzippedBytes} > ${limit}`);
    assert.ok(prepared.uploaded > 0 && prepared.uploaded < 1000);
    assert.equal(prepared.uploaded + prepared.truncated, 2000);
    assert.ok(decode(prepared.payload.sarif).runs[0]!.results!.every((r) => r.level === 'error'), 'notes go first');
  });
});

describe('explainUploadFailure', () => {
  const push = gitContextFrom({ env: { GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'o/r' } });
  it('tells a fork, a missing permission, disabled code scanning and Dependabot apart', () => {
    const fork = gitContextFrom({ env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'o/r' }, event: { pull_request: { number: 9, head: { repo: { full_name: 'm/r' } }, base: { repo: { full_name: 'o/r' } } } } });
    assert.match(explainUploadFailure({ status: 403, message: 'Resource not accessible by integration' }, fork).reason, /^pull request #9 comes from the fork m\/r/);
    assert.match(explainUploadFailure({ status: 403, message: 'Resource not accessible by integration' }, push).fix, /security-events: write/);
    assert.equal(explainUploadFailure({ status: 403, message: 'Advanced Security must be enabled for this repository to use code scanning.' }, push).reason, 'code scanning is not enabled for this repository');
    assert.equal(explainUploadFailure({ status: 404, message: 'Code scanning is not enabled for this repository. Please enable code scanning in the repository settings.' }, push).reason, 'code scanning is not enabled for this repository');
    const bot = gitContextFrom({ env: { GITHUB_EVENT_NAME: 'push', GITHUB_ACTOR: 'dependabot[bot]' } });
    assert.equal(explainUploadFailure({ status: 403, message: 'Resource not accessible by integration' }, bot).reason, 'Dependabot runs get a read-only token');
    assert.equal(explainUploadFailure({ message: 'GitHub API unreachable at https://api.github.com/x (ECONNREFUSED)', network: true }, push).reason, 'no answer from GitHub');
    assert.match(explainUploadFailure({ message: 'GitHub API unreachable at https://api.github.com/x (ECONNREFUSED)', network: true }, push).fix, /reach GITHUB_API_URL/);
    assert.equal(explainUploadFailure({ message: 'GitHub accepted the SARIF upload but returned no id.' }, push).reason, "GitHub's answer could not be used");
  });
});

describe('waitForProcessing', () => {
  const clientAnswering = (states: string[]) => {
    let polls = 0;
    const fetch = (async () => new Response(JSON.stringify({ processing_status: states[Math.min(polls++, states.length - 1)], errors: ['bad location'] }), { status: 200, headers: { 'content-type': 'application/json' } })) as typeof globalThis.fetch;
    return { client: createGitHubClient({ token: 't', baseUrl: 'http://127.0.0.1:9', fetch, sleep: async () => undefined, log: () => undefined }), polls: () => polls };
  };
  const clock = () => {
    let now = 0;
    const slept: number[] = [];
    return { now: () => new Date(now), sleep: async (ms: number) => void (slept.push(ms), (now += ms)), slept };
  };

  it('polls right away, then backs off 1, 2, 4, 8, 15 s until complete', async () => {
    const { client } = clientAnswering(['pending', 'pending', 'pending', 'pending', 'pending', 'pending', 'complete']);
    const time = clock();
    const result = await waitForProcessing(client, { owner: 'o', repo: 'r' }, 'id', time);
    assert.equal(result.status, 'complete');
    assert.deepEqual(time.slept, [1000, 2000, 4000, 8000, 15000, 15000]);
  });

  it('reports failed with GitHub\'s errors, and gives up as pending at the deadline', async () => {
    assert.deepEqual(await waitForProcessing(clientAnswering(['failed']).client, { owner: 'o', repo: 'r' }, 'id', clock()), { status: 'failed', errors: ['bad location'] });
    const never = clientAnswering(['pending']);
    const time = clock();
    assert.deepEqual(await waitForProcessing(never.client, { owner: 'o', repo: 'r' }, 'id', { ...time, timeoutMs: 30_000 }), { status: 'pending', errors: [] });
    // 1 + 2 + 4 + 8 + 15 = 30 s: the next 15 s wait would pass the deadline.
    assert.deepEqual(time.slept, [1000, 2000, 4000, 8000, 15000]);
    assert.equal(never.polls(), 6);
  });
});
