#!/usr/bin/env -S npx tsx
// How long a bad version serves, and how often a good one is rolled back by mistake.
// Constant user load through a real nginx router (examples/) on 127.0.0.1; a stable
// version failing 0.5 % of requests at random; the deploy-env bundle as a process, the
// GitHub API emulator as the record. Two lanes run one after the other, each with its
// own router, stable version and users: one with the sequential analysis (the default),
// one with the fixed window (today's behaviour, which is also Flagger's
// interval × threshold), on the same canaries in the same run:
//   healthy (0.5 % errors, like stable), failing 5 %, 20 % or 100 % of requests,
//   50 % slower at p95;
// then healthy canaries again, TRIALS times per lane, counting false rollbacks.
// The sequential lane also deploys blue-green versions whose new slot breaks after
// the switch. For each bad version: user requests it served, failed user requests,
// and the time from its first bad answer to its last answer (traffic back on stable).
// Usage: npm run bench -- blast-radius   (BLAST_TRIALS=20 by default)
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { writeResult } from './lib.mjs';
import { startEmulator, type Emulator } from '../test/bench/emulator/index.js';
import { runAction, type RunResult } from '../test/bench/runner.js';
import {
  startSampleEnvironment,
  type ReleaseBehaviour,
  type SampleEnvironment,
} from '../test/e2e/support/sample-environment.js';
import { startTrafficClient, type TrafficClient, type TrafficSample } from '../test/e2e/support/traffic.js';

const TRIALS = Number(process.env['BLAST_TRIALS'] ?? 20);
const WINDOW = '60s';
const API_ENV = { RELEASE_ACTIONS_API_RETRY_BASE_MS: '10', RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '0' };
/** Every answer but /health takes 100–150 ms; the slow canary 150–225 ms (p95 50 % higher). */
const STABLE: ReleaseBehaviour = { broken: 'errors', errorRate: 0.005, random: true, latencyMs: 100 };
const CANARIES: Record<string, ReleaseBehaviour> = {
  healthy: STABLE,
  'fails 5%': { ...STABLE, errorRate: 0.05 },
  'fails 20%': { ...STABLE, errorRate: 0.2 },
  'fails 100%': { ...STABLE, errorRate: 1 },
  '50% slower at p95': { ...STABLE, latencyMs: 150 },
};
const BROKEN_SWITCHES = 3;

type Mode = 'sequential' | 'fixed';

interface Lane {
  mode: Mode;
  environment: SampleEnvironment;
  emulator: Emulator;
  sha: string;
  client: TrafficClient;
  runId: number;
  stable: string;
  versions: number;
}

interface Exposure {
  deployStatus: string;
  exitCode: number;
  seconds: number;
  /** User requests answered by the new version, and user requests that failed (any version). */
  servedByNew: number;
  failedUserRequests: number;
  /** First bad answer of the new version (a failure, or any answer when it is only slow) to its last answer. */
  firstBadToBackMs?: number;
  reportedBackMs?: number;
  analysedRequests?: number;
  decidedBy?: string;
  /** Why a deploy did not succeed: the first line of its error. */
  why?: string;
}

async function startLane(mode: Mode): Promise<Lane> {
  const environment = await startSampleEnvironment();
  const emulator = await startEmulator();
  const sha = await emulator.seedCommit({ message: 'release', branch: 'main' });
  const lane: Lane = {
    mode,
    environment,
    emulator,
    sha,
    client: startTrafficClient(`${environment.routerUrl}/`, { concurrency: 2, intervalMs: 10 }),
    runId: mode === 'fixed' ? 70_000 : 60_000,
    stable: '1.0.0',
    versions: 0,
  };
  await environment.release('1.0.0', STABLE);
  const first = await deploy(lane, '1.0.0', 'direct');
  if (first.exitCode !== 0) throw new Error(`first deploy failed: ${first.errors.join('\n')}`);
  return lane;
}

function deploy(
  lane: Lane,
  version: string,
  strategy: 'direct' | 'canary' | 'blue-green',
  extra: Record<string, string> = {},
): Promise<RunResult> {
  lane.runId += 1;
  return runAction('deploy-env', {
    inputs: {
      environment: 'production',
      version,
      token: 'test-token',
      ...lane.environment.inputs(strategy),
      'canary-weights': '20,100',
      'analysis-duration': WINDOW,
      'analysis-rate': '20',
      'max-error-rate': '2%',
      'max-p95-latency': '190ms',
      'min-samples': '20',
      'max-consecutive-failures': '3',
      'analysis-mode': lane.mode,
      'live-check': '1s',
      'verify-timeout': '60s',
      ...extra,
    },
    env: { ...lane.environment.env, ...API_ENV },
    apiUrl: lane.emulator.url,
    sha: lane.sha,
    ref: `refs/tags/v${version}`,
    runId: String(lane.runId),
    timeoutMs: 300_000,
  });
}

function milliseconds(text: string): number {
  let total = 0;
  for (const [, value, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m)/g))
    total += Number(value) * { ms: 1, s: 1000, m: 60_000 }[unit as 'ms' | 's' | 'm'];
  return total;
}

function exposure(result: RunResult, samples: TrafficSample[], version: string, slowOnly: boolean): Exposure {
  const byNew = samples.filter((sample) => sample.version === version);
  const bad = byNew.filter((sample) => slowOnly || !sample.ok);
  const lastAnswer = byNew.at(-1)?.at;
  const reported = /Traffic back on \S+ \| (\S+) after the first failed answer/.exec(result.summary)?.[1];
  const analysed = /after (\d+) requests/.exec(result.summary)?.[1];
  const decided = /At 20%: (Fixed window|Sequential analysis[^:]*: [^,]+, \w+)/.exec(result.summary)?.[1];
  return {
    deployStatus: result.outputs['status'] ?? '',
    exitCode: result.exitCode,
    seconds: Number((result.durationMs / 1000).toFixed(1)),
    servedByNew: byNew.length,
    failedUserRequests: samples.filter((sample) => !sample.ok).length,
    ...(bad.length > 0 && lastAnswer !== undefined && result.outputs['status'] === 'rolled-back'
      ? { firstBadToBackMs: lastAnswer - bad[0]!.at }
      : {}),
    ...(reported ? { reportedBackMs: milliseconds(reported) } : {}),
    ...(analysed ? { analysedRequests: Number(analysed) } : {}),
    ...(decided ? { decidedBy: decided } : {}),
    ...(result.exitCode === 0 ? {} : { why: (result.errors[0] ?? '').split('\n')[0]!.slice(0, 300) }),
  };
}

async function tryCanary(lane: Lane, kind: string): Promise<Exposure> {
  lane.versions += 1;
  const version = `2.${lane.versions}.0`;
  await lane.environment.release(version, CANARIES[kind]!);
  const since = Date.now();
  const result = await deploy(lane, version, 'canary');
  await new Promise((done) => setTimeout(done, 200));
  const figures = exposure(result, lane.client.since(since), version, kind === '50% slower at p95');
  if (result.outputs['status'] === 'success') lane.stable = version;
  else if (result.outputs['status'] !== 'rolled-back')
    throw new Error(`${lane.mode} ${kind}: ${result.outputs['status']}: ${result.errors.join('\n')}`);
  return figures;
}

async function tryBrokenSwitch(lane: Lane): Promise<Exposure> {
  lane.versions += 1;
  const version = `3.${lane.versions}.0`;
  await lane.environment.release(version, { ...STABLE, errorRate: 1 });
  const since = Date.now();
  const result = await deploy(lane, version, 'blue-green');
  await new Promise((done) => setTimeout(done, 200));
  return exposure(result, lane.client.since(since), version, false);
}

const median = (values: number[]) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : undefined;
};

async function runLane(lane: Lane) {
  const canaries: Record<string, Exposure> = {};
  for (const kind of Object.keys(CANARIES)) {
    canaries[kind] = await tryCanary(lane, kind);
    console.log(`[${lane.mode}] ${kind}: ${JSON.stringify(canaries[kind])}`);
  }
  const switches: Exposure[] = [];
  if (lane.mode === 'sequential') {
    // Blue-green needs the stable version on a slot of the pair: one good blue-green deploy first.
    lane.versions += 1;
    const version = `3.${lane.versions}.0`;
    await lane.environment.release(version, STABLE);
    await deploy(lane, version, 'blue-green');
    for (let i = 0; i < BROKEN_SWITCHES; i += 1) {
      switches.push(await tryBrokenSwitch(lane));
      console.log(`[${lane.mode}] broken switch: ${JSON.stringify(switches.at(-1))}`);
    }
  }
  const healthy: Exposure[] = [];
  for (let i = 0; i < TRIALS; i += 1) {
    healthy.push(await tryCanary(lane, 'healthy'));
    const trial = healthy.at(-1)!;
    console.log(
      `[${lane.mode}] healthy ${i + 1}/${TRIALS}: ${trial.deployStatus}${trial.why ? ` (${trial.why})` : ''}`,
    );
  }
  return { canaries, switches, healthy };
}

const stopped = new Set<Lane>();
async function stopLane(lane: Lane): Promise<void> {
  if (stopped.has(lane)) return;
  stopped.add(lane);
  await lane.client.stop().catch(() => undefined);
  await lane.environment.stop();
  await lane.emulator.close();
}

// One lane at a time: two lanes side by side on a shared machine load each other's answers.
const loadBefore = loadavg();
const lanes: Lane[] = [];
const results: Array<Awaited<ReturnType<typeof runLane>>> = [];
const traffic: Array<{ sent: number; failed: number }> = [];
try {
  for (const mode of ['sequential', 'fixed'] as const) {
    const lane = await startLane(mode);
    lanes.push(lane);
    results.push(await runLane(lane));
    traffic.push(await lane.client.stop());
    await stopLane(lane);
    console.log(
      `[${mode}] done; load average ${loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')}`,
    );
  }
  const [sequential, fixed] = results;
  const summary = (kind: string) => {
    const s = sequential!.canaries[kind]!;
    const f = fixed!.canaries[kind]!;
    return {
      sequential: s,
      fixed: f,
      servedByBadFewerBy:
        kind === 'healthy' || s.servedByNew === 0
          ? undefined
          : Number((f.servedByNew / s.servedByNew).toFixed(1)),
    };
  };
  const falseRollbacks = (runs: Exposure[]) => runs.filter((run) => run.deployStatus !== 'success').length;
  const nginx = spawnSync(lanes[0]!.environment.env.SAMPLE_NGINX!, ['-v'], {
    encoding: 'utf8',
  }).stderr.trim();
  writeResult('blast-radius', {
    loadAverage: {
      before: loadBefore.map((value) => Number(value.toFixed(2))),
      after: loadavg().map((value) => Number(value.toFixed(2))),
    },
    scenario:
      `one lane at a time (sequential, then fixed), each: sample service behind ${nginx} on 127.0.0.1 with 2 users sending requests back to back ` +
      `(10 ms pause), stable version failing 0.5 % at random, 100–150 ms per answer; canary at 20 % then 100 %, ` +
      `the sequential lane judging each canary request against the stable slot's answer to the request sent with it; ` +
      `analysis ${WINDOW} at 20 requests/s on the canary, max error rate 2 %, max p95 190 ms, min 20 samples, ` +
      `at most 3 failures in a row, false-alarm rate 1 %; after a switch or promotion a 1 s live check (a request every 50 ms, ` +
      `at most 4 in flight, two failed answers in a row switch back); GitHub API emulator; bundles as processes`,
    aims: {
      servedByBad:
        'sequential serves at least 5× fewer requests from a 100 %- or 20 %-failing canary than a 60 s fixed window',
      falseRollbacks: 'no more false rollbacks than the fixed window on healthy canaries (0 of 20)',
      brokenSwitch: 'a broken blue-green switch is back within 1 s of its first failed answer',
    },
    canaries: Object.fromEntries(Object.keys(CANARIES).map((kind) => [kind, summary(kind)])),
    brokenBlueGreenSwitch: {
      runs: sequential!.switches,
      medianFirstBadToBackMs: median(sequential!.switches.map((run) => run.firstBadToBackMs ?? NaN)),
      medianReportedBackMs: median(sequential!.switches.map((run) => run.reportedBackMs ?? NaN)),
      note: 'the wait-until-healthy behaviour before the live check is not selectable any more; it kept a broken switch for the whole verify-timeout',
    },
    healthyTrials: {
      trials: TRIALS,
      sequential: {
        falseRollbacks: falseRollbacks(sequential!.healthy),
        medianSeconds: median(sequential!.healthy.map((run) => run.seconds)),
        medianAnalysedRequests: median(sequential!.healthy.map((run) => run.analysedRequests ?? NaN)),
      },
      sequentialWhy: sequential!.healthy.flatMap((run) => (run.why ? [run.why] : [])),
      fixed: {
        falseRollbacks: falseRollbacks(fixed!.healthy),
        medianSeconds: median(fixed!.healthy.map((run) => run.seconds)),
        medianAnalysedRequests: median(fixed!.healthy.map((run) => run.analysedRequests ?? NaN)),
      },
      fixedWhy: fixed!.healthy.flatMap((run) => (run.why ? [run.why] : [])),
    },
    userTraffic: Object.fromEntries(
      lanes.map((lane, index) => [lane.mode, { sent: traffic[index]!.sent, failed: traffic[index]!.failed }]),
    ),
  });
} finally {
  for (const lane of lanes) await stopLane(lane);
}
