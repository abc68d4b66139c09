// Runs the emulator as its own process (npm run emulator): prints its URL on the first line of
// stdout, then serves until SIGINT or SIGTERM. On exit it reports violations and fails if any.
import { parseArgs } from 'node:util';
import { startEmulator, type Permission } from './index.js';

const USAGE = `usage: npm run emulator -- [--port N] [--repo owner/name] [--git <bare repo>] [--token T]
       [--default-branch main] [--server-url https://github.com] [--user login=permission]...
       [--immutable-releases] [--log]`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    repo: { type: 'string' },
    git: { type: 'string' },
    token: { type: 'string' },
    'default-branch': { type: 'string' },
    'server-url': { type: 'string' },
    user: { type: 'string', multiple: true },
    'immutable-releases': { type: 'boolean' },
    log: { type: 'boolean' },
    help: { type: 'boolean' },
  },
  strict: true,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [owner, repo] = (values.repo ?? 'acme/app').split('/');
if (!owner || !repo) fail(`--repo: got "${values.repo}", expected owner/name`);
if (values.port !== undefined && !/^\d+$/.test(values.port))
  fail(`--port: got "${values.port}", expected a number`);
const users: Record<string, Permission> = {};
for (const entry of values.user ?? []) {
  const [login, permission] = entry.split('=');
  if (!login || !['admin', 'maintain', 'write', 'triage', 'read', 'none'].includes(permission ?? '')) {
    fail(`--user: got "${entry}", expected login=admin|maintain|write|triage|read|none`);
  }
  users[login] = permission as Permission;
}

const emulator = await startEmulator({
  owner,
  repo,
  port: values.port === undefined ? 0 : Number(values.port),
  gitDir: values.git,
  token: values.token,
  defaultBranch: values['default-branch'],
  serverUrl: values['server-url'],
  users,
  immutableReleases: values['immutable-releases'],
});
console.log(emulator.url);
console.error(
  `GitHub API emulator for ${owner}/${repo} on ${emulator.url}` +
    `${values.git ? ` (git: ${values.git})` : ' (in-memory git)'}; token "${values.token ?? 'test-token'}". Ctrl-C stops it.`,
);

let logged = 0;
const logger = values.log
  ? setInterval(() => {
      for (const call of emulator.calls.slice(logged)) {
        console.error(
          `${call.method} ${call.path} ${call.status}${call.operationId ? ` ${call.operationId}` : ''}`,
        );
      }
      logged = emulator.calls.length;
    }, 200)
  : undefined;

async function stop(signal: string): Promise<void> {
  if (logger) clearInterval(logger);
  try {
    await emulator.close();
    console.error(`stopped on ${signal}: ${emulator.calls.length} call(s), no violations`);
    process.exit(0);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));
