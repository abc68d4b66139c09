import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runChecksOnce, type CheckDefinition, type CheckResult } from '../../../packages/checks/src/index.js';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closedPort, hanging, healthy, slow, startServer, type TestServer } from './servers.js';

/** Whether a process has exited (polled: a killed process takes a moment to be reaped). */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 50; i += 1) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** One attempt of each kind of check against real servers and processes: the reason in plain words. */

async function once(check: CheckDefinition): Promise<CheckResult> {
  const report = await runChecksOnce([check]);
  expect(report.checks).toHaveLength(1);
  return report.checks[0]!;
}

describe('HTTP check', () => {
  let ok: TestServer;
  let old: TestServer;
  let sluggish: TestServer;
  let stuck: TestServer;
  let echo: TestServer;
  let port: number;

  beforeAll(async () => {
    [ok, old, sluggish, stuck] = await Promise.all([
      healthy('1.2.3'),
      healthy('1.2.2'),
      slow(150),
      hanging(),
    ]);
    echo = await startServer((_, request) => ({
      status: request.method === 'POST' ? 201 : 200,
      body: { method: request.method, auth: request.headers['authorization'] ?? null, body: request.body },
    }));
    port = await closedPort();
  });
  afterAll(async () => Promise.all([ok, old, sluggish, stuck, echo].map((server) => server.close())));

  it('passes on a healthy service and proves the version', async () => {
    const result = await once({
      kind: 'http',
      url: `${ok.url}/health`,
      jsonPath: '$.version',
      jsonEquals: '1.2.3',
    });
    expect(result).toMatchObject({ passed: true, attempts: 1, kind: 'http', name: `GET ${ok.url}/health` });
    expect(result.reason).toBeUndefined();
    expect(result.latencyMs!.max).toBeGreaterThan(0);
  });

  it('says which version answered when it is the wrong one', async () => {
    const result = await once({ kind: 'http', url: old.url, jsonPath: '$.version', jsonEquals: '1.2.3' });
    expect(result).toMatchObject({ passed: false, reason: '$.version was 1.2.2 (expected 1.2.3)' });
  });

  it('reports a missing JSON value and a body that is not JSON', async () => {
    expect((await once({ kind: 'http', url: ok.url, jsonPath: '$.build' })).reason).toBe(
      '$.build was not found in the response',
    );
    const plain = await startServer(() => ({ body: 'OK' }));
    try {
      expect((await once({ kind: 'http', url: plain.url, jsonPath: '$.version' })).reason).toBe(
        'body is not JSON, so $.version could not be read (body starts "OK")',
      );
    } finally {
      await plain.close();
    }
  });

  it('does not follow redirects, and says where one leads', async () => {
    const login = await startServer(() => ({ status: 302, headers: { location: '/login?next=%2Fhealth' } }));
    try {
      expect((await once({ kind: 'http', url: `${login.url}/health` })).reason).toBe(
        `status 302 (expected 2xx, redirecting to ${login.url}/login)`,
      );
      expect((await once({ kind: 'http', url: `${login.url}/health`, expectStatus: '3xx' })).passed).toBe(
        true,
      );
    } finally {
      await login.close();
    }
  });

  it('checks the status against a list or a range', async () => {
    expect((await once({ kind: 'http', url: ok.url, expectStatus: '201,204' })).reason).toBe(
      'status 200 (expected 201,204)',
    );
    expect((await once({ kind: 'http', url: ok.url, expectStatus: '200-299' })).passed).toBe(true);
  });

  it('checks the body for text and for a pattern', async () => {
    expect((await once({ kind: 'http', url: ok.url, bodyContains: '"status":"ok"' })).passed).toBe(true);
    expect((await once({ kind: 'http', url: ok.url, bodyContains: 'healthy' })).reason).toBe(
      'body did not contain "healthy"',
    );
    expect((await once({ kind: 'http', url: ok.url, bodyRegex: '/"VERSION":"1\\.2\\.\\d+"/i' })).passed).toBe(
      true,
    );
    expect((await once({ kind: 'http', url: ok.url, bodyRegex: 'version":"2' })).reason).toBe(
      'body did not match /version":"2/',
    );
  });

  it('sends the method, headers and body it is given', async () => {
    const result = await once({
      kind: 'http',
      url: echo.url,
      method: 'post',
      headers: { Authorization: 'Bearer abc123' },
      body: '{"ping":true}',
      expectStatus: '201',
      jsonPath: '$.auth',
      jsonEquals: 'Bearer abc123',
    });
    expect(result.passed).toBe(true);
    expect(echo.seen.at(-1)).toMatchObject({ method: 'POST', body: '{"ping":true}' });
  });

  it('fails a response over the latency budget, with the time it took', async () => {
    const result = await once({ kind: 'http', url: sluggish.url, latencyBudgetMs: 50 });
    expect(result.passed).toBe(false);
    expect(result.reason).toMatch(/^took \d+ ms \(latency budget 50 ms\)$/);
    expect(result.latencyMs!.max).toBeGreaterThanOrEqual(150);
  });

  it('times a request out at its own limit', async () => {
    const result = await once({ kind: 'http', url: stuck.url, timeoutMs: 200 });
    expect(result).toMatchObject({ passed: false, reason: 'timeout after 200 ms' });
  });

  it('names a refused connection, a DNS failure and a TLS error', async () => {
    expect((await once({ kind: 'http', url: `http://127.0.0.1:${port}/health` })).reason).toBe(
      `connection refused by 127.0.0.1:${port}`,
    );
    expect((await once({ kind: 'http', url: 'http://no-such-host.invalid/health' })).reason).toBe(
      'DNS failure: no-such-host.invalid could not be resolved',
    );
    expect((await once({ kind: 'http', url: `https://127.0.0.1:${ok.port}/` })).reason).toMatch(
      new RegExp(`^TLS error with 127\\.0\\.0\\.1:${ok.port}: wrong version number`),
    );
  });
});

describe('TCP and command checks', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await healthy();
  });
  afterAll(() => server.close());

  it('passes when a port accepts connections and names a closed one', async () => {
    expect(await once({ kind: 'tcp', host: '127.0.0.1', port: server.port })).toMatchObject({
      passed: true,
      name: `tcp 127.0.0.1:${server.port}`,
    });
    const port = await closedPort();
    expect((await once({ kind: 'tcp', host: '127.0.0.1', port })).reason).toBe(
      `connection refused by 127.0.0.1:${port}`,
    );
  });

  it('passes a command that exits 0 and streams its output', async () => {
    const chunks: string[] = [];
    const result = await once({
      kind: 'command',
      command: 'echo "smoke $GREETING"',
      env: { GREETING: 'hello' },
      onOutput: (chunk) => chunks.push(chunk),
    });
    expect(result).toMatchObject({ passed: true, value: 0 });
    expect(chunks.join('')).toBe('smoke hello\n');
  });

  it('fails a command with its exit code and last line of output', async () => {
    const result = await once({
      kind: 'command',
      command: 'echo step one; echo "expected 200, got 503" >&2; exit 3',
    });
    expect(result).toMatchObject({
      passed: false,
      value: 3,
      reason: 'exited with code 3: expected 200, got 503',
    });
  });

  it('stops a command at its time limit, child processes included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'command-check-'));
    const pidFile = join(dir, 'pid');
    const result = await once({
      kind: 'command',
      command: `sleep 30 & echo $! > ${pidFile}; wait`,
      timeoutMs: 300,
    });
    expect(result).toMatchObject({ passed: false, reason: 'timeout after 300 ms' });
    const pid = Number(await readFile(pidFile, 'utf8'));
    expect(await gone(pid)).toBe(true);
    await rm(dir, { recursive: true, force: true });
  });
});
