import http from 'node:http';
import https from 'node:https';
import { plannedRequests } from './limits.js';
import { percentiles, roundMs } from './percentiles.js';
import { probeHttp, type PreparedHttpCheck } from './http-check.js';
import type { LatencyPercentiles } from './types.js';

/**
 * The load generator behind analysis mode: an open model, request i is due at
 * i / rate seconds whatever happened to the ones before (so a slow service sees the
 * rate it will see in production, not a politely slowed one), at most `concurrency`
 * in flight over keep-alive connections. The number of requests is fixed up front
 * (rate × duration), which bounds memory and makes the figures exact and repeatable.
 */

export interface LoadOptions {
  durationMs: number;
  rate: number;
  concurrency: number;
  signal?: AbortSignal;
  onProgress?: (progress: { sent: number; failed: number; elapsedMs: number }) => void;
  /**
   * Sees every finished request as it finishes; answering true stops the run (no
   * new requests, the ones in flight are still counted): a sequential analysis
   * that has reached its verdict.
   */
  onSample?: (sample: LoadSample) => boolean | void;
  /** Checked before each request is sent: true stops the run the same way. */
  stopWhen?: () => boolean;
}

export interface LoadSample {
  /** The request's place in the schedule: request i of two loads started together went out together. */
  index: number;
  passed: boolean;
  responded: boolean;
  latencyMs: number;
}

export interface LoadFigures {
  planned: number;
  sent: number;
  /** Requests that finished (answered or failed), aborted ones excepted. */
  samples: number;
  /** Requests the server answered, whatever the status. */
  responses: number;
  failures: number;
  errorRate: number;
  consecutiveFailuresMax: number;
  /** Over the answered requests. */
  latencyMs: LatencyPercentiles;
  durationMs: number;
  achievedRate: number;
  /** Requests never sent because the service was too slow to keep up within the duration. */
  unsent: number;
  failureReasons: Record<string, number>;
  aborted: boolean;
  /** Stopped before the planned requests were sent because a verdict was reached. */
  stoppedEarly: boolean;
  /** When the first request failed (ms since the epoch), so recovery can be timed from it. */
  firstFailureAt?: number;
}

const MAX_DISTINCT_REASONS = 20;
const PROGRESS_EVERY_MS = 1_000;
/** Outcome of request i, kept in issue order to count failures in a row. */
const Outcome = { Pending: 0, Passed: 1, Failed: 2, Skipped: 3 } as const;

/** Reasons that carry a measurement are grouped ("took 2345 ms …" → one bucket). */
function reasonKey(reason: string): string {
  return reason.replace(/^took \d+ ms \(latency budget (\d+) ms\)$/, 'over the latency budget of $1 ms');
}

export function defaultConcurrency(rate: number): number {
  // Each slot keeps up with the rate as long as responses take under a second.
  return Math.min(256, Math.max(16, Math.ceil(rate)));
}

export async function generateLoad(target: PreparedHttpCheck, options: LoadOptions): Promise<LoadFigures> {
  const planned = plannedRequests(options.durationMs, options.rate);
  const latencies = new Float64Array(planned);
  const outcomes = new Uint8Array(planned);
  const reasons = new Map<string, number>();
  const Agent = target.url.protocol === 'https:' ? https.Agent : http.Agent;
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const intervalMs = 1000 / options.rate;
  const started = performance.now();
  // Past this point nothing new is sent: the service is too slow for the rate and duration asked for.
  const lastSendAt = started + options.durationMs + target.timeoutMs;
  let next = 0;
  let inFlight = 0;
  let responses = 0;
  let failures = 0;
  let completed = 0;
  let stopped = false;
  let decided = false;
  let firstFailureAt: number | undefined;
  let lastIssuedAt = started;
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;

  const progress = (): void =>
    options.onProgress?.({ sent: next, failed: failures, elapsedMs: roundMs(performance.now() - started) });
  const ticker = options.onProgress ? setInterval(progress, PROGRESS_EVERY_MS) : undefined;

  await new Promise<void>((done) => {
    const finishIfIdle = (): void => {
      if ((next >= planned || stopped) && inFlight === 0) done();
    };
    const issue = (index: number): void => {
      inFlight += 1;
      lastIssuedAt = performance.now();
      void probeHttp(target, { agent, signal: options.signal }).then((verdict) => {
        inFlight -= 1;
        if (verdict.aborted) {
          outcomes[index] = Outcome.Skipped;
        } else {
          completed += 1;
          if (verdict.responded) latencies[responses++] = verdict.latencyMs;
          if (verdict.passed) outcomes[index] = Outcome.Passed;
          else {
            outcomes[index] = Outcome.Failed;
            failures += 1;
            firstFailureAt ??= Date.now();
            const key = reasonKey(verdict.reason ?? 'failed');
            const bucket = reasons.has(key) || reasons.size < MAX_DISTINCT_REASONS ? key : 'other reasons';
            reasons.set(bucket, (reasons.get(bucket) ?? 0) + 1);
          }
          const sample = {
            index,
            passed: verdict.passed,
            responded: verdict.responded,
            latencyMs: verdict.latencyMs,
          };
          if (!decided && options.onSample?.(sample)) decided = true;
        }
        pump();
      });
    };
    const pump = (): void => {
      clearTimeout(timer);
      if (!decided && options.stopWhen?.()) decided = true;
      if (decided || options.signal?.aborted || (performance.now() > lastSendAt && next < planned))
        stopped = true;
      if (stopped) return finishIfIdle();
      const now = performance.now();
      while (next < planned && inFlight < options.concurrency && started + next * intervalMs <= now)
        issue(next++);
      if (next >= planned) return finishIfIdle();
      // All slots busy: the next completion pumps again. Otherwise wake when the next request is due.
      if (inFlight < options.concurrency)
        timer = setTimeout(pump, Math.max(0, started + next * intervalMs - now));
    };
    onAbort = pump;
    options.signal?.addEventListener('abort', onAbort, { once: true });
    pump();
  });
  if (onAbort) options.signal?.removeEventListener('abort', onAbort);
  clearInterval(ticker);
  agent.destroy();
  progress();

  let run = 0;
  let consecutiveFailuresMax = 0;
  for (const outcome of outcomes) {
    if (outcome === Outcome.Failed) consecutiveFailuresMax = Math.max(consecutiveFailuresMax, ++run);
    else if (outcome === Outcome.Passed) run = 0;
  }
  const durationMs = performance.now() - started;
  return {
    planned,
    sent: next,
    samples: completed,
    responses,
    failures,
    errorRate: completed > 0 ? failures / completed : 0,
    consecutiveFailuresMax,
    latencyMs: percentiles(latencies.subarray(0, responses)),
    durationMs: roundMs(durationMs),
    achievedRate: roundMs((next / Math.max(options.durationMs, lastIssuedAt - started)) * 1000),
    unsent: planned - next,
    failureReasons: Object.fromEntries([...reasons].sort((a, b) => b[1] - a[1])),
    aborted: Boolean(options.signal?.aborted) && !decided,
    stoppedEarly: decided && next < planned,
    ...(firstFailureAt === undefined ? {} : { firstFailureAt }),
  };
}
