/**
 * Telling an unreachable GitHub API (no answer at all: the connection was
 * refused, the name did not resolve, the network dropped) from one that
 * answered with an error. Octokit reports both as a RequestError, the first
 * with status 500 and no response, which reads as "GitHub API answered 500";
 * the messages here say what happened.
 */

/** Codes Node's fetch (undici) gives when no HTTP answer came back. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_SOCKET',
]);

function causeChain(thrown: unknown): unknown[] {
  const chain: unknown[] = [];
  let current = thrown;
  while (current && typeof current === 'object' && chain.length < 5) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

function codeOf(value: unknown): string | undefined {
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** Whether a failed API call got no HTTP answer at all. */
export function isUnreachable(thrown: unknown): boolean {
  if (!thrown || typeof thrown !== 'object') return false;
  // An HTTP answer, whatever its status, means the API was reached.
  if ((thrown as { response?: unknown }).response) return false;
  return causeChain(thrown).some((link) => {
    const code = codeOf(link);
    if (code && NETWORK_CODES.has(code)) return true;
    return link instanceof Error && link.name === 'TypeError' && link.message === 'fetch failed';
  });
}

/** The innermost message of a network failure: `connect ECONNREFUSED 127.0.0.1:9`. */
function networkReason(thrown: unknown): string {
  const chain = causeChain(thrown);
  for (const link of [...chain].reverse()) {
    if (link instanceof Error && link.message && link.message !== 'fetch failed') return link.message;
  }
  return 'no answer';
}

/** One sentence on why a GitHub API call failed: unreachable, or what it answered. */
export function describeApiFailure(thrown: unknown, apiUrl?: string): string {
  if (isUnreachable(thrown)) {
    return `the GitHub API${apiUrl ? ` at ${apiUrl}` : ''} is unreachable (${networkReason(thrown)})`;
  }
  const status = (thrown as { status?: unknown } | undefined)?.status;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return typeof status === 'number' ? `GitHub API answered ${status}: ${message}` : message;
}

interface HookedOctokit {
  hook: {
    wrap(
      name: 'request',
      wrapper: (
        request: (options: RequestOptions) => Promise<unknown>,
        options: RequestOptions,
      ) => Promise<unknown>,
    ): void;
  };
}

interface RequestOptions {
  request?: { retries?: number };
}

/**
 * An Octokit plugin for clients that only make optional lookups: the first call
 * that gets no answer is not retried, and every later call fails at once with the
 * same error, so an unreachable API costs one refused connection rather than
 * minutes of back-off. Listed before the retry plugin, its hook sits closest to
 * the request, so the retry plugin reads the `retries: 0` it sets.
 */
export function failFastWhenUnreachable(octokit: unknown): Record<string, never> {
  let unreachable: unknown;
  (octokit as HookedOctokit).hook.wrap('request', async (request, options) => {
    const noRetry = (thrown: unknown): never => {
      options.request = { ...options.request, retries: 0 };
      throw thrown;
    };
    // Calls made after the first failure (or in flight beside it) fail at once, and are not retried either.
    if (unreachable) noRetry(unreachable);
    try {
      return await request(options);
    } catch (thrown) {
      if (!isUnreachable(thrown)) throw thrown;
      unreachable ??= thrown;
      return noRetry(thrown);
    }
  });
  return {};
}
