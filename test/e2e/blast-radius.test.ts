/**
 * How long a bad version serves, for real on 127.0.0.1: the deploy-env and rollback
 * bundles drive the sample provider scripts behind a real nginx router, with the
 * GitHub API emulator as the record. A blue-green slot that breaks after the switch
 * is switched back at its first failed answer; a failing canary is stopped by the
 * sequential analysis; a late rollback leaves a newer good version alone; a run of
 * the live version keeps the standby slot; a re-run after a rollback rolls back
 * again; a cancelled deploy ends on a known version; rolling records no slot.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { runAction, type RunOptions, type RunResult } from '../bench/runner.js';
import { startSampleEnvironment, type SampleEnvironment } from './support/sample-environment.js';
import { startTrafficClient } from './support/traffic.js';

let emulator: Emulator;
let environment: SampleEnvironment;
let sha: string;
let runId = 15_000;
const API_ENV = { RELEASE_ACTIONS_API_RETRY_BASE_MS: '10', RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '0' };

type Strategy = 'direct' | 'blue-green' | 'canary' | 'rolling';

function deploy(
  version: string,
  strategy: Strategy,
  extra: Record<string, string> = {},
  options: Partial<RunOptions> & { attempt?: string } = {},
): Promise<RunResult> {
  return runAction('deploy-env', {
    inputs: {
      environment: 'production',
      version,
      token: 'test-token',
      ...environment.inputs(strategy),
      'canary-weights': '10,100',
      'analysis-duration': '2s',
      'analysis-rate': '25',
      'max-error-rate': '5%',
      'retry-delay': '1s',
      // Long enough that waiting for the environment to get healthy again would time the test out.
      'verify-timeout': '60s',
      'live-check': '2s',
      ...extra,
    },
    env: {
      ...environment.env,
      ...API_ENV,
      ...(options.attempt ? { GITHUB_RUN_ATTEMPT: options.attempt } : {}),
    },
    apiUrl: emulator.url,
    sha,
    ref: `refs/tags/v${version}`,
    runId: options.runId ?? String((runId += 1)),
    timeoutMs: 45_000,
    onSpawn: options.onSpawn,
  });
}

function rollback(inputs: Record<string, string>): Promise<RunResult> {
  return runAction('rollback', {
    inputs: {
      environment: 'production',
      reason: 'late failure report',
      token: 'test-token',
      ...environment.inputs('blue-green'),
      ...inputs,
    },
    env: { ...environment.env, ...API_ENV },
    apiUrl: emulator.url,
    sha,
    runId: String((runId += 1)),
    timeoutMs: 45_000,
  });
}

const payloadOf = (deployment: { payload: unknown }) =>
  deployment.payload as { version?: string; slot?: string; rollback_of?: number; previous_slot?: string };
const deploymentsOf = (version: string) =>
  emulator.state.deployments.filter((deployment) => payloadOf(deployment).version === version);
const rollbacksOf = (id: number) =>
  emulator.state.deployments.filter((deployment) => payloadOf(deployment).rollback_of === id);
const lastStatus = (deployment: { statuses: Array<{ state: string; description?: string | null }> }) =>
  deployment.statuses.at(-1)!;

describe('deploy-env limits how long a bad version serves (real nginx)', () => {
  beforeAll(async () => {
    environment = await startSampleEnvironment();
    emulator = await startEmulator();
    sha = await emulator.seedCommit({ message: 'release', branch: 'main' });
    for (const version of ['1.0.0', '2.0.0', '7.0.0', '8.0.0']) await environment.release(version);
    // Healthy where it is verified (/health), failing every user request once traffic arrives.
    for (const version of ['3.0.0', '6.0.0'])
      await environment.release(version, { broken: 'errors', errorRate: 1 });
    await environment.release('4.0.0', { broken: 'errors', errorRate: 1 });
    const first = await deploy('1.0.0', 'direct');
    expect(first.errors).toEqual([]);
    const second = await deploy('2.0.0', 'blue-green');
    expect(second.errors).toEqual([]);
  }, 120_000);

  afterAll(async () => {
    await environment?.stop();
    await emulator?.close();
  });

  it('changes nothing when the live version is deployed again, keeping the standby slot', async () => {
    const before = await environment.slots();
    expect(before).toMatchObject({ blue: { version: '1.0.0' }, green: { version: '2.0.0' } });
    const result = await deploy('2.0.0', 'blue-green');
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ status: 'success', slot: 'green' });
    expect(await environment.slots()).toEqual(before);
    const latest = deploymentsOf('2.0.0').at(-1)!;
    expect(lastStatus(latest)).toMatchObject({ state: 'success' });
    expect(lastStatus(latest).description).toMatch(/already live, unchanged/);
    expect(payloadOf(latest)).toMatchObject({ slot: 'green', previous_slot: 'blue' });
  });

  it('switches a slot that breaks on live traffic straight back, timed from the first failed answer', async () => {
    const client = startTrafficClient(`${environment.routerUrl}/`, { concurrency: 2, intervalMs: 5 });
    const result = await deploy('3.0.0', 'blue-green');
    const traffic = await client.stop();
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({
      status: 'rolled-back',
      slot: 'green',
      'previous-version': '2.0.0',
    });
    expect(result.errors[0]).toMatch(/failed its live check: .*status 500.* on request \d+ after the switch/);
    expect(result.errors[0]).toMatch(
      /Rolled back to 2\.0\.0: traffic was back on it .+ after the first failed answer/,
    );
    expect(await environment.liveVersion()).toBe('2.0.0');
    expect(traffic.byVersion['3.0.0'] ?? 0).toBeLessThan(traffic.sent);
    expect(result.summary).toMatch(/\| Traffic back on 2\.0\.0 \| .+ after the first failed answer \|/);
    // Traffic goes back with the user's switch command first; the rollback is recorded after it.
    const steps = result.summary.split('\n').filter((line) => /^\| \d+ \| /.test(line));
    const switchBack = steps.findIndex((line) => /\| switch \| back to slot green \|/.test(line));
    const recorded = steps.findIndex((line) => /\| record \| rollback deployment of 2\.0\.0 \|/.test(line));
    expect(switchBack).toBeGreaterThan(-1);
    expect(recorded).toBeGreaterThan(switchBack);
    const [rollbackDeployment] = rollbacksOf(deploymentsOf('3.0.0')[0]!.id);
    expect(rollbackDeployment!.statuses.map((status) => status.state)).toEqual(['in_progress', 'success']);
    expect(lastStatus(deploymentsOf('3.0.0')[0]!)).toMatchObject({ state: 'failure' });
    // The live check is one step of requests, not a wait for health with retries; its row points at the
    // Failure row rather than repeating it.
    expect(result.summary).toMatch(/\| Failure \| .*failed its live check: .*status 500/);
    expect(result.summary).toMatch(
      /\| live \| live traffic at http:\/\/127\.0\.0\.1:\d+\/ \(the failure above\) \|/,
    );
    expect(result.summary.split('failed its live check')).toHaveLength(2);
  });

  it('stops the analysis of a failing canary as soon as the verdict is certain', async () => {
    const result = await deploy('4.0.0', 'canary', { 'analysis-duration': '60s', 'analysis-rate': '10' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'rolled-back' });
    expect(result.summary).toMatch(
      /At 10%: Sequential analysis at a false-alarm rate of 1 %: Stopped early, bad, after (\d+) requests/,
    );
    const requests = Number(/Stopped early, bad, after (\d+) requests/.exec(result.summary)![1]);
    expect(requests).toBeLessThan(60);
    expect(result.summary).toMatch(/\| failed requests( \(against the stable version\))? \|/);
    expect(await environment.liveVersion()).toBe('2.0.0');
  });

  it('does nothing when asked to roll back a deployment that was already rolled back', async () => {
    const [bad] = deploymentsOf('3.0.0');
    const count = emulator.state.deployments.length;
    const result = await rollback({ 'deployment-id': String(bad!.id) });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ status: 'skipped', 'rolled-back-from': '', 'deployment-id': '' });
    expect(result.summary).toMatch(/nothing was changed/);
    expect(result.summary).toMatch(
      new RegExp(`deployment #${bad!.id} \\(3\\.0\\.0\\) was already rolled back`),
    );
    expect(emulator.state.deployments).toHaveLength(count);
    expect(await environment.liveVersion()).toBe('2.0.0');
  });

  it('does nothing when expected-current-version is not what is live', async () => {
    const count = emulator.state.deployments.length;
    const result = await rollback({ 'expected-current-version': '9.9.9' });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ status: 'skipped' });
    expect(result.summary).toContain(
      '9.9.9 was expected to be live (expected-current-version), but 2.0.0 is',
    );
    expect(emulator.state.deployments).toHaveLength(count);
    expect(await environment.liveVersion()).toBe('2.0.0');
  });

  it('rolls back again when "Re-run failed jobs" deploys the bad version a second time', async () => {
    const run = String((runId += 1));
    const first = await deploy('6.0.0', 'canary', {}, { runId: run, attempt: '1' });
    expect(first.outputs).toMatchObject({ status: 'rolled-back' });
    expect(Object.keys(await environment.slots())).not.toContain('canary');
    const second = await deploy('6.0.0', 'canary', {}, { runId: run, attempt: '2' });
    expect(second.exitCode).toBe(1);
    expect(second.outputs).toMatchObject({ status: 'rolled-back' });
    // Nothing of 6.0.0 takes traffic: the canary of attempt 2 was withdrawn too.
    expect(Object.keys(await environment.slots())).not.toContain('canary');
    expect(await environment.liveVersion()).toBe('2.0.0');
    const attempts = deploymentsOf('6.0.0').filter((deployment) => !payloadOf(deployment).rollback_of);
    expect(attempts).toHaveLength(2);
    for (const attempt of attempts) {
      expect(lastStatus(attempt).state).toBe('failure');
      expect(rollbacksOf(attempt.id)).toHaveLength(1);
    }
    const live = emulator.state.deployments.filter(
      (deployment) => lastStatus(deployment).state === 'success',
    );
    expect(live.map((deployment) => payloadOf(deployment).version)).toEqual(['2.0.0']);
  });

  it('ends a deploy cancelled during its canary analysis on the last good version', async () => {
    let child: ChildProcess | undefined;
    const cancelled = (async () => {
      // Wait until the canary takes traffic, then cancel as the runner does: SIGINT, SIGTERM 7.5 s later.
      for (;;) {
        const canary = deploymentsOf('7.0.0')[0];
        if (canary?.statuses.some((status) => status.description === '[7.0.0] canary at 10%')) break;
        await new Promise((done) => setTimeout(done, 50));
      }
      await new Promise((done) => setTimeout(done, 500));
      child!.kill('SIGINT');
      const term = setTimeout(() => child!.kill('SIGTERM'), 7_500);
      const kill = setTimeout(() => child!.kill('SIGKILL'), 10_000);
      await new Promise((done) => child!.once('exit', done));
      clearTimeout(term);
      clearTimeout(kill);
    })();
    const result = await deploy(
      '7.0.0',
      'canary',
      { 'analysis-duration': '60s', 'analysis-mode': 'fixed' },
      { onSpawn: (spawned) => (child = spawned) },
    );
    await cancelled;
    expect(child!.signalCode).toBeNull();
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'rolled-back' });
    expect(result.errors[0]).toMatch(/the run was cancelled/);
    expect(await environment.liveVersion()).toBe('2.0.0');
    expect(Object.keys(await environment.slots())).not.toContain('canary');
    const [cancelledDeployment] = deploymentsOf('7.0.0');
    expect(lastStatus(cancelledDeployment!)).toMatchObject({ state: 'failure' });
    expect(lastStatus(cancelledDeployment!).description).toMatch(
      /rolled back to 2\.0\.0: the run was cancelled/,
    );
  });

  it('records what is live when a deploy is cancelled before traffic reached it', async () => {
    let child: ChildProcess | undefined;
    const cancelled = (async () => {
      for (;;) {
        const deployment = deploymentsOf('8.0.0')[0];
        if (deployment?.statuses.some((status) => /deploying to idle slot/.test(status.description ?? '')))
          break;
        await new Promise((done) => setTimeout(done, 20));
      }
      child!.kill('SIGINT');
      await new Promise((done) => child!.once('exit', done));
    })();
    const result = await deploy('8.0.0', 'blue-green', {}, { onSpawn: (spawned) => (child = spawned) });
    await cancelled;
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'cancelled' });
    expect(await environment.liveVersion()).toBe('2.0.0');
    const [deployment] = deploymentsOf('8.0.0');
    expect(lastStatus(deployment!)).toMatchObject({ state: 'failure' });
    expect(lastStatus(deployment!).description).toBe(
      '[8.0.0] cancelled: 2.0.0 is live (the status-command says so)',
    );
  });

  it('records no slot for a rolling deployment', async () => {
    const result = await deploy('7.0.0', 'rolling', { targets: 'web-1,web-2' });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ status: 'success', slot: '' });
    const rolling = deploymentsOf('7.0.0').at(-1)!;
    expect(payloadOf(rolling).slot).toBeUndefined();
    expect(lastStatus(rolling).description).toBe('[7.0.0] live (rolling)');
  });
});
