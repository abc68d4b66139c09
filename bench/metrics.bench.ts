#!/usr/bin/env -S npx tsx
// release-metrics benchmark: API requests and wall time to report on 10,000 deployments
// (a year of staging and production deployments, with rollbacks and hotfixes, planned by
// test/bench/release-history.ts), the bundle run as a process against the GitHub API emulator.
// 1. Cold: no cache file.
// 2. Warm: the cache file of run 1, nothing changed since (every answer 304 Not Modified).
// 3. Incremental: 100 deployments made since run 2.
// Peer in the same run: the approach of a script built on the GitHub CLI (`gh api --paginate`
// for the deployments, then `gh api .../statuses` for each one, in a loop): GitHub's default
// page size of 30, every deployment of every environment (no stop at the start of the period),
// one request at a time, no conditional requests. It reads the same tags, releases and
// comparisons, so the figures it could compute are the same.
// Each side gets its own emulator, seeded alike, so neither profits from the other's warm-up.
// GitHub allows a workflow's GITHUB_TOKEN 1,000 requests an hour per repository; a 304 made
// with credentials does not count.
// Usage: npm run bench -- metrics
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import semver from 'semver';
import { writeResult } from './lib.mjs';
import { clientFor } from '../test/bench/emulator/client.js';
import { startEmulator, type Emulator } from '../test/bench/emulator/index.js';
import { planHistory, seedDeployments, seedReleases, writeGit } from '../test/bench/release-history.js';
import { runAction, type RunResult } from '../test/bench/runner.js';

const TOKEN_LIMIT_PER_HOUR = 1000;
const plan = planHistory({ seed: 2026, releases: 400, stagingRepeats: 23, periodDays: 360 });
const git = await writeGit(plan);
const repo = { owner: 'acme', repo: 'app' };

async function seeded(): Promise<Emulator> {
  const emulator = await startEmulator({ gitDir: git.origin });
  seedDeployments(emulator, plan, git.tags);
  seedReleases(emulator, plan);
  return emulator;
}

const workspace = mkdtempSync(join(tmpdir(), 'metrics-bench-'));
const inputs = {
  token: 'test-token',
  until: new Date(plan.until).toISOString(),
  period: '360d',
  'cache-path': 'metrics-cache.json',
};

interface Measured {
  seconds: number;
  requests: number;
  notModified: number;
  countedAgainstRateLimit: number;
  hoursOfGithubTokenBudget: number;
}

function measured(seconds: number, requests: number, notModified: number): Measured {
  const counted = requests - notModified;
  return {
    seconds: Math.round(seconds * 10) / 10,
    requests,
    notModified,
    countedAgainstRateLimit: counted,
    hoursOfGithubTokenBudget: Math.round((counted / TOKEN_LIMIT_PER_HOUR) * 100) / 100,
  };
}

async function ours(emulator: Emulator): Promise<{ run: RunResult; figures: Measured }> {
  const before = emulator.calls.length;
  const run = await runAction('release-metrics', {
    inputs,
    workspace,
    apiUrl: emulator.url,
    timeoutMs: 3_600_000,
  });
  if (run.exitCode !== 0) throw new Error(`release-metrics failed: ${run.errors.join('\n')}${run.stderr}`);
  const cost = JSON.parse(run.outputs['metrics']!).cost as { requests: number; notModified: number };
  if (cost.requests !== emulator.calls.length - before) throw new Error('request counts disagree');
  return { run, figures: measured(run.durationMs / 1000, cost.requests, cost.notModified) };
}

/** The CLI-style peer: default pages, everything, one request at a time. */
async function peer(emulator: Emulator): Promise<Measured> {
  const octokit = await clientFor(emulator);
  const started = performance.now();
  const before = emulator.calls.length;
  const deployments = await octokit.paginate(octokit.rest.repos.listDeployments, repo);
  for (const deployment of deployments) {
    await octokit.paginate(octokit.rest.repos.listDeploymentStatuses, {
      ...repo,
      deployment_id: deployment.id,
    });
  }
  const tags = await octokit.paginate(octokit.rest.repos.listTags, repo);
  await octokit.paginate(octokit.rest.repos.listReleases, repo);
  const versions = tags.map((tag) => tag.name.replace(/^v/, '')).filter((v) => semver.valid(v));
  const production = new Set(
    deployments
      .filter((d) => d.environment === 'production' && d.task === 'deploy')
      .map((d) => (d.payload as { version?: string }).version),
  );
  for (const version of versions.filter((v) => production.has(v))) {
    const previous = versions.filter((v) => semver.lt(v, version)).sort(semver.rcompare)[0];
    if (previous) {
      await octokit.rest.repos.compareCommitsWithBasehead({
        ...repo,
        basehead: `v${previous}...v${version}`,
      });
    }
  }
  return measured((performance.now() - started) / 1000, emulator.calls.length - before, 0);
}

try {
  const total = plan.releases.flatMap((release) => release.attempts).length;
  const rollbacks = plan.releases.flatMap((r) => r.attempts).filter((a) => a.rollback).length;
  console.log(`history: ${total + rollbacks} deployments, ${plan.releases.length} releases`);

  const peerEmulator = await seeded();
  const peerFigures = await peer(peerEmulator);
  await peerEmulator.close();
  console.log('peer', peerFigures);

  const emulator = await seeded();
  const cold = await ours(emulator);
  console.log('cold', cold.figures);
  const warm = await ours(emulator);
  console.log('warm', warm.figures);
  const writer = await clientFor(emulator);
  for (let i = 0; i < 100; i += 1) {
    const { data } = await writer.rest.repos.createDeployment({
      ...repo,
      ref: git.tags.get(plan.releases.at(-1)!.tag)!,
      environment: 'staging',
      required_contexts: [],
      auto_merge: false,
    });
    await writer.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: (data as { id: number }).id,
      state: 'success',
    });
  }
  const incremental = await ours(emulator);
  console.log('incremental', incremental.figures);
  await emulator.close();

  const metrics = JSON.parse(cold.run.outputs['metrics']!);
  writeResult('metrics', {
    scenario: `${total + rollbacks} deployments (staging and production) over ${Math.round(metrics.period.weeks)} weeks, ${plan.releases.length} releases; GitHub API emulator on 127.0.0.1 backed by a real bare repository; the bundle as a process`,
    deployments: total + rollbacks,
    releases: plan.releases.length,
    figures: metrics.environments.find((env: { environment: string }) => env.environment === 'production'),
    releaseMetrics: { cold: cold.figures, warm: warm.figures, after100NewDeployments: incremental.figures },
    peer: {
      name: 'GitHub CLI-style script: gh api --paginate deployments (30 a page, no period stop), then gh api statuses per deployment, one at a time, no conditional requests',
      ...peerFigures,
    },
    note: 'requests counted against the rate limit exclude 304 Not Modified answers; GITHUB_TOKEN allows 1,000 an hour per repository',
  });
} finally {
  rmSync(workspace, { recursive: true, force: true });
  await git.cleanup();
}
