/**
 * One JSON POST with retries: 429 and 5xx answers and dropped connections are
 * tried again with exponential back-off, waiting as long as `Retry-After` asks
 * (seconds or an HTTP date) up to a cap. Errors carry the status and the
 * response body, never the URL: the URL of a webhook is its password.
 */

export interface RetryPolicy {
  /** Attempts after the first. */
  retries: number;
  /** Base of the back-off: base, 2×base, 4×base… */
  baseMs: number;
  /** The longest wait between attempts, whatever Retry-After says. */
  maxWaitMs: number;
  /** Per attempt. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseMs: 1000, maxWaitMs: 60_000, timeoutMs: 30_000 };

export interface HttpRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  /** The exact bytes sent (and signed, for webhooks). */
  body: string;
}

/** A POST of a JSON payload, encoded once here so the bytes sent are the bytes built. */
export function jsonRequest(
  url: string,
  payload: unknown,
  headers: Record<string, string> = {},
): HttpRequest & { headers: Record<string, string> } {
  return {
    url,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(payload),
  };
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: string;
  attempts: number;
}

/** A delivery that failed for good; `message` is safe to show (no URL). */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly responseBody?: string,
    readonly attempts = 1,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

export type Sleep = (ms: number) => Promise<void>;
const realSleep: Sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Milliseconds asked for by a Retry-After header (delta-seconds or an HTTP date). */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

export function isRetryable(status: number): boolean {
  return status === 429 || status >= 500;
}

/** A short, single-line form of a response body for an error message. */
export function bodyExcerpt(body: string, max = 500): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** The system error behind `fetch failed` (ECONNREFUSED, ETIMEDOUT…), without the address. */
function networkReason(thrown: unknown): string {
  if (thrown instanceof Error && thrown.name === 'TimeoutError') return 'timed out';
  const cause =
    thrown instanceof Error ? (thrown.cause as { code?: string; message?: string } | undefined) : undefined;
  if (cause?.code) return cause.code;
  return thrown instanceof Error ? thrown.message : String(thrown);
}

export interface PostOptions {
  policy?: Partial<RetryPolicy>;
  sleep?: Sleep;
  /** Called before each wait, for a log line. */
  onRetry?: (attempt: number, waitMs: number, reason: string) => void;
  /** Answers other than 2xx that still count as delivered. */
  accept?: (status: number, body: string) => boolean;
}

export async function postWithRetry(request: HttpRequest, options: PostOptions = {}): Promise<HttpAnswer> {
  const policy = { ...DEFAULT_RETRY, ...options.policy };
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 1; ; attempt += 1) {
    let waitFor: number | undefined;
    let failure: DeliveryError;
    try {
      const response = await fetch(request.url, {
        method: request.method ?? 'POST',
        headers: request.headers,
        body: request.body,
        // A redirect is reported as it is, rather than followed with the credentials.
        redirect: 'manual',
        signal: AbortSignal.timeout(policy.timeoutMs),
      });
      const body = await response.text();
      if (response.ok || options.accept?.(response.status, body)) {
        return { status: response.status, headers: response.headers, body, attempts: attempt };
      }
      failure = new DeliveryError(
        `HTTP ${response.status}${body ? `: ${bodyExcerpt(body)}` : ''}`,
        response.status,
        body,
        attempt,
      );
      if (!isRetryable(response.status)) throw failure;
      waitFor = retryAfterMs(response.headers.get('retry-after'));
    } catch (thrown) {
      if (thrown instanceof DeliveryError) throw thrown;
      failure = new DeliveryError(`request failed: ${networkReason(thrown)}`, undefined, undefined, attempt);
    }
    if (attempt > policy.retries) throw failure;
    const backoff = policy.baseMs * 2 ** (attempt - 1);
    const wait = Math.min(policy.maxWaitMs, waitFor ?? backoff);
    options.onRetry?.(attempt, wait, failure.message);
    await sleep(wait);
  }
}
