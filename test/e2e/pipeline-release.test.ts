import { afterEach, describe, expect, it, jest } from '@jest/globals';
import {
  COMPONENT_JOBS_SKIPPED,
  describeRun,
  pipelineJobs,
  startPipelineHarness,
  type PipelineHarness,
} from '../workflow-runner/harness.js';
import type { Deployment } from '../bench/emulator/state.js';
import type { WorkflowRun } from '../workflow-runner/types.js';

// Whole pipelines on a shared two-core machine: generous, since slowness is measured by the benchmark.
jest.setTimeout(240_000);

/**
 * The release pipeline end to end through the local runner: the team's caller
 * workflow → release.yml → our bundles as processes, against the GitHub API
 * emulator on the project's bare origin and two nginx-backed environments.
 */

let harness: PipelineHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const results = (run: WorkflowRun) =>
  Object.fromEntries(Object.entries(pipelineJobs(run)).map(([id, job]) => [id, job.result]));
const smoke = { 'smoke-url': '{environment-url}health', 'version-path': '$.version' };
const tags = async (h: PipelineHarness) =>
  Object.keys(await h.refs())
    .filter((ref) => ref.startsWith('refs/tags/'))
    .sort();
/** The version a deployment carries: deploy-env's payload, or for one it adopted, its status descriptions. */
const versionOf = (deployment: Deployment) =>
  (deployment.payload as { version?: string } | undefined)?.version ??
  deployment.statuses.map((s) => /^\[([^\]]+)\] /.exec(s.description)?.[1]).find(Boolean);
const releaseCommits = async (h: PipelineHarness) =>
  (await h.project.fixture.git(['log', '--format=%s', 'main'], h.project.fixture.origin))
    .split('\n')
    .filter((s) => s.startsWith('chore(release)'));

describe('release pipeline', () => {
  it('releases a feature end to end: version, tag, build, staging, production, back-merge, release, announcement', async () => {
    harness = await startPipelineHarness({ release: smoke });
    const { project, emulator } = harness;
    await project.fixture.checkout('develop');
    await project.fixture.commit('docs: develop notes', { 'docs/notes.md': 'work in progress\n' });
    await project.fixture.push(['develop']);
    await project.commit('feat: greet by name', { 'service.json': '{ "greeting": "hello, you" }\n' });

    const run = await harness.release();
    expect(describeRun(run)).not.toMatch(/: failure/);
    expect(results(run)).toEqual({
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
    expect(run.jobs['release']!.outputs).toMatchObject({ version: '1.1.0', tag: 'v1.1.0', released: 'true' });
    expect(run.jobs['release']!.outputs['release-url']).toContain('/releases/');

    // What is live where, what the record says, what was pushed.
    expect(await harness.staging.liveVersion()).toBe('1.1.0');
    expect(await harness.production.liveVersion()).toBe('1.1.0');
    expect(await tags(harness)).toEqual(['refs/tags/v1.0.0', 'refs/tags/v1.1.0']);
    const origin = project.fixture.origin;
    expect(await project.fixture.git(['merge-base', '--is-ancestor', 'main', 'develop'], origin)).toBe('');
    expect(await project.fixture.git(['show', 'develop:docs/notes.md'], origin)).toBe('work in progress');
    expect(emulator.state.deployments.map((d) => [d.environment, d.statuses.at(-1)?.state])).toEqual([
      ['staging', 'success'],
      ['production', 'success'],
    ]);
    // One deployment per deploy: the one GitHub made for the job, which deploy-env adopted and filled in.
    for (const environment of ['staging', 'production']) {
      const job = pipelineJobs(run)[environment]!;
      const record = emulator.state.deployments.filter((d) => d.environment === environment);
      expect(record).toHaveLength(1);
      const [deployment] = record;
      expect(deployment).toMatchObject({
        id: job.environment!.deploymentId,
        sha: run.sha,
        payload: {},
        creator: 'github-actions[bot]',
        productionEnvironment: environment === 'production',
      });
      expect(job.outputs['deployment-id']).toBe(String(deployment!.id));
      const phases = environment === 'production' ? 2 : 1;
      // GitHub's in_progress, deploy-env's phases and success, then GitHub's own success when the job ends.
      expect(deployment!.statuses.map((s) => s.state)).toEqual([
        'in_progress',
        ...Array<string>(phases).fill('in_progress'),
        'success',
        'success',
      ]);
      // GitHub's own status first, linking the job; then deploy-env's, each naming the version.
      expect(deployment!.statuses[0]).toMatchObject({
        description: '',
        logUrl: expect.stringMatching(new RegExp(`/actions/runs/${run.runId}/job/\\d+$`)),
      });
      // deploy-env's statuses each name the version; GitHub's own, first and last, say nothing.
      for (const status of deployment!.statuses.slice(1, -1))
        expect(status.description).toMatch(/^\[1\.1\.0\] /);
      expect(deployment!.statuses.at(-1)).toMatchObject({ state: 'success', description: '' });
      expect(versionOf(deployment!)).toBe('1.1.0');
    }
    expect(emulator.callsTo('repos/create-deployment')).toHaveLength(2);
    expect(emulator.state.releases).toHaveLength(1);
    const [release] = emulator.state.releases;
    expect(release).toMatchObject({ tagName: 'v1.1.0', draft: false });
    expect(release!.assets.map((asset) => asset.name)).toEqual(
      expect.arrayContaining(['SHA256SUMS', 'app-1.1.0.tar.gz']),
    );
    expect(release!.body).toContain('greet by name');
    expect(harness.webhook.payloads()).toHaveLength(1);

    // Summaries, approvals, concurrency and the least permissions each job asked for.
    const jobs = pipelineJobs(run);
    expect(jobs['production']!.environment).toMatchObject({ name: 'production', decision: 'approved' });
    expect(jobs['production']!.concurrency).toEqual({ group: 'deploy-production', cancelInProgress: false });
    expect(jobs['build']!.permissions).toEqual({ contents: 'read' });
    expect(jobs['version']!.summary).toContain('1.1.0');
    expect(jobs['production']!.summary).toContain('production');
    // The final report ends with the release health, read with deployments: read only.
    expect(jobs['announce']!.permissions).toMatchObject({ deployments: 'read' });
    expect(jobs['announce']!.summary).toMatch(
      /\*\*Release health\*\* \([^)]+\): production, last 12 weeks: [\d.]+ deployments\/week, lead time /,
    );
  });

  it('stops at a failing gate before any version, tag, deployment or release', async () => {
    harness = await startPipelineHarness({ release: smoke });
    const { project, emulator } = harness;
    await project.commit('feat: new settings', { 'service.json': '{ "greeting": ' });

    const run = await harness.release();
    expect(results(run)).toEqual({
      gates: 'failure',
      version: 'skipped',
      build: 'skipped',
      staging: 'skipped',
      production: 'skipped',
      finalize: 'skipped',
      announce: 'skipped',
      'report-failure': 'skipped',
      summary: 'success',
      ...COMPONENT_JOBS_SKIPPED,
    });
    expect(run.conclusion).toBe('failure');
    expect(pipelineJobs(run)['gates']!.summary).toMatch(/custom/i);
    expect(await tags(harness)).toEqual(['refs/tags/v1.0.0']);
    expect(await releaseCommits(harness)).toEqual([]);
    expect(emulator.state.deployments).toEqual([]);
    expect(emulator.state.releases).toEqual([]);
    expect(await harness.production.liveVersion()).toBeUndefined();
  });

  it('computes the version and builds in a dry run, and changes nothing', async () => {
    harness = await startPipelineHarness({ release: smoke });
    const { project, emulator } = harness;
    await project.commit('fix: greeting punctuation', { 'service.json': '{ "greeting": "hello!" }\n' });
    const before = await harness.refs();

    const run = await harness.release({ inputs: { 'dry-run': true } });
    expect(results(run)).toEqual({
      gates: 'success',
      version: 'success',
      build: 'success',
      staging: 'skipped',
      production: 'skipped',
      finalize: 'skipped',
      announce: 'skipped',
      'report-failure': 'skipped',
      summary: 'success',
      ...COMPONENT_JOBS_SKIPPED,
    });
    expect(run.jobs['release']!.outputs).toMatchObject({ version: '1.0.1', released: 'true' });
    expect(await harness.refs()).toEqual(before);
    expect(emulator.state.deployments).toEqual([]);
    expect(emulator.state.releases).toEqual([]);
  });

  it('rolls production back when its analysis fails, and announces the rollback', async () => {
    // The smoke test analyses one endpoint. A service failing everywhere is caught by deploy-env's own
    // check of the environment URL right after the switch, which switches back before any analysis; a bug
    // in one endpoint passes that check, and only the analysis of that endpoint finds it.
    harness = await startPipelineHarness({
      release: {
        ...smoke,
        'smoke-url': '{environment-url}greet',
        'analysis-duration': '2s',
        'max-error-rate': '0.05',
      },
    });
    const { project, emulator } = harness;
    await project.commit('feat: greet by name', { 'service.json': '{ "greeting": "hello, you" }\n' });
    const first = await harness.release();
    expect(describeRun(first)).not.toMatch(/: failure/);
    expect(await harness.production.liveVersion()).toBe('1.1.0');

    await project.breakService({ path: '/greet' });
    const run = await harness.release();
    expect(results(run)).toMatchObject({
      version: 'success',
      staging: 'success',
      production: 'failure',
      finalize: 'skipped',
      announce: 'skipped',
      'report-failure': 'success',
      summary: 'success',
      ...COMPONENT_JOBS_SKIPPED,
    });
    const production = pipelineJobs(run)['production']!;
    const analysis = production.steps.find((step) => step.id === 'smoke')!;
    expect(analysis.outcome).toBe('failure');
    expect(Number(analysis.outputs['error-rate'])).toBeGreaterThan(0.3);
    expect(production.steps.find((step) => step.id === 'rollback')).toMatchObject({
      outcome: 'success',
      outputs: expect.objectContaining({ 'rolled-back-from': '1.2.0', 'rolled-back-to': '1.1.0' }),
    });
    expect(production.outputs['rolled-back-to']).toBe('1.1.0');

    // Traffic is back on the last good version, the record says so, and people were told why.
    expect(await harness.production.liveVersion()).toBe('1.1.0');
    expect(await harness.staging.liveVersion()).toBe('1.2.0');
    const productionRecord = emulator.state.deployments.filter((d) => d.environment === 'production');
    expect(productionRecord.map(versionOf)).toEqual(['1.1.0', '1.2.0', '1.1.0']);
    // Each deploy is the deployment GitHub made for its job; the rollback is a deployment of its own.
    expect(productionRecord.map((d) => d.id)).toEqual([
      pipelineJobs(first)['production']!.environment!.deploymentId,
      production.environment!.deploymentId,
      expect.any(Number),
    ]);
    expect(productionRecord.slice(0, 2).map((d) => d.payload)).toEqual([{}, {}]);
    expect(productionRecord[2]!.payload).toMatchObject({ rollback_of: productionRecord[1]!.id });
    expect(productionRecord[1]!.statuses.map((s) => s.state)).toContain('failure');
    expect(emulator.state.releases.map((r) => r.tagName)).toEqual(['v1.1.0']);
    const announcements = harness.webhook.payloads();
    expect(announcements).toHaveLength(2);
    expect(JSON.stringify(announcements[1])).toMatch(/rollback/i);
    expect(JSON.stringify(announcements[1])).toContain('1.1.0');
  });

  it('finishes on a re-run after production failed mid-pipeline, without doing anything twice', async () => {
    harness = await startPipelineHarness({ release: smoke });
    const { project, emulator } = harness;
    await project.commit('fix: greeting punctuation', { 'service.json': '{ "greeting": "hello!" }\n' });

    // The Deployments API goes down just as production's deploy step starts (GitHub had already made the
    // job's deployment; deploy-env adopts it, so the statuses it writes are what fails).
    const outage = (event: { type: string; job?: string; step?: unknown }) => {
      if (event.type === 'step-start' && event.job === 'production' && event.step === 'Deploy') {
        emulator.fault({ operationId: 'repos/create-deployment-status', status: 502, times: 50 });
      }
    };
    const first = await harness.release({ onEvent: outage });
    expect(results(first)).toMatchObject({
      staging: 'success',
      production: 'failure',
      finalize: 'skipped',
      announce: 'skipped',
    });
    expect(await harness.production.liveVersion()).toBeUndefined();
    emulator.clearFaults();

    const second = await harness.rerun(first);
    expect(describeRun(second)).not.toMatch(/: failure/);
    expect(second.attempt).toBe(2);
    const jobs = pipelineJobs(second);
    expect(Object.fromEntries(Object.entries(jobs).map(([id, job]) => [id, job.attempt]))).toMatchObject({
      gates: 1,
      version: 1,
      build: 1,
      staging: 1,
      production: 2,
      finalize: 2,
      announce: 2,
    });
    expect(await harness.production.liveVersion()).toBe('1.0.1');
    expect(await tags(harness)).toEqual(['refs/tags/v1.0.0', 'refs/tags/v1.0.1']);
    expect(await releaseCommits(harness)).toHaveLength(1);
    expect(emulator.state.releases).toHaveLength(1);
    const good = emulator.state.deployments.filter((d) => d.statuses.at(-1)?.state === 'success');
    expect(good.map((d) => d.environment).sort()).toEqual(['production', 'staging']);
    expect(emulator.state.deployments.filter((d) => d.environment === 'staging')).toHaveLength(1);
    // One deployment per attempt of the production job, as GitHub makes them, on the run's commit: the first
    // attempt's failed before deploy-env wrote to it (it keeps GitHub's statuses only: in_progress, then failure
    // when the job failed), the second's was adopted.
    const production = emulator.state.deployments.filter((d) => d.environment === 'production');
    expect(production.map((d) => d.id)).toEqual([
      pipelineJobs(first)['production']!.environment!.deploymentId,
      jobs['production']!.environment!.deploymentId,
    ]);
    expect(production.map((d) => d.sha)).toEqual([first.sha, first.sha]);
    expect(production[0]!.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
    expect(production[1]!.statuses.map((s) => s.state)).toEqual([
      'in_progress',
      'in_progress',
      'in_progress',
      'success',
      'success',
    ]);
    expect(jobs['production']!.outputs['deployment-id']).toBe(String(production[1]!.id));
    expect(emulator.callsTo('repos/create-deployment')).toHaveLength(3);
  });
});
