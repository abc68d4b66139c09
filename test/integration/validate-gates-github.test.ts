import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { runAction, type RunResult } from '../bench/runner.js';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { createGitHubClient } from '../../packages/kit/src/github.js';

/** Reviews, checks and the remote tag check, against the GitHub API emulator, the bundle run as a process. */

let repo: GitFixture;
let emulator: Emulator;
let head: string;

const API_ENV = { RELEASE_ACTIONS_API_RETRY_BASE_MS: '0', RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '10' };

beforeEach(async () => {
  repo = await createGitFixture();
  await repo.branch('feature/checkout');
  await repo.checkout('feature/checkout');
  await repo.commit('feat: checkout', { 'src/checkout.ts': 'export const checkout = true;\n' });
  await repo.checkout('main');
  head = await repo.merge('feature/checkout', 'Merge pull request #7 from acme/feature/checkout');
  await repo.push('all');
  emulator = await startEmulator({ gitDir: repo.origin });
});

afterEach(async () => {
  try {
    await emulator.close();
  } finally {
    await repo.cleanup();
  }
});

function gates(inputs: Record<string, string | number>): Promise<RunResult> {
  return runAction('validate-gates', {
    workspace: repo.work,
    sha: head,
    apiUrl: emulator.url,
    env: API_ENV,
    inputs: { token: 'test-token', ...inputs },
  });
}

async function report(result: RunResult) {
  return JSON.parse(await readFile(result.outputs['report']!, 'utf8')) as {
    gates: {
      gate: string;
      status: string;
      value: string;
      summary: string;
      evidence: { message: string }[];
      data: Record<string, unknown>;
    }[];
  };
}

function mergedPull(): number {
  return emulator.seedPull({
    title: 'New checkout',
    head: 'feature/checkout',
    base: 'main',
    merged: true,
    state: 'closed',
    mergeCommitSha: head,
  });
}

describe('validate-gates against the GitHub API', () => {
  it('passes with enough approvals, a change request cleared by a later approval, and green checks', async () => {
    const pull = mergedPull();
    emulator.seedReview(pull, { user: 'alice', state: 'CHANGES_REQUESTED' });
    emulator.seedReview(pull, { user: 'bob', state: 'APPROVED' });
    emulator.seedReview(pull, { user: 'alice', state: 'COMMENTED' });
    emulator.seedReview(pull, { user: 'alice', state: 'APPROVED' });
    emulator.seedCheckRun(head, { name: 'build', status: 'completed', conclusion: 'success' });
    emulator.seedCheckRun(head, { name: 'lint', status: 'completed', conclusion: 'skipped' });
    emulator.seedStatus(head, { context: 'ci/jenkins', state: 'success' });
    // This very workflow run's job is still running: it must not hold the gate up.
    const octokit = await createGitHubClient({
      token: 'test-token',
      baseUrl: emulator.url,
      retryBaseMs: 0,
      writeIntervalMs: 0,
    });
    await octokit.rest.checks.create({
      owner: 'acme',
      repo: 'app',
      name: 'release',
      head_sha: head,
      status: 'in_progress',
      details_url: 'https://github.com/acme/app/actions/runs/4242/job/99',
    });

    const result = await gates({
      gates: 'reviews, checks, branch',
      'required-approvals': 2,
      version: '1.2.0',
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const byGate = Object.fromEntries((await report(result)).gates.map((g) => [g.gate, g]));
    expect(byGate['reviews']).toMatchObject({ status: 'passed', value: '2 approvals, 0 change requests' });
    expect(byGate['reviews']!.data).toMatchObject({
      pullRequest: pull,
      approvedBy: ['alice', 'bob'],
      changesRequestedBy: [],
    });
    expect(byGate['checks']).toMatchObject({ status: 'passed', value: '3/3 successful' });
    expect(byGate['branch']!.value).toBe('main; v1.2.0 is new');

    expect(emulator.callsTo('repos/list-pull-requests-associated-with-commit')).toEqual([
      expect.objectContaining({ status: 200, path: `/repos/acme/app/commits/${head}/pulls` }),
    ]);
    expect(emulator.callsTo('pulls/list-reviews').map((c) => c.path)).toEqual([
      `/repos/acme/app/pulls/${pull}/reviews`,
    ]);
    expect(emulator.callsTo('checks/list-for-ref')[0]!.query).toMatchObject({ per_page: '100' });
    expect(emulator.callsTo('repos/get-combined-status-for-ref')).toHaveLength(1);
    expect(emulator.callsTo('git/get-ref')).toEqual([
      expect.objectContaining({ path: '/repos/acme/app/git/ref/tags%2Fv1.2.0', status: 404 }),
    ]);
    expect(result.log).not.toContain('test-token');
  });

  it('reports an outstanding change request, missing approvals, failed, pending and missing checks, and a tag already on GitHub', async () => {
    const pull = mergedPull();
    emulator.seedReview(pull, { user: 'bob', state: 'APPROVED' });
    emulator.seedReview(pull, { user: 'carol', state: 'APPROVED' });
    emulator.seedReview(pull, { user: 'carol', state: 'CHANGES_REQUESTED' });
    emulator.seedCheckRun(head, { name: 'build', status: 'completed', conclusion: 'success' });
    emulator.seedCheckRun(head, { name: 'e2e', status: 'in_progress' });
    emulator.seedCheckRun(head, { name: 'lint', status: 'completed', conclusion: 'failure' });
    emulator.seedStatus(head, {
      context: 'ci/jenkins',
      state: 'failure',
      targetUrl: 'https://ci.example.com/job/12',
    });
    // v1.2.0 exists on GitHub (made through the API, at an older commit) but not in this checkout.
    const octokit = await createGitHubClient({
      token: 'test-token',
      baseUrl: emulator.url,
      retryBaseMs: 0,
      writeIntervalMs: 0,
    });
    const older = await repo.git(['rev-parse', 'HEAD~1']);
    await octokit.rest.git.createRef({ owner: 'acme', repo: 'app', ref: 'refs/tags/v1.2.0', sha: older });

    const result = await gates({
      gates: 'reviews, checks, branch',
      'required-approvals': 2,
      version: '1.2.0',
    });
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.outputs['failed-gates']!)).toEqual(['reviews', 'checks', 'branch']);
    const byGate = Object.fromEntries((await report(result)).gates.map((g) => [g.gate, g]));
    expect(byGate['reviews']!.summary).toBe(
      `#${pull} has 1 approval, 2 required; changes requested by carol on #${pull}`,
    );
    expect(byGate['checks']!.evidence.map((e) => e.message)).toEqual([
      expect.stringMatching(/^check run "lint" is failure/),
      expect.stringMatching(/^check run "e2e" is still in_progress/),
      'status "ci/jenkins" is failure (https://ci.example.com/job/12)',
    ]);
    expect(byGate['branch']!.summary).toBe(`v1.2.0 already exists on GitHub at ${older.slice(0, 7)}`);

    const required = await gates({ gates: 'checks', 'required-checks': 'build, deploy-preview' });
    expect(required.exitCode).toBe(1);
    expect((await report(required)).gates[0]!.evidence.map((e) => e.message)).toEqual([
      `required check "deploy-preview" has not reported on ${head.slice(0, 7)}`,
    ]);
  });

  it('pages through every check run and fails reviews when no pull request brought the commit', async () => {
    for (let i = 0; i < 130; i += 1)
      emulator.seedCheckRun(head, { name: `shard-${i}`, status: 'completed', conclusion: 'success' });
    emulator.seedCheckRun(head, { name: 'shard-last', status: 'completed', conclusion: 'timed_out' });
    const result = await gates({ gates: 'reviews, checks' });
    expect(result.exitCode).toBe(1);
    expect(emulator.callsTo('checks/list-for-ref').map((c) => c.query['page'] ?? '1')).toEqual(['1', '2']);
    const byGate = Object.fromEntries((await report(result)).gates.map((g) => [g.gate, g]));
    expect(byGate['checks']!.value).toBe('130/131 successful');
    expect(byGate['reviews']!.summary).toBe(
      `no pull request found for commit ${head.slice(0, 7)}: it was not reviewed through one`,
    );
  });

  it('an API outage fails the gates that need it, and the others are still settled', async () => {
    emulator.fault({ operationId: 'checks/list-for-ref', status: 500, times: 20 });
    const result = await gates({
      gates: 'checks, freeze',
      'freeze-windows': 'Sat 00:00 - Sun 00:00',
      now: '2026-03-04T10:00:00Z',
    });
    expect(result.exitCode).toBe(1);
    const byGate = Object.fromEntries((await report(result)).gates.map((g) => [g.gate, g]));
    expect(byGate['checks']!.summary).toMatch(
      /^the checks gate could not be evaluated: GitHub API answered 500/,
    );
    expect(byGate['freeze']!.status).toBe('passed');
  });

  it('on a pull_request event, reads the pull request and the checks of its head commit', async () => {
    const pull = emulator.seedPull({ title: 'Open work', head: 'feature/checkout', base: 'main' });
    const featureHead = await repo.git(['rev-parse', 'feature/checkout']);
    emulator.seedReview(pull, { user: 'dana', state: 'APPROVED' });
    emulator.seedCheckRun(featureHead, { name: 'build', status: 'completed', conclusion: 'success' });
    const result = await runAction('validate-gates', {
      workspace: repo.work,
      sha: head,
      apiUrl: emulator.url,
      env: API_ENV,
      eventName: 'pull_request',
      event: { pull_request: { number: pull, head: { sha: featureHead } } },
      inputs: { token: 'test-token', gates: 'reviews, checks' },
    });
    expect(result.errors).toEqual([]);
    expect(emulator.callsTo('pulls/get').map((c) => c.path)).toEqual([`/repos/acme/app/pulls/${pull}`]);
    expect(emulator.callsTo('repos/list-pull-requests-associated-with-commit')).toEqual([]);
    expect(emulator.callsTo('checks/list-for-ref')[0]!.path).toBe(
      `/repos/acme/app/commits/${featureHead}/check-runs`,
    );
  });
});
