/**
 * What the commands an action starts can see. Every action that runs a
 * user's command (smoke-test's `command`, validate-gates' custom commands,
 * build-artifacts' build, deploy-env's and rollback's provider commands) or
 * git (whose hooks are user code) is run as a process with secret inputs set
 * and the runner's service tokens in its environment; each command writes its
 * whole environment to a file. No input variable, no secret value, no service
 * token may be in it; what the user put in the step's `env:` must be.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../bench/emulator/index.js';
import { createGitFixture } from '../bench/git-fixture.js';
import { startReceiver, type Receiver } from '../bench/receivers/index.js';
import { runAction, type RunOptions, type RunResult } from '../bench/runner.js';

const secret = (what: string) => `${what}-${randomBytes(8).toString('hex')}`;
const RUNTIME_TOKEN = secret('runtime-token');
const ID_TOKEN = secret('id-token-request-token');
const GITHUB_TOKEN = secret('ghs');
const PASSED = secret('passed-on-purpose');

/** The runner's tokens for JavaScript actions, and one variable the user hands the command on purpose. */
const RUNNER_ENV = {
  ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN,
  ACTIONS_RUNTIME_URL: 'http://127.0.0.1:9/runtime/',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: ID_TOKEN,
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc',
  STEP_VALUE: PASSED,
  RELEASE_ACTIONS_API_RETRY_BASE_MS: '0',
  RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '10',
};

let root: string;
let health: Receiver;
let prometheus: Receiver;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'child-env-'));
  health = await startReceiver({ name: 'health', respond: () => ({ status: 200, body: 'ok' }) });
  prometheus = await startReceiver({
    name: 'prometheus',
    respond: () => ({
      status: 200,
      body: { status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [1, '0'] }] } },
    }),
  });
});

afterAll(async () => {
  await health.close();
  await prometheus.close();
  await rm(root, { recursive: true, force: true });
});

/** A folder the commands write their environments into (`env > "$DUMPS/<name>"`). */
async function dumpFolder(name: string): Promise<string> {
  const folder = join(root, name);
  await mkdir(folder, { recursive: true });
  return folder;
}

async function readDumps(folder: string): Promise<Record<string, string>> {
  const dumps: Record<string, string> = {};
  for (const file of await readdir(folder)) dumps[file] = await readFile(join(folder, file), 'utf8');
  return dumps;
}

/** What a command must not have seen: input variables, secret values, the runner's tokens. */
function exposures(dumps: Record<string, string>, secrets: string[]): string[] {
  const found: string[] = [];
  for (const [file, text] of Object.entries(dumps)) {
    for (const line of text.split('\n'))
      if (/^INPUT_/.test(line)) found.push(`${file}: ${line.split('=')[0]}`);
    for (const value of [...secrets, RUNTIME_TOKEN, ID_TOKEN, GITHUB_TOKEN]) {
      if (text.includes(value)) found.push(`${file}: ${value}`);
    }
  }
  return found;
}

function expectClean(run: RunResult, dumps: Record<string, string>, secrets: string[]): void {
  // The commands did run, saw the step's own env, and saw nothing of the step's secrets.
  if (Object.keys(dumps).length === 0) expect({ ran: false, errors: run.errors }).toEqual({ ran: true });
  for (const text of Object.values(dumps)) expect(text).toContain(`STEP_VALUE=${PASSED}`);
  expect(exposures(dumps, secrets)).toEqual([]);
}

function run(name: string, dumps: string, options: RunOptions): Promise<RunResult> {
  return runAction(name, {
    ...options,
    timeoutMs: 60_000,
    env: { ...RUNNER_ENV, DUMPS: dumps, ...options.env },
  });
}

describe('child process environments hold no inputs, secrets or runner tokens', () => {
  it('smoke-test: the command check sees neither the headers, the URL credentials nor the Prometheus token', async () => {
    const dumps = await dumpFolder('smoke-test');
    const bearer = secret('bearer');
    const password = secret('password');
    const accessToken = secret('access');
    const promToken = secret('prom');
    const url = new URL(`${health.url}/health`);
    url.username = 'deploy';
    url.password = password;
    url.searchParams.set('access_token', accessToken);
    const result = await run('smoke-test', dumps, {
      inputs: {
        url: url.toString(),
        headers: `Authorization: Bearer ${bearer}\nX-Api-Key: ${bearer}-key`,
        command: 'env > "$DUMPS/command.env"',
        'prometheus-url': prometheus.url,
        'prometheus-query': 'sum(rate(errors[5m]))',
        'prometheus-threshold': '< 1',
        'prometheus-token': promToken,
        timeout: '5s',
      },
    });
    expect(result.errors).toEqual([]);
    expectClean(result, await readDumps(dumps), [bearer, password, accessToken, promToken]);
  });

  it('validate-gates: custom commands do not see the token', async () => {
    const dumps = await dumpFolder('validate-gates');
    const token = secret('gates-token');
    const result = await run('validate-gates', dumps, {
      inputs: { gates: 'custom', 'custom-commands': 'dump: env > "$DUMPS/custom.env"', token },
    });
    expect(result.errors).toEqual([]);
    expectClean(result, await readDumps(dumps), [token]);
  });

  it('build-artifacts: the build does not see the token, the signing key or its passphrase', async () => {
    const dumps = await dumpFolder('build-artifacts');
    const workspace = await mkdtemp(join(root, 'build-ws-'));
    await writeFile(join(workspace, 'README.md'), '# app\n');
    const secrets = [secret('build-token'), secret('signing-key'), secret('passphrase')];
    const result = await run('build-artifacts', dumps, {
      workspace,
      env: { SOURCE_DATE_EPOCH: '1767603600' },
      inputs: {
        version: '1.4.0',
        files: 'README.md',
        'build-script': 'env > "$DUMPS/build.env"',
        token: secrets[0],
        'signing-key': secrets[1],
        'signing-passphrase': secrets[2],
      },
    });
    // Signing with a made-up key may fail; the build ran first, and that is what is looked at.
    expect(result.errors.join('\n')).not.toMatch(/Build/);
    expectClean(result, await readDumps(dumps), secrets);
  });

  it('deploy-env and rollback: provider commands do not see the token', async () => {
    const dumps = await dumpFolder('deploy');
    const token = secret('deploy-token');
    const emulator = await startEmulator({ token });
    try {
      const sha = await emulator.seedCommit({ message: 'release', branch: 'main' });
      const command = 'env > "$DUMPS/$RELEASE_OPERATION-$RELEASE_VERSION-$RELEASE_ROLLBACK.env"';
      const inputs = { environment: 'staging', 'deploy-command': command, token };
      let runId = 5100;
      for (const version of ['1.0.0', '1.1.0']) {
        const deployed = await run('deploy-env', dumps, {
          inputs: { ...inputs, version },
          apiUrl: emulator.url,
          sha,
          runId: String((runId += 1)),
        });
        expect(deployed.errors).toEqual([]);
      }
      const rolledBack = await run('rollback', dumps, {
        inputs: { ...inputs, reason: 'errors after release' },
        apiUrl: emulator.url,
        sha,
        runId: String((runId += 1)),
      });
      expect(rolledBack.errors).toEqual([]);
      const all = await readDumps(dumps);
      expect(Object.keys(all).some((file) => file.endsWith('-true.env'))).toBe(true);
      expectClean(rolledBack, all, [token]);
    } finally {
      await emulator.close();
    }
  });

  /** A hook git runs on every ref update and push: user code, like husky's. */
  async function installHooks(workspace: string): Promise<void> {
    const hooks = join(workspace, '.git', 'hooks');
    await mkdir(hooks, { recursive: true });
    for (const hook of ['reference-transaction', 'pre-push', 'pre-commit']) {
      const path = join(hooks, hook);
      await writeFile(path, `#!/bin/sh\nenv > "$DUMPS/${hook}-$$.env"\ncat > /dev/null\nexit 0\n`);
      await chmod(path, 0o755);
    }
  }

  it('bump-version: git hooks run while committing, tagging and pushing do not see the token', async () => {
    const dumps = await dumpFolder('bump-version');
    const fixture = await createGitFixture({ files: { 'package.json': '{ "version": "1.0.0" }\n' } });
    try {
      await fixture.tag('v1.0.0', 'v1.0.0');
      await fixture.commit('fix: handle empty pages');
      await fixture.push('all');
      await installHooks(fixture.work);
      const token = secret('bump-token');
      const result = await run('bump-version', dumps, {
        workspace: fixture.work,
        inputs: { 'release-type': 'auto', 'pull-request-lookups': '0', token },
      });
      expect(result.errors).toEqual([]);
      expect(result.outputs['version']).toBe('1.0.1');
      expectClean(result, await readDumps(dumps), [token]);
    } finally {
      await fixture.cleanup();
    }
  });

  it('sync-branches: git hooks run while merging and pushing do not see the token', async () => {
    const dumps = await dumpFolder('sync-branches');
    const fixture = await createGitFixture({ files: { 'README.md': '# app\n' } });
    try {
      await fixture.script([
        { branch: 'develop' },
        { checkout: 'main' },
        { commit: 'fix: on main', files: { 'main.txt': 'main\n' } },
        { push: 'all' },
      ]);
      const workspace = await fixture.clone('workspace');
      await installHooks(workspace);
      const token = secret('sync-token');
      const result = await run('sync-branches', dumps, {
        workspace,
        inputs: { source: 'main', targets: 'develop', token },
      });
      expect(result.errors).toEqual([]);
      expectClean(result, await readDumps(dumps), [token]);
    } finally {
      await fixture.cleanup();
    }
  });
});
