import { runWithInputs } from '../../packages/kit/src/index.js';
import { readBumpInputs } from './inputs.js';

await runWithInputs(readBumpInputs, () => import('./run.js'));
