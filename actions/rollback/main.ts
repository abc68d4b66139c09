import { runWithInputs } from '../../packages/kit/src/index.js';
import { readRollbackInputs } from './inputs.js';

await runWithInputs(readRollbackInputs, () => import('./run.js'));
