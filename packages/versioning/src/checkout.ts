import { InputError, inputProblem, ReleaseError } from '../../kit/src/index.js';
import * as repo from './repository.js';
import type { ReleaseSettings } from './settings.js';

/**
 * The checkout a release starts from, checked before anything is written: a
 * repository, the component folder, a branch to push to, a clean working tree,
 * and the whole history with its tags (a shallow clone is deepened here).
 */

export interface Checkout {
  root: string;
  head: string;
  /** The checked-out branch; undefined on a detached HEAD. */
  branch?: string;
  /** The branch the release commit is pushed to. */
  target?: string;
}

function listed(files: string[]): string {
  return files.slice(0, 10).join(', ') + (files.length > 10 ? `, and ${files.length - 10} more` : '');
}

export async function prepareCheckout(settings: ReleaseSettings, warnings: string[]): Promise<Checkout> {
  const root = await repo.repositoryRoot(settings.workspace);
  const [head, branch, changed, remote] = await Promise.all([
    repo.headCommit(root),
    repo.currentBranch(root),
    repo.changedFiles(root),
    repo.hasRemote(root, settings.remote),
  ]);
  const target = settings.releaseBranch ? undefined : (settings.ref ?? branch);
  const writes = !settings.dryRun;
  if (writes && settings.push && !settings.releaseBranch && !target) {
    throw new ReleaseError(
      'EDETACHED',
      `HEAD is detached at ${head.slice(0, 7)}, so there is no branch to push the release to`,
      {
        hint: 'Set the ref input to the branch to release on (for example ref: main), or check a branch out.',
      },
    );
  }
  if (writes && settings.push && !remote) {
    throw new ReleaseError('ENOREMOTE', `There is no remote "${settings.remote}" to push the release to`, {
      hint: 'Check the repository out with actions/checkout, or set push: false to keep the release local.',
    });
  }
  if (changed.length > 0 && writes) {
    throw new ReleaseError('EDIRTY', `The working tree has uncommitted changes: ${listed(changed)}`, {
      hint: 'Commit or discard them in an earlier step: the release commit must hold only the release.',
    });
  }
  if (changed.length > 0)
    warnings.push(`The working tree has uncommitted changes (${listed(changed)}); a real run would stop.`);
  const warning = await repo.completeHistory(root, settings.remote, remote);
  if (warning) warnings.push(warning);
  if (!(await repo.pathExists(root, head, settings.path))) {
    throw new InputError([inputProblem('path', settings.path, 'a folder that exists in the repository')]);
  }
  return { root, head, branch, target };
}

/** Where a `release/<tag>` branch starts: the tip of `release-branch-from`, as fresh as the remote has it. */
export async function releaseBranchStart(settings: ReleaseSettings, checkout: Checkout): Promise<string> {
  const base = settings.releaseBranchFrom;
  if (checkout.branch === base) return checkout.head;
  await repo.fetchBranch(checkout.root, settings.remote, base);
  const start =
    (await repo.refExists(checkout.root, `refs/remotes/${settings.remote}/${base}`)) ??
    (await repo.refExists(checkout.root, `refs/heads/${base}`));
  if (!start) throw new InputError([inputProblem('release-branch-from', base, 'a branch that exists')]);
  return start;
}
