import type { ComparisonOperator } from './types.js';

export const OPERATORS: readonly ComparisonOperator[] = ['<=', '>=', '==', '!=', '<', '>'];

export function compare(value: number, operator: ComparisonOperator, threshold: number): boolean {
  switch (operator) {
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '==':
      return value === threshold;
    case '!=':
      return value !== threshold;
  }
}

/** Parses a threshold such as "< 0.01" or ">=99.5" into an operator and a number. */
export function parseThreshold(
  text: string,
): { operator: ComparisonOperator; threshold: number } | undefined {
  const match = /^\s*(<=|>=|==|!=|<|>)\s*(-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)\s*$/i.exec(text);
  if (!match) return undefined;
  return { operator: match[1] as ComparisonOperator, threshold: Number(match[2]) };
}
