import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import type { GitHubClient } from '../../../packages/kit/src/github.js';
import { startEmulator, type Emulator } from './index.js';
import { clientFor } from './client.js';

let emulator: Emulator;
let octokit: GitHubClient;

beforeEach(async () => {
  emulator = await startEmulator();
  octokit = await clientFor(emulator);
});

afterEach(async () => {
  await emulator.close();
});

const getRepo = () => octokit.rest.repos.get({ owner: 'acme', repo: 'app' });
const statuses = (operationId: string) =>
  emulator.callsTo(operationId).map((c) => [c.status, c.fault ?? false]);

describe('GitHub API emulator: faults against the product’s Octokit client', () => {
  it('a 502 is retried and the call succeeds on the second attempt', async () => {
    emulator.fault({ operationId: 'repos/get', status: 502 });
    const { status } = await getRepo();
    expect(status).toBe(200);
    expect(statuses('repos/get')).toEqual([
      [502, true],
      [200, false],
    ]);
  });

  it('500s are retried as many times as injected', async () => {
    emulator.fault({ method: 'GET', path: /^\/repos\/acme\/app$/, status: 500, times: 3 });
    await getRepo();
    expect(statuses('repos/get')).toEqual([
      [500, true],
      [500, true],
      [500, true],
      [200, false],
    ]);
  });

  it('a 500 beyond the retry budget reaches the caller', async () => {
    emulator.fault({ operationId: 'repos/get', status: 500, times: 10 });
    await expect(getRepo()).rejects.toMatchObject({ status: 500 });
    // The first attempt and four retries.
    expect(emulator.callsTo('repos/get')).toHaveLength(5);
  });

  it('a 429 sets the primary rate limit headers and is retried after the reset', async () => {
    emulator.fault({ operationId: 'repos/get', status: 429, retryAfter: 1 });
    const response = await fetch(`${emulator.url}/repos/acme/app`, {
      headers: { authorization: 'token test-token' },
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(response.headers.get('retry-after')).toBe('1');
    expect(Number(response.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    emulator.fault({ operationId: 'repos/get', status: 429, retryAfter: 1 });
    await getRepo();
    expect(statuses('repos/get').slice(1)).toEqual([
      [429, true],
      [200, false],
    ]);
  });

  it('a secondary rate limit (403 with its message) is waited out and retried', async () => {
    emulator.fault({ operationId: 'issues/create', secondaryRateLimit: true, retryAfter: 2 });
    const started = Date.now();
    const { data } = await octokit.rest.issues.create({ owner: 'acme', repo: 'app', title: 'notice' });
    expect(data.title).toBe('notice');
    // retry-after 2 s × retryBaseMs 10.
    expect(Date.now() - started).toBeGreaterThanOrEqual(20);
    const [limited, created] = emulator.callsTo('issues/create');
    expect(limited).toMatchObject({ status: 403, fault: true });
    expect((limited!.responseBody as { message: string }).message).toBe(
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    );
    expect(created!.status).toBe(201);
    // One issue: the limited attempt created nothing.
    expect(emulator.state.issues).toHaveLength(1);
  });

  it('a slow answer arrives late but intact, and a client timeout sees it as a failure', async () => {
    emulator.fault({ operationId: 'repos/get', delayMs: 300 });
    const started = Date.now();
    const { status } = await getRepo();
    expect(status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(statuses('repos/get')).toEqual([[200, false]]);

    emulator.fault({ operationId: 'repos/get', delayMs: 300 });
    const aborted = fetch(`${emulator.url}/repos/acme/app`, {
      headers: { authorization: 'token test-token' },
      signal: AbortSignal.timeout(50),
    });
    await expect(aborted).rejects.toThrow();
  });

  it('a slow fault can also end in an error status', async () => {
    emulator.fault({ operationId: 'repos/get', delayMs: 50, status: 504 });
    await getRepo();
    expect(statuses('repos/get')).toEqual([
      [504, true],
      [200, false],
    ]);
  });

  it('a dropped connection is retried like a server error', async () => {
    emulator.fault({ operationId: 'repos/get', drop: true });
    const { status } = await getRepo();
    expect(status).toBe(200);
    const [dropped, answered] = emulator.callsTo('repos/get');
    expect(dropped).toMatchObject({ status: 0, fault: true });
    expect(answered!.status).toBe(200);
  });

  it('faults match by operation, method and path, and can be cleared', async () => {
    emulator.fault({ operationId: 'issues/create', status: 500, times: 5 });
    emulator.fault({ path: '/repos/acme/app/releases', method: 'POST', status: 500, times: 5 });
    await getRepo();
    expect(emulator.calls.filter((c) => c.fault)).toEqual([]);
    emulator.clearFaults();
    await octokit.rest.issues.create({ owner: 'acme', repo: 'app', title: 'fine' });
    expect(statuses('issues/create')).toEqual([[201, false]]);
  });

  it('a faulted body replaces the default one', async () => {
    emulator.fault({ operationId: 'repos/get', status: 503, body: { message: 'maintenance' } });
    const response = await fetch(`${emulator.url}/repos/acme/app`, {
      headers: { authorization: 'token test-token' },
    });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ message: 'maintenance' });
  });
});
