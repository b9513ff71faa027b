/**
 * Issue 19 items 2, 3 and 9 through the Action entry with real helm and kubectl: Helm `fail`
 * output and kustomize error text that try to forge workflow commands reach no runner parser,
 * are escaped in the EG002 message, carry no checkout path, read the same from two checkouts,
 * and rendering reaches no listener.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { realHelms, skipUnlessReal } from '../render/real-binaries.ts';
import { parseRunnerCommands } from './helpers/run-action-process.ts';
import { assertNoForgedCommand, runIn, tokenNeverPrinted, workspaceWith } from './helpers/hostile-action.ts';
import { join } from 'node:path';

const forged = '::error file=README.md,line=1::forged';

const hostileTree = (listener: string): Record<string, string> => ({
  'failing/Chart.yaml': 'apiVersion: v2\nname: failing\nversion: 0.1.0\n',
  'failing/templates/pod.yaml': `{{ fail "boom\\n${forged}\\r::add-mask::x\\n  ::stop-commands::abc\\n/home/runner/work/repo/secret" }}\n`,
  'remote/Chart.yaml': `apiVersion: v2\nname: remote\nversion: 0.1.0\ndependencies:\n  - {name: sub, version: 1.0.0, repository: "${listener}/charts"}\n`,
  'remote/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n',
  'dup/kustomization.yaml': 'resources: [a.yaml, b.yaml]\n',
  'dup/a.yaml': `apiVersion: v1\nkind: Pod\nmetadata: {name: "p\\n${forged}\\r::add-mask::y", namespace: shop}\nspec: {containers: [{name: c, image: x}]}\n`,
  'dup/b.yaml': `apiVersion: v1\nkind: Pod\nmetadata: {name: "p\\n${forged}\\r::add-mask::y", namespace: shop}\nspec: {containers: [{name: c, image: x}]}\n`,
  'net/kustomization.yaml': `resources: ["${listener}/base"]\n`,
});

for (const helm of realHelms) {
  const name = helm?.name ?? 'a real helm';
  describe(`the Action's renderer error text under ${name}`, { skip: skipUnlessReal(helm, name) }, () => {
    it('Helm fail and kustomize errors forge no command, are escaped, name no checkout path, read the same from two checkouts, reach no listener', async () => {
      const connections: Socket[] = [];
      const listener = createServer((socket) => void connections.push(socket.destroy() as Socket));
      await new Promise<void>((done) => listener.listen(0, '127.0.0.1', done));
      try {
        const url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
        const runs = [];
        for (const folder of ['', 'much/deeper/repo']) {
          const { workspace, checkout, sha } = await workspaceWith(hostileTree(url), folder);
          const started = Date.now();
          const { result, server } = await runIn(workspace, sha, { inputs: { annotations: 'workflow', 'checkout-path': folder || '.', 'fail-on': 'none' }, env: { PATH: helm!.path } });
          const seconds = (Date.now() - started) / 1000;
          assert.equal(result.code, 0, result.stdout);
          assert.ok(seconds < 90, `${seconds} s`);
          assertNoForgedCommand(result);
          tokenNeverPrinted(result, { workspace, server });
          const sarif = readFileSync(join(workspace, 'ephemeral-guard.sarif'), 'utf8');
          for (const [where, text] of Object.entries({ stdout: result.stdout, summary: result.summary, sarif })) {
            assert.ok(!text.includes(checkout) && !text.includes(workspace), `the checkout path is in ${where}`);
            assert.ok(!text.includes('eg-render-'), `a renderer's temporary folder is in ${where}`);
          }
          // The report in the log: the renderers' words, CR and LF escaped, on one line each.
          assert.match(result.stdout, /\n {2}failing\/Chart\.yaml:1:1 {2}note {4}EG002 {2}Helm chart failing was not rendered: helm template exited with code 1: Error: execution error at \(failing\/templates\/pod\.yaml:1:3\)/);
          // As annotation data the renderers' words are escaped (%0D), one command each.
          const notices = parseRunnerCommands(result.stdout).filter((c) => c.command === 'notice').map((c) => `${c.properties.file} ${c.message}`);
          assert.equal(notices.length, 4);
          assert.ok(notices.some((m) => m.startsWith('dup/kustomization.yaml Kustomization dup/kustomization.yaml was not rendered: kubectl kustomize exited with code 1: ') && m.includes("Pod.v1.[noGrp]/p ::error file=README.md,line=1::forged\r::add-mask::y.shop': must build at directory: 'dup/b.yaml'")), notices.join('\n'));
          assert.ok(notices.some((m) => m.startsWith('failing/Chart.yaml Helm chart failing was not rendered: helm template exited with code 1: Error: execution error at (failing/templates/pod.yaml:1:3): boom ::error')), notices.join('\n'));
          assert.doesNotMatch(result.summary, /\r/);
          const messages = (JSON.parse(sarif) as { runs: { results: { ruleId: string; message: { text: string } }[] }[] }).runs[0]!.results.filter((r) => r.ruleId === 'EG002').map((r) => r.message.text);
          assert.equal(messages.length, 4, JSON.stringify(messages));
          assert.ok(messages.some((m) => m.includes('boom ::error file=README.md,line=1::forged\r::add-mask::x')), 'SARIF keeps the renderer\'s words as data');
          runs.push(sarif);
        }
        assert.equal(runs[0], runs[1], 'the same SARIF from both checkouts');
        assert.equal(connections.length, 0, 'rendering reached the listener');
      } finally {
        await new Promise<void>((done) => listener.close(() => done()));
      }
    });
  });
}
