import { afterEach, describe, expect, it, jest } from '@jest/globals';
import {
  describeRun,
  pipelineJobs,
  startPipelineHarness,
  type PipelineHarness,
} from '../workflow-runner/harness.js';
import type { WorkflowRun } from '../workflow-runner/types.js';

// Whole pipelines on a shared two-core machine: generous, since slowness is measured by the benchmark.
jest.setTimeout(240_000);

/** The hotfix pipeline end to end through the local runner, as a maintainer (or not) starts it from the Actions tab. */

let harness: PipelineHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const results = (run: WorkflowRun) =>
  Object.fromEntries(Object.entries(pipelineJobs(run)).map(([id, job]) => [id, job.result]));

describe('hotfix pipeline', () => {
  it('refuses a hotfix started by someone without maintain or admin, before touching anything', async () => {
    harness = await startPipelineHarness();
    const before = await harness.refs();
    const run = await harness.hotfix({ description: 'Fix login crash' }, { actor: 'dana' });
    expect(results(run)).toMatchObject({
      authorize: 'failure',
      start: 'skipped',
      version: 'skipped',
      production: 'skipped',
    });
    const refusal = pipelineJobs(run)['authorize']!.steps[0]!;
    expect(refusal.annotations.map((a) => a.message.split('\n')[0])).toEqual([
      '@dana has the write role on acme/app; to start a hotfix you need maintain or admin.',
    ]);
    expect(await harness.refs()).toEqual(before);
    expect(harness.emulator.state.deployments).toEqual([]);
  });

  it('ships a hotfix to staging and production, merges it into main, and opens a pull request for develop', async () => {
    harness = await startPipelineHarness({ users: { mona: 'maintain' } });
    const { project, emulator } = harness;
    const { fixture } = project;
    // Development moved on where the fix lands, so the back-merge conflicts.
    await fixture.checkout('develop');
    await fixture.commit('feat: greetings in French', { 'service.json': '{ "greeting": "bonjour" }\n' });
    await fixture.push(['develop']);
    // First run: the branch is created from the latest release tag, with nothing to release yet.
    const first = await harness.hotfix({ description: 'Fix greeting typo' }, { actor: 'mona' });
    expect(results(first)).toMatchObject({
      authorize: 'success',
      start: 'success',
      gates: 'skipped',
      version: 'skipped',
    });
    expect(pipelineJobs(first)['start']!.summary).toContain('push the fix to `hotfix/fix-greeting-typo`');
    // The maintainer pushes the fix, and runs it again.
    await fixture.git(['fetch', '--quiet', 'origin']);
    await fixture.git([
      'switch',
      '--quiet',
      '-c',
      'hotfix/fix-greeting-typo',
      'origin/hotfix/fix-greeting-typo',
    ]);
    await fixture.commit('fix: greeting typo', { 'service.json': '{ "greeting": "hello." }\n' });
    await fixture.push(['hotfix/fix-greeting-typo']);

    const run = await harness.hotfix({ description: 'Fix greeting typo' }, { actor: 'mona' });
    expect(describeRun(run)).not.toMatch(/: failure/);
    expect(results(run)).toEqual({
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
    expect(run.jobs['hotfix']!.outputs).toMatchObject({
      branch: 'hotfix/fix-greeting-typo',
      version: '1.0.1',
    });
    expect(await harness.production.liveVersion()).toBe('1.0.1');
    // The run ends with its story: the patch, both environments, the job it does not know by name.
    const story = pipelineJobs(run)['summary']!.summary;
    expect(story).toContain('## Hotfix 1.0.1: ✅ live in staging and production');
    expect(story).toContain('| ✅ who may start it | authorized |');
    expect(story).toContain('| start | ✅ success |');

    // main has the hotfix; develop does not, and a pull request lists the conflicting file.
    const origin = fixture.origin;
    expect(await fixture.git(['merge-base', '--is-ancestor', 'refs/tags/v1.0.1', 'main'], origin)).toBe('');
    const finalize = pipelineJobs(run)['finalize']!;
    expect(finalize.outputs['status']).toBe('conflict');
    expect(finalize.steps.flatMap((s) => s.annotations).map((a) => a.level)).toContain('warning');
    const [pull] = emulator.callsTo('pulls/create');
    expect(pull!.requestBody).toMatchObject({
      head: 'sync/hotfix-fix-greeting-typo-into-develop',
      base: 'develop',
    });
    expect((pull!.requestBody as { body: string }).body).toContain('`service.json`');
    expect(emulator.state.issues.find((issue) => issue.isPull)!.labels).toEqual(['hotfix']);
    // The hotfix branch stays until develop has it; nothing was lost.
    expect((await harness.refs())['refs/heads/hotfix/fix-greeting-typo']).toBeDefined();
    expect(await fixture.git(['show', 'develop:service.json'], origin)).toContain('bonjour');
    expect(emulator.state.releases.map((r) => [r.tagName, r.draft])).toEqual([['v1.0.1', false]]);
  });

  it('picks a fix already on develop onto the hotfix branch and goes straight to production', async () => {
    harness = await startPipelineHarness({ users: { mona: 'maintain' } });
    const { project, emulator } = harness;
    const { fixture } = project;
    await fixture.checkout('develop');
    await fixture.commit('feat: unrelated work in progress', { 'feature.txt': 'not ready\n' });
    const fix = await fixture.commit('fix: crash on empty greeting', {
      'service.json': '{ "greeting": "hello" }\n',
    });
    await fixture.push(['develop']);

    const inputs = { description: 'Crash on empty greeting', 'skip-staging': true, commits: fix };
    const run = await harness.hotfix(inputs, { actor: 'mona' });
    expect(describeRun(run)).not.toMatch(/: failure/);
    expect(results(run)).toMatchObject({ staging: 'skipped', production: 'success', announce: 'success' });
    expect(await harness.production.liveVersion()).toBe('1.0.1');
    expect(emulator.state.deployments.map((d) => d.environment)).toEqual(['production']);

    // Only the fix was picked, once, with a trace of where it came from.
    const origin = fixture.origin;
    const log = await fixture.git(['log', '--format=%B', 'v1.0.0..v1.0.1'], origin);
    expect(log).toContain(`(cherry picked from commit ${fix})`);
    expect(log).not.toContain('unrelated work');
    const picked = (await fixture.git(['log', '--format=%s', 'main'], origin)).split('\n');
    expect(picked.filter((subject) => subject === 'fix: crash on empty greeting')).toHaveLength(1);
  });
});
