/** The job summary, the one-line report and the JSON output. */
import { formatDuration, heading, icon, table } from '../../kit/src/index.js';
import { trendCharts } from './charts.js';
import { worstReleases, type EnvironmentFigures, type Figures, type ReleaseFigures } from './compute.js';
import { describeTarget, formatValue, round, type TargetResult } from './targets.js';
import type { Spread } from './types.js';

export interface Cost {
  requests: number;
  notModified: number;
}

export interface ReportContext {
  repository: string;
  serverUrl: string;
  worst: number;
  gate: 'off' | 'warn' | 'fail';
}

const percent = (value: number | undefined) => (value === undefined ? 'no data' : `${round(value * 100)}%`);
const time = (value: number | undefined) => (value === undefined ? 'no data' : formatDuration(value));
const day = (at: number) => new Date(at).toISOString().slice(0, 10);
const spreadText = (value: Spread) =>
  value.count === 0 ? 'no data' : `${time(value.median)} (p90 ${time(value.p90)}, n=${value.count})`;

function productionOf(figures: Figures): EnvironmentFigures | undefined {
  return figures.environments.find((env) => env.environment === figures.production);
}

/** One line for a release announcement or a log. */
export function headline(figures: Figures): string {
  const production = productionOf(figures);
  const weeks = round(figures.period.weeks);
  return [
    `${figures.production}, last ${weeks} weeks: ${round(production?.deploymentsPerWeek ?? 0)} deployments/week`,
    `lead time ${time(figures.releases.leadTimeMs.median)}`,
    `change failure rate ${percent(production?.changeFailureRate)}`,
    `time to restore ${time(production?.timeToRestoreMs.median)}`,
    `rollback rate ${percent(production?.rollbackRate)}`,
    figures.releases.shipped === 0
      ? 'no release reached production'
      : `hotfixes ${percent(figures.releases.hotfixShare)} of ${figures.releases.shipped} releases`,
  ].join(', ');
}

function releaseLink(release: ReleaseFigures, context: ReportContext): string {
  const url =
    release.url ??
    (release.tag
      ? `${context.serverUrl}/${context.repository}/releases/tag/${encodeURIComponent(release.tag)}`
      : undefined);
  return url ? `[${release.version}](${url})` : release.version;
}

function outcome(release: ReleaseFigures): string {
  if (release.inProgress) return 'deploying';
  if (!release.shipped) return `never went live (${release.attempts} attempt(s))`;
  if (release.rolledBack) return 'rolled back';
  if (release.changeFailed) return 'failed';
  return release.attempts > 1 ? `live after ${release.attempts} attempts` : 'live';
}

function environmentTable(env: EnvironmentFigures): string {
  return (
    heading(env.environment, 4) +
    table(
      ['figure', 'value'],
      [
        ['deployments (finished)', env.deployments],
        ['deployment frequency', `${round(env.deploymentsPerWeek)}/week`],
        ['success rate', percent(env.successRate)],
        ['change failure rate', percent(env.changeFailureRate)],
        [
          'rollback rate',
          `${percent(env.rollbackRate)} (${env.rolledBack} rolled back, ${env.rollbacks} rollbacks)`,
        ],
        ['deployment duration', spreadText(env.durationMs)],
        ['time to restore', spreadText(env.timeToRestoreMs)],
        ['still running', env.unfinished],
      ],
    )
  );
}

function targetTable(results: TargetResult[], gate: ReportContext['gate']): string {
  if (results.length === 0) return '';
  const note =
    gate === 'off' ? ' (not enforced)' : gate === 'warn' ? ' (misses warn)' : ' (misses fail the step)';
  return (
    heading(`Targets${note}`, 3) +
    table(
      ['', 'target', 'actual'],
      results.map((result) => [
        icon(result.met),
        `${result.name} ${result.operator} ${formatValue(result.name, result.value)}`,
        formatValue(result.name, result.actual),
      ]),
    ) +
    '\n'
  );
}

export function summaryMarkdown(
  figures: Figures,
  results: TargetResult[],
  cost: Cost,
  context: ReportContext,
): string {
  const charts = trendCharts(figures.weeks, figures.production)
    .map((chart) => '```mermaid\n' + chart + '\n```\n')
    .join('\n');
  const worst = worstReleases(figures.releaseList, context.worst);
  const worstTable =
    worst.length === 0
      ? 'No release reached production in this period.\n'
      : table(
          ['release', 'outcome', 'why', 'time to restore', 'lead time', 'commits', 'run'],
          worst.map((release) => [
            releaseLink(release, context),
            `${outcome(release)}${release.hotfix ? ' · hotfix' : ''}`,
            release.reason,
            time(release.timeToRestoreMs),
            time(release.leadTimeMs),
            release.commits,
            release.runUrl ? `[run](${release.runUrl})` : undefined,
          ]),
        );
  return [
    heading(
      `Release metrics: ${context.repository}, ${day(figures.period.since)} to ${day(figures.period.until)}`,
      2,
    ),
    `${headline(figures)}.\n\n`,
    targetTable(results, context.gate),
    heading('Trends', 3),
    charts,
    '\n',
    heading('By environment', 3),
    figures.environments.map(environmentTable).join('\n'),
    '\n',
    heading('Worst releases', 3),
    worstTable,
    `\n<sub>${cost.requests} API requests, ${cost.notModified} of them answered 304 Not Modified (free of the rate limit).</sub>\n`,
  ].join('');
}

/** The `metrics` output: every figure, machine-readable (times in milliseconds, rates from 0 to 1). */
export function metricsJson(
  figures: Figures,
  results: TargetResult[],
  cost: Cost,
  context: ReportContext,
): Record<string, unknown> {
  const iso = (at: number | undefined) => (at === undefined ? undefined : new Date(at).toISOString());
  return {
    repository: context.repository,
    period: {
      since: iso(figures.period.since),
      until: iso(figures.period.until),
      weeks: figures.period.weeks,
    },
    production: figures.production,
    environments: figures.environments,
    releases: figures.releases,
    weeks: figures.weeks.map((week) => ({ ...week, start: iso(week.start) })),
    worst: worstReleases(figures.releaseList, context.worst).map((release) => ({
      ...release,
      firstLiveAt: iso(release.firstLiveAt),
    })),
    targets: results.map((result) => ({ ...result, met: result.met ?? null, text: describeTarget(result) })),
    cost: { ...cost, counted: cost.requests - cost.notModified },
  };
}
