import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type RunResult } from '../bench/runner.js';
import {
  closedPort,
  flaky,
  healthy,
  neverReady,
  startServer,
  type TestServer,
} from '../unit/checks/servers.js';

/** The smoke-test bundle run as the runner runs it, against real servers on 127.0.0.1. */

let current: TestServer;
let previous: TestServer;
let echo: TestServer;
const temps: string[] = [];

beforeAll(async () => {
  [current, previous] = await Promise.all([healthy('1.2.3'), healthy('1.2.2')]);
  echo = await startServer((_, request) => ({
    status: request.headers['authorization'] === 'Bearer tok-3f9a7c21' ? 200 : 401,
    body: { seen: request.headers },
  }));
});
afterAll(async () => {
  await Promise.all([current, previous, echo].map((server) => server.close()));
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

function report(result: RunResult) {
  return JSON.parse(result.outputs['report']!) as {
    passed: boolean;
    checks: { name: string; passed: boolean; attempts: number; reason?: string }[];
    analysis: unknown;
  };
}

async function workspaceWithConfig(config: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'smoke-workspace-'));
  temps.push(dir);
  await mkdir(join(dir, '.github'));
  await writeFile(join(dir, '.github', 'release-actions.yml'), config);
  return dir;
}

describe('smoke-test checks', () => {
  it('passes a healthy service and proves the version that answers', async () => {
    const result = await runAction('smoke-test', {
      inputs: { url: `${current.url}/health`, 'json-path': '$.version', 'json-equals': '1.2.3' },
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', 'error-rate': '', 'p95-ms': '' });
    expect(report(result)).toMatchObject({
      passed: true,
      analysis: null,
      checks: [{ name: `GET ${current.url}/health`, passed: true, attempts: 1 }],
    });
    expect(result.summary).toContain('## ✅ Smoke test passed');
    expect(result.summary).toContain('| Status | Check | Attempts | p50 | p95 | p99 | max | Time | Detail |');
    expect(result.summary).toContain(`| ✅ | GET ${current.url}/health | 1 |`);
  });

  it('fails when the old version is still answering, saying which one', async () => {
    const result = await runAction('smoke-test', {
      inputs: { url: previous.url, 'json-path': '$.version', 'json-equals': '1.2.3', timeout: '0' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['passed']).toBe('false');
    expect(result.errors).toEqual([
      `Smoke test failed:\n- GET ${previous.url}/: $.version was 1.2.2 (expected 1.2.3)`,
    ]);
    expect(result.annotations[0]!.properties['title']).toBe('ESMOKE');
    expect(result.summary).toContain('## ❌ Smoke test failed');
    expect(result.summary).toContain('$.version was 1.2.2 (expected 1.2.3)');
  });

  it('waits for a warming service and logs each change of state', async () => {
    const server = await flaky(3);
    try {
      const result = await runAction('smoke-test', {
        inputs: { url: server.url, timeout: '1m', interval: '200ms' },
      });
      expect(result.exitCode).toBe(0);
      expect(report(result).checks[0]).toMatchObject({ passed: true, attempts: 4 });
      expect(server.count).toBe(4);
      const lines = result.log.split('\n').filter((line) => line.includes(`GET ${server.url}/`));
      // One line for the first failure (the identical ones after it are not repeated), one for success.
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^⏳ GET .*: status 503 \(expected 2xx\) \(attempt 1, /);
      expect(lines[1]).toMatch(/^✅ GET .*: healthy after 4 attempts \(/);
    } finally {
      await server.close();
    }
  });

  it('gives up on a never-ready service at the timeout, with a hint', async () => {
    const server = await neverReady();
    try {
      const result = await runAction('smoke-test', {
        inputs: { url: server.url, timeout: '1s', interval: '200ms' },
      });
      expect(result.exitCode).toBe(1);
      const [check] = report(result).checks;
      expect(check!.attempts).toBe(server.count);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(
        new RegExp(
          `^Smoke test failed:\\n- GET ${server.url}/: status 503 \\(expected 2xx\\) \\(${check!.attempts} attempts in [\\d.]+m?s\\)\\nHint: The checks kept failing for 1s; raise timeout`,
        ),
      );
    } finally {
      await server.close();
    }
  });

  it('checks TCP ports and a command, with the command output grouped in the log', async () => {
    const port = await closedPort();
    const result = await runAction('smoke-test', {
      inputs: {
        tcp: `127.0.0.1:${current.port}, 127.0.0.1:${port}`,
        command: 'echo "smoke suite: 12 passed"; echo "1 failed: /checkout returned 500" >&2; exit 1',
        timeout: '0',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(report(result).checks.map((check) => [check.name, check.passed, check.reason])).toEqual([
      [`tcp 127.0.0.1:${current.port}`, true, undefined],
      [`tcp 127.0.0.1:${port}`, false, `connection refused by 127.0.0.1:${port}`],
      [
        expect.stringMatching(/^command: echo "smoke suite/),
        false,
        'exited with code 1: 1 failed: /checkout returned 500',
      ],
    ]);
    const group = /::group::Output of command: [^\n]*\(attempt 1, failed\)\n([\s\S]*?)::endgroup::/.exec(
      result.stdout,
    );
    expect(group?.[1]).toContain('smoke suite: 12 passed');
    expect(group?.[1]).toContain('1 failed: /checkout returned 500');
  });

  it('masks secret header values at once and never prints them', async () => {
    const result = await runAction('smoke-test', {
      inputs: {
        url: `${echo.url}/private?token=qs-secret-991`,
        headers: 'Authorization: Bearer tok-3f9a7c21\nX-Tenant: acme-internal\nAccept: application/json',
        'secret-headers': 'X-Tenant',
        'body-contains': 'will not be there',
        timeout: '0',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toContain('body did not contain "will not be there"');
    expect(result.masks).toEqual(
      expect.arrayContaining(['Bearer tok-3f9a7c21', 'tok-3f9a7c21', 'acme-internal', 'qs-secret-991']),
    );
    // The first workflow command of the step masks the headers, before anything else is printed.
    expect(result.stdout.split('\n')[0]).toMatch(/^::add-mask::/);
    const printed = [
      result.stdout.replace(/^::add-mask::.*$/gm, ''),
      result.stderr,
      result.summary,
      JSON.stringify(result.outputs),
    ].join('\n');
    for (const secret of ['tok-3f9a7c21', 'acme-internal', 'qs-secret-991'])
      expect(printed).not.toContain(secret);
    // The server did receive them.
    expect(echo.seen.at(-1)!.headers['x-tenant']).toBe('acme-internal');
  });

  it('reads the smoke section of .github/release-actions.yml under the inputs', async () => {
    const workspace = await workspaceWithConfig(
      [
        'smoke:',
        `  url: ${current.url}/health`,
        '  json-path: $.version',
        '  expect-status: 200',
        '  timeout: 10s',
        '  headers:',
        '    Accept: application/json',
        '  tcp:',
        `    - 127.0.0.1:${current.port}`,
        '',
      ].join('\n'),
    );
    const passing = await runAction('smoke-test', { workspace, inputs: { 'json-equals': '1.2.3' } });
    expect(passing.errors).toEqual([]);
    expect(report(passing).checks.map((check) => check.name)).toEqual([
      `GET ${current.url}/health`,
      `tcp 127.0.0.1:${current.port}`,
    ]);
    expect(current.seen.at(-1)!.headers['accept']).toBe('application/json');
    const failing = await runAction('smoke-test', {
      workspace,
      inputs: { 'json-equals': '1.3.0', timeout: '0' },
    });
    expect(failing.errors).toEqual([
      `Smoke test failed:\n- GET ${current.url}/health: $.version was 1.2.3 (expected 1.3.0)`,
    ]);
  });

  it('points at the config file line of a bad setting, before any request', async () => {
    const server = await healthy();
    try {
      const workspace = await workspaceWithConfig(
        ['smoke:', `  url: ${server.url}`, '  max-error-rate: 7', '  retries: 3', ''].join('\n'),
      );
      const result = await runAction('smoke-test', { workspace });
      expect(result.exitCode).toBe(1);
      expect(result.errors[0]).toContain('.github/release-actions.yml:3:');
      expect(result.errors[0]).toContain('.github/release-actions.yml:4:3: unknown key "retries"');
      expect(result.annotations[0]!.properties['file']).toBe('.github/release-actions.yml');
      expect(server.count).toBe(0);
    } finally {
      await server.close();
    }
  });
});
