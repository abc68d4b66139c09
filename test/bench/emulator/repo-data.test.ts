import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import type { GitHubClient } from '../../../packages/kit/src/github.js';
import { startEmulator, type Emulator } from './index.js';
import { clientFor } from './client.js';

let emulator: Emulator;
let octokit: GitHubClient;
const repo = { owner: 'acme', repo: 'app' };

beforeEach(async () => {
  emulator = await startEmulator({ users: { alice: 'admin', bob: 'maintain', carol: 'triage' } });
  octokit = await clientFor(emulator);
});

afterEach(async () => {
  await emulator.close();
});

describe('GitHub API emulator: pull requests, issues, checks and people (in memory)', () => {
  it('serves seeded pull requests with reviews, commits and their issue side', async () => {
    const commits = ['a'.repeat(40), 'b'.repeat(40)];
    const number = emulator.seedPull({
      title: 'feat: checkout',
      body: 'Adds checkout',
      head: 'feature/checkout',
      base: 'main',
      commits,
      merged: true,
      mergeCommitSha: 'c'.repeat(40),
      user: 'alice',
      labels: ['release:minor'],
    });
    emulator.seedReview(number, { user: 'bob', state: 'APPROVED' });
    emulator.seedReview(number, { user: 'carol', state: 'COMMENTED', body: 'nit' });

    const { data: pull } = await octokit.rest.pulls.get({ ...repo, pull_number: number });
    expect(pull).toMatchObject({
      number,
      title: 'feat: checkout',
      state: 'closed',
      merged: true,
      merge_commit_sha: 'c'.repeat(40),
      user: { login: 'alice' },
      head: { ref: 'feature/checkout', sha: commits[1] },
      labels: [expect.objectContaining({ name: 'release:minor' })],
      html_url: `https://github.com/acme/app/pull/${number}`,
    });
    const { data: reviews } = await octokit.rest.pulls.listReviews({ ...repo, pull_number: number });
    expect(reviews.map((r) => [r.user?.login, r.state])).toEqual([
      ['bob', 'APPROVED'],
      ['carol', 'COMMENTED'],
    ]);
    const { data: listed } = await octokit.rest.pulls.listCommits({ ...repo, pull_number: number });
    expect(listed.map((c) => c.sha)).toEqual(commits);
    const { data: issue } = await octokit.rest.issues.get({ ...repo, issue_number: number });
    expect(issue.pull_request?.url).toBe(`${emulator.url}/repos/acme/app/pulls/${number}`);
    const { data: byMerge } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: 'c'.repeat(40),
    });
    expect(byMerge.map((p) => p.number)).toEqual([number]);
    expect((await octokit.rest.pulls.list(repo)).data).toEqual([]);
    await expect(octokit.rest.pulls.get({ ...repo, pull_number: 99 })).rejects.toMatchObject({ status: 404 });
  });

  it('creates issues, comments on them, edits comments and manages labels', async () => {
    const { data: issue } = await octokit.rest.issues.create({
      ...repo,
      title: 'Release 1.4.0 failed',
      labels: ['release'],
    });
    const { data: comment } = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: issue.number,
      body: 'first',
    });
    expect(comment.html_url).toBe(
      `https://github.com/acme/app/issues/${issue.number}#issuecomment-${comment.id}`,
    );
    await octokit.rest.issues.updateComment({ ...repo, comment_id: comment.id, body: 'edited' });
    for (let i = 0; i < 4; i++)
      await octokit.rest.issues.createComment({ ...repo, issue_number: issue.number, body: `c${i}` });
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: issue.number,
      per_page: 2,
    });
    expect(comments.map((c) => c.body)).toEqual(['edited', 'c0', 'c1', 'c2', 'c3']);
    expect(emulator.state.comments).toHaveLength(5);

    const { data: label } = await octokit.rest.issues.createLabel({
      ...repo,
      name: 'shipped',
      color: '#0e8a16',
      description: 'Released',
    });
    expect(label).toMatchObject({ name: 'shipped', color: '0e8a16', description: 'Released' });
    await expect(octokit.rest.issues.createLabel({ ...repo, name: 'Shipped' })).rejects.toMatchObject({
      status: 422,
    });
    await expect(octokit.rest.issues.getLabel({ ...repo, name: 'missing' })).rejects.toMatchObject({
      status: 404,
    });
    const { data: labels } = await octokit.rest.issues.addLabels({
      ...repo,
      issue_number: issue.number,
      labels: ['shipped', 'v1.4.0'],
    });
    expect(labels.map((l) => l.name)).toEqual(['release', 'shipped', 'v1.4.0']);
    const { data: onIssue } = await octokit.rest.issues.listLabelsOnIssue({
      ...repo,
      issue_number: issue.number,
    });
    expect(onIssue.map((l) => l.name)).toEqual(['release', 'shipped', 'v1.4.0']);
    expect((await octokit.rest.issues.getLabel({ ...repo, name: 'v1.4.0' })).data.name).toBe('v1.4.0');

    const { data: closed } = await octokit.rest.issues.update({
      ...repo,
      issue_number: issue.number,
      state: 'closed',
    });
    expect(closed).toMatchObject({ state: 'closed', state_reason: 'completed' });
    const open = await octokit.rest.issues.listForRepo({ ...repo, labels: 'release' });
    expect(open.data).toEqual([]);
    await expect(
      octokit.rest.issues.createComment({ ...repo, issue_number: 404, body: 'x' }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('reports check runs (latest per name) and combined commit statuses', async () => {
    const sha = (await emulator.refs())['refs/heads/main']!;
    emulator.seedCheckRun(sha, { name: 'test', status: 'completed', conclusion: 'failure' });
    emulator.seedCheckRun(sha, { name: 'test', status: 'completed', conclusion: 'success' });
    emulator.seedCheckRun(sha, { name: 'lint', status: 'in_progress' });
    const { data: latest } = await octokit.rest.checks.listForRef({ ...repo, ref: 'main' });
    expect(latest.total_count).toBe(2);
    expect(latest.check_runs.map((r) => [r.name, r.status, r.conclusion])).toEqual([
      ['lint', 'in_progress', null],
      ['test', 'completed', 'success'],
    ]);
    const { data: every } = await octokit.rest.checks.listForRef({
      ...repo,
      ref: sha,
      filter: 'all',
      check_name: 'test',
    });
    expect(every.total_count).toBe(2);

    const { data: created } = await octokit.rest.checks.create({
      ...repo,
      name: 'smoke',
      head_sha: sha,
      status: 'in_progress',
    });
    const { data: done } = await octokit.rest.checks.update({
      ...repo,
      check_run_id: created.id,
      conclusion: 'success',
      output: { title: 'Smoke', summary: 'all green' },
    });
    expect(done).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      output: { title: 'Smoke', summary: 'all green' },
    });

    emulator.seedStatus(sha, { context: 'ci/build', state: 'pending' });
    await octokit.rest.repos.createCommitStatus({
      ...repo,
      sha,
      state: 'success',
      context: 'ci/build',
      target_url: 'https://ci.example.com/1',
    });
    await octokit.rest.repos.createCommitStatus({ ...repo, sha, state: 'success', context: 'ci/scan' });
    const { data: combined } = await octokit.rest.repos.getCombinedStatusForRef({ ...repo, ref: 'main' });
    expect(combined).toMatchObject({ state: 'success', total_count: 2, sha });
    await octokit.rest.repos.createCommitStatus({ ...repo, sha, state: 'failure', context: 'ci/scan' });
    expect((await octokit.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha })).data.state).toBe(
      'failure',
    );
    await expect(
      octokit.rest.repos.createCommitStatus({ ...repo, sha: 'd'.repeat(40), state: 'success' }),
    ).rejects.toMatchObject({
      status: 422,
    });
  });

  it('answers collaborator permission levels from options.users and setPermission', async () => {
    const level = async (username: string) =>
      (await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username })).data;
    expect(await level('alice')).toMatchObject({
      permission: 'admin',
      role_name: 'admin',
      user: { login: 'alice' },
    });
    expect(await level('bob')).toMatchObject({
      permission: 'write',
      role_name: 'maintain',
      user: { permissions: { maintain: true, admin: false } },
    });
    expect(await level('carol')).toMatchObject({ permission: 'read', role_name: 'triage' });
    await expect(level('mallory')).rejects.toMatchObject({ status: 404 });
    emulator.setPermission('mallory', 'read');
    expect((await level('mallory')).permission).toBe('read');
  });

  it('keeps an in-memory history: seeded commits, compare, and refs that must point at known objects', async () => {
    const main = (await emulator.refs())['refs/heads/main']!;
    const next = await emulator.seedCommit({ message: 'feat: pay', branch: 'main', files: ['src/pay.ts'] });
    const { data: commit } = await octokit.rest.repos.getCommit({ ...repo, ref: 'main' });
    expect(commit).toMatchObject({ sha: next, parents: [{ sha: main }], commit: { message: 'feat: pay' } });
    expect(commit.files?.map((f) => f.filename)).toEqual(['src/pay.ts']);
    const { data: compare } = await octokit.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${main}...main`,
    });
    expect(compare).toMatchObject({ status: 'ahead', ahead_by: 1 });

    await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/release/1.x', sha: main });
    await expect(
      octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/x', sha: 'e'.repeat(40) }),
    ).rejects.toMatchObject({
      status: 422,
    });
    await expect(octokit.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: main })).rejects.toMatchObject(
      { status: 422 },
    );
    expect(await emulator.refs()).toEqual({ 'refs/heads/main': next, 'refs/heads/release/1.x': main });
  });
});
