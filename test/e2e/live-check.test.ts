/**
 * The live check after a blue-green switch, for real on 127.0.0.1: the deploy-env
 * bundle drives the sample provider scripts behind a real nginx router. A version
 * with a small background error rate is not switched away from for one failed
 * answer; one that fails every request is switched back at its second.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { runAction, type RunResult } from '../bench/runner.js';
import { startSampleEnvironment, type SampleEnvironment } from './support/sample-environment.js';

let emulator: Emulator;
let environment: SampleEnvironment;
let sha: string;
let runId = 35_000;

function deploy(
  version: string,
  strategy: 'direct' | 'blue-green',
  inputs: Record<string, string> = {},
): Promise<RunResult> {
  return runAction('deploy-env', {
    inputs: {
      environment: 'production',
      version,
      token: 'test-token',
      ...environment.inputs(strategy),
      ...inputs,
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
    for (const version of ['3.0.0', '4.0.0'])
      await environment.release(version, { broken: 'errors', errorRate: 1 });
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
      /failed its live check: it answered with a failure \(status 500\) on request 1 after the switch, and again \(status 500\) on the next/,
    );
    expect(await environment.liveVersion()).toBe('2.0.0');
  });

  it('records the rollback and moves traffic again when the move back at once fails', async () => {
    // The router refuses the first switch after the one to the new slot: the immediate
    // move back. The recorded rollback that follows must move traffic itself.
    const calls = join(environment.stateDir, 'switch-calls');
    const flaky = join(environment.stateDir, 'flaky-switch.sh');
    await writeFile(
      flaky,
      [
        '#!/usr/bin/env bash',
        `count=$(( $(cat '${calls}' 2>/dev/null || echo 0) + 1 ))`,
        `printf '%s' "$count" > '${calls}'`,
        'if [ "$count" -eq 2 ]; then echo "router is reloading, try later" >&2; exit 1; fi',
        `exec ${environment.commands.switch}`,
        '',
      ].join('\n'),
    );
    await chmod(flaky, 0o755);
    const result = await deploy('4.0.0', 'blue-green', { 'switch-command': `bash ${flaky}` });
    expect(Number(await readFile(calls, 'utf8'))).toBe(3);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'rolled-back' });
    expect(result.log).toMatch(
      /Moving traffic back at once failed \(switch-command failed with exit code 1\); trying again as part of the recorded rollback/,
    );
    expect(await environment.liveVersion()).toBe('2.0.0');
    const payloadOf = (deployment: { payload: unknown }) =>
      deployment.payload as { version?: string; rollback_of?: number };
    const bad = emulator.state.deployments.filter((deployment) => payloadOf(deployment).version === '4.0.0');
    expect(bad).toHaveLength(1);
    expect(bad[0]!.statuses.at(-1)).toMatchObject({ state: 'failure' });
    const rollbacks = emulator.state.deployments.filter(
      (deployment) => payloadOf(deployment).rollback_of === bad[0]!.id,
    );
    expect(rollbacks).toHaveLength(1);
    // Recorded first, then the move it makes itself, then its end.
    const statuses = rollbacks[0]!.statuses;
    expect(statuses.map((status) => status.state)).toEqual(['in_progress', 'in_progress', 'success']);
    expect(statuses[1]!.description).toMatch(/switching traffic back to slot green/);
  });
});
