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
 * The target the demo falls back to where nginx is absent (one instance of the
 * sample service on a port, direct deploys): the same pipeline, start to finish.
 */

let harness: PipelineHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

describe('release pipeline on targets without nginx', () => {
  it('releases with direct deploys and rolls a failed analysis back by redeploying the last good version', async () => {
    harness = await startPipelineHarness({
      kind: 'simple',
      productionStrategy: 'direct',
      release: { 'smoke-url': '{environment-url}', 'version-path': '$.version', 'analysis-duration': '1s' },
    });
    await harness.project.commit('feat: greet by name', { 'service.json': '{ "greeting": "hello, you" }\n' });
    const first = await harness.release();
    expect(describeRun(first)).not.toMatch(/: failure/);
    expect(await harness.production.liveVersion()).toBe('1.1.0');

    await harness.project.breakService();
    const second = await harness.release();
    const production = pipelineJobs(second)['production']!;
    expect(production.result).toBe('failure');
    expect(production.outputs['rolled-back-to']).toBe('1.1.0');
    expect(await harness.production.liveVersion()).toBe('1.1.0');
    expect(await harness.staging.liveVersion()).toBe('1.2.0');
  });
});
