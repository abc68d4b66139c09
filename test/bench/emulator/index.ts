// A local GitHub REST API for tests: real HTTP on 127.0.0.1, in-memory state (or a real bare
// git repository for git data), every request and answer checked against GitHub's description.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { checkHandlers, addCheckRun, addStatus } from './api-checks.js';
import { collaboratorHandlers } from './api-collaborators.js';
import { commitHandlers } from './api-commits.js';
import { deploymentHandlers } from './api-deployments.js';
import { environmentHandlers } from './api-environments.js';
import { gitHandlers } from './api-git.js';
import { createIssue, issueHandlers } from './api-issues.js';
import { createPull, pullHandlers } from './api-pulls.js';
import { releaseHandlers } from './api-releases.js';
import { protectionHandlers } from './api-protection.js';
import { detachHook, installHook, readPushLog } from './git-http.js';
import { sweepAutoMerge } from './graphql.js';
import { mergePull } from './merge.js';
import { DEFAULT_SETTINGS, type ProtectionState } from './protection.js';
import type { EmulatorContext, Handlers } from './context.js';
import { FaultBook } from './faults.js';
import { BareGitStore } from './git-bare.js';
import { MemoryGitStore } from './git-memory.js';
import { OpenApi } from './openapi.js';
import { ApiServer } from './server.js';
import { actorIdentity } from './shapes.js';
import { EmulatorState, timestamp } from './state.js';
import type { CallRecord, Emulator, EmulatorOptions, RulesetConfig, Violation } from './types.js';

export type * from './types.js';
export type { EmulatorState } from './state.js';

export const handlers: Handlers = {
  ...gitHandlers,
  ...commitHandlers,
  ...pullHandlers,
  ...issueHandlers,
  ...releaseHandlers,
  ...deploymentHandlers,
  ...environmentHandlers,
  ...collaboratorHandlers,
  ...checkHandlers,
  ...protectionHandlers,
};

let loaded: OpenApi | undefined;

/** The extract is parsed once per process; schemas compile lazily on first use. */
export function openApi(): OpenApi {
  loaded ??= OpenApi.load();
  return loaded;
}

/** Every operation in the extract has a handler and every handler an operation: no silent gaps. */
function checkCoverage(api: OpenApi): void {
  const missing = [...api.operations.keys()].filter((id) => !handlers[id]);
  const extra = Object.keys(handlers).filter((id) => !api.operations.has(id));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `emulator and extract disagree: no handler for [${missing.join(', ')}], not in extract [${extra.join(', ')}]`,
    );
  }
}

function describeViolations(violations: Violation[]): string {
  const lines = violations.map(
    (v) => `- [${v.kind}] ${v.method} ${v.path}${v.operationId ? ` (${v.operationId})` : ''}: ${v.message}`,
  );
  return `GitHub API emulator recorded ${violations.length} violation(s):\n${lines.join('\n')}`;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const api = openApi();
  checkCoverage(api);
  const state = new EmulatorState();
  for (const [login, level] of Object.entries(options.users ?? {})) state.permissions.set(login, level);
  const defaultBranch = options.defaultBranch ?? 'main';
  const protection: ProtectionState = {
    branches: new Map(Object.entries(options.protectedBranches ?? {})),
    rulesets: [],
    settings: { ...DEFAULT_SETTINGS, ...options.repositorySettings },
  };
  let nextRulesetId = 1000;
  const addRuleset = (ruleset: RulesetConfig): number => {
    const id = (nextRulesetId += 1);
    protection.rulesets.push({ ...ruleset, id });
    return id;
  };
  for (const ruleset of options.rulesets ?? []) addRuleset(ruleset);
  const context: EmulatorContext = {
    owner: options.owner ?? 'acme',
    repo: options.repo ?? 'app',
    defaultBranch,
    serverUrl: (options.serverUrl ?? 'https://github.com').replace(/\/$/, ''),
    actor: options.actor ?? 'github-actions[bot]',
    immutableReleases: options.immutableReleases ?? false,
    releaseListLagMs: options.releaseListLagMs ?? 0,
    state,
    git: undefined as never,
    gitBacked: options.gitDir !== undefined,
    gitDir: options.gitDir,
    protection,
    apiUrl: '',
    afterChange: async () => {
      await sweepAutoMerge(context, (pull, method, by) => mergePull(context, pull, { method, by }));
    },
  };
  const memory = options.gitDir
    ? undefined
    : new MemoryGitStore(defaultBranch, actorIdentity(context, new Date(0)));
  Object.assign(context, { git: memory ?? new BareGitStore(options.gitDir as string) });

  const calls: CallRecord[] = [];
  const violations: Violation[] = [];
  const faults = new FaultBook();
  const corruptions = new Map<string, (body: unknown) => unknown>();
  const issuedTokens = new Map<string, Record<string, 'none' | 'read' | 'write'>>();
  const userTokens = new Map<string, string>();
  const { server } = new ApiServer({
    issuedTokens,
    userTokens,
    context,
    openapi: api,
    handlers,
    token: options.token ?? 'test-token',
    faults,
    calls,
    violations,
    corruptions,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  context.apiUrl = `http://127.0.0.1:${port}`;
  if (options.gitDir) await installHook(options.gitDir, context.apiUrl);

  const emulator: Emulator = {
    url: context.apiUrl,
    gitUrl: `${context.apiUrl}/${context.owner}/${context.repo}.git`,
    port,
    owner: context.owner,
    repo: context.repo,
    calls,
    violations,
    state,
    callsTo: (operationId) => calls.filter((c) => c.operationId === operationId),
    fault: (spec) => faults.add(spec),
    clearFaults: () => faults.clear(),
    corruptNextResponse: (operationId, mutate) => {
      if (!api.operations.has(operationId)) throw new Error(`unknown operation ${operationId}`);
      corruptions.set(operationId, mutate);
    },
    refs: async () => Object.fromEntries((await context.git.listRefs()).map((r) => [r.ref, r.sha])),
    seedPull: (input) =>
      createPull(context, {
        ...input,
        body: input.body ?? null,
        mergeCommitSha: input.mergeCommitSha,
      }),
    seedReview: async (pull, input) => {
      if (!state.pull(pull)) throw new Error(`no pull request #${pull}`);
      state.reviews.push({
        id: state.nextId('review'),
        pull,
        user: input.user,
        state: input.state,
        body: input.body ?? '',
        commitId: state.pull(pull)?.headSha ?? null,
        submittedAt: timestamp(),
      });
      await context.afterChange();
    },
    seedIssue: (input) => createIssue(context, input).number,
    seedCheckRun: (sha, input) => {
      const completed = input.status === 'completed';
      return addCheckRun(context, {
        headSha: sha,
        name: input.name,
        status: input.status,
        conclusion: input.conclusion ?? null,
        startedAt: timestamp(),
        completedAt: completed ? timestamp() : null,
        detailsUrl: null,
        externalId: null,
        output: { title: null, summary: null, text: null },
      }).id;
    },
    seedStatus: (sha, input) =>
      addStatus(context, {
        sha,
        context: input.context,
        state: input.state,
        description: input.description ?? null,
        targetUrl: input.targetUrl ?? null,
        creator: context.actor,
      }).id,
    seedCommit: async (input) => {
      if (!memory)
        throw new Error('seedCommit works on the in-memory history; with gitDir, commit and push with git');
      const tip = input.branch ? (await memory.getRef(`refs/heads/${input.branch}`))?.sha : undefined;
      const author = input.author ?? { name: context.actor, email: actorIdentity(context).email };
      const sha = memory.addCommit({
        message: input.message,
        parents: input.parents ?? (tip ? [tip] : []),
        files: input.files,
        author: { ...author, date: new Date().toISOString() },
      });
      if (input.branch) await memory.setRef(`refs/heads/${input.branch}`, sha);
      return sha;
    },
    setPermission: (user, level) => {
      state.permissions.set(user, level);
    },
    protectBranch: (branch, rule) => {
      if (rule) protection.branches.set(branch, rule);
      else protection.branches.delete(branch);
    },
    addRuleset,
    repositorySettings: (settings) => Object.assign(protection.settings, settings),
    userToken: (login) => {
      const token = `ghp_${randomBytes(18).toString('hex').slice(0, 36)}`;
      userTokens.set(token, login);
      return token;
    },
    pushLog: async () => (options.gitDir ? readPushLog(options.gitDir) : []),
    settle: () => context.afterChange(),
    issueToken: (scopes) => {
      // ghs_ like GitHub's installation tokens: 36 characters after the prefix.
      const token = `ghs_${randomBytes(18).toString('hex').slice(0, 36)}`;
      issuedTokens.set(token, { ...scopes });
      return token;
    },
    close: async () => {
      if (options.gitDir) await detachHook(options.gitDir);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (violations.length > 0) throw new Error(describeViolations(violations));
    },
  };
  return emulator;
}
