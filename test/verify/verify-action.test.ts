import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseInputs } from '../../src/github/inputs.ts';
import type { ActionIO } from '../../src/github/action-io.ts';
import { SCAN_RULES, VERIFY_RULES } from '../../src/rules/index.ts';
import { runVerifyAction } from '../../src/github/verify-action.ts';
import { pod, podSecurityDenied, startFakeApiserver, type FakeApiserver } from './fake-apiserver.ts';

const servers: FakeApiserver[] = [];
after(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

const recorder = (inputs: Record<string, string>) => {
  const calls: string[] = [];
  // Only the members verify mode uses; the rest of ActionIO belongs to the scan path.
  const io = {
    getInput: (name: string) => inputs[name] ?? '',
    setOutput: (name: string, value: string | number) => void calls.push(`output ${name}=${value}`),
    setFailed: (message: string) => void calls.push(`failed ${message}`),
    info: () => undefined,
    warning: (message: string) => void calls.push(`warning ${message}`),
    appendSummary: async (markdown: string) => void calls.push(`summary ${markdown.split('\n')[0]}`),
    setSecret: () => undefined,
  } as unknown as ActionIO;
  return { io, calls };
};

describe('the Action in verify mode', () => {
  it('verify-kubeconfig implies mode verify; namespaces come one per line or comma-separated', () => {
    const inputs = parseInputs((name) => ({ 'verify-kubeconfig': 'kind.yaml', 'verify-namespaces': 'apps, web\nops' })[name] ?? '');
    assert.equal(inputs.mode, 'verify');
    assert.deepEqual(inputs.verifyNamespaces, ['apps', 'web', 'ops']);
    assert.equal(parseInputs(() => '').mode, 'scan');
  });

  it('dry-runs the probes, writes the EG4xx SARIF and the summary, and fails on a hole', async () => {
    const server = await startFakeApiserver({ pods: { apps: [pod('apps', 'web')] }, admit: (write) => (write.container.securityContext?.privileged ? podSecurityDenied('web', 'baseline:latest', 'x') : { status: 200 }) });
    servers.push(server);
    const { io, calls } = recorder({ mode: 'verify', 'verify-namespaces': 'apps' });
    const written: Record<string, string> = {};
    await runVerifyAction(io, { workspace: '/ws', writeFile: async (path, text) => void (written[path] = typeof text === 'string' ? text : [...text].join('')) }, parseInputs(io.getInput), () => server.kubeConfig());
    assert.deepEqual(server.realWrites, []);
    assert.deepEqual(server.violations, []);
    const sarif = JSON.parse(written['/ws/ephemeral-guard.sarif']!);
    assert.deepEqual(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId), ['EG402', 'EG402', 'EG402', 'EG403']);
    assert.deepEqual(calls, [
      'summary ### ephemeral-guard verify: kind-ci',
      'output sarif-file=/ws/ephemeral-guard.sarif',
      'output findings=4',
      'output errors=3',
      'output warnings=1',
      'output notes=0',
      'failed The cluster admitted dangerous ephemeral containers (4 finding(s)); see the job summary.',
    ]);
  });

  it('scan never runs the EG4xx rules; verify runs only them', () => {
    assert.ok(SCAN_RULES.every((rule) => !rule.meta.id.startsWith('EG4')));
    assert.deepEqual(VERIFY_RULES.map((rule) => rule.meta.id), ['EG401', 'EG402', 'EG403', 'EG404']);
  });
});
