import { setFlagsFromString } from 'node:v8';

/**
 * The V8 flags a scan sets for itself, at start: the CLI and the Action call `tuneV8ForScan`
 * first. Each is a flag V8 reads at run time, so no command-line flag is needed (the Action's
 * `node24` runner cannot pass one), and each is measured below.
 */
export const tuneV8ForScan = (): void => {
  keepYoungGenerationSmall();
  optimizeLater();
};

/**
 * Keeps V8's young generation (where new objects are allocated) at its starting size, 2 x 1 MB,
 * for this process.
 *
 * Why: V8 doubles the young generation whenever as many bytes have survived collections since the
 * last doubling as it holds. A scan keeps what it reads (file texts, packed positions, the objects
 * analyzers read: about 35 MB on the typical mix of `npm run bench`), so it doubled the young
 * generation up to V8's ceiling of 2 x 16 MB, all of it resident, where the read + parse baseline,
 * which keeps nothing, stops at 2 x 8 MB. Measured on typical-5000 (Node 20): peak RSS 151 ->
 * 133 MB, CPU unchanged (2.41 vs 2.49 s, shared machine); the young collections are more frequent
 * but each copies less, and what a scan keeps is promoted sooner instead of copied twice.
 *
 * V8 reads this flag each time it considers growing the young generation, so setting it at run
 * time (no flag on the command line, which the Action's `node24` runner cannot pass) takes effect.
 */
export const keepYoungGenerationSmall = (): void => setFlagsFromString('--semi-space-growth-factor=1');

/**
 * How much bytecode a function runs before V8 optimizes it with TurboFan (V8's default: 67,584),
 * for this process.
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
