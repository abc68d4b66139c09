import { runWithInputs } from '../../packages/kit/src/index.js';
import { readMetricsInputs } from './inputs.js';

await runWithInputs(readMetricsInputs, () => import('./run.js'));
