import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { runCliIn } from '../helpers/cli.ts';

/**
 * The whole report of a small repository (test/fixtures/golden-sarif/repo: one hole of each kind
 * and an unguarded grant) in each format, byte for byte: SARIF, JSON and text. Any change to what
 * the scan reports shows up here as a diff to review. Regenerate after an intended change with
 *   EG_UPDATE_GOLDEN=1 node scripts/run-tests.mjs test/report/golden-sarif.test.ts
 */
const folder = new URL('../fixtures/golden-sarif/', import.meta.url);
const repo = new URL('repo/', folder).pathname;

describe('golden reports', () => {
  for (const format of ['sarif', 'json', 'text'] as const) {
    it(`scan --format ${format} of the golden repository is the committed expected.${format}, byte for byte`, async () => {
      const expectedFile = new URL(`expected.${format}`, folder).pathname;
      const run = await runCliIn(['scan', '.', '--format', format, '--fail-on', 'none'], repo);
      assert.equal(run.code, 0, run.stderr);
      if (process.env['EG_UPDATE_GOLDEN'] === '1') await writeFile(expectedFile, run.stdout);
      assert.equal(run.stdout, await readFile(expectedFile, 'utf8'));
    });
  }
});
