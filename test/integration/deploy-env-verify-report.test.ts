/**
 * What deploy-env tells while it verifies and when verification fails, as the runner shows it: the bundle
 * as a process, a scripted provider (real bash commands, a real HTTP server) and the API emulator.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { runAction } from '../bench/runner.js';
import { startScriptedProvider, type ScriptedProvider } from '../e2e/support/scripted-provider.js';

let emulator: Emulator;
let provider: ScriptedProvider;
let sha: string;
let nextRun = 5000;

const API_ENV = { RELEASE_ACTIONS_API_RETRY_BASE_MS: '10', RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '0' };

function deployEnv(version: string, extra: Record<string, string> = {}) {
  return runAction('deploy-env', {
    inputs: {
      token: 'test-token',
      environment: 'production',
      version,
      ...provider.inputs('blue-green'),
      ...extra,
    },
    env: API_ENV,
    apiUrl: emulator.url,
    sha,
    ref: 'refs/heads/main',
    runId: String((nextRun += 1)),
  });
}

beforeEach(async () => {
  emulator = await startEmulator();
  provider = await startScriptedProvider();
  sha = await emulator.seedCommit({ message: 'release', branch: 'main' });
});

afterEach(async () => {
  await provider.stop();
  await emulator.close();
});

describe('verification reports', () => {
  it('says what it waits for while it verifies, and shows the answer of a failed verification once', async () => {
    await deployEnv('1.0.0');
    await provider.breakVersion('2.0.0');
    const result = await deployEnv('2.0.0', { 'verify-timeout': '12s' });
    expect(result.exitCode).toBe(1);
    const url = `${provider.url}/slots/green/health`;

    // Progress while it waits, instead of twelve seconds of silence.
    const waiting = result.log.split('\n').filter((line) => line.startsWith('Waiting for '));
    expect(waiting.length).toBeGreaterThanOrEqual(2);
    expect(waiting[0]).toMatch(
      new RegExp(
        `^Waiting for ${escape(url)} to answer 2xx with \\$\\.version = 2\\.0\\.0: try \\d+, \\d+ s of 12 s, last answer: status 500 \\(expected 2xx\\)$`,
      ),
    );

    // The failure names the URL once, with what it answered.
    const failure =
      `slot green did not become healthy: ${url}: status 500 (expected 2xx) ` +
      '(its answer now: status 500, body {"error":"broken"})';
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(
      `Deploying 2.0.0 to production failed: ${failure}. Rolled back to 1.0.0`,
    );

    // Written once in the log (the error) and once in the summary (its Failure row).
    expect(count(result.log, 'did not become healthy')).toBe(1);
    expect(result.log).toContain('Deploying 2.0.0 failed; rolling back to 1.0.0');
    expect(count(result.summary, 'did not become healthy')).toBe(1);
    expect(result.summary).toContain(`| Failure | ${failure.replace(/\|/g, '\\|')} |`);
    expect(result.summary).toContain('| verify | slot green (the failure above) |');
    expect(result.summary).toContain('| Reason | the failure above |');
  });
});

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
