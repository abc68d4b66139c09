import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { nodeFor, parseCommands, parseKeyValueFile } from '../bench/runner.js';
import { condition, interpolate, interpolateString } from './expressions.js';
import { LOCAL_ACTIONS } from './local-actions.js';
import { runProcess } from './process.js';
import { mask, stepContexts, stepStatus, stringMap, type JobState } from './state.js';
import type { StepOutcome, StepReport } from './types.js';
import type { Mapping } from './workflow-file.js';

/** One step: a `run:` script in bash, one of our bundles as a node process, or a local stand-in action. */

interface ActionMetadata {
  inputs?: Record<string, { default?: unknown; required?: boolean }>;
  outputs?: Record<string, unknown>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string };
}

type Uses =
  | { kind: 'ours'; name: string }
  | { kind: 'path'; path: string }
  | { kind: 'local'; key: string }
  | { kind: 'unknown' };

/**
 * `<any owner>/release-actions/<name>@<ref>` is one of ours (run from the library's dist/); `./<path>` is an
 * action in the job's workspace; `owner/repo@ref` may have a local stand-in.
 */
export function parseUses(uses: string): Uses {
  const ours = /^[^/]+\/release-actions\/([a-z0-9-]+)@.+$/.exec(uses);
  if (ours) return { kind: 'ours', name: ours[1]! };
  if (uses.startsWith('./')) return { kind: 'path', path: uses.replace(/\/+$/, '') };
  const third = /^([^/@]+\/[^/@]+)(\/[^@]*)?@.+$/.exec(uses);
  if (third && LOCAL_ACTIONS[third[1]!]) return { kind: 'local', key: third[1]! };
  return { kind: 'unknown' };
}

const metadataCache = new Map<string, ActionMetadata>();
async function actionMetadata(root: string, name: string): Promise<ActionMetadata> {
  const path = join(root, name, 'action.yml');
  let metadata = metadataCache.get(path);
  if (!metadata) {
    metadata = parse(await readFile(path, 'utf8')) as ActionMetadata;
    metadataCache.set(path, metadata);
  }
  return metadata;
}

export const inputVariable = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/** The variables the runner gives every process of a job. */
function processEnv(
  job: JobState,
  env: Record<string, string>,
  files: Record<string, string>,
): Record<string, string> {
  const { run } = job;
  const github = run.github as Record<string, string>;
  const paths = [...job.paths, process.env['PATH'] ?? '/usr/local/bin:/usr/bin:/bin'].join(':');
  return {
    PATH: paths,
    HOME: run.home,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: job.workspace,
    GITHUB_REPOSITORY: run.repository,
    GITHUB_REPOSITORY_OWNER: run.repository.split('/')[0]!,
    GITHUB_SHA: github['sha']!,
    GITHUB_REF: github['ref']!,
    GITHUB_REF_NAME: github['ref_name']!,
    GITHUB_REF_TYPE: github['ref_type']!,
    GITHUB_EVENT_NAME: github['event_name']!,
    GITHUB_EVENT_PATH: run.eventPath,
    GITHUB_RUN_ID: run.runId,
    GITHUB_RUN_NUMBER: github['run_number']!,
    GITHUB_RUN_ATTEMPT: String(run.attempt),
    GITHUB_ACTOR: github['actor']!,
    GITHUB_TRIGGERING_ACTOR: github['triggering_actor']!,
    GITHUB_JOB: job.id,
    GITHUB_WORKFLOW: run.workflow.name,
    GITHUB_SERVER_URL: github['server_url']!,
    GITHUB_API_URL: github['api_url']!,
    GITHUB_GRAPHQL_URL: `${github['api_url']}/graphql`,
    GITHUB_HEAD_REF: '',
    GITHUB_BASE_REF: '',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'local-runner',
    RUNNER_TEMP: job.temp,
    RUNNER_TOOL_CACHE: run.toolCache,
    ...(run.options.env ?? {}),
    ...env,
    ...files,
  };
}

function shellCommand(shell: string | undefined, script: string): [string, string[]] {
  switch (shell) {
    case undefined:
      return ['bash', ['-e', script]];
    case 'bash':
      return ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', script]];
    case 'sh':
      return ['sh', ['-e', script]];
    default: {
      const parts = shell.split(/\s+/);
      return [parts[0]!, parts.slice(1).map((part) => part.replace('{0}', script))];
    }
  }
}

const skipped = (id: string, name: string, uses?: string): StepReport => ({
  id,
  name,
  outcome: 'skipped',
  conclusion: 'skipped',
  outputs: {},
  log: '',
  annotations: [],
  durationMs: 0,
  uses,
});

function stepName(step: Mapping, job: JobState): string {
  if (step['name'] !== undefined) return interpolateString(step['name'], stepContexts(job), stepStatus(job));
  if (step['uses']) return `Run ${String(step['uses'])}`;
  return `Run ${
    String(step['run'] ?? '')
      .trim()
      .split('\n')[0]
  }`;
}

interface Execution {
  exitCode: number;
  /** Stopped because the job was cancelled. */
  cancelled?: boolean;
  output: string;
  outputs?: Record<string, string>;
  error?: string;
  state?: string;
  /** Where the action that ran lives, for its post step. */
  action?: { root: string; name: string };
}

export async function runStep(job: JobState, step: Mapping, index: number): Promise<StepReport> {
  const { run } = job;
  const id = step['id'] ? String(step['id']) : `__step${index}`;
  const name = stepName(step, job);
  const uses = step['uses'] ? String(step['uses']) : undefined;
  run.emit({ type: 'step-start', job: job.id, step: name, workflow: run.workflow.path });
  const started = performance.now();

  let report: StepReport;
  if (!condition(step['if'], stepContexts(job), stepStatus(job))) {
    report = skipped(id, name, uses);
  } else {
    const stepEnv = stringMap(interpolate(step['env'] ?? {}, stepContexts(job), stepStatus(job)));
    const directory = join(job.temp, `_step${index}`);
    await mkdir(directory, { recursive: true });
    const files = {
      GITHUB_OUTPUT: join(directory, 'output'),
      GITHUB_ENV: join(directory, 'env'),
      GITHUB_PATH: join(directory, 'path'),
      GITHUB_STEP_SUMMARY: join(directory, 'summary.md'),
      GITHUB_STATE: join(directory, 'state'),
    };
    await Promise.all(Object.values(files).map((file) => writeFile(file, '')));
    const env = processEnv(job, { ...run.env, ...job.env, ...job.exported, ...stepEnv }, files);
    const timeoutMs = step['timeout-minutes']
      ? Number(step['timeout-minutes']) * 60_000
      : (run.options.stepTimeoutMs ?? 600_000);
    const onLine = (line: string) =>
      run.emit({ type: 'log', job: job.id, step: name, line: mask(run, line) });

    let execution: Execution;
    job.stepAbort = new AbortController();
    job.stepCondition = step['if'];
    try {
      execution = uses
        ? await runUses(job, step, uses, env, timeoutMs, onLine, stepEnv)
        : await runScript(job, step, directory, env, timeoutMs, onLine, stepEnv);
    } catch (thrown) {
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      execution = { exitCode: 1, output: `::error::${message}\n`, error: message };
      onLine(`::error::${message}`);
    }

    const { annotations, masks } = parseCommands(execution.output);
    for (const secret of masks) run.masks.add(secret);
    const outputs = {
      ...parseKeyValueFile(await readFile(files.GITHUB_OUTPUT, 'utf8')),
      ...(execution.outputs ?? {}),
    };
    Object.assign(job.exported, parseKeyValueFile(await readFile(files.GITHUB_ENV, 'utf8')));
    const added = (await readFile(files.GITHUB_PATH, 'utf8')).split('\n').filter(Boolean);
    job.paths.unshift(...added.reverse());
    const summary = await readFile(files.GITHUB_STEP_SUMMARY, 'utf8');
    if (summary.trim()) job.summary.push(summary);

    job.stepAbort = undefined;
    job.stepCondition = undefined;
    const outcome: StepOutcome = execution.cancelled
      ? 'cancelled'
      : execution.exitCode === 0
        ? 'success'
        : 'failure';
    const continueOnError = interpolate(
      step['continue-on-error'] ?? false,
      stepContexts(job, stepEnv),
      stepStatus(job),
    );
    const conclusion: StepOutcome =
      outcome === 'failure' && (continueOnError === true || continueOnError === 'true') ? 'success' : outcome;
    report = {
      id,
      name,
      outcome,
      conclusion,
      outputs,
      log: mask(run, execution.output),
      annotations: annotations.map((a) => ({ ...a, message: mask(run, a.message) })),
      durationMs: performance.now() - started,
      uses,
      error: execution.error,
    };
    if (execution.state !== undefined && execution.action) {
      await schedulePost(job, step, execution.action, execution.state, env, timeoutMs, onLine);
    }
  }
  if (report.conclusion === 'failure') job.failed = true;
  job.steps[id] = { outputs: report.outputs, outcome: report.outcome, conclusion: report.conclusion };
  run.emit({ type: 'step-end', job: job.id, step: report, workflow: run.workflow.path });
  return report;
}

async function runScript(
  job: JobState,
  step: Mapping,
  directory: string,
  env: Record<string, string>,
  timeoutMs: number,
  onLine: (line: string) => void,
  stepEnv: Record<string, string>,
): Promise<Execution> {
  const script = interpolateString(step['run'], stepContexts(job, stepEnv), stepStatus(job));
  const path = join(directory, 'script.sh');
  await writeFile(path, script);
  const shell = step['shell'] ? String(step['shell']) : job.shell;
  const [command, args] = shellCommand(shell, path);
  const where = step['working-directory'] ?? job.workingDirectory;
  const cwd = where
    ? resolve(job.workspace, interpolateString(where, stepContexts(job, stepEnv)))
    : job.workspace;
  const result = await runProcess(command, args, {
    cwd,
    env,
    timeoutMs,
    onLine,
    signal: job.stepAbort?.signal,
  });
  const timeout = result.timedOut ? `::error::The step timed out after ${timeoutMs / 1000}s\n` : '';
  return { exitCode: result.exitCode, output: result.output + timeout, cancelled: result.cancelled };
}

async function runUses(
  job: JobState,
  step: Mapping,
  uses: string,
  env: Record<string, string>,
  timeoutMs: number,
  onLine: (line: string) => void,
  stepEnv: Record<string, string>,
): Promise<Execution> {
  const { run } = job;
  const given = stringMap(interpolate(step['with'] ?? {}, stepContexts(job, stepEnv), stepStatus(job)));
  const target = parseUses(uses);
  if (target.kind === 'unknown') {
    throw new Error(
      `${uses}: the local runner has no equivalent for this action (only ours, checkout, setup-node and the artifact actions)`,
    );
  }
  if (target.kind === 'local') {
    const lines: string[] = [];
    const log = (line: string) => {
      lines.push(line);
      onLine(line);
    };
    const github = run.github as Record<string, string>;
    const outputs = await LOCAL_ACTIONS[target.key]!({
      inputs: given,
      token: job.token,
      serverUrl: String(run.github['server_url']),
      repository: run.repository,
      workspace: job.workspace,
      origin: run.options.origin,
      ref: github['ref']!,
      sha: github['sha']!,
      artifacts: run.artifacts,
      log,
    });
    return { exitCode: 0, output: lines.join('\n') + '\n', outputs };
  }

  const [root, name] = target.kind === 'path' ? [job.workspace, target.path] : [run.actionsRoot, target.name];
  if (!existsSync(join(root, name, 'action.yml')))
    throw new Error(`${uses}: there is no ${join(root, name, 'action.yml')}`);
  const metadata = await actionMetadata(root, name);
  if (!/^node\d+$/.test(metadata.runs.using))
    throw new Error(`${uses}: only JavaScript actions run locally (runs.using ${metadata.runs.using})`);
  const node = nodeFor(metadata.runs.using);
  const bundle = resolve(root, name, metadata.runs.main);
  if (!existsSync(bundle)) throw new Error(`${uses}: ${bundle} does not exist (run npm run build)`);
  const inputs: Record<string, string> = {};
  const contexts = stepContexts(job, stepEnv);
  for (const [name, spec] of Object.entries(metadata.inputs ?? {})) {
    if (spec.default !== undefined) inputs[name] = interpolateString(spec.default, contexts, stepStatus(job));
  }
  const unexpected = Object.keys(given).filter((name) => !(name in (metadata.inputs ?? {})));
  Object.assign(inputs, given);
  const actionEnv: Record<string, string> = {
    ...env,
    GITHUB_ACTION_PATH: resolve(root, name),
    GITHUB_ACTION_REPOSITORY: uses.split('@')[0]!,
  };
  for (const [name, value] of Object.entries(inputs)) actionEnv[inputVariable(name)] = value;
  const result = await runProcess(node, [bundle], {
    cwd: job.workspace,
    env: actionEnv,
    timeoutMs,
    onLine,
    signal: job.stepAbort?.signal,
  });
  const warning =
    unexpected.length > 0 ? `::warning::Unexpected input(s) '${unexpected.join("', '")}'\n` : '';
  const timeout = result.timedOut ? `::error::The action timed out after ${timeoutMs / 1000}s\n` : '';
  const state = metadata.runs.post ? await readFile(env['GITHUB_STATE']!, 'utf8') : undefined;
  return {
    exitCode: result.exitCode,
    cancelled: result.cancelled,
    output: warning + result.output + timeout,
    state,
    action: { root, name },
  };
}

/** An action's post step, queued to run after the job's main steps with the state its main step saved. */
async function schedulePost(
  job: JobState,
  step: Mapping,
  action: { root: string; name: string },
  state: string,
  env: Record<string, string>,
  timeoutMs: number,
  onLine: (line: string) => void,
): Promise<void> {
  const metadata = await actionMetadata(action.root, action.name);
  const post = metadata.runs.post!;
  const stateEnv = Object.fromEntries(
    Object.entries(parseKeyValueFile(state)).map(([key, value]) => [`STATE_${key}`, value]),
  );
  job.post.unshift(async () => {
    if (!condition(metadata.runs['post-if'] ?? 'always()', stepContexts(job), stepStatus(job))) return;
    const name = `Post ${String(step['name'] ?? step['uses'])}`;
    const bundle = resolve(action.root, action.name, post);
    const result = await runProcess(nodeFor(metadata.runs.using), [bundle], {
      cwd: job.workspace,
      env: { ...env, ...stateEnv },
      timeoutMs,
      onLine,
    });
    if (result.exitCode !== 0) job.failed = true;
    job.run.emit({ type: 'log', job: job.id, step: name, line: `post step exited with ${result.exitCode}` });
  });
}
