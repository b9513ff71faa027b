/**
 * The Action run as the runner runs it, on a fresh git checkout, against a loopback GitHub API,
 * and what the hostile-input tests check on every run: the token nowhere, no forged command.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ApiLimits } from '../../../src/github/client.ts';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './fake-github.ts';
import { parseRunnerCommands, runActionProcess, type ActionRun } from './run-action-process.ts';

export const TOKEN = 'ghs_hostileTestToken0123456789abcdefABCD';
const PUSH = JSON.parse(await readFile(new URL('../../fixtures/github/events/push.json', import.meta.url), 'utf8')) as Record<string, unknown>;

export const privilegedPod = (name: string, namespace = 'shop'): string => `apiVersion: v1
kind: Pod
metadata: {name: ${JSON.stringify(name)}, namespace: ${JSON.stringify(namespace)}}
spec:
  ephemeralContainers:
    - name: debug
      image: busybox
      securityContext: {privileged: true}
`;

/** Files (a `{ link }` is a symbolic link) committed in `folder` of a fresh workspace, HEAD detached. */
export const workspaceWith = async (
  files: Record<string, string | { link: string }>,
  folder = '',
  /** Writes what a string key cannot name (a file name that is not UTF-8) before the commit. */
  more?: (checkout: string) => Promise<void>,
): Promise<{ workspace: string; checkout: string; sha: string }> => {
  const workspace = await mkdtemp(join(tmpdir(), 'eg-hostile-'));
  const checkout = join(workspace, folder);
  await mkdir(checkout, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(checkout, path)), { recursive: true });
    if (typeof content === 'string') await writeFile(join(checkout, path), content);
    else await symlink(content.link, join(checkout, path));
  }
  await more?.(checkout);
  const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: checkout, encoding: 'utf8' }).trim();
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'checkout', '--allow-empty');
  git('checkout', '-q', '--detach');
  return { workspace, checkout, sha: git('rev-parse', 'HEAD') };
};

/** The entry that takes the API limits from EG_TEST_API_LIMITS (the rest is the runner's wiring). */
const LIMITED_ENTRY = 'test/github/helpers/action-entry.ts';

export const runIn = async (workspace: string, sha: string, options: { inputs?: Record<string, string>; server?: FakeGitHubOptions; apiUrl?: string; limits?: ApiLimits; env?: Record<string, string> } = {}) => {
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
        ...(options.limits ? { EG_TEST_API_LIMITS: JSON.stringify(options.limits) } : {}),
        ...options.env,
      },
      inputs: options.inputs ?? {},
      ...(options.limits ? { entry: LIMITED_ENTRY } : {}),
    });
    return { result, server, seconds: (Date.now() - started) / 1000 };
  } finally {
    await server.close();
  }
};

/**
 * The token only in `::add-mask::`, nowhere else: stdout (annotations included), stderr, summary,
 * outputs, the SARIF file and every body the API received (check-run annotations, SARIF).
 */
export const tokenNeverPrinted = (result: ActionRun, where: { workspace?: string; server?: FakeGitHub } = {}): void => {
  const unmasked = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
  const sarifPath = where.workspace ? join(where.workspace, 'ephemeral-guard.sarif') : undefined;
  const texts = {
    stdout: unmasked,
    stderr: result.stderr,
    summary: result.summary,
    outputs: JSON.stringify(result.outputs),
    ...(sarifPath && existsSync(sarifPath) ? { sarif: readFileSync(sarifPath, 'utf8') } : {}),
    ...(where.server ? { 'API bodies': JSON.stringify(where.server.requests.map((r) => [r.body, r.sarif])) } : {}),
  };
  for (const [place, text] of Object.entries(texts)) assert.ok(!text.includes(TOKEN), `the token is in ${place}`);
};

export const failureOf = (result: ActionRun): string[] => parseRunnerCommands(result.stdout).filter((c) => c.command === 'error' && !c.properties.file).map((c) => c.message);
export const warningsOf = (result: ActionRun): string[] => parseRunnerCommands(result.stdout).filter((c) => c.command === 'warning' && !c.properties.file).map((c) => c.message);

/**
 * Every workflow command the runner would act on is ours: the token's mask, the report's
 * random stop-commands token, and annotations and messages that no scanned text started.
 */
export const assertNoForgedCommand = (result: ActionRun): void => {
  const commands = parseRunnerCommands(result.stdout);
  assert.ok(commands.length > 0);
  for (const command of commands) {
    assert.ok(!(command.command === 'error' && command.properties.file === 'README.md'), `forged: ${JSON.stringify(command)}`);
    assert.ok(!command.message.startsWith('forged'), `forged: ${JSON.stringify(command)}`);
    assert.ok(['add-mask', 'stop-commands', 'error', 'warning', 'notice'].includes(command.command), `forged: ${JSON.stringify(command)}`);
    if (command.command === 'add-mask') assert.equal(command.message, TOKEN);
    if (command.command === 'stop-commands') assert.match(command.message, /^[0-9a-f]{32}$/);
  }
};
