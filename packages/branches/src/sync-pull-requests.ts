import { ReleaseError } from '../../kit/src/index.js';
import { mergeMessage, syncBranchName } from './names.js';
import { conflictBody, conflictTitle, protectedBody, type PullRequestApi } from './pull-requests.js';
import type { Repository } from './repository.js';
import { heads, type SyncOptions, type TargetResult } from './sync-types.js';

/** The pull requests a sync opens: for a conflict, and for a protected target that takes no push. */

export async function openConflictPullRequest(
  repo: Repository,
  api: PullRequestApi | undefined,
  options: SyncOptions,
  result: TargetResult,
  sourceSha: string,
  remote: Map<string, string>,
): Promise<void> {
  if (!options.pullRequest) return;
  const syncBranch = syncBranchName(options.source, result.target);
  result.syncBranch = syncBranch;
  if (options.dryRun) return;
  if (!api) throw new ReleaseError('ENOTOKEN', 'a conflict needs a pull request, and no token was given');
  await park(repo, options, result, sourceSha, remote, syncBranch);

  const body = conflictBody({
    source: options.source,
    sourceSha,
    target: result.target,
    targetSha: result.previousSha,
    syncBranch,
    conflicts: result.conflicts,
    commits: await repo.missingCommits(result.previousSha, sourceSha),
    runUrl: options.runUrl,
  });
  await openOrUpdate(api, options, result, syncBranch, body, conflictTitle(options.source, result.target));
}

/** Opens the pull request from the sync branch, or brings the open one up to date. */
async function openOrUpdate(
  api: PullRequestApi,
  options: SyncOptions,
  result: TargetResult,
  syncBranch: string,
  body: string,
  title: string,
) {
  const existing = await api.findOpen(syncBranch, result.target);
  if (existing) {
    // Only the run link changes between re-runs: leave the pull request alone unless the conflicts did.
    if (withoutRunLink(existing.body) !== withoutRunLink(body)) await api.updateBody(existing.number, body);
    result.pullRequest = { number: existing.number, url: existing.url, reused: true };
    return existing;
  }
  const created = await api.create({ head: syncBranch, base: result.target, title, body });
  result.pullRequest = { number: created.number, url: created.url, reused: false };
  if (options.labels.length > 0) await api.addLabels(created.number, options.labels);
  return created;
}

/**
 * A protected target takes no push: the source goes to the sync branch and a pull request, which
 * merges by itself where the repository allows auto-merge (or at once, when nothing is required).
 */
export async function openProtectedPullRequest(
  repo: Repository,
  api: PullRequestApi,
  options: SyncOptions,
  base: Omit<TargetResult, 'outcome' | 'sha'>,
  sourceSha: string,
  remote: Map<string, string>,
): Promise<TargetResult> {
  const syncBranch = syncBranchName(options.source, base.target);
  const result: TargetResult = { ...base, outcome: 'pull-request', sha: base.previousSha, syncBranch };
  if (options.dryRun) return result;
  await park(repo, options, result, sourceSha, remote, syncBranch);
  const body = protectedBody({
    source: options.source,
    sourceSha,
    target: base.target,
    syncBranch,
    commits: await repo.missingCommits(base.previousSha, sourceSha),
    runUrl: options.runUrl,
  });
  const title = mergeMessage(options.messageTemplate, options.source, base.target);
  const pull = await openOrUpdate(api, options, result, syncBranch, body, title);
  const autoMerge = await api.autoMerge(pull);
  result.pullRequest = { ...result.pullRequest!, autoMerge };
  if (autoMerge === 'merged') {
    const tips = await repo.remoteRefs([heads(base.target)]);
    result.sha = tips.get(heads(base.target)) ?? result.sha;
  }
  if (autoMerge === 'not-allowed')
    result.note = 'the repository does not allow auto-merge: the pull request waits for someone to merge it';
  return result;
}

/** Parks the source on the sync branch, keeping whatever someone already pushed there (a resolution in progress). */
async function park(
  repo: Repository,
  options: SyncOptions,
  result: TargetResult,
  sourceSha: string,
  remote: Map<string, string>,
  syncBranch: string,
): Promise<void> {
  const parked = remote.get(heads(syncBranch));
  if (!parked || (await repo.isAncestor(parked, sourceSha))) {
    if (parked !== sourceSha) {
      const pushed = await repo.push(sourceSha, syncBranch);
      if (!pushed.ok) throw new ReleaseError('EPUSH', `could not push ${syncBranch}:\n${pushed.detail}`);
    }
  } else if (!(await repo.isAncestor(sourceSha, parked))) {
    const merge = await repo.mergeTree(parked, sourceSha);
    if (merge.clean) {
      const message = mergeMessage(options.messageTemplate, options.source, syncBranch);
      const commit = await repo.commitMerge(merge.tree, [parked, sourceSha], message, options.identity);
      const pushed = await repo.push(commit, syncBranch);
      if (!pushed.ok)
        result.note = `${syncBranch} moved while it was updated; it lacks the newest ${options.source}`;
    } else {
      result.note = `${syncBranch} has diverged from ${options.source}; merge ${options.source} into it by hand`;
    }
  }
}

/** Protection as the token may read it; a token that cannot tell falls back to pushing. */
export async function isProtected(api: PullRequestApi, branch: string): Promise<boolean> {
  try {
    return await api.isProtected(branch);
  } catch {
    return false;
  }
}

function withoutRunLink(body: string): string {
  return body.replace(/^Opened by .*$/m, '').trim();
}
