import { configSection, loadConfig, undeclaredSection, type ReleaseConfig } from './config.js';
import { runContext } from './context.js';
import { ReleaseError } from './errors.js';
import { rawInput, readInputs, type ConfigValues } from './input-sources.js';
import type { Inputs, Spec } from './inputs.js';
import { annotate } from './runner.js';

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

/**
 * The section a step chose by name (`environments.<environment>`). A name the file
 * does not declare while it declares others is reported: as an error when it looks
 * like a slip for a declared one (`prod` for `production`), since the step would
 * otherwise run without that environment's settings; else as a warning.
 */
export function declaredSection(config: ReleaseConfig | undefined, path: string[]): ConfigValues | undefined {
  const undeclared = undeclaredSection(config, path);
  if (undeclared?.likelyTypo) {
    throw new ReleaseError('ECONFIG', undeclared.message, { location: undeclared.location });
  }
  if (undeclared) annotate('warning', undeclared.message, { location: undeclared.location });
  return configSection(config, path);
}

/** Inputs parsed once: the config file's section first, the step's `with:` over it. */
export async function readActionInputs<S extends Spec>(
  spec: S,
  options: ActionInputOptions = {},
): Promise<Inputs<S>> {
  const env = options.env ?? process.env;
  const workspace = options.workspace ?? runContext(env).workspace;
  const chosen = typeof options.section === 'function';
  const path =
    typeof options.section === 'function' ? options.section((name) => rawInput(name, env)) : options.section;
  const file = path ? await loadConfig(workspace) : undefined;
  const config = path ? (chosen ? declaredSection(file, path) : configSection(file, path)) : undefined;
  return readInputs(spec, { env, config });
}
