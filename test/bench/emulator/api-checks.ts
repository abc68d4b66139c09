// Check runs and commit statuses: what validate-gates reads and what tests seed.
import type { EmulatorContext, Handlers } from './context.js';
import { notFound, unprocessable } from './errors.js';
import { linkHeaders, paginate } from './pagination.js';
import { timestamp, type CheckRun, type CommitStatus } from './state.js';
import { nodeId, repoApiUrl, repoHtmlUrl, repositoryJson, simpleUser } from './shapes.js';
import { pullHeadSha, issueOfPull } from './api-pulls.js';

type Json = Record<string, unknown>;

/** The GitHub Actions app, which owns the check runs a workflow creates. */
const ACTIONS_APP_ID = 15368;

function appJson(ctx: EmulatorContext): Json {
  return {
    id: ACTIONS_APP_ID,
    slug: 'github-actions',
    node_id: nodeId('MDM6', ACTIONS_APP_ID),
    owner: simpleUser(ctx, 'github', 'Organization'),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${ctx.serverUrl}/apps/github-actions`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2019-12-10T19:04:12Z',
    permissions: { checks: 'write', contents: 'write', deployments: 'write', statuses: 'write' },
    events: ['check_run', 'check_suite', 'deployment', 'deployment_status', 'status'],
  };
}

async function checkRunJson(ctx: EmulatorContext, run: CheckRun): Promise<Json> {
  const url = repoApiUrl(ctx, `/check-runs/${run.id}`);
  const pulls = [];
  for (const pull of ctx.state.pulls) {
    if (issueOfPull(ctx, pull).state === 'open' && (await pullHeadSha(ctx, pull)) === run.headSha)
      pulls.push(pull);
  }
  const repo = { id: repositoryJson(ctx).id, url: repoApiUrl(ctx), name: ctx.repo };
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: nodeId('CR', run.id),
    external_id: run.externalId,
    url,
    html_url: repoHtmlUrl(ctx, `/runs/${run.id}`),
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: { ...run.output, annotations_count: 0, annotations_url: `${url}/annotations` },
    name: run.name,
    check_suite: { id: run.id + 5_000_000 },
    app: appJson(ctx),
    pull_requests: await Promise.all(
      pulls.map(async (pull) => ({
        id: pull.id,
        number: pull.number,
        url: repoApiUrl(ctx, `/pulls/${pull.number}`),
        head: { ref: pull.head, sha: await pullHeadSha(ctx, pull), repo },
        base: { ref: pull.base, sha: (await ctx.git.getRef(`refs/heads/${pull.base}`))?.sha ?? '', repo },
      })),
    ),
  };
}

function statusJson(ctx: EmulatorContext, s: CommitStatus): Json {
  return {
    url: repoApiUrl(ctx, `/statuses/${s.sha}`),
    avatar_url: `${ctx.serverUrl}/${encodeURIComponent(s.creator)}.png`,
    id: s.id,
    node_id: nodeId('SC', s.id),
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
    creator: simpleUser(ctx, s.creator),
  };
}

/** A ref names a commit; a bare SHA nobody pushed still names what tests seeded on it. */
async function shaOf(ctx: EmulatorContext, ref: string): Promise<string> {
  return (await ctx.git.resolveCommit(ref)) ?? ref;
}

export function addCheckRun(ctx: EmulatorContext, fields: Omit<CheckRun, 'id'>): CheckRun {
  const run: CheckRun = { id: ctx.state.nextId('checkRun'), ...fields };
  ctx.state.checkRuns.push(run);
  return run;
}

export function addStatus(
  ctx: EmulatorContext,
  fields: Omit<CommitStatus, 'id' | 'createdAt' | 'updatedAt'>,
): CommitStatus {
  const now = timestamp();
  const status: CommitStatus = { id: ctx.state.nextId('status'), createdAt: now, updatedAt: now, ...fields };
  ctx.state.statuses.push(status);
  return status;
}

interface CheckRunBody {
  name?: string;
  head_sha?: string;
  details_url?: string;
  external_id?: string;
  status?: CheckRun['status'];
  conclusion?: string;
  started_at?: string;
  completed_at?: string;
  output?: { title?: string; summary?: string; text?: string };
}

function applyCheckRunBody(run: CheckRun, body: CheckRunBody): void {
  if (body.name !== undefined) run.name = body.name;
  if (body.details_url !== undefined) run.detailsUrl = body.details_url;
  if (body.external_id !== undefined) run.externalId = body.external_id;
  if (body.started_at !== undefined) run.startedAt = body.started_at;
  if (body.status !== undefined) run.status = body.status;
  if (body.output) {
    run.output = {
      title: body.output.title ?? null,
      summary: body.output.summary ?? null,
      text: body.output.text ?? null,
    };
  }
  // A conclusion completes the run, as on GitHub.
  if (body.conclusion !== undefined) {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed') run.completedAt = body.completed_at ?? run.completedAt ?? timestamp();
}

export const checkHandlers: Handlers = {
  'checks/list-for-ref': async (req, ctx) => {
    const sha = await shaOf(ctx, String(req.params.ref));
    let runs = ctx.state.checkRuns.filter((r) => r.headSha === sha);
    if (req.params.check_name !== undefined) runs = runs.filter((r) => r.name === req.params.check_name);
    if (req.params.status !== undefined) runs = runs.filter((r) => r.status === req.params.status);
    if ((req.params.filter ?? 'latest') === 'latest') {
      runs = runs.filter((r) => !runs.some((other) => other.name === r.name && other.id > r.id));
    }
    runs = [...runs].sort((a, b) => b.id - a.id);
    const { items, link } = paginate(req, ctx, runs);
    return {
      status: 200,
      body: {
        total_count: runs.length,
        check_runs: await Promise.all(items.map((r) => checkRunJson(ctx, r))),
      },
      headers: linkHeaders(link),
    };
  },

  'checks/create': async (req, ctx) => {
    const body = req.body as CheckRunBody & { name: string; head_sha: string };
    if (!(await ctx.git.getCommit(body.head_sha)))
      throw unprocessable('No commit found for SHA: ' + body.head_sha);
    const run = addCheckRun(ctx, {
      headSha: body.head_sha,
      name: body.name,
      status: 'queued',
      conclusion: null,
      startedAt: timestamp(),
      completedAt: null,
      detailsUrl: null,
      externalId: null,
      output: { title: null, summary: null, text: null },
    });
    applyCheckRunBody(run, body);
    return { status: 201, body: await checkRunJson(ctx, run) };
  },

  'checks/update': async (req, ctx) => {
    const run = ctx.state.checkRuns.find((r) => r.id === Number(req.params.check_run_id));
    if (!run) throw notFound();
    applyCheckRunBody(run, req.body as CheckRunBody);
    return { status: 200, body: await checkRunJson(ctx, run) };
  },

  'repos/get-combined-status-for-ref': async (req, ctx) => {
    const sha = await shaOf(ctx, String(req.params.ref));
    const all = ctx.state.statuses.filter((s) => s.sha === sha);
    const latest = all.filter((s) => !all.some((other) => other.context === s.context && other.id > s.id));
    const states = latest.map((s) => s.state);
    const state = states.some((s) => s === 'error' || s === 'failure')
      ? 'failure'
      : states.length > 0 && states.every((s) => s === 'success')
        ? 'success'
        : 'pending';
    const { items } = paginate(req, ctx, latest);
    return {
      status: 200,
      body: {
        state,
        statuses: items.map((s) => {
          const { creator: _creator, ...simple } = statusJson(ctx, s);
          return simple;
        }),
        sha,
        total_count: latest.length,
        repository: repositoryJson(ctx),
        commit_url: repoApiUrl(ctx, `/commits/${sha}`),
        url: repoApiUrl(ctx, `/commits/${sha}/status`),
      },
    };
  },

  'repos/create-commit-status': async (req, ctx) => {
    const sha = String(req.params.sha);
    if (!(await ctx.git.getCommit(sha))) throw unprocessable(`No commit found for SHA: ${sha}`);
    const body = req.body as {
      state: CommitStatus['state'];
      target_url?: string | null;
      description?: string | null;
      context?: string;
    };
    const status = addStatus(ctx, {
      sha,
      context: body.context ?? 'default',
      state: body.state,
      description: body.description ?? null,
      targetUrl: body.target_url ?? null,
      creator: ctx.actor,
    });
    return { status: 201, body: statusJson(ctx, status) };
  },
};
