import { runContext } from '../../packages/kit/src/index.js';
import type { AnnounceInputs } from '../../packages/announce/src/index.js';
import { announce } from './work.js';

/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */
export { spec as inputSpec } from './inputs.js';

export async function run(inputs: AnnounceInputs): Promise<void> {
  await announce(inputs, runContext());
}
