/**
 * The Action end to end against what a pull request (or a broken network) can throw at it:
 * checkout-path, file and object names that try to forge workflow commands, links at the SARIF
 * and config paths, a config that would expand globs without bound, an API that is unreachable,
 * echoes the token, redirects to another host, or answers something that is not JSON.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startFakeGitHub, type FakeGitHubOptions } from './helpers/fake-github.ts';
import { parseRunnerCommands, runActionProcess, type ActionRun } from './helpers/run-action-process.ts';

const TOKEN = 'ghs_hostileTestToken0123456789abcdefABCD';
const PUSH = JSON.parse(await readFile(new URL('../fixtures/github/events/push.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const privilegedPod = (name: string, namespace = 'shop'): string => `apiVersion: v1
kind: Pod
metadata: {name: ${JSON.stringify(name)}, namespace: ${JSON.stringify(namespace)}}
spec:
  ephemeralContainers:
    - name: debug
      image: busybox
      securityContext: {privileged: true}
`;

/** Files (a `{ link }` is a symbolic link) committed in `folder` of a fresh workspace, HEAD detached. */
const workspaceWith = async (files: Record<string, string | { link: string }>, folder = ''): Promise<{ workspace: string; checkout: string; sha: string }> => {
  const workspace = await mkdtemp(join(tmpdir(), 'eg-hostile-'));
  const checkout = join(workspace, folder);
  await mkdir(checkout, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(checkout, path)), { recursive: true });
    if (typeof content === 'string') await writeFile(join(checkout, path), content);
    else await symlink(content.link, join(checkout, path));
  }
  const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: checkout, encoding: 'utf8' }).trim();
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'checkout', '--allow-empty');
  git('checkout', '-q', '--detach');
  return { workspace, checkout, sha: git('rev-parse', 'HEAD') };
};

const runIn = async (workspace: string, sha: string, options: { inputs?: Record<string, string>; server?: FakeGitHubOptions; apiUrl?: string } = {}) => {
  const server = await startFakeGitHub({ prefix: '/api/v3', ...options.server });
  try {
    const started = Date.now();
    const result = await runActionProcess({
      workspace,
      eventName: 'push',
      event: { ...PUSH, after: sha },
      env: {
        GITHUB_API_URL: options.apiUrl ?? server.url,
        GITHUB_REPOSITORY: 'acme/platform-policies',
        GITHUB_SHA: sha,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_ACTOR: 'octocat',
        TEST_GITHUB_TOKEN: TOKEN,
      },
      inputs: options.inputs ?? {},
    });
    return { result, server, seconds: (Date.now() - started) / 1000 };
  } finally {
    await server.close();
  }
};

/** The token only in `::add-mask::`, nowhere else: stdout, stderr, summary, outputs. */
const tokenNeverPrinted = (result: ActionRun): void => {
  const unmasked = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
  for (const [where, text] of Object.entries({ stdout: unmasked, stderr: result.stderr, summary: result.summary, outputs: JSON.stringify(result.outputs) })) {
    assert.ok(!text.includes(TOKEN), `the token is in ${where}`);
  }
};

const failureOf = (result: ActionRun): string[] => parseRunnerCommands(result.stdout).filter((c) => c.command === 'error' && !c.properties.file).map((c) => c.message);
const warningsOf = (result: ActionRun): string[] => parseRunnerCommands(result.stdout).filter((c) => c.command === 'warning' && !c.properties.file).map((c) => c.message);

const closedPort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
};

describe('the Action against hostile input and a hostile network', { concurrency: 3 }, () => {
  it('checkout-path: paths in SARIF, annotations, checkout_uri and summary links are from the repository root', async () => {
    const { workspace, checkout, sha } = await workspaceWith({ 'k8s/pods/pod.yaml': privilegedPod('web') }, 'repo');
    const { result, server } = await runIn(workspace, sha, { inputs: { 'checkout-path': 'repo' } });
    assert.equal(result.code, 1, result.stdout);
    const upload = server.requests.find((r) => r.operationId === 'code-scanning/upload-sarif')!;
    assert.deepEqual(upload.sarif!.runs[0]!.results!.map((r) => `${r.ruleId} ${r.locations![0]!.physicalLocation!.artifactLocation!.uri}`), ['EG302 k8s/pods/pod.yaml']);
    assert.equal((upload.body as { checkout_uri: string }).checkout_uri, pathToFileURL(checkout).href);
    assert.equal((upload.body as { commit_sha: string }).commit_sha, sha, 'the commit checked out in checkout-path');
    const create = server.requests.find((r) => r.operationId === 'checks/create')!.body as { output: { annotations: { path: string }[] } };
    assert.deepEqual(create.output.annotations.map((a) => a.path), ['k8s/pods/pod.yaml']);
    assert.match(result.summary, new RegExp(`\\(https://github\\.com/acme/platform-policies/blob/${sha}/k8s/pods/pod\\.yaml#L8\\)`));
    // Every URI exists at the repository root.
    for (const r of upload.sarif!.runs[0]!.results!) assert.ok(existsSync(join(checkout, r.locations![0]!.physicalLocation!.artifactLocation!.uri!)));
  });

  it('file, object, namespace and subject names with CR and LF forge no workflow command', async () => {
    const forged = '::error file=README.md,line=1::forged';
    const files: Record<string, string> = {
      [`pods/evil\n${forged}\n.yaml`]: privilegedPod('web'),
      [`pods/cr\r${forged}\r.yaml`]: privilegedPod('cr'),
      'pods/names.yaml': privilegedPod(`web\n${forged}\n  ::add-mask::stolen\r::stop-commands::x`, `shop\r${forged}`),
      'rbac/binding.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: "bind\\n${forged}", namespace: shop}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "missing\\r${forged}"}
subjects:
  - {kind: User, name: "mallory\\n::set-output name=findings::0"}
`,
      [`broken\n${forged}.yaml`]: 'kind: [unclosed\n',
      // Policy, rule and container names reach coverage rows and finding messages.
      'policies/forged.yaml': `apiVersion: kyverno.io/v1
kind: ClusterPolicy
metadata: {name: "policy\\n${forged}"}
spec:
  validationFailureAction: Enforce
  rules:
    - name: "rule\\r${forged}"
      match: {any: [{resources: {kinds: [Pod]}}]}
      validate: {pattern: {spec: {containers: [{securityContext: {privileged: "false"}}]}}}
`,
      'pods/container.yaml': `apiVersion: v1
kind: Pod
metadata: {name: c, namespace: shop}
spec:
  ephemeralContainers:
    - {name: "debug\\n${forged}", image: x, securityContext: {privileged: true}}
`,
    };
    const { workspace, sha } = await workspaceWith(files);
    const { result } = await runIn(workspace, sha, { inputs: { annotations: 'workflow' } });
    assert.equal(result.code, 1);
    const commands = parseRunnerCommands(result.stdout);
    assert.ok(commands.length > 0);
    for (const command of commands) {
      assert.ok(!(command.command === 'error' && command.properties.file === 'README.md'), `forged: ${JSON.stringify(command)}`);
      assert.ok(!command.message.startsWith('forged'), `forged: ${JSON.stringify(command)}`);
      assert.notEqual(command.command, 'set-output');
      if (command.command === 'add-mask') assert.equal(command.message, TOKEN);
      if (command.command === 'stop-commands') assert.match(command.message, /^[0-9a-f]{32}$/);
    }
    // The report is in the log, names escaped, inside a stop-commands block.
    assert.match(result.stdout, /::stop-commands::([0-9a-f]{32})\n[\s\S]*pods\/evil\\n::error file=README\.md,line=1::forged\\n\.yaml[\s\S]*\n::\1::\n/);
    for (const name of ['policy', 'rule', 'debug']) assert.ok(result.stdout.includes(`${name}\\${name === 'rule' ? 'r' : 'n'}::error`), `${name} reaches the report, escaped`);
    assert.equal(result.outputs.findings, String(Number(result.outputs.findings)), 'outputs are ours');
    assert.doesNotMatch(result.summary, /\r/);
    tokenNeverPrinted(result);
  });

  it('a committed link at the SARIF path is refused, and nothing is written through it', async () => {
    const outside = join(await mkdtemp(join(tmpdir(), 'eg-outside-')), 'victim.txt');
    const { workspace, sha } = await workspaceWith({ 'pod.yaml': privilegedPod('web'), 'ephemeral-guard.sarif': { link: outside } });
    const { result, server } = await runIn(workspace, sha);
    assert.equal(result.code, 1);
    assert.deepEqual(failureOf(result), [`Cannot write the SARIF file ephemeral-guard.sarif (${join(workspace, 'ephemeral-guard.sarif')} is a symbolic link; refusing to write through it); check the sarif-file input.`]);
    assert.equal(existsSync(outside), false);
    assert.deepEqual(server.requests, []);
  });

  it('a config linked outside the workspace is not read, and none of its bytes are printed', async () => {
    const { workspace, sha } = await workspaceWith({ 'pod.yaml': privilegedPod('web'), '.ephemeral-guard.yaml': { link: '/etc/passwd' } });
    const { result } = await runIn(workspace, sha);
    assert.equal(result.code, 1);
    assert.deepEqual(failureOf(result), [`File ${join(workspace, '.ephemeral-guard.yaml')} is a symbolic link to a file outside the workspace; it was not read.`]);
    assert.ok(!result.stdout.includes('root:x:0') && !result.summary.includes('root:x:0'));
  });

  it('a config whose globs would expand exponentially is refused at once', async () => {
    const bomb = '{a,b}'.repeat(20);
    const { workspace, sha } = await workspaceWith({ 'pod.yaml': privilegedPod('web'), '.ephemeral-guard.yaml': `exclude: ["${bomb}", "x"]\n`, 'range/.ephemeral-guard.yaml': 'exclude: ["{1..100000}"]\n' });
    const { result, seconds } = await runIn(workspace, sha);
    assert.deepEqual(failureOf(result), [`.ephemeral-guard.yaml:1:11: glob "${bomb.slice(0, 40)}…" expands to more than 256 patterns through its braces; list fewer alternatives.`]);
    assert.ok(seconds < 20, `${seconds} s`);
    const range = await runIn(workspace, sha, { inputs: { 'checkout-path': '.', config: 'range/.ephemeral-guard.yaml' } });
    assert.deepEqual(failureOf(range.result), ['range/.ephemeral-guard.yaml:1:11: glob "{1..100000}" expands to more than 256 patterns through its braces; list fewer alternatives.']);
  });

  it('no Kubernetes object: the step says so and fails (fail-if-nothing-scanned, default true)', async () => {
    const { workspace, sha } = await workspaceWith({ 'docs/mkdocs.yml': 'site_name: x\n' });
    const { result } = await runIn(workspace, sha, { inputs: { annotations: 'none', 'upload-sarif': 'false' } });
    assert.equal(result.code, 1);
    assert.deepEqual(failureOf(result), ['No Kubernetes object found in the 1 file(s) scanned. Check the paths given (and, in the Action, checkout-path). (fail-if-nothing-scanned: true)']);
    assert.match(result.summary, /No Kubernetes object found in the 1 file\(s\) scanned/);
    const lenient = await runIn(workspace, sha, { inputs: { annotations: 'none', 'upload-sarif': 'false', 'fail-if-nothing-scanned': 'false' } });
    assert.equal(lenient.result.code, 0);
    assert.deepEqual(warningsOf(lenient.result), ['No Kubernetes object found in the 1 file(s) scanned. Check the paths given (and, in the Action, checkout-path).']);
  });

  it('an unreachable API is said as such, with bounded retries and no permission advice', async () => {
    const { workspace, sha } = await workspaceWith({ 'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n' });
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}/api/v3`;
    const { result, seconds } = await runIn(workspace, sha, { apiUrl: url });
    assert.equal(result.code, 0, 'the scan is clean; refusals alone never fail the step');
    const warnings = warningsOf(result);
    assert.deepEqual(warnings, [
      `SARIF not uploaded: GitHub API unreachable at ${url}/repos/acme/platform-policies/code-scanning/sarifs (ECONNREFUSED). Check that the runner can reach GITHUB_API_URL (proxy, firewall, GitHub status), then re-run the job; or set upload-sarif: false.`,
      `Could not create the check run: no answer from GitHub (GitHub API unreachable at ${url}/repos/acme/platform-policies/check-runs (ECONNREFUSED)). Falling back to workflow annotations, which GitHub limits to 10 per level.`,
    ]);
    assert.match(result.stdout, /GitHub API POST \/repos\/\{owner\}\/\{repo\}\/code-scanning\/sarifs failed \(ECONNREFUSED\); retrying in 1 s \(1\/3\)/);
    assert.ok(!result.stdout.includes('checks: write') && !result.summary.includes('checks: write'));
    assert.ok(seconds < 40, `${seconds} s`);
  });

  it('an API that echoes the token, redirects to another host, or answers non-JSON: no token, no request elsewhere, no "NaN"', async () => {
    const elsewhere: string[] = [];
    const thief = createServer((request, response) => {
      elsewhere.push(`${request.method} ${request.url}`);
      response.end('{}');
    });
    await new Promise<void>((done) => thief.listen(0, '127.0.0.2', done));
    try {
      const { workspace, sha } = await workspaceWith({ 'pod.yaml': privilegedPod('web') });
      const stolen = `http://127.0.0.2:${(thief.address() as AddressInfo).port}/steal`;
      const { result } = await runIn(workspace, sha, {
        server: {
          fail: { upload: { status: 422, message: 'Invalid request', echoAuthorization: true } },
          raw: { checkCreate: { status: 201, body: '{"id": 12, "html_url": ' } },
        },
      });
      tokenNeverPrinted(result);
      const warnings = warningsOf(result);
      assert.match(warnings[0]!, /^SARIF not uploaded: GitHub answered HTTP 422 \(GitHub: "Invalid request \(request had Authorization: token \*\*\*\)", HTTP 422\)/);
      assert.match(warnings[1]!, /^Could not create the check run: /);
      assert.ok(!result.stdout.includes('NaN') && !result.summary.includes('NaN'));

      const redirected = await runIn(workspace, sha, { inputs: { annotations: 'none' }, server: { raw: { upload: { status: 307, body: '', headers: { location: stolen } } } } });
      assert.deepEqual(elsewhere, [], 'nothing reached the other host');
      assert.match(warningsOf(redirected.result)[0]!, /^SARIF not uploaded: GitHub API unreachable at http:\/\/127\.0\.0\.1:\d+\/api\/v3\/repos\/acme\/platform-policies\/code-scanning\/sarifs: http:\/\/127\.0\.0\.1:\d+\/api\/v3\/repos\/acme\/platform-policies\/code-scanning\/sarifs redirected to 127\.0\.0\.2:\d+, another host than the API's; not followed, so nothing was sent there\./);
      tokenNeverPrinted(redirected.result);
    } finally {
      await new Promise<void>((done) => thief.close(() => done()));
    }
  });
});
