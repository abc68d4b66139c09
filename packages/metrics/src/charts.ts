/**
 * Trend charts as Mermaid `xychart-beta` blocks, which GitHub renders in job
 * summaries and markdown. Weeks without data show as 0: xychart has no gaps.
 */
import type { WeekFigures } from './compute.js';
import { round } from './targets.js';

export interface Chart {
  title: string;
  axis: string;
  kind: 'bar' | 'line';
  labels: string[];
  values: number[];
  max?: number;
}

/** Mermaid strings are double-quoted; a quote inside one cannot be escaped, so it is replaced. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, "'")}"`;
}

export function xychart(chart: Chart): string {
  const top = chart.max ?? Math.max(1, Math.ceil(Math.max(0, ...chart.values) * 1.1));
  return [
    'xychart-beta',
    `    title ${quoted(chart.title)}`,
    `    x-axis [${chart.labels.map(quoted).join(', ')}]`,
    `    y-axis ${quoted(chart.axis)} 0 --> ${top}`,
    `    ${chart.kind} [${chart.values.map((value) => String(round(value))).join(', ')}]`,
  ].join('\n');
}

/** Week labels: the date each week starts, month-day. */
export function weekLabel(start: number): string {
  return new Date(start).toISOString().slice(5, 10);
}

export function trendCharts(weeks: WeekFigures[], environment: string): string[] {
  const labels = weeks.map((week) => weekLabel(week.start));
  return [
    xychart({
      title: `Deployments to ${environment} per week`,
      axis: 'deployments',
      kind: 'bar',
      labels,
      values: weeks.map((week) => week.deployments),
    }),
    xychart({
      title: 'Lead time for changes, median per week (hours)',
      axis: 'hours',
      kind: 'line',
      labels,
      values: weeks.map((week) => (week.leadTimeMs ?? 0) / 3_600_000),
    }),
    xychart({
      title: 'Change failure rate per week (%)',
      axis: 'percent',
      kind: 'bar',
      labels,
      values: weeks.map((week) => (week.changeFailureRate ?? 0) * 100),
      max: 100,
    }),
  ];
}
