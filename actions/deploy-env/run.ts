/**
 * deploy-env: read the inputs (the environment's settings from the config file
 * underneath), check the guards, set up tools, then hand over to
 * packages/deployments and report what happened.
 */
import {
  createGitHubClient,
  ReleaseError,
  requireRepository,
  runContext,
  runnerProcesses,
  setOutputs,
  writeSummary,
  formatDuration,
  onCancellation,
} from '../../packages/kit/src/index.js';
import {
  checkAllowedRef,
  checkKnownEnvironment,
  checkRequiredEnvironment,
  checksVerifier,
  deploy,
  deploySettings,
  deploySummary,
  DeploymentRecord,
  installTools,
  knownEnvironments,
  messageOf,
  Provider,
  resolveArtifacts,
  runnerLog,
  type DeployResult,
  type DeploySettings,
} from '../../packages/deployments/src/index.js';
import type { DeployInputs } from './inputs.js';

/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */
export { deployEnvSpec as inputSpec } from '../../packages/deployments/src/index.js';

export async function run({ inputs, config }: DeployInputs): Promise<void> {
  const context = runContext();
  const artifacts = await resolveArtifacts(inputs.artifacts ?? [], context.workspace);
  const { settings, allowedRefs, sourceRef } = deploySettings(inputs, context, artifacts);
  checkAllowedRef(settings.environment, sourceRef, allowedRefs);

  const repo = requireRepository(context);
  const octokit = await createGitHubClient({ token: inputs.token ?? '' });
  checkKnownEnvironment(settings.environment, await knownEnvironments(config, octokit, repo));
  if (inputs.requireEnvironment) {
    const proof = await checkRequiredEnvironment(
      new DeploymentRecord(octokit, repo, inputs.requireEnvironment, undefined, inputs.component),
      settings.version,
      settings.environment,
    );
    runnerLog.info(`${settings.version} passed ${inputs.requireEnvironment} first (deployment #${proof})`);
  }
  await installTools(inputs.setupTools);

  const cancellation = onCancellation((message) => runnerLog.warning(message));
  const result = await deploy({
    settings,
    record: new DeploymentRecord(octokit, repo, settings.environment, undefined, inputs.component),
    run: { runId: context.runId, runAttempt: context.runAttempt, runUrl: context.runUrl, sha: context.sha },
    provider: new Provider(
      {
        commands: settings.commands,
        retries: settings.retries,
        retryDelayMs: settings.retryDelayMs,
        workingDirectory: settings.workingDirectory,
        processes: runnerProcesses,
      },
      runnerLog,
    ),
    verifier: checksVerifier,
    log: runnerLog,
    adoptId: inputs.deploymentId,
    lock: { timeoutMs: inputs.lockTimeout, staleAfterMs: inputs.staleAfter },
    signal: cancellation.signal,
  });
  cancellation.release();

  setOutputs({
    'deployment-id': result.deployment.id,
    'environment-url': result.environmentUrl ?? '',
    'previous-version': result.previous?.version ?? '',
    slot: result.slot,
    status: result.status,
    strategy: settings.strategy,
  });
  await writeSummary(deploySummary(result, settings));
  if (result.status === 'success') {
    runnerLog.info(
      result.alreadyDone
        ? `${settings.version} was already live on ${settings.environment} (deployment #${result.deployment.id})`
        : `${settings.version} is live on ${settings.environment} (deployment #${result.deployment.id})`,
    );
    return;
  }
  throw failureOf(result, settings);
}

/** Why the step fails: a cancelled deploy, one rolled back (and how fast), or one left failed. */
function failureOf(result: DeployResult, settings: DeploySettings): ReleaseError {
  const reason = messageOf(result.failure);
  if (result.status === 'cancelled') {
    return new ReleaseError(
      'ECANCELLED',
      `Deploying ${settings.version} to ${settings.environment} was cancelled: ${result.timeline.steps.at(-1)?.detail ?? 'see the record'}`,
      { hint: 'The deployment record says what is live.' },
    );
  }
  if (result.rollback) {
    return new ReleaseError(
      'EDEPLOY',
      `Deploying ${settings.version} to ${settings.environment} failed: ${reason}. Rolled back to ${result.rollback.to}: ` +
        `traffic was back on it ${formatDuration(result.rollback.restoredMs)} after the first failed answer.`,
      { hint: 'The job summary has the steps, the analysis figures and the rollback report.' },
    );
  }
  const rollbackNote = result.rollbackError
    ? ` The automatic rollback failed too: ${messageOf(result.rollbackError)}`
    : '';
  return new ReleaseError(
    'EDEPLOY',
    `Deploying ${settings.version} to ${settings.environment} failed: ${reason}.${rollbackNote}`,
    {
      hint: settings.autoRollback
        ? 'The job summary has the steps taken.'
        : 'auto-rollback is off for this environment: run the rollback action to go back to the last good version.',
    },
  );
}
