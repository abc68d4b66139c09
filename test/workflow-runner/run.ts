import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from '../bench/runner.js';
import { interpolate, interpolateString } from './expressions.js';
import { runJob, type CallWorkflow } from './job.js';
import { RunCancellation } from './cancellation.js';
import { RESTRICTED_DEFAULT, type Scopes } from './permissions.js';
import { checkCalls, checkRepositorySecrets } from './startup.js';
import { stringMap, type RunState } from './state.js';
import type { JobReport, RerunOptions, RunOptions, WorkflowRun } from './types.js';
import {
  inputDefinitions,
  jobOrder,
  loadWorkflow,
  needsOf,
  type WorkflowDefinition,
} from './workflow-file.js';

/**
 * Runs a workflow file locally: jobs one after another in `needs` order, each
 * in a fresh workspace, with GitHub's expression engine, our actions from
 * dist/ as processes and local stand-ins for checkout and artifacts.
 * Test-only: it trusts the files it runs.
 */

let runCounter = 0;

function typedInputs(
  workflow: WorkflowDefinition,
  trigger: string,
  given: Record<string, unknown>,
): Record<string, unknown> {
  const definitions = inputDefinitions(workflow, trigger);
  const problems: string[] = [];
  const unknown = Object.keys(given).filter((name) => !(name in definitions));
  if (unknown.length > 0)
    problems.push(`unknown input(s) ${unknown.join(', ')} for ${trigger} of ${workflow.path}`);
  const inputs: Record<string, unknown> = {};
  for (const [name, definition] of Object.entries(definitions)) {
    let value = given[name];
    // Only an omitted input takes its default: an explicit '' stays empty, as on GitHub.
    if (value === undefined) value = definition.default;
    if (value === undefined) {
      if (definition.required) problems.push(`input ${name} is required`);
      value = definition.type === 'boolean' ? false : definition.type === 'number' ? 0 : '';
    }
    if (definition.type === 'boolean') {
      if (value === 'true' || value === 'false') value = value === 'true';
      if (typeof value !== 'boolean')
        problems.push(`input ${name} must be a boolean, got ${JSON.stringify(value)}`);
    } else if (definition.type === 'number') {
      value = Number(value);
      if (Number.isNaN(value)) problems.push(`input ${name} must be a number`);
    } else {
      value = String(value);
      if (definition.type === 'choice' && !definition.options?.includes(value as string)) {
        problems.push(
          `input ${name} must be one of ${definition.options?.join(', ')}, got ${JSON.stringify(value)}`,
        );
      }
    }
    inputs[name] = value;
  }
  if (problems.length > 0) throw new Error(`the run cannot start: ${problems.join('; ')}`);
  return inputs;
}

function checkSecrets(workflow: WorkflowDefinition, secrets: Record<string, string>): void {
  const declared = (workflow.on['workflow_call']?.['secrets'] ?? {}) as Record<
    string,
    { required?: boolean } | null
  >;
  // Secret names are case-insensitive, as everywhere on GitHub.
  const given = new Set(
    Object.entries(secrets)
      .filter(([, value]) => value)
      .map(([name]) => name.toLowerCase()),
  );
  const missing = Object.entries(declared)
    .filter(([name, spec]) => spec?.required && !given.has(name.toLowerCase()))
    .map(([name]) => name);
  if (missing.length > 0)
    throw new Error(`the run cannot start: secret(s) ${missing.join(', ')} required but not provided`);
}

function resolveSha(origin: string, ref: string): string {
  try {
    return execFileSync('git', ['rev-parse', `${ref}^{commit}`], { cwd: origin, encoding: 'utf8' }).trim();
  } catch {
    return '0'.repeat(40);
  }
}

interface Start {
  workflow: WorkflowDefinition;
  options: RunOptions;
  call: boolean;
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
  directory: string;
  runId: string;
  attempt: number;
  prefix: string;
  github?: Record<string, unknown>;
  eventPath?: string;
  /** What jobs that declare no permissions get: the caller's grant, or the repository default. */
  grant: Scopes;
  cancellation: RunCancellation;
}

async function execute(start: Start, previous?: WorkflowRun): Promise<WorkflowRun> {
  const { workflow, options } = start;
  const began = performance.now();
  const repository = options.repository ?? 'acme/app';
  const ref = options.ref ?? 'refs/heads/main';
  const trigger = start.call ? 'workflow_call' : options.eventName;
  if (!workflow.on[trigger]) throw new Error(`${workflow.path} does not run on ${trigger}`);
  const inputs = typedInputs(workflow, trigger, start.inputs);
  // GITHUB_TOKEN is each job's own (see job.ts); the run itself holds no token.
  const secrets = { ...start.secrets };
  if (start.call) checkSecrets(workflow, secrets);

  const artifacts = join(start.directory, 'artifacts');
  const home = join(start.directory, 'home');
  const toolCache = join(start.directory, 'tool-cache');
  await Promise.all([artifacts, home, toolCache].map((path) => mkdir(path, { recursive: true })));
  let github = start.github;
  let eventPath = start.eventPath;
  if (!github || !eventPath) {
    const actor = options.actor ?? 'octocat';
    const event: Record<string, unknown> = {
      repository: {
        name: repository.split('/')[1],
        full_name: repository,
        owner: { login: repository.split('/')[0] },
        default_branch: 'main',
      },
      sender: { login: options.triggeringActor ?? actor },
      ...(options.eventName === 'workflow_dispatch'
        ? { ref, inputs: stringMap(inputs), workflow: workflow.path }
        : {}),
      ...(options.event ?? {}),
    };
    eventPath = join(start.directory, `event-attempt${start.attempt}.json`);
    await writeFile(eventPath, JSON.stringify(event));
    github = {
      repository,
      repository_owner: repository.split('/')[0],
      event_name: options.eventName,
      event,
      sha: options.sha ?? resolveSha(options.origin, ref),
      ref,
      ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
      ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      actor,
      triggering_actor: options.triggeringActor ?? actor,
      run_id: start.runId,
      run_number: '1',
      run_attempt: String(start.attempt),
      server_url: options.serverUrl ?? 'https://github.com',
      api_url: options.apiUrl,
      graphql_url: `${options.apiUrl}/graphql`,
      workflow: workflow.name,
      head_ref: '',
      base_ref: '',
      action: '',
      retention_days: '90',
    };
  }

  const masks = new Set(Object.values(secrets).filter((value) => value.length > 0));
  const run: RunState = {
    options,
    workflow,
    directory: start.directory,
    artifacts,
    home,
    toolCache,
    eventPath,
    runId: start.runId,
    attempt: start.attempt,
    prefix: start.prefix,
    actionsRoot: options.actionsRoot ?? ROOT,
    repository,
    github,
    inputs,
    secrets,
    vars: options.vars ?? {},
    env: {},
    masks,
    grant: start.grant,
    cancellation: start.cancellation,
    emit: (event) => options.onEvent?.(event),
  };
  run.env = stringMap(interpolate(workflow.env, { github, inputs, secrets, vars: run.vars }));

  const callWorkflow: CallWorkflow = async (
    path,
    job,
    grant,
    nestedInputs,
    nestedSecrets,
    nestedPrevious,
  ) => {
    const nested: Start = {
      workflow: await loadWorkflow(path),
      options,
      call: true,
      inputs: nestedInputs,
      secrets: nestedSecrets,
      directory: start.directory,
      runId: start.runId,
      attempt: start.attempt,
      prefix: `${start.prefix}${job.id}.`,
      github,
      eventPath,
      grant,
      cancellation: start.cancellation,
    };
    return execute(nested, nestedPrevious);
  };

  const order = jobOrder(workflow);
  const rerun = previous ? jobsToRerun(workflow, previous) : undefined;
  const jobs: Record<string, JobReport> = {};
  const ran: string[] = [];
  for (const id of order) {
    if (rerun && !rerun.has(id)) {
      jobs[id] = previous!.jobs[id]!;
      continue;
    }
    jobs[id] = await runJob(run, id, jobs, callWorkflow, previous?.jobs[id]);
    ran.push(id);
  }

  const declared = (workflow.on['workflow_call']?.['outputs'] ?? {}) as Record<string, { value?: string }>;
  const jobsContext = Object.fromEntries(
    Object.entries(jobs).map(([id, job]) => [id, { result: job.result, outputs: job.outputs }]),
  );
  const outputs = start.call
    ? Object.fromEntries(
        Object.entries(declared).map(([name, spec]) => [
          name,
          interpolateString(spec?.value ?? '', { github, inputs, vars: run.vars, jobs: jobsContext }),
        ]),
      )
    : {};
  const results = Object.values(jobs).map((job) => job.result);
  const annotations = order.flatMap((id) =>
    (jobs[id]?.steps ?? []).flatMap((step) =>
      step.annotations.map((a) => ({ ...a, job: id, step: step.name })),
    ),
  );
  return {
    file: workflow.path,
    // A cancelled run is cancelled, whatever its jobs did before; otherwise any failure fails it.
    conclusion: start.cancellation.requested
      ? 'cancelled'
      : results.includes('failure')
        ? 'failure'
        : results.includes('cancelled')
          ? 'cancelled'
          : 'success',
    jobs,
    outputs,
    order: ran,
    runId: start.runId,
    attempt: start.attempt,
    sha: String(github['sha']),
    inputs: start.inputs,
    directory: start.directory,
    annotations,
    durationMs: performance.now() - began,
  };
}

/** Jobs that failed (or were cancelled) and every job that depends on them, as "Re-run failed jobs" picks. */
function jobsToRerun(workflow: WorkflowDefinition, previous: WorkflowRun): Set<string> {
  const chosen = new Set(
    Object.entries(previous.jobs)
      .filter(([, job]) => job.result === 'failure' || job.result === 'cancelled')
      .map(([id]) => id),
  );
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, job] of Object.entries(workflow.jobs)) {
      if (!chosen.has(id) && needsOf(job).some((need) => chosen.has(need))) {
        chosen.add(id);
        grew = true;
      }
    }
  }
  return chosen;
}

export interface WorkflowRequest extends RunOptions {
  /** Run the file as a reusable workflow called with these inputs (its workflow_call trigger). */
  call?: boolean;
}

/** What GitHub checks before anything runs; a failure here is a run that never starts. */
async function startChecks(workflow: WorkflowDefinition, options: WorkflowRequest): Promise<Scopes> {
  // A caller's explicit `secrets:` may use any declared name; a run's own are the repository's.
  if (!options.call) checkRepositorySecrets(options.secrets ?? {});
  const grant = options.defaultPermissions ?? RESTRICTED_DEFAULT;
  await checkCalls(workflow, grant, options.actionsRoot ?? ROOT);
  return grant;
}

export async function runWorkflow(path: string, options: WorkflowRequest): Promise<WorkflowRun> {
  const workflow = await loadWorkflow(resolve(path));
  const grant = await startChecks(workflow, options);
  const directory = await mkdtemp(join(options.workDir ?? tmpdir(), 'workflow-run-'));
  runCounter += 1;
  return execute({
    workflow,
    options,
    call: options.call ?? false,
    inputs: options.inputs ?? {},
    secrets: options.secrets ?? {},
    directory,
    runId: options.runId ?? String(8_000_000 + (process.pid % 1000) * 1000 + runCounter),
    attempt: 1,
    prefix: '',
    grant,
    cancellation: new RunCancellation(options.signal),
  });
}

/** "Re-run failed jobs": the same run, the next attempt, successful jobs kept with their outputs and artifacts. */
export async function rerunFailedJobs(
  path: string,
  options: RerunOptions & WorkflowRequest,
): Promise<WorkflowRun> {
  const { previous } = options;
  if (options.inputs && JSON.stringify(options.inputs) !== JSON.stringify(previous.inputs))
    throw new Error('A re-run takes the inputs of the run it re-runs; GitHub offers no way to change them');
  const workflow = await loadWorkflow(resolve(path));
  const grant = await startChecks(workflow, options);
  return execute(
    {
      workflow,
      // The same commit as the first attempt, wherever its branch has moved since.
      options: { ...options, sha: options.sha ?? previous.sha },
      call: options.call ?? false,
      inputs: previous.inputs,
      secrets: options.secrets ?? {},
      directory: previous.directory,
      runId: previous.runId,
      attempt: previous.attempt + 1,
      prefix: '',
      grant,
      cancellation: new RunCancellation(options.signal),
    },
    previous,
  );
}
