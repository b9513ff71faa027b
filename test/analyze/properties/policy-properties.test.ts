import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkProperties, documentsOf, identifiers, renameVariables, textOf } from './policy-properties.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

/** YAML files under `dir`, sorted, without .git and node_modules (bounded). */
const yamlFiles = (dir: string, out: string[] = [], limit = 20_000): string[] => {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (out.length >= limit) break;
    if (entry.name === '.git' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yamlFiles(path, out, limit);
    else if (/\.ya?ml$/.test(entry.name) && statSync(path).size < 1_000_000) out.push(path);
  }
  return out;
};

/** This repository's own CEL / JMESPath / Kyverno policies: the examples and the policy fixtures. */
const OWN = [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test/fixtures/policies'))];

describe('policy properties over this repository\'s own policies', () => {
  it('the renaming reaches every kind of variable (so the property can fail)', () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/policies/kyverno-rules.yaml'), 'utf8');
    const renamed = textOf(documentsOf(text).map((document) => renameVariables(document, identifiers(7))));
    assert.doesNotMatch(renamed, /privilegedFlags|variables\.every\b|approved\[0\]/);
    const gatekeeper = textOf(documentsOf(readFileSync(join(ROOT, 'test/fixtures/policies/gatekeeper-cel-exempt.yaml'), 'utf8')).map((d) => renameVariables(d, identifiers(7))));
    assert.doesNotMatch(gatekeeper, /variables\.(exemptImages|offenders|containers|plainUpdate)\b/);
  });

  for (const file of OWN) {
    it(`${relative(ROOT, file)}: renaming variables changes no verdict; without ephemeralContainers nothing stays covered`, async () => {
      const result = await checkProperties(readFileSync(file, 'utf8'), 12);
      assert.deepEqual(result.violations, []);
    });
  }

  it('the fixtures hold covered policies of every kind, so both properties are exercised', async () => {
    let covered = 0;
    for (const file of OWN) covered += (await checkProperties(readFileSync(file, 'utf8'), 12)).covered;
    assert.ok(covered >= 12, `only ${covered} covered policies`);
  });
});

// EG_POLICY_LIBRARIES=/path/one:/path/two runs both properties over real policy libraries
// (never copied into this repository) and prints what breaks them.
const libraries = (process.env['EG_POLICY_LIBRARIES'] ?? '').split(':').filter(Boolean);
describe('policy properties over EG_POLICY_LIBRARIES', { skip: libraries.length === 0 ? 'EG_POLICY_LIBRARIES not set' : false }, () => {
  for (const library of libraries) {
    it(library, async () => {
      let policies = 0;
      let covered = 0;
      const violations: string[] = [];
      for (const file of yamlFiles(library)) {
        const result = await checkProperties(readFileSync(file, 'utf8'), 12);
        policies += result.policies;
        covered += result.covered;
        for (const v of result.violations) violations.push(`${relative(library, file)} ${v.policy} ${v.property}: ${v.before} -> ${v.after}`);
      }
      console.log(`${library}: ${policies} policy rows, ${covered} covered by reading ephemeralContainers, ${violations.length} violations`);
      for (const line of violations) console.log(`  ${line}`);
      assert.deepEqual(violations, []);
    });
  }
});
