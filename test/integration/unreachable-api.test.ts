import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { runAction, type RunResult } from '../bench/runner.js';

/**
 * Optional GitHub lookups against an API that gives no answer: a port nothing
 * listens on (connection refused) and a server that accepts each connection and
 * drops it at once (which counts the connections). The actions run as processes;
 * an optional lookup must stop at the first failure, say the API is unreachable,
 * and finish the job. The back-off between retries is set to an hour: a single
 * retry of an optional lookup would hold the run far past the test's limit.
 */
const NO_RETRY_EXPECTED = { RELEASE_ACTIONS_API_RETRY_BASE_MS: '3600000' };

let fixture: GitFixture | undefined;
let server: Server | undefined;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A loopback port with nothing listening on it. */
async function refusedUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** A server that closes every connection without answering; `connections()` says how many came. */
async function droppingServer(): Promise<{ url: string; connections: () => number }> {
  let count = 0;
  const sockets = new Set<Socket>();
  server = createServer((socket) => {
    count += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.destroy();
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, connections: () => count };
}

/** v1.0.0, then twelve commits without a `(#N)`: each one a pull request lookup. */
async function historyWithLookups(): Promise<GitFixture> {
  const f = await createGitFixture({ files: { 'package.json': '{ "name": "app", "version": "1.0.0" }\n' } });
  fixture = f;
  await f.tag('v1.0.0', 'v1.0.0');
  for (let i = 1; i <= 12; i += 1) await f.commit(`fix: case ${i}`);
  await f.push('all');
  return f;
}

const warnings = (run: RunResult) =>
  run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

describe('bump-version with an unreachable API', () => {
  it('a refused connection: one warning that says so, no permission blame, and the release goes on', async () => {
    const f = await historyWithLookups();
    const run = await runAction('bump-version', {
      workspace: f.work,
      apiUrl: await refusedUrl(),
      env: NO_RETRY_EXPECTED,
      timeoutMs: 45_000,
      inputs: { 'release-type': 'auto', token: 'test-token', 'dry-run': true },
    });
    expect(run.errors).toEqual([]);
    expect(run.outputs['version']).toBe('1.0.1');
    const said = warnings(run);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(
      /^Pull request lookups skipped after the first try: the GitHub API is unreachable \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)/,
    );
    expect(said[0]).not.toContain('pull-requests: read');
    expect(run.log).not.toMatch(/retrying/i);
  });

  it('a dropped connection is not retried: at most one connection per concurrent lookup', async () => {
    const f = await historyWithLookups();
    const api = await droppingServer();
    const run = await runAction('bump-version', {
      workspace: f.work,
      apiUrl: api.url,
      env: NO_RETRY_EXPECTED,
      timeoutMs: 45_000,
      inputs: { 'release-type': 'auto', token: 'test-token' },
    });
    expect(run.errors).toEqual([]);
    expect(run.outputs['released']).toBe('true');
    // Four lookups start together; none is retried and none starts after the first failure.
    expect(api.connections()).toBeGreaterThan(0);
    expect(api.connections()).toBeLessThanOrEqual(4);
    expect(warnings(run)).toEqual([expect.stringMatching(/the GitHub API is unreachable \(/)]);
  });
});

describe('validate-gates with an unreachable API', () => {
  it('says the API is unreachable, not that it "answered 500"', async () => {
    const f = await createGitFixture();
    fixture = f;
    const apiUrl = await refusedUrl();
    const run = await runAction('validate-gates', {
      workspace: f.work,
      apiUrl,
      sha: await f.head(),
      // The checks gate needs the API, so it keeps its retries; no waiting between them here.
      env: { RELEASE_ACTIONS_API_RETRY_BASE_MS: '0' },
      inputs: { gates: 'checks', token: 'test-token' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toMatch(
      new RegExp(
        `the checks gate could not be evaluated: the GitHub API at ${apiUrl.replace(/[.:/]/g, '\\$&')} is unreachable \\(connect ECONNREFUSED 127\\.0\\.0\\.1:\\d+\\)`,
      ),
    );
    expect(run.log).not.toContain('answered 500');
  });
});
