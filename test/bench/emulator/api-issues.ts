// Issues (pull requests included, as on GitHub), their comments and labels.
import type { EmulatorContext, Handlers } from './context.js';
import { notFound, validationFailed } from './errors.js';
import { pagedReply } from './pagination.js';
import { timestamp, type Comment, type Issue, type Label } from './state.js';
import { nodeId, repoApiUrl, repoHtmlUrl, simpleUser } from './shapes.js';

type Json = Record<string, unknown>;

export function labelJson(ctx: EmulatorContext, label: Label): Json {
  return {
    id: label.id,
    node_id: nodeId('LA', label.id),
    url: repoApiUrl(ctx, `/labels/${encodeURIComponent(label.name)}`),
    name: label.name,
    color: label.color,
    description: label.description,
    default: false,
  };
}

export function issueJson(ctx: EmulatorContext, issue: Issue): Json {
  const api = repoApiUrl(ctx, `/issues/${issue.number}`);
  const html = repoHtmlUrl(ctx, `/${issue.isPull ? 'pull' : 'issues'}/${issue.number}`);
  const pull = issue.isPull ? ctx.state.pull(issue.number) : undefined;
  return {
    id: issue.id,
    node_id: nodeId(issue.isPull ? 'PR' : 'I', issue.id),
    url: api,
    repository_url: repoApiUrl(ctx),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: html,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: simpleUser(ctx, issue.user),
    labels: issue.labels.map((name) => labelJson(ctx, ctx.state.ensureLabel(name))),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: ctx.state.comments.filter((c) => c.issueNumber === issue.number).length,
    ...(pull
      ? {
          pull_request: {
            url: repoApiUrl(ctx, `/pulls/${issue.number}`),
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: pull.mergedAt,
          },
        }
      : {}),
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    author_association: 'MEMBER',
    reactions: reactions(`${api}/reactions`),
  };
}

function reactions(url: string): Json {
  const counts = {
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    confused: 0,
    heart: 0,
    hooray: 0,
    eyes: 0,
    rocket: 0,
  };
  return { url, ...counts };
}

function commentJson(ctx: EmulatorContext, comment: Comment): Json {
  const issue = ctx.state.issue(comment.issueNumber) as Issue;
  const url = repoApiUrl(ctx, `/issues/comments/${comment.id}`);
  return {
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    url,
    html_url: repoHtmlUrl(
      ctx,
      `/${issue.isPull ? 'pull' : 'issues'}/${issue.number}#issuecomment-${comment.id}`,
    ),
    body: comment.body,
    user: simpleUser(ctx, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: repoApiUrl(ctx, `/issues/${issue.number}`),
    author_association: 'MEMBER',
    reactions: reactions(`${url}/reactions`),
  };
}

function requireIssue(ctx: EmulatorContext, number: unknown): Issue {
  const issue = ctx.state.issue(Number(number));
  if (!issue) throw notFound();
  return issue;
}

/** Label names from the forms GitHub accepts: ["a"], [{name: "a"}], {labels: [...]}. */
function labelNames(body: unknown): string[] {
  const list = Array.isArray(body) ? body : ((body as { labels?: unknown[] } | undefined)?.labels ?? []);
  return list.map((item) => (typeof item === 'string' ? item : String((item as { name: string }).name)));
}

export function createIssue(
  ctx: EmulatorContext,
  input: { title: string; body?: string | null; labels?: string[]; user?: string },
): Issue {
  const now = timestamp();
  for (const name of input.labels ?? []) ctx.state.ensureLabel(name);
  const issue: Issue = {
    number: ctx.state.nextNumber(),
    id: ctx.state.nextId('issue'),
    title: input.title,
    body: input.body ?? null,
    state: 'open',
    stateReason: null,
    labels: (input.labels ?? []).map((name) => ctx.state.ensureLabel(name).name),
    user: input.user ?? ctx.actor,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    isPull: false,
  };
  ctx.state.issues.push(issue);
  return issue;
}

export const issueHandlers: Handlers = {
  'issues/get': (req, ctx) => ({
    status: 200,
    body: issueJson(ctx, requireIssue(ctx, req.params.issue_number)),
  }),

  'issues/create': (req, ctx) => {
    const body = req.body as { title: string | number; body?: string; labels?: unknown[] };
    const issue = createIssue(ctx, {
      title: String(body.title),
      body: body.body,
      labels: labelNames(body.labels ?? []),
    });
    return { status: 201, body: issueJson(ctx, issue) };
  },

  'issues/update': (req, ctx) => {
    const issue = requireIssue(ctx, req.params.issue_number);
    const body = req.body as {
      title?: string | number | null;
      body?: string | null;
      state?: 'open' | 'closed';
      state_reason?: Issue['stateReason'];
      labels?: unknown[];
    };
    if (body.title !== undefined && body.title !== null) issue.title = String(body.title);
    if (body.body !== undefined) issue.body = body.body;
    if (body.labels !== undefined)
      issue.labels = labelNames(body.labels).map((name) => ctx.state.ensureLabel(name).name);
    if (body.state !== undefined && body.state !== issue.state) {
      issue.state = body.state;
      issue.closedAt = body.state === 'closed' ? timestamp() : null;
      issue.stateReason = body.state === 'closed' ? (body.state_reason ?? 'completed') : 'reopened';
    }
    issue.updatedAt = timestamp();
    return { status: 200, body: issueJson(ctx, issue) };
  },

  'issues/list-for-repo': (req, ctx) => {
    const state = String(req.params.state ?? 'open');
    const wanted =
      req.params.labels === undefined ? [] : String(req.params.labels).split(',').filter(Boolean);
    const creator = req.params.creator === undefined ? undefined : String(req.params.creator);
    const ascending = req.params.direction === 'asc';
    const found = ctx.state.issues
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => wanted.every((name) => i.labels.some((l) => l.toLowerCase() === name.toLowerCase())))
      .filter((i) => creator === undefined || i.user === creator)
      .sort((a, b) => (ascending ? a.number - b.number : b.number - a.number));
    return pagedReply(req, ctx, found, (issue) => issueJson(ctx, issue));
  },

  'issues/list-comments': (req, ctx) => {
    const issue = requireIssue(ctx, req.params.issue_number);
    const comments = ctx.state.comments.filter((c) => c.issueNumber === issue.number);
    return pagedReply(req, ctx, comments, (comment) => commentJson(ctx, comment));
  },

  'issues/create-comment': (req, ctx) => {
    const issue = requireIssue(ctx, req.params.issue_number);
    const now = timestamp();
    const comment: Comment = {
      id: ctx.state.nextId('comment'),
      issueNumber: issue.number,
      body: (req.body as { body: string }).body,
      user: ctx.actor,
      createdAt: now,
      updatedAt: now,
    };
    ctx.state.comments.push(comment);
    return { status: 201, body: commentJson(ctx, comment) };
  },

  'issues/update-comment': (req, ctx) => {
    const comment = ctx.state.comments.find((c) => c.id === Number(req.params.comment_id));
    if (!comment) throw notFound();
    comment.body = (req.body as { body: string }).body;
    comment.updatedAt = timestamp();
    return { status: 200, body: commentJson(ctx, comment) };
  },

  'issues/add-labels': (req, ctx) => {
    const issue = requireIssue(ctx, req.params.issue_number);
    for (const name of labelNames(req.body)) {
      const label = ctx.state.ensureLabel(name);
      if (!issue.labels.some((l) => l.toLowerCase() === label.name.toLowerCase()))
        issue.labels.push(label.name);
    }
    issue.updatedAt = timestamp();
    return { status: 200, body: issue.labels.map((name) => labelJson(ctx, ctx.state.ensureLabel(name))) };
  },

  'issues/remove-label': (req, ctx) => {
    const issue = requireIssue(ctx, req.params.issue_number);
    const name = String(req.params.name).toLowerCase();
    const index = issue.labels.findIndex((label) => label.toLowerCase() === name);
    if (index === -1) throw notFound('Label does not exist');
    issue.labels.splice(index, 1);
    issue.updatedAt = timestamp();
    return { status: 200, body: issue.labels.map((label) => labelJson(ctx, ctx.state.ensureLabel(label))) };
  },

  'issues/list-labels-on-issue': (req, ctx) => {
    const issue = requireIssue(ctx, req.params.issue_number);
    return pagedReply(req, ctx, issue.labels, (name) => labelJson(ctx, ctx.state.ensureLabel(name)));
  },

  'issues/create-label': (req, ctx) => {
    const body = req.body as { name: string; color?: string; description?: string };
    if (ctx.state.label(body.name)) {
      throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
    }
    const label: Label = {
      id: ctx.state.nextId('label'),
      name: body.name,
      color: (body.color ?? 'ededed').replace(/^#/, ''),
      description: body.description ?? null,
    };
    ctx.state.labels.push(label);
    return { status: 201, body: labelJson(ctx, label) };
  },

  'issues/get-label': (req, ctx) => {
    const label = ctx.state.label(String(req.params.name));
    if (!label) throw notFound();
    return { status: 200, body: labelJson(ctx, label) };
  },
};
