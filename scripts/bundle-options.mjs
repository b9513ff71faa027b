// esbuild options shared by the shipped bundles and the benchmark, so that what is measured is
// what ships.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** js-yaml's CommonJS build, the one the bundles carry (see `alias` below). */
export const JS_YAML_CJS = require.resolve('js-yaml');

/**
 * js-yaml's build carries a transpiler's object-spread helper (`_objectSpread2`, copying each
 * property through `Object.defineProperty`) that builds the parser's and constructor's state on
 * every call: 16-21 % of its parse time on manifests (`npm run bench`). Every call site spreads
 * plain data objects (no getters, no symbols), for which `Object.assign` gives the same object;
 * test/scripts/bundle-options.test.ts checks that the swap happened and that parses are unchanged.
 */
export const SPREAD_HELPER = /function _objectSpread2\(e\) \{\n(?:\t.*\n)+?\}\n/;
export const FAST_SPREAD_HELPER = 'function _objectSpread2(e) {\n\treturn Object.assign.apply(null, arguments);\n}\n';

export const fastSpreadPlugin = {
  name: 'js-yaml-fast-spread',
  setup(build) {
    build.onLoad({ filter: /[\\/]js-yaml[\\/]dist[\\/]js-yaml\.cjs\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!SPREAD_HELPER.test(text)) {
        // A js-yaml upgrade changed its helper: fail the build rather than ship it silently slower.
        return { errors: [{ text: `js-yaml's _objectSpread2 helper was not found in ${args.path}: update SPREAD_HELPER in scripts/bundle-options.mjs` }] };
      }
      return { contents: text.replace(SPREAD_HELPER, FAST_SPREAD_HELPER), loader: 'js' };
    });
  },
};

export const bundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'eof',
  logLevel: 'warning',
  // Non-ASCII characters written as escapes: V8 holds a module's source text in memory, as a
  // two-byte string (2 bytes per character) once one character of it is beyond Latin-1, and a
  // dozen such characters (→, …) made the 1.4 MB scan chunk cost 2.9 MB of heap, not 1.4 MB
  // (heap snapshot of a scan; -2.5 MB peak RSS on `npm run bench`'s typical-5000).
  charset: 'ascii',
  // js-yaml's ESM build parses about 2x slower than its CommonJS build on Node 20 (measured
  // with `npm run bench`); bundle the CommonJS one.
  alias: { 'js-yaml': JS_YAML_CJS },
  plugins: [fastSpreadPlugin],
  banner: {
    js: [
      "import { createRequire as __egCreateRequire } from 'node:module';",
      'const require = __egCreateRequire(import.meta.url);',
    ].join('\n'),
  },
};

/**
 * The shipped bundles, built together into `outdir`: `index.js` (the Action, action.yml's
 * `main`) and `cli.js` (package.json's `bin`), with the code they share and what they load on
 * demand (`verify` with @kubernetes/client-node, most of the bytes) in `chunks/`, so that a
 * scan does not parse and compile it at every start.
 */
export const shippedBundleOptions = (outdir) => ({
  ...bundleOptions,
  entryPoints: { index: 'src/action.ts', cli: 'src/cli.ts' },
  outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
});
