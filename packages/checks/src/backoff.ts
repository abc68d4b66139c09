/**
 * Pauses between attempts: exponential from `initialMs` up to `maxMs`, with "equal
 * jitter" (half fixed, half random) so that many runners polling one service do not
 * fall into step, while the pause never exceeds `maxMs`. That ceiling is what lets a
 * warming service be reported healthy within about `maxMs` of turning healthy.
 */
export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  factor?: number;
  random?: () => number;
}

export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const factor = options.factor ?? 2;
  const ceiling = Math.min(options.maxMs, options.initialMs * factor ** Math.max(0, attempt - 1));
  const random = options.random ?? Math.random;
  return ceiling / 2 + random() * (ceiling / 2);
}

/** Resolves after `ms`, or early (without error) when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
