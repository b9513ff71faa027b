import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findingsOf } from '../../helpers/rule-tester.ts';
import type { Rule } from '../../../src/rules/rule.ts';

/** The ```yaml block under `### <heading>` of a rule's docs page. */
const exampleOf = (doc: string, heading: 'Failing' | 'Fixed'): string => {
  const match = new RegExp(`### ${heading}\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(doc);
  assert.ok(match, `docs have no ### ${heading} yaml block`);
  return match[1]!;
};

/** The docs' Failing example fires the rule, and its Fixed example does not. */
export const testDocsExamples = (rule: Rule): void => {
  const doc = readFileSync(new URL(`../../../docs/rules/${rule.meta.id}.md`, import.meta.url), 'utf8');
  it(`docs/rules/${rule.meta.id}.md: the Failing example fires`, async () => {
    const findings = await findingsOf(rule, exampleOf(doc, 'Failing'));
    assert.ok(findings.length > 0, 'no finding for the Failing example');
  });
  it(`docs/rules/${rule.meta.id}.md: the Fixed example does not fire`, async () => {
    const findings = await findingsOf(rule, exampleOf(doc, 'Fixed'));
    assert.deepEqual(findings.map((f) => f.message), []);
  });
};
