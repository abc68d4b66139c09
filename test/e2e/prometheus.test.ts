import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse, runChecksOnce, type PrometheusCheck } from '../../packages/checks/src/index.js';
import { runAction } from '../bench/runner.js';
import { closedPort, healthy, startServer, type TestServer } from '../unit/checks/servers.js';

/**
 * The Prometheus check against a real Prometheus server (Debian's `prometheus`),
 * on loopback, scraping a tiny exporter started here. Without the binary these
 * tests fail: the CI script installs it, and a silent skip would hide a gap.
 */

const ERROR_RATIO = 'sum(rate(app_requests_total{code="500"}[5s])) / sum(rate(app_requests_total[5s]))';

let dir: string;
let exporter: TestServer;
let prometheus: ChildProcess | undefined;
let prometheusUrl: string;
let prometheusLog = '';

/** Each scrape adds 100 requests of which 1 failed: the error ratio is exactly 1 %. */
function exposition(scrape: number): string {
  return [
    '# HELP app_requests_total Requests served, by status code.',
    '# TYPE app_requests_total counter',
    `app_requests_total{code="200"} ${99 * scrape}`,
    `app_requests_total{code="500"} ${1 * scrape}`,
    '# HELP app_error_ratio Share of failed requests over the last minute.',
    '# TYPE app_error_ratio gauge',
    'app_error_ratio 0.002',
    '',
  ].join('\n');
}

async function query(promql: string): Promise<{ status: string; data: { result: unknown[] } } | undefined> {
  try {
    const response = await fetch(`${prometheusUrl}/api/v1/query?query=${encodeURIComponent(promql)}`);
    return (await response.json()) as { status: string; data: { result: unknown[] } };
  } catch {
    return undefined;
  }
}

async function until(what: string, condition: () => Promise<boolean>, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (prometheus?.exitCode !== null)
      throw new Error(`prometheus exited (${prometheus?.exitCode}):\n${prometheusLog}`);
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}\n${prometheusLog.slice(-4000)}`);
}

beforeAll(async () => {
  const found = spawnSync('prometheus', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) {
    throw new Error(
      'The prometheus binary is not installed (apt-get install prometheus); these tests need a real server.',
    );
  }
  dir = await mkdtemp(join(tmpdir(), 'prometheus-e2e-'));
  exporter = await startServer((n, request) =>
    request.url === '/metrics'
      ? { body: exposition(n), headers: { 'content-type': 'text/plain; version=0.0.4' } }
      : { status: 404, body: 'not found' },
  );
  const port = await closedPort();
  prometheusUrl = `http://127.0.0.1:${port}`;
  await writeFile(
    join(dir, 'prometheus.yml'),
    [
      'global:',
      '  scrape_interval: 1s',
      '  evaluation_interval: 1s',
      'scrape_configs:',
      '  - job_name: app',
      '    static_configs:',
      `      - targets: ['127.0.0.1:${exporter.port}']`,
      '',
    ].join('\n'),
  );
  prometheus = spawn(
    'prometheus',
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  prometheus.stdout?.on('data', (chunk: Buffer) => (prometheusLog += chunk.toString()));
  prometheus.stderr?.on('data', (chunk: Buffer) => (prometheusLog += chunk.toString()));
  await until('the target to be up', async () => {
    const up = await query('up{job="app"} == 1');
    return up?.status === 'success' && up.data.result.length === 1;
  });
  // rate() needs two samples inside its window.
  await until(
    'enough samples for rate()',
    async () => ((await query(ERROR_RATIO))?.data.result.length ?? 0) > 0,
  );
}, 60_000);

afterAll(async () => {
  if (prometheus && prometheus.exitCode === null) {
    const exited = new Promise((resolve) => prometheus!.once('exit', resolve));
    prometheus.kill('SIGTERM');
    await exited;
  }
  await exporter?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const check = (query: string, operator: PrometheusCheck['operator'], threshold: number): PrometheusCheck => ({
  kind: 'prometheus',
  url: prometheusUrl,
  query,
  operator,
  threshold,
});

describe('Prometheus check against a real server', () => {
  it('passes when the value meets the threshold, and reports the value', async () => {
    const report = await runChecksOnce([check('app_error_ratio', '<', 0.01)]);
    expect(report.checks[0]).toMatchObject({
      passed: true,
      value: 0.002,
      name: 'prometheus: app_error_ratio < 0.01',
    });
  });

  it('fails with the value when it does not', async () => {
    const report = await runChecksOnce([check('app_error_ratio', '>', 0.5)]);
    expect(report.checks[0]).toMatchObject({
      passed: false,
      value: 0.002,
      reason: 'the query returned 0.002 (expected > 0.5)',
    });
  });

  it('computes a PromQL error ratio from counters', async () => {
    const report = await runChecksOnce([check(ERROR_RATIO, '<', 0.005)]);
    expect(report.checks[0]!.passed).toBe(false);
    expect(report.checks[0]!.reason).toMatch(
      /^the query returned 0\.0(0999\d*|1|100\d*) \(expected < 0\.005\)$/,
    );
  });

  it('never passes on no data', async () => {
    const report = await runChecksOnce([check('app_error_ratio{job="nope"}', '<', 1)]);
    expect(report.checks[0]).toMatchObject({ passed: false, reason: 'the query returned no data' });
  });

  it('reports a query Prometheus rejects', async () => {
    const report = await runChecksOnce([check('sum(', '<', 1)]);
    expect(report.checks[0]!.reason).toMatch(/^Prometheus rejected the query \(bad_data: /);
  });

  it('evaluates metrics after an analysis load', async () => {
    const server = await healthy();
    try {
      const report = await analyse({
        target: { kind: 'http', url: server.url },
        durationMs: 500,
        rate: 20,
        metrics: [check(ERROR_RATIO, '<=', 0.02), check('app_error_ratio', '==', 0.5)],
      });
      expect(report.samples).toBe(10);
      expect(report.metrics!.map((metric) => metric.passed)).toEqual([true, false]);
      expect(report.passed).toBe(false);
      expect(report.reasons).toEqual([
        'prometheus: app_error_ratio == 0.5: the query returned 0.002 (expected == 0.5)',
      ]);
    } finally {
      await server.close();
    }
  });

  it('gates the smoke-test step, as a process, on a query', async () => {
    const passing = await runAction('smoke-test', {
      inputs: {
        'prometheus-url': prometheusUrl,
        'prometheus-query': 'app_error_ratio',
        'prometheus-threshold': '< 0.01',
        timeout: '0',
      },
    });
    expect(passing.errors).toEqual([]);
    expect(passing.exitCode).toBe(0);
    expect(passing.outputs['passed']).toBe('true');
    expect(passing.summary).toContain('prometheus: app_error_ratio &lt; 0.01');

    const failing = await runAction('smoke-test', {
      inputs: {
        'prometheus-url': prometheusUrl,
        'prometheus-query': 'app_error_ratio',
        'prometheus-threshold': '>= 0.01',
        'prometheus-token': 'prom-secret-token',
        timeout: '0',
      },
    });
    expect(failing.exitCode).toBe(1);
    expect(failing.errors).toEqual([
      'Smoke test failed:\n- prometheus: app_error_ratio >= 0.01: the query returned 0.002 (expected >= 0.01)',
    ]);
    expect(failing.masks).toContain('prom-secret-token');
    expect(failing.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('prom-secret-token');
  });
});
