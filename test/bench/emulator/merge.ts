// Merging a pull request as GitHub does from its merge button or the API: a merge commit, a squash
// commit or the commits rebased onto the base, written by "GitHub", then the base branch moved.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { EmulatorContext } from './context.js';
import { ApiError } from './errors.js';
import { issueOfPull, pullCommitShas, pullHeadSha } from './api-pulls.js';
import type { MergeMethod } from './protection.js';
import { timestamp, type Pull } from './state.js';

const exec = promisify(execFile);
const DOCS = 'https://docs.github.com/rest/pulls/pulls#merge-a-pull-request';

export interface MergeRequest {
  method: MergeMethod;
  /** Login of who merges (the user, or the app behind auto-merge). */
  by: string;
  title?: string;
  message?: string;
}

function notMergeable(message = 'Pull Request is not mergeable'): ApiError {
  return new ApiError(405, { message, documentation_url: DOCS });
}

async function git(
  gitDir: string,
  args: string[],
  env: Record<string, string> = {},
  cwd?: string,
): Promise<string> {
  const { stdout } = await exec('git', cwd ? args : [`--git-dir=${gitDir}`, ...args], {
    cwd,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout.trim();
}

/** GitHub writes merges as "GitHub <noreply@github.com>", authored by who merged. */
interface Identity extends Record<string, string> {
  GIT_COMMITTER_NAME: string;
  GIT_COMMITTER_EMAIL: string;
  GIT_COMMITTER_DATE: string;
}

function identity(by: string): Identity {
  const now = `${Math.floor(Date.now() / 1000)} +0000`;
  return {
    GIT_AUTHOR_NAME: by,
    GIT_AUTHOR_EMAIL: `${by}@users.noreply.github.com`,
    GIT_AUTHOR_DATE: now,
    GIT_COMMITTER_NAME: 'GitHub',
    GIT_COMMITTER_EMAIL: 'noreply@github.com',
    GIT_COMMITTER_DATE: now,
  };
}

async function mergedTree(gitDir: string, base: string, head: string): Promise<string> {
  try {
    return (await git(gitDir, ['merge-tree', '--write-tree', base, head])).split('\n')[0]!;
  } catch {
    throw notMergeable();
  }
}

async function squash(
  gitDir: string,
  base: string,
  head: string,
  message: string,
  by: string,
): Promise<string> {
  const tree = await mergedTree(gitDir, base, head);
  return git(gitDir, ['commit-tree', tree, '-p', base, '-m', message], identity(by));
}

async function mergeCommit(
  gitDir: string,
  base: string,
  head: string,
  message: string,
  by: string,
): Promise<string> {
  const tree = await mergedTree(gitDir, base, head);
  return git(gitDir, ['commit-tree', tree, '-p', base, '-p', head, '-m', message], identity(by));
}

/** Each commit of the pull request replayed onto the base, in a throwaway work tree of the origin. */
async function rebase(gitDir: string, base: string, commits: string[], by: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'emulator-rebase-'));
  const tree = join(dir, 'tree');
  await git(gitDir, ['worktree', 'add', '--quiet', '--detach', tree, base]);
  try {
    for (const sha of commits) {
      try {
        // The author of each commit stays; GitHub is the committer.
        const { GIT_COMMITTER_NAME, GIT_COMMITTER_EMAIL, GIT_COMMITTER_DATE } = identity(by);
        const committer = { GIT_COMMITTER_NAME, GIT_COMMITTER_EMAIL, GIT_COMMITTER_DATE };
        await git(gitDir, ['cherry-pick', '--allow-empty', '--keep-redundant-commits', sha], committer, tree);
      } catch {
        throw notMergeable();
      }
    }
    return await git(gitDir, ['rev-parse', 'HEAD'], {}, tree);
  } finally {
    await git(gitDir, ['worktree', 'remove', '--force', tree]).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

async function subjects(gitDir: string, shas: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const sha of shas) out.push(await git(gitDir, ['log', '-1', '--format=%B', sha]));
  return out;
}

/** Merges the pull request into its base and records it merged; returns the commit now at the base. */
export async function mergePull(ctx: EmulatorContext, pull: Pull, request: MergeRequest): Promise<string> {
  if (!ctx.gitDir) throw new Error('merging a pull request needs the emulator started with gitDir');
  const gitDir = ctx.gitDir;
  const issue = issueOfPull(ctx, pull);
  const baseRef = `refs/heads/${pull.base}`;
  const baseSha = (await ctx.git.getRef(baseRef))?.sha;
  if (!baseSha) throw notMergeable();
  const headSha = await pullHeadSha(ctx, pull);
  const commits = await pullCommitShas(ctx, pull);
  let sha: string;
  if (request.method === 'squash') {
    const bodies = await subjects(gitDir, commits);
    const title = request.title ?? `${issue.title} (#${pull.number})`;
    const message =
      request.message ??
      (bodies.length === 1
        ? bodies[0]!.split('\n').slice(2).join('\n')
        : bodies.map((b) => `* ${b}`).join('\n\n'));
    sha = await squash(gitDir, baseSha, headSha, `${title}\n\n${message}`.trim(), request.by);
  } else if (request.method === 'rebase') {
    sha = await rebase(gitDir, baseSha, commits, request.by);
  } else {
    const title = request.title ?? `Merge pull request #${pull.number} from ${ctx.owner}/${pull.head}`;
    const message = request.message ?? issue.title;
    sha = await mergeCommit(gitDir, baseSha, headSha, `${title}\n\n${message}`.trim(), request.by);
  }
  try {
    await ctx.git.setRef(baseRef, sha, baseSha);
  } catch {
    throw notMergeable('Base branch was modified. Review and try the merge again.');
  }
  const now = timestamp();
  Object.assign(pull, {
    merged: true,
    mergedAt: now,
    mergeCommitSha: sha,
    mergedBy: request.by,
    headSha,
    autoMerge: undefined,
  });
  Object.assign(issue, { state: 'closed', closedAt: now, updatedAt: now });
  if (ctx.protection.settings.deleteBranchOnMerge) await ctx.git.deleteRef(`refs/heads/${pull.head}`);
  return sha;
}
