/**
 * Targets the figures are held to, by default the ones release documents set
 * themselves ("Successful Deployments >95%, Rollback Rate <5%, Hotfix Rate <10%
 * of releases, Lead Time <1 day, Deployment Duration <10 minutes, Recovery Time
 * <5 minutes"), judged on the production environment; times by their median.
 */
import { ReleaseError, formatDuration, parseDuration } from '../../kit/src/index.js';
import type { Figures } from './compute.js';

export const TARGET_NAMES = [
  'deployment-frequency',
  'success-rate',
  'change-failure-rate',
  'rollback-rate',
  'hotfix-share',
  'lead-time',
  'deployment-duration',
  'time-to-restore',
] as const;
export type TargetName = (typeof TARGET_NAMES)[number];
type Operator = '<' | '<=' | '>' | '>=';
type Kind = 'rate' | 'time' | 'count';

const KINDS: Record<TargetName, Kind> = {
  'deployment-frequency': 'count',
  'success-rate': 'rate',
  'change-failure-rate': 'rate',
  'rollback-rate': 'rate',
  'hotfix-share': 'rate',
  'lead-time': 'time',
  'deployment-duration': 'time',
  'time-to-restore': 'time',
};

export interface Target {
  name: TargetName;
  operator: Operator;
  /** A share from 0 to 1, milliseconds, or deployments per week. */
  value: number;
}

export interface TargetResult extends Target {
  actual?: number;
  /** undefined when there was nothing to measure (no failure, so no time to restore). */
  met?: boolean;
}

export const DEFAULT_TARGETS: Target[] = [
  { name: 'success-rate', operator: '>', value: 0.95 },
  { name: 'rollback-rate', operator: '<', value: 0.05 },
  { name: 'hotfix-share', operator: '<', value: 0.1 },
  { name: 'lead-time', operator: '<', value: 86_400_000 },
  { name: 'deployment-duration', operator: '<', value: 600_000 },
  { name: 'time-to-restore', operator: '<', value: 300_000 },
];

const LINE = /^([a-z-]+)\s*(<=|>=|<|>)\s*(\S+)$/;
const OFF = /^([a-z-]+)\s+off$/;

/** Throws the message `expected` of a bad line, for the input's error. */
export function parseTargets(raw: string, base: Target[] = DEFAULT_TARGETS): Target[] {
  const targets = new Map(base.map((target) => [target.name, target]));
  for (const line of raw.split('\n').map((item) => item.trim())) {
    if (!line || line.startsWith('#')) continue;
    const off = OFF.exec(line);
    if (off && TARGET_NAMES.includes(off[1] as TargetName)) {
      targets.delete(off[1] as TargetName);
      continue;
    }
    const match = LINE.exec(line);
    const name = match?.[1] as TargetName | undefined;
    if (!match || !name || !TARGET_NAMES.includes(name)) throw new Error(`unknown target line "${line}"`);
    const value = parseValue(KINDS[name], match[3]!);
    if (value === undefined) throw new Error(`"${line}": ${expectedValue(KINDS[name])}`);
    targets.set(name, { name, operator: match[2] as Operator, value });
  }
  return [...targets.values()];
}

function parseValue(kind: Kind, text: string): number | undefined {
  if (kind === 'time') return parseDuration(text);
  if (kind === 'count') return /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(text);
  return percent && Number(percent[1]) <= 100 ? Number(percent[1]) / 100 : undefined;
}

function expectedValue(kind: Kind): string {
  return kind === 'time'
    ? 'a duration such as 10m or 1d'
    : kind === 'count'
      ? 'a number of deployments per week'
      : 'a percentage such as 5%';
}

export const TARGETS_EXPECTED = `lines of "<name> <op> <value>" or "<name> off", names: ${TARGET_NAMES.join(', ')}; op: <, <=, >, >=`;

export function formatValue(name: TargetName, value: number | undefined): string {
  if (value === undefined) return 'no data';
  const kind = KINDS[name];
  if (kind === 'time') return formatDuration(value);
  if (kind === 'count') return `${round(value)}/week`;
  return `${round(value * 100)}%`;
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function actualOf(name: TargetName, figures: Figures): number | undefined {
  const production = figures.environments.find((env) => env.environment === figures.production);
  switch (name) {
    case 'deployment-frequency':
      return production?.deploymentsPerWeek;
    case 'success-rate':
      return production?.successRate;
    case 'change-failure-rate':
      return production?.changeFailureRate;
    case 'rollback-rate':
      return production?.rollbackRate;
    case 'hotfix-share':
      return figures.releases.hotfixShare;
    case 'lead-time':
      return figures.releases.leadTimeMs.median;
    case 'deployment-duration':
      return production?.durationMs.median;
    case 'time-to-restore':
      return production?.timeToRestoreMs.median;
  }
}

function holds(actual: number, operator: Operator, value: number): boolean {
  switch (operator) {
    case '<':
      return actual < value;
    case '<=':
      return actual <= value;
    case '>':
      return actual > value;
    case '>=':
      return actual >= value;
  }
}

export function judge(figures: Figures, targets: Target[]): TargetResult[] {
  return targets.map((target) => {
    const actual = actualOf(target.name, figures);
    return {
      ...target,
      actual,
      met: actual === undefined ? undefined : holds(actual, target.operator, target.value),
    };
  });
}

export function describeTarget(result: TargetResult): string {
  return `${result.name} ${formatValue(result.name, result.actual)} (target ${result.operator} ${formatValue(result.name, result.value)})`;
}

/** The gate: an error (fail) naming every missed target. */
export function missedTargets(results: TargetResult[]): ReleaseError | undefined {
  const missed = results.filter((result) => result.met === false);
  if (missed.length === 0) return undefined;
  return new ReleaseError(
    'ETARGETS',
    `${missed.length} release target(s) missed: ${missed.map(describeTarget).join('; ')}`,
    { hint: 'The job summary shows the weeks and releases behind each figure.' },
  );
}
