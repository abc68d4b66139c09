/**
 * rollback: find what to undo (the current deployment) and where to go back to
 * (the last good version before it, or `to`), refuse clearly when there is no
 * such version, then hand over to packages/deployments and report.
 */
import {
  createGitHubClient,
  requireRepository,
  notice,
  runContext,
  runnerProcesses,
  setOutputs,
  writeSummary,
} from '../../packages/kit/src/index.js';
import * as deployments from '../../packages/deployments/src/index.js';
import type { DeploySettings } from '../../packages/deployments/src/index.js';
import type { RollbackRead } from './inputs.js';

/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */
export { rollbackSpec as inputSpec } from '../../packages/deployments/src/index.js';

type Deployments = typeof deployments;
type EnvironmentRecord = InstanceType<Deployments['DeploymentRecord']>;
type BaseSettings = ReturnType<Deployments['providerSettings']>;
type Pair = Awaited<ReturnType<Deployments['findRollback']>>;
type RollbackInputs = RollbackRead['inputs'];
type Context = ReturnType<typeof runContext>;

function providerFor(
  deployments: Deployments,
  settings: BaseSettings,
  retries: number,
  retryDelayMs: number,
) {
  const options = {
    commands: settings.commands,
    retries,
    retryDelayMs,
    workingDirectory: settings.workingDirectory,
    processes: runnerProcesses,
  };
  return new deployments.Provider(options, deployments.runnerLog);
}

/** What the status-command says is live, when there is one; the record decides otherwise. */
async function statusCommandVersion(
  deployments: Deployments,
  settings: BaseSettings,
  inputs: RollbackInputs,
): Promise<string | undefined> {
  if (!settings.commands.status) return undefined;
  const probe = providerFor(deployments, settings, 0, 0);
  try {
    const answer = await probe.live({
      operation: 'status',
      version: '',
      environment: inputs.environment,
      strategy: inputs.strategy ?? 'direct',
      commit: '',
      ref: '',
      artifacts: [],
      rollback: true,
    });
    return answer?.version;
  } catch {
    return undefined;
  }
}

/**
 * The deployment to undo and the one to go back to. A re-run continues the rollback this run
 * recorded, rather than rolling back the rollback; a fresh one stops with the reason when what
 * is live is no longer what it was asked to undo.
 */
async function whatToUndo(
  deployments: Deployments,
  record: EnvironmentRecord,
  inputs: RollbackInputs,
  context: Context,
  base: BaseSettings,
): Promise<Pair | { stale: string }> {
  const earlier = await record.findRecent(
    (deployment) => deployment.payload?.rollback_of !== undefined && deployment.belongsToRun(context.runId),
  );
  if (earlier) return { bad: await record.get(earlier.payload!.rollback_of!), target: earlier };
  const pair = await deployments.findRollback(record, { deploymentId: inputs.deploymentId, to: inputs.to });
  const stale = await deployments.staleRollbackReason({
    record,
    bad: pair.bad,
    expectedCurrentVersion: inputs.expectedCurrentVersion,
    probedVersion: await statusCommandVersion(deployments, base, inputs),
  });
  return stale ? { stale } : pair;
}

async function reportNothingChanged(environment: string, stale: string): Promise<void> {
  setOutputs({ status: 'skipped', 'rolled-back-from': '', 'rolled-back-to': '', 'deployment-id': '' });
  await writeSummary(`## ↩️ Rollback of ${environment}: nothing was changed\n\n${stale}.\n`);
  notice(`Nothing was rolled back: ${stale}.`);
}

/** The target's version, commit and artifacts, deployed directly: a rollback is not analysed again. */
function rollbackSettings(base: BaseSettings, inputs: RollbackInputs, { bad, target }: Pair): DeploySettings {
  return {
    ...base,
    version: target.version ?? '',
    ref: target.payload?.ref || target.ref,
    commit: target.payload?.commit || target.sha,
    strategy: inputs.strategy ?? bad.strategy ?? 'direct',
    artifacts: target.payload?.artifacts ?? [],
    canaryWeights: [],
    analysis: {
      durationMs: 0,
      rate: 0,
      maxErrorRate: 0,
      maxP95Ms: 0,
      minSamples: 0,
      maxConsecutiveFailures: 0,
      pauseMs: 0,
    },
    autoRollback: false,
  };
}

/** Waits for deployments of other runs to the environment; one gone quiet too long is marked failed. */
async function waitForOurTurn(
  deployments: Deployments,
  record: EnvironmentRecord,
  bad: Pair['bad'],
  inputs: RollbackInputs,
  context: Context,
): Promise<void> {
  await deployments.waitForTurn({
    record,
    ours: (deployment) => deployment.id === bad.id || deployment.belongsToRun(context.runId),
    timeoutMs: inputs.lockTimeout,
    staleAfterMs: inputs.staleAfter,
    log: deployments.runnerLog,
    settle: async (stale) => {
      const note = `stale: no update since ${new Date(stale.lastActivity).toISOString()}; marked failed by run ${context.runId}`;
      await record.setStatus(stale, 'failure', {
        description: stale.version ? deployments.describeStatus(stale.version, note) : note,
      });
      return 'marked failure';
    },
  });
}

export async function run({ inputs, config }: RollbackRead): Promise<void> {
  const context = runContext();
  const base = deployments.providerSettings(inputs, context, inputs.environment);
  const repo = requireRepository(context);
  const octokit = await createGitHubClient({ token: inputs.token ?? '' });
  deployments.checkKnownEnvironment(
    inputs.environment,
    await deployments.knownEnvironments(config, octokit, repo),
  );
  const record = new deployments.DeploymentRecord(
    octokit,
    repo,
    inputs.environment,
    undefined,
    inputs.component,
  );
  const found = await whatToUndo(deployments, record, inputs, context, base);
  if ('stale' in found) return reportNothingChanged(inputs.environment, found.stale);

  const settings = rollbackSettings(base, inputs, found);
  const provider = providerFor(deployments, settings, settings.retries, settings.retryDelayMs);
  deployments.checkRollbackCommands(deployments.planRollback(found.bad, found.target, settings), provider);
  deployments.checkMigrationRollback(found.bad, settings.version, provider);
  await deployments.installTools(inputs.setupTools);
  await waitForOurTurn(deployments, record, found.bad, inputs, context);

  const outcome = await deployments.rollBack({
    record,
    settings,
    bad: found.bad,
    target: found.target,
    reason: inputs.reason,
    provider,
    verifier: deployments.checksVerifier,
    log: deployments.runnerLog,
    run: { runId: context.runId, runAttempt: context.runAttempt, runUrl: context.runUrl, sha: context.sha },
  });
  setOutputs({
    status: outcome.alreadyDone ? 'already-done' : 'rolled-back',
    'rolled-back-from': outcome.from,
    'rolled-back-to': outcome.to,
    'deployment-id': outcome.deployment?.id ?? '',
  });
  await writeSummary(deployments.rollbackSummary(outcome, inputs.environment));
  deployments.runnerLog.info(
    outcome.alreadyDone
      ? `${inputs.environment} was already rolled back to ${outcome.to}`
      : `${inputs.environment} is back on ${outcome.to} (from ${outcome.from}): ${outcome.plan.summary}`,
  );
}
