/**
 * The live check after traffic moved to a version that was already verified where
 * it runs: the environment URL is asked again and again for a short window, and the
 * first failed answer confirmed by the next one is the verdict. No wait-until-healthy retries here: every
 * second spent retrying is a second of users on a broken version.
 */
import { JSONPath } from 'jsonpath-plus';

export interface WatchProbe {
  url: string;
  version: string;
  versionPath?: string;
  durationMs: number;
  /** Pause between requests. */
  intervalMs?: number;
  signal?: AbortSignal;
}

export interface WatchOutcome {
  passed: boolean;
  reason?: string;
  /** When the first failed answer came (ms since the epoch). */
  firstFailureAt?: number;
  answers: number;
  /** Failed answers the next answer did not confirm. */
  loneFailures?: number;
}

const DEFAULT_INTERVAL_MS = 50;
const REQUEST_TIMEOUT_MS = 5_000;

interface Answer {
  failed?: string;
  version?: string;
}

async function ask(probe: WatchProbe, signal: AbortSignal): Promise<Answer> {
  try {
    const response = await fetch(probe.url, {
      signal,
      headers: { connection: 'close' },
      redirect: 'manual',
    });
    const body = await response.text();
    if (response.status >= 400) return { failed: `status ${response.status}` };
    if (!probe.versionPath) return {};
    try {
      const value: unknown = JSONPath({
        path: probe.versionPath,
        json: JSON.parse(body) as object,
        wrap: false,
      });
      return { version: value === undefined || value === null ? undefined : String(value) };
    } catch {
      return { failed: `the answer is not JSON with ${probe.versionPath}` };
    }
  } catch (thrown) {
    return { failed: (thrown as Error).message };
  }
}

/** Requests in flight at most: a slow service is asked again before it answered, not flooded. */
const MAX_IN_FLIGHT = 4;

interface TimedAnswer extends Answer {
  /** When the answer came (ms since the epoch). */
  at: number;
}

/**
 * Sends a request every `intervalMs` without waiting for the ones in flight, so the
 * answer that confirms a failure is already on its way when the failure arrives: a
 * version failing every request is caught one interval after its first failed
 * answer rather than one whole answer later. Answers are read in the order sent.
 */
class ProbeSender {
  private readonly sent: Array<Promise<TimedAnswer>> = [];
  private read = 0;
  private inFlight = 0;
  private timer?: NodeJS.Timeout;
  private closed = false;
  /** Past the window, requests go on only while a failure waits for the answer after it. */
  wanted = true;

  constructor(private readonly probe: WatchProbe) {}

  start(): void {
    this.send();
    this.timer = setInterval(() => this.send(), this.probe.intervalMs ?? DEFAULT_INTERVAL_MS);
  }

  private send(): void {
    if (!this.wanted || this.closed || this.probe.signal?.aborted) return;
    if (this.inFlight >= MAX_IN_FLIGHT) return;
    this.inFlight += 1;
    this.sent.push(
      ask(this.probe, AbortSignal.timeout(REQUEST_TIMEOUT_MS)).then((answer) => {
        this.inFlight -= 1;
        return { ...answer, at: Date.now() };
      }),
    );
  }

  /**
   * The next answer in the order sent; undefined once nothing more is coming. When every
   * answer sent was read, none is in flight, so the one asked for here is sent at once.
   */
  async next(): Promise<TimedAnswer | undefined> {
    if (this.read >= this.sent.length) {
      if (!this.wanted || this.probe.signal?.aborted) return undefined;
      this.send();
    }
    return this.sent[this.read++];
  }

  /**
   * Sends no more. Requests in flight are left to finish rather than aborted: an aborted
   * request can leave its connection open and idle, and a router reloading to switch
   * back keeps its old worker until that connection closes (seconds, with nginx).
   */
  close(): void {
    this.closed = true;
    clearInterval(this.timer);
  }
}

/**
 * Passes when no two answers in a row failed during the window and, with a version
 * path, the last answer reported the new version (an older one may answer at first
 * while the switch propagates). A version that fails every request is caught at its
 * second answer, while a healthy one with a small background error rate (one failure
 * in a few hundred) is not switched away from for a single unlucky answer.
 */
export async function watchLive(probe: WatchProbe): Promise<WatchOutcome> {
  const ends = Date.now() + probe.durationMs;
  const sender = new ProbeSender(probe);
  let answers = 0;
  let lastVersion: string | undefined;
  let unconfirmed: { reason: string; at: number } | undefined;
  let loneFailures = 0;
  sender.start();
  try {
    for (;;) {
      sender.wanted = Date.now() < ends || unconfirmed !== undefined;
      const answer = await sender.next();
      if (!answer) break;
      answers += 1;
      if (answer.failed && unconfirmed) {
        return {
          passed: false,
          reason: `it answered with a failure (${unconfirmed.reason}) on request ${answers - 1} after the switch, and again (${answer.failed}) on the next`,
          firstFailureAt: unconfirmed.at,
          answers,
        };
      }
      if (unconfirmed) loneFailures += 1;
      unconfirmed = answer.failed ? { reason: answer.failed, at: answer.at } : undefined;
      if (!answer.failed) lastVersion = answer.version;
    }
  } finally {
    sender.close();
  }
  if (probe.versionPath && lastVersion !== probe.version) {
    return {
      passed: false,
      reason: `it does not serve ${probe.version}: it reports ${lastVersion ?? 'no version'} at ${probe.versionPath}`,
      firstFailureAt: Date.now(),
      answers,
    };
  }
  return { passed: true, answers, loneFailures };
}
