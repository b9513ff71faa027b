// npm run bench [-- --shapes typical-5000,tenants --rounds R --timeout S --no-rego --cli other/dist/cli.js --against earlier/dist/cli.js]
//
// Writes synthetic repositories (bench/corpus.mjs) to the temp folder, bundles the CLI with the
// shipping esbuild options, and runs, in fresh processes, for each shape:
// - the baseline: list the files, read them and parse them with js-yaml (bench/read-parse.mjs);
// - the scan: `ephemeral-guard scan <dir> --format json --fail-on none`, the report discarded;
// and prints CPU time (user + system), wall time and peak RSS of each (medians of the rounds),
// their ratios, and the scan's cost per file. Then the in-memory Rego case (bench/rego-case.ts).
// Shapes: the typical mix at 5,000 and 50,000 files (compared per file), a policy-heavy mix, a
// multi-tenant platform and the same with each dimension doubled (compared with it), an
// aggregation chain, and large CRDs (documents of a kind nothing reads).
// --against runs a second CLI (an earlier build) in the same rounds, interleaved, so that a
// before/after comparison sees the same load on a shared machine; the load average is printed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundleOptions, shippedBundleOptions } from '../scripts/bundle-options.mjs';
import { writeAggregationChainCorpus, writeCorpus, writeCrdCorpus, writeTenantCorpus } from './corpus.mjs';

/** The multi-tenant platform of issue 16, and the same with one dimension doubled (`tenants-<dimension>-x2`). */
const TENANTS = { namespaces: 2000, bindings: 5000, clusterRoles: 500, policies: 300 };
const tenantShapes = Object.fromEntries([
  ['tenants', { rounds: 3, write: (dir) => writeTenantCorpus(dir, TENANTS) }],
  ...Object.keys(TENANTS).map((dimension) => [
    `tenants-${dimension}-x2`,
    { rounds: 3, doubles: 'tenants', write: (dir) => writeTenantCorpus(dir, { ...TENANTS, [dimension]: TENANTS[dimension] * 2 }) },
  ]),
]);

/**
 * name → how to write it, how many rounds by default (the median is reported; the 50,000-file
 * shape runs once unless --rounds says otherwise), and the shape it is compared with.
 */
const SHAPES = {
  'typical-5000': { rounds: 5, write: (dir) => writeCorpus(dir, 5000, 4, 'typical') },
  'policy-heavy-5000': { rounds: 5, write: (dir) => writeCorpus(dir, 5000, 4, 'policy-heavy') },
  'typical-50000': { rounds: 1, perFileAs: 'typical-5000', write: (dir) => writeCorpus(dir, 50000, 4, 'typical') },
  ...tenantShapes,
  'aggregation-chain-100': { rounds: 3, write: (dir) => writeAggregationChainCorpus(dir, 100) },
  'crds-500': { rounds: 5, write: (dir) => writeCrdCorpus(dir, 500) },
};

const { values } = parseArgs({
  options: {
    shapes: { type: 'string', default: Object.keys(SHAPES).join(',') },
    rounds: { type: 'string' },
    timeout: { type: 'string', default: '300' },
    'no-rego': { type: 'boolean', default: false },
    // Another build's CLI (an earlier commit's dist/cli.js) instead of bundling this checkout.
    cli: { type: 'string' },
    // A second CLI measured in the same rounds (interleaved), for before/after on the same load.
    against: { type: 'string' },
  },
});
const shapes = values.shapes.split(',').filter(Boolean);
for (const shape of shapes) if (!(shape in SHAPES)) throw new Error(`unknown shape ${shape}: one of ${Object.keys(SHAPES).join(', ')}`);
const timeoutMs = Number(values.timeout) * 1000;

// Outside the repository: a corpus inside it would be .gitignored, and so not scanned.
const base = join(tmpdir(), 'ephemeral-guard-bench');
const generator = createHash('sha256').update(readFileSync(new URL('./corpus.mjs', import.meta.url))).digest('hex').slice(0, 12);
const corpusOf = (shape) => {
  const dir = join(base, shape);
  const stamp = `${dir}.done`;
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== generator) {
    mkdirSync(base, { recursive: true });
    SHAPES[shape].write(dir);
    writeFileSync(stamp, generator);
  }
  return dir;
};

mkdirSync('bench/.corpus', { recursive: true });
if (!values.cli) {
  rmSync('bench/.corpus/dist', { recursive: true, force: true });
  await build(shippedBundleOptions('bench/.corpus/dist'));
}
const cli = values.cli ?? 'bench/.corpus/dist/cli.js';
const measure = new URL('./measure.mjs', import.meta.url).href;
const usageDir = mkdtempSync(join(tmpdir(), 'eg-bench-usage-'));

/** One fresh process: CPU and peak RSS from inside it, wall time from here. */
const runOnce = (args) => {
  const usageFile = join(usageDir, 'usage.json');
  rmSync(usageFile, { force: true });
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', measure, ...args], {
    env: { ...process.env, EG_BENCH_USAGE: usageFile },
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1024 * 1024 * 1024,
    timeout: timeoutMs,
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.error || child.status === null || !existsSync(usageFile)) return { failed: child.error?.code === 'ETIMEDOUT' || child.signal ? `not finished in ${values.timeout} s` : String(child.error ?? `exit ${child.status}`) };
  if (child.status !== 0) return { failed: `exit ${child.status}` };
  return { wallMs, ...JSON.parse(readFileSync(usageFile, 'utf8')), stdout: child.stdout };
};

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const summarize = (runs) => (runs.some((run) => run.failed) ? { failed: runs.find((run) => run.failed).failed } : { cpuMs: median(runs.map((r) => r.cpuMs)), wallMs: median(runs.map((r) => r.wallMs)), maxRssKb: median(runs.map((r) => r.maxRssKb)), last: runs.at(-1) });
const fmt = (m) => (m.failed ? m.failed : `${(m.cpuMs / 1000).toFixed(2)} s CPU, ${(m.wallMs / 1000).toFixed(2)} s wall, ${(m.maxRssKb / 1024).toFixed(0)} MB peak RSS`);

console.log(`Node ${process.versions.node}; each figure the median of fresh processes; scan = the bundled CLI, --format json to a discarded stdout`);
/** The scan's medians and file count of each shape measured so far, for the comparisons. */
const measured = new Map();
for (const shape of shapes) {
  const dir = corpusOf(shape);
  const rounds = Number(values.rounds ?? SHAPES[shape].rounds);
  const baselineRuns = [];
  const scanRuns = [];
  const againstRuns = [];
  const loads = [];
  for (let round = 0; round < rounds; round++) {
    loads.push(loadavg()[0]);
    baselineRuns.push(runOnce(['bench/read-parse.mjs', dir]));
    const scanned = runOnce([cli, 'scan', dir, '--format', 'json', '--fail-on', 'none']);
    scanRuns.push(scanned);
    if (values.against) againstRuns.push(runOnce([values.against, 'scan', dir, '--format', 'json', '--fail-on', 'none']));
    if (scanned.failed) break;
  }
  const baseline = summarize(baselineRuns);
  const scanned = summarize(scanRuns);
  const against = values.against ? summarize(againstRuns) : undefined;
  const counts = baseline.failed ? {} : JSON.parse(baseline.last.stdout.toString('utf8'));
  let report = '';
  if (!scanned.failed) {
    const json = JSON.parse(scanned.last.stdout.toString('utf8'));
    report = `, ${json.findings.length} findings, ${json.access.rows.length} access rows, report ${(scanned.last.stdout.length / 1024 / 1024).toFixed(1)} MB`;
  }
  console.log(`\n${shape}: ${counts.files} files, ${counts.documents} documents${report} (${rounds} round${rounds > 1 ? 's' : ''})`);
  console.log(`  read + parse (js-yaml) : ${fmt(baseline)}`);
  console.log(`  ephemeral-guard scan   : ${fmt(scanned)}`);
  if (against) {
    console.log(`  --against scan         : ${fmt(against)}`);
    if (!baseline.failed && !against.failed && !scanned.failed) {
      console.log(`  --against / baseline   : ${(against.cpuMs / baseline.cpuMs).toFixed(2)}x CPU, ${(against.maxRssKb / baseline.maxRssKb).toFixed(2)}x peak RSS; scan / --against ${(scanned.cpuMs / against.cpuMs).toFixed(2)}x CPU, ${(scanned.wallMs / against.wallMs).toFixed(2)}x wall, ${(scanned.maxRssKb / against.maxRssKb).toFixed(2)}x RSS`);
    }
  }
  console.log(`  load average (1 min)   : ${median(loads).toFixed(2)} (median over the rounds; ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)})`);
  if (!baseline.failed && !scanned.failed) {
    console.log(`  scan / baseline        : ${(scanned.cpuMs / baseline.cpuMs).toFixed(2)}x CPU, ${(scanned.maxRssKb / baseline.maxRssKb).toFixed(2)}x peak RSS; ${((scanned.cpuMs * 1000) / counts.files).toFixed(0)} µs CPU per file (baseline ${((baseline.cpuMs * 1000) / counts.files).toFixed(0)} µs)`);
    measured.set(shape, { ...scanned, files: counts.files });
    const { doubles, perFileAs } = SHAPES[shape];
    const before = measured.get(doubles ?? perFileAs);
    if (doubles && before) console.log(`  against ${doubles}${' '.repeat(Math.max(0, 15 - doubles.length))}: ${(scanned.cpuMs / before.cpuMs).toFixed(2)}x CPU (at most 2x for one dimension doubled)`);
    if (perFileAs && before) {
      const perFile = scanned.cpuMs / counts.files / (before.cpuMs / before.files);
      // Linear means no dearer per file at ten times the files (cheaper is the start-up and JIT warm-up spread thinner).
      console.log(`  per file / ${perFileAs}: ${perFile.toFixed(2)}x CPU per file (at most 1.10x: ${perFile <= 1.1 ? 'yes' : 'no'})`);
    }
  }
}
rmSync(usageDir, { recursive: true, force: true });

if (!values['no-rego']) {
  // The Rego case: a gatekeeper-library-sized set of ConstraintTemplates in the library's idioms
  // (bench/rego-case.ts), in memory, with the same bundling.
  await build({ ...bundleOptions, entryPoints: ['bench/rego-case.ts'], outfile: 'bench/.corpus/rego-case.js' });
  console.log('');
  process.stdout.write(execFileSync(process.execPath, ['bench/.corpus/rego-case.js'], { encoding: 'utf8' }));
}
