// Bundles the Action (dist/index.js) and the CLI (dist/cli.js), with their shared and
// on-demand chunks in dist/chunks/ (see scripts/bundle-options.mjs).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { shippedBundleOptions } from './bundle-options.mjs';

// Chunk names carry a content hash: stale chunks of an earlier build must not linger in dist/.
await rm('dist', { recursive: true, force: true });
await build(shippedBundleOptions('dist'));
const cli = await readFile('dist/cli.js', 'utf8');
await writeFile('dist/cli.js', `#!/usr/bin/env node\n${cli}`);
