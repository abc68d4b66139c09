/** The inputs of smoke-test, with the config file's smoke section underneath, checked together. */
import { rawInput, readActionInputs } from '../../packages/kit/src/index.js';
import { crossCheck, spec } from '../../packages/smoke-test/src/index.js';

export { spec };

export async function readSmokeInputs() {
  const inputs = await readActionInputs(spec, { section: ['smoke'] });
  crossCheck(inputs, (name) => rawInput(name));
  return inputs;
}
