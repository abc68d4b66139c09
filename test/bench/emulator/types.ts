// The emulator's public types: options, the call log, faults, violations and seeding inputs.
import type { EmulatorState } from './state.js';
import type { BranchProtectionConfig, RepositorySettings, RulesetConfig } from './protection.js';
import type { PushLogEntry } from './git-http.js';

export type { BranchProtectionConfig, RepositorySettings, RulesetConfig, PushLogEntry };

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface EmulatorOptions {
  /** The only token accepted (as `token <t>` or `Bearer <t>`). Default 'test-token'. */
  token?: string;
  /** Default 'acme'. Requests for any other owner/repo answer 404. */
  owner?: string;
  /** Default 'app'. */
  repo?: string;
  /** A bare git repository that refs, tags, commits and compare are read from and written to. */
  gitDir?: string;
  /** Base of html_url values. Default 'https://github.com'. */
  serverUrl?: string;
  /** Default 'main'. */
  defaultBranch?: string;
  /** Collaborators and their permission, for repos/get-collaborator-permission-level. */
  users?: Record<string, Permission>;
  /** Published releases refuse asset uploads and deletes, as with GitHub's immutable releases. */
  immutableReleases?: boolean;
  /**
   * How long a newly created release is missing from the releases list, as GitHub's list lags
   * behind its writes (it is served from a replica). Reads by id are never late. Default 0.
   */
  releaseListLagMs?: number;
  /** The login the token belongs to: author of releases, creator of deployments. Default 'github-actions[bot]'. */
  actor?: string;
  /** Default 0: a free port. */
  port?: number;
  /** Classic branch protection by branch name. */
  protectedBranches?: Record<string, BranchProtectionConfig>;
  rulesets?: RulesetConfig[];
  /** Merge methods and auto-merge allowed on the repository (GitHub's defaults: all methods, no auto-merge). */
  repositorySettings?: Partial<RepositorySettings>;
}

export interface CallRecord {
  method: string;
  /** The request path without its query string, as sent (percent-encoding kept). */
  path: string;
  /** Undefined for a route that is not an API operation (asset downloads, unknown routes). */
  operationId: string | undefined;
  status: number;
  query: Record<string, string>;
  requestBody: unknown;
  responseBody: unknown;
  /** Milliseconds since the epoch when the request arrived. */
  at: number;
  /** Set when an injected fault answered (or dropped) the request. */
  fault?: boolean;
  /** Set when the job token lacked the permission the operation needs (403). */
  forbidden?: boolean;
}

export interface Violation {
  kind: 'request' | 'response' | 'route' | 'handler';
  method: string;
  path: string;
  operationId?: string;
  message: string;
}

export interface FaultSpec {
  operationId?: string;
  method?: string;
  /** A RegExp tested against the request path, or a string that must equal it. */
  path?: RegExp | string;
  /** Answer with this status instead of the real answer. */
  status?: number;
  /** How many matching requests the fault applies to. Default 1. */
  times?: number;
  /** Seconds, sent as the retry-after header. */
  retryAfter?: number;
  /** Wait this long first; then answer normally unless `status` is set. */
  delayMs?: number;
  /** Destroy the socket without answering. */
  drop?: boolean;
  /** 403 with GitHub's secondary rate limit message and a retry-after header. */
  secondaryRateLimit?: boolean;
  /** Body of the faulted answer (defaults to a GitHub-shaped error for the status). */
  body?: unknown;
}

export interface SeedPullInput {
  number?: number;
  title: string;
  body?: string;
  /** Branch name of the head. */
  head: string;
  /** Branch name of the base. */
  base: string;
  /** The head commit; resolved from the head branch when omitted and the branch exists. */
  headSha?: string;
  mergeCommitSha?: string;
  /** Commit SHAs of the pull request, oldest first (listed by pulls/list-commits). */
  commits?: string[];
  state?: 'open' | 'closed';
  merged?: boolean;
  user?: string;
  labels?: string[];
}

export interface SeedReviewInput {
  user: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED';
  body?: string;
}

export interface SeedIssueInput {
  title: string;
  body?: string;
  labels?: string[];
  user?: string;
}

export interface SeedCheckRunInput {
  name: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion?:
    'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required' | null;
}

export interface SeedStatusInput {
  context: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  description?: string;
  targetUrl?: string;
}

export interface SeedCommitInput {
  message: string;
  /** Parent SHAs; defaults to the tip of `branch` when it exists. */
  parents?: string[];
  /** Branch (name under refs/heads) moved to the new commit. */
  branch?: string;
  files?: string[];
  author?: { name: string; email: string };
}

export interface Emulator {
  /** Base URL of the API, e.g. http://127.0.0.1:41234 (no trailing slash). */
  readonly url: string;
  /**
   * The repository over HTTP (`<url>/<owner>/<repo>.git`, git-backed only), as github.com serves it: the
   * token given as the Basic password decides who fetches and pushes, and the origin's pre-receive hook
   * applies branch protection and rulesets to that pusher.
   */
  readonly gitUrl: string;
  readonly port: number;
  readonly owner: string;
  readonly repo: string;
  readonly calls: CallRecord[];
  readonly violations: Violation[];
  readonly state: EmulatorState;
  callsTo(operationId: string): CallRecord[];
  fault(spec: FaultSpec): void;
  clearFaults(): void;
  /** Test hook: the next successful answer of `operationId` is passed through `mutate` before validation. */
  corruptNextResponse(operationId: string, mutate: (body: unknown) => unknown): void;
  /** Every ref (refs/heads/..., refs/tags/...) with the object it points to. */
  refs(): Promise<Record<string, string>>;
  seedPull(input: SeedPullInput): number;
  /** Records the review; an auto-merge it unblocks happens before this resolves. */
  seedReview(pull: number, input: SeedReviewInput): Promise<void>;
  seedIssue(input: SeedIssueInput): number;
  seedCheckRun(sha: string, input: SeedCheckRunInput): number;
  seedStatus(sha: string, input: SeedStatusInput): number;
  /** Adds a commit to the in-memory history (only without gitDir: with it, commit with git). */
  seedCommit(input: SeedCommitInput): Promise<string>;
  setPermission(user: string, level: Permission): void;
  /** Protects a branch (classic branch protection), or with no rule lifts its protection. */
  protectBranch(branch: string, rule?: BranchProtectionConfig): void;
  /** Adds a branch ruleset; returns its id. */
  addRuleset(ruleset: RulesetConfig): number;
  repositorySettings(settings: Partial<RepositorySettings>): void;
  /** A personal access token of `login`: it acts as that user, with the role setPermission gave. */
  userToken(login: string): string;
  /** Every ref update the origin's pre-receive hook saw, accepted or refused, oldest first. */
  pushLog(): Promise<PushLogEntry[]>;
  /** Lets pending auto-merges go ahead after state a test changed directly. */
  settle(): Promise<void>;
  /**
   * A GITHUB_TOKEN for one job, scoped like its `permissions:` (`{ contents: 'read', deployments: 'write' }`;
   * absent scopes are none). A call outside them answers 403 "Resource not accessible by integration".
   */
  issueToken(scopes: Record<string, 'none' | 'read' | 'write'>): string;
  /** Stops the server; rejects listing every violation recorded, if any. */
  close(): Promise<void>;
}
