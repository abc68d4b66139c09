import { type GitHubClient, statusOf } from '../../kit/src/index.js';

/** The GitHub reads the reviews, checks and branch gates make, behind one small interface. */

export interface PullRequestSummary {
  number: number;
  state: string;
  merged: boolean;
  headSha: string;
  mergeCommitSha?: string;
  url: string;
  title: string;
}

export interface Review {
  user: string;
  state: string;
  submittedAt?: string;
  id: number;
}

export interface CheckRun {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  url?: string;
  detailsUrl?: string;
}

export interface CommitStatus {
  context: string;
  state: string;
  url?: string;
}

export interface GitHubReader {
  pullsForCommit(sha: string): Promise<PullRequestSummary[]>;
  pull(number: number): Promise<PullRequestSummary>;
  reviews(pull: number): Promise<Review[]>;
  checkRuns(ref: string): Promise<CheckRun[]>;
  statuses(ref: string): Promise<CommitStatus[]>;
  /** The commit a tag points at on GitHub, undefined when the tag does not exist there. */
  tagCommit(tag: string): Promise<string | undefined>;
}

type RawPull = {
  number: number;
  state: string;
  merged_at?: string | null;
  head: { sha: string };
  merge_commit_sha?: string | null;
  html_url: string;
  title: string;
};

function summary(pull: RawPull): PullRequestSummary {
  return {
    number: pull.number,
    state: pull.state,
    merged: Boolean(pull.merged_at),
    headSha: pull.head.sha,
    mergeCommitSha: pull.merge_commit_sha ?? undefined,
    url: pull.html_url,
    title: pull.title,
  };
}

export function gitHubReader(client: GitHubClient, owner: string, repo: string): GitHubReader {
  return {
    async pullsForCommit(sha) {
      const pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
        owner,
        repo,
        commit_sha: sha,
        per_page: 100,
      });
      return pulls.map((pull) => summary(pull as RawPull));
    },
    async pull(number) {
      const { data } = await client.rest.pulls.get({ owner, repo, pull_number: number });
      return summary(data as RawPull);
    },
    async reviews(pull) {
      const reviews = await client.paginate(client.rest.pulls.listReviews, {
        owner,
        repo,
        pull_number: pull,
        per_page: 100,
      });
      return reviews.map((review) => ({
        id: review.id,
        user: review.user?.login ?? '(deleted user)',
        state: review.state,
        submittedAt: review.submitted_at ?? undefined,
      }));
    },
    async checkRuns(ref) {
      const runs = await client.paginate(client.rest.checks.listForRef, { owner, repo, ref, per_page: 100 });
      return runs.map((run) => ({
        id: run.id,
        name: run.name,
        status: run.status,
        conclusion: run.conclusion,
        url: run.html_url ?? undefined,
        detailsUrl: run.details_url ?? undefined,
      }));
    },
    async statuses(ref) {
      // The combined status pages its `statuses` list; octokit's paginate does not know that shape.
      const all: CommitStatus[] = [];
      for (let page = 1; ; page += 1) {
        const { data } = await client.rest.repos.getCombinedStatusForRef({
          owner,
          repo,
          ref,
          per_page: 100,
          page,
        });
        for (const status of data.statuses)
          all.push({ context: status.context, state: status.state, url: status.target_url ?? undefined });
        if (data.statuses.length < 100 || all.length >= data.total_count) break;
      }
      return all;
    },
    async tagCommit(tag) {
      try {
        const { data } = await client.rest.git.getRef({ owner, repo, ref: `tags/${tag}` });
        if (data.object.type === 'tag') {
          const { data: annotated } = await client.rest.git.getTag({ owner, repo, tag_sha: data.object.sha });
          return annotated.object.sha;
        }
        return data.object.sha;
      } catch (thrown) {
        if (statusOf(thrown) === 404) return undefined;
        throw thrown;
      }
    },
  };
}
