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

/** Counts a failure under its reason; past a few distinct reasons, the rest are "other reasons". */
function countReason(reasons: Map<string, number>, reason: string | undefined): void {
  const key = reasonKey(reason ?? 'failed');
  const bucket = reasons.has(key) || reasons.size < MAX_DISTINCT_REASONS ? key : 'other reasons';
  reasons.set(bucket, (reasons.get(bucket) ?? 0) + 1);
}

export function defaultConcurrency(rate: number): number {
  // Each slot keeps up with the rate as long as responses take under a second.
  return Math.min(256, Math.max(16, Math.ceil(rate)));
}

/** Counts one finished request; the sample the caller sees, or undefined for an aborted one. */
function countVerdict(
  tally: Tally,
  index: number,
  verdict: Awaited<ReturnType<typeof probeHttp>>,
): LoadSample | undefined {
  if (verdict.aborted) {
    tally.outcomes[index] = Outcome.Skipped;
    return undefined;
  }
  tally.completed += 1;
  if (verdict.responded) tally.latencies[tally.responses++] = verdict.latencyMs;
  if (verdict.passed) tally.outcomes[index] = Outcome.Passed;
  else {
    tally.outcomes[index] = Outcome.Failed;
    tally.failures += 1;
    tally.firstFailureAt ??= Date.now();
    countReason(tally.reasons, verdict.reason);
  }
  return { index, passed: verdict.passed, responded: verdict.responded, latencyMs: verdict.latencyMs };
}

export async function generateLoad(target: PreparedHttpCheck, options: LoadOptions): Promise<LoadFigures> {
  const planned = plannedRequests(options.durationMs, options.rate);
  const tally: Tally = {
    planned,
    sent: 0,
    completed: 0,
    responses: 0,
    failures: 0,
    outcomes: new Uint8Array(planned),
    latencies: new Float64Array(planned),
    reasons: new Map(),
    durationMs: 0,
    lastIssuedMs: 0,
    options,
    decided: false,
  };
  const Agent = target.url.protocol === 'https:' ? https.Agent : http.Agent;
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const intervalMs = 1000 / options.rate;
  const started = performance.now();
  // Past this point nothing new is sent: the service is too slow for the rate and duration asked for.
  const lastSendAt = started + options.durationMs + target.timeoutMs;
  let inFlight = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;

  const progress = (): void =>
    options.onProgress?.({
      sent: tally.sent,
      failed: tally.failures,
      elapsedMs: roundMs(performance.now() - started),
    });
  const ticker = options.onProgress ? setInterval(progress, PROGRESS_EVERY_MS) : undefined;

  await new Promise<void>((done) => {
    const finishIfIdle = (): void => {
      if ((tally.sent >= planned || stopped) && inFlight === 0) done();
    };
    const issue = (index: number): void => {
      inFlight += 1;
      tally.lastIssuedMs = performance.now() - started;
      void probeHttp(target, { agent, signal: options.signal }).then((verdict) => {
        inFlight -= 1;
        const sample = countVerdict(tally, index, verdict);
        if (sample && !tally.decided && options.onSample?.(sample)) tally.decided = true;
        pump();
      });
    };
    const pump = (): void => {
      clearTimeout(timer);
      if (!tally.decided && options.stopWhen?.()) tally.decided = true;
      if (
        tally.decided ||
        options.signal?.aborted ||
        (performance.now() > lastSendAt && tally.sent < planned)
      )
        stopped = true;
      if (stopped) return finishIfIdle();
      const now = performance.now();
      while (
        tally.sent < planned &&
        inFlight < options.concurrency &&
        started + tally.sent * intervalMs <= now
      )
        issue(tally.sent++);
      if (tally.sent >= planned) return finishIfIdle();
      // All slots busy: the next completion pumps again. Otherwise wake when the next request is due.
      if (inFlight < options.concurrency)
        timer = setTimeout(pump, Math.max(0, started + tally.sent * intervalMs - now));
    };
    onAbort = pump;
    options.signal?.addEventListener('abort', onAbort, { once: true });
    pump();
  });
  if (onAbort) options.signal?.removeEventListener('abort', onAbort);
  clearInterval(ticker);
  agent.destroy();
  progress();
  tally.durationMs = performance.now() - started;
  return figuresOf(tally);
}

/** The longest run of failures, in the order the requests were issued. */
function longestFailureRun(outcomes: Uint8Array): number {
  let run = 0;
  let longest = 0;
  for (const outcome of outcomes) {
    if (outcome === Outcome.Failed) longest = Math.max(longest, ++run);
    else if (outcome === Outcome.Passed) run = 0;
  }
  return longest;
}

interface Tally {
  planned: number;
  sent: number;
  completed: number;
  responses: number;
  failures: number;
  outcomes: Uint8Array;
  latencies: Float64Array;
  reasons: Map<string, number>;
  durationMs: number;
  lastIssuedMs: number;
  options: LoadOptions;
  decided: boolean;
  firstFailureAt?: number;
}

function figuresOf(tally: Tally): LoadFigures {
  const { planned, sent, completed, responses, failures, options, decided } = tally;
  return {
    planned,
    sent,
    samples: completed,
    responses,
    failures,
    errorRate: completed > 0 ? failures / completed : 0,
    consecutiveFailuresMax: longestFailureRun(tally.outcomes),
    latencyMs: percentiles(tally.latencies.subarray(0, responses)),
    durationMs: roundMs(tally.durationMs),
    achievedRate: roundMs((sent / Math.max(options.durationMs, tally.lastIssuedMs)) * 1000),
    unsent: planned - sent,
    failureReasons: Object.fromEntries([...tally.reasons].sort((a, b) => b[1] - a[1])),
    aborted: Boolean(options.signal?.aborted) && !decided,
    stoppedEarly: decided && sent < planned,
    ...(tally.firstFailureAt === undefined ? {} : { firstFailureAt: tally.firstFailureAt }),
  };
}
