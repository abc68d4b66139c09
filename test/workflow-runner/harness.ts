import { rm } from 'node:fs/promises';
import { startEmulator, type Emulator, type Permission } from '../bench/emulator/index.js';
import { startWebhookReceiver, type WebhookReceiver } from '../bench/receivers/index.js';
import { rerunFailedJobs, runWorkflow } from './run.js';
import {
  createSampleProject,
  startTarget,
  type DeployTarget,
  type SampleProject,
  type SampleProjectOptions,
} from './sample-project.js';
import type { EnvironmentDecision, RunnerEvent, WorkflowRun } from './types.js';

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
  environments?: Record<string, EnvironmentDecision>;
  onEvent?: (event: RunnerEvent) => void;
  /** "Cancel workflow": aborting it cancels the run. */
  signal?: AbortSignal;
}

export interface HarnessOptions extends Omit<SampleProjectOptions, 'targets'> {
  users?: Record<string, Permission>;
  productionStrategy?: 'direct' | 'blue-green' | 'canary';
  /** nginx (the default: tests fail, not skip, without it) or simple (one instance on a port, direct only). */
  kind?: 'nginx' | 'simple';
  /** The library checkout whose workflows and bundles run; default this one. */
  actionsRoot?: string;
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
  const project = await createSampleProject({ ...options, targets: [staging, production] });
  const emulator = await startEmulator({
    gitDir: project.fixture.origin,
    users: options.users ?? { octocat: 'admin', mona: 'maintain', dana: 'write' },
  });
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
    eventName: 'workflow_dispatch',
    origin: project.fixture.origin,
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
    release: (request = {}) =>
      keep(runWorkflow(project.releaseWorkflow, { ...base(request), inputs: request.inputs ?? {} })),
    hotfix: (inputs, request = {}) => keep(runWorkflow(project.hotfixWorkflow, { ...base(request), inputs })),
    rerun: (previous, request = {}) =>
      keep(rerunFailedJobs(previous.file, { ...base(request), inputs: request.inputs ?? {}, previous })),
    refs: () => emulator.refs(),
    async stop() {
      const closing = [staging.stop(), production.stop(), webhook.close(), project.cleanup()];
      for (const directory of runDirectories) closing.push(rm(directory, { recursive: true, force: true }));
      await Promise.allSettled(closing);
      // Last, so that a request the emulator found invalid fails the test.
      await emulator.close();
    },
  };
}

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
