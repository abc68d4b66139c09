import { runAction } from '../../packages/kit/src/index.js';
import { run } from './run.js';

await runAction(run);
