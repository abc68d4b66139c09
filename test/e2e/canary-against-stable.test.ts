/**
 * A canary judged against the stable version asked at the same moment, for real on
 * 127.0.0.1: the deploy-env bundle drives the sample provider scripts behind a real
 * nginx router. A canary exactly as slow as the stable version, both over the
 * maximum p95 (a busy machine), is not rolled back; one 50 % slower is.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { runAction, type RunResult } from '../bench/runner.js';
import { startSampleEnvironment, type SampleEnvironment } from './support/sample-environment.js';

let emulator: Emulator;
let environment: SampleEnvironment;
let sha: string;
let runId = 25_000;

function deploy(version: string, strategy: 'direct' | 'canary'): Promise<RunResult> {
  return runAction('deploy-env', {
    inputs: {
      environment: 'production',
      version,
      token: 'test-token',
      ...environment.inputs(strategy),
      'canary-weights': '20,100',
      'analysis-duration': '30s',
      'analysis-rate': '25',
      // Both versions answer in 100–150 ms: every answer is over this maximum.
      'max-p95-latency': '60ms',
      'verify-timeout': '30s',
      'live-check': '1s',
    },
    env: {
      ...environment.env,
      RELEASE_ACTIONS_API_RETRY_BASE_MS: '10',
      RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '0',
    },
    apiUrl: emulator.url,
    sha,
    ref: `refs/tags/v${version}`,
    runId: String((runId += 1)),
    timeoutMs: 90_000,
  });
}

describe('deploy-env judges a canary against the stable version (real nginx)', () => {
  beforeAll(async () => {
    environment = await startSampleEnvironment();
    emulator = await startEmulator();
    sha = await emulator.seedCommit({ message: 'release', branch: 'main' });
    for (const version of ['1.0.0', '2.0.0']) await environment.release(version, { latencyMs: 100 });
    await environment.release('3.0.0', { latencyMs: 150 });
    const first = await deploy('1.0.0', 'direct');
    expect(first.errors).toEqual([]);
  }, 60_000);

  afterAll(async () => {
    await environment?.stop();
    await emulator?.close();
  });

  it('keeps a canary that is slow only as the stable version is slow', async () => {
    const result = await deploy('2.0.0', 'canary');
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ status: 'success' });
    expect(result.summary).toMatch(
      /At 20%: Sequential analysis at a false-alarm rate of 1 %: Stopped early, healthy/,
    );
    expect(result.summary).toMatch(/20 % slower than the stable version's/);
    expect(await environment.liveVersion()).toBe('2.0.0');
  });

  it('rolls back a canary 50 % slower than the stable version', async () => {
    const result = await deploy('3.0.0', 'canary');
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'rolled-back' });
    expect(result.summary).toMatch(
      /At 20%: Sequential analysis at a false-alarm rate of 1 %: Stopped early, bad/,
    );
    expect(await environment.liveVersion()).toBe('2.0.0');
  });
});
