/**
 * The waits the actions keep between retries and writes, which a GitHub Enterprise Server
 * with its own limits, a local server or a test may change through RELEASE_ACTIONS_*_MS
 * variables. Read here once, so every action reads them the same way.
 */
export interface Pacing {
  /** First wait before an API request is retried (doubling after). */
  apiRetryBaseMs?: number;
  /** Gap between API writes that notify people (comments, releases). */
  apiWriteIntervalMs?: number;
  /** First wait before a chat or email delivery is retried. */
  notifyRetryBaseMs?: number;
  /** The longest a chat or email delivery waits between attempts. */
  notifyMaxWaitMs?: number;
  /** First wait before a rejected git push is retried. */
  gitRetryBaseMs?: number;
}

const VARIABLES: Record<keyof Pacing, string> = {
  apiRetryBaseMs: 'RELEASE_ACTIONS_API_RETRY_BASE_MS',
  apiWriteIntervalMs: 'RELEASE_ACTIONS_API_WRITE_INTERVAL_MS',
  notifyRetryBaseMs: 'RELEASE_ACTIONS_NOTIFY_RETRY_BASE_MS',
  notifyMaxWaitMs: 'RELEASE_ACTIONS_NOTIFY_MAX_WAIT_MS',
  gitRetryBaseMs: 'RELEASE_ACTIONS_GIT_RETRY_BASE_MS',
};

/** Whole milliseconds; anything else is ignored, leaving the action's own figure. */
export function readPacing(env: NodeJS.ProcessEnv): Pacing {
  const pacing: Pacing = {};
  for (const [key, name] of Object.entries(VARIABLES) as [keyof Pacing, string][]) {
    const raw = env[name];
    if (raw !== undefined && /^\d+$/.test(raw)) pacing[key] = Number(raw);
  }
  return pacing;
}

let current: Pacing | undefined;

/** The step's pacing, read from its environment on first use. */
export function pacing(): Pacing {
  current ??= readPacing(process.env);
  return current;
}
