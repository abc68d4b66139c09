// The origin over HTTP, as github.com serves it: `<server>/<owner>/<repo>.git` through git's own
// smart HTTP server (git http-backend), with the token the client authenticates with deciding who
// pushes. A pre-receive hook on the bare origin asks the emulator whether branch protection and
// rulesets allow each ref update, and logs every push it sees; pushes straight to the bare
// directory (the tests' own set-up) go through the same hook as the repository owner.
import { spawn } from 'node:child_process';
import { appendFile, chmod, readFile, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname, join } from 'node:path';
import type { EmulatorContext } from './context.js';
import { pushRefusal, type Actor } from './protection.js';
import type { Scopes } from './token-scopes.js';

export interface GitCaller {
  actor: Actor;
  /** A job token's scopes; undefined for a token with every scope. */
  scopes?: Scopes;
}

export interface PushLogEntry {
  at: string;
  /** Login of who pushed: `local` for a push straight to the bare directory. */
  pusher: string;
  ref: string;
  oldSha: string;
  newSha: string;
  accepted: boolean;
  message?: string;
}

const HOOK_CONFIG = 'bench-emulator.json';
export const PUSH_LOG = 'bench-push-log.jsonl';
/** The owner of the repository, pushing from their own machine. */
const LOCAL: Actor = { login: 'local', permission: 'admin' };

/** The hook: a small CommonJS program run by the Node that runs the tests. */
function hookSource(): string {
  return `#!${process.execPath}
// Installed by the GitHub API emulator: branch protection and rulesets for pushes.
const { execFileSync } = require('node:child_process');
const { appendFileSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const dir = process.cwd();
const lines = readFileSync(0, 'utf8').split('\\n').filter(Boolean);
const zero = '0'.repeat(40);
const updates = lines.map((line) => {
  const [oldSha, newSha, ref] = line.split(' ');
  let forced = false;
  if (oldSha !== zero && newSha !== zero) {
    try { execFileSync('git', ['merge-base', '--is-ancestor', oldSha, newSha], { stdio: 'ignore' }); }
    catch { forced = true; }
  }
  return { ref, oldSha, newSha, forced };
});
const pusher = process.env.REMOTE_USER ? { login: process.env.REMOTE_USER, permission: process.env.BENCH_PUSHER_PERMISSION || 'read' } : undefined;
(async () => {
  let answer = { refusal: undefined };
  try {
    const config = JSON.parse(readFileSync(join(dir, '${HOOK_CONFIG}'), 'utf8'));
    const response = await fetch(config.url + '/_bench/pre-receive', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pusher, updates }),
    });
    answer = await response.json();
  } catch {}
  const at = new Date().toISOString();
  for (const u of updates) {
    appendFileSync(join(dir, '${PUSH_LOG}'), JSON.stringify({ at, pusher: pusher ? pusher.login : 'local', ref: u.ref, oldSha: u.oldSha, newSha: u.newSha, accepted: !answer.refusal, ...(answer.refusal ? { message: answer.refusal } : {}) }) + '\\n');
  }
  if (answer.refusal) { process.stderr.write(answer.refusal + '\\n'); process.exit(1); }
})();
`;
}

export async function installHook(gitDir: string, url: string): Promise<void> {
  // github.com serves any commit reachable from a ref by its SHA, as actions/checkout's `ref: <sha>` needs.
  await new Promise<void>((resolve, reject) =>
    spawn('git', [`--git-dir=${gitDir}`, 'config', 'uploadpack.allowReachableSHA1InWant', 'true'], {
      stdio: 'ignore',
    })
      .on('error', reject)
      .on('close', () => resolve()),
  );
  const hook = join(gitDir, 'hooks', 'pre-receive');
  await writeFile(hook, hookSource());
  await chmod(hook, 0o755);
  await writeFile(join(gitDir, HOOK_CONFIG), JSON.stringify({ url }));
}

/** The emulator is gone: pushes are accepted again (and still logged). */
export async function detachHook(gitDir: string): Promise<void> {
  await rm(join(gitDir, HOOK_CONFIG), { force: true });
}

export async function readPushLog(gitDir: string): Promise<PushLogEntry[]> {
  const text = await readFile(join(gitDir, PUSH_LOG), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as PushLogEntry);
}

/** The hook's question: the refusal GitHub would print for the first update it refuses. */
export function preReceiveAnswer(ctx: EmulatorContext, body: unknown): { refusal?: string } {
  const { pusher, updates } = body as {
    pusher?: Actor;
    updates: Array<{ ref: string; oldSha: string; newSha: string; forced: boolean }>;
  };
  for (const update of updates) {
    const refusal = pushRefusal(ctx, update, pusher ?? LOCAL);
    if (refusal) return { refusal };
  }
  return {};
}

/** `/<owner>/<repo>.git/<rest>` (or without .git) to `<rest>`, for this repository only. */
export function gitPath(ctx: EmulatorContext, path: string): string | undefined {
  const prefix = new RegExp(
    `^/${ctx.owner}/${ctx.repo}(?:\\.git)?(/(?:info/refs|git-upload-pack|git-receive-pack|HEAD))$`,
    'i',
  );
  return prefix.exec(path)?.[1];
}

function parseCgi(output: Buffer): { status: number; headers: Record<string, string>; body: Buffer } {
  let split = output.indexOf('\r\n\r\n');
  let gap = 4;
  if (split === -1) {
    split = output.indexOf('\n\n');
    gap = 2;
  }
  const head = output.subarray(0, split).toString('latin1');
  const headers: Record<string, string> = {};
  let status = 200;
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    const [name, value] = [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
    if (name === 'status') status = Number(value.split(' ')[0]);
    else if (name) headers[name] = value;
  }
  return { status, headers, body: output.subarray(split + gap) };
}

function deny(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(`${text}\n`);
}

/** Serves one smart HTTP request for the caller (undefined: no or bad credentials). */
export async function serveGit(
  ctx: EmulatorContext,
  req: IncomingMessage,
  res: ServerResponse,
  rest: string,
  body: Buffer,
  caller: GitCaller | undefined,
): Promise<void> {
  if (!ctx.gitDir) return deny(res, 404, 'Repository not found.');
  if (!caller)
    return deny(res, 401, 'Invalid username or token.', { 'www-authenticate': 'Basic realm="GitHub"' });
  const url = new URL(req.url ?? '/', 'http://emulator.invalid');
  const pushing = rest === '/git-receive-pack' || url.searchParams.get('service') === 'git-receive-pack';
  const level = caller.scopes ? (caller.scopes['contents'] ?? 'none') : caller.actor.permission;
  const may = pushing ? ['write', 'maintain', 'admin'].includes(level) : level !== 'none';
  if (!may)
    return deny(res, 403, `Permission to ${ctx.owner}/${ctx.repo}.git denied to ${caller.actor.login}.`);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    GIT_PROJECT_ROOT: dirname(ctx.gitDir),
    GIT_HTTP_EXPORT_ALL: '1',
    PATH_INFO: `/${basename(ctx.gitDir)}${rest}`,
    REQUEST_METHOD: req.method ?? 'GET',
    QUERY_STRING: url.search.slice(1),
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    CONTENT_LENGTH: String(body.length),
    REMOTE_USER: caller.actor.login,
    REMOTE_ADDR: '127.0.0.1',
    BENCH_PUSHER_PERMISSION: caller.scopes ? 'write' : caller.actor.permission,
    ...(req.headers['content-encoding']
      ? { HTTP_CONTENT_ENCODING: String(req.headers['content-encoding']) }
      : {}),
    ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
  };
  const output = await new Promise<Buffer>((resolve, reject) => {
    const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', () => undefined);
    child.on('error', reject);
    child.on('close', () => resolve(Buffer.concat(chunks)));
    child.stdin.on('error', () => undefined);
    child.stdin.end(body);
  });
  const answer = parseCgi(output);
  res.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.length) });
  res.end(answer.body);
}

export async function appendPushLog(gitDir: string, entry: PushLogEntry): Promise<void> {
  await appendFile(join(gitDir, PUSH_LOG), `${JSON.stringify(entry)}\n`);
}
