import { setFlagsFromString } from 'node:v8';

/**
 * Keeps V8's young generation (where new objects are allocated) at its starting size, 2 x 1 MB,
 * for this process: the CLI and the Action call it first.
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
