// Vendors the official SARIF 2.1.0 JSON schema as a test fixture, from the npm package that
// ships it, so tests validate our SARIF offline against the exact file.
//
//   node scripts/vendor-sarif-schema.mjs [package.tgz]
//
// Without an argument it runs `npm pack` for the pinned version into a temporary directory
// (about 45 MB, downloaded once). The tarball's integrity is checked against the pinned value.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@microsoft/sarif-multitool-linux';
const VERSION = '5.7.0';
// `npm view @microsoft/sarif-multitool-linux@5.7.0 dist.integrity`
const INTEGRITY =
  'sha512-NxUbpq6ISCWoTQ/NfOYEwEDKq1Heka/rMoJ5R5LMydcAZQX/X7g5mWHcgxDub+0M07LC96tZ5LZHvF1Qy3gjTA==';
const ENTRY = 'package/sarif-2.1.0.json';
const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtureDir = join(root, 'test', 'fixtures', 'sarif');

function fail(message) {
  console.error(`vendor-sarif-schema: ${message}`);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) fail(`${command} failed to start: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

function packTarball(directory) {
  const output = run('npm', ['pack', `${PACKAGE}@${VERSION}`, '--json', '--pack-destination', directory], {
    encoding: 'utf8',
  });
  const [packed] = JSON.parse(output);
  if (!packed?.filename) fail(`npm pack printed no file name: ${output}`);
  return join(directory, packed.filename);
}

const argumentTarball = process.argv[2];
const scratch = argumentTarball ? undefined : mkdtempSync(join(tmpdir(), 'sarif-schema-'));
try {
  const tarball = argumentTarball ?? packTarball(scratch);
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (integrity !== INTEGRITY) fail(`${tarball} is not ${PACKAGE}@${VERSION} (integrity ${integrity})`);

  const schemaBytes = run('tar', ['-xzOf', tarball, ENTRY]);
  let schema;
  try {
    schema = JSON.parse(schemaBytes.toString('utf8'));
  } catch (error) {
    fail(`${ENTRY} is not JSON: ${error.message}`);
  }
  if (schema.$schema !== SCHEMA_DIALECT) fail(`${ENTRY} declares $schema ${schema.$schema}`);
  if (!String(schema.title).includes('2.1.0')) fail(`${ENTRY} is titled ${schema.title}`);

  mkdirSync(fixtureDir, { recursive: true });
  writeFileSync(join(fixtureDir, 'sarif-2.1.0.json'), schemaBytes);
  const sha256 = createHash('sha256').update(schemaBytes).digest('hex');
  writeFileSync(
    join(fixtureDir, 'SOURCE.md'),
    [
      '# sarif-2.1.0.json',
      '',
      'The official SARIF 2.1.0 JSON schema (OASIS SARIF TC; distributed by microsoft/sarif-sdk',
      'under the MIT license), byte for byte as shipped in the npm package below. Written by',
      '`node scripts/vendor-sarif-schema.mjs`; do not edit it by hand.',
      '',
      `- package: \`${PACKAGE}\``,
      `- version: ${VERSION}`,
      `- package integrity: \`${INTEGRITY}\``,
      `- path in the tarball: \`${ENTRY}\``,
      `- sha256 of the file: \`${sha256}\``,
      `- dialect: \`${SCHEMA_DIALECT}\` (validate with ajv's 2020 build and ajv-formats)`,
      '',
    ].join('\n'),
  );
  console.log(`wrote test/fixtures/sarif/sarif-2.1.0.json (${schemaBytes.length} bytes, sha256 ${sha256})`);
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
