import { nodeActionDeps, coreActionIO } from './github/node-action.ts';
import { runAction } from './github/run-action.ts';

await runAction(coreActionIO, nodeActionDeps());
