/**
 * The live check after a blue-green switch, for real on 127.0.0.1: the deploy-env
 * bundle drives the sample provider scripts behind a real nginx router. A version
 * with a small background error rate is not switched away from for one failed
 * answer; one that fails every request is switched back at its second.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { runAction, type RunResult } from '../bench/runner.js';
import { startSampleEnvironment, type SampleEnvironment } from './support/sample-environment.js';

let emulator: Emulator;
let environment: SampleEnvironment;
let sha: string;
let runId = 35_000;

function deploy(version: string, strategy: 'direct' | 'blue-green'): Promise<RunResult> {
  return runAction('deploy-env', {
    inputs: {
      environment: 'production',
      version,
      token: 'test-token',
      ...environment.inputs(strategy),
      'live-check': '3s',
      'verify-timeout': '30s',
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
    timeoutMs: 60_000,
  });
}

describe('the live check after a blue-green switch (real nginx)', () => {
  beforeAll(async () => {
    environment = await startSampleEnvironment();
    emulator = await startEmulator();
    sha = await emulator.seedCommit({ message: 'release', branch: 'main' });
    await environment.release('1.0.0');
    // Every tenth answer fails, never two in a row: failures that come one at a time.
    await environment.release('2.0.0', { broken: 'errors', errorRate: 0.1 });
    await environment.release('3.0.0', { broken: 'errors', errorRate: 1 });
    const first = await deploy('1.0.0', 'direct');
    expect(first.errors).toEqual([]);
  }, 60_000);

  afterAll(async () => {
    await environment?.stop();
    await emulator?.close();
  });

  it('keeps a version whose failures come one at a time', async () => {
    const result = await deploy('2.0.0', 'blue-green');
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ status: 'success' });
    expect(result.log).toMatch(
      /Live check of http:\/\/127\.0\.0\.1:\d+\/: \d+ answers, \d+ failed alone \(the next answer was fine\)/,
    );
    expect(await environment.liveVersion()).toBe('2.0.0');
  });

  it('switches back from a version that fails every request at its second failed answer', async () => {
    const result = await deploy('3.0.0', 'blue-green');
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'rolled-back' });
    expect(result.errors[0]).toMatch(
      /failed its live check: it answered with a failure \(status 500\) on request 1 after the switch, and again \(status 500\) at once/,
    );
    expect(await environment.liveVersion()).toBe('2.0.0');
  });
});
