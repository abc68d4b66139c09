import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  describeRun,
  pipelineJobs,
  startPipelineHarness,
  type PipelineHarness,
} from '../workflow-runner/harness.js';
import type { Deployment } from '../bench/emulator/state.js';
import type { WorkflowRun } from '../workflow-runner/types.js';

// Whole pipelines on a shared two-core machine: generous, since slowness is measured by the benchmark.
jest.setTimeout(900_000);

/**
 * A monorepo with three components on a protected main (two required approvals and a required
 * check), with GITHUB_TOKEN only, through the local runner: the team's one caller on `push: [main]`
 * → release.yml → our bundles, against the emulator. Two components change: one release pull
 * request carries both; once merged, each is tagged, released, built and deployed to staging and
 * production in a job matrix, and the third is left alone.
 */

let harness: PipelineHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const RELEASE_BRANCH = 'release-actions--branches--main';
const packageJson = (name: string, version: string) =>
  `${JSON.stringify({ name, version, private: true }, null, 2)}\n`;

/** The team's deploy command: notes which component went where, then deploys the sample service. */
const RECORD_DEPLOY = `#!/usr/bin/env bash
set -euo pipefail
echo "$RELEASE_ENVIRONMENT $RELEASE_COMPONENT $RELEASE_COMPONENT_PATH $RELEASE_VERSION" >> "$(dirname "$SAMPLE_TIMINGS")/component-deploys.txt"
`;

/** The version a deployment carries: deploy-env's payload, or for one it adopted, its status descriptions. */
const versionOf = (deployment: Deployment) =>
  (deployment.payload as { version?: string } | undefined)?.version ??
  deployment.statuses.map((s) => /^\[([^\]]+)\] /.exec(s.description)?.[1]).find(Boolean);
const results = (run: WorkflowRun) =>
  Object.fromEntries(Object.entries(pipelineJobs(run)).map(([id, job]) => [id, job.result]));
const legs = (run: WorkflowRun, id: string) =>
  (pipelineJobs(run)[id]?.legs ?? []).map((leg) => [leg.name, leg.result]);

describe('release pipeline on a monorepo', () => {
  it('releases the two changed components of three through one pull request, then tags, deploys and announces each', async () => {
    harness = await startPipelineHarness({
      release: {
        'smoke-url': '{environment-url}health',
        'version-path': '$.version',
        'deploy-command': 'bash scripts/record-deploy.sh && bash scripts/provider.sh deploy',
      },
      trigger: 'push',
      protection: {
        protectedBranches: {
          main: { requiredApprovingReviews: 2, requiredChecks: ['ci'] },
          develop: { requiredApprovingReviews: 1 },
        },
        repositorySettings: { allowAutoMerge: true },
      },
      config: {
        components: {
          api: { path: 'services/api', 'tag-prefix': 'api-v' },
          web: { path: 'apps/web', 'tag-prefix': 'web-v' },
          worker: { path: 'services/worker', 'tag-prefix': 'worker-v' },
        },
      },
      files: {
        'services/api/package.json': packageJson('api', '1.0.0'),
        'services/api/CHANGELOG.md': '# Changelog\n',
        'apps/web/package.json': packageJson('web', '2.3.0'),
        'apps/web/CHANGELOG.md': '# Changelog\n',
        'services/worker/package.json': packageJson('worker', '0.4.0'),
        'services/worker/CHANGELOG.md': '# Changelog\n',
        'scripts/record-deploy.sh': RECORD_DEPLOY,
      },
    });
    const { project, emulator } = harness;
    const { fixture } = project;
    const git = (args: string[]) => fixture.git(args, fixture.origin);
    await fixture.checkout('main');
    for (const tag of ['api-v1.0.0', 'web-v2.3.0', 'worker-v0.4.0']) await fixture.tag(tag, tag);
    await fixture.git(['push', '--quiet', 'origin', '--tags']);

    // Two of the three components change; the push opens one release pull request with two sections.
    await project.commit('feat(api): search', { 'services/api/search.js': 'export {};\n' });
    await project.commit('fix(web): the header wraps', { 'apps/web/header.css': 'h1 {}\n' });
    const first = await harness.release();
    expect(describeRun(first)).not.toMatch(/: failure/);
    expect(results(first)).toMatchObject({
      version: 'success',
      build: 'skipped',
      'component-build': 'skipped',
      'component-staging': 'skipped',
      'component-production': 'skipped',
      'component-announce': 'skipped',
    });
    expect(first.jobs['release']!.outputs).toMatchObject({ released: 'false', mode: 'pull-request' });
    const url = first.jobs['release']!.outputs['pull-request-url']!;
    const number = Number(url.split('/').at(-1));
    const issue = emulator.state.issue(number)!;
    expect(issue.title).toBe('chore(release): api-v1.1.0, web-v2.3.1');
    expect(issue.body!.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## api: api-v1.1.0',
      '## web: web-v2.3.1',
    ]);
    expect(await git(['show', `${RELEASE_BRANCH}:services/api/package.json`])).toContain(
      '"version": "1.1.0"',
    );
    expect(await git(['show', `${RELEASE_BRANCH}:apps/web/package.json`])).toContain('"version": "2.3.1"');
    expect(await git(['diff', '--name-only', `main...${RELEASE_BRANCH}`])).not.toContain('services/worker');

    // Reviewed like any change: the required check and two approvals, then merged.
    emulator.seedCheckRun(await git(['rev-parse', RELEASE_BRANCH]), {
      name: 'ci',
      status: 'completed',
      conclusion: 'success',
    });
    await emulator.seedReview(number, { user: 'mona', state: 'APPROVED' });
    await emulator.seedReview(number, { user: 'dana', state: 'APPROVED' });
    const merged = await fetch(`${emulator.url}/repos/acme/app/pulls/${number}/merge`, {
      method: 'PUT',
      headers: { authorization: `token ${emulator.userToken('mona')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ merge_method: 'squash' }),
    });
    expect(merged.status).toBe(200);
    const mergeSha = ((await merged.json()) as { sha: string }).sha;

    // The push of the merge: two tags, two builds, two deploys per environment, two releases.
    const release = await harness.release();
    expect(describeRun(release)).not.toMatch(/: failure/);
    expect(results(release)).toMatchObject({
      version: 'success',
      build: 'skipped',
      staging: 'skipped',
      production: 'skipped',
      'component-build': 'success',
      'component-staging': 'success',
      'component-production': 'success',
      'component-finalize': 'success',
      'component-announce': 'success',
      'report-failure': 'skipped',
      'component-report-failure': 'skipped',
      summary: 'success',
    });
    expect(legs(release, 'component-build')).toEqual([
      ['Build api', 'success'],
      ['Build web', 'success'],
    ]);
    expect(legs(release, 'component-production')).toEqual([
      ['Production api', 'success'],
      ['Production web', 'success'],
    ]);
    expect(await git(['rev-parse', 'api-v1.1.0^{commit}'])).toBe(mergeSha);
    expect(await git(['rev-parse', 'web-v2.3.1^{commit}'])).toBe(mergeSha);
    expect(await git(['tag', '--list', 'worker-v*'])).toBe('worker-v0.4.0');
    expect(emulator.state.releases.map((r) => [r.tagName, r.draft]).sort()).toEqual([
      ['api-v1.1.0', false],
      ['web-v2.3.1', false],
    ]);
    const deploys = await readFile(join(fixture.root, 'component-deploys.txt'), 'utf8');
    expect(deploys.trim().split('\n')).toEqual([
      'staging api services/api 1.1.0',
      'staging web apps/web 2.3.1',
      'production api services/api 1.1.0',
      'production web apps/web 2.3.1',
    ]);
    // Each component's deploys are recorded under its own task, beside the deployment GitHub made for each job.
    const production = emulator.state.deployments.filter((d) => d.environment === 'production');
    expect(production.filter((d) => d.task !== 'deploy').map((d) => `${d.task} ${versionOf(d)}`)).toEqual([
      'deploy:api 1.1.0',
      'deploy:web 2.3.1',
    ]);

    // The back-merge into the protected develop waits in a pull request with auto-merge on.
    const backMerge = emulator.state.pulls.find((pull) => pull.base === 'develop')!;
    expect(backMerge).toMatchObject({ head: 'sync/main-into-develop', merged: false });
    expect(backMerge.autoMerge?.method).toBe('merge');
    await emulator.seedReview(backMerge.number, { user: 'dana', state: 'APPROVED' });
    expect(emulator.state.pull(backMerge.number)!.merged).toBe(true);
    expect(await git(['show', 'develop:services/api/package.json'])).toContain('"version": "1.1.0"');

    // Another run releases nothing again: no second tag, release or deploy.
    const again = await harness.release();
    expect(describeRun(again)).not.toMatch(/: failure/);
    expect(results(again)).toMatchObject({
      'component-build': 'skipped',
      'component-production': 'skipped',
      'component-finalize': 'skipped',
    });
    expect(emulator.state.releases).toHaveLength(2);
    expect((await git(['tag', '--list'])).split('\n').sort()).toEqual([
      'api-v1.0.0',
      'api-v1.1.0',
      'v1.0.0',
      'web-v2.3.0',
      'web-v2.3.1',
      'worker-v0.4.0',
    ]);
    const pushes = await emulator.pushLog();
    expect(
      pushes.filter((push) => push.ref === 'refs/heads/main' && push.pusher !== 'local').map((p) => p.pusher),
    ).toEqual([]);
  });

  it('announces the components that reached production when another one fails there', async () => {
    // The team's deploy command refuses web in production; everything else deploys.
    const failWebInProduction = `${RECORD_DEPLOY}if [ "$RELEASE_COMPONENT/$RELEASE_ENVIRONMENT" = web/production ]; then echo "web: no capacity" >&2; exit 1; fi\n`;
    harness = await startPipelineHarness({
      release: {
        mode: 'direct',
        'deploy-command': 'bash scripts/record-deploy.sh && bash scripts/provider.sh deploy',
      },
      trigger: 'push',
      config: {
        components: {
          api: { path: 'services/api', 'tag-prefix': 'api-v' },
          web: { path: 'apps/web', 'tag-prefix': 'web-v' },
        },
      },
      files: {
        'services/api/package.json': packageJson('api', '1.0.0'),
        'apps/web/package.json': packageJson('web', '2.3.0'),
        'scripts/record-deploy.sh': failWebInProduction,
      },
    });
    const { project, emulator } = harness;
    const { fixture } = project;
    await fixture.checkout('main');
    for (const tag of ['api-v1.0.0', 'web-v2.3.0']) await fixture.tag(tag, tag);
    await fixture.git(['push', '--quiet', 'origin', '--tags']);
    await project.commit('feat(api): search', { 'services/api/search.js': 'export {};\n' });
    await project.commit('fix(web): the header wraps', { 'apps/web/header.css': 'h1 {}\n' });

    const run = await harness.release();
    expect(results(run)).toMatchObject({
      'component-production': 'failure',
      'component-announce': 'success',
      'component-finalize': 'skipped',
      'component-report-failure': 'success',
    });
    expect(legs(run, 'component-production')).toEqual([
      ['Production api', 'success'],
      ['Production web', 'failure'],
    ]);
    // api is live, so its release is published; web's is not, and the run says why.
    const published = emulator.state.releases.filter((release) => !release.draft).map((r) => r.tagName);
    expect(published).toEqual(['api-v1.1.0']);
    const announceWeb = pipelineJobs(run)['component-announce']!.legs!.find(
      (leg) => leg.name === 'Announce web',
    )!;
    expect(JSON.stringify(announceWeb)).toContain(
      'web 2.3.1 did not reach production (its deploy job: failure), so its release is not published',
    );
  });
});
