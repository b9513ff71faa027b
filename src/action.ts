import { nodeActionDeps, coreActionIO } from './github/node-action.ts';
import { runAction } from './github/run-action.ts';
import { tuneV8ForScan } from './v8-flags.ts';

tuneV8ForScan();

await runAction(coreActionIO, nodeActionDeps());
