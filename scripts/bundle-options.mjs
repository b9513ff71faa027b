// esbuild options shared by the shipped bundles and the benchmark, so that what is measured is
// what ships.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const bundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'eof',
  logLevel: 'warning',
  charset: 'utf8',
  // js-yaml's ESM build parses about 2x slower than its CommonJS build on Node 20 (measured
  // with `npm run bench`); bundle the CommonJS one.
  alias: { 'js-yaml': require.resolve('js-yaml') },
  banner: {
    js: [
      "import { createRequire as __egCreateRequire } from 'node:module';",
      'const require = __egCreateRequire(import.meta.url);',
    ].join('\n'),
  },
};
