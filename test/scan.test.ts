import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { memoryFileSystem } from '../src/discover/memory-file-system.ts';
import type { FileSystem } from '../src/discover/file-system.ts';
import { scan } from '../src/scan.ts';
import { toJson } from '../src/report/json.ts';
import { toSarif } from '../src/report/sarif.ts';
import { defineRule } from '../src/rules/rule.ts';
import eg302 from '../src/rules/eg302-privileged-ephemeral-container.ts';
import eg107 from '../src/rules/eg107-podsecuritypolicy-ignores-ephemeral.ts';
import { lineHashes } from '../src/load/fingerprint.ts';

const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  ephemeralContainers:\n    - {name: d, image: busybox, securityContext: {privileged: true}}\n';

describe('engine', () => {
  it('reports a file it cannot read as EG001 and scans the others', async () => {
    const files = memoryFileSystem({ 'locked.yaml': pod, 'pod.yaml': pod });
    const fs: FileSystem = {
      ...files,
      read: (root, file, max) => (file === 'locked.yaml' ? Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' })) : files.read(root, file, max)),
    };
    const result = await scan({ root: '/repo' }, { fs });
    const shown = result.findings.map((f) => `${f.location.file}:${f.location.startLine} ${f.ruleId} ${f.ruleId === 'EG001' ? f.message : ''}`.trim());
    assert.deepEqual(shown, ['locked.yaml:1 EG001 Could not read this file (EACCES); it was not scanned.', 'pod.yaml:6 EG302']);
  });

  it('reports a crashing rule as an error notice and runs the other rules', async () => {
    const broken = defineRule({
      meta: { id: 'EG999', name: 'broken', short: 'Breaks.', level: 'error', tags: [], messages: { m: 'never' } },
      check() {
        throw new Error('boom');
      },
    });
    const result = await scan({ root: '/repo', rules: [broken, eg302] }, { fs: memoryFileSystem({ 'pod.yaml': pod }) });
    assert.deepEqual(result.findings.map((f) => f.ruleId), ['EG302']);
    assert.match(result.notifications[0]!.message, /^Internal error in rule EG999 \(broken\): boom\./);
    assert.equal(result.notifications[0]!.level, 'error');
  });

  it('fingerprints a file with a byte order mark as upload-sarif does (mark included)', async () => {
    const text = 'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: legacy}\n';
    const result = await scan({ root: '/repo', rules: [eg107] }, { fs: memoryFileSystem({ 'psp.yaml': Buffer.from(`\uFEFF${text}`, 'utf8') }) });
    const [finding] = result.findings;
    assert.deepEqual([finding?.location.startLine, finding?.location.startColumn], [1, 1]);
    assert.equal(finding?.lineHash, lineHashes(`\uFEFF${text}`)[0]);
    assert.notEqual(finding?.lineHash, lineHashes(text)[0]);
  });

  it('gives the same bytes for the same input, whatever the file order', async () => {
    const tree = { 'b.yaml': pod, 'a/c.yaml': pod.replace('web', 'api'), 'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: {name: x, labels: {pod-security.kubernetes.io/enforce: baseline}}\n' };
    const reversed = Object.fromEntries(Object.entries(tree).reverse());
    const first = await scan({ root: '/repo' }, { fs: memoryFileSystem(tree) });
    const second = await scan({ root: '/repo' }, { fs: memoryFileSystem(reversed) });
    assert.equal(toJson(first), toJson(second));
    assert.equal(JSON.stringify(toSarif(first)), JSON.stringify(toSarif(second)));
  });

  it('without line hashes (a text report) gives the same findings, in the same order, less their lineHash', async () => {
    const tree = { 'b.yaml': pod, 'a/c.yaml': `${pod}---\n${pod.replace('web', 'api')}`, 'psp.yaml': 'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: legacy}\n' };
    const hashed = await scan({ root: '/repo' }, { fs: memoryFileSystem(tree) });
    const plain = await scan({ root: '/repo', lineHashes: false }, { fs: memoryFileSystem(tree) });
    assert.ok(hashed.findings.length >= 3 && hashed.findings.every((f) => typeof f.lineHash === 'string'));
    assert.ok(plain.findings.every((f) => f.lineHash === undefined));
    assert.deepEqual(plain.findings, hashed.findings.map(({ lineHash: _hash, ...finding }) => finding));
  });
});
