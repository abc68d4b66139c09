import { describeApiFailure, isUnreachable } from '../../kit/src/index.js';
import type { GitHubClient, Log, Repo } from './release/github-api.js';

/**
 * What shipped in a release: the commits between the previous tag and this one,
 * the merged pull requests those commits belong to (GitHub's commit → pull
 * request association, not the search API, which is rate-limited harder and
 * lags behind), and the issues those pull requests close.
 */

export interface ShippedItem {
  number: number;
  kind: 'pull' | 'issue';
  title: string;
  labels: string[];
}

/** GitHub's closing keywords (`Fixes #12`, `closes acme/app#3`, `Resolved: https://…/issues/4`) for this repository. */
export function closingReferences(body: string | null | undefined, repo: Repo): number[] {
  if (!body) return [];
  const found = new Set<number>();
  const keyword = String.raw`\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\b:?\s+`;
  const short = new RegExp(`${keyword}(?:([\\w.-]+)/([\\w.-]+))?#(\\d+)\\b`, 'gi');
  const long = new RegExp(`${keyword}https?://[^/\\s]+/([\\w.-]+)/([\\w.-]+)/issues/(\\d+)\\b`, 'gi');
  const same = (owner?: string, name?: string) =>
    owner === undefined ||
    (owner.toLowerCase() === repo.owner.toLowerCase() && name?.toLowerCase() === repo.repo.toLowerCase());
  for (const pattern of [short, long]) {
    for (const match of body.matchAll(pattern)) {
      if (same(match[1], match[2])) found.add(Number(match[3]));
    }
  }
  return [...found].sort((a, b) => a - b);
}

/** Commit SHAs in `base...head` (or the history of `head` when there is no base), at most `limit`. */
export async function commitsInRange(
  octokit: GitHubClient,
  repo: Repo,
  range: { base?: string; head: string },
  limit = 1000,
): Promise<string[]> {
  const shas: string[] = [];
  for (let page = 1; shas.length < limit; page += 1) {
    let batch: string[];
    let total = Infinity;
    if (range.base) {
      const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
        ...repo,
        basehead: `${range.base}...${range.head}`,
        per_page: 100,
        page,
      });
      batch = data.commits.map((commit) => commit.sha);
      total = data.total_commits;
    } else {
      const { data } = await octokit.rest.repos.listCommits({
        ...repo,
        sha: range.head,
        per_page: 100,
        page,
      });
      batch = data.map((commit) => commit.sha);
    }
    shas.push(...batch);
    if (batch.length < 100 || shas.length >= total) break;
  }
  return [...new Set(shas)].slice(0, limit);
}

interface PullSummary {
  number: number;
  title: string;
  body?: string | null;
  merged_at?: string | null;
  labels?: Array<{ name?: string } | string>;
}

const labelNames = (labels: PullSummary['labels']): string[] =>
  (labels ?? []).map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).filter(Boolean);

/** Runs `work` over `items`, at most `width` at a time. */
async function pool<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}

export async function shippedItems(
  octokit: GitHubClient,
  repo: Repo,
  commits: readonly string[],
  log: Log,
): Promise<ShippedItem[]> {
  const pulls = new Map<number, PullSummary>();
  const lists = await pool(commits, 4, async (sha) => {
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: sha,
    });
    return data as PullSummary[];
  });
  for (const pull of lists.flat()) if (pull.merged_at) pulls.set(pull.number, pull);

  const items = new Map<number, ShippedItem>();
  for (const pull of pulls.values()) {
    items.set(pull.number, {
      number: pull.number,
      kind: 'pull',
      title: pull.title,
      labels: labelNames(pull.labels),
    });
  }
  const referenced = [
    ...new Set([...pulls.values()].flatMap((pull) => closingReferences(pull.body, repo))),
  ].filter((number) => !items.has(number));
  // Optional reads: an API that stops answering ends them all at once, with one warning that says so.
  let unreachable = false;
  const issues = await pool(referenced, 4, async (number) => {
    if (unreachable) return undefined;
    try {
      const { data } = await octokit.rest.issues.get({ ...repo, issue_number: number });
      return data;
    } catch (thrown) {
      if (isUnreachable(thrown)) {
        if (!unreachable)
          log.warning(
            `Issues named as closed by the shipped pull requests were not read: ${describeApiFailure(thrown)}; they get no comment.`,
          );
        unreachable = true;
        return undefined;
      }
      log.warning(
        `#${number} is named as closed by a pull request but could not be read (${describeApiFailure(thrown)}); skipping it`,
      );
      return undefined;
    }
  });
  for (const issue of issues) {
    if (!issue) continue;
    items.set(issue.number, {
      number: issue.number,
      kind: issue.pull_request ? 'pull' : 'issue',
      title: issue.title,
      labels: labelNames(issue.labels as PullSummary['labels']),
    });
  }
  return [...items.values()].sort((a, b) => a.number - b.number);
}
