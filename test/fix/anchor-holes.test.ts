import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXABLE_RULES } from '../../src/fix/fix.ts';
import { RULE_OF_HOLE } from '../../src/rules/index.ts';

const sourcesUnder = async (folder: string): Promise<string[]> => {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts')).map((entry) => join(entry.parentPath, entry.name));
};

describe('fix anchors name the hole they close', () => {
  it('no analyzer or model type names a rule id in a field', async () => {
    const named: string[] = [];
    for (const file of [...(await sourcesUnder('src/analyze')), ...(await sourcesUnder('src/model'))].sort()) {
      const text = await readFile(file, 'utf8');
      text.split('\n').forEach((line, i) => {
        if (/\bruleId\b/.test(line)) named.push(`${file}:${i + 1}`);
      });
    }
    assert.deepEqual(named, []);
  });

  it('each hole an anchor closes is reported by a rule whose findings may carry a fix', () => {
    const holes = ['skips-ephemeral-list', 'skips-update', 'requires-forbidden', 'engine-too-old'] as const;
    assert.deepEqual(holes.map((hole) => RULE_OF_HOLE.get(hole)), ['EG101', 'EG102', 'EG105', 'EG106']);
    for (const hole of holes) assert.ok(FIXABLE_RULES.includes(RULE_OF_HOLE.get(hole)!), hole);
  });
});
