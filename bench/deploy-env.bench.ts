#!/usr/bin/env -S npx tsx
// deploy-env benchmark, from the e2e scenario: the sample service behind a real nginx
// router (examples/), the bundles run as processes, the GitHub API emulator as the record.
// 1. Requests failed during a blue-green switch, with a client sending requests the whole
//    time (aim: 0). Peer in the same run: the same version change made in place (stop the
//    running instance, start the new one, reload the router), as a plain redeploy does.
// 2. Time from the failed canary analysis to traffic back on the last good version
//    (aim: under 5 s; the seeds accept 5 minutes). Measured twice: as deploy-env reports
//    it, and from outside (the last request the broken version answered, against the first
//    API call after the analysis failed). Peer in the same run: no auto-rollback, and the
//    rollback action run as the next step, as a workflow's `if: failure()` job would.
// 3. Wall time and peak memory of one deploy-env process (GNU time), for the record.
// Usage: npm run bench -- deploy-env
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMeasured, writeResult } from './lib.mjs';
import { startEmulator, type Emulator } from '../test/bench/emulator/index.js';
import { ROOT, runAction, type RunResult } from '../test/bench/runner.js';
import {
  PROVIDER,
  startSampleEnvironment,
  type SampleEnvironment,
} from '../test/e2e/support/sample-environment.js';
import { startTrafficClient } from '../test/e2e/support/traffic.js';

const SWITCHES = 3;
const ROLLBACKS = 3;
const API_ENV = { RELEASE_ACTIONS_API_RETRY_BASE_MS: '10', RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '0' };

const environment: SampleEnvironment = await startSampleEnvironment();
const emulator: Emulator = await startEmulator();
const sha = await emulator.seedCommit({ message: 'release', branch: 'main' });
let runId = 50_000;

function deploy(
  version: string,
  strategy: 'direct' | 'blue-green' | 'canary',
  extra: Record<string, string> = {},
): Promise<RunResult> {
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
      'max-error-rate': '5%',
      ...extra,
    },
    env: { ...environment.env, ...API_ENV },
    apiUrl: emulator.url,
    sha,
    ref: `refs/tags/v${version}`,
    runId: String(runId),
  });
}

function must(result: RunResult, what: string, exitCode = 0): RunResult {
  if (result.exitCode !== exitCode)
    throw new Error(`${what}: exit ${result.exitCode}\n${result.errors.join('\n')}\n${result.stderr}`);
  return result;
}

/** `921ms`, `1.2s`, `1m3s` as written by formatDuration. */
function milliseconds(text: string): number {
  let total = 0;
  for (const [, value, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m)/g))
    total += Number(value) * { ms: 1, s: 1000, m: 60_000 }[unit as 'ms' | 's' | 'm'];
  return total;
}

const stats = (values: number[]) => ({
  runs: values.length,
  min: Math.min(...values),
  median: [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!,
  max: Math.max(...values),
});

/** The first API call after the canary's last in-progress status: the rollback starting, right after the analysis failed. */
function detectedAt(version: string): number {
  const marker = emulator.calls.findLast(
    (call) =>
      call.operationId === 'repos/create-deployment-status' &&
      String((call.requestBody as { description?: string }).description ?? '').startsWith(
        `[${version}] canary at`,
      ),
  );
  if (!marker) throw new Error(`no canary status for ${version}`);
  return emulator.calls.find((call) => call.at > marker.at && call !== marker)?.at ?? marker.at;
}

for (const version of ['1.0.0', '1.0.1', ...Array.from({ length: SWITCHES }, (_, i) => `2.0.${i}`), '3.0.0'])
  await environment.release(version);
for (let i = 0; i < ROLLBACKS + 2; i += 1)
  await environment.release(`4.0.${i}`, { broken: 'errors', errorRate: 0.5 });
for (let i = 0; i < SWITCHES; i += 1) await environment.release(`9.0.${i}`);

try {
  must(await deploy('1.0.0', 'direct'), 'v1');

  // 3. One process, measured (the emulator must not share the event loop with a blocking spawn).
  const emulatorProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'test/bench/emulator/standalone.ts')],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  const standaloneUrl = await new Promise<string>((done) =>
    emulatorProcess.stdout.once('data', (chunk: Buffer) => done(chunk.toString().trim().split('\n')[0]!)),
  );
  const ref = await fetch(`${standaloneUrl}/repos/acme/app/git/ref/heads/main`, {
    headers: { authorization: 'token test-token' },
  });
  const standaloneSha = ((await ref.json()) as { object: { sha: string } }).object.sha;
  const temp = mkdtempSync(join(tmpdir(), 'bench-deploy-env-'));
  const inputs = {
    environment: 'production',
    version: '1.0.1',
    token: 'test-token',
    ...environment.inputs('direct'),
  };
  const measured = runMeasured(process.execPath, [join(ROOT, 'dist/deploy-env/index.js')], {
    cwd: temp,
    env: {
      PATH: process.env['PATH'],
      HOME: temp,
      ...environment.env,
      ...API_ENV,
      ...Object.fromEntries(
        Object.entries(inputs).map(([key, value]) => [`INPUT_${key.toUpperCase()}`, value]),
      ),
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_API_URL: standaloneUrl,
      GITHUB_SHA: standaloneSha,
      GITHUB_REF: 'refs/tags/v1.0.1',
      GITHUB_RUN_ID: '1',
      GITHUB_WORKSPACE: temp,
      RUNNER_TEMP: temp,
    },
  });
  emulatorProcess.kill('SIGTERM');
  rmSync(temp, { recursive: true, force: true });
  if (measured.status !== 0)
    throw new Error(`measured deploy failed: ${measured.stdout}\n${measured.stderr}`);

  // 1. Blue-green switches under load, then the same change made in place.
  const switches: Array<{ sent: number; failed: number; seconds: number }> = [];
  for (let i = 0; i < SWITCHES; i += 1) {
    const client = startTrafficClient(`${environment.routerUrl}/`, { concurrency: 4 });
    const result = must(await deploy(`2.0.${i}`, 'blue-green'), `blue-green 2.0.${i}`);
    const traffic = await client.stop();
    switches.push({
      sent: traffic.sent,
      failed: traffic.failed,
      seconds: Number((result.durationMs / 1000).toFixed(2)),
    });
  }
  const inPlace: Array<{ sent: number; failed: number }> = [];
  for (let i = 0; i < SWITCHES; i += 1) {
    const client = startTrafficClient(`${environment.routerUrl}/`, { concurrency: 4 });
    await new Promise((done) => setTimeout(done, 300));
    const script = `source ${join(PROVIDER, 'lib.sh')}; lock_state; live="$(cat "$STATE/live")"; stop_instance "$(slot_instance "$live")"; new="$(start_instance "$live" 9.0.${i})"; printf '%s' "$new" > "$STATE/slots/$live"; apply_routing`;
    await new Promise<void>((done, fail) => {
      const child = spawn('bash', ['-c', script], {
        env: { ...process.env, ...environment.env },
        stdio: 'ignore',
      });
      child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`in-place restart exited ${code}`))));
    });
    await new Promise((done) => setTimeout(done, 300));
    const traffic = await client.stop();
    inPlace.push({ sent: traffic.sent, failed: traffic.failed });
  }
  // Back to a version deployed through the record.
  must(await deploy('3.0.0', 'blue-green'), 'v3');

  // 2. Broken canaries: auto-rollback, then the peer (a rollback step after the failed deploy).
  const recover = async (version: string, auto: boolean) => {
    const client = startTrafficClient(`${environment.routerUrl}/`, { concurrency: 2, intervalMs: 5 });
    const result = must(
      await deploy(version, 'canary', { 'auto-rollback': String(auto) }),
      `canary ${version}`,
      1,
    );
    let rollbackSeconds: number | undefined;
    if (!auto) {
      runId += 1;
      const rollback = await runAction('rollback', {
        inputs: {
          environment: 'production',
          reason: 'canary analysis failed',
          token: 'test-token',
          ...environment.inputs('canary'),
        },
        env: { ...environment.env, ...API_ENV },
        apiUrl: emulator.url,
        sha,
        runId: String(runId),
      });
      must(rollback, `rollback of ${version}`);
      rollbackSeconds = Number((rollback.durationMs / 1000).toFixed(2));
    }
    const traffic = await client.stop();
    if ((await environment.liveVersion()) !== '3.0.0') throw new Error(`after ${version}: not back on 3.0.0`);
    const detected = detectedAt(version);
    const lastBad = Math.max(
      0,
      ...traffic.samples.filter((sample) => sample.version === version).map((sample) => sample.at),
    );
    const reported = /\| Traffic back on 3\.0\.0 \| (\S+) after the first failed answer/.exec(
      result.summary,
    )?.[1];
    return {
      reportedMs: reported ? milliseconds(reported) : undefined,
      outsideMs: Math.max(0, lastBad - detected),
      badResponses: traffic.samples.filter((sample) => sample.version === version).length,
      rollbackSeconds,
    };
  };
  const automatic = [];
  for (let i = 0; i < ROLLBACKS; i += 1) automatic.push(await recover(`4.0.${i}`, true));
  const followUp = [];
  for (let i = ROLLBACKS; i < ROLLBACKS + 2; i += 1) followUp.push(await recover(`4.0.${i}`, false));

  const nginx = spawnSync(environment.env.SAMPLE_NGINX!, ['-v'], { encoding: 'utf8' }).stderr.trim();
  writeResult('deploy-env', {
    scenario: `sample service behind ${nginx} on 127.0.0.1; GitHub API emulator; bundles as processes`,
    blueGreenSwitch: {
      aim: '0 failed requests',
      runs: switches,
      failedRequests: switches.reduce((sum, run) => sum + run.failed, 0),
      requestsSent: switches.reduce((sum, run) => sum + run.sent, 0),
      peer: {
        name: 'in-place restart (stop, start, reload the router)',
        runs: inPlace,
        failedRequests: inPlace.reduce((sum, run) => sum + run.failed, 0),
        requestsSent: inPlace.reduce((sum, run) => sum + run.sent, 0),
      },
    },
    recovery: {
      aim: 'traffic back on the last good version within 5 s of the failed analysis (the seeds accept 5 minutes)',
      autoRollback: {
        runs: automatic,
        reportedMs: stats(automatic.map((run) => run.reportedMs ?? NaN)),
        measuredFromOutsideMs: stats(automatic.map((run) => run.outsideMs)),
      },
      peer: {
        name: 'no auto-rollback; the rollback action as the next step',
        runs: followUp,
        measuredFromOutsideMs: stats(followUp.map((run) => run.outsideMs)),
      },
    },
    oneDeployProcess: {
      strategy: 'direct',
      seconds: Number(measured.seconds.toFixed(3)),
      peakMiB: measured.peakMiB,
    },
  });
} finally {
  await environment.stop();
  await emulator.close();
}
