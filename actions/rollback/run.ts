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
import {
  type DeploySettings,
  readEnvironmentInputs,
  rollbackSpec,
} from '../../packages/deployments/src/index.js';

/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */
export { rollbackSpec as inputSpec } from '../../packages/deployments/src/index.js';

export async function run(): Promise<void> {
  const context = runContext();
  const { inputs, config } = await readEnvironmentInputs(rollbackSpec, context.workspace);
  const {
    checkKnownEnvironment,
    checkMigrationRollback,
    checkRollbackCommands,
    checksVerifier,
    DeploymentRecord,
    findRollback,
    installTools,
    knownEnvironments,
    planRollback,
    Provider,
    providerSettings,
    rollBack,
    rollbackSummary,
    runnerLog,
    waitForTurn,
    describeStatus,
    staleRollbackReason,
  } = await import('../../packages/deployments/src/index.js');
  const base = providerSettings(inputs, context, inputs.environment);
  const repo = requireRepository(context);
  const octokit = await createGitHubClient({ token: inputs.token ?? '' });
  checkKnownEnvironment(inputs.environment, await knownEnvironments(config, octokit, repo));
  /** What the status-command says is live, when there is one; the record decides otherwise. */
  const statusCommandVersion = async (
    settings: typeof base,
    environment: string,
  ): Promise<string | undefined> => {
    if (!settings.commands.status) return undefined;
    const probe = new Provider(
      {
        commands: settings.commands,
        retries: 0,
        retryDelayMs: 0,
        workingDirectory: settings.workingDirectory,
        processes: runnerProcesses,
      },
      runnerLog,
    );
    try {
      const answer = await probe.live({
        operation: 'status',
        version: '',
        environment,
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
  };
  const runInfo = {
    runId: context.runId,
    runAttempt: context.runAttempt,
    runUrl: context.runUrl,
    sha: context.sha,
  };
  const record = new DeploymentRecord(octokit, repo, inputs.environment);

  // A re-run continues the rollback this run recorded, rather than rolling back the rollback.
  const earlier = await record.findRecent(
    (deployment) => deployment.payload?.rollback_of !== undefined && deployment.belongsToRun(context.runId),
  );
  const { bad, target } = earlier
    ? { bad: await record.get(earlier.payload!.rollback_of!), target: earlier }
    : await findRollback(record, { deploymentId: inputs.deploymentId, to: inputs.to });
  if (!earlier) {
    const stale = await staleRollbackReason({
      record,
      bad,
      expectedCurrentVersion: inputs.expectedCurrentVersion,
      probedVersion: await statusCommandVersion(base, inputs.environment),
    });
    if (stale) {
      setOutputs({ status: 'skipped', 'rolled-back-from': '', 'rolled-back-to': '', 'deployment-id': '' });
      await writeSummary(`## ↩️ Rollback of ${inputs.environment}: nothing was changed\n\n${stale}.\n`);
      notice(`Nothing was rolled back: ${stale}.`);
      return;
    }
  }

  const settings: DeploySettings = {
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
  const provider = new Provider(
    {
      commands: settings.commands,
      retries: settings.retries,
      retryDelayMs: settings.retryDelayMs,
      workingDirectory: settings.workingDirectory,
      processes: runnerProcesses,
    },
    runnerLog,
  );
  checkRollbackCommands(planRollback(bad, target, settings), provider);
  checkMigrationRollback(bad, settings.version, provider);
  await installTools(inputs.setupTools);

  await waitForTurn({
    record,
    ours: (deployment) => deployment.id === bad.id || deployment.belongsToRun(context.runId),
    timeoutMs: inputs.lockTimeout,
    staleAfterMs: inputs.staleAfter,
    log: runnerLog,
    settle: async (stale) => {
      const note = `stale: no update since ${new Date(stale.lastActivity).toISOString()}; marked failed by run ${context.runId}`;
      await record.setStatus(stale, 'failure', {
        description: stale.version ? describeStatus(stale.version, note) : note,
      });
      return 'marked failure';
    },
  });

  const outcome = await rollBack({
    record,
    settings,
    bad,
    target,
    reason: inputs.reason,
    provider,
    verifier: checksVerifier,
    log: runnerLog,
    run: runInfo,
  });
  setOutputs({
    status: outcome.alreadyDone ? 'already-done' : 'rolled-back',
    'rolled-back-from': outcome.from,
    'rolled-back-to': outcome.to,
    'deployment-id': outcome.deployment?.id ?? '',
  });
  await writeSummary(rollbackSummary(outcome, inputs.environment));
  runnerLog.info(
    outcome.alreadyDone
      ? `${inputs.environment} was already rolled back to ${outcome.to}`
      : `${inputs.environment} is back on ${outcome.to} (from ${outcome.from}): ${outcome.plan.summary}`,
  );
}
