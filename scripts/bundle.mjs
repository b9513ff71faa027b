// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) into single ESM files.
// The banner defines `require` for the few dependencies that call it dynamically.
import { build } from 'esbuild';

const banner = [
  "import { createRequire as __egCreateRequire } from 'node:module';",
  'const require = __egCreateRequire(import.meta.url);',
].join('\n');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'eof',
  logLevel: 'warning',
  charset: 'utf8',
  banner: { js: banner },
};

await build({ ...common, entryPoints: ['src/action.ts'], outfile: 'dist/index.js' });
await build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${banner}` } });
