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
 * The team's own commands (tests, build, deploy) run with no token they could
 * read: not in .git/config, where actions/checkout leaves one unless told not
 * to, and not in their environment. A dependency's install script sees nothing.
 */

const LOOK_FOR_TOKENS = `#!/usr/bin/env bash
# Fails when the calling command could read a GitHub token.
if git config --get-regexp '^http\\..*\\.extraheader' > /dev/null; then
  echo "::error::$1 can read a token in .git/config"; exit 1
fi
if env | grep -q 'ghs_'; then echo "::error::$1 has a token in its environment"; exit 1; fi
echo "$1 sees no token"
`;

let harness: PipelineHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

describe('release pipeline and the team’s commands', () => {
  it('gives the test, build and deploy commands no token to read', async () => {
    harness = await startPipelineHarness({
      kind: 'simple',
      productionStrategy: 'direct',
      release: {
        'test-command': 'bash scripts/look-for-tokens.sh tests',
        'build-command': 'bash scripts/look-for-tokens.sh build && bash scripts/build.sh',
        'deploy-command': 'bash scripts/look-for-tokens.sh deploy && bash scripts/provider.sh deploy',
      },
    });
    await harness.project.commit('feat: greet by name', {
      'service.json': '{ "greeting": "hello, you" }\n',
      'scripts/look-for-tokens.sh': LOOK_FOR_TOKENS,
    });
    const run = await harness.release();
    expect(describeRun(run)).not.toMatch(/: failure/);
    const jobs = pipelineJobs(run);
    expect(jobs['gates']!.steps.map((step) => step.log).join('')).toContain('tests sees no token');
    expect(jobs['build']!.steps.map((step) => step.log).join('')).toContain('build sees no token');
    expect(jobs['production']!.steps.map((step) => step.log).join('')).toContain('deploy sees no token');
    expect(await harness.production.liveVersion()).toBe('1.1.0');
  });
});
