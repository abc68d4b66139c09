import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { GitHubClient } from '../../../packages/kit/src/github.js';
import { startEmulator, type Emulator, type EmulatorOptions } from './index.js';
import { makeTestRepo, type TestRepo } from './test-repo.js';
import { clientFor } from './client.js';

const exec = promisify(execFile);
const repo = { owner: 'acme', repo: 'app' };
let git: TestRepo;
let emulator: Emulator;
let admin: GitHubClient;

async function start(options: EmulatorOptions = {}): Promise<void> {
  emulator = await startEmulator({
    gitDir: git.bare,
    users: { octocat: 'admin', mona: 'write', dana: 'write', rory: 'read' },
    ...options,
  });
  admin = await clientFor(emulator);
}

beforeEach(async () => {
  git = await makeTestRepo();
  await git.commit('chore: initial', { 'README.md': '# app\n' });
  await git.git(['push', '--quiet', 'origin', 'main']);
});

afterEach(async () => {
  try {
    await emulator.close();
  } finally {
    await git.cleanup();
  }
});

/** A push over HTTP authenticated with `token`, as a job whose checkout persisted it would push. */
async function pushAs(token: string, refspec: string): Promise<{ ok: boolean; stderr: string }> {
  const header = `http.${emulator.url}/.extraheader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  try {
    await exec('git', ['-c', header, 'push', '--porcelain', emulator.gitUrl, refspec], {
      cwd: git.work,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
    return { ok: true, stderr: '' };
  } catch (error) {
    const { stderr, stdout } = error as { stderr: string; stdout: string };
    return { ok: false, stderr: `${stdout}\n${stderr}` };
  }
}

const jobToken = () => emulator.issueToken({ contents: 'write', 'pull-requests': 'write' });

async function openPull(branch = 'feature'): Promise<{ number: number; node_id: string; head: string }> {
  const head = await git.commit(`feat: ${branch}`, { [`${branch}.txt`]: `${branch}\n` });
  await git.git(['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`]);
  await git.git(['reset', '--quiet', '--hard', 'HEAD~1']);
  const { data } = await admin.rest.pulls.create({
    ...repo,
    title: `feat: ${branch}`,
    head: branch,
    base: 'main',
  });
  return { number: data.number, node_id: data.node_id, head };
}

describe('GitHub API emulator: branch protection and rulesets', () => {
  it('refuses a direct push to a protected branch with GH006, and logs it with the pusher', async () => {
    await start({ protectedBranches: { main: { requiredApprovingReviews: 2, requiredChecks: ['ci'] } } });
    await git.commit('feat: straight to main', { 'a.txt': 'a\n' });
    const pushed = await pushAs(jobToken(), 'HEAD:refs/heads/main');
    expect(pushed.ok).toBe(false);
    expect(pushed.stderr).toContain(
      'remote: error: GH006: Protected branch update failed for refs/heads/main.',
    );
    expect(pushed.stderr).toContain('remote: error: Changes must be made through a pull request.');
    expect(pushed.stderr).toMatch(/\[remote rejected\].*hook declined/);
    const log = await emulator.pushLog();
    expect(log.at(-1)).toMatchObject({
      pusher: 'github-actions[bot]',
      ref: 'refs/heads/main',
      accepted: false,
    });
    // Other branches take the same token's pushes.
    expect((await pushAs(jobToken(), 'HEAD:refs/heads/topic')).ok).toBe(true);
    expect((await emulator.pushLog()).at(-1)).toMatchObject({ ref: 'refs/heads/topic', accepted: true });
  });

  it('refuses a push that a ruleset forbids with GH013 and the rules link', async () => {
    await start({
      rulesets: [
        {
          name: 'main',
          branches: ['~DEFAULT_BRANCH'],
          pullRequest: { requiredApprovingReviews: 2 },
          requiredChecks: ['ci'],
        },
      ],
    });
    await git.commit('feat: straight to main', { 'a.txt': 'a\n' });
    const pushed = await pushAs(jobToken(), 'HEAD:refs/heads/main');
    expect(pushed.ok).toBe(false);
    expect(pushed.stderr).toContain(
      'remote: error: GH013: Repository rule violations found for refs/heads/main.',
    );
    expect(pushed.stderr).toContain(
      'remote: Review all repository rules at https://github.com/acme/app/rules?ref=refs%2Fheads%2Fmain',
    );
    expect(pushed.stderr).toContain('remote: - Changes must be made through a pull request.');
    expect(pushed.stderr).toContain('remote: - Required status check "ci" is expected.');
  });

  it('lets a bypass actor and an administrator push, unless administrators are held to the rules', async () => {
    await start({
      rulesets: [
        {
          name: 'main',
          branches: ['main'],
          pullRequest: { requiredApprovingReviews: 1 },
          bypassActors: ['mona'],
        },
      ],
      protectedBranches: {
        develop: { requiredApprovingReviews: 1 },
        release: { requiredApprovingReviews: 1, enforceAdmins: true },
      },
    });
    await git.git(['push', '--quiet', 'origin', 'main:develop', 'main:release']);
    await git.commit('fix: urgent', { 'b.txt': 'b\n' });
    expect((await pushAs(emulator.userToken('mona'), 'HEAD:refs/heads/main')).ok).toBe(true);
    expect((await pushAs(emulator.userToken('dana'), 'HEAD:refs/heads/develop')).ok).toBe(false);
    expect((await pushAs(emulator.userToken('octocat'), 'HEAD:refs/heads/develop')).ok).toBe(true);
    expect((await pushAs(emulator.userToken('octocat'), 'HEAD:refs/heads/release')).ok).toBe(false);
    const log = await emulator.pushLog();
    expect(
      log
        .filter((e) => e.accepted && e.ref !== 'refs/heads/main' && e.pusher !== 'local')
        .map((e) => e.pusher),
    ).toEqual(['octocat']);
  });

  it('holds ref writes through the API to the same rules as pushes', async () => {
    await start({ protectedBranches: { main: { requiredApprovingReviews: 1 } } });
    const next = await git.commit('feat: via the API', { 'api.txt': 'api\n' });
    await git.git(['push', '--quiet', 'origin', 'HEAD:refs/heads/topic', 'HEAD~1:refs/heads/release/1']);
    // A ruleset's pull request rule also refuses creating a matching branch, so it comes after.
    emulator.addRuleset({
      name: 'releases',
      branches: ['release/*'],
      pullRequest: { requiredApprovingReviews: 1 },
      deletion: true,
    });
    const job = await clientFor(emulator, jobToken());
    await expect(job.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: next })).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Protected branch update failed for refs/heads/main.' } },
    });
    await expect(
      job.rest.git.updateRef({ ...repo, ref: 'heads/release/1', sha: next }),
    ).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Repository rule violations found\n\nChanges must be made through a pull request.\n\n',
        },
      },
    });
    await expect(job.rest.git.deleteRef({ ...repo, ref: 'heads/release/1' })).rejects.toMatchObject({
      status: 422,
    });
    await job.rest.git.updateRef({ ...repo, ref: 'heads/topic', sha: next });
    // An administrator is not held to classic protection unless it says so.
    const owner = await clientFor(emulator, emulator.userToken('octocat'));
    await owner.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: next });
  });

  it('refuses force-pushes to a protected branch, and a merge behind its base where it must be up to date', async () => {
    await start({ protectedBranches: { main: { requiredChecks: ['ci'], strict: true }, develop: {} } });
    await git.git(['push', '--quiet', 'origin', 'main:develop']);
    await git.commit('feat: one', { 'one.txt': '1\n' });
    expect((await pushAs(jobToken(), 'HEAD:refs/heads/develop')).ok).toBe(true);
    await git.git(['reset', '--quiet', '--hard', 'HEAD~1']);
    await git.commit('feat: rewritten', { 'two.txt': '2\n' });
    const forced = await pushAs(jobToken(), '+HEAD:refs/heads/develop');
    expect(forced.ok).toBe(false);
    expect(forced.stderr).toContain('remote: error: Cannot force-push to this protected branch.');
    // Required checks alone: a push of a commit without them is refused too.
    const direct = await pushAs(jobToken(), 'HEAD:refs/heads/main');
    expect(direct.stderr).toContain('remote: error: Required status check "ci" is expected.');

    await git.git(['reset', '--quiet', '--hard', 'origin/main']);
    const pull = await openPull('behind');
    await admin.rest.repos.createCommitStatus({ ...repo, sha: pull.head, context: 'ci', state: 'success' });
    // main moves on (an administrator's push): the pull request is behind, so its check counts as expected.
    await git.commit('fix: on main', { 'main.txt': 'm\n' });
    expect((await pushAs(emulator.userToken('octocat'), 'HEAD:refs/heads/main')).ok).toBe(true);
    await expect(admin.rest.pulls.merge({ ...repo, pull_number: pull.number })).rejects.toMatchObject({
      status: 405,
      response: { data: { message: 'Required status check "ci" is expected.' } },
    });
  });

  it('refuses a push with a token that may not write contents, with GitHub 403 message', async () => {
    await start();
    await git.commit('feat: x', { 'x.txt': 'x\n' });
    const pushed = await pushAs(emulator.issueToken({ contents: 'read' }), 'HEAD:refs/heads/topic');
    expect(pushed.ok).toBe(false);
    expect(pushed.stderr).toContain('Permission to acme/app.git denied to github-actions[bot].');
    expect((await pushAs('ghs_not-a-token', 'HEAD:refs/heads/topic')).ok).toBe(false);
  });

  it('answers the protection and rules endpoints from the configuration, as GITHUB_TOKEN may read them', async () => {
    await start({
      protectedBranches: { main: { requiredApprovingReviews: 2, requiredChecks: ['ci'], strict: true } },
      rulesets: [
        {
          name: 'all',
          branches: ['main', 'release/*'],
          pullRequest: { requiredApprovingReviews: 1 },
          nonFastForward: true,
        },
      ],
    });
    const { data: protection } = await admin.rest.repos.getBranchProtection({ ...repo, branch: 'main' });
    expect(protection.required_pull_request_reviews?.required_approving_review_count).toBe(2);
    expect(protection.required_status_checks).toMatchObject({ strict: true, contexts: ['ci'] });
    await git.git(['push', '--quiet', 'origin', 'main:develop']);
    await expect(admin.rest.repos.getBranchProtection({ ...repo, branch: 'develop' })).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'Branch not protected' } },
    });
    // A job token cannot be given administration: it reads the rules and the branch instead.
    const job = await clientFor(emulator, emulator.issueToken({ contents: 'read' }));
    await expect(job.rest.repos.getBranchProtection({ ...repo, branch: 'main' })).rejects.toMatchObject({
      status: 403,
    });
    const { data: rules } = await job.rest.repos.getBranchRules({ ...repo, branch: 'main' });
    expect(rules.map((rule) => rule.type)).toEqual(['non_fast_forward', 'pull_request']);
    expect(rules[1]).toMatchObject({ parameters: { required_approving_review_count: 1 } });
    expect((await job.rest.repos.getBranchRules({ ...repo, branch: 'develop' })).data).toEqual([]);
    expect((await job.rest.repos.getBranch({ ...repo, branch: 'main' })).data.protected).toBe(true);
    expect((await job.rest.repos.getBranch({ ...repo, branch: 'develop' })).data.protected).toBe(false);
  });

  it('refuses to merge until two approvals from writers and the required check are there', async () => {
    await start({ protectedBranches: { main: { requiredApprovingReviews: 2, requiredChecks: ['ci'] } } });
    const pull = await openPull();
    const job = await clientFor(emulator, jobToken());
    const merge = () => job.rest.pulls.merge({ ...repo, pull_number: pull.number });
    await expect(merge()).rejects.toMatchObject({
      status: 405,
      response: {
        data: {
          message:
            'At least 2 approving reviews are required by reviewers with write access.\nRequired status check "ci" is expected.',
        },
      },
    });
    expect((await job.rest.pulls.get({ ...repo, pull_number: pull.number })).data.mergeable_state).toBe(
      'blocked',
    );
    // A reader's approval does not count; nor can the author approve their own pull request.
    await emulator.seedReview(pull.number, { user: 'rory', state: 'APPROVED' });
    await (
      await clientFor(emulator, emulator.userToken('mona'))
    ).rest.pulls.createReview({ ...repo, pull_number: pull.number, event: 'APPROVE' });
    await expect(
      (await clientFor(emulator, emulator.userToken('github-actions[bot]'))).rest.pulls.createReview({
        ...repo,
        pull_number: pull.number,
        event: 'APPROVE',
      }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(merge()).rejects.toMatchObject({ status: 405 });
    await emulator.seedReview(pull.number, { user: 'dana', state: 'APPROVED' });
    await expect(merge()).rejects.toMatchObject({
      status: 405,
      response: { data: { message: 'Required status check "ci" is expected.' } },
    });
    await admin.rest.repos.createCommitStatus({ ...repo, sha: pull.head, context: 'ci', state: 'success' });
    const { data } = await merge();
    expect(data).toMatchObject({ merged: true, message: 'Pull Request successfully merged' });
    const tip = await git.git(['ls-remote', git.bare, 'refs/heads/main']);
    expect(tip.split(/\s/)[0]).toBe(data.sha);
    const parents = (
      await git.git(['--git-dir', git.bare, 'log', '-1', '--format=%P%n%s', data.sha], git.bare)
    ).split('\n');
    expect(parents[0]!.split(' ')).toEqual([expect.any(String), pull.head]);
    expect(parents[1]).toBe(`Merge pull request #${pull.number} from acme/feature`);
    const merged = (await job.rest.pulls.get({ ...repo, pull_number: pull.number })).data;
    expect(merged).toMatchObject({ merged: true, state: 'closed', merge_commit_sha: data.sha });
    await expect(merge()).rejects.toMatchObject({
      status: 405,
      response: { data: { message: 'Pull Request is not mergeable' } },
    });
  });

  it('merges with the methods the repository allows: squash and rebase as GitHub writes them', async () => {
    await start({ repositorySettings: { allowMergeCommit: false } });
    const first = await openPull('one');
    await expect(admin.rest.pulls.merge({ ...repo, pull_number: first.number })).rejects.toMatchObject({
      status: 405,
      response: { data: { message: 'Merge commits are not allowed on this repository.' } },
    });
    const squashed = (
      await admin.rest.pulls.merge({ ...repo, pull_number: first.number, merge_method: 'squash' })
    ).data.sha;
    const squash = await git.git(
      ['--git-dir', git.bare, 'log', '-1', '--format=%P|%s|%cn', squashed],
      git.bare,
    );
    expect(squash.split('|')[0]!.split(' ')).toHaveLength(1);
    expect(squash.split('|').slice(1)).toEqual([`feat: one (#${first.number})`, 'GitHub']);
    await git.git(['pull', '--quiet', '--ff-only', 'origin', 'main']);
    const second = await openPull('two');
    const rebased = (
      await admin.rest.pulls.merge({
        ...repo,
        pull_number: second.number,
        merge_method: 'rebase',
        sha: second.head,
      })
    ).data.sha;
    const line = await git.git(['--git-dir', git.bare, 'log', '-1', '--format=%P|%s|%an', rebased], git.bare);
    expect(line.split('|')).toEqual([squashed, 'feat: two', 'Dev Eloper']);
    const third = await openPull('three');
    await expect(
      admin.rest.pulls.merge({
        ...repo,
        pull_number: third.number,
        merge_method: 'squash',
        sha: 'f'.repeat(40),
      }),
    ).rejects.toMatchObject({
      status: 409,
      response: { data: { message: 'Head branch was modified. Review and try the merge again.' } },
    });
  });

  it('enables auto-merge through GraphQL where allowed, and merges once the requirements are met', async () => {
    await start({ protectedBranches: { main: { requiredApprovingReviews: 1, requiredChecks: ['ci'] } } });
    const pull = await openPull();
    const job = await clientFor(emulator, jobToken());
    const enable = `mutation($id: ID!, $mergeMethod: PullRequestMergeMethod) {
      enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) {
        pullRequest { number autoMergeRequest { mergeMethod enabledAt } }
      }
    }`;
    await expect(job.graphql(enable, { id: pull.node_id, mergeMethod: 'SQUASH' })).rejects.toMatchObject({
      errors: [
        { type: 'UNPROCESSABLE', message: 'Pull request Auto merge is not allowed for this repository' },
      ],
    });
    await expect(
      job.graphql('mutation { enablePullRequestAutoMerge(input: {}) { clientMutationId } }'),
    ).rejects.toMatchObject({
      errors: [expect.objectContaining({ message: expect.stringContaining('pullRequestId') })],
    });
    emulator.repositorySettings({ allowAutoMerge: true });
    const answer = await job.graphql<{
      enablePullRequestAutoMerge: { pullRequest: { autoMergeRequest: { mergeMethod: string } } };
    }>(enable, {
      id: pull.node_id,
      mergeMethod: 'SQUASH',
    });
    expect(answer.enablePullRequestAutoMerge.pullRequest.autoMergeRequest.mergeMethod).toBe('SQUASH');
    expect((await job.rest.pulls.get({ ...repo, pull_number: pull.number })).data.auto_merge).toMatchObject({
      merge_method: 'squash',
    });
    await emulator.seedReview(pull.number, { user: 'mona', state: 'APPROVED' });
    expect((await job.rest.pulls.get({ ...repo, pull_number: pull.number })).data.merged).toBe(false);
    await admin.rest.repos.createCommitStatus({ ...repo, sha: pull.head, context: 'ci', state: 'success' });
    const merged = (await job.rest.pulls.get({ ...repo, pull_number: pull.number })).data;
    expect(merged).toMatchObject({ merged: true, merged_by: { login: 'github-actions[bot]' } });
    // Nothing to wait for: GitHub refuses auto-merge and the caller merges instead.
    const clean = await openPull('clean');
    await emulator.seedReview(clean.number, { user: 'mona', state: 'APPROVED' });
    await admin.rest.repos.createCommitStatus({ ...repo, sha: clean.head, context: 'ci', state: 'success' });
    await expect(job.graphql(enable, { id: clean.node_id })).rejects.toMatchObject({
      errors: [{ type: 'UNPROCESSABLE', message: 'Pull request Pull request is in clean status' }],
    });
  });
});
