import {
  camelCase,
  field,
  InputError,
  inputProblem,
  Invalid,
  splitList,
  type Inputs,
} from '../../kit/src/index.js';
import {
  jsonPathProblem,
  LIMITS,
  plannedRequests,
  parseStatusMatcher,
  parseThreshold,
  regexProblem,
  type BaselineFigures,
} from '../../checks/src/index.js';

/** Parses `Name: value` lines (or, from the config file, a JSON object of names to values). */
export function parseHeaders(raw: string): Record<string, string> {
  if (raw.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new Invalid();
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Invalid();
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).map(([name, value]) => [name, String(value)]),
    );
  }
  const headers: Record<string, string> = {};
  for (const line of raw.split(/\r?\n/).map((text) => text.trim())) {
    if (!line || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    if (colon <= 0 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw new Invalid();
    headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
}

export interface TcpTarget {
  host: string;
  port: number;
}

/** `host:port`, `[v6]:port`, separated by new lines or commas. */
export function parseTcpTargets(raw: string): TcpTarget[] {
  return splitList(raw).map((item) => {
    const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([^\s:[\]]+)):(\d{1,5})$/.exec(item);
    const port = Number(match?.[3]);
    if (!match || port < 1 || port > 65_535) throw new Invalid();
    return { host: (match[1] ?? match[2])!, port };
  });
}

/** `1%` or `0.01`: how often a sequential analysis may judge a healthy service bad. */
export function falseAlarmRate(raw: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(raw);
  const value = match ? Number(match[1]) / (match[2] ? 100 : 1) : Number.NaN;
  if (!(value > 0 && value <= 0.5)) throw new Invalid();
  return value;
}

/** `{"errorRate":…,"p95Ms":…}`, or an earlier smoke-test `report` (its analysis figures). */
export function parseBaseline(raw: string): BaselineFigures {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    throw new Invalid();
  }
  const analysis = (parsed?.['analysis'] ?? undefined) as
    { errorRate?: unknown; latencyMs?: { p95?: unknown } } | undefined;
  const errorRate = analysis ? analysis.errorRate : parsed?.['errorRate'];
  const p95Ms = analysis ? analysis.latencyMs?.p95 : parsed?.['p95Ms'];
  if (typeof errorRate !== 'number' || errorRate < 0 || errorRate > 1) throw new Invalid();
  if (typeof p95Ms !== 'number' || p95Ms < 0 || !Number.isFinite(p95Ms)) throw new Invalid();
  return { errorRate, p95Ms };
}

const ms = (max: number) => ({ min: 1, max });

export const spec = {
  url: field.url(),
  method: field.pattern(/^[A-Za-z]+$/, 'an HTTP method such as GET, HEAD or POST').default('GET'),
  headers: field.custom('headers, one "Name: value" per line', parseHeaders).secret(),
  'secret-headers': field.list('header names, one per line or separated by commas').default([]),
  body: field.text(),
  'expect-status': field
    .custom('statuses such as 200, 200,204, 200-299 or 2xx', (raw) => {
      if (!parseStatusMatcher(raw)) throw new Invalid();
      return raw;
    })
    .default('2xx'),
  'body-contains': field.text(),
  'body-regex': field.custom('a valid regular expression', (raw) => {
    const problem = regexProblem(raw);
    if (problem) throw new Invalid(problem);
    return raw;
  }),
  'json-path': field.custom('a JSON path such as $.version', (raw) => {
    const problem = jsonPathProblem(raw);
    if (problem) throw new Invalid(`a JSON path such as $.version: ${problem}`);
    return raw;
  }),
  'json-equals': field.text(),
  'latency-budget': field.duration(ms(LIMITS.maxRequestTimeoutMs)),
  'request-timeout': field.duration(ms(LIMITS.maxRequestTimeoutMs)).default(10_000),
  tcp: field.custom(
    'host:port pairs (port 1 to 65535), one per line or separated by commas',
    parseTcpTargets,
  ),
  command: field.text('a shell command'),
  'command-timeout': field.duration(ms(LIMITS.maxCommandTimeoutMs)).default(10 * 60_000),
  timeout: field.duration({ min: 0, max: LIMITS.maxWaitMs }).default(5 * 60_000),
  interval: field.duration({ min: 100, max: 5 * 60_000 }).default(1_000),
  concurrency: field.integer({ min: 1, max: 64 }).default(8),
  duration: field.duration({ min: 0, max: LIMITS.maxDurationMs }).default(0),
  rate: field.number({ min: 0.1, max: LIMITS.maxRate }).default(10),
  'max-error-rate': field.number({ min: 0, max: 1 }).default(0.05),
  'max-p95-ms': field.number({ min: 1, max: LIMITS.maxP95Ms }).default(2_000),
  'min-samples': field.integer({ min: 1, max: LIMITS.maxRequests }),
  'max-consecutive-failures': field.integer({ min: 0, max: LIMITS.maxRequests }).default(5),
  'analysis-mode': field.choice(['sequential', 'fixed'] as const).default('sequential'),
  'false-alarm-rate': field
    .custom('a share above 0 and at most 50%, such as 1% or 0.01', falseAlarmRate)
    .default(0.01),
  'baseline-url': field.url(),
  baseline: field.custom(
    'JSON such as {"errorRate": 0.01, "p95Ms": 250}, or an earlier smoke-test report',
    parseBaseline,
  ),
  'max-degradation': field
    .custom(`a percentage from 0 to ${LIMITS.maxDegradationPct}, such as 20 or 20%`, (raw) => {
      const match = /^(\d+(?:\.\d+)?)\s*%?$/.exec(raw);
      const value = Number(match?.[1]);
      if (!match || value > LIMITS.maxDegradationPct) throw new Invalid();
      return value;
    })
    .default(20),
  'prometheus-url': field.url(),
  'prometheus-query': field.text('a PromQL query'),
  'prometheus-threshold': field.custom(
    'a comparison such as "< 0.01" (<, <=, >, >=, ==, != and a number)',
    (raw) => {
      const parsed = parseThreshold(raw);
      if (!parsed) throw new Invalid();
      return parsed;
    },
  ),
  'prometheus-token': field.text('a token').secret(),
};

export type SmokeInputs = Inputs<typeof spec>;

/** What one input says about another: rules no single field can check on its own. */
export function crossCheck(inputs: SmokeInputs, raw: (name: string) => string): void {
  const problems: string[] = [];
  const values = inputs as unknown as Record<string, unknown>;
  // A value may come from the config file, where there is no raw input to quote.
  const shown = (name: string): string => {
    const value = values[camelCase(name)];
    if (raw(name) || value === undefined) return raw(name);
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  const given = (name: string): boolean => values[camelCase(name)] !== undefined;
  const say = (name: string, expected: string) => problems.push(inputProblem(name, shown(name), expected));
  const httpOnly = [
    'body-contains',
    'body-regex',
    'json-path',
    'json-equals',
    'latency-budget',
    'body',
  ] as const;
  const prometheus = [inputs.prometheusUrl, inputs.prometheusQuery, inputs.prometheusThreshold];
  const hasPrometheus = prometheus.every((value) => value !== undefined);

  if (!inputs.url && !inputs.tcp && !inputs.command && !hasPrometheus) {
    say(
      'url',
      'a URL to check (or tcp, command, or prometheus-url with prometheus-query and prometheus-threshold): there is nothing to check',
    );
  }
  if (!inputs.url) {
    for (const name of httpOnly) if (given(name)) say(name, 'it only together with url');
    if (inputs.duration > 0) say('duration', 'an analysis only together with url (the URL to load)');
  }
  if (inputs.jsonEquals !== undefined && inputs.jsonPath === undefined)
    say('json-equals', 'it only together with json-path (e.g. $.version)');
  if (prometheus.some((value) => value !== undefined) && !hasPrometheus) {
    for (const [name, value] of [
      ['prometheus-url', inputs.prometheusUrl],
      ['prometheus-query', inputs.prometheusQuery],
      ['prometheus-threshold', inputs.prometheusThreshold],
    ] as const) {
      if (value === undefined)
        say(name, 'a value: prometheus-url, prometheus-query and prometheus-threshold go together');
    }
  }
  const analysis = inputs.duration > 0;
  if (!analysis) {
    for (const name of ['baseline-url', 'baseline'] as const)
      if (given(name)) say(name, 'it only together with duration (analysis mode)');
  }
  if (inputs.baselineUrl && inputs.baseline) say('baseline', 'either baseline-url or baseline, not both');
  if (analysis) {
    const planned = (inputs.duration * inputs.rate) / 1000;
    if (planned > LIMITS.maxRequests) {
      say(
        'rate',
        `a rate × duration of at most ${LIMITS.maxRequests} requests (this asks for ${Math.round(planned)})`,
      );
    } else if (
      inputs.minSamples !== undefined &&
      inputs.minSamples > plannedRequests(inputs.duration, inputs.rate)
    ) {
      say(
        'min-samples',
        `at most the ${plannedRequests(inputs.duration, inputs.rate)} requests that rate × duration sends`,
      );
    }
  }
  if (problems.length > 0) throw new InputError(problems);
}
