// The part of GitHub's GraphQL API the pipelines use (auto-merge of a pull request), executed against
// GitHub's published GraphQL schema (@octokit/graphql-schema): a query the schema rejects fails here
// as it would on GitHub, and the answers carry GitHub's error shape.
import {
  buildClientSchema,
  graphql,
  GraphQLError,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { schema as githubSchema } from '@octokit/graphql-schema';
import type { EmulatorContext } from './context.js';
import { issueOfPull, pullHeadSha } from './api-pulls.js';
import { mergeBlockers, type Actor, type MergeMethod } from './protection.js';
import { nodeId } from './shapes.js';
import { timestamp, type Pull } from './state.js';
import type { Scopes } from './token-scopes.js';

let built: GraphQLSchema | undefined;

function schema(): GraphQLSchema {
  // The introspection result: GitHub's SDL file repeats a few fields, which buildSchema refuses.
  built ??= buildClientSchema(githubSchema.json as unknown as IntrospectionQuery);
  return built;
}

/** An error GitHub reports with a `type` (UNPROCESSABLE, NOT_FOUND, FORBIDDEN). */
class GitHubGraphQLError extends GraphQLError {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

function pullByNodeId(ctx: EmulatorContext, id: unknown): Pull {
  const pull = ctx.state.pulls.find((p) => nodeId('PR', p.id) === id);
  if (!pull)
    throw new GitHubGraphQLError(
      'NOT_FOUND',
      `Could not resolve to a node with the global id of '${String(id)}'`,
    );
  return pull;
}

function pullRequestObject(ctx: EmulatorContext, pull: Pull): Record<string, unknown> {
  const issue = issueOfPull(ctx, pull);
  return {
    id: nodeId('PR', pull.id),
    number: pull.number,
    title: issue.title,
    state: pull.merged ? 'MERGED' : issue.state.toUpperCase(),
    merged: pull.merged,
    url: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/pull/${pull.number}`,
    autoMergeRequest: pull.autoMerge
      ? {
          enabledAt: pull.autoMerge.enabledAt,
          mergeMethod: pull.autoMerge.method.toUpperCase(),
          enabledBy: {
            __typename: pull.autoMerge.enabledBy.login.endsWith('[bot]') ? 'Bot' : 'User',
            login: pull.autoMerge.enabledBy.login,
          },
        }
      : null,
  };
}

export interface GraphqlCaller {
  actor: Actor;
  /** A job token's scopes; undefined for a token with every scope. */
  scopes?: Scopes;
}

function mayWritePulls(caller: GraphqlCaller): boolean {
  return !caller.scopes || caller.scopes['pull-requests'] === 'write';
}

function rootValue(ctx: EmulatorContext, caller: GraphqlCaller): Record<string, unknown> {
  return {
    enablePullRequestAutoMerge: async ({
      input,
    }: {
      input: { pullRequestId: string; mergeMethod?: string };
    }) => {
      const pull = pullByNodeId(ctx, input.pullRequestId);
      if (!mayWritePulls(caller))
        throw new GitHubGraphQLError('FORBIDDEN', 'Resource not accessible by integration');
      if (!ctx.protection.settings.allowAutoMerge)
        throw new GitHubGraphQLError(
          'UNPROCESSABLE',
          'Pull request Auto merge is not allowed for this repository',
        );
      if (pull.merged || issueOfPull(ctx, pull).state !== 'open')
        throw new GitHubGraphQLError('UNPROCESSABLE', 'Pull request Pull request is closed');
      // GitHub refuses auto-merge on a pull request that could merge right now: merge it instead.
      const blockers = await mergeBlockers(ctx, pull, await pullHeadSha(ctx, pull), caller.actor);
      if (blockers.length === 0)
        throw new GitHubGraphQLError('UNPROCESSABLE', 'Pull request Pull request is in clean status');
      const method = (input.mergeMethod ?? 'MERGE').toLowerCase() as MergeMethod;
      pull.autoMerge = { method, enabledBy: caller.actor, enabledAt: timestamp() };
      return {
        clientMutationId: null,
        pullRequest: pullRequestObject(ctx, pull),
        actor: { __typename: 'Bot', login: caller.actor.login },
      };
    },
    disablePullRequestAutoMerge: ({ input }: { input: { pullRequestId: string } }) => {
      const pull = pullByNodeId(ctx, input.pullRequestId);
      if (!mayWritePulls(caller))
        throw new GitHubGraphQLError('FORBIDDEN', 'Resource not accessible by integration');
      pull.autoMerge = undefined;
      return {
        clientMutationId: null,
        pullRequest: pullRequestObject(ctx, pull),
        actor: { __typename: 'Bot', login: caller.actor.login },
      };
    },
  };
}

/** POST /graphql: `{ query, variables }` in, `{ data, errors }` out, as GitHub answers (200 even with errors). */
export async function answerGraphql(
  ctx: EmulatorContext,
  body: unknown,
  caller: GraphqlCaller,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const request = (body ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
  if (typeof request.query !== 'string')
    return {
      status: 400,
      body: { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/graphql' },
    };
  const result = await graphql({
    schema: schema(),
    source: request.query,
    variableValues: request.variables ?? {},
    rootValue: rootValue(ctx, caller),
  });
  if (!result.errors) return { status: 200, body: { data: result.data } };
  const errors = result.errors.map((error) => ({
    ...(error.originalError instanceof GitHubGraphQLError ? { type: error.originalError.type } : {}),
    path: error.path,
    locations: error.locations,
    message: error.message,
  }));
  return { status: 200, body: { ...(result.data !== undefined ? { data: result.data } : {}), errors } };
}

/** Merges every pull request whose auto-merge is on and whose requirements are now met. */
export async function sweepAutoMerge(
  ctx: EmulatorContext,
  merge: (pull: Pull, method: MergeMethod, by: string) => Promise<unknown>,
): Promise<void> {
  for (const pull of ctx.state.pulls) {
    if (!pull.autoMerge || pull.merged || issueOfPull(ctx, pull).state !== 'open') continue;
    const blockers = await mergeBlockers(ctx, pull, await pullHeadSha(ctx, pull), pull.autoMerge.enabledBy);
    if (blockers.length === 0) await merge(pull, pull.autoMerge.method, pull.autoMerge.enabledBy.login);
  }
}
