import { createGitHubClient, type GitHubClient } from '../../../packages/kit/src/github.js';
import type { Emulator } from './types.js';

/**
 * The product's own API client pointed at an emulator, with back-off and write
 * pacing shrunk so that retries and rate limits cost milliseconds in tests.
 */
export function clientFor(emulator: Pick<Emulator, 'url'>, token = 'test-token'): Promise<GitHubClient> {
  return createGitHubClient({ token, baseUrl: emulator.url, retryBaseMs: 10, writeIntervalMs: 0 });
}
