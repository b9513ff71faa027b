/**
 * The Action end to end, as the runner runs it: a child process with INPUT_*, GITHUB_* and the
 * event file, talking to a loopback GitHub API that checks each request against GitHub's
 * OpenAPI description. EG_ACTION_ENTRY=dist/index.js runs the bundle instead of the source.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions, type RecordedRequest } from './helpers/fake-github.ts';
import { runActionProcess, type ActionRun } from './helpers/run-action-process.ts';

const TOKEN = 'ghs_e2eTestToken0123456789abcdefABCDEF';
const PUSH = JSON.parse(await readFile(new URL('../fixtures/github/events/push.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const PULL_REQUEST = JSON.parse(await readFile(new URL('../fixtures/github/events/pull_request.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const FORK_PULL_REQUEST = JSON.parse(await readFile(new URL('../fixtures/github/events/pull_request_fork.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const PR_HEAD = 'e5bd3914e2e596debea16f433f57875b5b90bcd6';
const FORK_HEAD = '9f4e1c2b7d3a5e6f8091a2b3c4d5e6f708192a3b';

const privilegedPod = (name: string): string => `apiVersion: v1
kind: Pod
metadata: {name: ${name}}
spec:
  ephemeralContainers:
    - name: debug
      image: busybox
      securityContext: {privileged: true}
`;
const brokenYaml = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: broken\n  labels: [unclosed\n';
const chart = { 'Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n', 'templates/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\n' };

/** A checked-out repository as actions/checkout leaves it: files committed, HEAD detached. */
const checkout = async (files: Record<string, string>): Promise<{ workspace: string; sha: string }> => {
  const workspace = await mkdtemp(join(tmpdir(), 'eg-e2e-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(workspace, path)), { recursive: true });
    await writeFile(join(workspace, path), text);
  }
  const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: workspace, encoding: 'utf8' }).trim();
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'checkout', '--allow-empty');
  git('checkout', '-q', '--detach');
  return { workspace, sha: git('rev-parse', 'HEAD') };
};

interface Case {
  readonly files: Record<string, string>;
  readonly event: 'push' | 'pull_request' | 'fork';
  readonly inputs?: Record<string, string>;
  readonly server?: FakeGitHubOptions;
}

const run = async (spec: Case): Promise<{ result: ActionRun; server: FakeGitHub; sha: string; workspace: string }> => {
  const { workspace, sha } = await checkout(spec.files);
  const server = await startFakeGitHub({ prefix: '/api/v3', ...spec.server });
  try {
    const pr = spec.event !== 'push';
    const number = spec.event === 'fork' ? 57 : 42;
    const result = await runActionProcess({
      workspace,
      eventName: pr ? 'pull_request' : 'push',
      event: spec.event === 'push' ? { ...PUSH, after: sha } : spec.event === 'fork' ? FORK_PULL_REQUEST : PULL_REQUEST,
      env: {
        GITHUB_API_URL: server.url,
        GITHUB_REPOSITORY: 'acme/platform-policies',
        GITHUB_SHA: sha,
        GITHUB_REF: pr ? `refs/pull/${number}/merge` : 'refs/heads/main',
        GITHUB_ACTOR: spec.event === 'fork' ? 'mallory' : 'octocat',
        TEST_GITHUB_TOKEN: TOKEN,
      },
      inputs: spec.inputs ?? {},
    });
    return { result, server, sha, workspace };
  } finally {
    await server.close();
  }
};

const ops = (requests: readonly RecordedRequest[]): string[] => requests.map((request) => `${request.operationId ?? request.path} ${request.status}`);
const noSchemaErrors = (requests: readonly RecordedRequest[]): void => {
  for (const request of requests) assert.deepEqual(request.errors, [], `${request.method} ${request.path}`);
  for (const request of requests) assert.equal(request.authorization, `token ${TOKEN}`);
};
const annotationsOf = (requests: readonly RecordedRequest[]) =>
  requests.filter((request) => request.operationId?.startsWith('checks/')).map((request) => (request.body as { output: { annotations: { annotation_level: string; path: string; start_line: number; start_column?: number; end_column?: number; title: string; message: string; raw_details?: string }[] } }).output.annotations);
const commandsOf = (result: ActionRun, command: string) => result.commands.filter((entry) => entry.command === command);
/** Only `::add-mask::` (which tells the runner to mask it) may carry the token. */
const tokenNeverPrinted = (result: ActionRun): void => {
  assert.deepEqual(result.commands.filter((entry) => entry.command === 'add-mask').map((entry) => entry.message), [TOKEN]);
  const unmasked = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
  assert.ok(!unmasked.includes(TOKEN) && !result.stderr.includes(TOKEN) && !result.summary.includes(TOKEN), 'the token is printed');
};

describe('the Action in a child process against a loopback GitHub API', { concurrency: 4 }, () => {
  it('clean repository on push: uploads an empty analysis, a successful check run, exit 0', async () => {
    const { result, server, sha } = await run({ files: { 'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n' }, event: 'push' });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.deepEqual(ops(server.requests), ['code-scanning/upload-sarif 202', 'code-scanning/get-sarif 200', 'checks/create 201']);
    noSchemaErrors(server.requests);
    const upload = server.requests[0]!;
    assert.equal((upload.body as { commit_sha: string }).commit_sha, sha);
    assert.equal((upload.body as { ref: string }).ref, 'refs/heads/main');
    assert.equal((upload.body as { tool_name: string }).tool_name, 'ephemeral-guard');
    assert.equal(upload.sarif!.runs[0]!.results!.length, 0);
    const create = server.requests[2]!.body as { head_sha: string; status: string; conclusion: string; output: { annotations: unknown[]; title: string } };
    assert.equal(create.head_sha, sha);
    assert.equal(create.conclusion, 'success');
    assert.equal(create.status, 'completed');
    assert.deepEqual(create.output.annotations, []);
    assert.equal(result.outputs.findings, '0');
    assert.equal(result.outputs['sarif-id'], '47177e22-5596-11eb-80a1-c1e54ef945c6');
    assert.match(result.summary, /^## ephemeral-guard\n\n✅ \*\*No findings\*\* in 1 file\.\n/);
    assert.match(result.summary, /Code scanning: uploaded 0 result\(s\) for refs\/heads\/main/);
    assert.deepEqual(commandsOf(result, 'warning'), []);
    assert.deepEqual(commandsOf(result, 'error'), []);
    tokenNeverPrinted(result);
  });

  it('findings on push (GitHub Enterprise Server URL): SARIF, a failing check run with annotations per level, summary links, exit 1', async () => {
    const files = { 'pods/pod.yaml': privilegedPod('web'), 'broken.yaml': brokenYaml, 'charts/web/Chart.yaml': chart['Chart.yaml'], 'charts/web/templates/pod.yaml': chart['templates/pod.yaml'] };
    const { result, server, sha, workspace } = await run({ files, event: 'push', server: { processing: ['pending', 'complete'] } });
    assert.equal(result.code, 1);
    assert.deepEqual(ops(server.requests), ['code-scanning/upload-sarif 202', 'code-scanning/get-sarif 200', 'code-scanning/get-sarif 200', 'checks/create 201']);
    noSchemaErrors(server.requests);
    const sarif = server.requests[0]!.sarif!;
    assert.deepEqual(sarif.runs[0]!.results!.map((r) => `${r.ruleId} ${r.level}`), ['EG001 warning', 'EG002 note', 'EG302 error']);
    assert.ok(sarif.runs[0]!.results!.every((r) => r.partialFingerprints?.primaryLocationLineHash));
    const [annotations] = annotationsOf(server.requests);
    assert.deepEqual(annotations!.map((a) => `${a.annotation_level} ${a.path}:${a.start_line}`), ['failure pods/pod.yaml:8', 'warning broken.yaml:6', 'notice charts/web/Chart.yaml:1']);
    const pod = annotations![0]!;
    assert.equal(pod.title, 'EG302 privileged-ephemeral-container');
    assert.equal(pod.start_column, 37);
    assert.equal(pod.end_column, 40);
    assert.match(pod.message, /^Ephemeral container "debug" of Pod\/web is privileged.*\n\nHow to fix: Debug with `kubectl debug --profile=restricted`/s);
    assert.equal(pod.raw_details, 'Pod/web');
    assert.equal((server.requests[3]!.body as { conclusion: string }).conclusion, 'failure');
    assert.deepEqual(result.outputs, {
      'sarif-file': join(workspace, 'ephemeral-guard.sarif'),
      findings: '3',
      errors: '1',
      warnings: '1',
      notes: '1',
      'sarif-id': '47177e22-5596-11eb-80a1-c1e54ef945c6',
    });
    assert.match(result.summary, /❌ \*\*1 finding at or above `error`\*\* in 3 files: this check fails\./);
    assert.match(result.summary, new RegExp(`\\| 🔴 error \\| EG302 \\| \\[pods/pod\\.yaml:8\\]\\(https://github\\.com/acme/platform-policies/blob/${sha}/pods/pod\\.yaml#L8\\) \\|`));
    assert.match(result.summary, /Annotations: 3 in the check run \[ephemeral-guard\]\(https:\/\/github\.example\/acme\/platform-policies\/runs\/4001\)\./);
    const errors = commandsOf(result, 'error');
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.message, '3 findings (1 error, 1 warning, 1 note) in 3 files. 1 at or above fail-on (error).');
    tokenNeverPrinted(result);
  });

  it('pull request with some files changed: merge ref and commit, check run on the PR head, only changed files annotated', async () => {
    const files = { 'pods/changed.yaml': privilegedPod('changed'), 'pods/untouched.yaml': privilegedPod('untouched'), 'broken.yaml': brokenYaml };
    // 150 changed files: the listing takes two pages.
    const changedFiles = [...Array.from({ length: 149 }, (_, i) => `docs/page-${i}.md`), 'pods/changed.yaml'];
    const { result, server, sha } = await run({ files, event: 'pull_request', server: { changedFiles } });
    assert.equal(result.code, 1);
    assert.deepEqual(ops(server.requests), ['code-scanning/upload-sarif 202', 'code-scanning/get-sarif 200', 'pulls/list-files 200', 'pulls/list-files 200', 'checks/create 201']);
    noSchemaErrors(server.requests);
    const listings = server.requests.filter((request) => request.operationId === 'pulls/list-files');
    assert.deepEqual(listings.map((request) => [request.params.pull_number, request.query.page ?? '1', request.query.per_page]), [['42', '1', '100'], ['42', '2', '100']]);
    const upload = server.requests.find((request) => request.operationId === 'code-scanning/upload-sarif')!;
    assert.deepEqual({ ref: (upload.body as { ref: string }).ref, sha: (upload.body as { commit_sha: string }).commit_sha }, { ref: 'refs/pull/42/merge', sha });
    assert.equal(upload.sarif!.runs[0]!.results!.length, 3, 'every finding goes to SARIF');
    const create = server.requests.find((request) => request.operationId === 'checks/create')!.body as { head_sha: string; output: { annotations: { path: string }[] } };
    assert.equal(create.head_sha, PR_HEAD);
    assert.deepEqual(create.output.annotations.map((a) => a.path), ['pods/changed.yaml']);
    assert.match(result.summary, /2 finding\(s\) in files this pull request does not change are not annotated \(annotate-only-changed\)/);
    assert.match(result.summary, /pods\/untouched\.yaml:8/, 'the summary lists every finding');
  });

  it('fork pull request: 403 on upload and check run become warnings, workflow annotations, the step fails on findings only', async () => {
    const files = { 'pods/pod.yaml': privilegedPod('web'), 'broken.yaml': brokenYaml };
    const forbidden = { status: 403, message: 'Resource not accessible by integration' };
    const spec = { files, event: 'fork' as const, server: { changedFiles: ['pods/pod.yaml', 'broken.yaml'], fail: { upload: forbidden, checkCreate: forbidden } } };
    const { result, server } = await run(spec);
    assert.equal(result.code, 1);
    assert.deepEqual(ops(server.requests).sort(), ['checks/create 403', 'code-scanning/upload-sarif 403', 'pulls/list-files 200']);
    noSchemaErrors(server.requests);
    assert.equal((server.requests.find((r) => r.operationId === 'checks/create')!.body as { head_sha: string }).head_sha, FORK_HEAD);
    const warnings = commandsOf(result, 'warning');
    assert.match(warnings[0]!.message, /^SARIF not uploaded: pull request #57 comes from the fork mallory\/platform-policies, and GitHub gives workflows on fork pull requests a read-only token \(GitHub: "Resource not accessible by integration", HTTP 403\)\. Nothing to fix/);
    assert.match(warnings[1]!.message, /^Could not create the check run: pull request #57 comes from a fork, whose token is read-only/);
    const fileWarnings = warnings.filter((w) => w.properties.file);
    assert.deepEqual(fileWarnings.map((w) => [w.properties.file, w.properties.line, w.properties.title]), [['broken.yaml', '6', 'EG001 invalid-manifest']]);
    const fileErrors = commandsOf(result, 'error').filter((e) => e.properties.file);
    assert.deepEqual(fileErrors.map((e) => [e.properties.file, e.properties.line, e.properties.endLine, e.properties.col, e.properties.endColumn]), [['pods/pod.yaml', '8', '8', '37', '40']]);
    assert.equal(result.outputs['sarif-id'], undefined);
    assert.match(result.summary, /Code scanning: SARIF not uploaded: pull request \\#57 comes from the fork/);
    tokenNeverPrinted(result);
    assert.match(result.summary, /Annotations: 2 as workflow annotations on files changed by this pull request\./);

    const lenient = await run({ ...spec, inputs: { 'fail-on': 'none' } });
    assert.equal(lenient.result.code, 0, 'refusals alone never fail the step');
    assert.deepEqual(commandsOf(lenient.result, 'error').filter((e) => !e.properties.file), []);
  });

  it('120 findings: a check run in batches of 50, and the 10-per-level fallback when checks: write is missing', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`pods/pod-${String(i).padStart(2, '0')}.yaml`] = privilegedPod(`p${i}`);
    for (let i = 0; i < 40; i++) files[`broken/b-${String(i).padStart(2, '0')}.yaml`] = brokenYaml;
    for (let i = 0; i < 40; i++) for (const [path, text] of Object.entries(chart)) files[`charts/c${String(i).padStart(2, '0')}/${path}`] = text;
    const { result, server } = await run({ files, event: 'push' });
    assert.equal(result.outputs.findings, '120');
    assert.deepEqual(ops(server.requests).slice(2), ['checks/create 201', 'checks/update 200', 'checks/update 200']);
    noSchemaErrors(server.requests);
    const batches = annotationsOf(server.requests);
    assert.deepEqual(batches.map((batch) => batch.length), [50, 50, 20]);
    const levels = batches.flat().map((a) => a.annotation_level);
    assert.deepEqual([levels.filter((l) => l === 'failure').length, levels.filter((l) => l === 'warning').length, levels.filter((l) => l === 'notice').length], [40, 40, 40]);
    assert.deepEqual(levels.slice(38, 42), ['failure', 'failure', 'warning', 'warning'], 'most severe first');
    const [create, first, last] = server.requests.slice(2).map((request) => request.body as { status?: string; conclusion?: string });
    assert.deepEqual([create!.status, first!.status, last!.status, last!.conclusion], ['in_progress', undefined, 'completed', 'failure']);

    const fallback = await run({ files, event: 'push', server: { fail: { checkCreate: { status: 403, message: 'Resource not accessible by integration' } } } });
    assert.equal(fallback.result.code, 1);
    const withFile = (command: string) => commandsOf(fallback.result, command).filter((entry) => entry.properties.file);
    // One error slot is the failure line; one warning slot is the fallback warning.
    assert.deepEqual([withFile('error').length, withFile('warning').length, withFile('notice').length], [9, 9, 10]);
    assert.equal(commandsOf(fallback.result, 'error').length, 10);
    assert.equal(commandsOf(fallback.result, 'warning').length, 10);
    assert.match(commandsOf(fallback.result, 'warning')[0]!.message, /^Could not create the check run: the token lacks `checks: write`/);
    assert.match(fallback.result.summary, /92 finding\(s\) are not annotated: GitHub shows at most 10 workflow annotations of each level per step; they are listed below and in code scanning\./);
  });

  it('5,000 findings: the summary stays under 1 MiB with a truncation note, the upload keeps all 5,000', async () => {
    const pods = Array.from({ length: 5000 }, (_, i) => `---\n${privilegedPod(`web-${i}`)}`).join('');
    const { result, server } = await run({ files: { 'pods.yaml': pods }, event: 'push', inputs: { annotations: 'none' } });
    assert.equal(result.code, 1);
    noSchemaErrors(server.requests);
    assert.equal(server.requests[0]!.sarif!.runs[0]!.results!.length, 5000);
    const size = Buffer.byteLength(result.summary, 'utf8');
    assert.ok(size < 1024 * 1024 && size > 900_000, `summary is ${size} bytes`);
    assert.match(result.summary, /\n_\d+ more findings not shown: the job summary is kept under 1 MiB\. The SARIF file and the job log have them all\._\n\n<\/details>\n$/);
    assert.match(result.summary, /<details><summary>4980 more findings<\/summary>/);
  });

  it('retries a 500 on upload; upload-sarif: true fails the step when code scanning is off', async () => {
    const files = { 'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n' };
    const retried = await run({ files, event: 'push', inputs: { annotations: 'none' }, server: { fail: { upload: { status: 500, message: 'Server Error', times: 1 } } } });
    assert.equal(retried.result.code, 0);
    assert.deepEqual(ops(retried.server.requests), ['code-scanning/upload-sarif 500', 'code-scanning/upload-sarif 202', 'code-scanning/get-sarif 200']);
    assert.match(retried.result.stdout, /answered 500; retrying in 1 s \(1\/3\)/);

    const notEnabled = { status: 403, message: 'Code scanning is not enabled for this repository. Please enable code scanning in the repository settings.' };
    const required = await run({ files, event: 'push', inputs: { annotations: 'none', 'upload-sarif': 'true' }, server: { fail: { upload: notEnabled } } });
    assert.equal(required.result.code, 1);
    const errors = commandsOf(required.result, 'error');
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /^SARIF not uploaded: code scanning is not enabled for this repository .*Enable code scanning in Settings → Code security/);

    const failed = await run({ files, event: 'push', inputs: { annotations: 'none' }, server: { processing: ['failed'], processingErrors: ['locationFromSarifResult: expected artifact location'] } });
    assert.equal(failed.result.code, 0);
    assert.match(commandsOf(failed.result, 'warning')[0]!.message, /failed processing in code scanning: locationFromSarifResult: expected artifact location\./);
  });
});

// Let the suite name the entry it ran, so a CI log says which build was tested.
before(() => process.stdout.write(`# Action entry: ${process.env.EG_ACTION_ENTRY ?? 'src/action.ts'}\n`));
