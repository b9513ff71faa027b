import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

/**
 * A process that keeps 40 MB of new objects, as a scan keeps what it reads: how many times larger
 * the young generation is at the end than before, with and without `keepYoungGenerationSmall`
 * (src/v8-flags.ts).
 */
const youngGenerationGrowth = (keepSmall: boolean): number => {
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8';
    import { keepYoungGenerationSmall } from './src/v8-flags.ts';
    const youngSize = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
    const before = youngSize();
    if (${keepSmall}) keepYoungGenerationSmall();
    const kept = [];
    for (let i = 0; i < 400_000; i++) kept.push({ i, text: 'x'.repeat(64) + i });
    console.log(youngSize() / before, kept.length);
  `;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  // V8 prints an unknown flag's name to stderr: the flag must still exist in this Node's V8.
  assert.equal(run.stderr, '');
  return Number(run.stdout.split(' ')[0]);
};

describe('keepYoungGenerationSmall', () => {
  it("stops V8 from growing the young generation as a process keeps what it allocates (this Node's V8 still reads the flag at run time)", () => {
    assert.ok(youngGenerationGrowth(false) >= 4, 'without it, the young generation grows');
    assert.equal(youngGenerationGrowth(true), 1, 'with it, the young generation keeps its size');
  });
});

/**
 * Whether V8 marks a small function for TurboFan after 45 calls (about 25 suffice with V8's
 * budget, about 70 with `optimizeLater`'s), with and without `optimizeLater`
 * (src/v8-flags.ts), as `--trace-opt` reports it.
 */
const optimizedAfter45Calls = (later: boolean): boolean => {
  const script = `
    import { optimizeLater } from './src/v8-flags.ts';
    if (${later}) optimizeLater();
    function work(a) { let s = 0; for (let k = 0; k < 100; k++) s = (s + a * k) | 0; return s; }
    let total = 0;
    for (let i = 0; i < 45; i++) total += work(i);
    console.log(total);
  `;
  const run = spawnSync(process.execPath, ['--trace-opt', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  // V8 prints an unknown flag's name to stderr: the flag must still exist in this Node's V8.
  assert.equal(run.stderr, '');
  return /\[marking \S+ <JSFunction work /.test(run.stdout);
};

describe('optimizeLater', () => {
  it("raises the bytecode a function runs before TurboFan compiles it (this Node's V8 still reads the flag at run time)", () => {
    assert.equal(optimizedAfter45Calls(false), true, "with V8's budget, 45 calls make the function hot");
    assert.equal(optimizedAfter45Calls(true), false, 'with the larger budget, they do not');
  });
});
