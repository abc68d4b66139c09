import { afterEach, describe, expect, it, jest } from '@jest/globals';
import {
  describeRun,
  pipelineJobs,
  startPipelineHarness,
  type PipelineHarness,
} from '../workflow-runner/harness.js';
import type { WorkflowRun } from '../workflow-runner/types.js';

// Whole pipelines on a shared two-core machine: generous, since slowness is measured by the benchmark.
jest.setTimeout(480_000);

/**
 * The closing job of release.yml, run as a team runs it (caller → release.yml → bundles, against the
 * emulator and nginx-backed environments): whatever happened, the run ends with its story in the summary.
 */

let harness: PipelineHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const storyOf = (run: WorkflowRun) => {
  const job = pipelineJobs(run)['summary']!;
  expect(job.result).toBe('success');
  return job.summary;
};

describe('the story of a release run', () => {
  it('tells a release that went live, then one whose production analysis failed and was rolled back', async () => {
    harness = await startPipelineHarness({
      release: {
        'smoke-url': '{environment-url}greet',
        'version-path': '$.version',
        'analysis-duration': '2s',
        'max-error-rate': '0.05',
      },
    });
    const { project } = harness;
    await project.commit('feat: greet by name', { 'service.json': '{ "greeting": "hello, you" }\n' });
    const first = await harness.release();
    expect(describeRun(first)).not.toMatch(/: failure/);
    const live = storyOf(first);
    const productionUrl = pipelineJobs(first)['production']!.outputs['environment-url']!;
    expect(productionUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(live).toContain('## Release 1.1.0: ✅ live in staging and production');
    expect(live).toContain('| 🏷️ version | 1.1.0, after 1.0.0, tag v1.1.0 |');
    expect(live).toContain('| ✅ gates | passed |');
    expect(live).toMatch(
      new RegExp(`\\| ✅ production \\| 1\\.1\\.0 is live at ${escape(productionUrl)} \\(\\w[\\w-]*\\)`),
    );
    expect(live).toMatch(/\| 📈 analysis \(production\) \| error rate 0 %, p95 [\d.]+ ms \|/);
    expect(live).toContain('| ➖ rollback | none |');
    expect(live).toMatch(
      /\| ✅ announcement \| published the GitHub Release https:\/\/github\.com\/acme\/app\/releases\/tag\/v1\.1\.0 \|/,
    );
    expect(live).toMatch(/- this run: \[https:\/\/github\.com\/acme\/app\/actions\/runs\/\d+\]/);
    expect(live).toContain('| report-failure | ⏭️ skipped |');

    await project.breakService({ path: '/greet' });
    const failed = await harness.release();
    expect(pipelineJobs(failed)['production']!.result).toBe('failure');
    const story = storyOf(failed);
    expect(story).toMatch(
      /^## Release 1\.2\.0: ❌ failed — production: not deployed — the smoke test of 1\.2\.0 failed in production \(error rate [\d.]+ %, p95 [\d.]+ ms\); production is back on 1\.1\.0\n/,
    );
    expect(story).toContain('| ✅ staging | 1.2.0 is live at');
    expect(story).toMatch(/\| 📈 analysis \(production\) \| error rate [1-9][\d.]* %, p95 [\d.]+ ms \|/);
    expect(story).toContain('| ↩️ rollback | production rolled back to 1.1.0 |');
    expect(story).toContain('| ⏭️ merge and tag | skipped: production failed |');
    expect(story).toContain('| ✅ announcement | the failure was announced |');
    expect(story).not.toContain('✅ production');
    expect(story).not.toContain('GitHub Release:');
  });

  it('tells a cancelled release as cancelled, with what is live', async () => {
    harness = await startPipelineHarness({
      release: { 'smoke-url': '{environment-url}', 'version-path': '$.version', 'analysis-duration': '30s' },
    });
    await harness.project.commit('feat: greet by name', { 'service.json': '{ "greeting": "hello, you" }\n' });
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
    expect(pipelineJobs(run)['production']!.result).toBe('cancelled');
    const story = storyOf(run);
    expect(story).toMatch(
      /^## Release 1\.1\.0: ⛔ cancelled — production: cancelled — the release of 1\.1\.0 was cancelled after it went live in production/,
    );
    expect(story).toContain('| ✅ staging | 1.1.0 is live at');
    expect(story).toContain('| ⛔ production |');
    expect(story).toContain('| ➖ rollback | none |');
    expect(story).toContain('| ⛔ merge and tag | cancelled |');
    expect(story).toContain('| ✅ announcement | the failure was announced |');
    expect(story).toContain('| production | ⛔ cancelled |');
    expect(story).not.toContain('published the GitHub Release');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
