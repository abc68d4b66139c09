import { JSONPath } from 'jsonpath-plus';

/**
 * JSON paths through jsonpath-plus, which evaluates almost anything it is given
 * ("$.[" returns the whole document). A typo in a version check must be an input
 * error, not a check that compares the wrong value, so paths are validated here
 * first: `$`, then `.name`, `.*`, `..name`, `[...]` segments, filter expressions
 * parsed by jsonpath-plus's own safe evaluator.
 */

const NAME = /^[A-Za-z_$][\w$-]*/;

/** The filter expression as jsonpath-plus rewrites it before parsing (`@.x` → `_$_v.x`). */
function scriptOf(expression: string): string {
  return expression
    .replace(/@(parentProperty|parent|property|root|path)/g, '_$_$1')
    .replace(/@(?=[.\s)[]|$)/g, '_$_v');
}

type SafeScriptClass = new (code: string) => unknown;

function checkScript(expression: string): string | undefined {
  const Script = (JSONPath.prototype as unknown as { safeVm: { Script: SafeScriptClass } }).safeVm.Script;
  try {
    new Script(scriptOf(expression));
    return undefined;
  } catch (thrown) {
    return `filter "${expression}" is not a valid expression (${(thrown as Error).message})`;
  }
}

/** Reads up to the `]` that closes a bracket opened at `start`, minding quotes and parentheses. */
function closingBracket(path: string, start: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = start; i < path.length; i += 1) {
    const char = path[i]!;
    if (quote) {
      if (char === '\\') i += 1;
      else if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') {
      depth -= 1;
      if (depth === 0) return char === ']' ? i : -1;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

const QUOTED = String.raw`(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")`;
const INDEX = String.raw`-?\d+`;
const SLICE = String.raw`(?:-?\d+)?:(?:-?\d+)?(?::-?\d+)?`;
const MEMBER_LIST = new RegExp(
  String.raw`^\s*(?:${QUOTED}|${INDEX}|${SLICE}|\*)\s*(?:,\s*(?:${QUOTED}|${INDEX})\s*)*$`,
);

function checkBracket(inside: string): string | undefined {
  const trimmed = inside.trim();
  const filter = /^\?\s*\(([\s\S]*)\)$/.exec(trimmed);
  if (filter) return checkScript(filter[1]!);
  const script = /^\(([\s\S]*)\)$/.exec(trimmed);
  if (script) return checkScript(script[1]!);
  if (MEMBER_LIST.test(inside)) return undefined;
  return `"[${inside}]" is not an index, a quoted name, a slice, * or a filter ?(…)`;
}

/** Returns a description of what is wrong with the path, or undefined when it is valid. */
export function jsonPathProblem(path: string): string | undefined {
  if (!path.startsWith('$')) return 'a JSON path starts with $ (for example $.version)';
  let i = 1;
  while (i < path.length) {
    const rest = path.slice(i);
    if (rest.startsWith('..')) {
      i += 2;
      if (path[i] === '[') continue;
      const name = path[i] === '*' ? '*' : NAME.exec(path.slice(i))?.[0];
      if (!name) return `expected a name, * or [ after ".." at character ${i + 1}`;
      i += name.length;
    } else if (rest.startsWith('.')) {
      i += 1;
      const name = path[i] === '*' ? '*' : NAME.exec(path.slice(i))?.[0];
      if (!name) return `expected a name or * after "." at character ${i + 1}`;
      i += name.length;
    } else if (rest.startsWith('[')) {
      const end = closingBracket(path, i);
      if (end < 0) return `the "[" at character ${i + 1} is not closed`;
      const problem = checkBracket(path.slice(i + 1, end));
      if (problem) return problem;
      i = end + 1;
    } else {
      return `unexpected "${path[i]}" at character ${i + 1}`;
    }
  }
  return undefined;
}

export interface JsonMatch {
  /** The path of this match, e.g. $['services'][1]['status']. */
  path: string;
  value: unknown;
}

export function evaluateJsonPath(path: string, json: unknown): JsonMatch[] {
  const results = JSONPath({
    path,
    json: json as object,
    resultType: 'all',
    wrap: true,
    eval: 'safe',
    ignoreEvalErrors: true,
  }) as { path: string; value: unknown }[];
  return results.map((result) => ({ path: result.path, value: result.value }));
}

/** How a JSON value reads in a failure reason: strings bare (1.2.3), the rest as JSON. */
export function showJsonValue(value: unknown): string {
  if (typeof value === 'string') return value;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** `json-equals` is text, but 1, true and {"a":1} should match the JSON values they spell. */
export function jsonValueEquals(value: unknown, expected: string): boolean {
  if (typeof value === 'string') return value === expected;
  if (value === null || typeof value !== 'object') return String(value) === expected.trim();
  try {
    return canonicalJson(value) === canonicalJson(JSON.parse(expected));
  } catch {
    return false;
  }
}

/** JSON with object keys sorted, so {"a":1,"b":2} equals {"b":2,"a":1}. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
