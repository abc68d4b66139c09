import { runWithInputs } from '../../packages/kit/src/index.js';
import { readAuthorizeInputs } from './inputs.js';

await runWithInputs(readAuthorizeInputs, () => import('./run.js'));
