import type { GitHubClient } from '../../../kit/src/index.js';

/** Small helpers over Octokit that the release and comment code share. */

export type { GitHubClient };

export interface Repo {
  owner: string;
  repo: string;
}

/** Progress lines for the log; the action passes the runner's, tests pass their own. */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
}

export const silentLog: Log = { info: () => undefined, warning: () => undefined };

export function httpStatus(thrown: unknown): number | undefined {
  if (typeof thrown === 'object' && thrown !== null && 'status' in thrown) {
    const status = (thrown as { status: unknown }).status;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}

/** True for GitHub's 422 whose errors say the thing already exists (a release for a tag, an asset name). */
export function isAlreadyExists(thrown: unknown): boolean {
  if (httpStatus(thrown) !== 422) return false;
  const data = (thrown as { response?: { data?: { errors?: Array<{ code?: string }> } } }).response?.data;
  return (data?.errors ?? []).some((error) => error.code === 'already_exists');
}

export function errorText(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  return String(thrown);
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
