// Pull requests and their reviews and commits. A pull request is also an issue (same number),
// so title, body, state, author and labels live on its Issue record.
import type { EmulatorContext, Handlers } from './context.js';
import { notFound, validationFailed } from './errors.js';
import type { CommitInfo } from './git-store.js';
import { labelJson } from './api-issues.js';
import { linkHeaders, pagedReply, paginate } from './pagination.js';
import { timestamp, type Issue, type Pull } from './state.js';
import { commitJson, nodeId, repoApiUrl, repoHtmlUrl, repositoryJson, simpleUser } from './shapes.js';

type Json = Record<string, unknown>;
const ZERO_SHA = '0'.repeat(40);

export function issueOfPull(ctx: EmulatorContext, pull: Pull): Issue {
  return ctx.state.issue(pull.number) as Issue;
}

async function branchTip(ctx: EmulatorContext, branch: string): Promise<string | undefined> {
  return (await ctx.git.getRef(`refs/heads/${branch}`))?.sha;
}

/** The head commit: fixed when seeded, otherwise the head branch's current tip. */
export async function pullHeadSha(ctx: EmulatorContext, pull: Pull): Promise<string> {
  return (
    pull.headSha ??
    (await branchTip(ctx, pull.head)) ??
    pull.commits?.at(-1) ??
    pull.mergeCommitSha ??
    (await branchTip(ctx, pull.base)) ??
    ZERO_SHA
  );
}

/** Commits of the pull request, oldest first: seeded, or base..head from git. */
export async function pullCommitShas(ctx: EmulatorContext, pull: Pull): Promise<string[]> {
  if (pull.commits) return pull.commits;
  const [head, base] = [await branchTip(ctx, pull.head), await branchTip(ctx, pull.base)];
  if (!head || !base) return [];
  return [...(await ctx.git.log(head, { exclude: [base] }))].reverse();
}

function pullUrls(ctx: EmulatorContext, number: number): Json {
  const api = repoApiUrl(ctx, `/pulls/${number}`);
  const html = repoHtmlUrl(ctx, `/pull/${number}`);
  return {
    url: api,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: repoApiUrl(ctx, `/issues/${number}`),
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: repoApiUrl(ctx, '/pulls/comments{/number}'),
    comments_url: repoApiUrl(ctx, `/issues/${number}/comments`),
  };
}

function links(ctx: EmulatorContext, number: number, headSha: string): Json {
  const urls = pullUrls(ctx, number);
  const href = (value: unknown): Json => ({ href: value });
  return {
    self: href(urls.url),
    html: href(urls.html_url),
    issue: href(urls.issue_url),
    comments: href(urls.comments_url),
    review_comments: href(urls.review_comments_url),
    review_comment: href(urls.review_comment_url),
    commits: href(urls.commits_url),
    statuses: href(repoApiUrl(ctx, `/statuses/${headSha}`)),
  };
}

/** Fields shared by pull-request-simple (lists) and pull-request (single). */
async function pullBaseJson(ctx: EmulatorContext, pull: Pull): Promise<Json> {
  const issue = issueOfPull(ctx, pull);
  const headSha = await pullHeadSha(ctx, pull);
  const baseSha = (await branchTip(ctx, pull.base)) ?? ZERO_SHA;
  const repository = repositoryJson(ctx);
  const owner = simpleUser(ctx, ctx.owner, 'Organization');
  const side = (ref: string, sha: string): Json => ({
    label: `${ctx.owner}:${ref}`,
    ref,
    sha,
    user: owner,
    repo: repository,
  });
  return {
    ...pullUrls(ctx, pull.number),
    id: pull.id,
    node_id: nodeId('PR', pull.id),
    statuses_url: repoApiUrl(ctx, `/statuses/${headSha}`),
    number: pull.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: simpleUser(ctx, issue.user),
    body: issue.body,
    // pull-request-simple types a label description as a plain string.
    labels: issue.labels.map((name) => ({ ...labelJson(ctx, ctx.state.ensureLabel(name)), description: '' })),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pull.head, headSha),
    base: side(pull.base, baseSha),
    _links: links(ctx, pull.number, headSha),
    author_association: 'MEMBER',
    auto_merge: null,
    draft: pull.draft,
  };
}

export function pullSimpleJson(ctx: EmulatorContext, pull: Pull): Promise<Json> {
  return pullBaseJson(ctx, pull);
}

export async function pullJson(ctx: EmulatorContext, pull: Pull): Promise<Json> {
  const base = await pullBaseJson(ctx, pull);
  const shas = await pullCommitShas(ctx, pull);
  const headSha = String((base.head as Json).sha);
  const baseSha = String((base.base as Json).sha);
  // Seeded pull requests may name commits git does not have: no diff for those.
  const known = async (sha: string): Promise<boolean> => (await ctx.git.objectType(sha)) === 'commit';
  const files =
    (await known(headSha)) && (await known(baseSha)) ? await ctx.git.diffFiles(baseSha, headSha) : [];
  return {
    ...base,
    merged: pull.merged,
    mergeable: pull.merged || pull.draft ? null : true,
    rebaseable: pull.merged ? null : true,
    mergeable_state: pull.merged ? 'unknown' : 'clean',
    merged_by: pull.merged ? simpleUser(ctx, ctx.actor) : null,
    comments: ctx.state.comments.filter((c) => c.issueNumber === pull.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: shas.length,
    additions: files.reduce((sum, f) => sum + f.additions, 0),
    deletions: files.reduce((sum, f) => sum + f.deletions, 0),
    changed_files: files.length,
  };
}

function requirePull(ctx: EmulatorContext, number: unknown): Pull {
  const pull = ctx.state.pull(Number(number));
  if (!pull) throw notFound();
  return pull;
}

/** "owner:branch" or "branch" to the branch, for this repository. */
function branchOf(ctx: EmulatorContext, value: string): string {
  const colon = value.indexOf(':');
  return colon !== -1 && value.slice(0, colon).toLowerCase() === ctx.owner.toLowerCase()
    ? value.slice(colon + 1)
    : value;
}

export const pullHandlers: Handlers = {
  'pulls/get': async (req, ctx) => ({
    status: 200,
    body: await pullJson(ctx, requirePull(ctx, req.params.pull_number)),
  }),

  'pulls/list': async (req, ctx) => {
    const state = String(req.params.state ?? 'open');
    const head = req.params.head === undefined ? undefined : branchOf(ctx, String(req.params.head));
    const base = req.params.base === undefined ? undefined : String(req.params.base);
    const direction = req.params.direction ?? 'desc';
    const found = ctx.state.pulls
      .filter((p) => state === 'all' || issueOfPull(ctx, p).state === state)
      .filter((p) => head === undefined || p.head === head)
      .filter((p) => base === undefined || p.base === base)
      .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
    const { items, link } = paginate(req, ctx, found);
    const body = await Promise.all(items.map((pull) => pullSimpleJson(ctx, pull)));
    return { status: 200, body, headers: linkHeaders(link) };
  },

  'pulls/create': async (req, ctx) => {
    const body = req.body as { title?: string; head: string; base: string; body?: string; draft?: boolean };
    const head = branchOf(ctx, body.head);
    const [headSha, baseSha] = [await branchTip(ctx, head), await branchTip(ctx, body.base)];
    if (!baseSha) throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
    if (!headSha) throw validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
    if ((await ctx.git.log(headSha, { exclude: [baseSha] })).length === 0) {
      throw validationFailed([
        { resource: 'PullRequest', code: 'custom', message: `No commits between ${body.base} and ${head}` },
      ]);
    }
    const open = ctx.state.pulls.find(
      (p) => p.head === head && p.base === body.base && issueOfPull(ctx, p).state === 'open',
    );
    if (open) {
      throw validationFailed([
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${ctx.owner}:${head}.`,
        },
      ]);
    }
    if (!body.title)
      throw validationFailed([{ resource: 'PullRequest', field: 'title', code: 'missing_field' }]);
    const number = createPull(ctx, {
      title: body.title,
      body: body.body ?? null,
      head,
      base: body.base,
      draft: !!body.draft,
    });
    return { status: 201, body: await pullJson(ctx, ctx.state.pull(number) as Pull) };
  },

  'pulls/update': async (req, ctx) => {
    const pull = requirePull(ctx, req.params.pull_number);
    const issue = issueOfPull(ctx, pull);
    const body = req.body as { title?: string; body?: string; state?: 'open' | 'closed'; base?: string };
    if (body.base !== undefined) {
      if (!(await branchTip(ctx, body.base)))
        throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
      pull.base = body.base;
    }
    if (body.title !== undefined) issue.title = body.title;
    if (body.body !== undefined) issue.body = body.body;
    if (body.state !== undefined && body.state !== issue.state) {
      issue.state = body.state;
      issue.closedAt = body.state === 'closed' ? timestamp() : null;
    }
    issue.updatedAt = timestamp();
    return { status: 200, body: await pullJson(ctx, pull) };
  },

  'pulls/list-reviews': (req, ctx) => {
    const pull = requirePull(ctx, req.params.pull_number);
    const reviews = ctx.state.reviews.filter((r) => r.pull === pull.number);
    return pagedReply(req, ctx, reviews, (review) => ({
      id: review.id,
      node_id: nodeId('PRR', review.id),
      user: simpleUser(ctx, review.user),
      body: review.body,
      state: review.state,
      html_url: repoHtmlUrl(ctx, `/pull/${pull.number}#pullrequestreview-${review.id}`),
      pull_request_url: repoApiUrl(ctx, `/pulls/${pull.number}`),
      _links: {
        html: { href: repoHtmlUrl(ctx, `/pull/${pull.number}#pullrequestreview-${review.id}`) },
        pull_request: { href: repoApiUrl(ctx, `/pulls/${pull.number}`) },
      },
      submitted_at: review.submittedAt,
      commit_id: review.commitId,
      author_association: 'MEMBER',
    }));
  },

  'pulls/list-commits': async (req, ctx) => {
    const pull = requirePull(ctx, req.params.pull_number);
    const { items, link } = paginate(req, ctx, await pullCommitShas(ctx, pull));
    const body = await Promise.all(
      items.map(async (sha) =>
        commitJson(ctx, (await ctx.git.getCommit(sha)) ?? placeholderCommit(ctx, sha)),
      ),
    );
    return { status: 200, body, headers: linkHeaders(link) };
  },
};

/** A seeded pull request may list SHAs the store does not hold: describe them minimally. */
function placeholderCommit(ctx: EmulatorContext, sha: string): CommitInfo {
  const person = {
    name: ctx.actor,
    email: `${ctx.actor}@users.noreply.github.com`,
    date: new Date().toISOString(),
  };
  return {
    sha,
    tree: sha,
    parents: [],
    author: person,
    committer: person,
    message: `commit ${sha.slice(0, 7)}`,
  };
}

export interface NewPull {
  number?: number;
  title: string;
  body: string | null;
  head: string;
  base: string;
  draft?: boolean;
  headSha?: string;
  commits?: string[];
  mergeCommitSha?: string;
  state?: 'open' | 'closed';
  merged?: boolean;
  user?: string;
  labels?: string[];
}

/** Records a pull request and its issue; used by pulls/create and by seedPull. */
export function createPull(ctx: EmulatorContext, input: NewPull): number {
  const number = ctx.state.nextNumber(input.number);
  const now = timestamp();
  const merged = input.merged ?? false;
  const state = merged ? 'closed' : (input.state ?? 'open');
  for (const name of input.labels ?? []) ctx.state.ensureLabel(name);
  ctx.state.issues.push({
    number,
    id: ctx.state.nextId('issue'),
    title: input.title,
    body: input.body,
    state,
    stateReason: null,
    labels: input.labels ?? [],
    user: input.user ?? ctx.actor,
    createdAt: now,
    updatedAt: now,
    closedAt: state === 'closed' ? now : null,
    isPull: true,
  });
  ctx.state.pulls.push({
    number,
    id: ctx.state.nextId('pull'),
    head: input.head,
    base: input.base,
    headSha: input.headSha,
    commits: input.commits,
    mergeCommitSha: input.mergeCommitSha ?? null,
    merged,
    mergedAt: merged ? now : null,
    draft: input.draft ?? false,
  });
  return number;
}
