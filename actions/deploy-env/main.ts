import { runWithInputs } from '../../packages/kit/src/index.js';
import { readDeployInputs } from './inputs.js';

await runWithInputs(readDeployInputs, () => import('./run.js'));
