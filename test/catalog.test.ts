import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { isClusterRule } from '../src/rules/cluster-rule.ts';
import { RULES } from '../src/rules/index.ts';
import { COVERAGE_HOLES } from '../src/model/coverage-holes.ts';
import { INPUT_PROBLEM_KINDS } from '../src/model/input-problem.ts';
import { RULE_DOCS } from '../src/rules/rule-docs.generated.ts';
import { findingsOf } from './helpers/rule-tester.ts';
import { firstSentenceOf, headlineOf } from '../src/report/headline.ts';
import { FIXABLE_RULES } from '../src/fix/fix.ts';
import { unifiedDiff } from '../src/fix/unified-diff.ts';
import { fixFiles } from './fix/fix-from-facts.ts';

const REQUIRED_SECTIONS = ['Why it matters', 'What triggers it', 'Examples', 'How to fix', 'How to suppress', 'Engine facts'];
const ruleFiles = readdirSync('src/rules').filter((file) => /^eg\d{3}-.*\.ts$/.test(file)).sort();
const testFiles = new Set(readdirSync('test/rules'));

/**
 * The first ```yaml block after a `### <heading>` line, as files to scan: a first line
 * `# file: NAME` names the file (kustomization.yaml, a chart's Chart.yaml...).
 */
const exampleAfter = (markdown: string, heading: string): Record<string, string> | undefined => {
  const start = markdown.indexOf(`\n### ${heading}\n`);
  if (start === -1) return undefined;
  const block = /```ya?ml\n([\s\S]*?)```/.exec(markdown.slice(start))?.[1];
  if (block === undefined) return undefined;
  const name = /^# file: (\S+)\n/.exec(block)?.[1];
  return { [name ?? 'manifest.yaml']: block };
};

describe('rule catalog', () => {
  it('names each coverage hole in exactly one rule (analyzers name holes, rules report them)', () => {
    const named = RULES.flatMap((rule) => (rule.meta.holes ?? []).map((hole) => `${hole} ${rule.meta.id}`)).sort();
    assert.deepEqual(named.map((entry) => entry.split(' ')[0]), [...COVERAGE_HOLES].sort());
  });

  it('names each kind of input problem in exactly one rule (loaders and analyzers name kinds, rules report them)', () => {
    const named = RULES.flatMap((rule) => (rule.meta.problems ?? []).map((kind) => `${kind} ${rule.meta.id}`)).sort();
    assert.deepEqual(named.map((entry) => entry.split(' ')[0]), [...INPUT_PROBLEM_KINDS].sort());
    assert.deepEqual(named, ['invalid-manifest EG001', 'not-analyzable EG003', 'unrendered EG002']);
  });

  it('indexes every rule file, sorted by id, with unique ids and names', () => {
    assert.deepEqual(RULES.map((rule) => `${rule.meta.id.toLowerCase()}-${rule.meta.name}.ts`), ruleFiles);
    const ids = RULES.map((rule) => rule.meta.id);
    assert.deepEqual(ids, [...ids].sort());
    assert.equal(new Set(RULES.map((rule) => rule.meta.name)).size, RULES.length);
  });

  for (const rule of RULES) {
    const { id, name } = rule.meta;
    describe(`${id} ${name}`, () => {
      const file = `docs/rules/${id}.md`;
      const markdown = readFileSync(file, 'utf8');

      it('has a test file', () => {
        assert.ok(testFiles.has(`${id.toLowerCase()}-${name}.test.ts`), `test/rules/${id.toLowerCase()}-${name}.test.ts is missing`);
      });

      it('has metadata in order', () => {
        assert.match(name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
        assert.match(rule.meta.short, /\.$/, 'short ends with a period');
        const security = rule.meta.tags.includes('security');
        assert.equal(rule.meta.securitySeverity !== undefined, security, 'securitySeverity is set exactly when tagged security');
        if (rule.meta.securitySeverity !== undefined) assert.ok(rule.meta.securitySeverity >= 0.1 && rule.meta.securitySeverity <= 10);
        assert.ok(rule.meta.tags.length <= 20);
        for (const message of Object.values(rule.meta.messages)) assert.ok(message.trim().length > 0);
      });

      it('has a doc with front matter, title and every section', () => {
        assert.match(markdown, new RegExp(`^---\\nid: ${id}\\nname: ${name}\\n---\\n# ${id} ${name}\\n`));
        for (const section of REQUIRED_SECTIONS) assert.ok(markdown.includes(`\n## ${section}\n`), `missing "## ${section}"`);
        assert.equal(RULE_DOCS[id], markdown.replace(/^---\n[\s\S]*?\n---\n+/, ''), 'src/rules/rule-docs.generated.ts is stale: run npm run generate');
      });

      // EG4xx rules judge a live cluster, not manifests: their examples are not scanned.
      if (!isClusterRule(rule)) {
        it('fires on its failing example and not on its fixed one', async () => {
          const failing = exampleAfter(markdown, 'Failing');
          const fixed = exampleAfter(markdown, 'Fixed');
          assert.ok(failing && fixed, 'Examples needs a ### Failing and a ### Fixed yaml block');
          const found = await findingsOf(rule, failing);
          assert.ok(found.length > 0, 'the failing example yields no finding');
          for (const finding of found) assert.equal(headlineOf(finding.message), firstSentenceOf(finding.message), 'the first sentence is too long to be the headline');
          assert.deepEqual((await findingsOf(rule, fixed)).map((finding) => finding.message), []);
        });
      }

      if (FIXABLE_RULES.includes(id) && !isClusterRule(rule)) {
        it('--fix turns its failing example into a file on which it no longer fires, as its "Automatic fix" shows', async () => {
          const failing = exampleAfter(markdown, 'Failing')!;
          const { plan, after, changed, rescan } = await fixFiles(failing, [rule]);
          assert.deepEqual(plan.unproved.map((u) => u.reason), []);
          assert.ok(plan.proved.length > 0, 'no fix for the failing example');
          assert.deepEqual(rescan.map((finding) => finding.message), []);
          const diff = [...changed].map((file) => unifiedDiff(file, failing[file]!, after[file]!)).join('');
          const shown = /\n## Automatic fix\n[\s\S]*?```diff\n([\s\S]*?)```/.exec(markdown)?.[1];
          assert.equal(shown, diff, 'the "## Automatic fix" diff differs from what --fix writes');
        });
      }
    });
  }
});
