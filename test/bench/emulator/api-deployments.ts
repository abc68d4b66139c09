// Deployments and deployment statuses: the record of what runs where (see design: "Where state lives").
import type { EmulatorContext, Handlers, Reply } from './context.js';
import { ApiError, errorBody, notFound, unprocessable } from './errors.js';
import { pagedReply } from './pagination.js';
import { timestamp, type Deployment, type DeploymentState, type DeploymentStatus } from './state.js';
import { actorIdentity, nodeId, repoApiUrl, simpleUser } from './shapes.js';

type Json = Record<string, unknown>;

function deploymentJson(ctx: EmulatorContext, d: Deployment): Json {
  const url = repoApiUrl(ctx, `/deployments/${d.id}`);
  return {
    url,
    id: d.id,
    node_id: nodeId('DE', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.originalEnvironment,
    environment: d.environment,
    description: d.description,
    creator: simpleUser(ctx, d.creator),
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoApiUrl(ctx),
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment,
    performed_via_github_app: null,
  };
}

function statusJson(ctx: EmulatorContext, d: Deployment, s: DeploymentStatus): Json {
  const deploymentUrl = repoApiUrl(ctx, `/deployments/${d.id}`);
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DES', s.id),
    state: s.state,
    creator: simpleUser(ctx, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.targetUrl,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
    deployment_url: deploymentUrl,
    repository_url: repoApiUrl(ctx),
    environment_url: s.environmentUrl,
    log_url: s.logUrl,
    performed_via_github_app: null,
  };
}

function requireDeployment(ctx: EmulatorContext, id: unknown): Deployment {
  const deployment = ctx.state.deployment(Number(id));
  if (!deployment) throw notFound();
  return deployment;
}

function latestState(d: Deployment): DeploymentState | undefined {
  return d.statuses.at(-1)?.state;
}

function addStatus(
  ctx: EmulatorContext,
  d: Deployment,
  fields: Partial<DeploymentStatus> & { state: DeploymentState },
): DeploymentStatus {
  const now = timestamp();
  const status: DeploymentStatus = {
    id: ctx.state.nextId('deploymentStatus'),
    description: '',
    environment: d.environment,
    targetUrl: '',
    logUrl: '',
    environmentUrl: '',
    creator: ctx.actor,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
  d.statuses.push(status);
  d.updatedAt = now;
  return status;
}

/**
 * Contexts that must be green before GitHub creates a deployment: the ones asked for, or by
 * default every context reported on the commit (commit statuses and check runs).
 */
function failingContexts(
  ctx: EmulatorContext,
  sha: string,
  required: string[] | undefined,
): Array<{ context: string; state: string }> {
  const latest = new Map<string, string>();
  for (const s of ctx.state.statuses.filter((s) => s.sha === sha)) latest.set(s.context, s.state);
  for (const run of ctx.state.checkRuns.filter((r) => r.headSha === sha)) {
    const passed =
      run.status === 'completed' && ['success', 'neutral', 'skipped'].includes(run.conclusion ?? '');
    latest.set(
      run.name,
      passed ? 'success' : run.status === 'completed' ? (run.conclusion ?? 'failure') : 'pending',
    );
  }
  const contexts = required ?? [...latest.keys()];
  return contexts
    .map((context) => ({ context, state: latest.get(context) ?? 'missing' }))
    .filter((c) => c.state !== 'success');
}

/** auto_merge: a branch behind the default branch gets the default branch merged in instead. */
async function autoMerge(ctx: EmulatorContext, ref: string, sha: string): Promise<Reply | undefined> {
  const branch = await ctx.git.getRef(`refs/heads/${ref}`);
  const base = await ctx.git.getRef(`refs/heads/${ctx.defaultBranch}`);
  if (!branch || !base || ref === ctx.defaultBranch) return undefined;
  if (await ctx.git.isAncestor(base.sha, sha)) return undefined;
  const merged = await ctx.git.merge(
    sha,
    base.sha,
    `Merge ${ctx.defaultBranch} into ${ref}`,
    actorIdentity(ctx),
  );
  if ('conflict' in merged) {
    throw new ApiError(409, errorBody(409, `Conflict merging ${ctx.defaultBranch} into ${ref}.`));
  }
  await ctx.git.setRef(`refs/heads/${ref}`, merged.sha, sha);
  return { status: 202, body: { message: `Auto-merged ${ctx.defaultBranch} into ${ref} on deployment.` } };
}

export const deploymentHandlers: Handlers = {
  'repos/create-deployment': async (req, ctx) => {
    const body = req.body as {
      ref: string;
      task?: string;
      auto_merge?: boolean;
      required_contexts?: string[];
      payload?: unknown;
      environment?: string;
      description?: string | null;
      transient_environment?: boolean;
      production_environment?: boolean;
    };
    const sha = await ctx.git.resolveCommit(body.ref);
    if (!sha) throw unprocessable(`No ref found for: ${body.ref}`);
    if (body.auto_merge ?? true) {
      const merged = await autoMerge(ctx, body.ref, sha);
      if (merged) return merged;
    }
    const failing = failingContexts(ctx, sha, body.required_contexts);
    if (failing.length > 0) {
      throw new ApiError(
        409,
        errorBody(409, `Conflict: Commit status checks failed for ${body.ref}.`, {
          errors: [
            { contexts: failing, resource: 'Deployment', field: 'required_contexts', code: 'invalid' },
          ],
        }),
      );
    }
    const environment = body.environment ?? 'production';
    ctx.state.ensureEnvironment(environment);
    const now = timestamp();
    const deployment: Deployment = {
      id: ctx.state.nextId('deployment'),
      sha,
      ref: body.ref,
      task: body.task ?? 'deploy',
      payload: body.payload === undefined || body.payload === '' ? {} : body.payload,
      environment,
      originalEnvironment: environment,
      description: body.description ?? null,
      transientEnvironment: body.transient_environment ?? false,
      productionEnvironment: body.production_environment ?? environment === 'production',
      creator: ctx.actor,
      createdAt: now,
      updatedAt: now,
      statuses: [],
    };
    ctx.state.deployments.push(deployment);
    return { status: 201, body: deploymentJson(ctx, deployment) };
  },

  'repos/list-deployments': (req, ctx) => {
    const { sha, ref, task, environment } = req.params as Record<string, string | undefined>;
    const found = ctx.state.deployments
      .filter((d) => sha === undefined || d.sha === sha)
      .filter((d) => ref === undefined || d.ref === ref)
      .filter((d) => task === undefined || d.task === task)
      .filter((d) => environment === undefined || d.environment === environment)
      .sort((a, b) => b.id - a.id);
    return pagedReply(req, ctx, found, (d) => deploymentJson(ctx, d));
  },

  'repos/get-deployment': (req, ctx) => ({
    status: 200,
    body: deploymentJson(ctx, requireDeployment(ctx, req.params.deployment_id)),
  }),

  'repos/delete-deployment': (req, ctx) => {
    const deployment = requireDeployment(ctx, req.params.deployment_id);
    const alone = ctx.state.deployments.length === 1;
    if (!alone && latestState(deployment) === 'success') {
      throw new ApiError(
        422,
        errorBody(
          422,
          'We cannot delete an active deployment unless it is the only deployment in a given environment.',
        ),
      );
    }
    ctx.state.deployments.splice(ctx.state.deployments.indexOf(deployment), 1);
    return { status: 204 };
  },

  'repos/create-deployment-status': (req, ctx) => {
    const deployment = requireDeployment(ctx, req.params.deployment_id);
    const body = req.body as {
      state: DeploymentState;
      target_url?: string;
      log_url?: string;
      description?: string;
      environment?: string;
      environment_url?: string;
      auto_inactive?: boolean;
    };
    if ((body.description ?? '').length > 140) {
      throw new ApiError(
        422,
        errorBody(422, 'Validation Failed', {
          errors: [
            {
              resource: 'DeploymentStatus',
              field: 'description',
              code: 'custom',
              message: 'description is too long (maximum is 140 characters)',
            },
          ],
        }),
      );
    }
    if (body.environment !== undefined && body.environment !== deployment.environment) {
      deployment.environment = body.environment;
      ctx.state.ensureEnvironment(body.environment);
    }
    // log_url replaces target_url; setting one sets both.
    const logUrl = body.log_url ?? body.target_url ?? '';
    const status = addStatus(ctx, deployment, {
      state: body.state,
      description: body.description ?? '',
      environment: deployment.environment,
      targetUrl: logUrl,
      logUrl,
      environmentUrl: body.environment_url ?? '',
    });
    if (body.state === 'success' && (body.auto_inactive ?? true)) {
      // Older successful deployments of the same environment become inactive, as GitHub does.
      for (const other of ctx.state.deployments) {
        if (
          other.id < deployment.id &&
          other.environment === deployment.environment &&
          latestState(other) === 'success'
        ) {
          addStatus(ctx, other, { state: 'inactive', description: '', environment: other.environment });
        }
      }
    }
    return { status: 201, body: statusJson(ctx, deployment, status) };
  },

  'repos/list-deployment-statuses': (req, ctx) => {
    const deployment = requireDeployment(ctx, req.params.deployment_id);
    const newestFirst = [...deployment.statuses].reverse();
    return pagedReply(req, ctx, newestFirst, (s) => statusJson(ctx, deployment, s));
  },

  'repos/get-deployment-status': (req, ctx) => {
    const deployment = requireDeployment(ctx, req.params.deployment_id);
    const status = deployment.statuses.find((s) => s.id === Number(req.params.status_id));
    if (!status) throw notFound();
    return { status: 200, body: statusJson(ctx, deployment, status) };
  },
};
