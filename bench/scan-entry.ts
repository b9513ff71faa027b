// Bundled with the shipping options by bench/run.mjs and run in a fresh process per
// measurement (a CLI run is one cold shot): `parse` times js-yaml alone on texts already in
// memory, `scan` times a full scan of the same files. Prints the figures as JSON.
import { readFileSync } from 'node:fs';
import { loadAll } from 'js-yaml';
import fg from 'fast-glob';
import { nodeFileSystem } from '../src/discover/file-system.ts';
import { scan } from '../src/engine.ts';

const [mode, root] = process.argv.slice(2) as [string, string];
const elapsed = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

if (mode === 'parse') {
  const files = fg.sync('**/*.{yaml,yml,json}', { cwd: root, absolute: true }).sort();
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const start = process.hrtime.bigint();
  let documents = 0;
  for (const text of texts) documents += loadAll(text).length;
  console.log(JSON.stringify({ files: files.length, documents, ms: elapsed(start) }));
} else {
  const start = process.hrtime.bigint();
  const result = await scan({ root }, { fs: nodeFileSystem });
  console.log(JSON.stringify({ files: result.stats.filesScanned, objects: result.stats.objects, findings: result.findings.length, ms: elapsed(start) }));
}
