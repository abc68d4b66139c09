import { afterEach, describe, expect, it } from '@jest/globals';
import { analyse, CheckDefinitionError, formatMs } from '../../../packages/checks/src/index.js';
import { closedPort, erroringEvery, healthy, slow, startServer, type TestServer } from './servers.js';

/**
 * Analysis mode against real servers. The number of requests is rate × duration and
 * the servers fail by request count, so error figures are exact; latency figures are
 * only bounded from below (a server that sleeps 60 ms cannot answer in less).
 */

const servers: TestServer[] = [];
async function track(server: Promise<TestServer>): Promise<TestServer> {
  const started = await server;
  servers.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('analyse', () => {
  it('passes a healthy service, having sent exactly rate × duration requests', async () => {
    const server = await track(healthy());
    const progress: number[] = [];
    const report = await analyse({
      target: { kind: 'http', url: `${server.url}/health`, jsonPath: '$.status', jsonEquals: 'ok' },
      durationMs: 1_000,
      rate: 50,
      onProgress: ({ sent }) => progress.push(sent),
    });
    expect(report).toMatchObject({
      passed: true,
      reasons: [],
      samples: 50,
      failures: 0,
      errorRate: 0,
      consecutiveFailuresMax: 0,
      planned: 50,
      sent: 50,
      responses: 50,
      unsent: 0,
      thresholds: { maxErrorRate: 0.05, maxP95Ms: 2000, minSamples: 10, maxConsecutiveFailures: 5 },
    });
    expect(server.count).toBe(50);
    expect(report.latencyMs.p50).toBeLessThanOrEqual(report.latencyMs.p95);
    expect(report.latencyMs.p95).toBeLessThanOrEqual(report.latencyMs.p99);
    expect(report.latencyMs.p99).toBeLessThanOrEqual(report.latencyMs.max);
    expect(progress.at(-1)).toBe(50);
  });

  it('computes the exact error rate of a service failing every 10th request', async () => {
    const server = await track(erroringEvery(10));
    const report = await analyse({ target: { kind: 'http', url: server.url }, durationMs: 1_000, rate: 100 });
    expect(report).toMatchObject({
      passed: false,
      samples: 100,
      failures: 10,
      errorRate: 0.1,
      consecutiveFailuresMax: 1,
      failureReasons: { 'status 500 (expected 2xx)': 10 },
    });
    expect(report.reasons).toEqual([
      'error rate 10 % is above the maximum of 5 % (10 of 100 requests failed; most often: status 500 (expected 2xx) ×10)',
    ]);
  });

  it('passes the same service when the error budget allows 10 %', async () => {
    const server = await track(erroringEvery(10));
    const report = await analyse({
      target: { kind: 'http', url: server.url },
      durationMs: 1_000,
      rate: 100,
      maxErrorRate: 0.1,
    });
    expect(report).toMatchObject({ passed: true, errorRate: 0.1, failures: 10 });
  });

  it('fails on failures in a row even when the error rate is within budget', async () => {
    // Requests 11 to 17 fail: seven in a row out of fifty.
    const server = await track(
      startServer((n) => (n >= 11 && n <= 17 ? { status: 502, body: 'bad gateway' } : {})),
    );
    const report = await analyse({
      target: { kind: 'http', url: server.url },
      durationMs: 1_000,
      rate: 50,
      concurrency: 1,
      maxErrorRate: 0.2,
    });
    expect(report).toMatchObject({
      passed: false,
      samples: 50,
      failures: 7,
      errorRate: 0.14,
      consecutiveFailuresMax: 7,
    });
    expect(report.reasons).toEqual(['7 requests failed in a row (at most 5 allowed)']);
  });

  it('never passes on no data: a closed port gives no answers and no verdict', async () => {
    const port = await closedPort();
    const report = await analyse({
      target: { kind: 'http', url: `http://127.0.0.1:${port}/` },
      durationMs: 500,
      rate: 40,
      maxErrorRate: 1,
      maxConsecutiveFailures: 1_000,
    });
    expect(report).toMatchObject({ passed: false, samples: 20, responses: 0, failures: 20, errorRate: 1 });
    expect(report.latencyMs).toEqual({ p50: 0, p95: 0, p99: 0, max: 0 });
    expect(report.reasons).toEqual([
      `only 0 of 20 requests were answered; at least 10 are needed for a verdict; most often: connection refused by 127.0.0.1:${port} ×20`,
    ]);
  });

  it('fails a service whose p95 is over the limit', async () => {
    const server = await track(slow(60));
    const report = await analyse({
      target: { kind: 'http', url: server.url },
      durationMs: 1_000,
      rate: 20,
      maxP95Ms: 30,
    });
    expect(report.passed).toBe(false);
    expect(report.samples).toBe(20);
    expect(report.latencyMs.p95).toBeGreaterThanOrEqual(60);
    expect(report.reasons).toEqual([
      `p95 latency ${formatMs(report.latencyMs.p95)} is above the maximum of 30 ms`,
    ]);
  });

  it('counts responses over the latency budget as failures, grouped under one reason', async () => {
    const server = await track(slow(60));
    const report = await analyse({
      target: { kind: 'http', url: server.url, latencyBudgetMs: 10 },
      durationMs: 500,
      rate: 20,
      maxErrorRate: 1,
      maxConsecutiveFailures: 100,
    });
    expect(report).toMatchObject({
      passed: true,
      samples: 10,
      failures: 10,
      failureReasons: { 'over the latency budget of 10 ms': 10 },
    });
  });

  it('compares with a baseline URL loaded at the same time and fails on degradation', async () => {
    const [candidate, previous] = await Promise.all([track(slow(300)), track(healthy())]);
    const report = await analyse({
      target: { kind: 'http', url: candidate.url },
      durationMs: 1_000,
      rate: 20,
      baseline: { url: previous.url },
    });
    expect(previous.count).toBe(20);
    expect(report.passed).toBe(false);
    expect(report.baseline).toMatchObject({
      source: 'url',
      samples: 20,
      errorRate: 0,
      passed: false,
      maxDegradationPct: 20,
    });
    // The candidate takes 300 ms or more; however slow a loaded machine makes the baseline's answers, the
    // degradation is the candidate's p95 against the baseline's (10 ms at least), measured side by side.
    const { p95Ms } = report.baseline!;
    const expected = ((report.latencyMs.p95 - p95Ms) / Math.max(p95Ms, 10)) * 100;
    expect(report.baseline!.degradationPct).toBeCloseTo(Math.max(expected, 0), 0);
    expect(report.baseline!.degradationPct).toBeGreaterThan(20);
    expect(report.reasons).toEqual([
      expect.stringMatching(/^\d+(\.\d)? % worse than the baseline \(at most 20 % allowed\): p95 \d/),
    ]);
  });

  it('passes against stored baseline figures it beats', async () => {
    const server = await track(healthy());
    const report = await analyse({
      target: { kind: 'http', url: server.url },
      durationMs: 500,
      rate: 20,
      baseline: { figures: { errorRate: 0.01, p95Ms: 1_000 }, maxDegradationPct: 10 },
    });
    expect(report.passed).toBe(true);
    expect(report.baseline).toMatchObject({
      source: 'figures',
      samples: 0,
      errorRate: 0.01,
      p95Ms: 1_000,
      degradationPct: 0,
      passed: true,
    });
  });

  it('needs every request answered when a short run plans fewer than the default minimum', async () => {
    const server = await track(healthy());
    const report = await analyse({ target: { kind: 'http', url: server.url }, durationMs: 1_000, rate: 4 });
    expect(report).toMatchObject({ passed: true, samples: 4, thresholds: { minSamples: 4 } });
  });

  it('stops and fails when aborted', async () => {
    const server = await track(healthy());
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const report = await analyse({
      target: { kind: 'http', url: server.url },
      durationMs: 10_000,
      rate: 20,
      signal: controller.signal,
    });
    expect(report.passed).toBe(false);
    expect(report.sent).toBeLessThan(200);
    expect(report.reasons[0]).toMatch(/^the analysis was aborted after \d+ requests$/);
  });

  it('rejects absurd options before sending a single request', async () => {
    const server = await track(healthy());
    const attempt = analyse({
      target: { kind: 'http', url: server.url, jsonPath: '$.[' },
      durationMs: -5,
      rate: 0,
      maxErrorRate: 2,
      minSamples: 0,
      baseline: { url: 'not a url' },
    });
    const error = (await attempt.catch((thrown: unknown) => thrown)) as CheckDefinitionError;
    expect(error).toBeInstanceOf(CheckDefinitionError);
    expect(error.problems).toEqual([
      expect.stringMatching(/jsonPath: got "\$\.\[", expected a valid JSON path/),
      'durationMs: got -5, expected a number above 0 up to 3600000',
      'rate: got 0, expected a number above 0 up to 5000',
      'maxErrorRate: got 2, expected a number from 0 to 1',
      'minSamples: got 0, expected an integer from 1 to 1000000',
      'baseline.url: got "not a url", expected an absolute http or https URL',
    ]);
    const tooMuch = await analyse({
      target: { kind: 'http', url: server.url },
      durationMs: 3_600_000,
      rate: 5_000,
    }).catch((thrown: unknown) => thrown);
    expect((tooMuch as CheckDefinitionError).problems).toEqual([
      'rate × duration: 18000000 requests planned, at most 1000000 allowed',
    ]);
    const unreachable = await analyse({
      target: { kind: 'http', url: server.url },
      durationMs: 1_000,
      rate: 5,
      minSamples: 10,
    }).catch((thrown: unknown) => thrown);
    expect((unreachable as CheckDefinitionError).problems).toEqual([
      'minSamples: 10 can never be reached: 5/s for 1000 ms sends 5 requests',
    ]);
    expect(server.count).toBe(0);
  });
});
