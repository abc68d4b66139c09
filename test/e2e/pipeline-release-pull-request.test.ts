import { afterEach, describe, expect, it, jest } from '@jest/globals';
import {
  COMPONENT_JOBS_SKIPPED,
  describeRun,
  pipelineJobs,
  startPipelineHarness,
  type PipelineHarness,
} from '../workflow-runner/harness.js';
import type { WorkflowRun } from '../workflow-runner/types.js';

// Whole pipelines on a shared two-core machine: generous, since slowness is measured by the benchmark.
jest.setTimeout(600_000);

/**
 * The release pipeline on a protected main (two required approvals and a required check) and a
 * protected develop, with GITHUB_TOKEN only, through the local runner: the team's one caller on
 * `push: [main]` → release.yml → our bundles, against the emulator, whose origin is served over
 * HTTP so that every push carries the job's token and the origin's hook judges it as GitHub would.
 */

let harness: PipelineHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const results = (run: WorkflowRun) =>
  Object.fromEntries(Object.entries(pipelineJobs(run)).map(([id, job]) => [id, job.result]));
const smoke = { 'smoke-url': '{environment-url}health', 'version-path': '$.version' };
const RELEASE_BRANCH = 'release-actions--branches--main';

describe('release pipeline through a release pull request', () => {
  it('opens and updates the release pull request, then tags, deploys and announces its merge; never pushes to main', async () => {
    harness = await startPipelineHarness({
      release: smoke,
      trigger: 'push',
      protection: {
        protectedBranches: {
          main: { requiredApprovingReviews: 2, requiredChecks: ['ci'] },
          develop: { requiredApprovingReviews: 1 },
        },
        repositorySettings: { allowAutoMerge: true },
      },
    });
    const { project, emulator } = harness;
    const origin = project.fixture.origin;
    const git = (args: string[]) => project.fixture.git(args, origin);

    // A push of feat: commits opens the release pull request; nothing is built or deployed yet.
    await project.commit('feat: greet by name', { 'service.json': '{ "greeting": "hello, you" }\n' });
    const first = await harness.release();
    expect(describeRun(first)).not.toMatch(/: failure/);
    expect(results(first)).toMatchObject({
      gates: 'success',
      version: 'success',
      build: 'skipped',
      staging: 'skipped',
    });
    expect(first.jobs['release']!.outputs).toMatchObject({ released: 'false', mode: 'pull-request' });
    const url = first.jobs['release']!.outputs['pull-request-url']!;
    const number = Number(url.split('/').at(-1));
    expect(emulator.state.issue(number)).toMatchObject({ title: 'chore(release): v1.1.0', state: 'open' });

    // More pushes update the same pull request.
    await project.commit(
      "feat(api)!: greet in the caller's language\n\nBREAKING CHANGE: greetings are localised",
    );
    const second = await harness.release();
    expect(describeRun(second)).not.toMatch(/: failure/);
    expect(second.jobs['release']!.outputs['pull-request-url']).toBe(url);
    expect(emulator.state.issue(number)).toMatchObject({ title: 'chore(release): v2.0.0', state: 'open' });
    expect(emulator.state.pulls.filter((pull) => pull.head === RELEASE_BRANCH)).toHaveLength(1);
    expect(await git(['show', `${RELEASE_BRANCH}:package.json`])).toContain('"version": "2.0.0"');

    // Reviewed like any change: the required check (run by CI on a GitHub App token) and two approvals.
    const head = await git(['rev-parse', RELEASE_BRANCH]);
    const merge = () =>
      fetch(`${emulator.url}/repos/acme/app/pulls/${number}/merge`, {
        method: 'PUT',
        headers: { authorization: `token ${emulator.userToken('mona')}`, 'content-type': 'application/json' },
        body: JSON.stringify({ merge_method: 'squash' }),
      });
    expect((await merge()).status).toBe(405);
    emulator.seedCheckRun(head, { name: 'ci', status: 'completed', conclusion: 'success' });
    await emulator.seedReview(number, { user: 'mona', state: 'APPROVED' });
    await emulator.seedReview(number, { user: 'dana', state: 'APPROVED' });
    const merged = await merge();
    expect(merged.status).toBe(200);
    const mergeSha = ((await merged.json()) as { sha: string }).sha;

    // The push of the merge: tagged, built, deployed to staging and production, announced.
    const release = await harness.release();
    expect(describeRun(release)).not.toMatch(/: failure/);
    expect(results(release)).toEqual({
      gates: 'success',
      version: 'success',
      build: 'success',
      staging: 'success',
      production: 'success',
      finalize: 'success',
      announce: 'success',
      'report-failure': 'skipped',
      summary: 'success',
      ...COMPONENT_JOBS_SKIPPED,
    });
    expect(release.jobs['release']!.outputs).toMatchObject({
      version: '2.0.0',
      tag: 'v2.0.0',
      released: 'true',
    });
    expect(await git(['rev-parse', 'v2.0.0^{commit}'])).toBe(mergeSha);
    expect(await harness.staging.liveVersion()).toBe('2.0.0');
    expect(await harness.production.liveVersion()).toBe('2.0.0');
    expect(emulator.state.releases.map((r) => [r.tagName, r.draft])).toEqual([['v2.0.0', false]]);
    expect(emulator.state.issue(number)!.labels).toContain('autorelease: tagged');
    expect(emulator.state.issue(number)!.labels).not.toContain('autorelease: pending');

    // The back-merge into the protected develop waits in a pull request with auto-merge on.
    const backMerge = emulator.state.pulls.find((pull) => pull.base === 'develop')!;
    expect(backMerge).toMatchObject({ head: 'sync/main-into-develop', merged: false });
    expect(backMerge.autoMerge?.method).toBe('merge');
    await emulator.seedReview(backMerge.number, { user: 'dana', state: 'APPROVED' });
    expect(emulator.state.pull(backMerge.number)!.merged).toBe(true);

    // A direct push to main or develop was never attempted: the origin's hook saw none but the team's own.
    const pushes = await emulator.pushLog();
    const protectedPushes = pushes.filter((push) =>
      ['refs/heads/main', 'refs/heads/develop'].includes(push.ref),
    );
    expect(protectedPushes.map((push) => push.pusher).filter((pusher) => pusher !== 'local')).toEqual([]);
    expect(pushes.filter((push) => !push.accepted)).toEqual([]);
    expect(
      pushes
        .filter((push) => push.pusher === 'github-actions[bot]')
        .map((push) => push.ref)
        .sort(),
    ).toEqual(
      [
        `refs/heads/${RELEASE_BRANCH}`,
        `refs/heads/${RELEASE_BRANCH}`,
        'refs/heads/sync/main-into-develop',
        'refs/tags/v2.0.0',
      ].sort(),
    );
  });

  it('still releases directly where main is not protected, with the same caller', async () => {
    harness = await startPipelineHarness({ release: smoke, trigger: 'push', gitOverHttp: true });
    await harness.project.commit('feat: greet by name', { 'service.json': '{ "greeting": "hello, you" }\n' });
    const run = await harness.release();
    expect(describeRun(run)).not.toMatch(/: failure/);
    expect(run.jobs['release']!.outputs).toMatchObject({
      version: '1.1.0',
      released: 'true',
      mode: 'direct',
    });
    expect(await harness.production.liveVersion()).toBe('1.1.0');
    const pushes = await harness.emulator.pushLog();
    expect(
      pushes.filter((push) => push.ref === 'refs/heads/main' && push.pusher === 'github-actions[bot]'),
    ).toHaveLength(1);
  });
});
