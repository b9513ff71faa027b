import { nodeActionDeps, coreActionIO } from './github/node-action.ts';
import { runAction } from './github/run-action.ts';
import { keepYoungGenerationSmall } from './young-generation.ts';
import { optimizeLater } from './optimize-later.ts';

keepYoungGenerationSmall();
optimizeLater();

await runAction(coreActionIO, nodeActionDeps());
