#!/usr/bin/env -S npx tsx
// smoke-test benchmark, two questions:
// 1. Readiness: how soon after a service turns healthy does waitUntilHealthy report it?
//    Many trials, the service turning healthy at a random moment; aim: within 1 s. Peer: a
//    curl retry loop with a fixed 1 s delay (`curl --retry-all-errors --retry-delay 1`).
// 2. Load: the request rate analysis mode sustains against a local server (its own process),
//    next to wrk and autocannon against the same server in the same run, latency side by side.
// Usage: npm run bench -- smoke-test
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { analyse, LIMITS, waitUntilHealthy } from '../packages/checks/src/index.js';
import { prepareHttpCheck } from '../packages/checks/src/http-check.js';
import { generateLoad } from '../packages/checks/src/load.js';
import { switchable } from '../test/unit/checks/servers.js';

// bench/lib.mjs ships without type declarations: the part of it used here.
interface BenchLib {
  hasCommand(name: string): boolean;
  runMeasured(
    command: string,
    args: string[],
  ): { seconds: number; peakMiB?: number; status: number | null; stdout: string; stderr: string };
  writeResult(name: string, figures: Record<string, unknown>): unknown;
}
const LIB: string = './lib.mjs';
const { hasCommand, runMeasured, writeResult } = (await import(LIB)) as BenchLib;

const SELF = fileURLToPath(import.meta.url);
const READINESS_TRIALS = 40;
const TRIALS_AT_ONCE = 10;
const LOAD_SECONDS = 8;
const LOAD_CONNECTIONS = 32;
// Up to the input cap (5000/s) through analyse(); beyond it through the same load generator directly, to find
// where this machine stops keeping up.
const RATES = [1_000, 5_000, 10_000, 20_000, 40_000];

const median = (values: number[]) => quantile(values, 0.5);
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? 0;
}
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One trial: the service turns healthy after a random 0.5–3 s; returns how late it was noticed. */
async function readinessTrial(detect: (url: string) => Promise<unknown>): Promise<number> {
  const server = await switchable();
  try {
    const turnAt = 500 + Math.random() * 2_500;
    setTimeout(() => server.turnHealthy(), turnAt);
    await detect(server.url);
    const healthySince = (server as unknown as { healthySince?: number }).healthySince;
    if (healthySince === undefined) throw new Error('reported healthy before the service was');
    return performance.now() - healthySince;
  } finally {
    await server.close();
  }
}

async function readinessDelays(detect: (url: string) => Promise<unknown>): Promise<number[]> {
  const delays: number[] = [];
  for (let done = 0; done < READINESS_TRIALS; done += TRIALS_AT_ONCE) {
    const batch = Array.from({ length: Math.min(TRIALS_AT_ONCE, READINESS_TRIALS - done) }, () =>
      readinessTrial(detect),
    );
    delays.push(...(await Promise.all(batch)));
  }
  return delays;
}

function summarise(delays: number[]) {
  return {
    trials: delays.length,
    medianMs: round(median(delays)),
    p95Ms: round(quantile(delays, 0.95)),
    maxMs: round(Math.max(...delays)),
    withinOneSecond: delays.filter((delay) => delay <= 1_000).length,
  };
}

const engineDetect = async (url: string) => {
  const report = await waitUntilHealthy([{ kind: 'http', url }], { timeoutMs: 60_000 });
  if (!report.passed) throw new Error(JSON.stringify(report));
};

/** curl's own retry loop, run as a process (async so trials overlap like the engine's). */
const curlDetect = (url: string) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn('curl', [
      '-sf',
      '-o',
      '/dev/null',
      '--retry',
      '100',
      '--retry-all-errors',
      '--retry-delay',
      '1',
      url,
    ]);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`curl exited ${code}`))));
  });

/** The target of the load tests: a plain node HTTP server in its own process. */
async function startTargetProcess(): Promise<{ url: string; child: ChildProcess }> {
  const script = `
    const http = require('node:http');
    const body = JSON.stringify({ status: 'ok', version: '1.2.3' });
    const server = http.createServer((req, res) => { res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }); res.end(body); });
    server.keepAliveTimeout = 60000;
    server.listen(0, '127.0.0.1', () => console.log(server.address().port));`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) =>
    child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
  );
  return { url: `http://127.0.0.1:${port}/health`, child };
}

/** Child mode: one analysis run, figures as JSON on stdout (so its memory is measured apart). */
async function loadChild(url: string, rate: number, seconds: number): Promise<void> {
  const options = { durationMs: seconds * 1_000, rate, concurrency: LOAD_CONNECTIONS };
  const figures =
    rate <= LIMITS.maxRate
      ? await analyse({ target: { kind: 'http', url }, ...options, maxP95Ms: 600_000 })
      : await generateLoad(prepareHttpCheck({ kind: 'http', url }), options);
  process.stdout.write(JSON.stringify(figures));
}

function ours(url: string, rate: number) {
  const run = runMeasured(process.execPath, [
    '--import',
    'tsx',
    SELF,
    '--load',
    url,
    String(rate),
    String(LOAD_SECONDS),
  ]);
  if (run.status !== 0) throw new Error(`analysis run failed: ${run.stderr}`);
  const report = JSON.parse(run.stdout);
  return {
    tool:
      rate <= LIMITS.maxRate ? 'smoke-test analyse()' : 'smoke-test load generator (beyond the input cap)',
    askedRate: rate,
    requestsPerSecond: round(report.samples / (report.durationMs / 1_000)),
    sent: report.sent,
    failures: report.failures,
    unsent: report.unsent,
    latencyMs: {
      p50: report.latencyMs.p50,
      p95: report.latencyMs.p95,
      p99: report.latencyMs.p99,
      max: report.latencyMs.max,
    },
    peakMiB: run.peakMiB && round(run.peakMiB),
  };
}

/** wrk's latency lines look like "    50%  312.00us" or "    99%    1.20ms". */
function wrkMs(text: string): number {
  const match = /([\d.]+)(us|ms|s)/.exec(text);
  if (!match) return Number.NaN;
  const value = Number(match[1]);
  return round(match[2] === 'us' ? value / 1_000 : match[2] === 's' ? value * 1_000 : value, 2);
}

function wrk(url: string) {
  const run = runMeasured('wrk', ['-t1', `-c${LOAD_CONNECTIONS}`, `-d${LOAD_SECONDS}s`, '--latency', url]);
  const out = run.stdout;
  const percentile = (p: string) => wrkMs(new RegExp(`^\\s+${p}%\\s+(\\S+)`, 'm').exec(out)?.[1] ?? '');
  return {
    tool: `wrk -t1 -c${LOAD_CONNECTIONS} (closed loop, as fast as it can)`,
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]),
    latencyMs: {
      p50: percentile('50'),
      p90: percentile('90'),
      p99: percentile('99'),
      max: wrkMs(/Latency\s+\S+\s+\S+\s+(\S+)/.exec(out)?.[1] ?? ''),
    },
    peakMiB: run.peakMiB && round(run.peakMiB),
  };
}

function autocannon(url: string) {
  const bin = 'node_modules/.bin/autocannon';
  const run = runMeasured(bin, ['-j', '-c', String(LOAD_CONNECTIONS), '-d', String(LOAD_SECONDS), url]);
  const json = JSON.parse(run.stdout);
  return {
    tool: `autocannon -c ${LOAD_CONNECTIONS} (closed loop, as fast as it can)`,
    requestsPerSecond: round(json.requests.average),
    latencyMs: {
      p50: json.latency.p50,
      p90: json.latency.p90,
      p97_5: json.latency.p97_5,
      p99: json.latency.p99,
      max: json.latency.max,
    },
    peakMiB: run.peakMiB && round(run.peakMiB),
  };
}

async function main(): Promise<void> {
  console.log(`Readiness: ${READINESS_TRIALS} trials, ${TRIALS_AT_ONCE} at a time…`);
  const engine = summarise(await readinessDelays(engineDetect));
  console.log('  waitUntilHealthy (defaults):', engine);
  const curl = hasCommand('curl') ? summarise(await readinessDelays(curlDetect)) : undefined;
  if (curl) console.log('  curl --retry-delay 1:', curl);

  const target = await startTargetProcess();
  const load: Record<string, unknown>[] = [];
  try {
    await sleep(200);
    if (hasCommand('wrk')) load.push(wrk(target.url));
    load.push(autocannon(target.url));
    for (const rate of RATES) load.push(ours(target.url, rate));
  } finally {
    target.child.kill();
  }
  for (const row of load) console.log(' ', JSON.stringify(row));

  writeResult('smoke-test', {
    readiness: {
      question: 'delay between the service turning healthy and the check reporting it',
      aim: 'within 1000 ms',
      engine: { settings: 'waitUntilHealthy defaults: backoff 250 ms → 1 s, equal jitter', ...engine },
      ...(curl
        ? { peer: { name: 'curl --retry-all-errors --retry-delay 1 (fixed 1 s loop)', ...curl } }
        : {}),
    },
    load: {
      question:
        'request rate the analysis mode sustains (open model: asked rate, keep-alive, at most N in flight), against wrk and autocannon on the same local server',
      server: 'node:http in its own process, 2-core machine shared with the load tool',
      seconds: LOAD_SECONDS,
      connections: LOAD_CONNECTIONS,
      results: load,
    },
  });
}

if (process.argv[2] === '--load') {
  await loadChild(process.argv[3]!, Number(process.argv[4]), Number(process.argv[5]));
} else {
  await main();
}
