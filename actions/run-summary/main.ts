import { runWithInputs } from '../../packages/kit/src/index.js';
import { readSummaryInputs } from './inputs.js';

await runWithInputs(readSummaryInputs, () => import('./run.js'));
