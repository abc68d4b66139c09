import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listActions } from '../../scripts/actions.mjs';
import { startEmulator } from '../bench/emulator/index.js';
import { startReceiver, type Receiver } from '../bench/receivers/index.js';
import { readActionMetadata } from '../bench/static-checks.js';
import { ROOT, runAction, type RunResult } from '../bench/runner.js';

/**
 * Every action bundle in dist/, run with every secret-looking input set to a
 * distinctive value: none of those values may appear in stdout (apart from the
 * ::add-mask:: command that hides it), stderr, the job summary or the outputs.
 * The runner would mask them in its log, but a value printed raw is still a
 * leak: in annotations shown elsewhere, in outputs passed on, in other tools.
 *
 * Data-driven, so actions added later are covered without touching this file:
 * secret inputs are found by name in each action.yml; the few inputs an action
 * needs to get past its first checks come from the table below (else empty).
 */

const SECRET_NAME = /token|webhook|key|password|secret|signing/i;
/** Switches about a secret-named thing are not secrets themselves. */
const NOT_SECRET = /-fail-on-error$/;

/** URL-valued secrets point here: a server that answers with an error page repeating the request line. */
let echo: Receiver;
let closedPort: number;
const dirs: string[] = [];

beforeAll(async () => {
  echo = await startReceiver({ name: 'echo', respond: () => ({ status: 404, echoRequest: true }) });
  // A port nothing listens on (the echo server's, once it is used for nothing else, is not one).
  const spare = await startReceiver({ name: 'spare' });
  closedPort = Number(new URL(spare.url).port);
  await spare.close();
});

afterAll(async () => {
  await echo.close();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Enough for each action to reach the code that uses its secrets. */
function requiredInputs(action: string): Record<string, string> {
  const table: Record<string, Record<string, string>> = {
    announce: {
      kind: 'deploy',
      version: '1.4.0',
      environment: 'production',
      'smtp-host': '127.0.0.1',
      'smtp-port': String(closedPort),
      'smtp-username': 'ci',
      'email-from': 'ci@example.com',
      'email-to': 'team@example.com',
    },
    'build-artifacts': { version: '1.4.0', files: 'README.md' },
    'bump-version': { 'release-type': 'patch' },
    'deploy-env': { environment: 'staging', version: '1.4.0' },
    rollback: { environment: 'staging', reason: 'leak test' },
    'smoke-test': { url: `${echo.url}/health`, timeout: '2s' },
  };
  return table[action] ?? {};
}

function secretValue(action: string, input: string): string {
  const tag = `${action}-${input}-${randomBytes(6).toString('hex')}`;
  return /url|webhook/i.test(input) ? secretUrl(tag) : `S3cret-${tag}`;
}

function secretUrl(tag: string): string {
  return `${echo.url}/leak/${tag}-${randomBytes(6).toString('hex')}`;
}

/** The forms a secret could leak in: whole, and for a URL its path (where a webhook's credential lives). */
function forms(secret: string): string[] {
  if (!secret.startsWith('http')) return [secret];
  return [secret, new URL(secret).pathname];
}

function leaks(run: RunResult, secrets: string[]): string[] {
  const places: Record<string, string> = {
    stdout: run.stdout
      .split(/\r?\n/)
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
  };
  const found: string[] = [];
  for (const secret of secrets) {
    for (const form of forms(secret)) {
      for (const [place, text] of Object.entries(places)) {
        if (text.includes(form)) found.push(`${form} in ${place}`);
      }
    }
  }
  return found;
}

const actions = listActions(ROOT).filter((name) => existsSync(join(ROOT, 'dist', name, 'index.js')));

describe('secrets never leak', () => {
  it('finds action bundles to check', () => {
    expect(actions).toContain('announce');
  });

  it.each(actions)('%s keeps every secret input out of its log, summary and outputs', async (action) => {
    const metadata = await readActionMetadata(action);
    const secretInputs = Object.keys(metadata.inputs ?? {}).filter(
      (name) => SECRET_NAME.test(name) && !NOT_SECRET.test(name),
    );
    const inputs: Record<string, string> = { ...requiredInputs(action) };
    for (const name of secretInputs) inputs[name] = secretValue(action, name);
    const workspace = await mkdtemp(join(tmpdir(), `leak-${action}-`));
    dirs.push(workspace);
    const emulator = await startEmulator();
    let run: RunResult;
    try {
      run = await runAction(action, {
        inputs,
        workspace,
        apiUrl: emulator.url,
        timeoutMs: 45_000,
        env: {
          RELEASE_ACTIONS_API_RETRY_BASE_MS: '0',
          RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '10',
          RELEASE_ACTIONS_NOTIFY_RETRY_BASE_MS: '10',
        },
      });
    } finally {
      // This test is about leaks; each action's own tests hold it to the API's description.
      await emulator.close().catch(() => undefined);
    }
    const secrets = secretInputs.map((name) => inputs[name]!);
    expect({ action, leaks: leaks(run, secrets) }).toEqual({ action, leaks: [] });
  });

  it('announce, with every channel failing, names the failures but not the secrets', async () => {
    const token = `xoxb-${randomBytes(8).toString('hex')}`;
    const inputs: Record<string, string> = {
      kind: 'failure',
      version: '1.4.0',
      reason: 'leak test',
      'slack-token': token,
      'slack-channel': 'C1',
      'slack-api-url': `${echo.url}/slack-api`,
      'teams-webhook-url': secretUrl('teams'),
      'discord-webhook-url': secretUrl('discord'),
      'webhook-url': secretUrl('webhook'),
      'webhook-secret': secretValue('announce', 'hmac'),
    };
    const run = await runAction('announce', { inputs, env: { RELEASE_ACTIONS_NOTIFY_RETRY_BASE_MS: '10' } });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toContain('teams: HTTP 404: <!DOCTYPE html><html><body><pre>Cannot POST ***');
    expect(run.errors[0]).toContain('discord: HTTP 404');
    expect(run.errors[0]).toContain('slack: HTTP 404');
    const secrets = [
      token,
      inputs['teams-webhook-url']!,
      inputs['discord-webhook-url']!,
      inputs['webhook-url']!,
      inputs['webhook-secret']!,
    ];
    expect(leaks(run, secrets)).toEqual([]);
  });
});
