import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const bundleOptions = read('scripts/bundle-options.mjs');
const pkg = JSON.parse(read('package.json')) as {
  private?: boolean;
  bin: Record<string, string>;
  files: string[];
  engines: { node: string };
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('the npm package', () => {
  it('is publishable: not private, the bin is in files, no runtime dependency beside the bundle', () => {
    assert.equal(pkg.private, undefined);
    assert.deepEqual(Object.values(pkg.bin), ['dist/cli.js']);
    assert.ok(pkg.files.includes('dist/cli.js'));
    // The CLI loads verify from a chunk beside it (esbuild code splitting).
    assert.ok(pkg.files.includes('dist/chunks/'));
    // The bundle carries every module it imports (esbuild, no externals).
    assert.equal(pkg.dependencies, undefined);
    assert.doesNotMatch(bundleOptions, /external/);
  });

  it('engines says the Node the bundle targets', () => {
    assert.equal(pkg.engines.node, `>=${/target: 'node(\d+)'/.exec(bundleOptions)![1]}`);
  });

  it('the pre-commit hooks and the Dockerfile run the bundled CLI', () => {
    const hooks = load(read('.pre-commit-hooks.yaml')) as { id: string; entry: string; language: string; pass_filenames: boolean }[];
    assert.deepEqual(hooks.map((hook) => [hook.id, hook.language, hook.entry, hook.pass_filenames]), [
      ['ephemeral-guard', 'node', 'ephemeral-guard scan .', false],
      ['ephemeral-guard-docker', 'docker', 'scan .', false],
    ]);
    assert.match(read('Dockerfile'), /^COPY dist\/cli\.js \/opt\/ephemeral-guard\/cli\.js$/m);
    assert.match(read('Dockerfile'), /^ENTRYPOINT \["node", "\/opt\/ephemeral-guard\/cli\.js"\]$/m);
  });
});
