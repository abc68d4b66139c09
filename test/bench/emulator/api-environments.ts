// Deployment environments and their protection rules.
import type { EmulatorContext, Handlers } from './context.js';
import { notFound } from './errors.js';
import { linkHeaders, paginate } from './pagination.js';
import { timestamp, type Environment } from './state.js';
import { nodeId, repoApiUrl, repoHtmlUrl, simpleUser, userId } from './shapes.js';

type Json = Record<string, unknown>;

function protectionRules(ctx: EmulatorContext, env: Environment): Json[] {
  const rules: Json[] = [];
  const ruleId = (kind: number): number => env.id * 10 + kind;
  if (env.waitTimer > 0) {
    rules.push({
      id: ruleId(1),
      node_id: nodeId('GA', ruleId(1)),
      type: 'wait_timer',
      wait_timer: env.waitTimer,
    });
  }
  if (env.reviewers.length > 0) {
    rules.push({
      id: ruleId(2),
      node_id: nodeId('GA', ruleId(2)),
      type: 'required_reviewers',
      prevent_self_review: env.preventSelfReview,
      // Reviewers are stored by id; a user's login is not known here, so the id names it.
      reviewers: env.reviewers.map((r) => ({
        type: r.type,
        reviewer: simpleUser(ctx, reviewerLogin(ctx, r.id)),
      })),
    });
  }
  if (env.deploymentBranchPolicy) {
    rules.push({ id: ruleId(3), node_id: nodeId('GA', ruleId(3)), type: 'branch_policy' });
  }
  return rules;
}

/** The login whose stable id is `id` among the known collaborators, else a generated one. */
function reviewerLogin(ctx: EmulatorContext, id: number): string {
  return [...ctx.state.permissions.keys()].find((login) => userId(login) === id) ?? `user-${id}`;
}

function environmentJson(ctx: EmulatorContext, env: Environment): Json {
  return {
    id: env.id,
    node_id: nodeId('EN', env.id),
    name: env.name,
    url: repoApiUrl(ctx, `/environments/${encodeURIComponent(env.name)}`),
    html_url: repoHtmlUrl(
      ctx,
      `/deployments/activity_log?environments_filter=${encodeURIComponent(env.name)}`,
    ),
    created_at: env.createdAt,
    updated_at: env.updatedAt,
    protection_rules: protectionRules(ctx, env),
    deployment_branch_policy: env.deploymentBranchPolicy,
  };
}

export const environmentHandlers: Handlers = {
  'repos/get-environment': (req, ctx) => {
    const env = ctx.state.environment(String(req.params.environment_name));
    if (!env) throw notFound();
    return { status: 200, body: environmentJson(ctx, env) };
  },

  'repos/create-or-update-environment': (req, ctx) => {
    const env = ctx.state.ensureEnvironment(String(req.params.environment_name));
    const body = (req.body ?? {}) as {
      wait_timer?: number;
      prevent_self_review?: boolean;
      reviewers?: Array<{ type?: 'User' | 'Team'; id?: number }> | null;
      deployment_branch_policy?: Environment['deploymentBranchPolicy'];
    };
    if (body.wait_timer !== undefined) env.waitTimer = body.wait_timer;
    if (body.prevent_self_review !== undefined) env.preventSelfReview = body.prevent_self_review;
    if (body.reviewers !== undefined) {
      env.reviewers = (body.reviewers ?? []).map((r) => ({ type: r.type ?? 'User', id: r.id ?? 0 }));
    }
    if (body.deployment_branch_policy !== undefined)
      env.deploymentBranchPolicy = body.deployment_branch_policy;
    env.updatedAt = timestamp();
    return { status: 200, body: environmentJson(ctx, env) };
  },

  'repos/get-all-environments': (req, ctx) => {
    const { items, link } = paginate(req, ctx, ctx.state.environments);
    return {
      status: 200,
      body: {
        total_count: ctx.state.environments.length,
        environments: items.map((env) => environmentJson(ctx, env)),
      },
      headers: linkHeaders(link),
    };
  },
};
