import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGitHubClient } from '../../../packages/kit/src/github.js';
import { shippedItems } from '../../../packages/notify/src/shipped.js';

/**
 * The issues a release's pull requests close are optional reads for announce's
 * comments. A real HTTP server answers the pull request lookup, then drops every
 * connection for an issue: the reads stop at the first failure with one warning
 * that says the API is unreachable, instead of one "could not be read" per issue.
 */
let server: Server;
let url: string;
const issueRequests: string[] = [];
const previousBase = process.env['RELEASE_ACTIONS_API_RETRY_BASE_MS'];

beforeAll(async () => {
  process.env['RELEASE_ACTIONS_API_RETRY_BASE_MS'] = '0';
  server = createServer((request, response) => {
    if (request.url?.includes('/issues/')) {
      issueRequests.push(request.url);
      request.socket.destroy();
      return;
    }
    const body = Array.from({ length: 12 }, (_, i) => `Fixes #${100 + i}`).join('\n');
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify([
        { number: 7, title: 'Many fixes', body, merged_at: '2026-01-05T09:00:00Z', labels: [] },
      ]),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  if (previousBase === undefined) delete process.env['RELEASE_ACTIONS_API_RETRY_BASE_MS'];
  else process.env['RELEASE_ACTIONS_API_RETRY_BASE_MS'] = previousBase;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('what shipped, when the API stops answering for the issues', () => {
  it('keeps the pull request, skips the issues after the first failure, and warns once', async () => {
    const octokit = await createGitHubClient({ token: 'test-token', baseUrl: url });
    const warnings: string[] = [];
    const items = await shippedItems(octokit, { owner: 'acme', repo: 'app' }, ['a'.repeat(40)], {
      info: () => undefined,
      warning: (message) => warnings.push(message),
    });
    expect(items.map((item) => item.number)).toEqual([7]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Issues named as closed by the shipped pull requests were not read: the GitHub API is unreachable \(/,
      ),
    ]);
    // Twelve issues: only the first four (read side by side) were tried, with their retries.
    const distinct = new Set(issueRequests.map((path) => path.split('?')[0]));
    expect(distinct.size).toBeLessThanOrEqual(4);
  });
});
