import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KubeConfig } from '@kubernetes/client-node';
import { runCli } from '../../src/cli/run-cli.ts';
import { type CliIO } from '../../src/cli/cli-io.ts';
import { nodeFileSystem } from '../../src/discover/file-system.ts';
import { validateSarif } from '../helpers/validate-sarif.ts';
import {
  pod,
  podSecurityDenied,
  rbacForbidden,
  startFakeApiserver,
  status,
  webhookDenied,
  type Answer,
  type EphemeralWrite,
  type FakeApiserver,
} from './fake-apiserver.ts';

const servers: FakeApiserver[] = [];
after(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

const start = async (...args: Parameters<typeof startFakeApiserver>): Promise<FakeApiserver> => {
  const server = await startFakeApiserver(...args);
  servers.push(server);
  return server;
};

const verify = async (argv: string[], kubeConfig: () => KubeConfig) => {
  const cwd = await mkdtemp(join(tmpdir(), 'eg-verify-'));
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTTY: false,
    cwd,
    readText: (path) => readFile(path, 'utf8').catch(() => undefined),
    writeFile: async (path, text) => {
      await mkdir(join(path, '..'), { recursive: true });
      await writeFile(path, text);
    },
  };
  const code = await runCli(['verify', ...argv], io, { fs: nodeFileSystem, loadKubeConfig: kubeConfig });
  return { code, stdout, stderr, cwd };
};

const allowed: Answer = { status: 200 };
const sc = (write: EphemeralWrite) => write.container.securityContext ?? {};
const isPrivileged = (write: EphemeralWrite) => sc(write).privileged === true;
const addsCapabilities = (write: EphemeralWrite) => ((sc(write).capabilities as { add?: string[] } | undefined)?.add ?? []).length > 0;

/** Pod Security baseline: privileged and added capabilities are refused; the rest passes. */
const baseline = (write: EphemeralWrite): Answer =>
  isPrivileged(write)
    ? podSecurityDenied(write.pod, 'baseline:latest', `privileged (container "${write.container.name}" must not set securityContext.privileged=true)`)
    : addsCapabilities(write)
      ? podSecurityDenied(write.pod, 'baseline:latest', `non-default capabilities (container "${write.container.name}" must not include "SYS_ADMIN" in securityContext.capabilities.add)`)
      : allowed;

/** Gatekeeper with the pod-security and allowed-repos constraints that do read ephemeralContainers. */
const gatekeeper = (write: EphemeralWrite): Answer => {
  const context = sc(write);
  if (!write.container.image.startsWith('registry.example.com/')) {
    return webhookDenied('validation.gatekeeper.sh', `[allowed-repos] container <${write.container.name}> has an invalid image repo <${write.container.image}>`);
  }
  if (context.privileged === true) return webhookDenied('validation.gatekeeper.sh', `[psp-privileged-container] Privileged container is not allowed: ${write.container.name}`);
  if (context.allowPrivilegeEscalation === true) return webhookDenied('validation.gatekeeper.sh', `[psp-allow-privilege-escalation] Privilege escalation container is not allowed: ${write.container.name}`);
  if (addsCapabilities(write)) return webhookDenied('validation.gatekeeper.sh', `[capabilities] container <${write.container.name}> has a disallowed capability`);
  if (context.runAsUser === 0) return webhookDenied('validation.gatekeeper.sh', `[psp-pods-allowed-user-ranges] Container ${write.container.name} is attempting to run as disallowed user 0`);
  return allowed;
};

const ephemeralRequests = (server: FakeApiserver) => server.requests.filter((request) => request.path.endsWith('/ephemeralcontainers'));

describe('ephemeral-guard verify against a loopback apiserver', () => {
  it('dry-runs every probe by PATCH and PUT, writes nothing, and reports the matrix (exit 1 on a hole)', async () => {
    const server = await start({
      pods: {
        apps: [pod('apps', 'web-b'), pod('apps', 'web-a', { ephemeral: ['debugger-x1'] }), pod('apps', 'static', { annotations: { 'kubernetes.io/config.mirror': 'abc' } })],
        locked: [pod('locked', 'api', { phase: 'Pending' }), pod('locked', 'worker')],
        empty: [],
        'kube-system': [pod('kube-system', 'coredns')],
      },
      admit: (write) => (write.namespace === 'apps' ? baseline(write) : gatekeeper(write)),
    });
    const { code, stdout, stderr } = await verify([], () => server.kubeConfig());
    assert.equal(stderr, '');
    assert.deepEqual(server.violations, []);
    assert.deepEqual(server.realWrites, [], 'nothing is written without dry run');
    const writes = ephemeralRequests(server);
    assert.equal(writes.length, 2 * 6 * 2, '2 namespaces × 6 probes × PATCH and PUT');
    assert.ok(writes.every((request) => request.query.dryRun === 'All'));
    assert.deepEqual([...new Set(writes.map((request) => `${request.method} ${request.path}`))].sort(), [
      'PATCH /api/v1/namespaces/apps/pods/web-a/ephemeralcontainers',
      'PATCH /api/v1/namespaces/locked/pods/worker/ephemeralcontainers',
      'PUT /api/v1/namespaces/apps/pods/web-a/ephemeralcontainers',
      'PUT /api/v1/namespaces/locked/pods/worker/ephemeralcontainers',
    ]);
    assert.ok(!server.requests.some((request) => request.path.includes('kube-system')), 'kube-system is excluded by default');
    assert.ok(!server.requests.some((request) => request.method === 'POST' || request.method === 'DELETE'));
    // The probe image is the target pod's own (already admitted there); the registry probe uses the disallowed one.
    const patchBodies = writes.filter((request) => request.method === 'PATCH' && request.path.includes('/apps/')).map((request) => request.body as { spec: { ephemeralContainers: { name: string; image: string }[] } });
    assert.deepEqual(
      patchBodies.map((body) => `${body.spec.ephemeralContainers[0]!.name} ${body.spec.ephemeralContainers[0]!.image}`),
      [
        'eg-probe-hardened-control registry.example.com/app:1.0',
        'eg-probe-privileged registry.example.com/app:1.0',
        'eg-probe-allow-privilege-escalation registry.example.com/app:1.0',
        'eg-probe-capability-sys-admin registry.example.com/app:1.0',
        'eg-probe-run-as-root registry.example.com/app:1.0',
        'eg-probe-disallowed-image registry.ephemeral-guard.invalid/disallowed/probe:1',
      ],
    );

    assert.equal(code, 1);
    assert.equal(
      stdout,
      [
        `Context kind-ci (${server.url}), server-side dry run (dryRun=All): nothing was added to any pod.`,
        '',
        'apps  (pod web-a)',
        '  hardened-control            accepted (expected: the other probes differ from it by one field)',
        '  privileged                  denied by Pod Security "baseline:latest"',
        '  allow-privilege-escalation  ALLOWED (PATCH, PUT)  EG402',
        '  capability-sys-admin        denied by Pod Security "baseline:latest"',
        '  run-as-root                 ALLOWED (PATCH, PUT)  EG402',
        '  disallowed-image            ALLOWED (PATCH, PUT)  EG403',
        '',
        'empty  (no probe sent)',
        '  namespace empty has no pod to send the probes to (an ephemeral container can only be added to an existing pod); run with --create-probe-pod to probe it with a throwaway pod.',
        '',
        'locked  (pod worker)',
        '  hardened-control            accepted (expected: the other probes differ from it by one field)',
        '  privileged                  denied by webhook "validation.gatekeeper.sh" (psp-privileged-container)',
        '  allow-privilege-escalation  denied by webhook "validation.gatekeeper.sh" (psp-allow-privilege-escalation)',
        '  capability-sys-admin        denied by webhook "validation.gatekeeper.sh" (capabilities)',
        '  run-as-root                 denied by webhook "validation.gatekeeper.sh" (psp-pods-allowed-user-ranges)',
        '  disallowed-image            denied by webhook "validation.gatekeeper.sh" (allowed-repos)',
        '',
        'error   EG402  cluster/kind-ci/namespace/apps  Namespace apps admitted an ephemeral container with allowPrivilegeEscalation: true. It admitted a dry-run PATCH and PUT of pods/web-a/ephemeralcontainers: a debug session there can gain more privileges than its process started with (setuid binaries). Enforce Pod Security restricted on apps, or make a policy require allowPrivilegeEscalation: false on ephemeralContainers.',
        'error   EG402  cluster/kind-ci/namespace/apps  Namespace apps admitted an ephemeral container with runAsUser: 0. It admitted a dry-run PATCH and PUT of pods/web-a/ephemeralcontainers: a debug session there runs as root inside the pod, next to its secrets and volumes. Enforce Pod Security restricted on apps, or make a policy require runAsNonRoot on ephemeralContainers.',
        'warning EG403  cluster/kind-ci/namespace/apps  Namespace apps admitted an ephemeral container with image registry.ephemeral-guard.invalid/disallowed/probe:1. It admitted a dry-run PATCH and PUT of pods/web-a/ephemeralcontainers: a debug session there can run any tool from any registry, whatever the image policy says about containers. Make the image policy (allowed registries) read ephemeralContainers and receive UPDATE of pods/ephemeralcontainers.',
        'note    EG404  cluster/kind-ci/namespace/empty  No probe was sent in namespace empty: namespace empty has no pod to send the probes to (an ephemeral container can only be added to an existing pod); run with --create-probe-pod to probe it with a throwaway pod.',
        '',
        '3 admitted probes in 1 of 3 namespaces; 1 namespace not fully verified.',
        '',
      ].join('\n'),
    );
  });

  it('sends the PATCH body kubectl debug sends, with $setElementOrder when the pod has ephemeral containers', async () => {
    const server = await start({ pods: { apps: [pod('apps', 'web', { ephemeral: ['debugger-x1'] })] }, admit: () => status(403, 'Forbidden', 'pods "web" is forbidden: violates PodSecurity "restricted:latest": everything') });
    await verify(['--namespace', 'apps'], () => server.kubeConfig());
    assert.deepEqual(server.violations, []);
    const privileged = ephemeralRequests(server).find((request) => request.method === 'PATCH' && JSON.stringify(request.body).includes('eg-probe-privileged'))!;
    assert.equal(privileged.contentType, 'application/strategic-merge-patch+json');
    assert.deepEqual(privileged.body, {
      spec: {
        '$setElementOrder/ephemeralContainers': [{ name: 'debugger-x1' }, { name: 'eg-probe-privileged' }],
        ephemeralContainers: [
          {
            name: 'eg-probe-privileged',
            image: 'registry.example.com/app:1.0',
            resources: {},
            terminationMessagePolicy: 'File',
            securityContext: { runAsNonRoot: true, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' }, privileged: true },
          },
        ],
      },
    });
    const put = ephemeralRequests(server).find((request) => request.method === 'PUT' && JSON.stringify(request.body).includes('eg-probe-run-as-root'))!;
    const body = put.body as { metadata: { resourceVersion: string }; spec: { ephemeralContainers: { name: string; securityContext: unknown }[] } };
    assert.equal(body.metadata.resourceVersion, '41');
    assert.deepEqual(body.spec.ephemeralContainers.map((container) => container.name), ['debugger-x1', 'eg-probe-run-as-root']);
    assert.deepEqual(body.spec.ephemeralContainers[1]!.securityContext, { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' }, runAsUser: 0 });
  });

  it('reports RBAC refusals as good news, and exits 2 when RBAC refused every probe', async () => {
    const server = await start({ pods: { apps: [pod('apps', 'web')] }, admit: (write) => rbacForbidden(write.pod, write.namespace, write.method === 'PATCH' ? 'patch' : 'update') });
    const { code, stdout } = await verify(['--namespace', 'apps'], () => server.kubeConfig());
    assert.equal(code, 2);
    assert.match(stdout, /\n {2}privileged {18}could not test: RBAC forbids it \(good news for this identity\)\n/);
    assert.match(stdout, /RBAC refused every probe: admission was not exercised \(run verify as an identity that may patch pods\/ephemeralcontainers\)\.\n$/);
  });

  it('counts a probe as admitted when only one write method gets through (PUT allowed, PATCH refused by RBAC)', async () => {
    const server = await start({
      pods: { apps: [pod('apps', 'web')] },
      admit: (write) => (write.method === 'PATCH' ? rbacForbidden(write.pod, write.namespace, 'patch') : isPrivileged(write) ? allowed : podSecurityDenied(write.pod, 'baseline:latest', 'x')),
    });
    const { code, stdout } = await verify(['--namespace', 'apps', '--format', 'json'], () => server.kubeConfig());
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as { namespaces: { cells: { probe: string; verdict: string; attempts: { method: string; state: string }[] }[] }[]; findings: { ruleId: string; message: string }[] };
    const privileged = report.namespaces[0]!.cells.find((cell) => cell.probe === 'privileged')!;
    assert.equal(privileged.verdict, 'allowed');
    assert.deepEqual(privileged.attempts.map((attempt) => `${attempt.method} ${attempt.state}`), ['PATCH rbac-forbidden', 'PUT allowed']);
    assert.deepEqual(report.findings.map((finding) => finding.ruleId), ['EG401']);
    assert.match(report.findings[0]!.message, /\. It admitted a dry-run PUT of pods\/web\/ephemeralcontainers: /);
  });

  it('reports a webhook without dry-run support as not verifiable by dry run (EG404), never as allowed', async () => {
    const server = await start({
      pods: { apps: [pod('apps', 'web')] },
      admit: (write) => (write.dryRun ? status(400, 'BadRequest', 'admission webhook "audit.example.com" does not support dry run') : allowed),
    });
    const { code, stdout } = await verify(['--namespace', 'apps', '--format', 'sarif'], () => server.kubeConfig());
    assert.equal(code, 2);
    const sarif = JSON.parse(stdout);
    assert.deepEqual(validateSarif(sarif), []);
    const run = sarif.runs[0];
    assert.deepEqual(run.tool.driver.rules.map((rule: { id: string }) => rule.id), ['EG401', 'EG402', 'EG403', 'EG404']);
    assert.equal(run.automationDetails.id, 'ephemeral-guard-verify/');
    assert.equal(run.results.length, 1);
    const [result] = run.results;
    assert.equal(result.ruleId, 'EG404');
    assert.equal(result.ruleIndex, 3);
    assert.equal(result.level, 'note');
    assert.deepEqual(result.locations, [{ logicalLocations: [{ fullyQualifiedName: 'cluster/kind-ci/namespace/apps', name: 'apps', kind: 'namespace' }] }]);
    assert.equal(
      result.message.text,
      'In namespace apps, probes hardened-control, privileged, allow-privilege-escalation, capability-sys-admin, run-as-root, disallowed-image could not be judged: admission webhook "audit.example.com" declares side effects (sideEffects is neither None nor NoneOnDryRun), so the apiserver refuses every dry run it would receive: only a real write would show whether it denies this probe.',
    );
    assert.deepEqual(server.realWrites, []);
  });

  it('SARIF results of admitted probes carry security-severity and a namespace logical location', async () => {
    const server = await start({ pods: { apps: [pod('apps', 'web')] }, admit: () => allowed });
    const { code, stdout } = await verify(['--namespace', 'apps', '--format', 'sarif', '--category', 'nightly'], () => server.kubeConfig());
    assert.equal(code, 1);
    const sarif = JSON.parse(stdout);
    assert.deepEqual(validateSarif(sarif), []);
    const run = sarif.runs[0];
    assert.equal(run.automationDetails.id, 'nightly/');
    assert.deepEqual(
      run.results.map((result: { ruleId: string; level: string; properties: Record<string, string> }) => `${result.ruleId} ${result.level} ${result.properties['security-severity']}`),
      ['EG401 error 9.3', 'EG402 error 8.1', 'EG402 error 8.1', 'EG402 error 8.1', 'EG403 warning 6.5'],
    );
    assert.ok(run.results.every((result: { locations: { physicalLocation?: unknown }[] }) => result.locations[0]!.physicalLocation === undefined));
  });

  it('writes the matrix as a Markdown table for the job summary', async () => {
    const server = await start({ pods: { apps: [pod('apps', 'web')], dev: [] }, admit: baseline });
    const { stdout } = await verify(['--format', 'markdown'], () => server.kubeConfig());
    const lines = stdout.split('\n');
    assert.equal(lines[0], '### ephemeral-guard verify: kind-ci');
    assert.equal(lines[4], '| namespace | `hardened-control` | `privileged` | `allow-privilege-escalation` | `capability-sys-admin` | `run-as-root` | `disallowed-image` |');
    assert.equal(lines[5], '| --- | --- | --- | --- | --- | --- | --- |');
    assert.equal(lines[6], '| `apps` | accepted | ✅ denied by Pod Security "baseline:latest" | ❌ allowed | ✅ denied by Pod Security "baseline:latest" | ❌ allowed | ❌ allowed |');
    assert.equal(lines[7], '| `dev` | — skipped | — skipped | — skipped | — skipped | — skipped | — skipped |');
    assert.equal(lines[9], '**3 admitted probes in 1 of 2 namespaces; 1 namespace not fully verified.**');
  });

  it('says so in one line and exits 2 when the cluster is unreachable', async () => {
    const server = await start({ pods: {}, admit: () => allowed });
    const kubeConfig = server.kubeConfig();
    await server.close();
    const { code, stdout, stderr } = await verify([], () => kubeConfig);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.equal(stderr, `ephemeral-guard verify: could not verify: cannot reach the cluster of context "kind-ci" at ${server.url} (ECONNREFUSED); check that it is running and that the kubeconfig's server address is right.\n`);
  });

  it('says so in one line and exits 2 when the credentials are expired (401)', async () => {
    const server = await start({ pods: { apps: [pod('apps', 'web')] }, admit: () => allowed, token: 'fresh' });
    const { code, stderr } = await verify(['--namespace', 'apps'], () => server.kubeConfig('expired'));
    assert.equal(code, 2);
    assert.equal(stderr, 'ephemeral-guard verify: could not verify: the cluster of context "kind-ci" rejected the credentials (HTTP 401 Unauthorized): they are missing, expired or revoked; log in again or refresh the kubeconfig.\n');
    assert.equal(ephemeralRequests(server).length, 0);
  });

  it('asks for --namespace when this identity may not list namespaces, and works with it', async () => {
    const server = await start({
      pods: { apps: [pod('apps', 'web')] },
      listNamespaces: status(403, 'Forbidden', 'namespaces is forbidden: User "ci" cannot list resource "namespaces" in API group "" at the cluster scope'),
      admit: () => podSecurityDenied('web', 'restricted:latest', 'x'),
    });
    const first = await verify([], () => server.kubeConfig());
    assert.equal(first.code, 2);
    assert.equal(first.stderr, 'ephemeral-guard verify: could not verify: this identity may not list namespaces in context "kind-ci"; name the namespaces to probe with --namespace.\n');
    const second = await verify(['--namespace', 'apps,kube-system'], () => server.kubeConfig());
    assert.equal(second.code, 2, 'kube-system (named, so probed) does not exist here');
    assert.match(second.stdout, /\nkube-system {2}\(no probe sent\)\n {2}namespace kube-system does not exist\.\n/);
    assert.match(second.stdout, /\n {2}privileged {18}denied by Pod Security "restricted:latest"\n/);
  });

  it('marks a namespace whose pods this identity may not list as not verifiable', async () => {
    const server = await start({
      pods: { apps: status(403, 'Forbidden', 'pods is forbidden: User "ci" cannot list resource "pods" in API group "" in the namespace "apps"') },
      admit: () => allowed,
    });
    const { code, stdout } = await verify(['--namespace', 'apps'], () => server.kubeConfig());
    assert.equal(code, 2);
    assert.match(stdout, /note {4}EG404 {2}cluster\/kind-ci\/namespace\/apps {2}No probe was sent in namespace apps: this identity may not list pods in namespace apps, so no probe could be aimed; grant it "list pods" there, or use --create-probe-pod\.\n/);
  });

  it('reports a timeout per probe, without waiting forever', async () => {
    const server = await start({ pods: { apps: [pod('apps', 'web')] }, admit: (write) => (isPrivileged(write) ? { status: 0, hang: true } : podSecurityDenied(write.pod, 'restricted:latest', 'x')) });
    const started = Date.now();
    const { code, stdout } = await verify(['--namespace', 'apps', '--timeout', '0.2', '--format', 'json'], () => server.kubeConfig());
    assert.ok(Date.now() - started < 5000);
    assert.equal(code, 2);
    const report = JSON.parse(stdout) as { namespaces: { cells: { probe: string; verdict: string; attempts: { cause?: string }[] }[] }[] };
    const privileged = report.namespaces[0]!.cells.find((cell) => cell.probe === 'privileged')!;
    assert.equal(privileged.verdict, 'not-verifiable');
    assert.deepEqual(privileged.attempts.map((attempt) => attempt.cause), ['timeout', 'timeout']);
  });

  it('reports a failing webhook (500) and a 422 as not verifiable, naming them', async () => {
    const server = await start({
      pods: { apps: [pod('apps', 'web')] },
      admit: (write) =>
        isPrivileged(write)
          ? status(500, 'InternalError', 'Internal error occurred: failed calling webhook "validate.kyverno.svc-fail": failed to call webhook: Post "https://kyverno-svc.kyverno.svc:443/validate/fail?timeout=10s": context deadline exceeded')
          : addsCapabilities(write)
            ? status(422, 'Invalid', 'Pod "web" is invalid: spec.ephemeralContainers[0].securityContext.capabilities.add: Unsupported value')
            : podSecurityDenied(write.pod, 'restricted:latest', 'x'),
    });
    const { code, stdout } = await verify(['--namespace', 'apps'], () => server.kubeConfig());
    assert.equal(code, 2);
    assert.match(stdout, /\n {2}privileged {18}not verifiable \(webhook-failed\)\n/);
    assert.match(stdout, /\n {2}capability-sys-admin {8}not verifiable \(rejected-by-validation\)\n/);
    assert.match(stdout, /EG404 {2}cluster\/kind-ci\/namespace\/apps {2}In namespace apps, probe privileged could not be judged: the apiserver could not call webhook "validate\.kyverno\.svc-fail"/);
  });

  it('with --create-probe-pod, creates a pod, dry-runs the probes against it and deletes it', async () => {
    const server = await start({ pods: { apps: [] }, admit: baseline });
    const { code } = await verify(['--namespace', 'apps', '--create-probe-pod'], () => server.kubeConfig());
    assert.equal(code, 1);
    assert.deepEqual(server.violations, []);
    const created = server.requests.find((request) => request.method === 'POST')!;
    const name = (created.body as { metadata: { name: string } }).metadata.name;
    assert.match(name, /^ephemeral-guard-probe-[0-9a-f]{6}$/);
    assert.deepEqual(server.realWrites, [`create pod apps/${name}`, `delete pod apps/${name}`]);
    assert.ok(ephemeralRequests(server).every((request) => request.query.dryRun === 'All' && request.path === `/api/v1/namespaces/apps/pods/${name}/ephemeralcontainers`));
    // Its image is the probe pod image (pause), which the probes then use too.
    assert.equal((ephemeralRequests(server)[0]!.body as { spec: { ephemeralContainers: { image: string }[] } }).spec.ephemeralContainers[0]!.image, 'registry.k8s.io/pause:3.10');
  });

  it('with --no-dry-run, really adds the probes, but only to the probe pod it created', async () => {
    const server = await start({ pods: { apps: [pod('apps', 'web')] }, admit: baseline });
    const { code } = await verify(['--namespace', 'apps', '--create-probe-pod', '--no-dry-run'], () => server.kubeConfig());
    assert.equal(code, 1);
    assert.deepEqual(server.violations, []);
    const name = (server.requests.find((request) => request.method === 'POST')!.body as { metadata: { name: string } }).metadata.name;
    const real = server.realWrites.filter((write) => write.includes('ephemeral container'));
    assert.deepEqual(real, [
      `PATCH ephemeral container eg-probe-hardened-control into apps/${name}`,
      `PUT ephemeral container eg-probe-hardened-control-put into apps/${name}`,
      `PATCH ephemeral container eg-probe-allow-privilege-escalation into apps/${name}`,
      `PUT ephemeral container eg-probe-allow-privilege-escalation-put into apps/${name}`,
      `PATCH ephemeral container eg-probe-run-as-root into apps/${name}`,
      `PUT ephemeral container eg-probe-run-as-root-put into apps/${name}`,
      `PATCH ephemeral container eg-probe-disallowed-image into apps/${name}`,
      `PUT ephemeral container eg-probe-disallowed-image-put into apps/${name}`,
    ]);
    assert.equal(server.realWrites.at(-1), `delete pod apps/${name}`);
    assert.ok(!server.requests.some((request) => request.path.includes('/pods/web/')), 'the existing pod is never touched');
  });

  it('refuses --no-dry-run without --create-probe-pod before any request', async () => {
    const server = await start({ pods: { apps: [pod('apps', 'web')] }, admit: () => allowed });
    const { code, stderr } = await verify(['--no-dry-run'], () => server.kubeConfig());
    assert.equal(code, 2);
    assert.match(stderr, /--no-dry-run needs --create-probe-pod: ephemeral-guard writes for real only to a pod it created\./);
    assert.deepEqual(server.requests, []);
  });

  it('reports a probe pod that admission refuses as not verifiable', async () => {
    const server = await start({ pods: { apps: [] }, admit: () => allowed, createPod: () => webhookDenied('validation.gatekeeper.sh', '[allowed-repos] container <pause> has an invalid image repo <registry.k8s.io/pause:3.10>') });
    const { code, stdout } = await verify(['--namespace', 'apps', '--create-probe-pod'], () => server.kubeConfig());
    assert.equal(code, 2);
    assert.match(stdout, /No probe was sent in namespace apps: could not create the probe pod in namespace apps: admission webhook "validation\.gatekeeper\.sh" denied the request: \[allowed-repos\]/);
    assert.deepEqual(server.realWrites, []);
  });

  it('documents what dry run proves in its help', async () => {
    const { code, stdout } = await verify(['--help'], () => {
      throw new Error('not called');
    });
    assert.equal(code, 0);
    assert.match(stdout, /sideEffects is neither None nor NoneOnDryRun/);
    assert.match(stdout, /Nothing is ever really added unless --no-dry-run is given/);
  });
});
