import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  startEmulator,
  type Emulator,
  type EmulatorOptions,
  type Permission,
} from '../bench/emulator/index.js';
import { startWebhookReceiver, type WebhookReceiver } from '../bench/receivers/index.js';
import { startPostgres, type Postgres } from '../e2e/support/postgres.js';
import { rerunFailedJobs, runWorkflow } from './run.js';
import {
  createSampleProject,
  startTarget,
  type DeployTarget,
  type SampleProject,
  type SampleProjectOptions,
} from './sample-project.js';
import type { EnvironmentDecision, EnvironmentReview, RunnerEvent, WorkflowRun } from './types.js';

/**
 * Everything a pipeline run needs, started together and stopped together:
 * the GitHub API emulator on the project's bare origin, the staging and
 * production targets, a webhook receiver for announcements, and the runner.
 */

export interface PipelineHarness {
  project: SampleProject;
  emulator: Emulator;
  staging: DeployTarget;
  production: DeployTarget;
  webhook: WebhookReceiver;
  /** With `database`: the PostgreSQL server, one database per environment. */
  database?: HarnessDatabase;
  release(options?: RunRequest): Promise<WorkflowRun>;
  hotfix(inputs: Record<string, string | boolean>, options?: RunRequest): Promise<WorkflowRun>;
  rerun(previous: WorkflowRun, options?: RunRequest): Promise<WorkflowRun>;
  /** Origin's refs, for asserting what the pipeline pushed. */
  refs(): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

export interface RunRequest {
  inputs?: Record<string, string | boolean>;
  actor?: string;
  environments?: Record<string, EnvironmentDecision | EnvironmentReview>;
  onEvent?: (event: RunnerEvent) => void;
  /** "Cancel workflow": aborting it cancels the run. */
  signal?: AbortSignal;
}

export interface HarnessDatabase {
  server: Postgres;
  /** The schema version of an environment's database: its newest applied migration, 0 for none. */
  schema(environment: string): number;
}

export interface HarnessOptions extends Omit<SampleProjectOptions, 'targets' | 'database'> {
  /** A real PostgreSQL server (Debian's): each environment gets a database, each deploy migrates it. */
  database?: boolean;
  users?: Record<string, Permission>;
  productionStrategy?: 'direct' | 'blue-green' | 'canary';
  /** nginx (the default: tests fail, not skip, without it) or simple (one instance on a port, direct only). */
  kind?: 'nginx' | 'simple';
  /** The library checkout whose workflows and bundles run; default this one. */
  actionsRoot?: string;
  /** Branch protection, rulesets and merge settings of the repository. */
  protection?: Pick<EmulatorOptions, 'protectedBranches' | 'rulesets' | 'repositorySettings'>;
  /**
   * Jobs clone and push over HTTP with their GITHUB_TOKEN, judged by the origin's hook as GitHub would
   * (branch protection, rulesets, contents: write). Default: on whenever `protection` is given.
   */
  gitOverHttp?: boolean;
  /** Repository secrets besides the webhook's, as the caller's `secrets: inherit` passes them. */
  secrets?: Record<string, string>;
}

export async function startPipelineHarness(options: HarnessOptions = {}): Promise<PipelineHarness> {
  const [staging, production, webhook] = await Promise.all([
    startTarget('staging', { kind: options.kind ?? 'nginx', strategy: 'direct' }),
    startTarget('production', {
      kind: options.kind ?? 'nginx',
      strategy: options.productionStrategy ?? 'blue-green',
    }),
    startWebhookReceiver({ secret: 'hook-secret' }),
  ]);
  const database = options.database ? await startDatabase([staging, production]) : undefined;
  const project = await createSampleProject({
    ...options,
    targets: [staging, production],
    database: database && {
      psql: join(database.server.binDir, 'psql'),
      urls: Object.fromEntries(
        [staging, production].map((t) => [t.environment, database.url(t.environment)]),
      ),
    },
  });
  const emulator = await startEmulator({
    gitDir: project.fixture.origin,
    users: options.users ?? { octocat: 'admin', mona: 'maintain', dana: 'write' },
    ...options.protection,
  });
  const overHttp = options.gitOverHttp ?? options.protection !== undefined;
  // Repository secrets, named as GitHub lets a repository name them; secrets: inherit passes them on.
  const secrets = {
    WEBHOOK_URL: webhook.webhookUrl,
    WEBHOOK_SECRET: 'hook-secret',
    ...options.secrets,
  };
  // Each run's folder (workspaces, artifacts) goes when the harness stops.
  const runDirectories = new Set<string>();
  const keep = async (running: Promise<WorkflowRun>): Promise<WorkflowRun> => {
    const run = await running;
    runDirectories.add(run.directory);
    return run;
  };
  const base = (request: RunRequest) => ({
    eventName: options.trigger === 'push' ? 'push' : 'workflow_dispatch',
    origin: project.fixture.origin,
    ...(overHttp ? { gitUrl: emulator.gitUrl } : {}),
    apiUrl: emulator.url,
    env: project.env,
    secrets,
    // Every job's GITHUB_TOKEN is scoped to its permissions: the emulator refuses the rest.
    issueToken: emulator.issueToken,
    actor: request.actor ?? 'octocat',
    environments: request.environments,
    onEvent: request.onEvent,
    signal: request.signal,
    actionsRoot: options.actionsRoot,
  });
  return {
    project,
    emulator,
    staging,
    production,
    webhook,
    database,
    release: (request = {}) =>
      keep(runWorkflow(project.releaseWorkflow, { ...base(request), inputs: request.inputs ?? {} })),
    hotfix: (inputs, request = {}) => keep(runWorkflow(project.hotfixWorkflow, { ...base(request), inputs })),
    rerun: (previous, request = {}) =>
      keep(rerunFailedJobs(previous.file, { ...base(request), inputs: request.inputs, previous })),
    refs: () => emulator.refs(),
    async stop() {
      const closing = [staging.stop(), production.stop(), webhook.close(), project.cleanup()];
      for (const directory of runDirectories) closing.push(rm(directory, { recursive: true, force: true }));
      await Promise.allSettled(closing);
      // After the services that read it.
      await database?.server.stop();
      // Last, so that a request the emulator found invalid fails the test.
      await emulator.close();
    },
  };
}

/** One database per environment, named after it, on one server. */
async function startDatabase(
  targets: DeployTarget[],
): Promise<HarnessDatabase & { url(environment: string): string }> {
  const server = await startPostgres();
  const name = (environment: string) => environment.replace(/[^a-z0-9]/gi, '_').toLowerCase();
  for (const target of targets) server.query(`CREATE DATABASE ${name(target.environment)}`);
  const url = (environment: string) => server.url.replace(/\/postgres$/, `/${name(environment)}`);
  return {
    server,
    url,
    schema(environment) {
      const result = spawnSync(
        join(server.binDir, 'psql'),
        [url(environment), '-X', '-At', '-c', "SELECT to_regclass('schema_migrations') IS NOT NULL"],
        { encoding: 'utf8' },
      );
      if (result.stdout.trim() !== 't') return 0;
      const version = spawnSync(
        join(server.binDir, 'psql'),
        [url(environment), '-X', '-At', '-c', 'SELECT coalesce(max(version), 0) FROM schema_migrations'],
        { encoding: 'utf8' },
      );
      return Number(version.stdout.trim());
    },
  };
}

/** release.yml's monorepo jobs as a run without components leaves them: every one skipped. */
export const COMPONENT_JOBS_SKIPPED = {
  'component-build': 'skipped',
  'component-staging': 'skipped',
  'component-production': 'skipped',
  'component-announce': 'skipped',
  'component-report-failure': 'skipped',
  'component-finalize': 'skipped',
} as const;

/** One line per job, for failure messages that say where a run went wrong. */
export function describeRun(run: WorkflowRun): string {
  const lines: string[] = [];
  const walk = (current: WorkflowRun, indent: string) => {
    for (const [id, job] of Object.entries(current.jobs)) {
      lines.push(`${indent}${id}: ${job.result}${job.reason ? ` (${job.reason})` : ''}`);
      for (const step of job.steps.filter((s) => s.conclusion === 'failure' || s.outcome === 'failure')) {
        lines.push(
          `${indent}  ✗ ${step.name}: ${step.annotations.map((a) => a.message).join(' | ') || step.log.slice(-600)}`,
        );
      }
      if (job.workflow) walk(job.workflow, `${indent}  `);
    }
  };
  walk(run, '');
  return lines.join('\n');
}

/** The jobs of the pipeline itself: the called workflow's, under the caller's single job. */
export function pipelineJobs(run: WorkflowRun): WorkflowRun['jobs'] {
  const caller = Object.values(run.jobs)[0];
  return caller?.workflow?.jobs ?? run.jobs;
}
