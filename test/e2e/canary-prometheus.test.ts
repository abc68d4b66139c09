/**
 * A canary judged on the requests it really serves: the deploy-env bundle drives the
 * sample provider scripts behind a real nginx router while a client sends user
 * traffic, and a real Prometheus on loopback scrapes every version (through the
 * router's per-slot routes). A canary whose bug is in an endpoint our own probe
 * does not call passes an analysis of probe requests, and fails on its real traffic.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { runAction, type RunResult } from '../bench/runner.js';
import { startPrometheus, type PrometheusServer } from './support/prometheus-server.js';
import { startSampleEnvironment, type SampleEnvironment } from './support/sample-environment.js';
import { startTrafficClient, type TrafficClient } from './support/traffic.js';

let emulator: Emulator;
let environment: SampleEnvironment;
let prometheus: PrometheusServer;
let client: TrafficClient;
let sha: string;
let runId = 16_000;
const API_ENV = { RELEASE_ACTIONS_API_RETRY_BASE_MS: '10', RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '0' };
const REQUESTS = 'sum(sample_requests_total{version="{version}"})';
const ERRORS = 'sum(sample_requests_total{version="{version}",code=~"5.."})';

function canary(version: string, extra: Record<string, string> = {}): Promise<RunResult> {
  return runAction('deploy-env', {
    inputs: {
      environment: 'production',
      version,
      token: 'test-token',
      ...environment.inputs('canary'),
      'canary-weights': '25,100',
      'analysis-duration': '30s',
      'max-error-rate': '5%',
      'min-samples': '20',
      ...extra,
    },
    env: { ...environment.env, ...API_ENV },
    apiUrl: emulator.url,
    sha,
    ref: `refs/tags/v${version}`,
    runId: String((runId += 1)),
    timeoutMs: 90_000,
  });
}

const onTraffic = {
  'analysis-prometheus-url': '',
  'analysis-requests-query': REQUESTS,
  'analysis-errors-query': ERRORS,
};

describe('a canary judged on its real traffic (real nginx, real Prometheus)', () => {
  beforeAll(async () => {
    environment = await startSampleEnvironment();
    emulator = await startEmulator();
    sha = await emulator.seedCommit({ message: 'release', branch: 'main' });
    const router = `127.0.0.1:${environment.routerPort}`;
    prometheus = await startPrometheus(
      ['blue', 'green', 'canary'].map((slot) => ({
        name: `sample-${slot}`,
        target: router,
        metricsPath: `/slots/${slot}/metrics`,
      })),
    );
    onTraffic['analysis-prometheus-url'] = prometheus.url;
    await environment.release('1.0.0');
    // A bug in the checkout endpoint only: the root our probe requests answers fine.
    for (const version of ['2.0.0', '2.0.1'])
      await environment.release(version, { broken: 'errors', errorRate: 0.3, failingPath: '/checkout' });
    await environment.release('3.0.0');
    const first = await runAction('deploy-env', {
      inputs: {
        environment: 'production',
        version: '1.0.0',
        token: 'test-token',
        ...environment.inputs('direct'),
      },
      env: { ...environment.env, ...API_ENV },
      apiUrl: emulator.url,
      sha,
      ref: 'refs/tags/v1.0.0',
      runId: String((runId += 1)),
    });
    expect(first.errors).toEqual([]);
    client = startTrafficClient(`${environment.routerUrl}/checkout`, { concurrency: 2, intervalMs: 10 });
    // Prometheus has scraped the stable version once users reach it.
    for (
      let tries = 0;
      ((await prometheus.total(REQUESTS.replace('{version}', '1.0.0'))) ?? 0) === 0;
      tries++
    ) {
      if (tries > 120) throw new Error('Prometheus never scraped the stable version');
      await new Promise((done) => setTimeout(done, 250));
    }
  }, 120_000);

  afterAll(async () => {
    await client?.stop();
    await prometheus?.stop();
    await environment?.stop();
    await emulator?.close();
  });

  it('passes the buggy canary when only our own probe requests are judged', async () => {
    const result = await canary('2.0.0', { 'analysis-duration': '3s', 'analysis-rate': '20' });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ status: 'success' });
    // Back to a good version for the next case.
    const back = await canary('1.0.0', { 'analysis-duration': '3s', 'analysis-rate': '20' });
    expect(back.errors).toEqual([]);
    expect(await environment.liveVersion()).toBe('1.0.0');
  });

  it('fails the same bug on the traffic the canary serves, compared with the stable version', async () => {
    const result = await canary('2.0.1', onTraffic);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'rolled-back', 'previous-version': '1.0.0' });
    expect(result.errors[0]).toMatch(
      /analysis of the canary at 25% failed .*the canary's error rate [\d.]+ % \(\d+ of \d+ requests\) is above the stable version's [\d.]+ % by more than 5 %/,
    );
    expect(result.summary).toMatch(/Sequential analysis at a false-alarm rate of 1 %: Stopped early, bad/);
    expect(result.summary).toContain('| failed requests (canary, from Prometheus) |');
    expect(await environment.liveVersion()).toBe('1.0.0');
    expect(Object.keys(await environment.slots())).not.toContain('canary');
  });

  it('passes a healthy canary on its real traffic', async () => {
    const result = await canary('3.0.0', onTraffic);
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ status: 'success', 'previous-version': '1.0.0' });
    expect(result.summary).toMatch(/At 25%: Sequential analysis/);
    expect(await environment.liveVersion()).toBe('3.0.0');
  });
});
