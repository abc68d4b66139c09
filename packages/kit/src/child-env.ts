/**
 * The one place that decides what a child process (a user's build, deploy,
 * smoke or gate command, a signing tool, git and the hooks it runs) sees of
 * this step's environment.
 *
 * The runner hands an action its inputs as INPUT_* variables, secrets among
 * them (tokens, signing keys, webhook URLs, Prometheus tokens, headers with
 * bearer tokens), and gives JavaScript actions service tokens that `run:`
 * steps never get. None of that is a command's business. What the user put in
 * the job's or the step's `env:` stays: that is how a user hands a command a
 * value on purpose, as a `run:` step would receive it.
 */

const WITHHELD: readonly RegExp[] = [
  // The step's own inputs, each secret input among them.
  /^INPUT_/i,
  // The runner's service tokens for JavaScript actions: cache, artifacts, results, OIDC.
  /^ACTIONS_RUNTIME_TOKEN$/i,
  /^ACTIONS_RUNTIME_URL$/i,
  /^ACTIONS_CACHE_URL$/i,
  /^ACTIONS_RESULTS_URL$/i,
  /^ACTIONS_ID_TOKEN_REQUEST_TOKEN$/i,
  /^ACTIONS_ID_TOKEN_REQUEST_URL$/i,
  // Saved state of this action's pre/post steps.
  /^STATE_/i,
];

/** True for a variable the step's children must not inherit. */
export function isWithheldVariable(name: string): boolean {
  return WITHHELD.some((pattern) => pattern.test(name));
}

/**
 * The environment for a child process: `base` (this process's environment)
 * without the withheld variables, then `extra` on top (the values the action
 * means the command to have, such as RELEASE_VERSION; `undefined` removes one).
 */
export function childEnvironment(
  extra: Record<string, string | number | undefined> = {},
  base: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) {
    if (value !== undefined && !isWithheldVariable(key)) env[key] = value;
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = String(value);
  }
  return env;
}
