import { afterEach, describe, expect, it } from '@jest/globals';
import {
  CheckDefinitionError,
  runChecksOnce,
  waitUntilHealthy,
  type AttemptEvent,
} from '../../../packages/checks/src/index.js';
import {
  closedPort,
  hanging,
  flaky,
  healthy,
  neverReady,
  startServer,
  switchable,
  type TestServer,
} from './servers.js';

/** Waiting for readiness: retries with backoff until every check passes or the time is up. */

const servers: TestServer[] = [];
async function track<T extends TestServer>(server: Promise<T>): Promise<T> {
  const started = await server;
  servers.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const fast = { initialIntervalMs: 20, maxIntervalMs: 50 };

describe('waitUntilHealthy', () => {
  it('retries a flaky service until it recovers: exactly one attempt per failure, plus the good one', async () => {
    const server = await track(flaky(3));
    const events: AttemptEvent[] = [];
    const report = await waitUntilHealthy([{ kind: 'http', url: server.url }], {
      timeoutMs: 20_000,
      ...fast,
      onAttempt: (event) => events.push(event),
    });
    expect(report.passed).toBe(true);
    expect(report.checks[0]).toMatchObject({ passed: true, attempts: 4 });
    expect(server.count).toBe(4);
    expect(events.map((event) => [event.attempt, event.passed, event.reason])).toEqual([
      [1, false, 'status 503 (expected 2xx)'],
      [2, false, 'status 503 (expected 2xx)'],
      [3, false, 'status 503 (expected 2xx)'],
      [4, true, undefined],
    ]);
  });

  it('gives up on a never-ready service when the timeout expires, with the last reason', async () => {
    const server = await track(neverReady());
    const report = await waitUntilHealthy([{ kind: 'http', url: server.url }], { timeoutMs: 600, ...fast });
    expect(report.passed).toBe(false);
    const [check] = report.checks;
    expect(check).toMatchObject({ passed: false, reason: 'status 503 (expected 2xx)' });
    expect(check!.attempts).toBeGreaterThan(1);
    expect(check!.attempts).toBe(server.count);
  });

  it('keeps the last real reason when the end of the wait cuts an attempt short', async () => {
    const server = await track(hanging());
    const report = await waitUntilHealthy([{ kind: 'http', url: server.url, timeoutMs: 300 }], {
      timeoutMs: 1_000,
      ...fast,
    });
    expect(report.checks[0]).toMatchObject({ passed: false, reason: 'timeout after 300 ms' });
    expect(report.checks[0]!.attempts).toBeGreaterThan(1);
  });

  it('notices a service that turns healthy while it waits', async () => {
    const server = await track(switchable());
    const pending = waitUntilHealthy([{ kind: 'http', url: server.url }], { timeoutMs: 30_000, ...fast });
    setTimeout(() => server.turnHealthy(), 300);
    const report = await pending;
    expect(report.passed).toBe(true);
    expect(report.checks[0]!.attempts).toBeGreaterThan(1);
  });

  it('does not run a check again once it has passed, and waits for the others', async () => {
    const good = await track(healthy());
    const late = await track(flaky(2));
    const report = await waitUntilHealthy(
      [
        { kind: 'http', url: good.url, name: 'api' },
        { kind: 'http', url: late.url, name: 'worker' },
        { kind: 'tcp', host: '127.0.0.1', port: good.port },
      ],
      { timeoutMs: 20_000, ...fast },
    );
    expect(report.passed).toBe(true);
    expect(report.checks.map((check) => [check.name, check.attempts])).toEqual([
      ['api', 1],
      ['worker', 3],
      [`tcp 127.0.0.1:${good.port}`, 1],
    ]);
    expect(good.count).toBe(1);
  });

  it('keeps at most `concurrency` attempts in flight', async () => {
    const server = await track(startServer(() => ({ delayMs: 100 })));
    const checks = Array.from({ length: 6 }, (_, i) => ({
      kind: 'http' as const,
      url: `${server.url}/${i}`,
    }));
    const report = await runChecksOnce(checks, { concurrency: 2 });
    expect(report.passed).toBe(true);
    expect(server.count).toBe(6);
    expect(server.maxInFlight).toBe(2);
  });

  it('fails a closed port with the reason, and a timeout of 0 tries once', async () => {
    const port = await closedPort();
    const report = await waitUntilHealthy([{ kind: 'tcp', host: '127.0.0.1', port }], { timeoutMs: 0 });
    expect(report.checks[0]).toMatchObject({
      passed: false,
      attempts: 1,
      reason: `connection refused by 127.0.0.1:${port}`,
    });
  });

  it('stops when the caller aborts', async () => {
    const server = await track(neverReady());
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const report = await waitUntilHealthy([{ kind: 'http', url: server.url }], {
      timeoutMs: 60_000,
      ...fast,
      signal: controller.signal,
    });
    expect(report.passed).toBe(false);
    expect(report.checks[0]!.reason).toMatch(/^aborted/);
  });

  it('rejects invalid definitions before sending anything', async () => {
    const server = await track(healthy());
    const attempt = waitUntilHealthy(
      [
        { kind: 'http', url: server.url, bodyRegex: '(unclosed', jsonPath: 'version' },
        { kind: 'tcp', host: '127.0.0.1', port: 70_000 },
        { kind: 'http', url: 'ftp://example.com/' },
      ],
      { timeoutMs: 1_000 },
    );
    await expect(attempt).rejects.toThrow(CheckDefinitionError);
    const error = (await attempt.catch((thrown: unknown) => thrown)) as CheckDefinitionError;
    expect(error.problems).toEqual([
      expect.stringMatching(/bodyRegex: got "\(unclosed", expected a valid regular expression/),
      expect.stringMatching(
        /jsonPath: got "version", expected a valid JSON path: a JSON path starts with \$/,
      ),
      'tcp 127.0.0.1:70000: port: got 70000, expected an integer from 1 to 65535',
      'GET ftp://example.com/: url: got "ftp://example.com/", expected an absolute http or https URL',
    ]);
    expect(server.count).toBe(0);
  });
});
