import { afterEach, describe, expect, it } from '@jest/globals';
import { runAction } from '../bench/runner.js';
import { erroringEvery, healthy, slow, startServer, type TestServer } from '../unit/checks/servers.js';

/** Analysis mode and input validation of the smoke-test bundle, run as a process. */

const servers: TestServer[] = [];
async function track(server: Promise<TestServer>): Promise<TestServer> {
  const started = await server;
  servers.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('smoke-test analysis', () => {
  it('the p95 of 10 samples is the largest one (nearest rank), not an interpolation below it', async () => {
    // Request 1 is the readiness check; of the 10 analysis requests, one (request 6) takes 400 ms.
    const server = await track(startServer((n) => (n === 6 ? { delayMs: 400 } : {})));
    const result = await runAction('smoke-test', {
      inputs: { url: server.url, duration: '1s', rate: '10', 'max-p95-ms': '5000', 'min-samples': '10' },
    });
    expect(result.errors).toEqual([]);
    expect(server.count).toBe(11);
    const analysis = JSON.parse(result.outputs['report']!).analysis;
    expect(analysis.samples).toBe(10);
    // Nearest rank: ceil(0.95 × 10) = 10, the slowest sample. A linear interpolation would give about 0.55 of it.
    expect(Number(result.outputs['p95-ms'])).toBeGreaterThanOrEqual(400);
    expect(analysis.latencyMs.p95).toBe(analysis.latencyMs.max);
    expect(analysis.latencyMs.p50).toBeLessThan(400);
  });

  it('fails on the error rate with exact figures in the outputs, the summary and the error', async () => {
    // The readiness check is request 1; the analysis sends requests 2 to 101, of which 10, 20 … 100 fail.
    const server = await track(erroringEvery(10));
    const result = await runAction('smoke-test', {
      inputs: { url: server.url, duration: '2s', rate: '50', 'analysis-mode': 'fixed' },
    });
    expect(server.count).toBe(101);
    expect(result.exitCode).toBe(1);
    expect(result.outputs['passed']).toBe('false');
    expect(result.outputs['error-rate']).toBe('0.1');
    expect(Number(result.outputs['p95-ms'])).toBeGreaterThan(0);
    const analysis = JSON.parse(result.outputs['report']!).analysis;
    expect(analysis).toMatchObject({
      samples: 100,
      failures: 10,
      errorRate: 0.1,
      consecutiveFailuresMax: 1,
      passed: false,
    });
    expect(result.errors).toEqual([
      'Smoke test failed:\n- analysis: error rate 10 % is above the maximum of 5 % (10 of 100 requests failed; most often: status 500 (expected 2xx) ×10)',
    ]);
    expect(result.summary).toContain('| ❌ | Error rate | 10 % (10 failed) | at most 5 % |');
    expect(result.summary).toContain('| ✅ | Answered requests | 100 of 100 | at least 10 |');
    expect(result.summary).toContain('| status 500 (expected 2xx) | 10 |');
  });

  it('shows the error rate and latencies as people read them, in the log, the error and the summary', async () => {
    // Requests 2 to 151 are the analysis; 15, 30 … 150 fail: 10 of 150, 6.666… %.
    const server = await track(erroringEvery(15));
    const result = await runAction('smoke-test', {
      inputs: { url: server.url, duration: '3s', rate: '50', 'analysis-mode': 'fixed' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['error-rate']).toBe(String(10 / 150));
    expect(result.log).toMatch(
      /Analysis: 150 requests, error rate 6\.7 %, p50 [\d.]+ ms, p95 [\d.]+ ms, p99 [\d.]+ ms, max [\d.]+ ms/,
    );
    expect(result.errors[0]).toContain(
      'error rate 6.7 % is above the maximum of 5 % (10 of 150 requests failed',
    );
    expect(result.summary).toContain('| ❌ | Error rate | 6.7 % (10 failed) | at most 5 % |');
    const shown = [result.log, result.errors.join('\n'), result.summary].join('\n');
    expect(shown).not.toMatch(/\d\.\d{3,}/);
  });

  it('does not fail a version for a slowness its baseline shares, asked request by request', async () => {
    // Both answer in 60 ms, three times the maximum p95: the machine is slow, not the new version.
    const service = await track(slow(60));
    const baseline = await track(slow(60));
    const result = await runAction('smoke-test', {
      inputs: {
        url: service.url,
        'baseline-url': baseline.url,
        duration: '4s',
        rate: '30',
        'max-p95-ms': '20',
      },
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs['passed']).toBe('true');
    const analysis = JSON.parse(result.outputs['report']!).analysis;
    expect(analysis.decision.evidence[1].name).toBe(
      "answers slower than 20 ms and 20 % slower than the stable version's",
    );
  });

  it('fails a version three times slower than its baseline, asked request by request', async () => {
    const service = await track(slow(90));
    const baseline = await track(slow(30));
    const result = await runAction('smoke-test', {
      inputs: {
        url: service.url,
        'baseline-url': baseline.url,
        duration: '4s',
        rate: '30',
        'max-p95-ms': '20',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['passed']).toBe('false');
    const analysis = JSON.parse(result.outputs['report']!).analysis;
    expect(analysis.decision.by).toBe('bad');
  });

  it('passes the same service with a 10 % error budget', async () => {
    const server = await track(erroringEvery(10));
    const result = await runAction('smoke-test', {
      inputs: { url: server.url, duration: '2s', rate: '50', 'max-error-rate': '0.1', 'max-p95-ms': '1000' },
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ passed: 'true', 'error-rate': '0.1' });
    expect(result.summary).toContain('| ✅ | Error rate | 10 % (10 failed) | at most 10 % |');
  });

  it('compares with the report of an earlier run and fails a slower version', async () => {
    const before = await track(healthy());
    const first = await runAction('smoke-test', { inputs: { url: before.url, duration: '1s', rate: '20' } });
    expect(first.exitCode).toBe(0);
    const after = await track(slow(80));
    const second = await runAction('smoke-test', {
      inputs: {
        url: after.url,
        duration: '1s',
        rate: '20',
        baseline: first.outputs['report'],
        'max-degradation': '50%',
      },
    });
    expect(second.exitCode).toBe(1);
    const analysis = JSON.parse(second.outputs['report']!).analysis;
    expect(analysis.baseline).toMatchObject({
      source: 'figures',
      samples: 0,
      errorRate: 0,
      passed: false,
      maxDegradationPct: 50,
    });
    expect(analysis.baseline.p95Ms).toBe(JSON.parse(first.outputs['report']!).analysis.latencyMs.p95);
    expect(second.errors[0]).toMatch(
      /^Smoke test failed:\n- analysis: [\d.]+ % worse than the baseline \(at most 50 % allowed\)/,
    );
    expect(second.summary).toContain('Against the baseline (stored figures)');
  });

  it('skips the analysis when the checks fail', async () => {
    const server = await track(healthy('1.0.0'));
    const result = await runAction('smoke-test', {
      inputs: {
        url: server.url,
        'json-path': '$.version',
        'json-equals': '2.0.0',
        duration: '5s',
        timeout: '0',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(server.count).toBe(1);
    expect(result.outputs['error-rate']).toBe('');
    expect(result.summary).toContain('The analysis did not run: the checks did not pass.');
  });
});

describe('smoke-test input errors', () => {
  it('reports every bad value at once, before any request', async () => {
    const result = await runAction('smoke-test', {
      inputs: {
        url: 'not a url',
        'body-regex': '(unclosed',
        'json-path': 'version',
        'expect-status': '2xx,600',
        'latency-budget': 'fast',
        tcp: 'db.internal:99999',
        duration: '-5s',
        rate: '0',
        'max-error-rate': '2',
        'prometheus-threshold': 'about 1',
        headers: 'Authorization Bearer abc',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.split('\n')).toEqual([
      'Input "url": got "not a url", expected an absolute http or https URL',
      'Input "headers": got "***", expected headers, one "Name: value" per line',
      'Input "expect-status": got "2xx,600", expected statuses such as 200, 200,204, 200-299 or 2xx',
      expect.stringMatching(
        /^Input "body-regex": got "\(unclosed", expected a valid regular expression \(.*\)$/,
      ),
      'Input "json-path": got "version", expected a JSON path such as $.version: a JSON path starts with $ (for example $.version)',
      'Input "latency-budget": got "fast", expected a duration such as 30s, 5m or 1h30m between 1ms and 10m',
      'Input "tcp": got "db.internal:99999", expected host:port pairs (port 1 to 65535), one per line or separated by commas',
      'Input "duration": got "-5s", expected a duration such as 30s, 5m or 1h30m between 0ms and 1h',
      'Input "rate": got "0", expected a number from 0.1 to 5000',
      'Input "max-error-rate": got "2", expected a number from 0 to 1',
      'Input "prometheus-threshold": got "about 1", expected a comparison such as "< 0.01" (<, <=, >, >=, ==, != and a number)',
    ]);
    expect(result.masks).toContain('Authorization Bearer abc');
  });

  it('checks inputs against each other before any request', async () => {
    const server = await track(healthy());
    const result = await runAction('smoke-test', {
      inputs: {
        url: server.url,
        'json-equals': '1.2.3',
        duration: '1h',
        rate: '5000',
        'prometheus-url': 'http://127.0.0.1:9090',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]!.split('\n')).toEqual([
      'Input "json-equals": got "1.2.3", expected it only together with json-path (e.g. $.version)',
      'Input "prometheus-query": got "", expected a value: prometheus-url, prometheus-query and prometheus-threshold go together',
      'Input "prometheus-threshold": got "", expected a value: prometheus-url, prometheus-query and prometheus-threshold go together',
      'Input "rate": got "5000", expected a rate × duration of at most 1000000 requests (this asks for 18000000)',
    ]);
    const unreachable = await runAction('smoke-test', {
      inputs: {
        url: server.url,
        duration: '10s',
        rate: '1',
        'min-samples': '20',
        baseline: '{"errorRate":0,"p95Ms":100}',
        'baseline-url': server.url,
      },
    });
    expect(unreachable.errors[0]!.split('\n')).toEqual([
      `Input "baseline": got "{"errorRate":0,"p95Ms":100}", expected either baseline-url or baseline, not both`,
      'Input "min-samples": got "20", expected at most the 10 requests that rate × duration sends',
    ]);
    expect(server.count).toBe(0);
  });

  it('says when there is nothing to check', async () => {
    const result = await runAction('smoke-test', { inputs: { 'max-error-rate': '0.1' } });
    expect(result.errors).toEqual([
      'Input "url": got "", expected a URL to check (or tcp, command, or prometheus-url with prometheus-query and prometheus-threshold): there is nothing to check',
    ]);
  });
});

describe('smoke-test sequential analysis', () => {
  // Request 1 is the readiness check; from request 2 on, every answer is a 500.
  const failingAfterReady = () =>
    startServer((n) => (n === 1 ? { body: { status: 'ok' } } : { status: 500 }));

  it('stops as soon as a failing service is certainly bad, and shows the evidence', async () => {
    const server = await track(failingAfterReady());
    const result = await runAction('smoke-test', { inputs: { url: server.url, duration: '2s', rate: '50' } });
    expect(result.exitCode).toBe(1);
    const analysis = JSON.parse(result.outputs['report']!).analysis;
    // 100 requests were planned; the rule of 5 failures in a row settles it at the 6th.
    expect(analysis.decision).toMatchObject({ mode: 'sequential', by: 'bad' });
    expect(analysis.decision.afterSamples).toBeLessThanOrEqual(8);
    expect(server.count - 1).toBeLessThan(20);
    expect(result.summary).toMatch(
      /Sequential analysis at a false-alarm rate of 1 %: Stopped early, bad, after \d+ requests/,
    );
    expect(result.summary).toContain('| failed requests |');
  });

  it('sends every planned request in the fixed-window mode', async () => {
    const server = await track(failingAfterReady());
    const result = await runAction('smoke-test', {
      inputs: { url: server.url, duration: '2s', rate: '50', 'analysis-mode': 'fixed' },
    });
    expect(result.exitCode).toBe(1);
    expect(server.count).toBe(101);
    expect(JSON.parse(result.outputs['report']!).analysis.decision).toMatchObject({
      mode: 'fixed',
      by: 'window',
    });
  });

  it('refuses a false-alarm rate out of range before sending anything', async () => {
    const server = await track(healthy());
    const result = await runAction('smoke-test', {
      inputs: { url: server.url, duration: '2s', rate: '50', 'false-alarm-rate': '70%' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(
      /Input "false-alarm-rate": got "70%", expected a share above 0 and at most 50%/,
    );
    expect(server.count).toBe(0);
  });
});
