import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';
import { scan } from '../../src/scan.ts';

const JSPOLICY = (closer: string, before = '    CONNECT') =>
  ['apiVersion: policy.jspolicy.com/v1beta1', 'kind: JsPolicy', 'metadata:', '  name: validate-pods.example.io', 'spec:', '  operations: [', '    CREATE,', '    UPDATE,', before, closer, '  resources: [', '    pods', '  ]', '  timeoutSeconds: 30', ''].join('\n');

const scanText = async (text: string) => {
  const result = await scan({ root: '/repo' }, { fs: memoryFileSystem({ 'policy.yaml': text }) });
  return {
    findings: result.findings.map((f) => `${f.ruleId} ${f.location.startLine}:${f.location.startColumn}`),
    rows: result.coverage.map((row) => `${row.kind}/${row.name} ${row.verdict}`),
  };
};

describe('flow collections closed at their key’s indentation (kubectl reads them, js-yaml does not)', () => {
  it('are read as kubectl reads them, every other position unchanged', async () => {
    for (const eol of ['\n', '\r\n']) {
      const { findings, rows } = await scanText(JSPOLICY('  ]').replace(/\n/g, eol));
      assert.deepEqual(rows, ['JsPolicy/validate-pods.example.io not-covered'], eol);
      // The EG103 at "pods" on line 12, where it is in the file.
      assert.deepEqual(findings, ['EG103 12:5'], eol);
    }
  });

  it('a closer after a comment would join it: that stays a syntax problem', async () => {
    const { findings, rows } = await scanText(JSPOLICY('  ]', '    CONNECT # last'));
    assert.ok(findings.some((f) => f.startsWith('EG001 10:3')), findings.join(', '));
    assert.deepEqual(rows, []);
  });
});
