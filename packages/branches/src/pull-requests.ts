import { statusOf, type GitHubClient } from '../../kit/src/index.js';

/** Where a conflicting sync is handed to people: a pull request, found again on a re-run. */

export interface OpenPullRequest {
  number: number;
  url: string;
  body: string;
  /** GraphQL id, for auto-merge. */
  nodeId?: string;
}

/** What became of a pull request's merge: queued for auto-merge, merged now, or left for people. */
export type AutoMergeOutcome = 'enabled' | 'merged' | 'not-allowed' | 'blocked';

export interface PullRequestInput {
  head: string;
  base: string;
  title: string;
  body: string;
}

export interface PullRequestApi {
  findOpen(head: string, base: string): Promise<OpenPullRequest | undefined>;
  create(input: PullRequestInput): Promise<OpenPullRequest>;
  updateBody(number: number, body: string): Promise<void>;
  addLabels(number: number, labels: string[]): Promise<void>;
  /** Whether a direct push to the branch would be refused (branch protection or a blocking ruleset). */
  isProtected(branch: string): Promise<boolean>;
  /** Auto-merge where the repository allows it; a pull request that may merge now is merged. */
  autoMerge(pull: OpenPullRequest): Promise<AutoMergeOutcome>;
}

/** Ruleset rules that refuse a direct push of a merge by a non-admin. */
const BLOCKING_RULES = new Set([
  'pull_request',
  'update',
  'required_status_checks',
  'required_signatures',
  'required_deployments',
  'merge_queue',
]);

const ENABLE_AUTO_MERGE = `mutation($pullRequestId: ID!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: MERGE }) {
    pullRequest { number }
  }
}`;

function graphqlMessages(thrown: unknown): string {
  const errors = (thrown as { errors?: Array<{ message?: string }> }).errors;
  return errors ? errors.map((error) => error.message ?? '').join('; ') : String((thrown as Error).message);
}

export function githubPullRequests(client: GitHubClient, owner: string, repo: string): PullRequestApi {
  const findOpen = async (head: string, base: string): Promise<OpenPullRequest | undefined> => {
    const { data } = await client.rest.pulls.list({
      owner,
      repo,
      state: 'open',
      head: `${owner}:${head}`,
      base,
    });
    const pull = data.find((candidate) => candidate.head.ref === head && candidate.base.ref === base);
    return pull
      ? { number: pull.number, url: pull.html_url, body: pull.body ?? '', nodeId: pull.node_id }
      : undefined;
  };
  return {
    findOpen,
    async create(input) {
      try {
        const { data } = await client.rest.pulls.create({
          owner,
          repo,
          ...input,
          maintainer_can_modify: true,
        });
        return { number: data.number, url: data.html_url, body: data.body ?? '', nodeId: data.node_id };
      } catch (thrown) {
        // Another run opened it between our look-up and our create: use theirs.
        if (statusOf(thrown) === 422) {
          const existing = await findOpen(input.head, input.base);
          if (existing) return existing;
        }
        throw thrown;
      }
    },
    async updateBody(number, body) {
      await client.rest.pulls.update({ owner, repo, pull_number: number, body });
    },
    async addLabels(number, labels) {
      await client.rest.issues.addLabels({ owner, repo, issue_number: number, labels });
    },
    async isProtected(branch) {
      const { data } = await client.rest.repos.getBranch({ owner, repo, branch });
      if (data.protected) return true;
      const { data: rules } = await client.rest.repos.getBranchRules({ owner, repo, branch });
      return rules.some((rule) => BLOCKING_RULES.has(rule.type));
    },
    async autoMerge(pull) {
      let allowed = true;
      try {
        await client.graphql(ENABLE_AUTO_MERGE, { pullRequestId: pull.nodeId });
        return 'enabled';
      } catch (thrown) {
        const message = graphqlMessages(thrown);
        allowed = !/auto merge is not allowed/i.test(message);
        // GitHub refuses auto-merge on a pull request with nothing to wait for: merge it now.
        if (allowed && !/is in (clean|unstable|has_hooks) status/i.test(message)) throw thrown;
      }
      // Merged now when the branch's rules let this token merge it; else it waits for people.
      try {
        await client.rest.pulls.merge({ owner, repo, pull_number: pull.number, merge_method: 'merge' });
        return 'merged';
      } catch (thrown) {
        if (statusOf(thrown) === 405 || statusOf(thrown) === 409) return allowed ? 'blocked' : 'not-allowed';
        throw thrown;
      }
    },
  };
}

export interface ConflictDescription {
  source: string;
  sourceSha: string;
  target: string;
  targetSha: string;
  syncBranch: string;
  conflicts: string[];
  /** Commits of the source that the target lacks, newest first. */
  commits: string[];
  runUrl?: string;
}

const fence = (text: string) => '`' + text.replace(/`/g, "'") + '`';

/** The pull request's body: what conflicts, what is missing, and the commands that resolve it. */
export function conflictBody(description: ConflictDescription): string {
  const { source, target, syncBranch } = description;
  const lines = [
    `Merging ${fence(source)} (${description.sourceSha.slice(0, 7)}) into ${fence(target)} ` +
      `(${description.targetSha.slice(0, 7)}) conflicts, so nothing was merged: this pull request carries ` +
      `${fence(source)} until the conflicts are resolved.`,
    '',
    `### Conflicting files (${description.conflicts.length})`,
    '',
    ...description.conflicts.map((file) => `- ${fence(file)}`),
    '',
  ];
  if (description.commits.length > 0) {
    lines.push(`### Commits of ${fence(source)} missing from ${fence(target)}`, '');
    lines.push(...description.commits.map((commit) => `- ${commit}`), '');
  }
  lines.push(
    '### Resolve',
    '',
    '```sh',
    'git fetch origin',
    `git switch ${syncBranch}`,
    `git merge origin/${target}`,
    '# fix the files listed above, then',
    'git commit --all',
    'git push',
    '```',
    '',
    'Then merge this pull request (with a merge commit, so the history of both branches is kept).',
  );
  if (description.runUrl) lines.push('', `Opened by ${description.runUrl}.`);
  lines.push('', `<!-- sync-branches source=${source} target=${target} -->`);
  return lines.join('\n');
}

export function conflictTitle(source: string, target: string): string {
  return `Merge ${source} into ${target} (conflicts to resolve)`;
}

/** Defers building the client until a conflict needs it, so clean syncs need neither token nor API. */
export function lazyPullRequests(load: () => Promise<PullRequestApi>): PullRequestApi {
  let loaded: Promise<PullRequestApi> | undefined;
  const api = () => (loaded ??= load());
  return {
    findOpen: async (head, base) => (await api()).findOpen(head, base),
    create: async (input) => (await api()).create(input),
    updateBody: async (number, body) => (await api()).updateBody(number, body),
    addLabels: async (number, labels) => (await api()).addLabels(number, labels),
    isProtected: async (branch) => (await api()).isProtected(branch),
    autoMerge: async (pull) => (await api()).autoMerge(pull),
  };
}

/** The body of a pull request that carries a merge a protected branch will not take as a push. */
export function protectedBody(description: {
  source: string;
  sourceSha: string;
  target: string;
  syncBranch: string;
  commits: string[];
  runUrl?: string;
}): string {
  const { source, target } = description;
  const lines = [
    `${fence(target)} is protected, so ${fence(source)} (${fence(description.sourceSha.slice(0, 12))}) reaches it`,
    `through this pull request rather than a push. It merges cleanly; it merges by itself once the branch's`,
    'required reviews and checks are there, where the repository allows auto-merge.',
    '',
  ];
  if (description.commits.length > 0) {
    lines.push(`### Commits of ${fence(source)} missing from ${fence(target)}`, '');
    lines.push(...description.commits.map((commit) => `- ${commit}`), '');
  }
  if (description.runUrl) lines.push(`Opened by ${description.runUrl}.`, '');
  lines.push(`<!-- sync-branches source=${source} target=${target} -->`);
  return lines.join('\n');
}
