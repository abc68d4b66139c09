import { git, gitText, ReleaseError } from '../../kit/src/index.js';

/**
 * The git operations the synchronisation needs, on a local clone and its
 * remote. Merges are computed with `git merge-tree --write-tree` and recorded
 * with `git commit-tree`, so the working tree and the checked-out branch are
 * never touched: the step can run in the workspace the build just used.
 */

export interface MergeTreeResult {
  clean: boolean;
  /** The merged tree (with conflict markers in conflicting files when not clean). */
  tree: string;
  conflicts: string[];
}

export interface Identity {
  name: string;
  email: string;
}

export type PushResult = { ok: true } | { ok: false; rejected: boolean; detail: string };

export class Repository {
  constructor(
    readonly cwd: string,
    readonly remote = 'origin',
  ) {}

  private run(args: string[], options: { allowFailure?: boolean; env?: Record<string, string> } = {}) {
    return git(args, { cwd: this.cwd, ...options });
  }

  private text(args: string[]) {
    return gitText(args, { cwd: this.cwd });
  }

  async ensureRepository(): Promise<void> {
    const inside = await this.run(['rev-parse', '--is-inside-work-tree'], { allowFailure: true });
    if (inside.exitCode !== 0) {
      throw new ReleaseError('ENOTREPO', `${this.cwd} is not a git repository`, {
        hint: 'Check out the repository first (actions/checkout with fetch-depth: 0).',
      });
    }
    const remotes = (await this.text(['remote'])).split('\n');
    if (!remotes.includes(this.remote)) {
      throw new ReleaseError('ENOREMOTE', `the repository has no remote "${this.remote}"`, {
        hint: 'actions/checkout sets up "origin"; branches are synchronised on the remote, not locally.',
      });
    }
  }

  async isValidBranchName(name: string): Promise<boolean> {
    const result = await this.run(['check-ref-format', '--branch', name], { allowFailure: true });
    return result.exitCode === 0 && !name.startsWith('-');
  }

  /** The remote's refs for the given full names (`refs/heads/x`, `refs/tags/y`), tags peeled to commits. */
  async remoteRefs(names: string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    if (names.length === 0) return found;
    const output = await this.text(['ls-remote', this.remote, ...names]);
    for (const line of output.split('\n').filter(Boolean)) {
      const [sha, ref] = line.split('\t') as [string, string];
      if (ref.endsWith('^{}')) found.set(ref.slice(0, -3), sha);
      else if (!found.has(ref)) found.set(ref, sha);
    }
    return found;
  }

  /** The remote's default branch (what `HEAD` points to there). */
  async remoteDefaultBranch(): Promise<string | undefined> {
    const output = await this.text(['ls-remote', '--symref', this.remote, 'HEAD']);
    const match = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(output);
    return match?.[1];
  }

  /**
   * Fetches the named remote refs into `refs/sync-branches/<name>` so their
   * whole history is local; a shallow clone is deepened first, because a merge
   * base cannot be found in a history cut short.
   */
  async fetch(refs: string[]): Promise<void> {
    if (refs.length === 0) return;
    const shallow = (await this.text(['rev-parse', '--is-shallow-repository'])) === 'true';
    const specs = refs.map((ref) => `+${ref}:refs/sync-branches/${ref.replace(/^refs\//, '')}`);
    const args = [
      'fetch',
      '--quiet',
      '--no-tags',
      ...(shallow ? ['--unshallow'] : []),
      this.remote,
      ...specs,
    ];
    await this.run(args);
  }

  async hasCommit(sha: string): Promise<boolean> {
    const result = await this.run(['cat-file', '-e', `${sha}^{commit}`], { allowFailure: true });
    return result.exitCode === 0;
  }

  async resolveLocal(revision: string): Promise<string | undefined> {
    const result = await this.run(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], {
      allowFailure: true,
    });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
  }

  /** True when `ancestor` is reachable from `descendant` (equal counts). */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], {
      allowFailure: true,
    });
    if (result.exitCode === 0) return true;
    if (result.exitCode === 1) return false;
    throw new ReleaseError(
      'EGIT',
      `git merge-base --is-ancestor ${ancestor} ${descendant} failed: ${result.stderr.trim()}`,
    );
  }

  async mergeTree(ours: string, theirs: string): Promise<MergeTreeResult> {
    const args = ['merge-tree', '--write-tree', '--name-only', '--no-messages', '-z', ours, theirs];
    const result = await this.run(args, { allowFailure: true });
    if (result.exitCode !== 0 && result.exitCode !== 1) {
      throw new ReleaseError('EGIT', `git merge-tree failed: ${(result.stderr || result.stdout).trim()}`, {
        hint: 'Merging needs git 2.38 or later (ubuntu-latest runners have it).',
      });
    }
    const [tree = '', ...files] = result.stdout.split('\0').filter(Boolean);
    return { clean: result.exitCode === 0, tree, conflicts: [...new Set(files)].sort() };
  }

  async commitMerge(tree: string, parents: string[], message: string, identity: Identity): Promise<string> {
    const env = {
      GIT_AUTHOR_NAME: identity.name,
      GIT_AUTHOR_EMAIL: identity.email,
      GIT_COMMITTER_NAME: identity.name,
      GIT_COMMITTER_EMAIL: identity.email,
    };
    const args = ['commit-tree', tree, ...parents.flatMap((parent) => ['-p', parent]), '-m', message];
    return (await this.run(args, { env })).stdout.trim();
  }

  /**
   * Moves a remote branch to `sha`, never by force: the remote refuses anything
   * but a fast-forward, so a race with another writer becomes a rejection the
   * caller retries on the new tip instead of a lost commit.
   */
  async push(sha: string, branch: string): Promise<PushResult> {
    const result = await this.run(['push', '--porcelain', this.remote, `${sha}:refs/heads/${branch}`], {
      allowFailure: true,
    });
    if (result.exitCode === 0) return { ok: true };
    const detail = (result.stderr + '\n' + result.stdout).trim();
    const rejected = /\[rejected\]|non-fast-forward|fetch first/i.test(detail);
    return { ok: false, rejected, detail };
  }

  /** Deletes a remote branch only if it still points at `expected`. */
  async deleteBranch(branch: string, expected: string): Promise<PushResult> {
    const args = ['push', '--porcelain', `--force-with-lease=refs/heads/${branch}:${expected}`, this.remote];
    const result = await this.run([...args, `:refs/heads/${branch}`], { allowFailure: true });
    if (result.exitCode === 0) return { ok: true };
    const detail = (result.stderr + '\n' + result.stdout).trim();
    return { ok: false, rejected: /\[rejected\]|stale info/i.test(detail), detail };
  }

  /** Commits in `head` that `base` lacks, newest first, one line each. */
  async missingCommits(base: string, head: string, limit = 20): Promise<string[]> {
    const output = await this.text(['log', '--format=%h %s', `--max-count=${limit}`, `${base}..${head}`]);
    return output.split('\n').filter(Boolean);
  }
}
