import { runWithInputs } from '../../packages/kit/src/index.js';
import { readBuildInputs } from './inputs.js';

await runWithInputs(readBuildInputs, () => import('./run.js'));
