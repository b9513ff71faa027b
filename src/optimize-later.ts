import { setFlagsFromString } from 'node:v8';

/**
 * How much bytecode a function runs before V8 optimizes it with TurboFan (V8's default: 67,584),
 * for this process: the CLI and the Action call it first.
 */
export const OPTIMIZATION_BUDGET = 200_000;

/**
 * Lets V8 optimize only the functions that run longest: a function must run about three times as
 * much bytecode as V8's default before TurboFan compiles it.
 *
 * Why: a scan runs a few seconds, through many functions each hot for a short while (the YAML
 * parser and skip check, line hashes, the Rego and CEL readers, the analyzers, the rules), and
 * V8's default had TurboFan compile about 260 of them, on its worker threads, for more CPU than
 * the optimized code saved. Measured on the typical mix of `npm run bench` (typical-5000, Node 20,
 * rounds interleaved, medians; user + system CPU per thread from /proc/self/task): 8 rounds at
 * load 4.5-6.5, V8 worker threads 0.96 -> 0.62 s, main thread 1.53 -> 1.49 s, the process 2.54 ->
 * 2.14 s; 6 rounds at load 7-11, 0.85 -> 0.57 s, 1.35 -> 1.40 s, 2.26 -> 2.01 s. Twice this budget
 * (400,000) saved no more (1.98 s), nor did a smaller inlining budget on top (1.95 s).
 *
 * V8 gives a function its budget when it first runs, so setting the flag at start, before the
 * scan's functions run (no flag on the command line, which the Action's `node24` runner cannot
 * pass), takes effect for all of them.
 */
export const optimizeLater = (): void => setFlagsFromString(`--interrupt-budget=${OPTIMIZATION_BUDGET}`);
