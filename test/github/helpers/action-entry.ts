/**
 * src/action.ts with one dependency changed: the GitHub API limits, from EG_TEST_API_LIMITS
 * (JSON of client.ts's ApiLimits), so a test of a hanging API waits seconds, not the
 * production 30 s per answer. Everything else is the runner's wiring (node-action.ts).
 */
import type { ApiLimits } from '../../../src/github/client.ts';
import { coreActionIO, nodeActionDeps } from '../../../src/github/node-action.ts';
import { runAction } from '../../../src/github/run-action.ts';

const limits = JSON.parse(process.env.EG_TEST_API_LIMITS ?? '{}') as ApiLimits;
await runAction(coreActionIO, { ...nodeActionDeps(), apiLimits: limits });
