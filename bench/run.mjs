// npm run bench [-- --files N --docs D --rounds R --mix policy-heavy|typical]: generates the synthetic repository (5,000
// files, 20,000 documents by default), bundles the scan with the shipping esbuild options, and
// prints the scan time next to js-yaml's parse time of the same files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundleOptions } from '../scripts/bundle-options.mjs';
import { MIX_NAMES, writeCorpus } from './corpus.mjs';

const { values } = parseArgs({ options: { files: { type: 'string', default: '5000' }, docs: { type: 'string', default: '4' }, rounds: { type: 'string', default: '5' }, mix: { type: 'string', default: 'policy-heavy' } } });
if (!MIX_NAMES.includes(values.mix)) throw new Error(`--mix must be one of ${MIX_NAMES.join(', ')}`);
const files = Number(values.files);
const docs = Number(values.docs);
// Outside the repository: a corpus inside it would be .gitignored, and so not scanned.
const base = join(tmpdir(), 'ephemeral-guard-bench');
const corpus = join(base, `${values.mix}-${files}x${docs}`);
const stamp = `${corpus}.done`;
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== String(files * docs)) {
  mkdirSync(base, { recursive: true });
  writeCorpus(corpus, files, docs, values.mix);
  writeFileSync(stamp, String(files * docs));
}
mkdirSync('bench/.corpus', { recursive: true });
await build({ ...bundleOptions, entryPoints: ['bench/scan-entry.ts'], outfile: 'bench/.corpus/scan-entry.js' });
const run = (mode) => JSON.parse(execFileSync(process.execPath, ['bench/.corpus/scan-entry.js', mode, corpus], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const parses = [];
const scans = [];
let last;
for (let round = 0; round < Number(values.rounds); round++) {
  parses.push(run('parse').ms);
  last = run('scan');
  scans.push(last.ms);
}
const parse = median(parses);
const full = median(scans);
console.log(`corpus (${values.mix}): ${last.files} files, ${last.objects} objects, ${last.findings} findings; each figure the median of ${values.rounds} fresh processes (Node ${process.versions.node})`);
console.log(`js-yaml loadAll of the texts in memory : ${parse.toFixed(0)} ms`);
console.log(`ephemeral-guard full scan (read too)   : ${full.toFixed(0)} ms = ${(full / parse).toFixed(2)}x js-yaml alone (target <= 1.25x)`);

// The Rego case: a gatekeeper-library-sized set of ConstraintTemplates in the library's idioms
// (bench/rego-case.ts), in memory, with the same bundling.
await build({ ...bundleOptions, entryPoints: ['bench/rego-case.ts'], outfile: 'bench/.corpus/rego-case.js' });
process.stdout.write(execFileSync(process.execPath, ['bench/.corpus/rego-case.js'], { encoding: 'utf8' }));
