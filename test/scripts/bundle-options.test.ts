import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
// @ts-expect-error: a plain .mjs module of the build, without types
import { bundleOptions, FAST_SPREAD_HELPER, SPREAD_HELPER, shippedBundleOptions } from '../../scripts/bundle-options.mjs';

interface JsYaml {
  parseEvents: (text: string, options?: object) => unknown[];
  constructFromEvents: (events: unknown[], options: object) => unknown[];
  loadAll: (text: string, options?: object) => unknown[];
  CORE_SCHEMA: { withTags: (...tags: unknown[]) => unknown };
  mergeTag: unknown;
}

/** js-yaml through the shipped bundle options, and as published (the CommonJS build, unpatched). */
const bundles = async (dir: string): Promise<{ shipped: JsYaml; published: JsYaml; shippedText: string }> => {
  const entry = join(dir, 'entry.mjs');
  await writeFile(entry, "export { parseEvents, constructFromEvents, loadAll, CORE_SCHEMA, mergeTag } from 'js-yaml';\n");
  const common = { ...bundleOptions, entryPoints: [entry], absWorkingDir: process.cwd(), nodePaths: [join(process.cwd(), 'node_modules')] };
  await build({ ...common, outfile: join(dir, 'shipped.mjs') });
  await build({ ...common, plugins: [], outfile: join(dir, 'published.mjs') });
  return {
    shipped: (await import(pathToFileURL(join(dir, 'shipped.mjs')).href)) as JsYaml,
    published: (await import(pathToFileURL(join(dir, 'published.mjs')).href)) as JsYaml,
    shippedText: await readFile(join(dir, 'shipped.mjs'), 'utf8'),
  };
};

const yamlFiles = async (dir: string): Promise<string[]> => {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(ya?ml|json)$/.test(entry.name)) found.push(join(entry.parentPath, entry.name));
  }
  return found.sort();
};

/** Documents that exercise what the state objects carry: anchors, merge keys, tags, errors. */
const TRICKY = [
  'a: &x {b: 1}\nc: *x\nd:\n  <<: *x\n  e: 2\n',
  '--- !!str 12\n--- !!map {a: 1}\n---\n- !!binary aGVsbG8=\n',
  '%YAML 1.2\n%TAG !e! tag:example.com,2000:\n---\nk: v\n',
  'a: 1\na: 2\n',
  'a: [1, 2\nb: 3\n',
  "a: 'x\n  y'\nb: \"p\\tq\"\nc: |+\n  keep\n\nd: >-\n  folded\n  text\n",
  '\uFEFFkey: value\n',
];

describe('bundle options', () => {
  it("swap js-yaml's spread helper for Object.assign, and js-yaml parses every test and example file to the same events and values", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eg-bundle-'));
    try {
      const { shipped, published, shippedText } = await bundles(dir);
      // esbuild reprints the code: compare the helper's body, not its layout.
      const helpers = [...shippedText.matchAll(/function _objectSpread2\(e\) \{([^]*?)\n\s*\}\n/g)].map((match) => match[1]!.trim());
      assert.deepEqual(helpers, [(FAST_SPREAD_HELPER as string).split('\n')[1]!.trim()], 'the shipped bundle does not spread with Object.assign');
      assert.ok((SPREAD_HELPER as RegExp).test(await readFile('node_modules/js-yaml/dist/js-yaml.cjs.js', 'utf8')), 'the helper pattern no longer matches js-yaml');
      const texts = [...TRICKY];
      for (const file of [...(await yamlFiles('examples')), ...(await yamlFiles('test'))]) texts.push(await readFile(file, 'utf8'));
      assert.ok(texts.length > 40, `only ${texts.length} texts to compare`);
      const outcome = (yaml: JsYaml, text: string, json: boolean): string => {
        try {
          const events = yaml.parseEvents(text, { maxDepth: 256 });
          const schema = yaml.CORE_SCHEMA.withTags(yaml.mergeTag);
          return JSON.stringify({ events, values: yaml.constructFromEvents(events, { source: text, schema, json }), all: yaml.loadAll(text) });
        } catch (error) {
          return `error: ${String(error)}`;
        }
      };
      for (const text of texts) {
        for (const json of [false, true]) assert.equal(outcome(shipped, text, json), outcome(published, text, json), `differs on ${JSON.stringify(text.slice(0, 80))}`);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('load verify and @kubernetes/client-node only on demand: neither entry imports them statically', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eg-bundle-'));
    try {
      const result = await build({ ...shippedBundleOptions(dir), write: true });
      const metafile = result.metafile as Metafile;
      const outputs = new Map(Object.entries(metafile.outputs).map(([path, output]) => [relative(dir, path), output]));
      assert.deepEqual(['cli.js', 'index.js'].filter((entry) => outputs.has(entry)), ['cli.js', 'index.js']);
      for (const entry of ['cli.js', 'index.js']) {
        // Every output file an entry loads before its first line runs: its static imports, transitively.
        const loaded = new Set<string>();
        const visit = (file: string): void => {
          if (loaded.has(file)) return;
          loaded.add(file);
          for (const imported of outputs.get(file)!.imports) {
            if (imported.kind === 'import-statement' && !imported.external) visit(relative(dir, imported.path));
          }
        };
        visit(entry);
        const inputs = [...loaded].flatMap((file) => Object.keys(outputs.get(file)!.inputs));
        assert.ok(inputs.some((input) => input.startsWith('src/scan.ts')), `${entry} does not hold the scan`);
        assert.deepEqual(inputs.filter((input) => input.includes('@kubernetes/client-node') || input.startsWith('src/verify/') || /^src\/(cli|github)\/verify-/.test(input)), [], `${entry} loads verify at start-up`);
        const dynamic = [...loaded].flatMap((file) => outputs.get(file)!.imports.filter((imported) => imported.kind === 'dynamic-import'));
        assert.ok(dynamic.length > 0, `${entry} has no on-demand chunk`);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
