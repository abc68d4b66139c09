import type { GitHubClient } from '../../packages/kit/src/index.js';
import {
  commitOverride,
  type ReleasePull,
  type ReleasePullApi,
} from '../../packages/versioning/src/index.js';

/** The release pull request through GitHub's REST API. */

interface PullJson {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  state: string;
  merged_at?: string | null;
  merge_commit_sha?: string | null;
  labels: Array<{ name?: string } | string>;
}

function toPull(data: PullJson): ReleasePull {
  return {
    number: data.number,
    url: data.html_url,
    title: data.title,
    body: data.body ?? '',
    open: data.state === 'open',
    merged: Boolean(data.merged_at),
    ...(data.merge_commit_sha ? { mergeCommitSha: data.merge_commit_sha } : {}),
    labels: data.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))),
  };
}

function status(thrown: unknown): number | undefined {
  return typeof thrown === 'object' && thrown !== null && 'status' in thrown
    ? Number((thrown as { status: unknown }).status)
    : undefined;
}

export function releasePullApi(client: GitHubClient, owner: string, repo: string): ReleasePullApi {
  const head = (branch: string) => `${owner}:${branch}`;
  return {
    async findOpen(branch, base) {
      const { data } = await client.rest.pulls.list({
        owner,
        repo,
        state: 'open',
        head: head(branch),
        base,
        per_page: 10,
      });
      return data[0] ? toPull(data[0] as PullJson) : undefined;
    },
    async listClosed(branch, base) {
      const { data } = await client.rest.pulls.list({
        owner,
        repo,
        state: 'closed',
        head: head(branch),
        base,
        sort: 'created',
        direction: 'desc',
        per_page: 10,
      });
      return data.map((pull) => toPull(pull as PullJson));
    },
    async create(input) {
      try {
        const { data } = await client.rest.pulls.create({ owner, repo, ...input });
        return toPull(data as PullJson);
      } catch (thrown) {
        // "A pull request already exists for owner:branch.": a concurrent run made it.
        if (status(thrown) === 422 && /already exists/.test(String((thrown as Error).message)))
          return undefined;
        throw thrown;
      }
    },
    async update(number, input) {
      const { data } = await client.rest.pulls.update({ owner, repo, pull_number: number, ...input });
      return toPull(data as PullJson);
    },
    async setLabels(number, add, remove) {
      if (add.length > 0)
        await client.rest.issues.addLabels({ owner, repo, issue_number: number, labels: add });
      for (const name of remove) {
        await client.rest.issues
          .removeLabel({ owner, repo, issue_number: number, name })
          .catch((thrown: unknown) => {
            if (status(thrown) !== 404) throw thrown;
          });
      }
    },
    async comment(number, body) {
      await client.rest.issues.createComment({ owner, repo, issue_number: number, body });
    },
  };
}

/**
 * The commit messages merged pull requests put in their `BEGIN_COMMIT_OVERRIDE` block, by commit:
 * the squash (or merge) commit, and the pull request's own commits (its first stands for the block,
 * the others for nothing), so the override holds whichever way the pull request was merged.
 */
export async function commitOverrides(
  client: GitHubClient,
  owner: string,
  repo: string,
  base: string,
): Promise<Map<string, string[]>> {
  const { data } = await client.rest.pulls.list({
    owner,
    repo,
    state: 'closed',
    base,
    sort: 'updated',
    direction: 'desc',
    per_page: 100,
  });
  const overrides = new Map<string, string[]>();
  for (const pull of data) {
    const messages = pull.merged_at ? commitOverride(pull.body) : undefined;
    if (!messages) continue;
    if (pull.merge_commit_sha) overrides.set(pull.merge_commit_sha, messages);
    const { data: commits } = await client.rest.pulls.listCommits({
      owner,
      repo,
      pull_number: pull.number,
      per_page: 100,
    });
    commits.forEach((commit, index) => overrides.set(commit.sha, index === 0 ? messages : []));
  }
  return overrides;
}
