import { OPERATORS } from './compare.js';
import { compileRegex } from './regex.js';
import { jsonPathProblem } from './jsonpath.js';
import { LIMITS, plannedRequests } from './limits.js';
import { checkName } from './names.js';
import { parseStatusMatcher } from './status.js';
import type { AnalysisOptions, CheckDefinition, HttpCheck, PrometheusCheck } from './types.js';

/**
 * Checks definitions before anything is sent, so a bad regex or an absurd rate is
 * reported as such instead of surfacing as a failed (or, worse, passing) check.
 * Every problem names the field, the value and what is allowed.
 */

export class CheckDefinitionError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid check definition:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    this.name = 'CheckDefinitionError';
  }
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const METHOD = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function problem(field: string, value: unknown, expected: string): string {
  const shown = typeof value === 'string' ? `"${value}"` : String(value);
  return `${field}: got ${shown}, expected ${expected}`;
}

export function urlProblem(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'an absolute http or https URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'an absolute http or https URL';
  return undefined;
}

export function regexProblem(source: string): string | undefined {
  try {
    compileRegex(source);
    return undefined;
  } catch (thrown) {
    return `a valid regular expression (${(thrown as Error).message})`;
  }
}

function checkNumber(
  problems: string[],
  field: string,
  value: number | undefined,
  {
    min,
    max,
    integer = false,
    exclusiveMin = false,
  }: { min: number; max: number; integer?: boolean; exclusiveMin?: boolean },
): void {
  if (value === undefined) return;
  const tooLow = exclusiveMin ? value <= min : value < min;
  if (!Number.isFinite(value) || tooLow || value > max || (integer && !Number.isInteger(value))) {
    const kind = integer ? 'an integer' : 'a number';
    problems.push(
      problem(
        field,
        value,
        `${kind} ${exclusiveMin ? 'above' : 'from'} ${min} ${exclusiveMin ? 'up to' : 'to'} ${max}`,
      ),
    );
  }
}

function httpProblems(check: HttpCheck, prefix: string): string[] {
  const problems: string[] = [];
  const badUrl = typeof check.url === 'string' ? urlProblem(check.url) : 'an absolute http or https URL';
  if (badUrl) problems.push(problem(`${prefix}url`, check.url, badUrl));
  if (check.method !== undefined && !METHOD.test(check.method)) {
    problems.push(problem(`${prefix}method`, check.method, 'an HTTP method such as GET, HEAD or POST'));
  }
  for (const [name, value] of Object.entries(check.headers ?? {})) {
    if (!HEADER_NAME.test(name)) problems.push(problem(`${prefix}headers`, name, 'a valid header name'));
    if (/[\r\n\0]/.test(value)) problems.push(`${prefix}headers: the value of ${name} contains a line break`);
  }
  if (check.expectStatus !== undefined && !parseStatusMatcher(check.expectStatus)) {
    problems.push(
      problem(`${prefix}expectStatus`, check.expectStatus, 'statuses such as 200, 200,204, 200-299 or 2xx'),
    );
  }
  const badRegex = check.bodyRegex !== undefined ? regexProblem(check.bodyRegex) : undefined;
  if (badRegex) problems.push(problem(`${prefix}bodyRegex`, check.bodyRegex, badRegex));
  const badPath = check.jsonPath !== undefined ? jsonPathProblem(check.jsonPath) : undefined;
  if (badPath) problems.push(problem(`${prefix}jsonPath`, check.jsonPath, `a valid JSON path: ${badPath}`));
  if (check.jsonEquals !== undefined && check.jsonPath === undefined) {
    problems.push(`${prefix}jsonEquals: needs jsonPath, the value to compare it with`);
  }
  const ms = { min: 0, max: LIMITS.maxRequestTimeoutMs, exclusiveMin: true };
  checkNumber(problems, `${prefix}latencyBudgetMs`, check.latencyBudgetMs, ms);
  checkNumber(problems, `${prefix}timeoutMs`, check.timeoutMs, ms);
  return problems;
}

function prometheusProblems(check: PrometheusCheck, prefix: string): string[] {
  const problems: string[] = [];
  const badUrl = typeof check.url === 'string' ? urlProblem(check.url) : 'an absolute http or https URL';
  if (badUrl) problems.push(problem(`${prefix}url`, check.url, badUrl));
  if (typeof check.query !== 'string' || !check.query.trim())
    problems.push(problem(`${prefix}query`, check.query, 'a PromQL query'));
  if (!OPERATORS.includes(check.operator))
    problems.push(problem(`${prefix}operator`, check.operator, `one of ${OPERATORS.join(' ')}`));
  if (typeof check.threshold !== 'number' || !Number.isFinite(check.threshold)) {
    problems.push(problem(`${prefix}threshold`, check.threshold, 'a finite number'));
  }
  checkNumber(problems, `${prefix}timeoutMs`, check.timeoutMs, {
    min: 0,
    max: LIMITS.maxRequestTimeoutMs,
    exclusiveMin: true,
  });
  return problems;
}

/** Problems with one check definition, each prefixed with the check's name; empty when valid. */
export function validateCheck(check: CheckDefinition): string[] {
  const prefix = `${checkName(check)}: `;
  switch (check.kind) {
    case 'http':
      return httpProblems(check, prefix);
    case 'prometheus':
      return prometheusProblems(check, prefix);
    case 'tcp': {
      const problems: string[] = [];
      if (typeof check.host !== 'string' || !check.host.trim())
        problems.push(problem(`${prefix}host`, check.host, 'a host name or address'));
      checkNumber(problems, `${prefix}port`, check.port ?? Number.NaN, {
        min: 1,
        max: 65_535,
        integer: true,
      });
      checkNumber(problems, `${prefix}timeoutMs`, check.timeoutMs, {
        min: 0,
        max: LIMITS.maxRequestTimeoutMs,
        exclusiveMin: true,
      });
      return problems;
    }
    case 'command': {
      const problems: string[] = [];
      if (typeof check.command !== 'string' || !check.command.trim())
        problems.push(problem(`${prefix}command`, check.command, 'a shell command'));
      checkNumber(problems, `${prefix}timeoutMs`, check.timeoutMs, {
        min: 0,
        max: LIMITS.maxCommandTimeoutMs,
        exclusiveMin: true,
      });
      return problems;
    }
    default:
      return [
        `unknown check kind ${JSON.stringify((check as { kind?: unknown }).kind)} (expected http, tcp, command or prometheus)`,
      ];
  }
}

/** Problems with analysis options (target, load, thresholds, baseline, metrics); empty when valid. */
export function validateAnalysisOptions(options: AnalysisOptions): string[] {
  const problems: string[] = [];
  if (options.target?.kind !== 'http') problems.push('target: expected an HTTP check');
  else problems.push(...validateCheck(options.target));
  checkNumber(problems, 'durationMs', options.durationMs ?? Number.NaN, {
    min: 0,
    max: LIMITS.maxDurationMs,
    exclusiveMin: true,
  });
  checkNumber(problems, 'rate', options.rate ?? Number.NaN, {
    min: 0,
    max: LIMITS.maxRate,
    exclusiveMin: true,
  });
  checkNumber(problems, 'concurrency', options.concurrency, {
    min: 1,
    max: LIMITS.maxConcurrency,
    integer: true,
  });
  checkNumber(problems, 'maxErrorRate', options.maxErrorRate, { min: 0, max: 1 });
  checkNumber(problems, 'maxP95Ms', options.maxP95Ms, { min: 0, max: LIMITS.maxP95Ms, exclusiveMin: true });
  checkNumber(problems, 'maxConsecutiveFailures', options.maxConsecutiveFailures, {
    min: 0,
    max: LIMITS.maxRequests,
    integer: true,
  });
  checkNumber(problems, 'minSamples', options.minSamples, { min: 1, max: LIMITS.maxRequests, integer: true });
  checkNumber(problems, 'falseAlarmRate', options.falseAlarmRate, { min: 0, max: 0.5, exclusiveMin: true });
  if (options.mode !== undefined && options.mode !== 'sequential' && options.mode !== 'fixed')
    problems.push(`mode: got ${JSON.stringify(options.mode)}, expected sequential or fixed`);
  const loadIsValid = problems.every((text) => !/^(durationMs|rate):/.test(text));
  if (loadIsValid) {
    const planned = (options.durationMs * options.rate) / 1000;
    if (planned > LIMITS.maxRequests) {
      problems.push(
        `rate × duration: ${Math.round(planned)} requests planned, at most ${LIMITS.maxRequests} allowed`,
      );
    } else if (
      options.minSamples !== undefined &&
      options.minSamples > plannedRequests(options.durationMs, options.rate)
    ) {
      problems.push(
        `minSamples: ${options.minSamples} can never be reached: ${options.rate}/s for ${options.durationMs} ms sends ${plannedRequests(options.durationMs, options.rate)} requests`,
      );
    }
  }
  const baseline = options.baseline;
  if (baseline) {
    if (baseline.url === undefined && baseline.figures === undefined)
      problems.push('baseline: expected a url or figures');
    const badUrl = baseline.url !== undefined ? urlProblem(baseline.url) : undefined;
    if (badUrl) problems.push(problem('baseline.url', baseline.url, badUrl));
    if (baseline.figures) {
      checkNumber(problems, 'baseline.figures.errorRate', baseline.figures.errorRate ?? Number.NaN, {
        min: 0,
        max: 1,
      });
      checkNumber(problems, 'baseline.figures.p95Ms', baseline.figures.p95Ms ?? Number.NaN, {
        min: 0,
        max: LIMITS.maxP95Ms,
      });
    }
    checkNumber(problems, 'baseline.maxDegradationPct', baseline.maxDegradationPct, {
      min: 0,
      max: LIMITS.maxDegradationPct,
    });
  }
  for (const metric of options.metrics ?? []) problems.push(...validateCheck(metric));
  return problems;
}

export function assertValidChecks(checks: CheckDefinition[]): void {
  const problems = checks.flatMap((check) => validateCheck(check));
  if (problems.length > 0) throw new CheckDefinitionError(problems);
}

export function assertValidAnalysis(options: AnalysisOptions): void {
  const problems = validateAnalysisOptions(options);
  if (problems.length > 0) throw new CheckDefinitionError(problems);
}
