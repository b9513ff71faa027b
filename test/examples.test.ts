import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { resolveScanRequest } from '../src/config/resolve.ts';
import { nodeFileSystem } from '../src/discover/file-system.ts';
import { scan } from '../src/scan.ts';
import { toSarif } from '../src/report/sarif.ts';
import { isSuppressed } from '../src/suppress/predicates.ts';
import { firstSentenceOf, headlineOf } from '../src/report/headline.ts';
import { validateSarif } from './helpers/validate-sarif.ts';

const readText = (path: string) => readFile(path, 'utf8').catch(() => undefined);
const scanFolder = async (folder: string) => {
  const root = resolve(folder);
  const { request } = await resolveScanRequest({ root }, readText, root);
  // No renderer: what helm and kustomize produce depends on the machine, not on this test.
  return scan(request, { fs: nodeFileSystem });
};

describe('examples/ (what npm start shows)', () => {
  it('says what and where in a first sentence short enough to be the headline, in every finding', async () => {
    const result = await scanFolder('examples');
    const clipped = result.findings.filter((f) => headlineOf(f.message) !== firstSentenceOf(f.message)).map((f) => `${f.ruleId}: ${firstSentenceOf(f.message)}`);
    assert.deepEqual(clipped, []);
  });

  it('reports each vulnerable example at its line, and the accepted debug role as suppressed', async () => {
    const result = await scanFolder('examples');
    const shown = result.findings.map((f) => `${f.location.file}:${f.location.startLine}:${f.location.startColumn} ${f.ruleId}${isSuppressed(f) ? ' (suppressed)' : ''}`);
    assert.deepEqual(shown, [
      'admission-policy/vulnerable/no-privileged.yaml:12:19 EG103',
      'gatekeeper/vulnerable/privileged-2022.yaml:25:41 EG101',
      'gatekeeper/vulnerable/privileged-2023-update-exempt.yaml:21:11 EG102',
      'helm/debug-tools/Chart.yaml:1:1 EG002',
      'kustomize/overlays/production/kustomization.yaml:1:1 EG002',
      'kyverno/vulnerable/create-only.yaml:16:14 EG102',
      'kyverno/vulnerable/disallow-privileged.yaml:20:32 EG101',
      'kyverno/vulnerable/kyverno.yaml:16:16 EG106',
      'kyverno/vulnerable/requests.yaml:25:25 EG105',
      'pod-security/vulnerable/debug-session.yaml:22:21 EG302',
      'pod-security/vulnerable/podsecuritypolicy.yaml:3:1 EG107',
      'rbac/allowed/debugger-role.yaml:9:17 EG201 (suppressed)',
      'rbac/allowed/debugger-role.yaml:24:5 EG202 (suppressed)',
      'rbac/allowed/debugger-role.yaml:24:5 EG301 (suppressed)',
      'rbac/vulnerable/aggregate-to-edit.yaml:8:5 EG203',
      'rbac/vulnerable/aggregate-to-edit.yaml:11:17 EG201',
      'rbac/vulnerable/aggregate-to-edit.yaml:20:5 EG202',
      'rbac/vulnerable/aggregate-to-edit.yaml:20:5 EG301',
      'rbac/vulnerable/dangling-binding.yaml:14:9 EG205',
      'rbac/vulnerable/developer-role.yaml:15:17 EG201',
      'rbac/vulnerable/developer-role.yaml:24:5 EG202',
      'rbac/vulnerable/developer-role.yaml:24:5 EG301',
      'rbac/vulnerable/namespace.yaml:6:3 EG108',
      'rbac/vulnerable/pods-star.yaml:10:17 EG204',
      'webhooks/vulnerable/webhook.yaml:14:17 EG103',
    ]);
    assert.deepEqual(
      result.access.rows.map((row) => `${row.subject} ${row.scope} ${row.guarded}${row.allowed ? ` allowed: ${row.allowed}` : ''}`),
      [
        'Group shop-oncall namespace shop no allowed: rbac.allow ClusterRole/debugger: On-call SREs debug production pods in shop through this role; approved in SEC-123, reviewed quarterly.',
        'Group shop-oncall namespace shop no',
        'Group shop-developers namespace shop no',
      ],
    );
    assert.deepEqual(validateSarif(toSarif(result)), []);
    assert.deepEqual(validateSarif(toSarif(result, { upload: true })), []);
  });

  for (const area of readdirSync('examples', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    const folder = `examples/${area}/fixed`;
    if (!readdirSync(`examples/${area}`).includes('fixed')) continue;
    it(`${folder} passes: no finding that is not suppressed`, async () => {
      const result = await scanFolder(folder);
      assert.deepEqual(result.findings.filter((f) => !isSuppressed(f)).map((f) => `${f.location.file}:${f.location.startLine} ${f.ruleId} ${f.message}`), []);
    });
  }
});
