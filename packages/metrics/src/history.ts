/**
 * Reads the record from GitHub: each environment's deployments newest first (100
 * a page, stopping at the start of the period), the statuses of each (a few at
 * a time), then the tags and releases, and one comparison per release that
 * reached production to find its first commit. Every GET may be conditional
 * (see the kit's EtagCache): a later run pays only for what changed.
 */
import semver from 'semver';
import { statusOf, type GitHubClient } from '../../kit/src/index.js';
import { parsePayload, readStatusDescription } from '../../deployments/src/index.js';
import type { DeploymentFact, FirstCommit, History, Period, ReleaseLink, StatusFact } from './types.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface HistoryOptions {
  environments: string[];
  production: string;
  period: Period;
  /** Release tags are `<prefix><version>`; a tag without the prefix is accepted too. */
  tagPrefix: string;
  /** Requests in flight at once for statuses and comparisons. */
  concurrency?: number;
}

const PER_PAGE = 100;

/** Runs `work` over `items`, at most `limit` at a time, keeping the order of results. */
async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}

interface RawDeployment {
  id: number;
  environment: string;
  task: string;
  ref: string;
  sha: string;
  created_at: string;
  payload: unknown;
}

interface RawStatus {
  id: number;
  state: string;
  description?: string | null;
  created_at: string;
  log_url?: string;
  target_url?: string;
}

/** What is kept of each answer in the cache file: only the fields read below. */
export function slimAnswer(url: string, data: unknown): unknown {
  if (!Array.isArray(data)) {
    if (/\/compare\//.test(url)) {
      const compare = data as {
        total_commits: number;
        commits: Array<{ sha: string; commit?: { committer?: { date?: string } | null } }>;
      };
      return {
        total_commits: compare.total_commits,
        commits: compare.commits.map((commit) => ({
          sha: commit.sha,
          commit: { committer: { date: commit.commit?.committer?.date } },
        })),
      };
    }
    return data;
  }
  const pick = (item: Record<string, unknown>, keys: string[]) =>
    Object.fromEntries(keys.filter((key) => key in item).map((key) => [key, item[key]]));
  if (/\/statuses(\?|$)/.test(url))
    return data.map((item) =>
      pick(item, ['id', 'state', 'description', 'created_at', 'log_url', 'target_url']),
    );
  if (/\/deployments(\?|$)/.test(url))
    return data.map((item) =>
      pick(item, ['id', 'environment', 'task', 'ref', 'sha', 'created_at', 'payload']),
    );
  if (/\/tags(\?|$)/.test(url))
    return data.map((item) => ({ name: item.name, commit: { sha: item.commit?.sha } }));
  if (/\/releases(\?|$)/.test(url))
    return data.map((item) => pick(item, ['tag_name', 'html_url', 'name', 'draft']));
  return data;
}

async function deploymentsOf(
  octokit: GitHubClient,
  repo: RepoRef,
  environment: string,
  since: number,
): Promise<RawDeployment[]> {
  const found: RawDeployment[] = [];
  const pages = octokit.paginate.iterator(octokit.rest.repos.listDeployments, {
    ...repo,
    environment,
    per_page: PER_PAGE,
  });
  for await (const { data } of pages) {
    const page = data as RawDeployment[];
    found.push(...page.filter((deployment) => Date.parse(deployment.created_at) >= since));
    // Newest first: once a page reaches back before the period, the rest is older still.
    if (page.some((deployment) => Date.parse(deployment.created_at) < since)) break;
  }
  return found;
}

async function statusesOf(octokit: GitHubClient, repo: RepoRef, id: number): Promise<StatusFact[]> {
  const statuses = (await octokit.paginate(octokit.rest.repos.listDeploymentStatuses, {
    ...repo,
    deployment_id: id,
    per_page: PER_PAGE,
  })) as RawStatus[];
  // Oldest first, whatever order the server used: ids grow with time.
  return statuses
    .sort((a, b) => a.id - b.id)
    .map((status) => ({
      state: status.state,
      description: status.description ?? '',
      at: Date.parse(status.created_at),
    }));
}

function toFact(raw: RawDeployment, statuses: StatusFact[]): DeploymentFact {
  const payload = parsePayload(raw.payload);
  const described = [...statuses]
    .reverse()
    .map((status) => readStatusDescription(status.description).version)
    .find(Boolean);
  return {
    id: raw.id,
    environment: raw.environment,
    task: raw.task,
    ref: raw.ref,
    sha: raw.sha,
    createdAt: Date.parse(raw.created_at),
    version: payload?.version ?? described,
    payloadRef: payload?.ref || undefined,
    previousVersion: payload?.previous_version,
    rollbackOf: payload?.rollback_of,
    reason: payload?.reason,
    runUrl: payload?.run_url || undefined,
    statuses,
  };
}

async function releaseTags(
  octokit: GitHubClient,
  repo: RepoRef,
  prefix: string,
): Promise<Map<string, string>> {
  const tags = await octokit.paginate(octokit.rest.repos.listTags, { ...repo, per_page: PER_PAGE });
  const byVersion = new Map<string, string>();
  for (const { name } of tags) {
    const bare = prefix && name.startsWith(prefix) ? name.slice(prefix.length) : name;
    const version = semver.valid(bare);
    // The prefixed tag wins over a bare one for the same version.
    if (version && (!byVersion.has(version) || name.startsWith(prefix))) byVersion.set(version, name);
  }
  return byVersion;
}

async function releaseLinks(octokit: GitHubClient, repo: RepoRef, tags: Map<string, string>) {
  const releases = await octokit.paginate(octokit.rest.repos.listReleases, { ...repo, per_page: PER_PAGE });
  const byTag = new Map(
    releases.filter((release) => !release.draft).map((release) => [release.tag_name, release]),
  );
  const links = new Map<string, ReleaseLink>();
  for (const [version, tag] of tags) {
    const release = byTag.get(tag);
    if (release) links.set(version, { tag, url: release.html_url, name: release.name ?? undefined });
  }
  return links;
}

/** The previous release by version order (a hotfix 1.3.5 follows 1.3.4, whenever it shipped). */
function previousVersion(version: string, versions: string[]): string | undefined {
  return versions
    .filter((other) => semver.lt(other, version) && !semver.prerelease(other))
    .sort(semver.rcompare)[0];
}

async function firstCommit(
  octokit: GitHubClient,
  repo: RepoRef,
  base: string,
  head: string,
): Promise<FirstCommit | undefined> {
  // The first page of a paginated comparison holds the oldest commits.
  let data;
  try {
    ({ data } = await octokit.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${base}...${head}`,
      per_page: PER_PAGE,
      page: 1,
    }));
  } catch (thrown) {
    // A tag deleted since, or histories without a common ancestor: no lead time for this release.
    if (statusOf(thrown) === 404) return undefined;
    throw thrown;
  }
  const dated = data.commits
    .map((commit) => ({ sha: commit.sha, at: Date.parse(commit.commit.committer?.date ?? '') }))
    .filter((commit) => Number.isFinite(commit.at))
    .sort((a, b) => a.at - b.at);
  return dated[0] ? { ...dated[0], commits: data.total_commits, base } : undefined;
}

export async function readHistory(
  octokit: GitHubClient,
  repo: RepoRef,
  options: HistoryOptions,
): Promise<History> {
  const concurrency = options.concurrency ?? 8;
  const raw: RawDeployment[] = [];
  for (const environment of options.environments) {
    raw.push(...(await deploymentsOf(octokit, repo, environment, options.period.since)));
  }
  const statuses = await pool(raw, concurrency, (deployment) => statusesOf(octokit, repo, deployment.id));
  const deployments = raw.map((deployment, index) => toFact(deployment, statuses[index]!));

  const tags = await releaseTags(octokit, repo, options.tagPrefix);
  const releases = await releaseLinks(octokit, repo, tags);
  const versions = [
    ...new Set(
      deployments
        .filter((deployment) => deployment.environment === options.production && deployment.version)
        .filter((deployment) => deployment.rollbackOf === undefined)
        .map((deployment) => deployment.version!),
    ),
  ].filter((version) => tags.has(version));
  const known = [...tags.keys()];
  const compared = await pool(versions, concurrency, async (version) => {
    const previous = previousVersion(version, known);
    return previous ? firstCommit(octokit, repo, tags.get(previous)!, tags.get(version)!) : undefined;
  });
  const firstCommits = new Map<string, FirstCommit>();
  versions.forEach((version, index) => {
    if (compared[index]) firstCommits.set(version, compared[index]!);
  });
  return { deployments, tags, releases, firstCommits };
}
