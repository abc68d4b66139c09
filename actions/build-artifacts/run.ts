import { runContext } from '../../packages/kit/src/index.js';
import { readSettings } from './inputs.js';

/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */
export { spec as inputSpec } from './inputs.js';

export async function run(): Promise<void> {
  const context = runContext();
  const settings = await readSettings(context);
  const startedOn = new Date();
  const { mergeMode, packageMode } = await import('./work.js');
  if (settings.mode === 'merge') await mergeMode(context, settings, startedOn);
  else await packageMode(context, settings, startedOn);
}
