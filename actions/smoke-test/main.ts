import { runWithInputs } from '../../packages/kit/src/index.js';
import { readSmokeInputs } from './inputs.js';

await runWithInputs(readSmokeInputs, () => import('./run.js'));
