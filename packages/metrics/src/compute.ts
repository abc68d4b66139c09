/**
 * The figures: per environment (frequency, success, change failure and rollback
 * rates, duration, time to restore), per release in production (lead time,
 * hotfix or not, what went wrong) and per week, all from the outcomes.
 */
import { minimatch } from 'minimatch';
import semver from 'semver';
import { outcomesOf, type Outcome } from './outcomes.js';
import { ratio, spread } from './stats.js';
import type { DeploymentFact, History, Period, Spread } from './types.js';

export const WEEK_MS = 7 * 86_400_000;

export interface EnvironmentFigures {
  environment: string;
  /** Deployments (not rollbacks) started in the period that reached an end. */
  deployments: number;
  successful: number;
  changeFailures: number;
  rolledBack: number;
  /** Rollback deployments started in the period. */
  rollbacks: number;
  unfinished: number;
  deploymentsPerWeek: number;
  successRate?: number;
  changeFailureRate?: number;
  rollbackRate?: number;
  durationMs: Spread;
  timeToRestoreMs: Spread;
}

export interface ReleaseFigures {
  version: string;
  tag?: string;
  url?: string;
  runUrl?: string;
  shipped: boolean;
  /** Not live yet, with a deployment still running. */
  inProgress: boolean;
  firstLiveAt?: number;
  hotfix: boolean;
  leadTimeMs?: number;
  commits?: number;
  attempts: number;
  changeFailed: boolean;
  rolledBack: boolean;
  reason?: string;
  timeToRestoreMs?: number;
}

export interface WeekFigures {
  start: number;
  deployments: number;
  finished: number;
  changeFailures: number;
  changeFailureRate?: number;
  leadTimeMs?: number;
}

export interface ReleaseSummary {
  shipped: number;
  hotfixes: number;
  hotfixShare?: number;
  leadTimeMs: Spread;
}

export interface Figures {
  period: Period & { weeks: number };
  production: string;
  environments: EnvironmentFigures[];
  releases: ReleaseSummary;
  releaseList: ReleaseFigures[];
  weeks: WeekFigures[];
}

export interface FigureOptions {
  environments: string[];
  production: string;
  period: Period;
  /** Globs for refs that mark a hotfix (hotfix/** by default). */
  hotfixRefs: string[];
}

const inPeriod = (at: number, period: Period) => at >= period.since && at < period.until;

function environmentFigures(environment: string, outcomes: Outcome[], period: Period): EnvironmentFigures {
  const started = outcomes.filter((outcome) => inPeriod(outcome.deployment.createdAt, period));
  const deploys = started.filter((outcome) => !outcome.isRollback);
  const finished = deploys.filter((outcome) => outcome.finished);
  const successful = finished.filter((outcome) => outcome.succeeded);
  const failed = finished.filter((outcome) => outcome.changeFailed);
  const rolledBack = finished.filter((outcome) => outcome.rolledBack);
  const restores = failed
    .filter((outcome) => outcome.restoredAt !== undefined)
    .map((outcome) => outcome.restoredAt! - outcome.failureAt!);
  const weeks = (period.until - period.since) / WEEK_MS;
  return {
    environment,
    deployments: finished.length,
    successful: successful.length,
    changeFailures: failed.length,
    rolledBack: rolledBack.length,
    rollbacks: started.filter((outcome) => outcome.isRollback).length,
    unfinished: deploys.length - finished.length,
    deploymentsPerWeek: weeks > 0 ? successful.length / weeks : 0,
    successRate: ratio(successful.length, finished.length),
    changeFailureRate: ratio(failed.length, finished.length),
    rollbackRate: ratio(rolledBack.length, finished.length),
    durationMs: spread(successful.map((outcome) => outcome.durationMs!)),
    timeToRestoreMs: spread(restores),
  };
}

/** Whether `other` is of a newer major.minor line than `version`. */
function newerLine(other: string | undefined, version: semver.SemVer): boolean {
  const parsed = other ? semver.parse(other) : null;
  return (
    parsed !== null &&
    (parsed.major > version.major || (parsed.major === version.major && parsed.minor > version.minor))
  );
}

/**
 * A hotfix: shipped from a ref matching the hotfix globs, or a version whose
 * pre-release names it (1.4.1-hotfix.1), or a patch of an older line deployed
 * while a newer line was live (1.3.5 after 1.4.0): the deployment's payload
 * names what was live, or a newer line went live earlier in the period.
 */
function isHotfix(
  version: string,
  deployments: DeploymentFact[],
  hotfixRefs: string[],
  newerLineLiveBefore: boolean,
): boolean {
  const refs = deployments.flatMap((deployment) => [deployment.payloadRef ?? '', deployment.ref]);
  if (refs.some((ref) => ref && hotfixRefs.some((glob) => minimatch(ref, glob)))) return true;
  const parsed = semver.parse(version);
  if (!parsed) return false;
  if (parsed.prerelease.some((part) => /hotfix/i.test(String(part)))) return true;
  const replacedNewer = deployments.some((deployment) => newerLine(deployment.previousVersion, parsed));
  return parsed.patch > 0 && (newerLineLiveBefore || replacedNewer);
}

function lineOf(version: string): string | undefined {
  const parsed = semver.parse(version);
  return parsed ? `${parsed.major}.${parsed.minor}` : undefined;
}

function releaseFigures(outcomes: Outcome[], history: History, options: FigureOptions): ReleaseFigures[] {
  const byVersion = new Map<string, Outcome[]>();
  for (const outcome of outcomes) {
    const version = outcome.deployment.version;
    if (outcome.isRollback || !version) continue;
    byVersion.set(version, [...(byVersion.get(version) ?? []), outcome]);
  }
  // When each minor line first went live, to recognise a patch of an older line shipped later.
  const lineLive = new Map<string, number>();
  for (const [version, attempts] of byVersion) {
    const live = Math.min(...attempts.map((outcome) => outcome.succeededAt ?? Infinity));
    const line = lineOf(version);
    if (line && Number.isFinite(live)) lineLive.set(line, Math.min(live, lineLive.get(line) ?? Infinity));
  }
  const releases: ReleaseFigures[] = [];
  for (const [version, attempts] of byVersion) {
    const firstAttempt = Math.min(...attempts.map((outcome) => outcome.deployment.createdAt));
    if (!inPeriod(firstAttempt, options.period)) continue;
    const live = attempts
      .map((outcome) => outcome.succeededAt)
      .filter((at): at is number => at !== undefined);
    const firstLiveAt = live.length > 0 ? Math.min(...live) : undefined;
    const parsed = semver.parse(version);
    const newerLineLiveBefore =
      parsed !== null &&
      firstLiveAt !== undefined &&
      [...lineLive].some(([line, at]) => newerLine(`${line}.0`, parsed) && at < firstLiveAt);
    const failed = attempts.filter((outcome) => outcome.changeFailed);
    const restores = failed
      .filter((outcome) => outcome.restoredAt !== undefined)
      .map((outcome) => outcome.restoredAt! - outcome.failureAt!);
    const first = history.firstCommits.get(version);
    const link = history.releases.get(version);
    const newest = [...attempts].sort((a, b) => b.deployment.createdAt - a.deployment.createdAt);
    releases.push({
      version,
      tag: history.tags.get(version),
      url: link?.url,
      runUrl: (failed[0] ?? newest[0])?.deployment.runUrl,
      shipped: firstLiveAt !== undefined,
      inProgress: firstLiveAt === undefined && attempts.some((outcome) => !outcome.finished),
      firstLiveAt,
      hotfix: isHotfix(
        version,
        attempts.map((outcome) => outcome.deployment),
        options.hotfixRefs,
        newerLineLiveBefore,
      ),
      leadTimeMs: first && firstLiveAt !== undefined ? Math.max(0, firstLiveAt - first.at) : undefined,
      commits: first?.commits,
      attempts: attempts.length,
      changeFailed: failed.length > 0,
      rolledBack: failed.some((outcome) => outcome.rolledBack),
      reason: failed.map((outcome) => outcome.reason).find(Boolean),
      timeToRestoreMs: restores.length > 0 ? Math.max(...restores) : undefined,
    });
  }
  return releases.sort((a, b) => (a.firstLiveAt ?? Infinity) - (b.firstLiveAt ?? Infinity));
}

function weekFigures(outcomes: Outcome[], releases: ReleaseFigures[], period: Period): WeekFigures[] {
  const weeks: WeekFigures[] = [];
  for (let start = period.since; start < period.until; start += WEEK_MS) {
    const week = { since: start, until: Math.min(start + WEEK_MS, period.until) };
    const deploys = outcomes.filter(
      (outcome) => !outcome.isRollback && outcome.finished && inPeriod(outcome.deployment.createdAt, week),
    );
    const failures = deploys.filter((outcome) => outcome.changeFailed).length;
    const leadTimes = releases
      .filter((release) => release.leadTimeMs !== undefined && inPeriod(release.firstLiveAt!, week))
      .map((release) => release.leadTimeMs!);
    weeks.push({
      start,
      deployments: deploys.filter((outcome) => outcome.succeeded).length,
      finished: deploys.length,
      changeFailures: failures,
      changeFailureRate: ratio(failures, deploys.length),
      leadTimeMs: spread(leadTimes).median,
    });
  }
  return weeks;
}

export function computeFigures(history: History, options: FigureOptions): Figures {
  const outcomesByEnvironment = new Map<string, Outcome[]>();
  for (const environment of options.environments) {
    outcomesByEnvironment.set(
      environment,
      outcomesOf(history.deployments.filter((deployment) => deployment.environment === environment)),
    );
  }
  const production = outcomesByEnvironment.get(options.production) ?? [];
  const releaseList = releaseFigures(production, history, options);
  const shipped = releaseList.filter((release) => release.shipped);
  const hotfixes = shipped.filter((release) => release.hotfix).length;
  const { since, until } = options.period;
  return {
    period: { since, until, weeks: (until - since) / WEEK_MS },
    production: options.production,
    environments: options.environments.map((environment) =>
      environmentFigures(environment, outcomesByEnvironment.get(environment) ?? [], options.period),
    ),
    releases: {
      shipped: shipped.length,
      hotfixes,
      hotfixShare: ratio(hotfixes, shipped.length),
      leadTimeMs: spread(
        shipped.filter((release) => release.leadTimeMs !== undefined).map((release) => release.leadTimeMs!),
      ),
    },
    releaseList,
    weeks: weekFigures(production, releaseList, options.period),
  };
}

/** Worst first: failed or never shipped (one still deploying is not judged yet), the longest to restore, then the longest lead time. */
export function worstReleases(releases: ReleaseFigures[], count: number): ReleaseFigures[] {
  const badness = (release: ReleaseFigures) =>
    release.changeFailed || (!release.shipped && !release.inProgress) ? 1 : 0;
  // Never restored (or never shipped) counts as the longest restore of all.
  const restore = (release: ReleaseFigures) =>
    release.timeToRestoreMs ?? (badness(release) ? Number.MAX_SAFE_INTEGER : 0);
  return [...releases]
    .sort(
      (a, b) =>
        badness(b) - badness(a) || restore(b) - restore(a) || (b.leadTimeMs ?? 0) - (a.leadTimeMs ?? 0),
    )
    .slice(0, count);
}
