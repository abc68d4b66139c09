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
jest.setTimeout(240_000);

/**
 * What the release pipeline must never do, run as a team runs it (caller → release.yml → bundles, against
 * the emulator and nginx-backed environments): deploy without the team's credentials, publish a release
 * when nothing reached production, or announce a failure with a reason that did not happen.
 */

let harness: PipelineHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const results = (run: WorkflowRun) =>
  Object.fromEntries(Object.entries(pipelineJobs(run)).map(([id, job]) => [id, job.result]));
const smoke = { 'smoke-url': '{environment-url}health', 'version-path': '$.version' };
const everyLog = (run: WorkflowRun) =>
  Object.values(pipelineJobs(run))
    .flatMap((job) => job.steps.map((step) => step.log))
    .join('\n');

describe('release pipeline guards', () => {
  it('hands DEPLOY_ENV to the deploy commands of both environments, masked, in jobs allowed OIDC', async () => {
    const token = 'kube-token-5f1d2c9a7e';
    harness = await startPipelineHarness({
      release: { ...smoke, 'deploy-command': 'bash scripts/deploy-with-credentials.sh' },
      secrets: {
        DEPLOY_ENV: `# the cluster's token\nKUBE_TOKEN=${token}\nKUBE_SERVER=https://k8s.example.com\n`,
      },
    });
    const { project } = harness;
    await project.commit('feat: deploy with the cluster token', {
      'scripts/deploy-with-credentials.sh': [
        '#!/usr/bin/env bash',
        'set -euo pipefail',
        '[ -n "${KUBE_TOKEN:-}" ] || { echo "KUBE_TOKEN is not set: no credentials for $RELEASE_ENVIRONMENT" >&2; exit 1; }',
        'printf "%s %s %s\\n" "$RELEASE_ENVIRONMENT" "$(printf %s "$KUBE_TOKEN" | sha256sum | cut -d" " -f1)" "$KUBE_SERVER" >> "$SAMPLE_TIMINGS.credentials"',
        'echo "logging in to $KUBE_SERVER with $KUBE_TOKEN"',
        'exec bash scripts/provider.sh deploy',
        '',
      ].join('\n'),
    });

    const run = await harness.release();
    expect(describeRun(run)).not.toMatch(/: failure/);
    expect(await harness.production.liveVersion()).toBe('1.1.0');
    const { createHash } = await import('node:crypto');
    const { readFile } = await import('node:fs/promises');
    const digest = createHash('sha256').update(token).digest('hex');
    const seen = (await readFile(`${project.timingsFile}.credentials`, 'utf8')).trim().split('\n');
    expect(new Set(seen)).toEqual(
      new Set([`staging ${digest} https://k8s.example.com`, `production ${digest} https://k8s.example.com`]),
    );
    // The value never shows: the command echoed it, the log has the mask.
    const logs = everyLog(run);
    expect(logs).not.toContain(token);
    expect(logs).toContain('with ***');
    for (const environment of ['staging', 'production']) {
      expect(pipelineJobs(run)[environment]!.permissions).toMatchObject({ 'id-token': 'write' });
    }
  });

  it('refuses an environments typo before anything is tagged, deployed or published', async () => {
    harness = await startPipelineHarness({ release: { ...smoke, environments: 'stagign, production' } });
    const { project, emulator } = harness;
    await project.commit('feat: greet by name', { 'service.json': '{ "greeting": "hello, you" }\n' });
    const before = await harness.refs();

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
    const gates = pipelineJobs(run)['gates']!;
    expect(gates.steps.flatMap((step) => step.annotations.map((a) => a.message))).toEqual([
      'Input "environments": got "stagign, production", expected "staging, production" or "production" (staging first; a release always ends in production)',
    ]);
    // It stopped before checking anything out.
    expect(gates.steps.filter((step) => step.conclusion === 'success')).toEqual([]);
    expect(await harness.refs()).toEqual(before);
    expect(emulator.state.deployments).toEqual([]);
    expect(emulator.state.releases).toEqual([]);
    expect(harness.webhook.payloads()).toEqual([]);
  });

  it('says a failure after production went live is one, instead of "failed before production"', async () => {
    harness = await startPipelineHarness({ release: smoke });
    const { project, emulator } = harness;
    await project.commit('feat: greet by name', { 'service.json': '{ "greeting": "hello, you" }\n' });

    // GitHub's Releases API fails for as long as the announce job runs.
    const outage = (event: { type: string; job?: string }) => {
      if (event.type === 'job-start' && event.job === 'announce') {
        emulator.fault({ operationId: 'repos/create-release', status: 500, times: 100 });
      }
    };
    const run = await harness.release({ onEvent: outage });
    expect(results(run)).toMatchObject({
      production: 'success',
      finalize: 'success',
      announce: 'failure',
      'report-failure': 'success',
      summary: 'success',
      ...COMPONENT_JOBS_SKIPPED,
    });
    expect(await harness.production.liveVersion()).toBe('1.1.0');
    expect(emulator.state.releases.filter((release) => !release.draft)).toEqual([]);
    const payloads = harness.webhook.payloads();
    expect(payloads).toHaveLength(1);
    const told = JSON.stringify(payloads[0]);
    expect(told).not.toContain('before production');
    expect(told).toContain(
      '1.1.0 is live in production, but publishing the GitHub Release and the announcement failed',
    );
  });

  it('rolls production back when the run is cancelled during its analysis, and says so', async () => {
    harness = await startPipelineHarness({
      release: { ...smoke, 'smoke-url': '{environment-url}', 'analysis-duration': '30s' },
    });
    const { project, emulator } = harness;
    await project.commit('feat: greet by name', { 'service.json': '{ "greeting": "hello, you" }\n' });
    const first = await harness.release({ inputs: {} });
    expect(describeRun(first)).not.toMatch(/: failure/);
    expect(await harness.production.liveVersion()).toBe('1.1.0');

    await project.commit('feat: greet louder', { 'service.json': '{ "greeting": "HELLO" }\n' });
    const cancel = new AbortController();
    const whenAnalysing = (event: { type: string; job?: string; step?: unknown }) => {
      if (
        event.type === 'step-start' &&
        event.job === 'production' &&
        event.step === 'Smoke test and analysis'
      ) {
        setTimeout(() => cancel.abort(), 2_000);
      }
    };
    const run = await harness.release({ onEvent: whenAnalysing, signal: cancel.signal });
    expect(results(run)).toMatchObject({
      staging: 'success',
      production: 'cancelled',
      'report-failure': 'success',
      summary: 'success',
    });
    // Nothing published: finalize and announce never ran (GitHub shows them cancelled).
    for (const job of ['finalize', 'announce']) {
      expect(pipelineJobs(run)[job]!.steps.filter((step) => step.outcome !== 'skipped')).toEqual([]);
    }
    const production = pipelineJobs(run)['production']!;
    expect(production.steps.find((step) => step.id === 'rollback')).toMatchObject({
      outcome: 'success',
      outputs: expect.objectContaining({ 'rolled-back-to': '1.1.0' }),
    });
    expect(await harness.production.liveVersion()).toBe('1.1.0');
    expect(emulator.state.releases.map((release) => release.tagName)).toEqual(['v1.1.0']);
    const told = JSON.stringify(harness.webhook.payloads().at(-1));
    expect(told).toContain('cancelled after it went live in production');
    expect(told).toContain('production is back on 1.1.0');
  });
});
