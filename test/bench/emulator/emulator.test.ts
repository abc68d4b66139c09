import { describe, it, expect, afterEach } from '@jest/globals';
import { createGitHubClient } from '../../../packages/kit/src/github.js';
import { handlers, openApi, startEmulator, type Emulator } from './index.js';
import { clientFor } from './client.js';

let emulator: Emulator | undefined;

afterEach(async () => {
  // Tests that expect violations close it themselves; anything left must close clean.
  await emulator?.close();
  emulator = undefined;
});

async function start(options: Parameters<typeof startEmulator>[0] = {}) {
  emulator = await startEmulator(options);
  const octokit = await clientFor(emulator);
  return { emulator, octokit };
}

/** Closes the emulator expecting it to reject, and answers the error message. */
async function closeRejecting(em: Emulator): Promise<string> {
  emulator = undefined;
  try {
    await em.close();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('close() resolved although violations were expected');
}

describe('GitHub API emulator: basics', () => {
  it('serves every operation of the extract, and only those, from GitHub’s pinned description', () => {
    const api = openApi();
    expect(api.source).toMatchObject({ package: '@octokit/openapi', version: '23.0.2' });
    expect(Object.keys(handlers).sort()).toEqual([...api.operations.keys()].sort());
    expect(api.operations.size).toBeGreaterThanOrEqual(60);
  });

  it('answers repos/get to a real Octokit client with GitHub’s shape and headers', async () => {
    const { emulator, octokit } = await start({ owner: 'octo', repo: 'shop', defaultBranch: 'trunk' });
    const { data, headers, status } = await octokit.rest.repos.get({ owner: 'octo', repo: 'shop' });
    expect(status).toBe(200);
    expect(data).toMatchObject({
      full_name: 'octo/shop',
      default_branch: 'trunk',
      html_url: 'https://github.com/octo/shop',
      url: `${emulator.url}/repos/octo/shop`,
      owner: { login: 'octo', type: 'Organization' },
    });
    expect(headers['x-ratelimit-limit']).toBe('5000');
    expect(Number(headers['x-ratelimit-remaining'])).toBeLessThan(5000);
    expect(headers['x-github-request-id']).toMatch(/^[0-9A-F:]+$/);
    expect(emulator.callsTo('repos/get')).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/repos/octo/shop',
        status: 200,
        operationId: 'repos/get',
      }),
    ]);
  });

  it('builds html URLs from serverUrl', async () => {
    const { octokit } = await start({ serverUrl: 'https://ghe.example.com/' });
    const { data } = await octokit.rest.repos.get({ owner: 'acme', repo: 'app' });
    expect(data.html_url).toBe('https://ghe.example.com/acme/app');
    expect(data.ssh_url).toBe('git@ghe.example.com:acme/app.git');
  });

  it('answers 401 Bad credentials without a token or with a wrong one, and accepts Bearer', async () => {
    const { emulator } = await start({ token: 's3cret' });
    const bare = await fetch(`${emulator.url}/repos/acme/app`);
    expect(bare.status).toBe(401);
    expect(await bare.json()).toMatchObject({
      message: 'Bad credentials',
      documentation_url: expect.any(String),
    });
    const wrong = await createGitHubClient({
      token: 'nope',
      baseUrl: emulator.url,
      retryBaseMs: 1,
      writeIntervalMs: 0,
    });
    await expect(wrong.rest.repos.get({ owner: 'acme', repo: 'app' })).rejects.toMatchObject({ status: 401 });
    const bearer = await fetch(`${emulator.url}/repos/acme/app`, {
      headers: { authorization: 'Bearer s3cret' },
    });
    expect(bearer.status).toBe(200);
    expect(emulator.violations).toEqual([]);
  });

  it('answers 404 for another repository', async () => {
    const { octokit } = await start();
    await expect(octokit.rest.repos.get({ owner: 'acme', repo: 'other' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('records an unknown route as a violation, answers 404, and close() rejects', async () => {
    const { emulator } = await start();
    const response = await fetch(`${emulator.url}/repos/acme/app/no-such-thing`, {
      headers: { authorization: 'token test-token' },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      message: 'Not Found',
      documentation_url: expect.any(String),
    });
    expect(emulator.violations).toEqual([
      expect.objectContaining({
        kind: 'route',
        message: 'unhandled route GET /repos/acme/app/no-such-thing',
      }),
    ]);
    expect(await closeRejecting(emulator)).toMatch(
      /1 violation.*\n.*unhandled route GET \/repos\/acme\/app\/no-such-thing/,
    );
  });

  it('rejects a request body that does not match the description with 422 and a violation', async () => {
    const { emulator, octokit } = await start();
    const error = await octokit
      .request('POST /repos/{owner}/{repo}/releases', {
        owner: 'acme',
        repo: 'app',
        tag_name: 7 as unknown as string,
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422 });
    expect(emulator.violations).toEqual([
      expect.objectContaining({
        kind: 'request',
        operationId: 'repos/create-release',
        message: expect.stringMatching(/tag_name must be string/),
      }),
    ]);
    expect(emulator.state.releases).toEqual([]);
    expect(await closeRejecting(emulator)).toMatch(/repos\/create-release/);
  });

  it('checks typed path and query parameters', async () => {
    const { emulator } = await start();
    const response = await fetch(`${emulator.url}/repos/acme/app/releases/not-a-number`, {
      headers: { authorization: 'token test-token' },
    });
    expect(response.status).toBe(422);
    expect(emulator.violations[0]).toMatchObject({ kind: 'request', operationId: 'repos/get-release' });
    expect(emulator.violations[0]!.message).toMatch(/release_id must be integer/);
    await closeRejecting(emulator);
  });

  it('catches a response that drifts from the description: 500 naming operation and schema path', async () => {
    const { emulator } = await start();
    emulator.corruptNextResponse('repos/get', (body) => {
      const { default_branch: _dropped, ...rest } = body as Record<string, unknown>;
      return { ...rest, private: 'no', html_url: 'acme/app' };
    });
    const response = await fetch(`${emulator.url}/repos/acme/app`, {
      headers: { authorization: 'token test-token' },
    });
    expect(response.status).toBe(500);
    const { message } = (await response.json()) as { message: string };
    expect(message).toMatch(/repos\/get answered 200 not matching the description/);
    expect(message).toMatch(/default_branch/);
    expect(message).toMatch(/\/private must be boolean/);
    expect(message).toMatch(/\/html_url must match format "uri"/);
    // Only the next answer is corrupted.
    const again = await fetch(`${emulator.url}/repos/acme/app`, {
      headers: { authorization: 'token test-token' },
    });
    expect(again.status).toBe(200);
    expect(await closeRejecting(emulator)).toMatch(/\[response\] GET \/repos\/acme\/app \(repos\/get\)/);
  });

  it('logs calls with query, request and response bodies', async () => {
    const { emulator, octokit } = await start();
    const before = Date.now();
    await octokit.rest.issues.create({ owner: 'acme', repo: 'app', title: 'Release blocked', body: 'why' });
    await octokit.rest.issues.listForRepo({ owner: 'acme', repo: 'app', state: 'all', per_page: 5 });
    const [created] = emulator.callsTo('issues/create');
    expect(created).toMatchObject({
      method: 'POST',
      status: 201,
      requestBody: { title: 'Release blocked', body: 'why' },
      responseBody: expect.objectContaining({ number: 1, title: 'Release blocked' }),
    });
    expect(created!.at).toBeGreaterThanOrEqual(before);
    expect(emulator.callsTo('issues/list-for-repo')[0]!.query).toEqual({ state: 'all', per_page: '5' });
  });
});
