/** The inputs of rollback, with the environment's section of the config file underneath. */
import { runContext } from '../../packages/kit/src/index.js';
import { readEnvironmentInputs, rollbackSpec } from '../../packages/deployments/src/index.js';

export type RollbackRead = Awaited<ReturnType<typeof readRollbackInputs>>;

export function readRollbackInputs() {
  return readEnvironmentInputs(rollbackSpec, runContext().workspace);
}
