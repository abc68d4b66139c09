import {
  createGitHubClient,
  info,
  ReleaseError,
  requireRepository,
  runContext,
  setOutputs,
  warning,
  writeSummary,
} from '../../packages/kit/src/index.js';
import {
  githubPullRequests,
  lazyPullRequests,
  Repository,
  syncBranches,
  syncLogLines,
  syncSummary,
  type SyncResult,
} from '../../packages/branches/src/index.js';
import type { SyncInputs } from './inputs.js';

function outputsOf(result: SyncResult) {
  const conflicts = result.targets.filter((target) => target.outcome === 'conflict');
  return {
    status: conflicts.length > 0 ? 'conflict' : 'clean',
    results: result.targets.map((target) => ({
      target: target.target,
      outcome: target.outcome,
      sha: target.sha,
      conflicts: target.conflicts,
      'pull-request': target.pullRequest?.url ?? null,
    })),
    merged: result.targets
      .filter((target) => target.sha !== target.previousSha)
      .map((target) => target.target),
    // Protected targets: the merge waits in a pull request (or was merged through one).
    'pull-request-targets': result.targets
      .filter((target) => target.outcome === 'pull-request')
      .map((target) => target.target),
    conflicts: conflicts.map((target) => target.target),
    'pull-requests': result.targets.flatMap((target) => (target.pullRequest ? [target.pullRequest.url] : [])),
    deleted: result.deleted?.outcome === 'deleted' ? 'true' : 'false',
  };
}

/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */
export { spec as inputSpec } from './inputs.js';

export async function run(inputs: SyncInputs): Promise<void> {
  const context = runContext();
  const repo = new Repository(context.workspace);

  const pullRequests = lazyPullRequests(async () => {
    const { owner, repo: name } = requireRepository(context);
    return githubPullRequests(await createGitHubClient({ token: inputs.token ?? '' }), owner, name);
  });

  const result = await syncBranches(repo, pullRequests, {
    source: inputs.source ?? '',
    targets: inputs.targets ?? [],
    deleteBranch: inputs.deleteBranch,
    fastForward: inputs.fastForward,
    pullRequest: inputs.pullRequest,
    messageTemplate: inputs.message,
    labels: inputs.labels,
    identity: { name: inputs.committerName, email: inputs.committerEmail },
    dryRun: inputs.dryRun,
    runUrl: context.runUrl || undefined,
  });

  for (const line of syncLogLines(result)) info(line);
  setOutputs(outputsOf(result));
  await writeSummary(syncSummary(result));

  if (result.deleted?.outcome === 'kept')
    warning(`Kept branch "${result.deleted.branch}": ${result.deleted.reason}`);
  const conflicts = result.targets.filter((target) => target.outcome === 'conflict');
  if (conflicts.length === 0) return;
  const described = conflicts
    .map((target) => {
      const where = target.pullRequest ? ` (pull request ${target.pullRequest.url})` : '';
      return `"${target.target}" conflicts in ${target.conflicts.join(', ')}${where}`;
    })
    .join('; ');
  const message = `Merging "${result.source}" left ${conflicts.length} branch(es) unchanged: ${described}`;
  if (inputs.onConflict === 'warn') {
    warning(message, { title: 'Branch sync conflict' });
    return;
  }
  throw new ReleaseError('ECONFLICT', message, {
    hint: inputs.pullRequest
      ? 'Resolve the conflicts in the pull request; nothing was lost, the source is kept on its sync/ branch.'
      : 'Merge by hand and push, or enable pull-request to get a pull request for it.',
  });
}
