import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { memoryFileSystem } from '../../src/discover/memory-file-system.ts';
import { scan } from '../../src/scan.ts';
import { resolveScanRequest } from '../../src/config/resolve.ts';
import type { Finding } from '../../src/rules/finding.ts';
import type { Rule } from '../../src/rules/rule.ts';
import { firstSentenceOf, headlineOf } from '../../src/report/headline.ts';

export interface RuleCase {
  readonly name: string;
  /** One file's YAML (named `manifest.yaml`), or several files by path. */
  readonly files: string | Readonly<Record<string, string>>;
  /** `.ephemeral-guard.yaml` at the root, read as the CLI reads it (assume, rbac.allow, rules...). */
  readonly config?: string;
}

export interface ExpectedFinding {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly file?: string;
  readonly level?: Finding['level'];
}

export interface InvalidCase extends RuleCase {
  readonly errors: readonly ExpectedFinding[];
}

/** Runs the real discover → load → analyze → rule path on in-memory files, with only `rule` on, the facts frozen. */
export const findingsOf = async (rule: Rule, files: RuleCase['files'], config?: string): Promise<Finding[]> => {
  const tree: Record<string, string> = typeof files === 'string' ? { 'manifest.yaml': files } : { ...files };
  if (config !== undefined) tree['.ephemeral-guard.yaml'] = config;
  const { request } = await resolveScanRequest({ root: '/repo' }, async (path) => tree[path.replace(/^\/repo\//, '')], '/repo');
  const result = await scan({ ...request, rules: [rule], freezeFacts: true }, { fs: memoryFileSystem(tree) });
  assert.deepEqual(result.notifications.filter((n) => n.level === 'error'), [], 'the rule crashed');
  return [...result.findings];
};

/**
 * ESLint's RuleTester, adapted: every valid case yields nothing; every invalid case yields
 * exactly the expected findings, at the exact positions, with no placeholder left unfilled.
 */
export const testRule = (rule: Rule, cases: { valid: readonly RuleCase[]; invalid: readonly InvalidCase[] }): void => {
  describe(`${rule.meta.id} ${rule.meta.name}`, () => {
    it('has at least one valid and one invalid case, with unique names', () => {
      assert.ok(cases.valid.length > 0 && cases.invalid.length > 0);
      const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
      assert.equal(new Set(names).size, names.length, 'case names must be unique');
    });
    for (const valid of cases.valid) {
      it(`valid: ${valid.name}`, async () => {
        const findings = await findingsOf(rule, valid.files, valid.config);
        assert.deepEqual(findings.map((f) => `${f.location.file}:${f.location.startLine}:${f.location.startColumn} ${f.message}`), []);
      });
    }
    for (const invalid of cases.invalid) {
      it(`invalid: ${invalid.name}`, async () => {
        const findings = await findingsOf(rule, invalid.files, invalid.config);
        assert.equal(findings.length, invalid.errors.length, `expected ${invalid.errors.length} finding(s), got:\n${findings.map((f) => `  ${f.location.startLine}:${f.location.startColumn} ${f.message}`).join('\n')}`);
        invalid.errors.forEach((expected, i) => {
          const finding = findings[i]!;
          assert.ok(expected.messageId in rule.meta.messages, `unknown messageId ${expected.messageId}`);
          assert.equal(finding.messageId, expected.messageId);
          assert.doesNotMatch(finding.message, /\{\{/, 'a placeholder was left unfilled');
          assert.equal(headlineOf(finding.message), firstSentenceOf(finding.message), 'the first sentence is too long to be the headline');
          if (expected.data) {
            for (const [key, value] of Object.entries(expected.data)) assert.equal(finding.data[key], value, `data.${key}`);
          }
          const actual = {
            line: finding.location.startLine,
            column: finding.location.startColumn,
            ...(expected.endLine !== undefined ? { endLine: finding.location.endLine } : {}),
            ...(expected.endColumn !== undefined ? { endColumn: finding.location.endColumn } : {}),
            ...(expected.file !== undefined ? { file: finding.location.file } : {}),
            ...(expected.level !== undefined ? { level: finding.level } : {}),
          };
          const { messageId: _m, data: _d, ...where } = expected;
          assert.deepEqual(actual, where);
        });
      });
    }
  });
};
