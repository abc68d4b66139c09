import type { RunCancellation } from './cancellation.js';
import type { Contexts, StatusFunctions } from './expressions.js';
import type { Scopes } from './permissions.js';
import type { RunOptions, RunnerEvent, StepOutcome } from './types.js';
import type { Mapping, WorkflowDefinition } from './workflow-file.js';

/** What a run and each of its jobs carry while they execute. */

export interface RunState {
  options: RunOptions;
  workflow: WorkflowDefinition;
  /** The run's folder, shared by nested reusable workflows (artifacts are per run). */
  directory: string;
  artifacts: string;
  home: string;
  toolCache: string;
  eventPath: string;
  runId: string;
  attempt: number;
  /** Prefix of job folders, for jobs of a nested reusable workflow. */
  prefix: string;
  actionsRoot: string;
  repository: string;
  github: Record<string, unknown>;
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
  vars: Record<string, string>;
  /** Workflow-level env, evaluated once. */
  env: Record<string, string>;
  masks: Set<string>;
  /** What a job that declares no permissions gets: the caller's grant, or the repository default. */
  grant: Scopes;
  cancellation: RunCancellation;
  emit(event: RunnerEvent): void;
}

export interface StepRecord {
  outputs: Record<string, string>;
  outcome: StepOutcome;
  conclusion: StepOutcome;
}

export interface JobState {
  run: RunState;
  id: string;
  definition: Mapping;
  workspace: string;
  temp: string;
  env: Record<string, string>;
  /** Set by GITHUB_ENV in earlier steps. */
  exported: Record<string, string>;
  /** Added by GITHUB_PATH in earlier steps, newest first. */
  paths: string[];
  steps: Record<string, StepRecord>;
  needs: Record<string, { result: string; outputs: Record<string, string> }>;
  failed: boolean;
  summary: string[];
  /** Post steps of actions that have one, run after the main steps in reverse order. */
  post: (() => Promise<void>)[];
  shell?: string;
  workingDirectory?: string;
  /** The job's GITHUB_TOKEN, scoped to `scopes`. */
  token: string;
  scopes: Scopes;
  /** Set once the job is being cancelled (run cancelled, job timeout, concurrency): later steps see cancelled(). */
  cancelled: boolean;
  cancelReason?: string;
  /** Stops the running step's process; re-made for each step. */
  stepAbort?: AbortController;
  /** The running step's `if:`, re-evaluated when the job is cancelled. */
  stepCondition?: unknown;
  /** A matrix leg's values, and its place in the strategy. */
  matrix?: Record<string, unknown>;
  strategy?: Record<string, unknown>;
}

export function mask(run: RunState, text: string): string {
  let shown = text;
  for (const secret of [...run.masks].sort((a, b) => b.length - a.length)) {
    if (secret) shown = shown.split(secret).join('***');
  }
  return shown;
}

export const runnerContext = (run: RunState, temp: string) => ({
  os: 'Linux',
  arch: 'X64',
  name: 'local-runner',
  environment: 'self-hosted',
  temp,
  tool_cache: run.toolCache,
  debug: '',
});

/** Every context a step's expressions can see. */
export function stepContexts(job: JobState, stepEnv: Record<string, string> = {}): Contexts {
  const { run } = job;
  return {
    github: { ...run.github, job: job.id, workspace: job.workspace, token: job.token },
    env: { ...run.env, ...job.env, ...job.exported, ...stepEnv },
    vars: run.vars,
    secrets: { ...run.secrets, GITHUB_TOKEN: job.token },
    inputs: run.inputs,
    needs: job.needs,
    steps: job.steps,
    job: {
      status: job.cancelled ? 'cancelled' : job.failed ? 'failure' : 'success',
      container: {},
      services: {},
    },
    runner: runnerContext(run, job.temp),
    strategy: job.strategy ?? {},
    matrix: job.matrix ?? {},
  };
}

/** success() of a step is false once a step failed or the job is being cancelled; cancelled() is the latter. */
export function stepStatus(job: JobState): StatusFunctions {
  return {
    success: () => !job.failed && !job.cancelled,
    failure: () => job.failed,
    cancelled: () => job.cancelled,
  };
}

export function stringMap(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, item]) => [
      key,
      item === null || item === undefined ? '' : String(item),
    ]),
  );
}
