import { runWithInputs } from '../../packages/kit/src/index.js';
import { readSettings } from './inputs.js';

await runWithInputs(readSettings, () => import('./run.js'));
