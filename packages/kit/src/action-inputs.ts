import { configSection, loadConfig } from './config.js';
import { runContext } from './context.js';
import { rawInput, readInputs, type Inputs, type Spec } from './inputs.js';

export interface ActionInputOptions {
  /**
   * Where this action's defaults live in `.github/release-actions.yml`: a fixed
   * path such as `['gates']`, or one chosen from a raw input (deploy-env reads
   * `['environments', <environment>]`).
   */
  section?: string[] | ((raw: (name: string) => string) => string[] | undefined);
  workspace?: string;
  env?: NodeJS.ProcessEnv;
}

/** Inputs parsed once: the config file's section first, the step's `with:` over it. */
export async function readActionInputs<S extends Spec>(
  spec: S,
  options: ActionInputOptions = {},
): Promise<Inputs<S>> {
  const env = options.env ?? process.env;
  const workspace = options.workspace ?? runContext(env).workspace;
  const path =
    typeof options.section === 'function' ? options.section((name) => rawInput(name, env)) : options.section;
  const config = path ? configSection(await loadConfig(workspace), path) : undefined;
  return readInputs(spec, { env, config });
}
