import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

/**
 * Whether V8 marks a small function for TurboFan after 45 calls (about 25 suffice with V8's
 * budget, about 70 with `optimizeLater`'s), with and without `optimizeLater`
 * (src/optimize-later.ts), as `--trace-opt` reports it.
 */
const optimizedAfter45Calls = (later: boolean): boolean => {
  const script = `
    import { optimizeLater } from './src/optimize-later.ts';
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
