/** The inputs of deploy-env, with the environment's section of the config file underneath. */
import { runContext } from '../../packages/kit/src/index.js';
import { deployEnvSpec, readEnvironmentInputs } from '../../packages/deployments/src/index.js';

export type DeployInputs = Awaited<ReturnType<typeof readDeployInputs>>;

export function readDeployInputs() {
  return readEnvironmentInputs(deployEnvSpec, runContext().workspace);
}
