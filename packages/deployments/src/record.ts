/**
 * GitHub's Deployments API as the record of what runs where. One instance reads
 * and writes the deployments of one environment; statuses are fetched once per
 * deployment and cached until `forget()`, because a scan asks about the same
 * few newest deployments several times (what is live, is anything in progress,
 * did this run already start one).
 */
import type { GitHubClient } from '../../kit/src/index.js';
import { parsePayload, readStatusDescription, type DeploymentPayload } from './payload.js';
import type { Phase, StrategyName } from './types.js';

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

const IN_PROGRESS: readonly DeploymentState[] = ['in_progress', 'queued', 'pending'];

export interface StatusEntry {
  id: number;
  state: DeploymentState;
  description: string;
  createdAt: number;
  logUrl: string;
  environmentUrl: string;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/** One deployment with its statuses (newest first) and what they say. */
export class RecordedDeployment {
  constructor(
    readonly id: number,
    readonly environment: string,
    readonly sha: string,
    readonly ref: string,
    readonly task: string,
    readonly createdAt: number,
    readonly rawPayload: unknown,
    readonly statuses: StatusEntry[],
  ) {}

  private parsed: { payload: DeploymentPayload | undefined } | undefined;

  /** Our payload; undefined for a deployment another tool (or GitHub itself) created. */
  get payload(): DeploymentPayload | undefined {
    this.parsed ??= { payload: parsePayload(this.rawPayload) };
    return this.parsed.payload;
  }

  /** The latest state, or `pending` for a deployment nobody has reported on yet. */
  get state(): DeploymentState {
    return this.statuses[0]?.state ?? 'pending';
  }

  get inProgress(): boolean {
    return IN_PROGRESS.includes(this.state);
  }

  /** Good: the newest state that is not `inactive` is `success` (it went live and was never failed). */
  get good(): boolean {
    return this.statuses.find((status) => status.state !== 'inactive')?.state === 'success';
  }

  get everSucceeded(): boolean {
    return this.statuses.some((status) => status.state === 'success');
  }

  /** Ours, or one we adopted and described: either way the version is known. */
  get version(): string | undefined {
    if (this.payload) return this.payload.version;
    for (const status of this.statuses) {
      const version = readStatusDescription(status.description).version;
      if (version) return version;
    }
    return undefined;
  }

  get strategy(): StrategyName | undefined {
    return this.payload?.strategy;
  }

  /**
   * The slot that serves traffic when this deployment is live: the newest status
   * naming one (a retried attempt may have picked another slot than the payload
   * planned), else the payload's.
   */
  get slot(): string | undefined {
    for (const status of this.statuses) {
      const slot = readStatusDescription(status.description).slot;
      if (slot) return slot;
    }
    return this.payload?.slot;
  }

  /** How far it got: the phase named by its newest status that names one. */
  get phase(): Phase | undefined {
    for (const status of this.statuses) {
      const phase = readStatusDescription(status.description).phase;
      if (phase) return phase;
    }
    return undefined;
  }

  /** The run that made it: from our payload, or from the run link on its statuses. */
  belongsToRun(runId: string): boolean {
    if (!runId) return false;
    if (this.payload) return this.payload.run_id === runId;
    return this.statuses.some((status) => new RegExp(`/actions/runs/${runId}(/|$)`).test(status.logUrl));
  }

  get environmentUrl(): string | undefined {
    return this.statuses.find((status) => status.environmentUrl)?.environmentUrl || undefined;
  }

  /** When anything last happened to it: its newest status, or its creation. */
  get lastActivity(): number {
    return this.statuses[0]?.createdAt ?? this.createdAt;
  }
}

export interface CreateDeploymentInput {
  ref: string;
  task: string;
  payload: DeploymentPayload;
  description: string;
  production: boolean;
}

export interface StatusInput {
  description: string;
  logUrl?: string;
  environmentUrl?: string;
  autoInactive?: boolean;
}

const PAGE = 50;

interface RawDeployment {
  id: number;
  environment: string;
  sha: string;
  ref: string;
  task: string;
  created_at: string;
  payload: unknown;
}

export class DeploymentRecord {
  private readonly statusCache = new Map<number, StatusEntry[]>();
  private pages: RawDeployment[][] | undefined;

  constructor(
    readonly octokit: GitHubClient,
    readonly repo: RepoRef,
    readonly environment: string,
    /** The most deployments any scan looks at (newest first). */
    readonly maxScan = 200,
    /**
     * A monorepo component: its deployments carry the task `deploy:<component>` and only they are
     * read, because every component shares the environment and its history would otherwise offer
     * another component's version as this one's last good version.
     */
    readonly component?: string,
  ) {}

  /** The task a deploy records: GitHub's default `deploy`, or the component's own. */
  get deployTask(): string {
    return this.component ? `deploy:${this.component}` : 'deploy';
  }

  /** A component's rollback stays in its task (the list is filtered by it); the payload says it is one. */
  get rollbackTask(): string {
    return this.component ? this.deployTask : 'deploy:rollback';
  }

  /** Drops cached statuses and lists, so the next scan sees what changed since. */
  forget(): void {
    this.statusCache.clear();
    this.pages = undefined;
  }

  private async statusesOf(id: number): Promise<StatusEntry[]> {
    const cached = this.statusCache.get(id);
    if (cached) return cached;
    const { data } = await this.octokit.rest.repos.listDeploymentStatuses({
      ...this.repo,
      deployment_id: id,
      per_page: 100,
    });
    const statuses = data
      .map((status) => ({
        id: status.id,
        state: status.state as DeploymentState,
        description: status.description ?? '',
        createdAt: Date.parse(status.created_at),
        logUrl: status.log_url ?? status.target_url ?? '',
        environmentUrl: status.environment_url ?? '',
      }))
      // Newest first, whatever order the server used; ids grow with time.
      .sort((a, b) => b.id - a.id);
    this.statusCache.set(id, statuses);
    return statuses;
  }

  private async toRecorded(raw: RawDeployment): Promise<RecordedDeployment> {
    const statuses = await this.statusesOf(raw.id);
    return new RecordedDeployment(
      raw.id,
      raw.environment,
      raw.sha,
      raw.ref,
      raw.task,
      Date.parse(raw.created_at),
      raw.payload,
      statuses,
    );
  }

  /** The environment's deployments, newest first, each with its statuses (fetched as it is reached). */
  async *newestFirst(): AsyncGenerator<RecordedDeployment> {
    this.pages ??= [];
    let seen = 0;
    for (let page = 1; seen < this.maxScan; page += 1) {
      let items = this.pages[page - 1];
      if (!items) {
        const { data } = await this.octokit.rest.repos.listDeployments({
          ...this.repo,
          environment: this.environment,
          ...(this.component ? { task: this.deployTask } : {}),
          per_page: PAGE,
          page,
        });
        items = [...data].sort((a, b) => b.id - a.id);
        this.pages[page - 1] = items;
      }
      for (const raw of items) {
        if (seen >= this.maxScan) return;
        seen += 1;
        yield await this.toRecorded(raw);
      }
      if (items.length < PAGE) return;
    }
  }

  async find(
    predicate: (deployment: RecordedDeployment) => boolean,
  ): Promise<RecordedDeployment | undefined> {
    for await (const deployment of this.newestFirst()) if (predicate(deployment)) return deployment;
    return undefined;
  }

  /**
   * Like `find`, among recent deployments only: those newer than the live one and
   * `beyond` more, which is where a run's own work is (a run does not outlive many deployments).
   */
  async findRecent(
    predicate: (deployment: RecordedDeployment) => boolean,
    beyond = 10,
  ): Promise<RecordedDeployment | undefined> {
    let budget: number | undefined;
    for await (const deployment of this.newestFirst()) {
      if (predicate(deployment)) return deployment;
      if (budget === undefined && deployment.state === 'success') budget = beyond;
      else if (budget !== undefined && --budget < 0) return undefined;
    }
    return undefined;
  }

  /** What serves the environment now: the newest deployment in state `success`, else the newest good one. */
  async live(): Promise<RecordedDeployment | undefined> {
    let newestGood: RecordedDeployment | undefined;
    for await (const deployment of this.newestFirst()) {
      if (deployment.state === 'success') return deployment;
      if (deployment.good) newestGood ??= deployment;
    }
    return newestGood;
  }

  /** One deployment by id, refreshed. */
  async get(id: number): Promise<RecordedDeployment> {
    this.statusCache.delete(id);
    const { data } = await this.octokit.rest.repos.getDeployment({ ...this.repo, deployment_id: id });
    return this.toRecorded(data);
  }

  /**
   * Creates a deployment without the client's automatic retry: a POST whose answer
   * was lost may have been carried out, so before trying again we look for it by
   * the payload's run and attempt and use it if it is there.
   */
  async create(input: CreateDeploymentInput, attempts = 4, backoffMs = 500): Promise<RecordedDeployment> {
    const matches = (deployment: RecordedDeployment) =>
      deployment.payload?.run_id === input.payload.run_id &&
      deployment.payload.run_attempt === input.payload.run_attempt &&
      deployment.payload.version === input.payload.version &&
      deployment.payload.rollback_of === input.payload.rollback_of;
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      if (attempt > 1) {
        await new Promise((done) => setTimeout(done, backoffMs * (attempt - 1) ** 2));
        this.forget();
        const made = await this.find(matches);
        if (made) return made;
      }
      try {
        const response = await this.octokit.rest.repos.createDeployment({
          ...this.repo,
          ref: input.ref,
          task: input.task,
          environment: this.environment,
          payload: input.payload as unknown as Record<string, unknown>,
          description: input.description,
          // The gates ran before: no merge of the default branch, no commit-status check here.
          auto_merge: false,
          required_contexts: [],
          production_environment: input.production,
          transient_environment: false,
          request: { retries: 0 },
        });
        const data = response.data as { id?: number; message?: string };
        if (response.status !== 201 || typeof data.id !== 'number') {
          throw new Error(
            `GitHub did not create the deployment: ${data.message ?? `status ${response.status}`}`,
          );
        }
        this.forget();
        return await this.get(data.id);
      } catch (thrown) {
        lastError = thrown;
        const status = (thrown as { status?: number }).status;
        // Client errors (a missing ref, no permission) will not get better by trying again; rate limits
        // were already waited out by the client's throttling.
        if (status !== undefined && status < 500) throw thrown;
      }
    }
    throw lastError;
  }

  async setStatus(deployment: { id: number }, state: DeploymentState, input: StatusInput): Promise<void> {
    await this.octokit.rest.repos.createDeploymentStatus({
      ...this.repo,
      deployment_id: deployment.id,
      state,
      description: input.description,
      ...(input.logUrl ? { log_url: input.logUrl } : {}),
      ...(input.environmentUrl ? { environment_url: input.environmentUrl } : {}),
      ...(input.autoInactive !== undefined ? { auto_inactive: input.autoInactive } : {}),
    });
    this.statusCache.delete(deployment.id);
    this.pages = undefined;
  }
}
