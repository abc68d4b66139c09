import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildPayload, describeStatus } from '../../packages/deployments/src/index.js';
import type { Emulator } from './emulator/index.js';
import type { Deployment, DeploymentState } from './emulator/state.js';

/**
 * A realistic release history, planned from a seed: releases with their commits,
 * staging then production deployments, failures, automatic and later rollbacks,
 * plain failures retried, hotfixes from hotfix branches and patches of older
 * lines. `writeGit` turns the plan into a real bare repository (commits at the
 * planned times, a tag per release) and `seedDeployments` into the emulator's
 * deployment records, written as deploy-env and rollback write them. Tests
 * compute their expected figures from the plan itself.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type AttemptOutcome = 'success' | 'auto-rollback' | 'later-rollback' | 'failure' | 'running';

export interface PlannedRollback {
  createdAt: number;
  successAt: number;
  reason: string;
}

export interface PlannedAttempt {
  environment: string;
  version: string;
  ref: string;
  createdAt: number;
  /** in_progress, 2 s after creation. */
  startedAt: number;
  outcome: AttemptOutcome;
  /** When it went live (success and later-rollback). */
  successAt?: number;
  /** Its first failure status. */
  failureAt?: number;
  reason?: string;
  rollback?: PlannedRollback;
  previousVersion?: string;
}

export interface PlannedRelease {
  version: string;
  tag: string;
  /** The tag this release's commits start from (the previous release on its branch). */
  base?: string;
  branch: string;
  hotfix: boolean;
  commitTimes: number[];
  attempts: PlannedAttempt[];
  published: boolean;
}

export interface HistoryPlan {
  releases: PlannedRelease[];
  since: number;
  until: number;
}

/** A small deterministic generator (mulberry32), so a seed always yields the same history. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REASONS = [
  'error rate 7.2% above 5%',
  'p95 2400ms above 2000ms',
  'health check /healthz answered 503',
  'version check: expected the new version',
];

export interface PlanOptions {
  seed?: number;
  releases?: number;
  /** End of the reported period. */
  until?: number;
  periodDays?: number;
  /** Extra staging deployments per release (re-deploys of the same version), to reach large counts. */
  stagingRepeats?: number;
}

export function planHistory(options: PlanOptions = {}): HistoryPlan {
  const rand = random(options.seed ?? 19);
  const pick = (low: number, high: number) => low + rand() * (high - low);
  const count = options.releases ?? 130;
  const until = options.until ?? Date.UTC(2026, 2, 30, 0, 0, 0);
  const since = until - (options.periodDays ?? 84) * 24 * HOUR;
  // Starts a few releases before the period, so the cut-off is exercised.
  const span = until - since + 6 * 24 * HOUR;
  // Each release also takes a few hours of deploying and rolling back.
  const busy = ((options.stagingRepeats ?? 0) + 1) * 22 * MINUTE + 60 * MINUTE;
  const gap = span / (count + 1) - Math.max(2 * HOUR, busy);
  let clock = until - span;
  const releases: PlannedRelease[] = [];
  let major = 1;
  let minor = 0;
  let mainTag: string | undefined;
  let live: string | undefined;
  const patches = new Map<string, number>();

  for (let index = 0; index < count; index += 1) {
    const start = clock + Math.round(pick(0.3, 1.7) * gap);
    // Kinds: a regular minor release, a hotfix of the live line from hotfix/<slug>, or a patch of an older line.
    const roll = rand();
    const lines = releases.filter((release) => !release.hotfix && release.version.endsWith('.0'));
    let version: string;
    let branch = 'main';
    let base = mainTag;
    let hotfix = false;
    let ref: string;
    // An older line is patched while a newer line is live.
    const newest = lines.at(-1)?.version.replace(/\.0$/, '.');
    if (index > 3 && roll < 0.06 && lines.length > 1 && newest && live?.startsWith(newest)) {
      const older = lines[lines.length - 2]!;
      const line = older.version.replace(/\.0$/, '');
      const patch = (patches.get(line) ?? 0) + 1;
      patches.set(line, patch);
      version = `${line}.${patch}`;
      branch = `hotfix/old-${index}`;
      base = older.tag;
      hotfix = true;
      ref = `refs/tags/v${version}`;
    } else if (index > 3 && roll < 0.12 && lines.length > 0) {
      const current = lines[lines.length - 1]!;
      const line = current.version.replace(/\.0$/, '');
      const patch = (patches.get(line) ?? 0) + 1;
      patches.set(line, patch);
      version = `${line}.${patch}`;
      branch = `hotfix/fix-${index}`;
      base = releases.filter((r) => r.version.startsWith(`${line}.`)).at(-1)!.tag;
      hotfix = true;
      ref = branch;
    } else {
      minor += 1;
      if (minor > 40) {
        major += 1;
        minor = 0;
      }
      version = `${major}.${minor}.0`;
      ref = `refs/tags/v${version}`;
    }
    const tag = `v${version}`;
    const previousStart = releases.at(-1)?.attempts[0]?.createdAt ?? start - 20 * HOUR;
    const commits = 1 + Math.floor(rand() * 5);
    const firstCommit = previousStart + Math.round(pick(0.05, 0.9) * (start - previousStart - 10 * MINUTE));
    const commitTimes = Array.from(
      { length: commits },
      (_, n) =>
        // Git keeps commit times in whole seconds.
        Math.floor((firstCommit + ((start - 5 * MINUTE - firstCommit) * n) / commits) / 1000) * 1000,
    );
    const attempts: PlannedAttempt[] = [];
    const attempt = (
      environment: string,
      createdAt: number,
      outcome: AttemptOutcome,
      durationMs: number,
    ): PlannedAttempt => {
      const startedAt = createdAt + 2000;
      const entry: PlannedAttempt = { environment, version, ref, createdAt, startedAt, outcome };
      const reason = REASONS[Math.floor(rand() * REASONS.length)]!;
      if (outcome === 'success' || outcome === 'later-rollback') entry.successAt = startedAt + durationMs;
      if (outcome === 'failure') {
        entry.failureAt = startedAt + durationMs;
        entry.reason = reason;
      }
      if (outcome === 'auto-rollback') {
        const rollbackCreated = startedAt + durationMs;
        const successAt = rollbackCreated + 2000 + Math.round(pick(1, 9) * MINUTE);
        entry.rollback = { createdAt: rollbackCreated, successAt, reason };
        entry.failureAt = successAt - 1000;
        entry.reason = reason;
      }
      if (outcome === 'later-rollback') {
        const rollbackCreated = entry.successAt! + Math.round(pick(10, 120) * MINUTE);
        const successAt = rollbackCreated + 2000 + Math.round(pick(1, 12) * MINUTE);
        entry.rollback = { createdAt: rollbackCreated, successAt, reason: `incident: ${reason}` };
        entry.failureAt = successAt - 1000;
        entry.reason = `incident: ${reason}`;
      }
      attempts.push(entry);
      return entry;
    };

    const last = index === count - 1;
    // Staging: mostly fine; a failure is retried half an hour later.
    let at = start;
    for (let repeat = 0; repeat <= (options.stagingRepeats ?? 0); repeat += 1) {
      if (rand() < 0.06) {
        attempt('staging', at, 'failure', Math.round(pick(1, 4) * MINUTE));
        at += 30 * MINUTE;
      }
      attempt('staging', at, 'success', Math.round(pick(2, 8) * MINUTE));
      at += 20 * MINUTE;
    }
    // Production.
    at += Math.round(pick(10, 90) * MINUTE);
    if (last) {
      attempt('production', at, 'running', 0);
    } else {
      const outcome = rand();
      const duration = () => Math.round(pick(3, 14) * MINUTE);
      if (outcome < 0.06 && live) {
        attempt('production', at, 'auto-rollback', duration());
      } else if (outcome < 0.09 && live) {
        attempt('production', at, 'later-rollback', duration());
      } else if (outcome < 0.12) {
        const failed = attempt('production', at, 'failure', duration());
        attempt('production', failed.failureAt! + Math.round(pick(20, 90) * MINUTE), 'success', duration());
      } else {
        attempt('production', at, 'success', duration());
      }
    }
    for (const entry of attempts.filter((a) => a.environment === 'production')) entry.previousVersion = live;
    const shipped = attempts.some((a) => a.environment === 'production' && a.outcome === 'success');
    if (shipped) live = version;
    releases.push({
      version,
      tag,
      base,
      branch,
      hotfix,
      commitTimes,
      attempts,
      published: shipped && rand() < 0.8,
    });
    if (!hotfix) mainTag = tag;
    clock = Math.max(start, ...attempts.map((a) => a.rollback?.successAt ?? a.successAt ?? a.failureAt ?? 0));
  }
  return { releases, since, until };
}

/** A bare repository with every planned commit (at its planned time) and a tag per release, via fast-import. */
export async function writeGit(
  plan: HistoryPlan,
): Promise<{ dir: string; origin: string; tags: Map<string, string>; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'release-history-'));
  const origin = join(dir, 'origin.git');
  const exec = promisify(execFile);
  await exec('git', ['init', '--quiet', '--bare', '--initial-branch=main', origin]);
  const lines: string[] = [];
  let mark = 0;
  const tagMarks = new Map<string, number>();
  const when = (at: number) => `${Math.floor(at / 1000)} +0000`;
  const root = plan.releases[0]!.commitTimes[0]! - HOUR;
  const commit = (ref: string, at: number, message: string, parent?: number) => {
    mark += 1;
    lines.push(
      `commit ${ref}`,
      `mark :${mark}`,
      `author Dev <dev@example.com> ${when(at)}`,
      `committer Dev <dev@example.com> ${when(at)}`,
      `data ${Buffer.byteLength(message)}`,
      message,
      ...(parent ? [`from :${parent}`] : []),
      `M 644 inline changes/${mark}.txt`,
      `data ${String(mark).length}`,
      String(mark),
      '',
    );
    return mark;
  };
  let mainTip = commit('refs/heads/main', root, 'initial commit');
  for (const release of plan.releases) {
    let tip = release.branch === 'main' ? mainTip : tagMarks.get(release.base!)!;
    for (const [n, at] of release.commitTimes.entries()) {
      tip = commit(`refs/heads/${release.branch}`, at, `change ${n + 1} for ${release.version}`, tip);
    }
    tagMarks.set(release.tag, tip);
    lines.push(`reset refs/tags/${release.tag}`, `from :${tip}`, '');
    if (release.branch === 'main') mainTip = tip;
  }
  await new Promise<void>((resolve, reject) => {
    const child = spawn('git', ['fast-import', '--quiet'], {
      cwd: origin,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import: ${stderr}`))));
    child.stdin.end(lines.join('\n') + '\n');
  });
  const { stdout } = await exec(
    'git',
    ['for-each-ref', '--format=%(refname:short) %(objectname)', 'refs/tags'],
    {
      cwd: origin,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const tags = new Map(
    stdout
      .trim()
      .split('\n')
      .map((line) => line.split(' ') as [string, string]),
  );
  return { dir, origin, tags, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

interface StatusEvent {
  deployment: Deployment;
  state: DeploymentState;
  description: string;
  at: number;
}

/** The plan's deployments, as deploy-env and rollback record them, straight into the emulator's state. */
export function seedDeployments(
  emulator: Emulator,
  plan: HistoryPlan,
  tags: Map<string, string>,
  options: { runUrl?: (index: number) => string } = {},
): void {
  const { state } = emulator;
  const iso = (at: number) => new Date(at).toISOString();
  type Draft = {
    createdAt: number;
    build: (id: number) => Deployment;
    events: (d: Deployment) => Array<Omit<StatusEvent, 'deployment'>>;
  };
  const drafts: Draft[] = [];
  let run = 0;
  const byAttempt = new Map<PlannedAttempt, Deployment>();
  const liveSince = new Map<string, Deployment>();
  for (const release of plan.releases) {
    const sha = tags.get(release.tag)!;
    for (const attempt of release.attempts) {
      run += 1;
      const runUrl = options.runUrl?.(run) ?? `https://github.com/acme/app/actions/runs/${9000 + run}`;
      const payload = buildPayload({
        version: release.version,
        commit: sha,
        ref: attempt.ref,
        strategy: 'direct',
        artifacts: [],
        previous_version: attempt.previousVersion,
        run_id: String(9000 + run),
        run_attempt: '1',
        run_url: runUrl,
      });
      const base = (
        id: number,
        createdAt: number,
        task: string,
        body: unknown,
        description: string,
      ): Deployment => ({
        id,
        sha,
        ref: sha,
        task,
        payload: body,
        environment: attempt.environment,
        originalEnvironment: attempt.environment,
        description,
        transientEnvironment: false,
        productionEnvironment: attempt.environment === 'production',
        creator: 'github-actions[bot]',
        createdAt: iso(createdAt),
        updatedAt: iso(createdAt),
        statuses: [],
      });
      const version = release.version;
      drafts.push({
        createdAt: attempt.createdAt,
        build: (id) => {
          const deployment = base(
            id,
            attempt.createdAt,
            'deploy',
            payload,
            `Deploy ${version} to ${attempt.environment} (direct)`,
          );
          byAttempt.set(attempt, deployment);
          return deployment;
        },
        events: () => {
          const events: Array<Omit<StatusEvent, 'deployment'>> = [
            {
              state: 'in_progress',
              description: describeStatus(version, 'deploying (direct)'),
              at: attempt.startedAt,
            },
          ];
          if (attempt.successAt !== undefined)
            events.push({
              state: 'success',
              description: describeStatus(version, 'live on slot blue (direct)'),
              at: attempt.successAt,
            });
          if (attempt.outcome === 'failure')
            events.push({
              state: 'failure',
              description: describeStatus(version, `failed: ${attempt.reason}`),
              at: attempt.failureAt!,
            });
          if (attempt.rollback)
            events.push({
              state: 'failure',
              description: describeStatus(
                version,
                `rolled back to ${attempt.previousVersion}: ${attempt.reason}`,
              ),
              at: attempt.failureAt!,
            });
          return events;
        },
      });
      if (attempt.rollback) {
        const rollback = attempt.rollback;
        const target = attempt.previousVersion!;
        drafts.push({
          createdAt: rollback.createdAt,
          build: (id) => {
            const bad = byAttempt.get(attempt)!;
            return base(
              id,
              rollback.createdAt,
              'deploy:rollback',
              buildPayload({
                version: target,
                commit: tags.get(`v${target}`)!,
                ref: `refs/tags/v${target}`,
                strategy: 'direct',
                artifacts: [],
                previous_deployment_id: bad.id,
                previous_version: version,
                run_id: String(9000 + run),
                run_attempt: '1',
                run_url: runUrl,
                rollback_of: bad.id,
                reason: rollback.reason,
              }),
              `Roll back ${attempt.environment} from ${version} to ${target}: ${rollback.reason}`.slice(
                0,
                140,
              ),
            );
          },
          events: () => [
            {
              state: 'in_progress',
              description: describeStatus(target, `rolling back from ${version}: redeploy`),
              at: rollback.createdAt + 2000,
            },
            {
              state: 'success',
              description: describeStatus(target, `live on slot blue (rolled back from ${version})`),
              at: rollback.successAt,
            },
          ],
        });
      }
    }
  }
  drafts.sort((a, b) => a.createdAt - b.createdAt);
  const events: StatusEvent[] = [];
  for (const draft of drafts) {
    const deployment = draft.build(state.nextId('deployment'));
    state.deployments.push(deployment);
    for (const event of draft.events(deployment)) events.push({ ...event, deployment });
  }
  // Statuses in time order, with the `inactive` GitHub adds to the one a success replaces.
  events.sort((a, b) => a.at - b.at);
  for (const event of events) {
    if (event.state === 'success') {
      const replaced = liveSince.get(event.deployment.environment);
      if (replaced && replaced !== event.deployment && replaced.statuses.at(-1)?.state === 'success')
        addStatus(state, replaced, 'inactive', '', event.at);
      liveSince.set(event.deployment.environment, event.deployment);
    }
    addStatus(state, event.deployment, event.state, event.description, event.at);
  }
}

function addStatus(
  state: Emulator['state'],
  deployment: Deployment,
  status: DeploymentState,
  description: string,
  at: number,
): void {
  const when = new Date(at).toISOString();
  deployment.statuses.push({
    id: state.nextId('deploymentStatus'),
    state: status,
    description,
    environment: deployment.environment,
    targetUrl: '',
    logUrl: '',
    environmentUrl: '',
    creator: 'github-actions[bot]',
    createdAt: when,
    updatedAt: when,
  });
  deployment.updatedAt = when;
}

/** Published GitHub Releases for the releases the plan says were published. */
export function seedReleases(emulator: Emulator, plan: HistoryPlan): void {
  for (const release of plan.releases.filter((r) => r.published)) {
    const at = new Date(release.attempts.find((a) => a.successAt)?.successAt ?? plan.until).toISOString();
    emulator.state.releases.push({
      id: emulator.state.nextId('release'),
      tagName: release.tag,
      targetCommitish: release.branch,
      name: release.version,
      body: null,
      draft: false,
      prerelease: false,
      immutable: false,
      author: 'github-actions[bot]',
      createdAt: at,
      updatedAt: at,
      publishedAt: at,
      assets: [],
    });
  }
}
