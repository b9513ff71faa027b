// The baseline of `npm run bench`: what reading a repository's YAML costs at the least. Lists the
// files as the scan does (fast-glob), reads each and parses it with js-yaml as published (its
// CommonJS build, the one the bundle carries, without the bundle's helper swap).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { loadAll } = require('js-yaml');
const fg = require('fast-glob');

const root = process.argv[2];
let documents = 0;
const files = fg.sync('**/*.{yaml,yml,json}', { cwd: root, absolute: true, dot: true, followSymbolicLinks: false });
for (const file of files) {
  try {
    documents += loadAll(readFileSync(file, 'utf8')).length;
  } catch {
    // A file that does not parse costs its parse all the same.
  }
}
console.log(JSON.stringify({ files: files.length, documents }));
