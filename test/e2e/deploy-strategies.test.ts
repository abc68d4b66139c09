/**
 * End to end, for real on 127.0.0.1: the deploy-env bundle drives the sample
 * provider scripts (examples/), which run the sample service behind an nginx
 * router, with the GitHub API emulator as the record. v1 direct, v2 blue-green
 * under continuous traffic (no request may fail), v3 canary 10/50/100 with
 * analysis, then a broken v4 whose analysis fails and is rolled back on its own.
 * Without nginx this fails in beforeAll: it does not skip.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { runAction, type RunResult } from '../bench/runner.js';
import { startSampleEnvironment, type SampleEnvironment } from './support/sample-environment.js';
import { startTrafficClient } from './support/traffic.js';

let emulator: Emulator;
let environment: SampleEnvironment;
let sha: string;
let runId = 9000;

async function deploy(version: string, strategy: 'direct' | 'blue-green' | 'canary'): Promise<RunResult> {
  runId += 1;
  return runAction('deploy-env', {
    inputs: {
      environment: 'production',
      version,
      token: 'test-token',
      ...environment.inputs(strategy),
      'canary-weights': '10,50,100',
      'analysis-duration': '2s',
      'analysis-rate': '25',
      'min-samples': '20',
      'max-error-rate': '5%',
      'retry-delay': '1s',
      'verify-timeout': '20s',
    },
    env: {
      ...environment.env,
      RELEASE_ACTIONS_API_RETRY_BASE_MS: '10',
      RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '0',
    },
    apiUrl: emulator.url,
    sha,
    ref: `refs/tags/v${version}`,
    runId: String(runId),
    timeoutMs: 90_000,
  });
}

function deploymentsOf(version: string) {
  return emulator.state.deployments.filter(
    (deployment) => (deployment.payload as { version?: string }).version === version,
  );
}

describe('deploy-env strategies on a real nginx router', () => {
  beforeAll(async () => {
    environment = await startSampleEnvironment();
    emulator = await startEmulator();
    sha = await emulator.seedCommit({ message: 'release', branch: 'main' });
    for (const version of ['1.0.0', '2.0.0', '3.0.0']) await environment.release(version);
    await environment.release('4.0.0', { broken: 'errors', errorRate: 0.5 });
  });

  afterAll(async () => {
    await environment?.stop();
    await emulator?.close();
  });

  it('deploys v1 directly', async () => {
    const result = await deploy('1.0.0', 'direct');
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ status: 'success', slot: 'blue', 'previous-version': '' });
    expect(await environment.liveVersion()).toBe('1.0.0');
    const [record] = deploymentsOf('1.0.0');
    expect(record!.statuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
    expect(record!.statuses[1]!.logUrl).toBe(`https://github.com/acme/app/actions/runs/${runId}`);
    expect(result.summary).toContain('1.0.0 is live on production');
  });

  it('deploys v2 blue-green while a client sends requests, and not one fails', async () => {
    const client = startTrafficClient(`${environment.routerUrl}/`, { concurrency: 4 });
    const result = await deploy('2.0.0', 'blue-green');
    const traffic = await client.stop();
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ status: 'success', slot: 'green', 'previous-version': '1.0.0' });
    expect(traffic.sent).toBeGreaterThan(50);
    expect(traffic.failures).toEqual([]);
    expect(traffic.byVersion['1.0.0']).toBeGreaterThan(0);
    expect(traffic.byVersion['2.0.0']).toBeGreaterThan(0);
    expect(await environment.liveVersion()).toBe('2.0.0');
    // The old slot keeps running the previous version, for an instant switch back.
    expect(await environment.slots()).toMatchObject({
      blue: { version: '1.0.0' },
      green: { version: '2.0.0' },
    });
    const [v1] = deploymentsOf('1.0.0');
    expect(v1!.statuses.at(-1)!.state).toBe('inactive');
  });

  it('deploys v3 as a canary at 10%, 50% and 100% with an analysis between steps', async () => {
    const client = startTrafficClient(`${environment.routerUrl}/`, { concurrency: 2, intervalMs: 5 });
    const result = await deploy('3.0.0', 'canary');
    const traffic = await client.stop();
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ status: 'success', 'previous-version': '2.0.0' });
    expect(traffic.failures).toEqual([]);
    expect(result.summary).toContain('Canary analysis');
    expect(result.summary).toMatch(/\| 10% \| \d+ \| 0\.00% \|/);
    expect(result.summary).toMatch(/\| 50% \| \d+ \| 0\.00% \|/);
    expect(await environment.liveVersion()).toBe('3.0.0');
    expect(Object.keys(await environment.slots())).not.toContain('canary');
    const [v3] = deploymentsOf('3.0.0');
    const descriptions = v3!.statuses.map((status) => status.description);
    expect(descriptions).toEqual(
      expect.arrayContaining(['[3.0.0] canary at 10%', '[3.0.0] canary at 50%', '[3.0.0] canary at 100%']),
    );
  });

  it('rolls a broken v4 back on its own when the canary analysis fails', async () => {
    const result = await deploy('4.0.0', 'canary');
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'rolled-back', 'previous-version': '3.0.0' });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/analysis of the canary at 10% failed/);
    expect(result.errors[0]).toMatch(/Rolled back to 3\.0\.0/);
    expect(await environment.liveVersion()).toBe('3.0.0');
    expect(Object.keys(await environment.slots())).not.toContain('canary');
    const [bad] = deploymentsOf('4.0.0');
    expect(bad!.statuses.at(-1)).toMatchObject({ state: 'failure' });
    expect(bad!.statuses.at(-1)!.description).toMatch(/^\[4\.0\.0\] rolled back to 3\.0\.0/);
    const rollback = emulator.state.deployments.find(
      (deployment) => (deployment.payload as { rollback_of?: number }).rollback_of === bad!.id,
    );
    expect(rollback).toBeDefined();
    expect(rollback!.payload).toMatchObject({ version: '3.0.0', reason: expect.stringMatching(/analysis/) });
    expect(rollback!.statuses.at(-1)!.state).toBe('success');
    expect(result.summary).toContain('Rolled production back from 4.0.0 to 3.0.0');
    expect(result.summary).toMatch(/The canary \(4\.0\.0\) took up to 10% of requests/);
  });

  it('leaves one deployment per deploy and one for the rollback, with the rollback live', async () => {
    expect(emulator.state.deployments).toHaveLength(5);
    const live = emulator.state.deployments.filter(
      (deployment) => deployment.statuses.at(-1)?.state === 'success',
    );
    expect(live).toHaveLength(1);
    expect((live[0]!.payload as { version: string }).version).toBe('3.0.0');
  });
});
