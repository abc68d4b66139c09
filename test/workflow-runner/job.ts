import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import {
  condition,
  interpolate,
  interpolateString,
  type Contexts,
  type StatusFunctions,
} from './expressions.js';
import { createEnvironmentDeployment } from './deployments.js';
import { runStep } from './step.js';
import { runnerContext, stepContexts, stepStatus, stringMap, type JobState, type RunState } from './state.js';
import type { JobReport, JobResult, WorkflowRun } from './types.js';
import { needsOf, type Mapping } from './workflow-file.js';

/**
 * One job: its `if:` against the results of every job it depends on (as
 * GitHub does, a skipped or failed ancestor skips it unless the condition
 * says otherwise), its environment's approval, its steps, its outputs.
 */

export type CallWorkflow = (
  path: string,
  job: JobState,
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
  return {
    success: () => results.every((result) => result === 'success'),
    failure: () => results.some((result) => result === 'failure'),
    cancelled: () => results.some((result) => result === 'cancelled'),
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

/** `org/release-actions/.github/workflows/x.yml@ref` is ours; `./.github/workflows/x.yml` is the caller's own. */
function workflowPath(run: RunState, uses: string): string {
  const ours = /^[^/]+\/release-actions\/(\.github\/workflows\/[^@]+)@.+$/.exec(uses);
  if (ours) return join(run.actionsRoot, ours[1]!);
  if (uses.startsWith('./')) return resolve(dirname(run.workflow.path), '../..', uses);
  throw new Error(`${uses}: only this library's workflows and local ones can be called by the local runner`);
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

  if (!condition(definition['if'], levelContexts, jobStatus(run, id, reports))) {
    return finish(report(id, name, 'skipped', run.attempt));
  }

  const directory = join(run.directory, 'jobs', `${run.prefix}${id}-attempt${run.attempt}`);
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
  };

  if (definition['uses']) {
    const contexts = { ...levelContexts, secrets: run.secrets };
    const inputs = interpolate(definition['with'] ?? {}, contexts) as Record<string, unknown>;
    const secrets =
      definition['secrets'] === 'inherit'
        ? run.secrets
        : stringMap(interpolate(definition['secrets'] ?? {}, contexts));
    try {
      const nested = await callWorkflow(
        workflowPath(run, String(definition['uses'])),
        job,
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
          permissions: definition['permissions'],
        }),
      );
    } catch (thrown) {
      return finish(report(id, name, 'failure', run.attempt, { reason: (thrown as Error).message }));
    }
  }

  const environmentSpec = definition['environment'];
  let environment: JobReport['environment'];
  if (environmentSpec !== undefined) {
    const spec =
      typeof environmentSpec === 'object' ? (environmentSpec as Mapping) : { name: environmentSpec };
    const envName = interpolateString(spec['name'], levelContexts);
    const decision = run.options.environments?.[envName] === 'reject' ? 'rejected' : 'approved';
    environment = { name: envName, decision };
    if (decision === 'rejected') {
      return finish(
        report(id, name, 'failure', run.attempt, {
          environment,
          reason: `the deployment to ${envName} was rejected by its reviewers`,
        }),
      );
    }
    if (envName) {
      try {
        environment.deploymentId = (await createEnvironmentDeployment(run, envName)).id;
      } catch (thrown) {
        return finish(
          report(id, name, 'failure', run.attempt, {
            environment,
            reason: `the deployment to ${envName} could not be created: ${(thrown as Error).message}`,
          }),
        );
      }
    }
  }
  const concurrencySpec = definition['concurrency'];
  let concurrency: JobReport['concurrency'];
  if (concurrencySpec !== undefined) {
    const spec =
      typeof concurrencySpec === 'object' ? (concurrencySpec as Mapping) : { group: concurrencySpec };
    concurrency = {
      group: interpolateString(spec['group'], levelContexts),
      cancelInProgress: interpolate(spec['cancel-in-progress'] ?? false, levelContexts) === true,
    };
  }

  const defaults = {
    ...((run.workflow.defaults['run'] as Mapping) ?? {}),
    ...(((definition['defaults'] as Mapping)?.['run'] as Mapping) ?? {}),
  };
  job.shell = defaults['shell'] ? String(defaults['shell']) : undefined;
  job.workingDirectory = defaults['working-directory'] ? String(defaults['working-directory']) : undefined;
  const envContexts = {
    ...levelContexts,
    secrets: run.secrets,
    env: run.env,
    runner: runnerContext(run, temp),
  };
  job.env = stringMap(interpolate(definition['env'] ?? {}, envContexts));

  const steps = [];
  for (const [index, step] of ((definition['steps'] ?? []) as Mapping[]).entries()) {
    steps.push(await runStep(job, step, index));
  }
  for (const post of job.post) await post();

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
  return finish(
    report(id, name, job.failed ? 'failure' : 'success', run.attempt, {
      outputs,
      summary: job.summary.join('\n'),
      steps,
      environment,
      concurrency,
      permissions: definition['permissions'],
    }),
  );
}
