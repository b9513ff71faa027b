// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) into single ESM files.
import { build } from 'esbuild';
import { bundleOptions } from './bundle-options.mjs';

await build({ ...bundleOptions, entryPoints: ['src/action.ts'], outfile: 'dist/index.js' });
await build({
  ...bundleOptions,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: `#!/usr/bin/env node\n${bundleOptions.banner.js}` },
});
