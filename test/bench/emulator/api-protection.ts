// Branch protection, rulesets, reviews and merging a pull request, answered from the protection
// configuration the test gives (emulator.protectBranch / addRuleset / repositorySettings).
import type { ApiRequest, EmulatorContext, Handlers } from './context.js';
import { ApiError, errorBody, notFound, validationFailed } from './errors.js';
import { issueOfPull, pullHeadSha } from './api-pulls.js';
import { mergePull } from './merge.js';
import {
  mergeBlockers,
  mergeRefusalMessage,
  methodRefusal,
  rulesetsFor,
  type Actor,
  type MergeMethod,
} from './protection.js';
import { pagedReply } from './pagination.js';
import { nodeId, repoApiUrl, repoHtmlUrl, simpleUser } from './shapes.js';
import { timestamp, type Pull } from './state.js';

type Json = Record<string, unknown>;

function requirePull(ctx: EmulatorContext, number: unknown): Pull {
  const pull = ctx.state.pull(Number(number));
  if (!pull) throw notFound();
  return pull;
}

/** The actor of a request: the one its credentials belong to. */
export function requestActor(req: ApiRequest, ctx: EmulatorContext): Actor {
  return req.actor ?? { login: ctx.actor, permission: ctx.state.permissions.get(ctx.actor) ?? 'write' };
}

function protectionJson(ctx: EmulatorContext, branch: string): Json {
  const rule = ctx.protection.branches.get(branch)!;
  const url = repoApiUrl(ctx, `/branches/${encodeURIComponent(branch)}/protection`);
  const users = (rule.bypass ?? []).filter((login) => !login.endsWith('[bot]'));
  const body: Json = {
    url,
    enforce_admins: { url: `${url}/enforce_admins`, enabled: !!rule.enforceAdmins },
    required_linear_history: { enabled: false },
    allow_force_pushes: { enabled: !!rule.allowForcePushes },
    allow_deletions: { enabled: !!rule.allowDeletions },
    block_creations: { enabled: false },
    required_conversation_resolution: { enabled: false },
    lock_branch: { enabled: false },
    allow_fork_syncing: { enabled: false },
    required_signatures: { url: `${url}/required_signatures`, enabled: false },
  };
  if (rule.requiredChecks) {
    body.required_status_checks = {
      url: `${url}/required_status_checks`,
      strict: !!rule.strict,
      contexts: rule.requiredChecks,
      contexts_url: `${url}/required_status_checks/contexts`,
      checks: rule.requiredChecks.map((context) => ({ context, app_id: null })),
    };
  }
  if (rule.requiredApprovingReviews !== undefined) {
    body.required_pull_request_reviews = {
      url: `${url}/required_pull_request_reviews`,
      dismiss_stale_reviews: !!rule.dismissStaleReviews,
      require_code_owner_reviews: false,
      require_last_push_approval: false,
      required_approving_review_count: rule.requiredApprovingReviews,
      bypass_pull_request_allowances: {
        users: users.map((login) => simpleUser(ctx, login)),
        teams: [],
        apps: [],
      },
    };
  }
  return body;
}

function rulesJson(ctx: EmulatorContext, branch: string): Json[] {
  const rules: Json[] = [];
  for (const ruleset of rulesetsFor(ctx, branch)) {
    const info = {
      ruleset_id: ruleset.id,
      ruleset_source_type: 'Repository',
      ruleset_source: `${ctx.owner}/${ctx.repo}`,
    };
    if (ruleset.deletion) rules.push({ type: 'deletion', ...info });
    if (ruleset.nonFastForward) rules.push({ type: 'non_fast_forward', ...info });
    if (ruleset.pullRequest) {
      rules.push({
        type: 'pull_request',
        ...info,
        parameters: {
          required_approving_review_count: ruleset.pullRequest.requiredApprovingReviews,
          dismiss_stale_reviews_on_push: !!ruleset.pullRequest.dismissStaleReviewsOnPush,
          require_code_owner_review: false,
          require_last_push_approval: false,
          required_review_thread_resolution: false,
          allowed_merge_methods: ruleset.pullRequest.allowedMergeMethods ?? ['merge', 'squash', 'rebase'],
        },
      });
    }
    if (ruleset.requiredChecks?.length) {
      rules.push({
        type: 'required_status_checks',
        ...info,
        parameters: {
          strict_required_status_checks_policy: !!ruleset.strict,
          do_not_enforce_on_create: false,
          required_status_checks: ruleset.requiredChecks.map((context) => ({ context })),
        },
      });
    }
  }
  return rules;
}

function reviewJson(
  ctx: EmulatorContext,
  pull: number,
  review: EmulatorContext['state']['reviews'][number],
): Json {
  const html = repoHtmlUrl(ctx, `/pull/${pull}#pullrequestreview-${review.id}`);
  return {
    id: review.id,
    node_id: nodeId('PRR', review.id),
    user: simpleUser(ctx, review.user),
    body: review.body,
    state: review.state,
    html_url: html,
    pull_request_url: repoApiUrl(ctx, `/pulls/${pull}`),
    _links: { html: { href: html }, pull_request: { href: repoApiUrl(ctx, `/pulls/${pull}`) } },
    submitted_at: review.submittedAt,
    commit_id: review.commitId,
    author_association: 'MEMBER',
  };
}

const REVIEW_STATES = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED',
} as const;

export const protectionHandlers: Handlers = {
  'repos/get-branch-protection': async (req, ctx) => {
    const branch = String(req.params.branch);
    if (!(await ctx.git.getRef(`refs/heads/${branch}`))) throw notFound('Branch not found');
    if (!ctx.protection.branches.has(branch)) throw notFound('Branch not protected');
    return { status: 200, body: protectionJson(ctx, branch) };
  },

  'repos/get-branch-rules': (req, ctx) =>
    pagedReply(req, ctx, rulesJson(ctx, String(req.params.branch)), (rule) => rule),

  'pulls/create-review': async (req, ctx) => {
    const pull = requirePull(ctx, req.params.pull_number);
    const actor = requestActor(req, ctx);
    const body = (req.body ?? {}) as {
      event?: keyof typeof REVIEW_STATES;
      body?: string;
      commit_id?: string;
    };
    if (!body.event)
      throw validationFailed([{ resource: 'PullRequestReview', field: 'event', code: 'missing_field' }]);
    if (body.event !== 'COMMENT' && issueOfPull(ctx, pull).user === actor.login) {
      const verb = body.event === 'APPROVE' ? 'approve' : 'request changes on';
      throw new ApiError(
        422,
        errorBody(422, 'Unprocessable Entity', { errors: [`Can not ${verb} your own pull request`] }),
      );
    }
    const review = {
      id: ctx.state.nextId('review'),
      pull: pull.number,
      user: actor.login,
      state: REVIEW_STATES[body.event],
      body: body.body ?? '',
      commitId: body.commit_id ?? (await pullHeadSha(ctx, pull)),
      submittedAt: timestamp(),
    };
    ctx.state.reviews.push(review);
    return { status: 200, body: reviewJson(ctx, pull.number, review) };
  },

  'pulls/merge': async (req, ctx) => {
    const pull = requirePull(ctx, req.params.pull_number);
    const actor = requestActor(req, ctx);
    const body = (req.body ?? {}) as {
      merge_method?: MergeMethod;
      sha?: string;
      commit_title?: string;
      commit_message?: string;
    };
    const method = body.merge_method ?? 'merge';
    if (pull.merged || issueOfPull(ctx, pull).state !== 'open')
      throw new ApiError(405, {
        message: 'Pull Request is not mergeable',
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#merge-a-pull-request',
      });
    const headSha = await pullHeadSha(ctx, pull);
    if (body.sha && body.sha !== headSha)
      throw new ApiError(409, {
        message: 'Head branch was modified. Review and try the merge again.',
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#merge-a-pull-request',
      });
    const refused = methodRefusal(ctx, pull.base, actor, method);
    if (refused)
      throw new ApiError(405, {
        message: refused,
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#merge-a-pull-request',
      });
    const blockers = await mergeBlockers(ctx, pull, headSha, actor);
    if (blockers.length > 0) {
      throw new ApiError(405, {
        message: mergeRefusalMessage(ctx, pull.base, actor, blockers),
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#merge-a-pull-request',
      });
    }
    const sha = await mergePull(ctx, pull, {
      method,
      by: actor.login,
      title: body.commit_title,
      message: body.commit_message,
    });
    return { status: 200, body: { sha, merged: true, message: 'Pull Request successfully merged' } };
  },
};
