import { afterEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../bench/emulator/index.js';
import { runAction } from '../bench/runner.js';

/** sync-branches into a protected branch: a pull request and auto-merge, never a push to the branch. */

const exec = promisify(execFile);
let fixture: GitFixture | undefined;
let emulator: Emulator | undefined;

afterEach(async () => {
  try {
    await emulator?.close();
  } finally {
    await fixture?.cleanup();
    fixture = emulator = undefined;
  }
});

async function start(
  options: EmulatorOptions,
): Promise<{ f: GitFixture; e: Emulator; workspace: string; token: string }> {
  fixture = await createGitFixture();
  await fixture.script([
    { branch: 'develop' },
    { commit: 'fix: login crash', files: { 'login.txt': 'fixed\n' } },
    { push: 'all' },
  ]);
  emulator = await startEmulator({ gitDir: fixture.origin, users: { mona: 'write' }, ...options });
  const token = emulator.issueToken({ contents: 'write', 'pull-requests': 'write' });
  const workspace = join(fixture.root, 'job');
  const header = `http.${emulator.url}/.extraheader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  await exec('git', ['clone', '--quiet', '-c', header, emulator.gitUrl, workspace]);
  return { f: fixture, e: emulator, workspace, token };
}

const tip = async (f: GitFixture, branch: string) =>
  (await exec('git', ['rev-parse', `refs/heads/${branch}`], { cwd: f.origin })).stdout.trim();

describe('sync-branches into a protected branch', () => {
  it('opens a pull request with auto-merge, which merges once approved; no push to the branch', async () => {
    const { f, e, workspace, token } = await start({
      protectedBranches: { develop: { requiredApprovingReviews: 1 } },
      repositorySettings: { allowAutoMerge: true },
    });
    const before = await tip(f, 'develop');
    const run = await runAction('sync-branches', {
      workspace,
      apiUrl: e.url,
      inputs: { source: 'main', targets: 'develop', token },
    });
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({
      status: 'clean',
      'pull-request-targets': '["develop"]',
      merged: '[]',
    });
    const [pull] = e.state.pulls;
    expect(pull).toMatchObject({ head: 'sync/main-into-develop', base: 'develop', merged: false });
    expect(pull!.autoMerge).toMatchObject({ method: 'merge', enabledBy: { login: 'github-actions[bot]' } });
    expect(await tip(f, 'develop')).toBe(before);
    // A re-run reuses the pull request.
    const again = await runAction('sync-branches', {
      workspace,
      apiUrl: e.url,
      inputs: { source: 'main', targets: 'develop', token },
    });
    expect(again.exitCode).toBe(0);
    expect(e.state.pulls).toHaveLength(1);

    await e.seedReview(pull!.number, { user: 'mona', state: 'APPROVED' });
    expect(e.state.pull(pull!.number)!.merged).toBe(true);
    expect(
      await exec('git', ['merge-base', '--is-ancestor', await tip(f, 'main'), await tip(f, 'develop')], {
        cwd: f.origin,
      }),
    ).toBeDefined();
    const pushes = await e.pushLog();
    expect(pushes.filter((p) => p.ref === 'refs/heads/develop' && p.pusher !== 'local')).toEqual([]);
  });

  it('merges at once through the pull request when the rules ask for nothing more', async () => {
    const { f, e, workspace, token } = await start({
      rulesets: [{ name: 'develop', branches: ['develop'], pullRequest: { requiredApprovingReviews: 0 } }],
    });
    const run = await runAction('sync-branches', {
      workspace,
      apiUrl: e.url,
      inputs: { source: 'main', targets: 'develop', token },
    });
    expect(run.errors).toEqual([]);
    expect(e.state.pulls[0]).toMatchObject({ merged: true, mergedBy: 'github-actions[bot]' });
    expect(await tip(f, 'develop')).toBe(e.state.pulls[0]!.mergeCommitSha);
  });

  it('leaves the pull request open, saying so, where auto-merge is not allowed', async () => {
    const { e, workspace, token } = await start({
      protectedBranches: { develop: { requiredApprovingReviews: 2 } },
    });
    const run = await runAction('sync-branches', {
      workspace,
      apiUrl: e.url,
      inputs: { source: 'main', targets: 'develop', token },
    });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('waits for a merge');
    expect(e.state.pulls[0]!.merged).toBe(false);
  });
});
