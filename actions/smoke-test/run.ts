import { rawInput, readActionInputs, runContext } from '../../packages/kit/src/index.js';
import { crossCheck, spec } from '../../packages/smoke-test/src/index.js';

/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */
export { spec as inputSpec };

export async function run(): Promise<void> {
  const context = runContext();
  const inputs = await readActionInputs(spec, { section: ['smoke'] });
  crossCheck(inputs, (name) => rawInput(name));
  const { smokeTest } = await import('./work.js');
  await smokeTest(inputs, context);
}
