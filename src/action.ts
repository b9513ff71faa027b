import { nodeActionDeps, coreActionIO } from './github/node-action.ts';
import { runAction } from './github/run-action.ts';
import { keepYoungGenerationSmall } from './young-generation.ts';

keepYoungGenerationSmall();

await runAction(coreActionIO, nodeActionDeps());
