import { runWithInputs } from '../../packages/kit/src/index.js';
import { readSyncInputs } from './inputs.js';

await runWithInputs(readSyncInputs, () => import('./run.js'));
