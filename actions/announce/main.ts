import { runWithInputs } from '../../packages/kit/src/index.js';
import { readAnnounceInputs } from './inputs.js';

await runWithInputs(readAnnounceInputs, () => import('./run.js'));
