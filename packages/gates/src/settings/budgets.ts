import { Invalid } from '../../../kit/src/index.js';
import { structuredItems } from './structured.js';

export type Comparison = '<=' | '<' | '>=' | '>';

export interface Budget {
  metric: string;
  comparison: Comparison;
  limit: number;
}

export const BUDGET_SYNTAX = 'lines of "<metric> <= <number>" (or <, >=, >)';
const LINE = /^(.+?)\s*(<=|>=|<|>|:)\s*(-?\d+(?:\.\d+)?)\s*([a-zA-Z%/]*)$/;

function fromSpec(metric: string, spec: unknown): Budget {
  if (typeof spec === 'number') return { metric, comparison: '<=', limit: spec };
  if (typeof spec === 'string') {
    const match = /^\s*(<=|>=|<|>)?\s*(-?\d+(?:\.\d+)?)\s*[a-zA-Z%/]*\s*$/.exec(spec);
    if (match)
      return { metric, comparison: (match[1] as Comparison | undefined) ?? '<=', limit: Number(match[2]) };
  }
  if (spec && typeof spec === 'object') {
    const { max, min } = spec as { max?: unknown; min?: unknown };
    if (typeof max === 'number') return { metric, comparison: '<=', limit: max };
    if (typeof min === 'number') return { metric, comparison: '>=', limit: min };
  }
  throw new Invalid(
    `${BUDGET_SYNTAX}: the budget of "${metric}" should be a number, "<= 200", "{ max: 200 }" or "{ min: 1000 }"`,
  );
}

/** `http.p95_ms <= 200` per line, or `{ "http.p95_ms": "<= 200", "rps": { "min": 1000 } }` from the config file. */
export function parseBudgets(raw: string): Budget[] {
  const { items, map } = structuredItems(raw);
  if (map && typeof map['metric'] === 'string') return [fromSpec(map['metric'], map)];
  if (map) return Object.entries(map).map(([metric, spec]) => fromSpec(metric, spec));
  return items.map((item) => {
    if (typeof item !== 'string') {
      const metric = String(item['metric'] ?? '');
      if (!metric) throw new Invalid(`${BUDGET_SYNTAX}: an entry has no metric`);
      return fromSpec(metric, item);
    }
    const match = LINE.exec(item);
    if (!match) throw new Invalid(`${BUDGET_SYNTAX}, got "${item}"`);
    const comparison = match[2] === ':' ? '<=' : (match[2] as Comparison);
    return { metric: match[1]!.trim(), comparison, limit: Number(match[3]) };
  });
}

export function withinBudget(value: number, budget: Budget): boolean {
  switch (budget.comparison) {
    case '<=':
      return value <= budget.limit;
    case '<':
      return value < budget.limit;
    case '>=':
      return value >= budget.limit;
    case '>':
      return value > budget.limit;
  }
}
