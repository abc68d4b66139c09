import { findFiles } from '../parse/files.js';
import { ReportError } from '../parse/errors.js';
import { parseJsonFile } from '../parse/json-stream.js';
import { withinBudget } from '../settings/budgets.js';
import { outcome, type Evidence, type GateOutcome } from '../types.js';
import type { GateContext, GateSettings } from '../settings.js';
import { plural } from './reports.js';

/**
 * Numeric metrics out of a benchmark results file, under dotted names: a flat
 * `{ "p95_ms": 180 }`, nested objects (`http.p95_ms`), and arrays of
 * `{ name, value }` (github-action-benchmark's format) or of objects with a
 * name-like key (`bundles[action=validate-gates].meanMs` is `bundles.validate-gates.meanMs`).
 */
export function flattenMetrics(
  value: unknown,
  prefix = '',
  into: Map<string, number> = new Map(),
): Map<string, number> {
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (prefix) into.set(prefix, value);
    return into;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (item && typeof item === 'object' && !Array.isArray(item)) {
        const record = item as Record<string, unknown>;
        const label = ['name', 'metric', 'id', 'action', 'benchmark']
          .map((k) => record[k])
          .find((v) => typeof v === 'string');
        if (typeof label === 'string' && typeof record['value'] === 'number') {
          into.set(prefix ? `${prefix}.${label}` : label, record['value']);
          return;
        }
        flattenMetrics(
          item,
          `${prefix ? `${prefix}.` : ''}${typeof label === 'string' ? label : index}`,
          into,
        );
      } else flattenMetrics(item, `${prefix ? `${prefix}.` : ''}${index}`, into);
    });
    return into;
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      flattenMetrics(child, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}

async function readMetrics(
  pattern: string,
  context: GateContext,
  role: string,
): Promise<Map<string, number> | Evidence> {
  const files = await findFiles(context.workspace, [pattern]);
  if (files.length === 0) return { message: `${role} "${pattern}" not found` };
  try {
    return flattenMetrics(await parseJsonFile(files[0]!.path, files[0]!.display));
  } catch (thrown) {
    if (thrown instanceof ReportError)
      return { message: `malformed ${role}: ${thrown.message}`, ...thrown.location };
    throw thrown;
  }
}

function pattern(glob: string): RegExp {
  return new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
}

function show(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(Math.abs(value) < 10 ? 3 : 1);
}

/** Each budgeted metric against its budget; a missing or over-budget metric adds a reason. */
function checkBudgets(
  settings: GateSettings,
  current: Map<string, number>,
  reasons: string[],
  evidence: Evidence[],
): Record<string, unknown>[] {
  const measured: Record<string, unknown>[] = [];
  for (const budget of settings.performanceBudgets) {
    const value = current.get(budget.metric);
    if (value === undefined) {
      reasons.push(`metric "${budget.metric}" is not in the results`);
      evidence.push({ message: reasons[reasons.length - 1]! });
      continue;
    }
    const ok = withinBudget(value, budget);
    measured.push({ metric: budget.metric, value, budget: `${budget.comparison} ${budget.limit}`, ok });
    if (!ok) {
      reasons.push(`${budget.metric} = ${show(value)}, budget ${budget.comparison} ${budget.limit}`);
      evidence.push({ message: reasons[reasons.length - 1]! });
    }
  }
  return measured;
}

/**
 * performance: per-metric budgets (`p95_ms <= 200`), and with a baseline a
 * regression limit in percent on the budgeted metrics (every common metric
 * when there are no budgets). Lower is better unless the budget says `>=`
 * or the metric is listed in `higher-is-better`.
 */
export async function performanceGate(settings: GateSettings, context: GateContext): Promise<GateOutcome> {
  const thresholds: string[] = [];
  if (settings.performanceBudgets.length > 0)
    thresholds.push(plural(settings.performanceBudgets.length, 'budget'));
  if (settings.regressionLimit !== undefined) thresholds.push(`regression ≤ ${settings.regressionLimit}%`);
  const threshold = thresholds.join(', ');
  const current = await readMetrics(settings.benchmarkResults!, context, 'benchmark results');
  if (!(current instanceof Map)) {
    return outcome(false, { value: 'no results', threshold, summary: current.message, evidence: [current] });
  }
  const evidence: Evidence[] = [];
  const reasons: string[] = [];
  const measured = checkBudgets(settings, current, reasons, evidence);
  const regressions: Record<string, unknown>[] = [];
  if (settings.performanceBaseline && settings.regressionLimit !== undefined) {
    const baseline = await readMetrics(settings.performanceBaseline, context, 'performance baseline');
    if (!(baseline instanceof Map)) {
      reasons.push(baseline.message);
      evidence.push(baseline);
    } else {
      const higher = settings.higherIsBetter.map(pattern);
      const budgetDirection = new Map(
        settings.performanceBudgets.map((b) => [b.metric, b.comparison.startsWith('>')]),
      );
      const names =
        settings.performanceBudgets.length > 0 ? [...budgetDirection.keys()] : [...current.keys()];
      for (const name of names) {
        const now = current.get(name);
        const before = baseline.get(name);
        if (now === undefined || before === undefined || before === 0) continue;
        const higherIsBetter = budgetDirection.get(name) ?? higher.some((re) => re.test(name));
        const change = ((now - before) / Math.abs(before)) * 100;
        const regression = higherIsBetter ? -change : change;
        regressions.push({
          metric: name,
          baseline: before,
          value: now,
          regressionPct: Number(regression.toFixed(2)),
        });
        if (regression > settings.regressionLimit + 1e-9) {
          reasons.push(
            `${name} regressed ${regression.toFixed(1)}% (${show(before)} → ${show(now)}), limit ${settings.regressionLimit}%`,
          );
          evidence.push({ message: reasons[reasons.length - 1]! });
        }
      }
    }
  }
  const passed = reasons.length === 0;
  const worst = regressions.reduce<number | undefined>(
    (max, r) => Math.max(max ?? -Infinity, r['regressionPct'] as number),
    undefined,
  );
  const value = [
    settings.performanceBudgets.length
      ? `${measured.filter((m) => m['ok']).length}/${settings.performanceBudgets.length} within budget`
      : '',
    worst !== undefined ? `worst regression ${worst.toFixed(1)}%` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return outcome(passed, {
    value: value || `${current.size} metrics`,
    threshold,
    summary: passed ? 'every metric within its budget and regression limit' : reasons.join('; '),
    evidence,
    data: { budgets: measured, regressions },
  });
}
