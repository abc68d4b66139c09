import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { acquireConcurrency, type ConcurrencySlot } from './concurrency.js';
import {
  condition,
  interpolate,
  interpolateString,
  type Contexts,
  type StatusFunctions,
} from './expressions.js';
import { createEnvironmentDeployment, finishEnvironmentDeployment } from './deployments.js';
import { granted, jobScopes, type Scopes } from './permissions.js';
import { calledWorkflowPath } from './startup.js';
import { expandMatrix, legName, type Leg } from './matrix.js';
import { runStep } from './step.js';
import { runnerContext, stepContexts, stepStatus, stringMap, type JobState, type RunState } from './state.js';
import type { EnvironmentReview, JobReport, JobResult, WorkflowRun } from './types.js';
import { needsOf, type Mapping } from './workflow-file.js';

/**
 * One job: its `if:` against the results of every job it depends on (as
 * GitHub does, a skipped or failed ancestor skips it unless the condition
 * says otherwise), its token scoped to its permissions, its concurrency
 * group, its environment's approval and deployment, its steps, its outputs,
 * its time limit and what a cancellation does to it.
 */

export type CallWorkflow = (
  path: string,
  job: JobState,
  grant: Scopes,
  inputs: Record<string, unknown>,
  secrets: Record<string, string>,
  previous?: WorkflowRun,
) => Promise<WorkflowRun>;

function ancestors(run: RunState, id: string, seen = new Set<string>()): Set<string> {
  for (const need of needsOf(run.workflow.jobs[id]!)) {
    if (seen.has(need)) continue;
    seen.add(need);
    ancestors(run, need, seen);
  }
  return seen;
}

function jobStatus(run: RunState, id: string, reports: Record<string, JobReport>): StatusFunctions {
  const results = [...ancestors(run, id)].map((ancestor) => reports[ancestor]?.result ?? 'skipped');
  const cancelled = () => run.cancellation.requested || results.some((result) => result === 'cancelled');
  return {
    success: () => !cancelled() && results.every((result) => result === 'success'),
    failure: () => results.some((result) => result === 'failure'),
    cancelled,
  };
}

function jobLevelContexts(run: RunState, needs: JobState['needs']): Contexts {
  return { github: run.github, needs, vars: run.vars, inputs: run.inputs, matrix: {}, strategy: {} };
}

function report(
  id: string,
  name: string,
  result: JobResult,
  attempt: number,
  extra: Partial<JobReport> = {},
): JobReport {
  return { id, name, result, outputs: {}, summary: '', steps: [], durationMs: 0, attempt, ...extra };
}

/** GitHub's message for a job stopped at its `timeout-minutes`. */
const timeoutMessage = (minutes: number) =>
  `The job running on runner local-runner has exceeded the maximum execution time of ${minutes} minutes.`;

/**
 * Cancels a running job: later steps see cancelled(), and the running step is
 * stopped (SIGINT, then SIGTERM) unless its own `if:` still holds (`always()`).
 */
function cancelJob(job: JobState, reason: string): void {
  if (job.cancelled) return;
  job.cancelled = true;
  job.cancelReason = reason;
  if (job.stepAbort && !condition(job.stepCondition, stepContexts(job), stepStatus(job))) {
    job.stepAbort.abort();
  }
}

function spec(value: unknown, key: string): Mapping {
  return value !== null && typeof value === 'object' ? (value as Mapping) : { [key]: value };
}

async function jobToken(run: RunState, scopes: Scopes): Promise<string> {
  const token = run.options.issueToken ? await run.options.issueToken(scopes) : 'test-token';
  run.masks.add(token);
  return token;
}

function isReview(value: unknown): value is EnvironmentReview {
  return typeof value === 'object' && value !== null && 'review' in value;
}

export async function runJob(
  run: RunState,
  id: string,
  reports: Record<string, JobReport>,
  callWorkflow: CallWorkflow,
  previous?: JobReport,
): Promise<JobReport> {
  const definition = run.workflow.jobs[id]!;
  const started = performance.now();
  const needs = Object.fromEntries(
    needsOf(definition).map((need) => [
      need,
      { result: reports[need]?.result ?? 'skipped', outputs: reports[need]?.outputs ?? {} },
    ]),
  );
  const levelContexts = jobLevelContexts(run, needs);
  const name = definition['name'] ? interpolateString(definition['name'], levelContexts) : id;
  run.emit({ type: 'job-start', job: id, name, workflow: run.workflow.path });
  const finish = (done: JobReport): JobReport => {
    done.durationMs = performance.now() - started;
    run.emit({ type: 'job-end', job: id, report: done, workflow: run.workflow.path });
    return done;
  };
  const status = () => jobStatus(run, id, reports);

  if (!condition(definition['if'], levelContexts, status())) {
    // After "Cancel workflow", a job that did not start and does not ask to run anyway is cancelled.
    const result = run.cancellation.requested ? 'cancelled' : 'skipped';
    return finish(report(id, name, result, run.attempt));
  }
  const strategy = definition['strategy'] as Mapping | undefined;
  if (strategy?.['matrix'] !== undefined && !definition['uses']) {
    return finish(await runMatrix(run, id, name, levelContexts, strategy, callWorkflow, previous));
  }
  return finish(await runSingle(run, id, name, levelContexts, callWorkflow, previous));
}

/**
 * A matrix job: one leg per combination, each a job of its own with the `matrix` and `strategy`
 * contexts. The legs run one after another here (so `max-parallel` always holds); with
 * `fail-fast` (the default) a failed leg cancels those not run yet, as GitHub cancels them.
 * Dependent jobs see one result: failure if a leg failed, else cancelled if one was, else success.
 */
async function runMatrix(
  run: RunState,
  id: string,
  name: string,
  levelContexts: Contexts,
  strategy: Mapping,
  callWorkflow: CallWorkflow,
  previous?: JobReport,
): Promise<JobReport> {
  const { legs, error } = expandMatrix(interpolate(strategy['matrix'], levelContexts));
  if (error) {
    return report(id, name, 'failure', run.attempt, {
      reason: `Error when evaluating 'strategy' for job '${id}'. ${error}`,
    });
  }
  const failFast = interpolate(strategy['fail-fast'] ?? true, levelContexts) !== false;
  const maxParallel = Number(interpolate(strategy['max-parallel'] ?? legs.length, levelContexts));
  const rawName = String(run.workflow.jobs[id]!['name'] ?? id);
  const reports: JobReport[] = [];
  for (const [index, leg] of legs.entries()) {
    const contexts: Contexts = {
      ...levelContexts,
      matrix: leg,
      strategy: {
        'fail-fast': failFast,
        'job-index': index,
        'job-total': legs.length,
        'max-parallel': maxParallel,
      },
    };
    const shown = legName(interpolateString(rawName, contexts), leg, /\bmatrix\./.test(rawName));
    if (failFast && reports.some((done) => done.result === 'failure')) {
      reports.push(
        report(id, shown, 'cancelled', run.attempt, {
          reason: 'The strategy configuration was canceled because a matrix job failed.',
        }),
      );
      continue;
    }
    reports.push(await runSingle(run, id, shown, contexts, callWorkflow, previous, { leg, index }));
  }
  const results = reports.map((leg) => leg.result);
  const result: JobResult = results.includes('failure')
    ? 'failure'
    : results.includes('cancelled')
      ? 'cancelled'
      : 'success';
  // Each leg may set the job's outputs; a later leg's non-empty value wins, as on GitHub.
  const outputs: Record<string, string> = {};
  for (const leg of reports)
    for (const [key, value] of Object.entries(leg.outputs))
      if (value !== '' || !(key in outputs)) outputs[key] = value;
  return report(id, name, result, run.attempt, {
    outputs,
    legs: reports,
    steps: reports.flatMap((leg) => leg.steps),
    summary: reports
      .map((leg) => leg.summary)
      .filter(Boolean)
      .join('\n'),
    permissions: reports[0]?.permissions,
  });
}

async function runSingle(
  run: RunState,
  id: string,
  name: string,
  levelContexts: Contexts,
  callWorkflow: CallWorkflow,
  previous?: JobReport,
  matrix?: { leg: Leg; index: number },
): Promise<JobReport> {
  const definition = run.workflow.jobs[id]!;
  const needs = levelContexts['needs'] as JobState['needs'];
  const finish = (done: JobReport) => done;
  const scopes = jobScopes(definition['permissions'], run.workflow.permissions, run.grant);

  const legSuffix = matrix ? `-${matrix.index + 1}` : '';
  const directory = join(run.directory, 'jobs', `${run.prefix}${id}${legSuffix}-attempt${run.attempt}`);
  const workspace = join(directory, 'workspace');
  const temp = join(directory, 'temp');
  await mkdir(workspace, { recursive: true });
  await mkdir(temp, { recursive: true });
  const job: JobState = {
    run,
    id,
    definition,
    workspace,
    temp,
    env: {},
    exported: {},
    paths: [],
    steps: {},
    needs,
    failed: false,
    summary: [],
    post: [],
    token: '',
    scopes,
    cancelled: false,
    matrix: levelContexts['matrix'] as Record<string, unknown>,
    strategy: levelContexts['strategy'] as Record<string, unknown>,
  };

  if (definition['uses']) {
    const contexts = { ...levelContexts, secrets: run.secrets };
    const inputs = interpolate(definition['with'] ?? {}, contexts) as Record<string, unknown>;
    // inherit: the caller's secrets under their own names; otherwise only those mapped, by the called names.
    const secrets =
      definition['secrets'] === 'inherit'
        ? run.secrets
        : stringMap(interpolate(definition['secrets'] ?? {}, contexts));
    try {
      const nested = await callWorkflow(
        calledWorkflowPath(run.actionsRoot, run.workflow.path, String(definition['uses'])),
        job,
        scopes,
        inputs,
        secrets,
        previous?.workflow,
      );
      const result: JobResult = nested.conclusion === 'success' ? 'success' : nested.conclusion;
      const summary = nested.order
        .map((jobId) => nested.jobs[jobId]!.summary)
        .filter(Boolean)
        .join('\n');
      return finish(
        report(id, name, result, run.attempt, {
          outputs: nested.outputs,
          workflow: nested,
          summary,
          permissions: granted(scopes),
        }),
      );
    } catch (thrown) {
      return finish(report(id, name, 'failure', run.attempt, { reason: (thrown as Error).message }));
    }
  }
  job.token = await jobToken(run, scopes);

  let concurrency: JobReport['concurrency'];
  let slot: ConcurrencySlot | undefined;
  if (definition['concurrency'] !== undefined) {
    const given = spec(definition['concurrency'], 'group');
    concurrency = {
      group: interpolateString(given['group'], levelContexts),
      cancelInProgress: interpolate(given['cancel-in-progress'] ?? false, levelContexts) === true,
    };
    slot = await acquireConcurrency(run, concurrency, (reason) => cancelJob(job, reason));
    if (!slot.granted) {
      return finish(
        report(id, name, 'cancelled', run.attempt, { concurrency, reason: slot.reason, permissions: scopes }),
      );
    }
  }
  try {
    return finish(await runGrantedJob(run, job, name, levelContexts, scopes, concurrency));
  } finally {
    slot?.release();
  }
}

async function runGrantedJob(
  run: RunState,
  job: JobState,
  name: string,
  levelContexts: Contexts,
  scopes: Scopes,
  concurrency: JobReport['concurrency'],
): Promise<JobReport> {
  const { definition, id } = job;
  const environmentSpec = definition['environment'];
  let environment: JobReport['environment'];
  if (environmentSpec !== undefined) {
    const envName = interpolateString(spec(environmentSpec, 'name')['name'], levelContexts);
    const rule = run.options.environments?.[envName];
    environment = { name: envName, decision: 'approved' };
    if (rule === 'reject') {
      environment.decision = 'rejected';
      return report(id, name, 'failure', run.attempt, {
        environment,
        reason: `the deployment to ${envName} was rejected by its reviewers`,
      });
    }
    if (envName) {
      try {
        const review = isReview(rule) ? rule : undefined;
        const created = await createEnvironmentDeployment(run, envName, review !== undefined);
        environment.deploymentId = created.id;
        environment.logUrl = created.logUrl;
        if (review) {
          const decision = await review.review({ job: id, environment: envName, deploymentId: created.id });
          if (decision === 'reject') {
            environment.decision = 'rejected';
            await finishEnvironmentDeployment(run, created, 'failure');
            return report(id, name, 'failure', run.attempt, {
              environment,
              reason: `the deployment to ${envName} was rejected by its reviewers`,
            });
          }
          await finishEnvironmentDeployment(run, created, 'in_progress');
        }
      } catch (thrown) {
        return report(id, name, 'failure', run.attempt, {
          environment,
          reason: `the deployment to ${envName} could not be created: ${(thrown as Error).message}`,
        });
      }
    }
  }

  const defaults = {
    ...((run.workflow.defaults['run'] as Mapping) ?? {}),
    ...(((definition['defaults'] as Mapping)?.['run'] as Mapping) ?? {}),
  };
  job.shell = defaults['shell'] ? String(defaults['shell']) : undefined;
  job.workingDirectory = defaults['working-directory'] ? String(defaults['working-directory']) : undefined;
  const envContexts = {
    ...levelContexts,
    secrets: { ...run.secrets, GITHUB_TOKEN: job.token },
    env: run.env,
    runner: runnerContext(run, job.temp),
  };
  job.env = stringMap(interpolate(definition['env'] ?? {}, envContexts));

  // A cancelled run cancels this job unless its own `if:` still holds (always(), cancelled()).
  const stopListening = run.cancellation.onCancel(() => {
    if (!condition(definition['if'], levelContexts, jobStatusAfterCancel())) {
      cancelJob(job, 'The run was canceled.');
    }
  });
  const jobStatusAfterCancel = (): StatusFunctions => ({
    success: () => false,
    failure: () => Object.values(job.needs).some((need) => need.result === 'failure'),
    cancelled: () => true,
  });
  const minutes = Number(interpolate(definition['timeout-minutes'] ?? 360, levelContexts));
  let timedOut = false;
  const limit = setTimeout(() => {
    timedOut = true;
    cancelJob(job, timeoutMessage(minutes));
  }, minutes * 60_000);

  const steps = [];
  try {
    for (const [index, step] of ((definition['steps'] ?? []) as Mapping[]).entries()) {
      steps.push(await runStep(job, step, index));
    }
    for (const post of job.post) await post();
  } finally {
    clearTimeout(limit);
    stopListening();
  }

  const outputs = stringMap(interpolate(definition['outputs'] ?? {}, stepContexts(job), stepStatus(job)));
  if (
    environment &&
    typeof environmentSpec === 'object' &&
    (environmentSpec as Mapping)['url'] !== undefined
  ) {
    environment.url = interpolateString(
      (environmentSpec as Mapping)['url'],
      stepContexts(job),
      stepStatus(job),
    );
  }
  const result: JobResult = job.cancelled ? 'cancelled' : job.failed ? 'failure' : 'success';
  if (environment?.deploymentId !== undefined) {
    // GitHub closes the deployment it made with the job's result; a cancelled job counts as failed.
    try {
      await finishEnvironmentDeployment(
        run,
        { id: environment.deploymentId, logUrl: environment.logUrl ?? '' },
        result === 'success' ? 'success' : 'failure',
        environment.url,
      );
    } catch (thrown) {
      job.cancelReason ??= `the final status of deployment ${environment.deploymentId}: ${(thrown as Error).message}`;
    }
  }
  return report(id, name, result, run.attempt, {
    outputs,
    summary: job.summary.join('\n'),
    steps,
    environment,
    concurrency,
    permissions: granted(scopes),
    reason: timedOut ? timeoutMessage(minutes) : job.cancelReason,
  });
}
