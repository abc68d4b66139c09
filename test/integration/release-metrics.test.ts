import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { mermaidBlocks, parseMermaid } from '../bench/mermaid.js';
import {
  planHistory,
  seedDeployments,
  seedReleases,
  writeGit,
  type HistoryPlan,
  type PlannedAttempt,
} from '../bench/release-history.js';
import { runAction, type RunResult } from '../bench/runner.js';

/**
 * release-metrics, the bundle as a process, against the emulator seeded with a
 * planned history (a real bare repository with the commits and tags, and the
 * deployments deploy-env and rollback would have recorded). Every expected
 * figure below is computed from the plan itself, not from the records.
 */

const WEEK = 7 * 86_400_000;
const plan = planHistory({ seed: 19, releases: 150 });
let git: Awaited<ReturnType<typeof writeGit>>;
let emulator: Emulator;
let report: RunResult;
const dirs: string[] = [];

const inPeriod = (at: number, period: { since: number; until: number } = plan) =>
  at >= period.since && at < period.until;

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const half = sorted.length / 2;
  return Number.isInteger(half) ? (sorted[half - 1]! + sorted[half]!) / 2 : sorted[Math.floor(half)];
}

function p90(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(0.9 * sorted.length) - 1];
}

const attemptsIn = (history: HistoryPlan, environment: string) =>
  history.releases.flatMap((release) => release.attempts).filter((a) => a.environment === environment);

/** The moments anything in the environment went live: deployments and rollbacks. */
function liveMoments(history: HistoryPlan, environment: string): number[] {
  return attemptsIn(history, environment)
    .flatMap((a) => [a.successAt, a.rollback?.successAt])
    .filter((at): at is number => at !== undefined)
    .sort((a, b) => a - b);
}

function restoreOf(history: HistoryPlan, attempt: PlannedAttempt): number {
  if (attempt.rollback) return attempt.rollback.successAt - attempt.rollback.createdAt;
  const next = liveMoments(history, attempt.environment).find((at) => at >= attempt.failureAt!)!;
  return next - attempt.failureAt!;
}

function expectedEnvironment(history: HistoryPlan, environment: string) {
  const all = attemptsIn(history, environment);
  const started = all.filter((a) => inPeriod(a.createdAt, history));
  const finished = started.filter((a) => a.outcome !== 'running');
  const successful = finished.filter((a) => a.successAt !== undefined);
  const failed = finished.filter((a) => a.outcome !== 'success');
  const rolledBack = finished.filter((a) => a.rollback);
  const restores = failed.map((a) => restoreOf(history, a));
  const durations = successful.map((a) => a.successAt! - a.startedAt);
  const weeks = (history.until - history.since) / WEEK;
  return {
    environment,
    deployments: finished.length,
    successful: successful.length,
    changeFailures: failed.length,
    rolledBack: rolledBack.length,
    rollbacks: all.filter((a) => a.rollback && inPeriod(a.rollback.createdAt, history)).length,
    unfinished: started.length - finished.length,
    deploymentsPerWeek: successful.length / weeks,
    successRate: successful.length / finished.length,
    changeFailureRate: failed.length / finished.length,
    rollbackRate: rolledBack.length / finished.length,
    durationMs: { count: durations.length, median: median(durations), p90: p90(durations) },
    timeToRestoreMs: { count: restores.length, median: median(restores), p90: p90(restores) },
  };
}

function expectedReleases(history: HistoryPlan) {
  const releases = history.releases
    .map((release) => {
      const production = release.attempts.filter((a) => a.environment === 'production');
      const live = production.map((a) => a.successAt).filter((at): at is number => at !== undefined);
      return {
        release,
        firstAttempt: Math.min(...production.map((a) => a.createdAt)),
        firstLiveAt: live.length > 0 ? Math.min(...live) : undefined,
      };
    })
    .filter((entry) => inPeriod(entry.firstAttempt, history));
  const shipped = releases.filter((entry) => entry.firstLiveAt !== undefined);
  const leadTimes = shipped.map((entry) => entry.firstLiveAt! - Math.min(...entry.release.commitTimes));
  const hotfixes = shipped.filter((entry) => entry.release.hotfix).length;
  return {
    all: releases,
    summary: {
      shipped: shipped.length,
      hotfixes,
      hotfixShare: hotfixes / shipped.length,
      leadTimeMs: { count: leadTimes.length, median: median(leadTimes), p90: p90(leadTimes) },
    },
  };
}

beforeAll(async () => {
  git = await writeGit(plan);
  emulator = await startEmulator({ gitDir: git.origin });
  seedDeployments(emulator, plan, git.tags);
  seedReleases(emulator, plan);
  report = await runAction('release-metrics', {
    inputs: {
      token: 'test-token',
      until: new Date(plan.until).toISOString(),
      period: '84d',
      environments: 'staging\nproduction',
      gate: 'fail',
      targets: 'change-failure-rate < 20%\ndeployment-frequency >= 5',
    },
    apiUrl: emulator.url,
    // The machine is shared: generous, since speed is the benchmark's business, not this test's.
    timeoutMs: 400_000,
  });
}, 460_000);

afterAll(async () => {
  await emulator?.close();
  await git?.cleanup();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('release-metrics on a seeded history', () => {
  it('is a realistic history: hundreds of deployments across staging and production, rollbacks and hotfixes', () => {
    const attempts = plan.releases.flatMap((release) => release.attempts);
    expect(emulator.state.deployments.length).toBeGreaterThan(300);
    expect(attempts.filter((a) => a.environment === 'production').length).toBeGreaterThan(120);
    expect(attempts.filter((a) => a.outcome === 'auto-rollback').length).toBeGreaterThan(2);
    expect(attempts.filter((a) => a.outcome === 'later-rollback').length).toBeGreaterThan(1);
    expect(attempts.filter((a) => a.outcome === 'failure').length).toBeGreaterThan(2);
    expect(plan.releases.filter((r) => r.hotfix && r.branch.startsWith('hotfix/fix')).length).toBeGreaterThan(
      1,
    );
    expect(plan.releases.filter((r) => r.hotfix && r.branch.startsWith('hotfix/old')).length).toBeGreaterThan(
      0,
    );
  });

  it('computes every figure per environment as the plan says', () => {
    expect(report.stderr).toBe('');
    const metrics = JSON.parse(report.outputs['metrics']!);
    for (const environment of ['staging', 'production']) {
      const actual = metrics.environments.find(
        (env: { environment: string }) => env.environment === environment,
      );
      const expected = expectedEnvironment(plan, environment);
      for (const [key, value] of Object.entries(expected)) {
        if (typeof value === 'number' && !Number.isInteger(value)) {
          expect({ environment, key, value: actual[key] }).toEqual({
            environment,
            key,
            value: expect.closeTo(value, 10),
          });
        } else expect({ environment, key, value: actual[key] }).toEqual({ environment, key, value });
      }
    }
  });

  it('computes lead time, hotfix share and the weekly trend as the plan says', () => {
    const metrics = JSON.parse(report.outputs['metrics']!);
    const expected = expectedReleases(plan);
    expect(metrics.releases.shipped).toBe(expected.summary.shipped);
    expect(metrics.releases.hotfixes).toBe(expected.summary.hotfixes);
    expect(metrics.releases.hotfixShare).toBeCloseTo(expected.summary.hotfixShare, 10);
    expect(metrics.releases.leadTimeMs).toEqual(expected.summary.leadTimeMs);

    const production = attemptsIn(plan, 'production');
    const weeks = Math.ceil((plan.until - plan.since) / WEEK);
    expect(metrics.weeks).toHaveLength(weeks);
    metrics.weeks.forEach(
      (week: { start: string; deployments: number; changeFailures: number }, n: number) => {
        const span = {
          since: plan.since + n * WEEK,
          until: Math.min(plan.since + (n + 1) * WEEK, plan.until),
        };
        const started = production.filter((a) => a.outcome !== 'running' && inPeriod(a.createdAt, span));
        expect({
          n,
          start: week.start,
          deployments: week.deployments,
          failures: week.changeFailures,
        }).toEqual({
          n,
          start: new Date(span.since).toISOString(),
          deployments: started.filter((a) => a.successAt !== undefined).length,
          failures: started.filter((a) => a.outcome !== 'success').length,
        });
      },
    );
  });

  it('lists the worst releases first, with links to their releases and runs', () => {
    // Failed in production or never shipped (and not still deploying), the longest to restore first.
    const restore = (release: HistoryPlan['releases'][number]) => {
      const failed = release.attempts.filter(
        (a) => a.environment === 'production' && a.outcome !== 'success',
      );
      return Math.max(...failed.map((a) => restoreOf(plan, a)));
    };
    const bad = expectedReleases(plan)
      .all.map((entry) => entry.release)
      .filter((release) =>
        release.attempts.some(
          (a) => a.environment === 'production' && !['success', 'running'].includes(a.outcome),
        ),
      );
    expect(bad.length).toBeGreaterThan(5);
    const expected = [...bad].sort((a, b) => restore(b) - restore(a)).slice(0, 5);
    const metrics = JSON.parse(report.outputs['metrics']!);
    expect(metrics.worst.map((release: { version: string }) => release.version)).toEqual(
      expected.map((release) => release.version),
    );
    expect(metrics.worst.map((release: { timeToRestoreMs: number }) => release.timeToRestoreMs)).toEqual(
      expected.map(restore),
    );
    const worst = expected[0]!;
    expect(metrics.worst[0].reason).toBe(worst.attempts.find((a) => a.reason)!.reason);
    const row = report.summary.split('\n').find((line) => line.startsWith(`| [${worst.version}](`))!;
    expect(row).toContain(`https://github.com/acme/app/releases/tag/v${worst.version}`);
    expect(row).toMatch(/\[run\]\(https:\/\/github\.com\/acme\/app\/actions\/runs\/\d+\)/);
    // A release that never went live says so.
    const neverLive = metrics.worst.find((release: { shipped: boolean }) => !release.shipped);
    if (neverLive) {
      expect(
        report.summary.split('\n').find((line) => line.startsWith(`| [${neverLive.version}](`)),
      ).toContain('never went live');
    }
  });

  it('writes trend charts that mermaid itself parses, and a table per environment', async () => {
    const blocks = mermaidBlocks(report.summary);
    expect(blocks).toHaveLength(3);
    const parsed = await parseMermaid([...blocks, 'xychart-beta\n  x-axis [a, b\n  bar [1, 2]']);
    expect(parsed.slice(0, 3)).toEqual([
      { ok: true, diagramType: 'xychart' },
      { ok: true, diagramType: 'xychart' },
      { ok: true, diagramType: 'xychart' },
    ]);
    // The parser is real: a broken chart is refused.
    expect(parsed[3]!.ok).toBe(false);
    expect(blocks[0]).toContain('Deployments to production per week');
    expect(report.summary).toContain('#### staging\n');
    expect(report.summary).toContain('#### production\n');
  }, 60_000);

  it('fails the gate naming exactly the targets the plan misses, after writing outputs and summary', () => {
    const production = expectedEnvironment(plan, 'production');
    const releases = expectedReleases(plan).summary;
    const misses = [
      ['success-rate', production.successRate > 0.95],
      ['rollback-rate', production.rollbackRate < 0.05],
      ['hotfix-share', releases.hotfixShare < 0.1],
      ['lead-time', releases.leadTimeMs.median! < 86_400_000],
      ['deployment-duration', production.durationMs.median! < 600_000],
      ['time-to-restore', production.timeToRestoreMs.median! < 300_000],
      ['change-failure-rate', production.changeFailureRate < 0.2],
      ['deployment-frequency', production.deploymentsPerWeek >= 5],
    ]
      .filter(([, met]) => !met)
      .map(([name]) => name as string);
    expect(misses.length).toBeGreaterThan(0);
    expect(report.exitCode).toBe(1);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toContain(`${misses.length} release target(s) missed`);
    for (const name of misses) expect(report.errors[0]).toContain(`${name} `);
    expect(report.outputs['gate']).toBe('missed');
    expect(report.outputs['report']).toMatch(
      /^production, last 12 weeks: [\d.]+ deployments\/week, lead time /,
    );
  });

  it('reads each environment only back to the start of the period, 100 a page, and states its cost', () => {
    const lists = emulator.callsTo('repos/list-deployments');
    expect(lists.every((call) => call.query['per_page'] === '100')).toBe(true);
    const inScope = emulator.state.deployments.filter((d) => Date.parse(d.createdAt) >= plan.since);
    const statusCalls = emulator.callsTo('repos/list-deployment-statuses');
    expect(statusCalls).toHaveLength(inScope.length);
    const metrics = JSON.parse(report.outputs['metrics']!);
    expect(metrics.cost.requests).toBe(emulator.calls.length);
    expect(report.summary).toContain(`${emulator.calls.length} API requests`);
  });
});

describe('release-metrics with a cache file', () => {
  it('asks again conditionally: a second run is answered 304 and costs no rate limit for what did not change', async () => {
    const small = planHistory({ seed: 7, releases: 20, periodDays: 21 });
    const smallGit = await writeGit(small);
    const local = await startEmulator({ gitDir: smallGit.origin });
    const workspace = await mkdtemp(join(tmpdir(), 'metrics-cache-'));
    dirs.push(workspace);
    try {
      seedDeployments(local, small, smallGit.tags);
      seedReleases(local, small);
      const inputs = {
        token: 'test-token',
        until: new Date(small.until).toISOString(),
        period: '21d',
        'cache-path': '.metrics-cache.json',
      };
      const first = await runAction('release-metrics', {
        inputs,
        workspace,
        apiUrl: local.url,
        timeoutMs: 200_000,
      });
      expect(first.exitCode).toBe(0);
      const second = await runAction('release-metrics', {
        inputs,
        workspace,
        apiUrl: local.url,
        timeoutMs: 200_000,
      });
      expect(second.exitCode).toBe(0);
      const cost = (run: RunResult) => JSON.parse(run.outputs['metrics']!).cost;
      expect(cost(first).notModified).toBe(0);
      expect(cost(second).requests).toBe(cost(first).requests);
      expect(cost(second)).toEqual({
        requests: cost(first).requests,
        notModified: cost(first).requests,
        counted: 0,
      });
      // Same figures either way.
      const figures = (run: RunResult) => {
        const { cost: _cost, ...rest } = JSON.parse(run.outputs['metrics']!);
        return rest;
      };
      expect(figures(second)).toEqual(figures(first));
    } finally {
      await local.close();
      await smallGit.cleanup();
    }
  }, 420_000);
});

describe('release-metrics inputs', () => {
  it('refuses a bad gate, period and target before calling GitHub, naming each', async () => {
    const local = await startEmulator();
    try {
      const run = await runAction('release-metrics', {
        inputs: { token: 'test-token', gate: 'maybe', period: '2y', targets: 'lead-time < soon' },
        apiUrl: local.url,
      });
      expect(run.exitCode).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toContain('Input "gate": got "maybe", expected one of: off, warn, fail');
      expect(run.errors[0]).toContain('Input "period": got "2y"');
      expect(run.errors[0]).toContain('Input "targets": got "lead-time < soon"');
      expect(run.errors[0]).toContain('a duration such as 10m or 1d');
      expect(local.calls).toHaveLength(0);
    } finally {
      await local.close();
    }
  });

  it('with summary line, writes only the one-line report, as the release pipeline asks', async () => {
    const local = await startEmulator();
    try {
      const run = await runAction('release-metrics', {
        inputs: { token: 'test-token', summary: 'line' },
        apiUrl: local.url,
      });
      expect(run.exitCode).toBe(0);
      expect(run.summary.trim()).toBe(`**Release health** (acme/app): ${run.outputs['report']}.`);
      expect(run.outputs['report']).toMatch(/, no release reached production$/);
      expect(run.outputs['gate']).toBe('off');
    } finally {
      await local.close();
    }
  });

  it('warns, rather than fails, on a missed target with gate warn', async () => {
    const local = await startEmulator();
    try {
      const run = await runAction('release-metrics', {
        inputs: { token: 'test-token', gate: 'warn', targets: 'deployment-frequency >= 1' },
        apiUrl: local.url,
      });
      expect(run.exitCode).toBe(0);
      expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
        'Release target missed: deployment-frequency 0/week (target >= 1/week)',
      ]);
      expect(run.outputs['gate']).toBe('missed');
      expect(run.summary).toContain('No release reached production in this period.');
    } finally {
      await local.close();
    }
  });
});
