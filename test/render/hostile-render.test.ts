// Issue 19 items 1, 3 and 6 through the real CLI with real helm and kubectl: a chart cannot read
// the job's environment or a file outside the checkout, a kustomization reaches no network, and
// a render that floods documents is capped, not a crash.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRunCommand } from '../../src/render/run-command.ts';
import { realHelms, skipUnlessReal } from './real-binaries.ts';

const CLI = join(import.meta.dirname, '../../src/cli.ts');
const CANARY = 'secret-canary-7f3a';

/** Runs the CLI as a user would, with an Action-like environment holding secrets. */
const runCli = (args: readonly string[], path: string, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((done) => {
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), CLI, ...args], {
      cwd,
      env: { PATH: path, HOME: process.env.HOME ?? cwd, INPUT_TOKEN: CANARY, ACTIONS_RUNTIME_TOKEN: CANARY, GITHUB_TOKEN: CANARY },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => void (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => void (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code: code ?? -1, stdout, stderr });
    });
  });

const write = async (root: string, files: Record<string, string>): Promise<void> => {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
};

/** A Role whose name is whatever the chart file holds, dots between characters (past log masking). */
const LEAKING_ROLE = (file: string): string => `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: {{ .Files.Get "${file}" | replace "\\x00" "." | regexReplaceAll "(.)" "$1." | trunc 250 | quote }}
rules:
  - apiGroups: [""]
    resources: ["pods/ephemeralcontainers"]
    verbs: ["patch"]
`;

const undotted = (text: string): string => text.replace(/\./g, '');

for (const helm of realHelms) {
  const name = helm?.name ?? 'a real helm';
  describe(`hostile charts under ${name}`, { skip: skipUnlessReal(helm, name) }, () => {
    it('a chart file linked to /proc/self/environ, a file outside the checkout or .git is refused, and no secret is printed', async () => {
      const outside = await mkdtemp(join(tmpdir(), 'eg-outside-'));
      await writeFile(join(outside, 'secret.txt'), `outside-${CANARY}\n`);
      const root = await mkdtemp(join(tmpdir(), 'eg-hostile-'));
      await write(root, {
        '.git/config': `[credential]\n\thelper = store ${CANARY}\n`,
        'environ/Chart.yaml': 'apiVersion: v2\nname: environ\nversion: 0.1.0\n',
        'environ/templates/role.yaml': LEAKING_ROLE('files/env'),
        'outside/Chart.yaml': 'apiVersion: v2\nname: outside\nversion: 0.1.0\n',
        'outside/templates/role.yaml': LEAKING_ROLE('files/secret'),
        'git/Chart.yaml': 'apiVersion: v2\nname: git\nversion: 0.1.0\n',
        'git/templates/role.yaml': LEAKING_ROLE('files/config'),
        'values/Chart.yaml': 'apiVersion: v2\nname: values\nversion: 0.1.0\n',
        'values/templates/role.yaml': LEAKING_ROLE('files/none').replace('{{ .Files.Get "files/none"', '{{ .Values.leak | toString'),
        '.ephemeral-guard.yaml': 'render:\n  helm:\n    values:\n      values: [linked-values.yaml]\n',
      });
      await mkdir(join(root, 'environ/files'));
      await symlink('/proc/self/environ', join(root, 'environ/files/env'));
      await mkdir(join(root, 'outside/files'));
      await symlink(join(outside, 'secret.txt'), join(root, 'outside/files/secret'));
      await mkdir(join(root, 'git/files'));
      await symlink('../../.git/config', join(root, 'git/files/config'));
      await symlink(join(outside, 'secret.txt'), join(root, 'linked-values.yaml'));
      for (const format of ['text', 'sarif']) {
        const result = await runCli(['scan', '.', '--format', format, '--fail-on', 'none'], helm!.path, root);
        assert.equal(result.code, 0, result.stderr);
        for (const stream of [result.stdout, result.stderr]) {
          assert.ok(!undotted(stream).includes(undotted(CANARY)), `no secret in the ${format} report: ${stream.slice(0, 2000)}`);
          assert.doesNotMatch(stream, /eg-render-|eg-hostile-/, 'no temporary path in messages');
        }
        if (format === 'text') {
          for (const refusal of [
            /environ was not rendered: helm was not run: "environ\/files\/env" is a symbolic link that leads outside the scanned folder/,
            /outside was not rendered: helm was not run: "outside\/files\/secret" is a symbolic link that leads outside the scanned folder/,
            /git was not rendered: helm was not run: "git\/files\/config" is a symbolic link into \.git/,
            /values was not rendered: helm was not run: "linked-values\.yaml" is a symbolic link that leads outside the scanned folder/,
          ]) {
            assert.match(result.stdout, refusal);
          }
        }
      }
    });

    it('renderers see no variable of the scan but PATH (a chart reading its own environment finds no token)', async () => {
      // The link is refused above; here the renderer itself is asked what it sees.
      const root = await mkdtemp(join(tmpdir(), 'eg-env-'));
      const probe = join(root, 'env-probe');
      await writeFile(probe, '#!/bin/sh\nenv\n', { mode: 0o755 });
      const run = createRunCommand({ path: `${root}:/usr/bin:/bin` });
      const previous = process.env.INPUT_TOKEN;
      process.env.INPUT_TOKEN = CANARY;
      try {
        const result = await run({ command: 'env-probe', args: [], cwd: root, timeoutMs: 10_000, inputs: [] });
        assert.equal(result.kind, 'exited');
        const seen = result.kind === 'exited' ? result.stdout : '';
        assert.ok(!seen.includes(CANARY));
        const names = seen.split('\n').filter(Boolean).map((line) => line.split('=')[0]).sort();
        assert.ok(!names.some((variable) => /^(INPUT_|ACTIONS_|GITHUB_)/.test(variable!)), names.join(' '));
        assert.match(seen, /^HELM_PLUGINS=~\/helm\/plugins$/m);
        assert.match(seen, /^GIT_ALLOW_PROTOCOL=$/m);
        assert.match(seen, /^HTTPS_PROXY=http:\/\/127\.0\.0\.1:1$/m);
      } finally {
        if (previous === undefined) delete process.env.INPUT_TOKEN;
        else process.env.INPUT_TOKEN = previous;
      }
    });

    it('a kustomization with remote crds, openapi, resources, scp-like and unlisted (node_modules) references reaches no listener', async () => {
      const connections: Socket[] = [];
      const server = createServer((socket) => {
        connections.push(socket);
        socket.destroy();
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      const port = (server.address() as { port: number }).port;
      const timer = setTimeout(() => server.close(), 120_000);
      try {
        const url = `http://127.0.0.1:${port}`;
        const root = await mkdtemp(join(tmpdir(), 'eg-remote-'));
        const role = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: r}\nrules: []\n';
        await write(root, {
          'crds/kustomization.yaml': `resources: [role.yaml]\ncrds:\n  - ${url}/crd.yaml\n`,
          'crds/role.yaml': role,
          'openapi/kustomization.yaml': `resources: [role.yaml]\nopenapi:\n  path: ${url}/openapi.json\n`,
          'openapi/role.yaml': role,
          'resource/kustomization.yaml': `resources:\n  - ${url}/role.yaml\n`,
          'scp/kustomization.yaml': `resources:\n  - git@127.0.0.1:org/repo\n  - 127.0.0.1:org/other\n`,
          'vendored/kustomization.yaml': 'resources:\n  - ../node_modules/pkg\n',
          'node_modules/pkg/kustomization.yaml': `resources:\n  - ${url}/hidden.yaml\n`,
          'generator/kustomization.yaml': `configMapGenerator:\n  - name: c\n    files: [key=${url}/file.txt]\n`,
        });
        const result = await runCli(['scan', '.', '--format', 'text', '--verbose', '--fail-on', 'none', '--render', 'kustomize'], helm!.path, root);
        assert.equal(result.code, 0, result.stderr);
        const refused = result.stdout.split('\n').filter((line) => /was not rendered/.test(line));
        for (const folder of ['crds', 'openapi', 'resource', 'scp', 'vendored', 'generator']) {
          assert.ok(
            refused.some((line) => line.includes(`Kustomization ${folder}/kustomization.yaml was not rendered: it builds on remote bases or files`)),
            `${folder}: ${refused.join('\n')}`,
          );
        }
        assert.match(result.stdout, /node_modules\/pkg\/kustomization\.yaml/);
        assert.equal(connections.length, 0, 'the listener received nothing');
      } finally {
        clearTimeout(timer);
        server.close();
      }
    });

    it('second layer: a renderer that tries a remote anyway meets the closed proxy and a git that allows no protocol', async () => {
      const root = await mkdtemp(join(tmpdir(), 'eg-layer-'));
      await write(root, {
        'http/kustomization.yaml': 'resources:\n  - https://eg-test.invalid/role.yaml\n',
        'git/kustomization.yaml': 'resources:\n  - git@eg-test.invalid:org/repo\n',
      });
      const run = createRunCommand({ path: helm!.path });
      for (const dir of ['http', 'git']) {
        const started = Date.now();
        const result = await run({ command: 'kubectl', args: ['kustomize', `./${dir}`], cwd: root, timeoutMs: 30_000, inputs: [`${dir}/kustomization.yaml`] });
        assert.equal(result.kind, 'exited');
        assert.notEqual(result.kind === 'exited' ? result.code : 0, 0);
        const stderr = result.kind === 'exited' ? result.stderr : '';
        assert.match(stderr, dir === 'http' ? /127\.0\.0\.1:1|proxyconnect|not allowed/ : /not allowed|transport/, stderr);
        assert.ok(Date.now() - started < 30_000);
      }
    });

    it('a chart rendering more documents than one render may give is capped with an EG002, not a crash', async () => {
      const root = await mkdtemp(join(tmpdir(), 'eg-flood-'));
      await write(root, {
        'flood/Chart.yaml': 'apiVersion: v2\nname: flood\nversion: 0.1.0\n',
        'flood/templates/many.yaml': '{{- range until 20005 }}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c{{ . }}\n{{- end }}\n',
      });
      const result = await runCli(['scan', '.', '--format', 'text', '--fail-on', 'none', '--render', 'helm'], helm!.path, root);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /Helm chart flood rendered 20005 documents, more than the 20000 one render may give: only the first 20000 were analysed\./);
    });
  });
}
