import { backoffDelay, sleep } from './backoff.js';
import { LIMITS } from './limits.js';
import { uniqueNames } from './names.js';
import { percentiles, roundMs } from './percentiles.js';
import { attemptTimeoutMs, probeFor } from './probe.js';
import { Semaphore } from './semaphore.js';
import { assertValidChecks, CheckDefinitionError } from './validate.js';
import type {
  AttemptEvent,
  CheckDefinition,
  CheckReport,
  CheckResult,
  RunOnceOptions,
  WaitOptions,
} from './types.js';

export const DEFAULT_WAIT = {
  initialIntervalMs: 250,
  /** At most a second between attempts, so health is noticed within about a second. */
  maxIntervalMs: 1_000,
  concurrency: 8,
} as const;

const MIN_ATTEMPT_MS = 5;

interface LoopSettings {
  /** Undefined: a single attempt with the check's own timeout. */
  deadline?: number;
  initialIntervalMs: number;
  maxIntervalMs: number;
  semaphore: Semaphore;
  signal?: AbortSignal;
  onAttempt?: (event: AttemptEvent) => void;
}

/** Retries one check until it passes, the deadline passes or the caller aborts. */
async function runCheck(check: CheckDefinition, name: string, settings: LoopSettings): Promise<CheckResult> {
  const started = performance.now();
  const probe = probeFor(check);
  const latencies: number[] = [];
  let attempts = 0;
  let reason: string | undefined;
  let value: number | undefined;
  while (true) {
    if (settings.signal?.aborted) {
      reason = reason ? `aborted (last: ${reason})` : 'aborted';
      break;
    }
    const remaining = settings.deadline === undefined ? undefined : settings.deadline - performance.now();
    // A few milliseconds left are not enough for an attempt to mean anything.
    if (remaining !== undefined && remaining < MIN_ATTEMPT_MS && attempts > 0) break;
    attempts += 1;
    // The attempt's own timeout, cut to what is left of the wait so the wait's timeout holds.
    const own = attemptTimeoutMs(check);
    const timeoutMs = remaining === undefined ? own : Math.max(1, Math.round(Math.min(own, remaining)));
    const verdict = await settings.semaphore.run(() => probe({ signal: settings.signal, timeoutMs }));
    // Latency figures describe answers: a refused connection's 0.2 ms says nothing about the service.
    if (!verdict.aborted && (verdict.passed || verdict.responded)) latencies.push(verdict.latencyMs);
    value = verdict.value ?? value;
    // An attempt cut short by the end of the wait says nothing new about the service: keep what the
    // previous one found rather than report "timeout after 3 ms".
    const cutShort = timeoutMs < own && Boolean(verdict.reason?.endsWith(`timeout after ${timeoutMs} ms`));
    reason = verdict.passed
      ? undefined
      : cutShort
        ? (reason ?? `no answer before the wait ended (timeout after ${timeoutMs} ms)`)
        : verdict.reason;
    settings.onAttempt?.({ check: name, attempt: attempts, passed: verdict.passed, reason });
    if (verdict.passed) {
      return result(true);
    }
    if (settings.deadline === undefined || verdict.aborted) break;
    const left = settings.deadline - performance.now();
    if (left <= 0) break;
    await sleep(
      Math.min(
        left,
        backoffDelay(attempts, { initialMs: settings.initialIntervalMs, maxMs: settings.maxIntervalMs }),
      ),
      settings.signal,
    );
  }
  return result(false);

  function result(passed: boolean): CheckResult {
    return {
      name,
      kind: check.kind,
      passed,
      attempts,
      ...(passed ? {} : { reason }),
      durationMs: roundMs(performance.now() - started),
      ...(latencies.length > 0 ? { latencyMs: percentiles(latencies) } : {}),
      ...(value !== undefined ? { value } : {}),
    };
  }
}

async function runAll(
  checks: CheckDefinition[],
  settings: Omit<LoopSettings, 'semaphore'> & { concurrency: number },
): Promise<CheckReport> {
  assertValidChecks(checks);
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const semaphore = new Semaphore(settings.concurrency);
  const names = uniqueNames(checks);
  const results = await Promise.all(
    checks.map((check, index) => runCheck(check, names[index]!, { ...settings, semaphore })),
  );
  return {
    passed: results.length > 0 && results.every((item) => item.passed),
    checks: results,
    startedAt,
    durationMs: roundMs(performance.now() - started),
  };
}

function optionProblems(options: WaitOptions): string[] {
  const problems: string[] = [];
  const inRange = (value: number | undefined, min: number, max: number) =>
    value === undefined || (Number.isFinite(value) && value >= min && value <= max);
  if (!inRange(options.timeoutMs ?? Number.NaN, 0, LIMITS.maxWaitMs))
    problems.push(`timeoutMs: got ${options.timeoutMs}, expected 0 to ${LIMITS.maxWaitMs}`);
  if (!inRange(options.initialIntervalMs, 1, LIMITS.maxWaitMs))
    problems.push(`initialIntervalMs: got ${options.initialIntervalMs}, expected 1 to ${LIMITS.maxWaitMs}`);
  if (!inRange(options.maxIntervalMs, 1, LIMITS.maxWaitMs))
    problems.push(`maxIntervalMs: got ${options.maxIntervalMs}, expected 1 to ${LIMITS.maxWaitMs}`);
  if (
    !inRange(options.concurrency, 1, LIMITS.maxConcurrency) ||
    (options.concurrency !== undefined && !Number.isInteger(options.concurrency))
  ) {
    problems.push(
      `concurrency: got ${options.concurrency}, expected an integer from 1 to ${LIMITS.maxConcurrency}`,
    );
  }
  return problems;
}

/**
 * Runs every check until it passes or `timeoutMs` runs out, each on its own backoff
 * with jitter (a check that passed is not run again), at most `concurrency` attempts
 * at once. A `timeoutMs` of 0 means one attempt each. Resolves with the report
 * whatever the outcome; rejects only on invalid definitions (CheckDefinitionError).
 */
export async function waitUntilHealthy(
  checks: CheckDefinition[],
  options: WaitOptions,
): Promise<CheckReport> {
  const problems = optionProblems(options);
  if (problems.length > 0) throw new CheckDefinitionError(problems);
  const initialIntervalMs =
    options.initialIntervalMs ?? Math.min(DEFAULT_WAIT.initialIntervalMs, options.maxIntervalMs ?? Infinity);
  const maxIntervalMs = Math.max(initialIntervalMs, options.maxIntervalMs ?? DEFAULT_WAIT.maxIntervalMs);
  return runAll(checks, {
    deadline: options.timeoutMs > 0 ? performance.now() + options.timeoutMs : undefined,
    initialIntervalMs,
    maxIntervalMs,
    concurrency: options.concurrency ?? DEFAULT_WAIT.concurrency,
    signal: options.signal,
    onAttempt: options.onAttempt,
  });
}

/** Runs each check once, at most `concurrency` at a time. */
export async function runChecksOnce(
  checks: CheckDefinition[],
  options: RunOnceOptions = {},
): Promise<CheckReport> {
  return waitUntilHealthy(checks, { ...options, timeoutMs: 0 });
}
