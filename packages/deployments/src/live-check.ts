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

async function ask(probe: WatchProbe): Promise<Answer> {
  try {
    const response = await fetch(probe.url, {
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
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

/**
 * Passes when no two answers in a row failed during the window and, with a version
 * path, the last answer reported the new version (an older one may answer at first
 * while the switch propagates). A failed answer is confirmed at once by the next
 * request, sent without the pause: a version that fails every request is caught one
 * request later, while a healthy one with a small background error rate (one failure
 * in a few hundred) is not switched away from for a single unlucky answer.
 */
export async function watchLive(probe: WatchProbe): Promise<WatchOutcome> {
  const ends = Date.now() + probe.durationMs;
  let answers = 0;
  let lastVersion: string | undefined;
  let unconfirmed: { reason: string; at: number } | undefined;
  let loneFailures = 0;
  do {
    const answer = await ask(probe);
    answers += 1;
    if (answer.failed && unconfirmed) {
      return {
        passed: false,
        reason: `it answered with a failure (${unconfirmed.reason}) on request ${answers - 1} after the switch, and again (${answer.failed}) at once`,
        firstFailureAt: unconfirmed.at,
        answers,
      };
    }
    if (unconfirmed) loneFailures += 1;
    // The first failure of a run is asked again at once: no pause before the next request.
    unconfirmed = answer.failed ? { reason: answer.failed, at: Date.now() } : undefined;
    if (unconfirmed) continue;
    lastVersion = answer.version;
    if (probe.signal?.aborted) break;
    await new Promise((done) => setTimeout(done, probe.intervalMs ?? DEFAULT_INTERVAL_MS));
  } while (Date.now() < ends || unconfirmed);
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
