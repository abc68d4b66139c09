import { runContext } from '../../packages/kit/src/index.js';
import type { Settings } from './inputs.js';
import { mergeMode, packageMode } from './work.js';

/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */
export { spec as inputSpec } from './inputs.js';

export async function run(settings: Settings): Promise<void> {
  const context = runContext();
  const startedOn = new Date();
  if (settings.mode === 'merge') await mergeMode(context, settings, startedOn);
  else await packageMode(context, settings, startedOn);
}
