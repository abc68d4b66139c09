import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readHistory } from '../../../packages/metrics/src/index.js';
import { clientFor } from '../../bench/emulator/client.js';
import { startEmulator, type Emulator } from '../../bench/emulator/index.js';
import { planHistory, seedDeployments, seedReleases, writeGit } from '../../bench/release-history.js';

const plan = planHistory({ seed: 3, releases: 12, periodDays: 14 });
let git: Awaited<ReturnType<typeof writeGit>>;
let emulator: Emulator;

beforeAll(async () => {
  git = await writeGit(plan);
  emulator = await startEmulator({ gitDir: git.origin });
  seedDeployments(emulator, plan, git.tags);
  seedReleases(emulator, plan);
});

afterAll(async () => {
  await emulator.close();
  await git.cleanup();
});

describe('readHistory', () => {
  it('reads a release whose comparison GitHub cannot make (404) without a first commit, and goes on', async () => {
    const octokit = await clientFor(emulator);
    const options = {
      environments: ['staging', 'production'],
      production: 'production',
      period: { since: plan.since, until: plan.until },
      tagPrefix: 'v',
    };
    const whole = await readHistory(octokit, { owner: 'acme', repo: 'app' }, options);
    expect(whole.firstCommits.size).toBeGreaterThan(3);
    emulator.fault({ operationId: 'repos/compare-commits-with-basehead', status: 404, times: 1 });
    const history = await readHistory(
      octokit,
      { owner: 'acme', repo: 'app' },
      { ...options, concurrency: 1 },
    );
    expect(history.firstCommits.size).toBe(whole.firstCommits.size - 1);
    expect(history.deployments).toEqual(whole.deployments);
  }, 120_000);
});
