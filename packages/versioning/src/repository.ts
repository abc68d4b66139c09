import { git, gitText, ReleaseError, type GitResult } from '../../kit/src/index.js';

/** The git operations a release needs, each with the error a person can act on. */

export interface Identity {
  name: string;
  email: string;
}

export async function repositoryRoot(workspace: string): Promise<string> {
  const result = await git(['rev-parse', '--show-toplevel'], { cwd: workspace, allowFailure: true });
  if (result.exitCode !== 0) {
    throw new ReleaseError('ENOTGIT', `${workspace} is not inside a git repository`, {
      hint: 'Check the repository out first: actions/checkout with fetch-depth: 0.',
    });
  }
  return result.stdout.trim();
}

export async function headCommit(cwd: string, rev = 'HEAD'): Promise<string> {
  return gitText(['rev-parse', '--verify', `${rev}^{commit}`], { cwd });
}

/** The checked-out branch, or undefined on a detached HEAD. */
export async function currentBranch(cwd: string): Promise<string | undefined> {
  const result = await git(['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd, allowFailure: true });
  return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

export async function refExists(cwd: string, ref: string): Promise<string | undefined> {
  const result = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
    cwd,
    allowFailure: true,
  });
  return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

export async function hasRemote(cwd: string, remote: string): Promise<boolean> {
  return (await git(['remote', 'get-url', remote], { cwd, allowFailure: true })).exitCode === 0;
}

/** Tracked files with changes (untracked files, such as build output, do not count). */
export async function changedFiles(cwd: string): Promise<string[]> {
  const { stdout } = await git(['status', '--porcelain', '--untracked-files=no'], { cwd });
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
}

export async function isAncestor(cwd: string, ancestor: string, descendant: string): Promise<boolean> {
  return (
    (await git(['merge-base', '--is-ancestor', ancestor, descendant], { cwd, allowFailure: true }))
      .exitCode === 0
  );
}

export async function pathExists(cwd: string, commit: string, path: string): Promise<boolean> {
  if (path === '.') return true;
  return (await git(['cat-file', '-e', `${commit}:${path}`], { cwd, allowFailure: true })).exitCode === 0;
}

function lastLines(result: GitResult): string {
  return (result.stderr || result.stdout).trim().split('\n').slice(-4).join('\n');
}

/**
 * History and tags, whatever the checkout fetched. actions/checkout fetches one
 * commit and no tags by default: deepen such a clone, with its tags, before
 * reading it. A full clone only has its tags refreshed (best effort: a run that
 * cannot reach the remote still works from what it has).
 * Returns a warning to show, if any.
 */
export async function completeHistory(
  cwd: string,
  remote: string,
  reachable: boolean,
): Promise<string | undefined> {
  const shallow = (await gitText(['rev-parse', '--is-shallow-repository'], { cwd })) === 'true';
  if (shallow) {
    const result = reachable
      ? await git(['fetch', '--quiet', '--unshallow', '--tags', remote], { cwd, allowFailure: true })
      : undefined;
    if (!result || result.exitCode !== 0) {
      const why = result ? lastLines(result) : `there is no remote "${remote}"`;
      throw new ReleaseError(
        'ESHALLOW',
        `This is a shallow clone and its history could not be fetched, so the last release cannot be found: ${why}`,
        { hint: 'Check out the whole history: actions/checkout with fetch-depth: 0.' },
      );
    }
    return undefined;
  }
  if (!reachable) return undefined;
  const result = await git(['fetch', '--quiet', '--tags', remote], { cwd, allowFailure: true });
  return result.exitCode === 0 ? undefined : `Could not refresh tags from ${remote}: ${lastLines(result)}`;
}

/** Fetches one branch from the remote into refs/remotes; false when the remote lacks it. */
export async function fetchBranch(cwd: string, remote: string, branch: string): Promise<boolean> {
  const spec = `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`;
  return (await git(['fetch', '--quiet', remote, spec], { cwd, allowFailure: true })).exitCode === 0;
}

export async function remoteHasTag(cwd: string, remote: string, tag: string): Promise<boolean | undefined> {
  const result = await git(['ls-remote', '--tags', remote, `refs/tags/${tag}`], { cwd, allowFailure: true });
  return result.exitCode === 0 ? result.stdout.trim().length > 0 : undefined;
}

function withIdentity(identity: Identity, args: string[]): string[] {
  return ['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`, ...args];
}

function dated(when: Date): Record<string, string> {
  const stamp = `${Math.floor(when.getTime() / 1000)} +0000`;
  return { GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp };
}

export async function commit(
  cwd: string,
  paths: string[],
  message: string,
  identity: Identity,
  when: Date,
): Promise<string> {
  await git(['add', '--', ...paths], { cwd });
  // --no-verify: hooks installed by the project's tooling (lint-staged, commitlint)
  // are for people's commits; the release commit only touches version files.
  await git(withIdentity(identity, ['commit', '--quiet', '--no-verify', '-m', message]), {
    cwd,
    env: dated(when),
  });
  return headCommit(cwd);
}

export async function createTag(
  cwd: string,
  tag: string,
  message: string,
  target: string,
  identity: Identity,
  when: Date,
): Promise<void> {
  await git(withIdentity(identity, ['tag', '--annotate', '--message', message, tag, target]), {
    cwd,
    env: dated(when),
  });
}

export async function deleteTag(cwd: string, tag: string): Promise<void> {
  await git(['tag', '--delete', tag], { cwd, allowFailure: true });
}

export type PushOutcome = 'pushed' | 'behind' | 'exists' | 'refused' | 'transient' | 'failed';

const TRANSIENT =
  /could not resolve host|connection (reset|refused|timed out)|timed out|early eof|remote end hung up|unable to access|\b50[0-9]\b|temporarily|rpc failed|could not read from remote/i;

/** Classifies a push, so that only a remote that moved on is rebased onto and only a network hiccup is retried. */
export function classifyPush(result: GitResult): PushOutcome {
  if (result.exitCode === 0) return 'pushed';
  const text = `${result.stdout}\n${result.stderr}`;
  // Behind: refused as not a fast-forward, or the remote branch moved between the
  // client's check and the server's ref update (a true race: "cannot lock ref").
  if (/\((fetch first|non-fast-forward|stale info)\)|cannot lock ref|incorrect old value/.test(text))
    return 'behind';
  if (/\(already exists\)/.test(text)) return 'exists';
  if (/remote rejected|protected branch|permission|denied|\b403\b|declined/i.test(text)) return 'refused';
  if (TRANSIENT.test(text)) return 'transient';
  return 'failed';
}

/** One push of all refs, atomically: the branch and its tag land together or not at all. */
export async function push(
  cwd: string,
  remote: string,
  refspecs: string[],
): Promise<{ outcome: PushOutcome; detail: string }> {
  const result = await git(['push', '--atomic', '--porcelain', remote, ...refspecs], {
    cwd,
    allowFailure: true,
  });
  return { outcome: classifyPush(result), detail: lastLines(result) };
}

/** Brings the local branch (or detached HEAD) up to date with the remote branch. */
export async function rebaseOnto(cwd: string, remote: string, branch: string): Promise<void> {
  if (!(await fetchBranch(cwd, remote, branch))) {
    throw new ReleaseError('EPUSH', `Could not fetch ${branch} from ${remote} to catch up with it`);
  }
  const result = await git(['rebase', '--quiet', `refs/remotes/${remote}/${branch}`], {
    cwd,
    allowFailure: true,
  });
  if (result.exitCode !== 0) {
    await git(['rebase', '--abort'], { cwd, allowFailure: true });
    throw new ReleaseError(
      'EREBASE',
      `${remote}/${branch} moved on and the local commits do not rebase onto it cleanly`,
      {
        details: lastLines(result),
        hint: 'Re-run the workflow on the new head of the branch.',
      },
    );
  }
}

/** Puts HEAD and the index back on `commit` without touching files (those are restored separately). */
export async function resetTo(cwd: string, commitSha: string): Promise<void> {
  await git(['reset', '--quiet', '--mixed', commitSha], { cwd });
}

export async function switchTo(cwd: string, target: { branch?: string; commit: string }): Promise<void> {
  if (target.branch) await git(['switch', '--quiet', target.branch], { cwd });
  else await git(['switch', '--quiet', '--detach', target.commit], { cwd });
}

export async function createBranch(cwd: string, name: string, start: string): Promise<void> {
  await git(['switch', '--quiet', '--create', name, start], { cwd });
}

export async function deleteBranch(cwd: string, name: string): Promise<void> {
  await git(['branch', '--quiet', '-D', name], { cwd, allowFailure: true });
}

export async function commitSubject(cwd: string, sha: string): Promise<string> {
  return gitText(['log', '-1', '--format=%s', sha], { cwd });
}

export async function firstParent(cwd: string, sha: string): Promise<string | undefined> {
  return refExists(cwd, `${sha}^1`);
}

/** When a tag was made (tagger date), or its commit's date for a lightweight tag. */
export async function tagDate(cwd: string, tag: string): Promise<Date> {
  const text = await gitText(
    [
      'for-each-ref',
      '--format=%(taggerdate:unix)%00%(*committerdate:unix)%00%(committerdate:unix)',
      `refs/tags/${tag}`,
    ],
    {
      cwd,
    },
  );
  const seconds = text.split('\0').find((part) => /^\d+$/.test(part));
  return new Date(Number(seconds ?? 0) * 1000);
}
