#!/usr/bin/env node
// Runs the Rego property tests (test/analyze/rego/properties.test.ts: random renaming and rule
// order change no verdict; dropping ephemeralContainers uncovers every covered template) over
// real policy libraries outside the repository, which are never copied into it.
// Usage: node scripts/property-check-libraries.mjs <folder>...
import { spawnSync } from 'node:child_process';
import { delimiter, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const folders = process.argv.slice(2).map((f) => resolve(f));
if (folders.length === 0) {
  console.error('usage: property-check-libraries.mjs <policy-library-folder>...');
  process.exit(2);
}
const test = fileURLToPath(new URL('../test/analyze/rego/properties.test.ts', import.meta.url));
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', test], {
  stdio: 'inherit',
  env: { ...process.env, EG_POLICY_LIBRARIES: folders.join(delimiter) },
});
process.exit(result.status ?? 1);
