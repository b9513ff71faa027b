/**
 * The Action end to end against what a pull request (or a broken network) can throw at it:
 * checkout-path, file and object names that try to forge workflow commands, links at the SARIF
 * and config paths, a config that would expand globs without bound, an API that is unreachable,
 * echoes the token, redirects to another host, or answers something that is not JSON.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assertNoForgedCommand, failureOf, privilegedPod, runIn, tokenNeverPrinted, warningsOf, workspaceWith } from './helpers/hostile-action.ts';
import { parseRunnerCommands } from './helpers/run-action-process.ts';

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
    assertNoForgedCommand(result);
    // The report is in the log, names escaped, inside a stop-commands block.
    assert.match(result.stdout, /::stop-commands::([0-9a-f]{32})\n[\s\S]*pods\/evil\\n::error file=README\.md,line=1::forged\\n\.yaml[\s\S]*\n::\1::\n/);
    for (const name of ['policy', 'rule', 'debug']) assert.ok(result.stdout.includes(`${name}\\${name === 'rule' ? 'r' : 'n'}::error`), `${name} reaches the report, escaped`);
    assert.equal(result.outputs.findings, String(Number(result.outputs.findings)), 'outputs are ours');
    assert.doesNotMatch(result.summary, /\r/);
    tokenNeverPrinted(result);
  });

  it('links and names (issue 19 item 9): a link to a scanned manifest adds nothing, loops are loops, a non-UTF-8 name is a notice, CR and ) stay in their row and link', async () => {
    const outside = join(await mkdtemp(join(tmpdir(), 'eg-outside-')), 'pod.yaml');
    await writeFile(outside, privilegedPod('outside-secret'));
    const { workspace, sha } = await workspaceWith({
      'pods/pod.yaml': privilegedPod('web'),
      'pods/link.yaml': { link: 'pod.yaml' },
      // Two links to one file the globs do not list: one finding, the other place named in it.
      'pods/other-link.yaml': { link: '../notes/pod.txt' },
      'pods/second-link.yaml': { link: '../notes/pod.txt' },
      'notes/pod.txt': privilegedPod('txt'),
      'loop/a.yaml': { link: 'b.yaml' },
      'loop/b.yaml': { link: 'a.yaml' },
      'loop/self.yaml': { link: 'self.yaml' },
      'loop/up': { link: '..' },
      'outside.yaml': { link: outside },
      'pods/close).yaml': privilegedPod('close'),
      'pods/paren(x) [y].yaml': privilegedPod('paren'),
      'pods/cr.yaml': privilegedPod('a\rb | c\u2028d'),
    }, '', async (checkout) => {
      await mkdir(join(checkout, 'bad'));
      await writeFile(Buffer.concat([Buffer.from(join(checkout, 'bad/caf')), Buffer.from([0xe9]), Buffer.from('.yaml')]), privilegedPod('latin'));
    });
    const { result, server } = await runIn(workspace, sha, { inputs: { annotations: 'workflow' } });
    assert.equal(result.code, 1);
    const sarif = server.requests.find((r) => r.operationId === 'code-scanning/upload-sarif')!.sarif!;
    assert.deepEqual(sarif.runs[0]!.results!.map((r) => `${r.ruleId} ${r.locations![0]!.physicalLocation!.artifactLocation!.uri} ${r.locations![0]!.physicalLocation!.region!.startLine}`), [
      'EG302 pods/close).yaml 8',
      'EG302 pods/cr.yaml 8',
      'EG302 pods/other-link.yaml 8',
      'EG302 pods/paren(x)%20%5By%5D.yaml 8', // SARIF URIs are percent-encoded
      'EG302 pods/pod.yaml 8',
    ]);
    assert.deepEqual(warningsOf(result), [
      'Skipped bad/caf\uFFFD.yaml: it has a name that is not valid UTF-8, which reports and git paths cannot name; rename it.',
      'Skipped loop/a.yaml: it is a symbolic link in a loop.',
      'Skipped loop/b.yaml: it is a symbolic link in a loop.',
      'Skipped loop/self.yaml: it is a symbolic link in a loop.',
      'Skipped outside.yaml: it is a symbolic link to a file outside the scanned folder.',
    ]);
    for (const text of [result.stdout, result.summary]) assert.doesNotMatch(text, /ENOENT|EG001|outside-secret/);
    // Every row of the findings table has its four cells: no CR, U+2028 or | split one.
    const rows = result.summary.split('\n').filter((line) => line.startsWith('| 🔴 error | EG302'));
    assert.equal(rows.length, 5);
    for (const row of rows) assert.equal(row.split(/(?<!\\)\|/).length, 6, row);
    const blob = `https://github.com/acme/platform-policies/blob/${sha}`;
    assert.ok(result.summary.includes(`[pods/close).yaml:8](${blob}/pods/close%29.yaml#L8) |`), 'a ) in the name does not end the link');
    assert.ok(result.summary.includes(`(${blob}/pods/paren%28x%29%20%5By%5D.yaml#L8) |`));
    assertNoForgedCommand(result);
    tokenNeverPrinted(result, { workspace, server });
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
          fail: { upload: { status: 422, message: 'Invalid request', echoAuthorization: true }, checkCreate: { status: 422, message: 'Bad check run', echoAuthorization: true } },
        },
      });
      tokenNeverPrinted(result, { workspace });
      const warnings = warningsOf(result);
      assert.match(warnings[0]!, /^SARIF not uploaded: GitHub answered HTTP 422 \(GitHub: "Invalid request \(request had Authorization: token \*\*\*\)", HTTP 422\)/);
      assert.equal(warnings[1]!, 'Could not create the check run: GitHub answered HTTP 422 (GitHub: "Bad check run (request had Authorization: token ***)", HTTP 422). Falling back to workflow annotations, which GitHub limits to 10 per level.');
      // The echoed text reaches the log, the summary and the failure line only scrubbed.
      assert.match(result.summary, /Invalid request/);
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

/**
 * Issue 19 item 8 through the Action entry: the same wiring as src/action.ts, with the API
 * limits shortened (ActionDeps.apiLimits) so that no test waits on the production 30 s.
 */
describe('the Action against a hanging, slow or malformed GitHub API', { concurrency: 3 }, () => {
  const apiPath = (server: { url: string }, path: string): string => `${server.url}/repos/acme/platform-policies/${path}`;
  const failOnLine = '1 finding (1 error, 0 warnings, 0 notes) in 1 file. 1 at or above fail-on (error).';

  it('accepts and never answers: a warning while waiting, a timeout named as such, the step bounded by the total budget', async () => {
    const { workspace, sha } = await workspaceWith({ 'pod.yaml': privilegedPod('web') });
    const limits = { requestTimeoutMs: 500, slowAfterMs: 200, totalBudgetMs: 2500 };
    const { result, server, seconds } = await runIn(workspace, sha, { limits, server: { delay: { upload: Infinity, checkCreate: Infinity, checkUpdate: Infinity } } });
    const upload = apiPath(server, 'code-scanning/sarifs');
    const checks = apiPath(server, 'check-runs');
    assert.equal(result.code, 1);
    assert.deepEqual(failureOf(result), [failOnLine], 'the API never fails the step');
    const [waiting, uploadWarning, checkWarning, ...rest] = warningsOf(result);
    // One "still waiting" warning (later ones go to the log), then each call's true cause.
    assert.equal(waiting, `Still waiting for GitHub API POST ${upload} after 0.2 s (giving up at 0.5 s).`);
    assert.equal(uploadWarning, `SARIF not uploaded: GitHub API unreachable at ${upload}: no answer from ${upload} within 0.5 s. Check that the runner can reach GITHUB_API_URL (proxy, firewall, GitHub status), then re-run the job; or set upload-sarif: false.`);
    // What is left of the 2.5 s decides which limit ends the check run: either is the true cause.
    const checkCause = new RegExp(`^Could not create the check run: no answer from GitHub \\(GitHub API unreachable at ${checks.replace(/[.]/g, '\\.')}: (no answer from ${checks.replace(/[.]/g, '\\.')} within 0\\.\\d s|the 2\\.5 s allowed for all GitHub API calls of this step ran out)\\)\\. Falling back to workflow annotations`);
    assert.match(checkWarning!, checkCause);
    assert.deepEqual(rest, []);
    assert.match(result.stdout, /\nGitHub API POST \/repos\/\{owner\}\/\{repo\}\/code-scanning\/sarifs failed \(ETIMEDOUT\); retrying in 1 s \(1\/3\)\.\n/);
    for (const text of [result.stdout, result.summary]) assert.doesNotMatch(text, /answered|HTTP 5\d\d|NaN|checks: write/);
    // The budget, not the 3 retries: 2 uploads (the 2 s wait would pass it), at most 2 check-run tries.
    const tries = (operation: string): number => server.requests.filter((r) => r.operationId === operation).length;
    assert.equal(tries('code-scanning/upload-sarif'), 2);
    assert.ok(tries('checks/create') >= 1 && tries('checks/create') <= 2, String(tries('checks/create')));
    // The finding still reaches the log as a workflow annotation.
    assert.deepEqual(parseRunnerCommands(result.stdout).filter((c) => c.properties.file).map((c) => `${c.command} ${c.properties.file}:${c.properties.line}`), ['error pod.yaml:8']);
    assert.ok(seconds < 2.5 + 15, `${seconds} s (the production limits would allow 5 minutes)`);
    tokenNeverPrinted(result, { workspace, server });
  });

  it('answers slowly but within the limit: one warning while waiting, then the upload and the check run go through', async () => {
    const { workspace, sha } = await workspaceWith({ 'pod.yaml': privilegedPod('web') });
    const { result, server } = await runIn(workspace, sha, { limits: { requestTimeoutMs: 8000, slowAfterMs: 300 }, server: { delay: { upload: 1500 } } });
    assert.equal(result.code, 1);
    assert.deepEqual(warningsOf(result), [`Still waiting for GitHub API POST ${apiPath(server, 'code-scanning/sarifs')} after 0.3 s (giving up at 8 s).`]);
    assert.deepEqual(server.requests.map((r) => `${r.operationId} ${r.status}`), ['code-scanning/upload-sarif 202', 'code-scanning/get-sarif 200', 'checks/create 201']);
    assert.deepEqual(server.requests.flatMap((r) => r.errors), []);
    assert.match(result.stdout, /\nCheck run 4001 has 1 annotation\(s\)\.\n/);
    tokenNeverPrinted(result, { workspace, server });
  });

  it('answers malformed JSON: the cause is an unusable answer (neither "no answer" nor a status), never "NaN"', async () => {
    const { workspace, sha } = await workspaceWith({ 'pod.yaml': privilegedPod('web') });
    const { result, server } = await runIn(workspace, sha, { limits: { requestTimeoutMs: 2000 }, server: { raw: { upload: { status: 202, body: '{"id": ' }, checkCreate: { status: 201, body: '{"id": "4001", "html_url": ' } } } });
    assert.equal(result.code, 1);
    assert.deepEqual(warningsOf(result), [
      'SARIF not uploaded: GitHub\'s answer could not be used (GitHub accepted the SARIF upload but returned no id.). Re-run the job; if it persists, set upload-sarif: false and report it.',
      'Could not create the check run: GitHub\'s answer could not be used (GitHub\'s answer to creating the check run has no check run id). Falling back to workflow annotations, which GitHub limits to 10 per level.',
    ]);
    assert.equal(server.requests.length, 2, 'an unusable 2xx is not retried');
    for (const text of [result.stdout, result.summary]) assert.doesNotMatch(text, /NaN|no answer|answered HTTP/);
    tokenNeverPrinted(result, { workspace, server });
  });

  it('redirects the upload and the check run to another host: that host receives nothing, and the warnings say why', async () => {
    const elsewhere: string[] = [];
    const thief = createServer((request, response) => {
      elsewhere.push(`${request.method} ${request.url}`);
      request.resume();
      response.end('{}');
    });
    await new Promise<void>((done) => thief.listen(0, '127.0.0.2', done));
    try {
      const stolen = `http://127.0.0.2:${(thief.address() as AddressInfo).port}/steal`;
      const { workspace, sha } = await workspaceWith({ 'pod.yaml': privilegedPod('web') });
      const { result, server } = await runIn(workspace, sha, {
        limits: { requestTimeoutMs: 2000 },
        server: { raw: { upload: { status: 308, body: '', headers: { location: stolen } }, checkCreate: { status: 302, body: '', headers: { location: stolen } } } },
      });
      assert.deepEqual(elsewhere, [], 'nothing reached the other host, SARIF body included');
      const redirected = (path: string): string => `${apiPath(server, path)} redirected to 127.0.0.2:${(thief.address() as AddressInfo).port}, another host than the API's; not followed, so nothing was sent there`;
      assert.deepEqual(warningsOf(result), [
        `SARIF not uploaded: GitHub API unreachable at ${apiPath(server, 'code-scanning/sarifs')}: ${redirected('code-scanning/sarifs')}. Check that the runner can reach GITHUB_API_URL (proxy, firewall, GitHub status), then re-run the job; or set upload-sarif: false.`,
        `Could not create the check run: no answer from GitHub (GitHub API unreachable at ${apiPath(server, 'check-runs')}: ${redirected('check-runs')}). Falling back to workflow annotations, which GitHub limits to 10 per level.`,
      ]);
      assert.equal(server.requests.length, 2, 'a refused redirect is not retried');
      tokenNeverPrinted(result, { workspace, server });
    } finally {
      await new Promise<void>((done) => thief.close(() => done()));
    }
  });
});
