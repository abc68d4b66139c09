/**
 * Every `.secret()` input of every action is masked before its first use.
 *
 * The secret inputs are enumerated from each action's input spec (the
 * `inputSpec` its run module exports), and checked against its action.yml
 * both ways, so an input added later is covered without touching this file:
 * a secret-looking input in action.yml that the spec does not mark `.secret()`
 * fails here. Each bundle then runs as a process with every secret input set to
 * its own value, and its stdout must carry `::add-mask::<value>` before the
 * value shows anywhere else (the runner only hides what was masked earlier).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listActions } from '../../scripts/actions.mjs';
import { Field, type Spec } from '../../packages/kit/src/inputs.js';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { readActionMetadata } from '../bench/static-checks.js';
import { ROOT, runAction } from '../bench/runner.js';

/** Names that say "this is a credential"; a switch about one (`…-fail-on-error`) or a list of header names is not. */
const SECRET_LOOKING = /token|password|passphrase|secret|webhook|signing-key|^headers$/i;
const NOT_SECRET = /-fail-on-error$|^secret-headers$/;

const actions = listActions(ROOT);

async function secretInputsOf(action: string): Promise<string[]> {
  const module = (await import(`../../actions/${action}/run.js`)) as {
    inputSpec?: Spec | ((w: string) => Spec);
  };
  const found = module.inputSpec;
  if (!found) throw new Error(`actions/${action}/run.ts exports no inputSpec`);
  const spec = typeof found === 'function' ? found(ROOT) : found;
  for (const [name, definition] of Object.entries(spec)) {
    if (!(definition instanceof Field)) throw new Error(`${action}: input spec entry ${name} is not a field`);
  }
  return Object.entries(spec)
    .filter(([, definition]) => definition.isSecret)
    .map(([name]) => name);
}

/** A value each secret input's parser accepts: a URL for URLs, a header line for headers. */
function secretValue(action: string, name: string): string {
  const tag = `${action}-${name}-${randomBytes(6).toString('hex')}`;
  if (/url/i.test(name)) return `http://127.0.0.1:9/hooks/${tag}`;
  if (name === 'headers') return `Authorization: Bearer ${tag}`;
  return `S3cret-${tag}`;
}

/** Enough for each action to get past its first checks and use what it was given. */
const REQUIRED: Record<string, Record<string, string>> = {
  announce: { kind: 'deploy', version: '1.4.0', environment: 'production', 'smtp-host': '127.0.0.1' },
  authorize: {},
  'build-artifacts': { version: '1.4.0', files: 'README.md' },
  'bump-version': { 'release-type': 'patch' },
  'deploy-env': { environment: 'staging', version: '1.4.0' },
  rollback: { environment: 'staging', reason: 'mask test' },
  'smoke-test': { url: 'http://127.0.0.1:9/health', timeout: '1s' },
};

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator.close().catch(() => undefined);
});

describe('secret inputs are masked before first use', () => {
  it('finds every action and the secret inputs of the ones that have them', async () => {
    expect(actions).toEqual(expect.arrayContaining(['announce', 'smoke-test', 'build-artifacts']));
    expect(await secretInputsOf('smoke-test')).toEqual(['headers', 'prometheus-token']);
    expect(await secretInputsOf('announce')).toEqual(
      expect.arrayContaining(['slack-webhook-url', 'teams-webhook-url', 'smtp-password', 'token']),
    );
  });

  it.each(actions)('%s: action.yml and the input spec agree on which inputs are secret', async (action) => {
    const metadata = await readActionMetadata(action);
    const declared = Object.keys(metadata.inputs ?? {});
    const secret = await secretInputsOf(action);
    const looksSecret = declared.filter((name) => SECRET_LOOKING.test(name) && !NOT_SECRET.test(name));
    expect({ action, notInActionYml: secret.filter((name) => !declared.includes(name)) }).toEqual({
      action,
      notInActionYml: [],
    });
    expect({ action, notMarkedSecret: looksSecret.filter((name) => !secret.includes(name)) }).toEqual({
      action,
      notMarkedSecret: [],
    });
  });

  it.each(actions.filter((name) => existsSync(join(ROOT, 'dist', name, 'index.js'))))(
    '%s: the bundle masks every secret input before the value shows anywhere else',
    async (action) => {
      const secretInputs = await secretInputsOf(action);
      const inputs: Record<string, string> = { ...REQUIRED[action] };
      for (const name of secretInputs) inputs[name] = secretValue(action, name);
      const run = await runAction(action, {
        inputs,
        apiUrl: emulator.url,
        timeoutMs: 45_000,
        env: { RELEASE_ACTIONS_API_RETRY_BASE_MS: '0', RELEASE_ACTIONS_NOTIFY_RETRY_BASE_MS: '0' },
      });
      const problems: string[] = [];
      for (const name of secretInputs) {
        const value = inputs[name]!;
        const maskAt = run.stdout.indexOf(`::add-mask::${value}`);
        const firstSeen = run.stdout.replace(`::add-mask::${value}`, '').indexOf(value);
        if (maskAt < 0) problems.push(`${name}: never masked`);
        else if (firstSeen >= 0 && firstSeen < maskAt) problems.push(`${name}: printed before it was masked`);
        if (run.stderr.includes(value)) problems.push(`${name}: on stderr`);
      }
      expect({ action, problems }).toEqual({ action, problems: [] });
    },
  );
});
