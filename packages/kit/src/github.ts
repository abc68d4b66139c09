import type { getOctokit } from '@actions/github';
import { failFastWhenUnreachable } from './api-failure.js';
import { runContext } from './context.js';
import { ReleaseError } from './errors.js';
import { mask, warning } from './runner.js';
import { pacing } from './pacing.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** Defaults to GITHUB_API_URL, so GitHub Enterprise Server works unchanged. */
  baseUrl?: string;
  /** Attempts after the first for 5xx, dropped connections and rate limits. */
  retries?: number;
  /** Base of the quadratic back-off between retries (1 s, 4 s, 9 s by default). */
  retryBaseMs?: number;
  /** Spacing between content-creating requests, per GitHub's guidance against secondary limits. */
  writeIntervalMs?: number;
  /** For optional lookups: no retries once the API gives no answer, and every later call fails at once. */
  failFastWhenUnreachable?: boolean;
}

/**
 * An Octokit with the retry and throttling plugins, loaded on first use so that
 * actions which never call the API do not pay for it at start-up.
 * RELEASE_ACTIONS_API_RETRY_BASE_MS and RELEASE_ACTIONS_API_WRITE_INTERVAL_MS tune
 * the pacing (for a GitHub Enterprise Server with its own limits, or a local API).
 */
export async function createGitHubClient(options: GitHubClientOptions): Promise<GitHubClient> {
  if (!options.token) {
    throw new ReleaseError('ENOTOKEN', 'Input "token": got "", expected a GitHub token', {
      hint: 'Pass `token: ${{ github.token }}` (the default) or a token from secrets.',
    });
  }
  mask(options.token);
  const [{ getOctokit }, { retry }, { throttling }, { default: Bottleneck }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
    import('bottleneck/light.js'),
  ]);
  const retries = options.retries ?? 4;
  const retryBaseMs = options.retryBaseMs ?? pacing().apiRetryBaseMs ?? 1000;
  const writeInterval = options.writeIntervalMs ?? pacing().apiWriteIntervalMs ?? 250;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      if (retryCount >= retries) return false;
      warning(`GitHub ${kind} on ${request.method} ${request.url}: retrying in ${retryAfter}s`);
      return true;
    };
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl ?? runContext().apiUrl,
      retry: { retries, retryAfterBaseValue: retryBaseMs },
      throttle: {
        retryAfterBaseValue: retryBaseMs,
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeInterval }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeInterval * 4 }),
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    },
    // First, so that its hook sits inside the retry plugin's (see failFastWhenUnreachable).
    ...(options.failFastWhenUnreachable ? [failFastWhenUnreachable] : []),
    retry,
    throttling,
  );
}

/** The HTTP status of an Octokit error, or undefined for anything else. */
export function statusOf(thrown: unknown): number | undefined {
  if (typeof thrown === 'object' && thrown !== null && 'status' in thrown) {
    const status = (thrown as { status: unknown }).status;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}
