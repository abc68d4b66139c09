import { runContext } from '../../packages/kit/src/index.js';
import type { SmokeInputs } from '../../packages/smoke-test/src/index.js';
import { smokeTest } from './work.js';

/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */
export { spec as inputSpec } from './inputs.js';

export async function run(inputs: SmokeInputs): Promise<void> {
  await smokeTest(inputs, runContext());
}
