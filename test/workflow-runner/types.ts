/** The local workflow runner's public shapes: what a run is given and what it reports. */

export type JobResult = 'success' | 'failure' | 'cancelled' | 'skipped';
export type StepOutcome = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: Record<string, string>;
}

export interface StepReport {
  id: string;
  name: string;
  /** What the step did, before continue-on-error. */
  outcome: StepOutcome;
  /** What counts for the job, after continue-on-error. */
  conclusion: StepOutcome;
  outputs: Record<string, string>;
  /** The step's output as the log shows it: masked values are ***. */
  log: string;
  annotations: Annotation[];
  durationMs: number;
  /** `uses:` of the step, when it ran an action. */
  uses?: string;
  /** Why the runner itself failed the step (a missing bundle, an unknown action). */
  error?: string;
}

export interface JobReport {
  id: string;
  name: string;
  result: JobResult;
  outputs: Record<string, string>;
  /** The job summary: every step's GITHUB_STEP_SUMMARY, in order. */
  summary: string;
  steps: StepReport[];
  environment?: {
    name: string;
    url?: string;
    decision: 'approved' | 'rejected';
    /** The deployment GitHub creates for the job (made before its steps; the steps are not told its id). */
    deploymentId?: number;
    /** The job's log, as GitHub links it from the deployment's statuses. */
    logUrl?: string;
  };
  concurrency?: { group: string; cancelInProgress: boolean };
  /** The scopes of the job's GITHUB_TOKEN (for a job that calls a workflow: what it grants). */
  permissions?: Record<string, 'none' | 'read' | 'write'>;
  /** Set for a job that calls a reusable workflow: that workflow's run. */
  workflow?: WorkflowRun;
  /** Why the job did not run or stopped, when the runner knows better than a step. */
  reason?: string;
  durationMs: number;
  /** The attempt that produced this report (kept from an earlier attempt by a re-run). */
  attempt: number;
  /** A matrix job's legs, in the order they ran; the job's own report sums them up. */
  legs?: JobReport[];
}

export interface WorkflowRun {
  file: string;
  conclusion: 'success' | 'failure' | 'cancelled';
  jobs: Record<string, JobReport>;
  /** workflow_call outputs. */
  outputs: Record<string, string>;
  /** Jobs in the order they ran. */
  order: string[];
  runId: string;
  attempt: number;
  /** github.sha: the commit the run is for, kept by its re-runs as on GitHub. */
  sha: string;
  /** The inputs it was started with, which its re-runs take again: GitHub offers no way to change them. */
  inputs: Record<string, unknown>;
  /** The run's own folder: artifacts, job workspaces, temp files. */
  directory: string;
  annotations: (Annotation & { job: string; step: string })[];
  durationMs: number;
}

export type EnvironmentDecision = 'approve' | 'reject';

/**
 * An environment with required reviewers: the job waits (its deployment `queued`) until `review`
 * answers, as it waits on GitHub for someone to approve or reject it.
 */
export interface EnvironmentReview {
  review(waiting: { job: string; environment: string; deploymentId: number }): Promise<EnvironmentDecision>;
}

export type RunnerEvent =
  | { type: 'job-start'; job: string; name: string; workflow: string }
  | { type: 'job-end'; job: string; report: JobReport; workflow: string }
  | { type: 'step-start'; job: string; step: string; workflow: string }
  | { type: 'step-end'; job: string; step: StepReport; workflow: string }
  | { type: 'log'; job: string; step: string; line: string };

export interface RunOptions {
  /** The event that started the run: `push`, `workflow_dispatch`, or `workflow_call` for a called workflow. */
  eventName: string;
  /** The webhook payload (github.event). */
  event?: Record<string, unknown>;
  /** workflow_dispatch or workflow_call inputs. */
  inputs?: Record<string, string | number | boolean>;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** `owner/name`; default `acme/app`. */
  repository?: string;
  /** The repository's bare origin: what checkout clones and pushes go to. */
  origin: string;
  /**
   * The same repository over HTTP (the emulator's `gitUrl`): checkout then clones from it and leaves
   * the job's token for it in `.git/config`, so every push is made, and judged, as that token's owner.
   */
  gitUrl?: string;
  ref?: string;
  /** Defaults to the tip of `ref` in origin. */
  sha?: string;
  actor?: string;
  triggeringActor?: string;
  /** GITHUB_API_URL, e.g. the emulator. */
  apiUrl: string;
  serverUrl?: string;
  /** Variables every process gets, as set on the runner machine (e.g. API pacing for the emulator). */
  env?: Record<string, string>;
  /** What the reviewers of each environment do; default approve (no protection rule). */
  environments?: Record<string, EnvironmentDecision | EnvironmentReview>;
  /**
   * Mints each job's GITHUB_TOKEN for its scopes (the emulator's `issueToken`), so the API refuses what
   * the job's `permissions:` do not grant. Without it every job gets the emulator's all-access test token.
   */
  issueToken?: (scopes: Record<string, 'none' | 'read' | 'write'>) => string | Promise<string>;
  /** The repository's default GITHUB_TOKEN permissions; default the restricted (read-only) one. */
  defaultPermissions?: Record<string, 'none' | 'read' | 'write'>;
  /** The token the runner writes GitHub's own deployment statuses with; default the emulator's test token. */
  platformToken?: string;
  /** "Cancel workflow": aborting it cancels the run as GitHub does. */
  signal?: AbortSignal;
  /** The release-actions checkout whose dist/ and action.yml files `org/release-actions/<name>@ref` resolves to. */
  actionsRoot?: string;
  runId?: string;
  /** Where the run's folder is made; default the OS temp dir. */
  workDir?: string;
  /** Per step; default 10 minutes. */
  stepTimeoutMs?: number;
  onEvent?: (event: RunnerEvent) => void;
}

/** A re-run of the failed jobs of an earlier run ("Re-run failed jobs"): successful jobs keep their results. */
export interface RerunOptions extends Partial<RunOptions> {
  previous: WorkflowRun;
}
