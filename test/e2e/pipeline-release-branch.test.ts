import { afterEach, describe, expect, it, jest } from '@jest/globals';
import {
  describeRun,
  pipelineJobs,
  startPipelineHarness,
  type PipelineHarness,
} from '../workflow-runner/harness.js';

// Whole pipelines on a shared two-core machine: generous, since slowness is measured by the benchmark.
jest.setTimeout(240_000);

/**
 * The release-branch process (git flow): release/vX.Y.Z is cut from develop,
 * staging and production run from it, and only then is it merged into main,
 * tagged, merged back into develop and deleted.
 */

let harness: PipelineHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

describe('release pipeline with a release branch', () => {
  it('cuts release/v1.1.0 from develop, deploys it, then merges, tags and deletes it', async () => {
    harness = await startPipelineHarness({
      release: { 'smoke-url': '{environment-url}health', 'version-path': '$.version' },
    });
    const { fixture } = harness.project;
    await fixture.checkout('develop');
    await fixture.commit('feat: greet in French', { 'service.json': '{ "greeting": "bonjour" }\n' });
    await fixture.push(['develop']);
    // main moved on too (a hotfix), so the release lands there as a merge commit.
    await harness.project.commit('docs: support hours', { 'SUPPORT.md': 'Weekdays.\n' });

    const run = await harness.release({ inputs: { 'release-branch': true } });
    expect(describeRun(run)).not.toMatch(/: failure/);
    const jobs = pipelineJobs(run);
    expect(jobs['version']!.outputs).toMatchObject({
      version: '1.1.0',
      ref: 'refs/heads/release/v1.1.0',
      branch: 'release/v1.1.0',
    });
    expect(await harness.production.liveVersion()).toBe('1.1.0');

    const origin = fixture.origin;
    const git = (args: string[]) => fixture.git(args, origin);
    const releaseCommit = jobs['version']!.outputs['commit-sha']!;
    expect(await git(['rev-parse', 'v1.1.0^{commit}'])).toBe(releaseCommit);
    expect(await git(['cat-file', '-t', 'v1.1.0'])).toBe('tag');
    expect(await git(['merge-base', '--is-ancestor', releaseCommit, 'main'])).toBe('');
    expect(await git(['merge-base', '--is-ancestor', 'main', 'develop'])).toBe('');
    expect(await git(['show', 'main:SUPPORT.md'])).toBe('Weekdays.');
    expect(await git(['show', 'main:service.json'])).toContain('bonjour');
    expect(await git(['branch', '--list', 'release/*'])).toBe('');
    expect(harness.emulator.state.releases.map((r) => r.tagName)).toEqual(['v1.1.0']);
    // Staging's record is the deployment GitHub made for the job (of the run's commit, with GitHub's empty
    // payload), adopted by deploy-env: the release branch it deployed is in the job summary, not the record.
    const staging = harness.emulator.state.deployments.filter((d) => d.environment === 'staging');
    expect(staging).toHaveLength(1);
    expect(staging[0]).toMatchObject({
      id: jobs['staging']!.environment!.deploymentId,
      sha: run.sha,
      payload: {},
    });
    // deploy-env's last word, before the success GitHub records when the job ends.
    expect(staging[0]!.statuses.at(-2)!.description).toMatch(/^\[1\.1\.0\] live/);
    expect(staging[0]!.statuses.at(-1)!.state).toBe('success');
    expect(jobs['staging']!.summary).toContain('1.1.0 from refs/heads/release/v1.1.0');
  });

  it('on a protected main, leaves the merge of the release branch to a pull request with auto-merge on', async () => {
    harness = await startPipelineHarness({
      release: { 'smoke-url': '{environment-url}health', 'version-path': '$.version' },
      users: { mona: 'maintain', dana: 'write' },
      protection: {
        protectedBranches: {
          main: { requiredApprovingReviews: 2, requiredChecks: ['ci'] },
          develop: { requiredApprovingReviews: 1 },
        },
        repositorySettings: { allowAutoMerge: true },
      },
    });
    const { fixture } = harness.project;
    const { emulator } = harness;
    await fixture.checkout('develop');
    await fixture.commit('feat: greet in French', { 'service.json': '{ "greeting": "bonjour" }\n' });
    await fixture.push(['develop']);

    const run = await harness.release({ inputs: { 'release-branch': true } });
    expect(describeRun(run)).not.toMatch(/: failure/);
    const jobs = pipelineJobs(run);
    expect(jobs['finalize']!.result).toBe('success');
    expect(jobs['announce']!.result).toBe('success');
    expect(await harness.production.liveVersion()).toBe('1.1.0');
    const origin = fixture.origin;
    const git = (args: string[]) => fixture.git(args, origin);
    const releaseCommit = jobs['version']!.outputs['commit-sha']!;
    expect(await git(['rev-parse', 'v1.1.0^{commit}'])).toBe(releaseCommit);

    // main waits for its reviews in a pull request that merges itself once they are there.
    const toMain = emulator.state.pulls.find((pull) => pull.base === 'main')!;
    expect(toMain).toMatchObject({ head: 'sync/release-v1.1.0-into-main', merged: false });
    expect(toMain.autoMerge?.method).toBe('merge');
    // develop takes the release branch through its own pull request meanwhile.
    const toDevelop = emulator.state.pulls.find((pull) => pull.base === 'develop')!;
    expect(toDevelop).toMatchObject({ head: 'sync/release-v1.1.0-into-develop', merged: false });
    expect(toDevelop.autoMerge?.method).toBe('merge');
    // The release branch stays until both have it.
    expect(await git(['branch', '--list', 'release/*'])).toBe('release/v1.1.0');

    emulator.seedCheckRun(await git(['rev-parse', 'sync/release-v1.1.0-into-main']), {
      name: 'ci',
      status: 'completed',
      conclusion: 'success',
    });
    await emulator.seedReview(toMain.number, { user: 'mona', state: 'APPROVED' });
    await emulator.seedReview(toMain.number, { user: 'dana', state: 'APPROVED' });
    expect(emulator.state.pull(toMain.number)!.merged).toBe(true);
    expect(await git(['merge-base', '--is-ancestor', releaseCommit, 'main'])).toBe('');
    await emulator.seedReview(toDevelop.number, { user: 'dana', state: 'APPROVED' });
    expect(emulator.state.pull(toDevelop.number)!.merged).toBe(true);
    expect(await git(['merge-base', '--is-ancestor', releaseCommit, 'develop'])).toBe('');

    // Nothing was pushed straight to main or develop by the pipeline, and no push was refused.
    const pushes = await emulator.pushLog();
    expect(
      pushes.filter(
        (push) => ['refs/heads/main', 'refs/heads/develop'].includes(push.ref) && push.pusher !== 'local',
      ),
    ).toEqual([]);
    expect(pushes.filter((push) => !push.accepted)).toEqual([]);
  }, 600_000);
});
