import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';

/**
 * `${{ }}` with GitHub's own expression engine: contexts as JSON, the status
 * functions bound to the job or step being evaluated, and templates (text
 * with several expressions) coerced to strings the way the runner does.
 */

export interface StatusFunctions {
  success(): boolean;
  failure(): boolean;
  cancelled(): boolean;
}

export type Contexts = Record<string, unknown>;

const STATUS_NAMES = ['success', 'failure', 'cancelled', 'always'] as const;
const NEVER: StatusFunctions = { success: () => true, failure: () => false, cancelled: () => false };

function toData(value: unknown): data.ExpressionData {
  if (value === undefined) return new data.Null();
  return JSON.parse(JSON.stringify(value), data.reviver) as data.ExpressionData;
}

export function fromData(value: data.ExpressionData): unknown {
  return JSON.parse(JSON.stringify(value, data.replacer) ?? 'null');
}

function functions(status: StatusFunctions): Map<string, FunctionDefinition> {
  const bool = (name: string, call: () => boolean): [string, FunctionDefinition] => [
    name,
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(call()) },
  ];
  return new Map([
    bool('success', () => status.success()),
    bool('failure', () => status.failure()),
    bool('cancelled', () => status.cancelled()),
    bool('always', () => true),
    [
      'hashfiles',
      {
        name: 'hashFiles',
        minArgs: 1,
        maxArgs: 255,
        call: () => {
          throw new Error('hashFiles() is not supported by the local runner');
        },
      },
    ],
  ]);
}

export function evaluate(expression: string, contexts: Contexts, status: StatusFunctions = NEVER): unknown {
  const names = Object.keys(contexts);
  const lexed = new Lexer(expression).lex();
  const infos = [
    ...STATUS_NAMES.map((name) => ({ name, minArgs: 0, maxArgs: 0 })),
    { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
  ];
  const parsed = new Parser(lexed.tokens, names, infos).parse();
  const scope = new data.Dictionary(...names.map((key) => ({ key, value: toData(contexts[key]) })));
  const result = new Evaluator(parsed, scope, functions(status)).evaluate();
  return fromData(result);
}

/** The truthiness GitHub applies to an `if:` result. */
export function isTruthy(value: unknown): boolean {
  return truthy(toData(value));
}

/** Splits text into literal parts and `${{ }}` expressions, respecting quotes inside expressions. */
export function splitTemplate(text: string): ({ literal: string } | { expression: string })[] {
  const parts: ({ literal: string } | { expression: string })[] = [];
  let index = 0;
  while (index < text.length) {
    const start = text.indexOf('${{', index);
    if (start < 0) break;
    let cursor = start + 3;
    let quoted = false;
    while (cursor < text.length) {
      const char = text[cursor];
      if (char === "'") quoted = !quoted;
      else if (!quoted && text.startsWith('}}', cursor)) break;
      cursor += 1;
    }
    if (cursor >= text.length) throw new Error(`unterminated expression in: ${text}`);
    if (start > index) parts.push({ literal: text.slice(index, start) });
    parts.push({ expression: text.slice(start + 3, cursor).trim() });
    index = cursor + 2;
  }
  if (index < text.length) parts.push({ literal: text.slice(index) });
  return parts;
}

/** The runner's string form of an expression result. */
export function asString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'Array' : 'Object';
}

/**
 * Evaluates a value from the workflow: strings are templates (a lone
 * expression keeps its type), mappings and lists are walked, the rest kept.
 */
export function interpolate(value: unknown, contexts: Contexts, status?: StatusFunctions): unknown {
  if (typeof value === 'string') {
    if (!value.includes('${{')) return value;
    const parts = splitTemplate(value);
    if (parts.length === 1 && 'expression' in parts[0]!)
      return evaluate(parts[0].expression, contexts, status);
    return parts
      .map((part) =>
        'literal' in part ? part.literal : asString(evaluate(part.expression, contexts, status)),
      )
      .join('');
  }
  if (Array.isArray(value)) return value.map((item) => interpolate(item, contexts, status));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, interpolate(item, contexts, status)]),
    );
  }
  return value;
}

export function interpolateString(value: unknown, contexts: Contexts, status?: StatusFunctions): string {
  return asString(interpolate(value, contexts, status));
}

/**
 * An `if:` condition: with or without `${{ }}`, and wrapped in `success() && (…)`
 * unless it calls a status function itself, as GitHub does.
 */
export function condition(raw: unknown, contexts: Contexts, status: StatusFunctions): boolean {
  if (raw === undefined || raw === null || raw === '') return status.success();
  if (typeof raw === 'boolean') return raw && status.success();
  let text = String(raw).trim();
  const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(text);
  if (whole && splitTemplate(text).length === 1) text = whole[1]!.trim();
  else if (text.includes('${{')) return isTruthy(interpolateString(text, contexts, status));
  const usesStatus = /\b(success|failure|cancelled|always)\s*\(/i.test(text);
  const expression = usesStatus ? text : `success() && (${text})`;
  return isTruthy(evaluate(expression, contexts, status));
}
