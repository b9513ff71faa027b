import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CoverageRow } from '../../src/report/scan-result.ts';
import { escapeMarkdown, lineLink, markdownWithCode, renderSummary, type SummaryInput } from '../../src/report/summary.ts';
import { type AccessRow } from '../../src/report/access.ts';
import { finding } from '../github/helpers/findings.ts';

const BLOB = 'https://github.com/acme/p/blob/0123456789abcdef0123456789abcdef01234567';
const row = (verdict: CoverageRow['verdict'], name: string): CoverageRow => ({
  engine: 'gatekeeper',
  kind: 'ConstraintTemplate',
  name,
  location: { file: `policies/${name}.yaml`, startLine: 3, startColumn: 1, endLine: 20, endColumn: 1 },
  reads: { containers: true, initContainers: true, ephemeralContainers: verdict === 'covered' },
  receivesSubresource: 'yes',
  handlesUpdate: verdict === 'covered' ? 'yes' : 'no',
  enforces: 'yes',
  verdict,
  reasons: [],
  ruleIds: [],
  basis: 'read from the code',
});
const input = (extra: Partial<SummaryInput> = {}): SummaryInput => ({
  findings: [],
  coverage: [],
  notifications: [],
  stats: { filesScanned: 4 },
  failOn: 'error',
  blocking: 0,
  blobBase: BLOB,
  ...extra,
});

describe('renderSummary', () => {
  it('a clean run: verdict line and counts', () => {
    assert.equal(
      renderSummary(input()),
      '## ephemeral-guard\n\n✅ **No findings** in 4 files.\n\n| Level | Findings |\n| --- | ---: |\n| 🔴 error | 0 |\n| 🟠 warning | 0 |\n| 🔵 note | 0 |\n',
    );
  });

  it('blocking and non-blocking verdict lines', () => {
    const findings = [finding('error', 'a.yaml', 1), finding('warning', 'b.yaml', 2)];
    assert.match(renderSummary(input({ findings, blocking: 1 })), /\n❌ \*\*1 finding at or above `error`\*\* in 4 files: this check fails\.\n/);
    assert.match(renderSummary(input({ findings: [findings[1]!] })), /\n⚠️ \*\*1 finding\*\* in 4 files, none at or above `error`: this check passes\.\n/);
    assert.match(renderSummary(input({ findings, failOn: 'none' })), /fail-on is `none`: this check passes\./);
    assert.match(renderSummary(input({ findings, suppressed: 3 })), /\| suppressed \| 3 \|/);
  });

  it('the coverage matrix: holes listed with verdict, linked policy, engine and why; the rest counted by reason', () => {
    const reasoned = (verdict: CoverageRow['verdict'], name: string, reasons: string[]): CoverageRow => ({ ...row(verdict, name), reasons });
    const text = renderSummary(
      input({
        coverage: [
          reasoned('covered', 'good', ['controls ephemeral containers: blocks all']),
          reasoned('not-covered', 'bad', ['the rule skips `UPDATE` requests']),
          reasoned('unknown', 'odd', []),
          reasoned('not-applicable', 'mutate-a', ['not a validate rule (mutate)']),
          reasoned('not-applicable', 'mutate-b', ['not a validate rule (mutate)']),
        ],
      }),
    );
    const lines = text.split('\n');
    const header = lines.indexOf('| Verdict | Policy | Engine | Why | Basis |');
    assert.ok(header > 0, text);
    assert.equal(lines[header - 2], '1 not-covered, 1 unknown, 1 covered, 2 not-applicable.');
    assert.equal(lines[header + 2], `| ❌ not covered | [ConstraintTemplate bad](${BLOB}/policies/bad.yaml#L3-L20) | gatekeeper | the rule skips \`UPDATE\` requests | read from the code |`);
    assert.equal(lines[header + 3], `| ❔ unknown | [ConstraintTemplate odd](${BLOB}/policies/odd.yaml#L3-L20) | gatekeeper | - | read from the code |`);
    assert.match(text, /\n<details><summary>3 covered or not-applicable rows, by reason<\/summary>\n\n\| Verdict \| Why \| Rows \|\n\| --- \| --- \| --- \|\n\| ➖ not applicable \| not a validate rule \(mutate\) \| 2 \|\n\| ✅ covered \| controls ephemeral containers: blocks all \| 1 \|\n\n<\/details>/);
    assert.doesNotMatch(text, /good|mutate-a/);
    assert.match(renderSummary(input({ coverage: [row('not-covered', 'bad')], blobBase: undefined })), /\| ConstraintTemplate bad \(policies\/bad\.yaml:3\) \|/);
  });

  it('the access table: unguarded rows listed, guarded ones collapsed', () => {
    const access: AccessRow[] = [
      { subject: 'Group sre', scope: 'namespace shop', via: 'RoleBinding shop/sre → ClusterRole debug', guarded: 'yes' },
      { subject: 'ServiceAccount ci/deployer', scope: 'cluster-wide', via: 'ClusterRoleBinding deployer → ClusterRole admin', guarded: 'no', location: { file: 'rbac/crb.yaml', startLine: 7, startColumn: 3, endLine: 7, endColumn: 9 }, copies: 2 },
    ];
    const text = renderSummary(input({ access }));
    assert.match(text, /### Who can add ephemeral containers\n\n1 not guarded, 1 guarded\.\n\n\| Subject \| Where \| Through \| Guarded \| File \|\n\| --- \| --- \| --- \| --- \| --- \|\n\| ServiceAccount ci\/deployer \| cluster-wide \| ClusterRoleBinding deployer → ClusterRole admin \| ❌ no \| \[rbac\/crb\.yaml:7\]\([^)]+\) \(\+2 more\) \|\n\n<details><summary>1 guarded row<\/summary>\n\n\| Subject .*\n.*\n\| Group sre \|/);
    assert.ok(!renderSummary(input()).includes('Who can add'));
  });

  it('a cluster-wide row sorts by its least guarded place and says how many namespaces are exceptions', () => {
    const access: AccessRow[] = [
      { subject: 'Group sre', scope: 'namespace shop', via: 'RoleBinding shop/sre → ClusterRole debug', guarded: 'no' },
      { subject: 'Group all', scope: 'all namespaces (3 in scope)', via: 'ClusterRoleBinding all → ClusterRole debug', guarded: 'yes', exceptions: [{ namespaces: ['a', 'b'], guarded: 'no' }] },
      { subject: 'Group one', scope: 'all namespaces (3 in scope)', via: 'ClusterRoleBinding one → ClusterRole debug', guarded: 'yes', exceptions: [{ namespaces: ['a'], guarded: 'yes' }] },
    ];
    const rows = renderSummary(input({ access })).split('\n').filter((line) => line.startsWith('| Group'));
    assert.deepEqual(rows.map((line) => line.split(' | ').slice(0, 4).join(' | ')), [
      '| Group sre | namespace shop | RoleBinding shop/sre → ClusterRole debug | ❌ no',
      '| Group all | all namespaces (3 in scope) | ClusterRoleBinding all → ClusterRole debug | ✅ yes (except 2 namespaces)',
      '| Group one | all namespaces (3 in scope) | ClusterRoleBinding one → ClusterRole debug | ✅ yes (except 1 namespace)',
    ]);
  });

  it('test fixtures: counted in one line, listed with includeFixtures', () => {
    const findings = [finding('error', 'deploy/a.yaml', 1), finding('error', 'test/b.yaml', 2, { fixture: true })];
    const coverage = [{ ...row('not-covered', 'fx'), fixture: true as const }];
    const text = renderSummary(input({ findings, coverage, blocking: 2 }));
    assert.doesNotMatch(text, /test\/b\.yaml|ConstraintTemplate fx/);
    assert.match(text, /\n_1 finding, 1 coverage hole in test fixtures \(config `fixtures:`\) not listed here; the SARIF and JSON reports have them\._\n$/);
    const all = renderSummary(input({ findings, coverage, blocking: 2, includeFixtures: true }));
    assert.match(all, /test\/b\.yaml/);
    assert.match(all, /ConstraintTemplate fx/);
  });

  it('top findings by severity, the rest collapsed', () => {
    const findings = [finding('note', 'a.yaml', 1), finding('error', 'b.yaml', 2), finding('warning', 'c.yaml', 3)];
    const text = renderSummary(input({ findings }), { top: 2 });
    assert.match(text, /### The 2 most severe findings\n\n\| Level \| Rule \| Where \| Finding \|\n\| --- \| --- \| --- \| --- \|\n\| 🔴 error \| EG302 \| \[b\.yaml:2\]\(https:\/\/github\.com\/acme\/p\/blob\/[0-9a-f]{40}\/b\.yaml#L2\) \| \*\*error in b\.yaml at line 2\.\*\* \|\n\| 🟠 warning \|/);
    assert.match(text, /<details><summary>1 more finding<\/summary>\n\n\| Level \| Rule \| Where \| Finding \|\n\| --- \| --- \| --- \| --- \|\n\| 🔵 note \| EG002 \| \[a\.yaml:1\]/);
    assert.ok(text.endsWith('\n</details>\n'));
  });

  it('escapes what would break a table or inject HTML; links percent-encode paths', () => {
    assert.equal(escapeMarkdown('a|b <script> [x](y) *b*\nnext'), 'a\\|b &lt;script&gt; \\[x\\](y) \\*b\\* next');
    assert.equal(lineLink({ file: 'dir with space/a#b.yaml', startLine: 5, startColumn: 1, endLine: 5, endColumn: 2 }, BLOB), `[dir with space/a\\#b.yaml:5](${BLOB}/dir%20with%20space/a%23b.yaml#L5)`);
    assert.equal(lineLink({ file: 'a.yaml', startLine: 5, startColumn: 1, endLine: 5, endColumn: 2 }, undefined), 'a.yaml:5');
    const text = renderSummary(input({ findings: [finding('error', 'x.yaml', 1, { message: 'bad | pipe <b>' })], blocking: 1 }));
    assert.match(text, /\| \*\*bad \\\| pipe &lt;b&gt;\*\* \|/);
    // Code spans stay code; only a pipe inside them is escaped; an unpaired backtick is literal.
    assert.equal(markdownWithCode('Add `a | b` and <x>.'), 'Add `a \\| b` and &lt;x&gt;.');
    assert.equal(markdownWithCode('one ` tick'), 'one \\` tick');
  });

  it('stays within maxBytes with truncation notes, whatever the sizes', () => {
    const findings = Array.from({ length: 3000 }, (_, i) => finding(i % 2 ? 'warning' : 'error', `deep/path/file-${i}.yaml`, i + 1, { message: `${'ä'.repeat(200)} ${i}` }));
    const coverage = Array.from({ length: 2000 }, (_, i) => row(i % 2 ? 'covered' : 'not-covered', `policy-${i}`));
    const notifications = Array.from({ length: 500 }, (_, i) => ({ level: 'warning' as const, message: `Skipped file-${i}.yaml: it is larger than the limit.` }));
    for (const maxBytes of [20_000, 100_000, 1_000_000]) {
      const text = renderSummary(input({ findings, coverage, notifications, blocking: 1500 }), { maxBytes });
      const size = Buffer.byteLength(text, 'utf8');
      assert.ok(size <= maxBytes, `${size} > ${maxBytes}`);
      // 4 KiB are kept for headers and notes; of the rest, at most one row's worth is left unused.
      assert.ok(size > (maxBytes - 4096) * 0.95, `${size} uses too little of ${maxBytes}`);
      // A million bytes hold the 1,000 holes; the smaller budgets cut them short.
      if (maxBytes < 1_000_000) assert.match(text, /_\d+ more policies not shown: the job summary is kept under 1 MiB\./);
      assert.match(text, /_\d+ more findings not shown/);
      assert.ok(text.endsWith('</details>\n'));
    }
  });
});
