import { nothingToSync } from './nothing-to-sync.js';
import { ReleaseError } from '../../kit/src/index.js';
import { mergeMessage, syncBranchName } from './names.js';
import type { PullRequestApi } from './pull-requests.js';
import type { Repository } from './repository.js';
import { isProtected, openConflictPullRequest, openProtectedPullRequest } from './sync-pull-requests.js';
import {
  heads,
  type DeleteResult,
  type Outcome,
  type SyncOptions,
  type SyncResult,
  type TargetResult,
} from './sync-types.js';

export type { DeleteResult, Outcome, SyncOptions, SyncResult, TargetResult } from './sync-types.js';

/**
 * Merges one ref into several branches on the remote: a fast-forward when the
 * target has nothing of its own, a merge commit otherwise, and on a conflict
 * nothing at all on the target: the source is parked on a `sync/…` branch with
 * a pull request that lists the conflicting files. No change is ever lost:
 * pushes are never forced and a branch is deleted only once every target has it.
 */

interface Resolved {
  sourceSha: string;
  /** Remote tips of the targets, the sync branches and the branch to delete. */
  remote: Map<string, string>;
}

async function validate(repo: Repository, options: SyncOptions): Promise<void> {
  const problems: string[] = [];
  if (options.targets.length > 0 && !options.source) {
    problems.push(
      'Input "source": got "", expected the branch, tag or commit to merge (required with targets)',
    );
  }
  const nothing = nothingToSync(options);
  if (nothing) problems.push(nothing);
  for (const target of options.targets) {
    if (!(await repo.isValidBranchName(target))) {
      problems.push(`Input "targets": got "${target}", expected a valid branch name`);
    } else if (target === options.source) {
      problems.push(`Input "targets": got "${target}", expected a branch other than the source`);
    }
  }
  const duplicates = options.targets.filter((target, index) => options.targets.indexOf(target) !== index);
  if (duplicates.length > 0)
    problems.push(`Input "targets": got "${duplicates[0]}" twice, expected each branch once`);
  if (options.deleteBranch !== undefined) {
    if (!(await repo.isValidBranchName(options.deleteBranch))) {
      problems.push(`Input "delete-branch": got "${options.deleteBranch}", expected a valid branch name`);
    } else if (options.targets.includes(options.deleteBranch)) {
      problems.push(
        `Input "delete-branch": got "${options.deleteBranch}", expected a branch that is not a target`,
      );
    }
  }
  if (problems.length > 0) throw new ReleaseError('EINPUT', problems.join('\n'));
}

/** Finds the source (branch, tag or commit) and every branch involved on the remote, and fetches them. */
async function resolve(repo: Repository, options: SyncOptions): Promise<Resolved> {
  const { source, targets } = options;
  const syncBranches = targets.map((target) => heads(syncBranchName(source, target)));
  const wanted = [
    ...(source ? [heads(source), `refs/tags/${source}`] : []),
    ...targets.map(heads),
    ...syncBranches,
  ];
  if (options.deleteBranch) wanted.push(heads(options.deleteBranch));
  const remote = await repo.remoteRefs(wanted);

  const missing = targets.filter((target) => !remote.has(heads(target)));
  if (missing.length > 0) {
    throw new ReleaseError(
      'ENOTARGET',
      `Input "targets": branch ${missing.map((b) => `"${b}"`).join(', ')} does not exist on the remote`,
      {
        hint: 'Create the branch first, or leave it out of "targets"; nothing was merged.',
      },
    );
  }
  const toFetch = [
    ...new Set([...targets.map(heads), ...syncBranches, heads(options.deleteBranch ?? '')]),
  ].filter((ref) => remote.has(ref));
  const sourceRef = [heads(source), `refs/tags/${source}`].find((ref) => source && remote.has(ref));
  if (sourceRef) toFetch.push(sourceRef);
  await repo.fetch(toFetch);

  // An annotated tag is peeled to its commit; a bare SHA or a local name must already be in the clone.
  const sourceSha =
    targets.length > 0 ? await repo.resolveLocal(remote.get(sourceRef ?? '') ?? source) : undefined;
  if (!sourceSha && targets.length > 0) {
    throw new ReleaseError(
      'ENOSOURCE',
      `Input "source": "${source}" is neither a branch nor a tag on the remote, nor a local commit`,
      {
        hint: 'Pass a branch name, a tag or a full commit SHA that the checkout contains (fetch-depth: 0).',
      },
    );
  }
  return { sourceSha: sourceSha ?? '', remote };
}

async function syncTarget(
  repo: Repository,
  api: PullRequestApi | undefined,
  options: SyncOptions,
  target: string,
  resolved: Resolved,
): Promise<TargetResult> {
  const { sourceSha } = resolved;
  let tip = resolved.remote.get(heads(target))!;
  const attempts = options.pushAttempts ?? 3;
  for (let attempt = 1; ; attempt += 1) {
    const base = { target, previousSha: tip, conflicts: [] as string[] };
    if (await repo.isAncestor(sourceSha, tip)) return { ...base, outcome: 'up-to-date', sha: tip };
    // A protected target is never pushed to: its merge goes through a pull request (a conflict too).
    if (attempt === 1 && api && options.pullRequest && (await isProtected(api, target))) {
      const merge = await repo.mergeTree(tip, sourceSha);
      if (!merge.clean) {
        const result: TargetResult = { ...base, outcome: 'conflict', sha: tip, conflicts: merge.conflicts };
        await openConflictPullRequest(repo, api, options, result, sourceSha, resolved.remote);
        return result;
      }
      return openProtectedPullRequest(repo, api, options, base, sourceSha, resolved.remote);
    }

    let outcome: Outcome;
    let next: string;
    if (options.fastForward && (await repo.isAncestor(tip, sourceSha))) {
      outcome = 'fast-forward';
      next = sourceSha;
    } else {
      const merge = await repo.mergeTree(tip, sourceSha);
      if (!merge.clean) {
        const result: TargetResult = { ...base, outcome: 'conflict', sha: tip, conflicts: merge.conflicts };
        await openConflictPullRequest(repo, api, options, result, sourceSha, resolved.remote);
        return result;
      }
      outcome = 'merged';
      const message = mergeMessage(options.messageTemplate, options.source, target);
      next = await repo.commitMerge(merge.tree, [tip, sourceSha], message, options.identity);
    }
    if (options.dryRun) return { ...base, outcome, sha: next };

    const pushed = await repo.push(next, target);
    if (pushed.ok) return { ...base, outcome, sha: next };
    if (!pushed.rejected || attempt >= attempts) {
      throw new ReleaseError('EPUSH', `could not update "${target}" on the remote:\n${pushed.detail}`, {
        hint: pushed.rejected
          ? `"${target}" kept moving while it was being merged; run the step again.`
          : `The token may not push to "${target}" (branch protection?). Nothing was merged into it.`,
      });
    }
    // Someone pushed to the target meanwhile: merge again onto their tip.
    const fresh = await repo.remoteRefs([heads(target)]);
    await repo.fetch([heads(target)]);
    tip = fresh.get(heads(target)) ?? tip;
  }
}

async function deleteMergedBranch(
  repo: Repository,
  options: SyncOptions,
  branch: string,
  results: TargetResult[],
  remote: Map<string, string>,
): Promise<DeleteResult> {
  const sha = remote.get(heads(branch));
  if (!sha) return { branch, outcome: 'already-absent' };
  const conflicted = results.filter((result) => result.outcome === 'conflict').map((result) => result.target);
  if (conflicted.length > 0) {
    return {
      branch,
      outcome: 'kept',
      sha,
      reason: `${conflicted.join(', ')} does not have it yet (conflict)`,
    };
  }
  // Without targets, the remote's default branch must already hold every commit of the branch.
  const holders = results.length > 0 ? results.map((r) => ({ name: r.target, sha: r.sha })) : [];
  if (holders.length === 0) {
    const defaultBranch = await repo.remoteDefaultBranch();
    if (!defaultBranch || defaultBranch === branch) {
      return {
        branch,
        outcome: 'kept',
        sha,
        reason: 'it is the default branch, or no branch is known to hold it',
      };
    }
    const tips = await repo.remoteRefs([heads(defaultBranch)]);
    await repo.fetch([heads(defaultBranch)]);
    holders.push({ name: defaultBranch, sha: tips.get(heads(defaultBranch))! });
  }
  for (const holder of holders) {
    if (!(await repo.isAncestor(sha, holder.sha))) {
      const missing = await repo.missingCommits(holder.sha, sha, 5);
      return {
        branch,
        outcome: 'kept',
        sha,
        reason: `${holder.name} lacks ${missing.length} commit(s) of it: ${missing.join('; ')}`,
      };
    }
  }
  if (options.dryRun) return { branch, outcome: 'deleted', sha };
  const removed = await repo.deleteBranch(branch, sha);
  if (removed.ok) return { branch, outcome: 'deleted', sha };
  if (removed.rejected)
    return { branch, outcome: 'kept', sha, reason: 'it moved while it was being deleted' };
  throw new ReleaseError('EPUSH', `could not delete "${branch}" on the remote:\n${removed.detail}`);
}

export async function syncBranches(
  repo: Repository,
  api: PullRequestApi | undefined,
  options: SyncOptions,
): Promise<SyncResult> {
  await validate(repo, options);
  await repo.ensureRepository();
  const resolved = await resolve(repo, options);
  const targets: TargetResult[] = [];
  for (const target of options.targets) targets.push(await syncTarget(repo, api, options, target, resolved));
  const deleted = options.deleteBranch
    ? await deleteMergedBranch(repo, options, options.deleteBranch, targets, resolved.remote)
    : undefined;
  return { source: options.source, sourceSha: resolved.sourceSha, targets, deleted, dryRun: options.dryRun };
}
