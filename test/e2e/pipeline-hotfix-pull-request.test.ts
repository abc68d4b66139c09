import { afterEach, describe, expect, it, jest } from '@jest/globals';
import {
  describeRun,
  pipelineJobs,
  startPipelineHarness,
  type PipelineHarness,
} from '../workflow-runner/harness.js';
import type { WorkflowRun } from '../workflow-runner/types.js';

// Whole pipelines on a shared two-core machine: generous, since slowness is measured by the benchmark.
jest.setTimeout(600_000);

/**
 * The hotfix pipeline on a protected main (two required approvals and a required check) and a protected
 * develop, with GITHUB_TOKEN only, through the local runner: the origin is served over HTTP, so every
 * push carries the job's token and the origin's hook judges it as GitHub would, and logs it.
 */

let harness: PipelineHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const results = (run: WorkflowRun) =>
  Object.fromEntries(Object.entries(pipelineJobs(run)).map(([id, job]) => [id, job.result]));
const HOTFIX = 'hotfix/fix-greeting-typo';
const PULL_BRANCH = `release-actions--branches--${HOTFIX}`;
const protection = {
  protectedBranches: {
    main: { requiredApprovingReviews: 2, requiredChecks: ['ci'] },
    develop: { requiredApprovingReviews: 1 },
  },
  repositorySettings: { allowAutoMerge: true },
};

async function startHotfix(h: PipelineHarness): Promise<void> {
  const { fixture } = h.project;
  const first = await h.hotfix({ description: 'Fix greeting typo' }, { actor: 'mona' });
  expect(describeRun(first)).not.toMatch(/: failure/);
  // The maintainer pushes the fix to the branch the first run made.
  await fixture.git(['fetch', '--quiet', 'origin']);
  await fixture.git(['switch', '--quiet', '-c', HOTFIX, `origin/${HOTFIX}`]);
  await fixture.commit('fix: greeting typo', { 'service.json': '{ "greeting": "hello." }\n' });
  await fixture.push([HOTFIX]);
}

/** Reviewed like any change: the required check (CI on an App's token), two approvals, then merged. */
async function approveAndMerge(h: PipelineHarness, number: number): Promise<string> {
  const { emulator, project } = h;
  const merge = () =>
    fetch(`${emulator.url}/repos/acme/app/pulls/${number}/merge`, {
      method: 'PUT',
      headers: { authorization: `token ${emulator.userToken('mona')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ merge_method: 'squash' }),
    });
  expect((await merge()).status).toBe(405);
  const head = await project.fixture.git(['rev-parse', PULL_BRANCH], project.fixture.origin);
  emulator.seedCheckRun(head, { name: 'ci', status: 'completed', conclusion: 'success' });
  await emulator.seedReview(number, { user: 'mona', state: 'APPROVED' });
  await emulator.seedReview(number, { user: 'dana', state: 'APPROVED' });
  const merged = await merge();
  expect(merged.status).toBe(200);
  return ((await merged.json()) as { sha: string }).sha;
}

/** Pushes by the pipeline's token to main or develop, and any refused push: there must be none. */
async function directPushes(h: PipelineHarness) {
  const pushes = await h.emulator.pushLog();
  return {
    toProtected: pushes.filter(
      (push) => ['refs/heads/main', 'refs/heads/develop'].includes(push.ref) && push.pusher !== 'local',
    ),
    refused: pushes.filter((push) => !push.accepted),
    all: pushes,
  };
}

describe('hotfix pipeline through pull requests', () => {
  it('opens the hotfix pull request into main, deploys only after it is merged, then back-merges into develop', async () => {
    harness = await startPipelineHarness({ users: { mona: 'maintain', dana: 'write' }, protection });
    const h = harness;
    const { emulator, project } = h;
    const origin = project.fixture.origin;
    await startHotfix(h);

    // The fix goes to review: a pull request into main; nothing is built or deployed yet.
    const review = await h.hotfix({ description: 'Fix greeting typo' }, { actor: 'mona' });
    expect(describeRun(review)).not.toMatch(/: failure/);
    expect(results(review)).toMatchObject({
      start: 'success',
      gates: 'success',
      version: 'success',
      build: 'skipped',
      staging: 'skipped',
      production: 'skipped',
      finalize: 'skipped',
      announce: 'skipped',
    });
    const outputs = review.jobs['hotfix']!.outputs;
    expect(outputs).toMatchObject({ mode: 'pull-request', version: '' });
    const number = Number(outputs['pull-request-url']!.split('/').at(-1));
    expect(emulator.state.pull(number)).toMatchObject({ head: PULL_BRANCH, base: 'main', merged: false });
    expect(emulator.state.issue(number)).toMatchObject({ title: 'chore(release): v1.0.1', state: 'open' });
    expect(emulator.state.issue(number)!.body).toContain(`from \`${HOTFIX}\``);
    // The pull request holds the fix and the version commit on top of the release it starts from.
    expect(await project.fixture.git(['show', `${PULL_BRANCH}:service.json`], origin)).toContain('hello.');
    expect(await project.fixture.git(['show', `${PULL_BRANCH}:package.json`], origin)).toContain(
      '"version": "1.0.1"',
    );
    expect(emulator.state.deployments).toEqual([]);
    expect(await h.production.liveVersion()).not.toBe('1.0.1');

    // Running it again before the merge keeps the one pull request.
    const again = await h.hotfix({ description: 'Fix greeting typo' }, { actor: 'mona' });
    expect(describeRun(again)).not.toMatch(/: failure/);
    expect(again.jobs['hotfix']!.outputs['pull-request-url']).toBe(outputs['pull-request-url']);
    expect(emulator.state.pulls.filter((pull) => pull.base === 'main')).toHaveLength(1);
    expect(emulator.state.deployments).toEqual([]);

    const mergeSha = await approveAndMerge(h, number);

    // The run after the merge tags the merge commit, then staging, production, develop and the announcement.
    const ship = await h.hotfix({ description: 'Fix greeting typo' }, { actor: 'mona' });
    expect(describeRun(ship)).not.toMatch(/: failure/);
    expect(results(ship)).toEqual({
      authorize: 'success',
      start: 'success',
      gates: 'success',
      version: 'success',
      build: 'success',
      staging: 'success',
      production: 'success',
      finalize: 'success',
      announce: 'success',
      'report-failure': 'skipped',
      summary: 'success',
    });
    expect(ship.jobs['hotfix']!.outputs).toMatchObject({
      version: '1.0.1',
      mode: 'pull-request',
      'pull-request-url': outputs['pull-request-url'],
    });
    expect(await project.fixture.git(['rev-parse', 'v1.0.1^{commit}'], origin)).toBe(mergeSha);
    expect(await h.staging.liveVersion()).toBe('1.0.1');
    expect(await h.production.liveVersion()).toBe('1.0.1');
    expect(emulator.state.deployments.map((d) => d.environment)).toEqual(['staging', 'production']);
    expect(emulator.state.releases.map((r) => [r.tagName, r.draft])).toEqual([['v1.0.1', false]]);
    expect(emulator.state.issue(number)!.labels).toContain('autorelease: tagged');
    expect((await h.refs())[`refs/heads/${PULL_BRANCH}`]).toBeUndefined();

    // The back-merge into the protected develop waits in a pull request with auto-merge on.
    const backMerge = emulator.state.pulls.find((pull) => pull.base === 'develop')!;
    expect(backMerge).toMatchObject({ head: 'sync/v1.0.1-into-develop', merged: false });
    expect(backMerge.autoMerge?.method).toBe('merge');
    expect(emulator.state.issue(backMerge.number)!.labels).toEqual(['hotfix']);
    await emulator.seedReview(backMerge.number, { user: 'dana', state: 'APPROVED' });
    expect(emulator.state.pull(backMerge.number)!.merged).toBe(true);
    expect(await project.fixture.git(['show', 'develop:service.json'], origin)).toContain('hello.');

    // Once more after all that: nothing new, no second pull request, no second tag, no second deploy.
    const after = await h.hotfix({ description: 'Fix greeting typo' }, { actor: 'mona' });
    expect(describeRun(after)).not.toMatch(/: failure/);
    expect(after.jobs['hotfix']!.outputs).toMatchObject({ version: '' });
    expect(results(after)).toMatchObject({ production: 'skipped', announce: 'skipped' });
    expect(emulator.state.pulls.filter((pull) => pull.base === 'main')).toHaveLength(1);
    expect(emulator.state.deployments).toHaveLength(2);
    expect(await project.fixture.git(['tag', '--list', 'v1.0.1*'], origin)).toBe('v1.0.1');

    // Nothing was pushed straight to main or develop, and no push was refused.
    const pushes = await directPushes(h);
    expect(pushes.toProtected).toEqual([]);
    expect(pushes.refused).toEqual([]);
    expect(
      pushes.all
        .filter((push) => push.pusher === 'github-actions[bot]')
        .map((push) => push.ref)
        .sort(),
    ).toEqual(
      [
        `refs/heads/${HOTFIX}`,
        // Pushed for review, then deleted once merged and tagged.
        `refs/heads/${PULL_BRANCH}`,
        `refs/heads/${PULL_BRANCH}`,
        'refs/heads/sync/v1.0.1-into-develop',
        'refs/tags/v1.0.1',
      ].sort(),
    );
  });

  it('turns a conflict with develop into a pull request that lists the conflicting files', async () => {
    harness = await startPipelineHarness({ users: { mona: 'maintain', dana: 'write' }, protection });
    const h = harness;
    const { emulator, project } = h;
    const { fixture } = project;
    // Development moved on where the fix lands (through its own reviewed pull request, as the origin sees it).
    await fixture.checkout('develop');
    await fixture.commit('feat: greetings in French', { 'service.json': '{ "greeting": "bonjour" }\n' });
    await fixture.push(['develop']);
    await startHotfix(h);

    const review = await h.hotfix({ description: 'Fix greeting typo' }, { actor: 'mona' });
    expect(describeRun(review)).not.toMatch(/: failure/);
    const number = Number(review.jobs['hotfix']!.outputs['pull-request-url']!.split('/').at(-1));
    await approveAndMerge(h, number);

    const ship = await h.hotfix({ description: 'Fix greeting typo' }, { actor: 'mona' });
    expect(describeRun(ship)).not.toMatch(/: failure/);
    expect(results(ship)).toMatchObject({ production: 'success', finalize: 'success', announce: 'success' });
    expect(await h.production.liveVersion()).toBe('1.0.1');

    const finalize = pipelineJobs(ship)['finalize']!;
    expect(finalize.outputs['status']).toBe('conflict');
    expect(finalize.steps.flatMap((s) => s.annotations).map((a) => a.level)).toContain('warning');
    const conflict = emulator.state.pulls.find((pull) => pull.base === 'develop')!;
    expect(conflict).toMatchObject({ head: 'sync/v1.0.1-into-develop', merged: false });
    expect(emulator.state.issue(conflict.number)!.body).toContain('`service.json`');
    expect(emulator.state.issue(conflict.number)!.labels).toEqual(['hotfix']);
    expect(await fixture.git(['show', 'develop:service.json'], fixture.origin)).toContain('bonjour');

    const pushes = await directPushes(h);
    expect(pushes.toProtected).toEqual([]);
    expect(pushes.refused).toEqual([]);
  });

  it("with mode direct, production's reviewers gate the deploy and main and develop take it through pull requests", async () => {
    harness = await startPipelineHarness({
      users: { mona: 'maintain', dana: 'write' },
      protection,
      hotfix: { mode: 'direct' },
    });
    const h = harness;
    const { emulator, project } = h;
    const origin = project.fixture.origin;
    await startHotfix(h);
    const mainBefore = await project.fixture.git(['rev-parse', 'main'], origin);

    // The deploy waits for production's required reviewers; main has not moved when they are asked.
    let mainWhenAsked = '';
    const run = await h.hotfix(
      { description: 'Fix greeting typo' },
      {
        actor: 'mona',
        environments: {
          production: {
            review: async () => {
              mainWhenAsked = await project.fixture.git(['rev-parse', 'main'], origin);
              return 'approve';
            },
          },
        },
      },
    );
    expect(describeRun(run)).not.toMatch(/: failure/);
    expect(run.jobs['hotfix']!.outputs).toMatchObject({ mode: 'direct', version: '1.0.1' });
    expect(mainWhenAsked).toBe(mainBefore);
    expect(await h.production.liveVersion()).toBe('1.0.1');

    // After the deploy, main and develop each get a pull request with auto-merge on.
    const toMain = emulator.state.pulls.find((pull) => pull.base === 'main')!;
    expect(toMain).toMatchObject({ head: 'sync/hotfix-fix-greeting-typo-into-main', merged: false });
    expect(toMain.autoMerge?.method).toBe('merge');
    const toDevelop = emulator.state.pulls.find((pull) => pull.base === 'develop')!;
    expect(toDevelop).toMatchObject({ head: 'sync/hotfix-fix-greeting-typo-into-develop', merged: false });
    expect(toDevelop.autoMerge?.method).toBe('merge');

    const pushes = await directPushes(h);
    expect(pushes.toProtected).toEqual([]);
    expect(pushes.refused).toEqual([]);
  });

  it('refuses an unknown mode before the hotfix branch is made', async () => {
    harness = await startPipelineHarness({ users: { mona: 'maintain' }, hotfix: { mode: 'sideways' } });
    const before = await harness.refs();
    const run = await harness.hotfix({ description: 'Fix greeting typo' }, { actor: 'mona' });
    expect(results(run)).toMatchObject({ authorize: 'success', start: 'failure', version: 'skipped' });
    const annotations = pipelineJobs(run)['start']!.steps.flatMap((step) => step.annotations);
    expect(annotations.map((a) => a.message)).toEqual([
      'Input "mode": got "sideways", expected auto, direct or pull-request',
    ]);
    expect(await harness.refs()).toEqual(before);
  });

  it('finishes a merged hotfix whose production deploy was rejected by re-running the failed jobs, without duplicates', async () => {
    harness = await startPipelineHarness({ users: { mona: 'maintain', dana: 'write' }, protection });
    const h = harness;
    const { emulator, project } = h;
    const origin = project.fixture.origin;
    await startHotfix(h);
    const review = await h.hotfix({ description: 'Fix greeting typo' }, { actor: 'mona' });
    const number = Number(review.jobs['hotfix']!.outputs['pull-request-url']!.split('/').at(-1));
    const mergeSha = await approveAndMerge(h, number);

    // Production's reviewers say no the first time: tagged and on staging, not in production.
    const ship = await h.hotfix(
      { description: 'Fix greeting typo' },
      { actor: 'mona', environments: { production: 'reject' } },
    );
    expect(results(ship)).toMatchObject({
      version: 'success',
      staging: 'success',
      production: 'failure',
      finalize: 'skipped',
      announce: 'skipped',
    });
    expect(await h.production.liveVersion()).not.toBe('1.0.1');

    const again = await h.rerun(ship, { actor: 'mona' });
    expect(describeRun(again)).not.toMatch(/: failure/);
    const jobs = pipelineJobs(again);
    expect(
      Object.fromEntries(
        ['version', 'staging', 'production', 'finalize'].map((id) => [id, jobs[id]!.attempt]),
      ),
    ).toEqual({ version: 1, staging: 1, production: 2, finalize: 2 });
    expect(await h.production.liveVersion()).toBe('1.0.1');
    expect(await project.fixture.git(['rev-parse', 'v1.0.1^{commit}'], origin)).toBe(mergeSha);
    expect(await project.fixture.git(['tag', '--list'], origin)).toBe('v1.0.0\nv1.0.1');
    expect(emulator.state.pulls.filter((pull) => pull.base === 'main')).toHaveLength(1);
    expect(emulator.state.pulls.filter((pull) => pull.base === 'develop')).toHaveLength(1);
    expect(emulator.state.releases.map((r) => r.tagName)).toEqual(['v1.0.1']);
    const pushes = await directPushes(h);
    expect(pushes.toProtected).toEqual([]);
    expect(pushes.refused).toEqual([]);
  });
});
