import { compare } from './compare.js';
import { shorten } from './names.js';
import type { ProbeVerdict } from './tcp-check.js';
import { sendRequest } from './transport.js';
import type { PrometheusCheck } from './types.js';

export const DEFAULT_PROMETHEUS_TIMEOUT_MS = 10_000;

interface QueryResponse {
  status?: string;
  error?: string;
  errorType?: string;
  data?: { resultType?: string; result?: unknown };
}

interface Series {
  labels: string;
  value: number;
}

function labelsOf(metric: unknown): string {
  const entries = Object.entries((metric ?? {}) as Record<string, string>);
  return entries.length ? `{${entries.map(([key, value]) => `${key}="${value}"`).join(',')}}` : '';
}

/** The instant values of a query result: one for a scalar, one per series for a vector. */
function seriesOf(data: QueryResponse['data']): Series[] | string {
  const result = data?.result;
  switch (data?.resultType) {
    case 'scalar':
      return [{ labels: '', value: Number((result as [number, string])[1]) }];
    case 'vector':
      return (result as { metric: unknown; value: [number, string] }[]).map((item) => ({
        labels: labelsOf(item.metric),
        value: Number(item.value[1]),
      }));
    default:
      return `the query returned a ${data?.resultType ?? 'missing'} result (expected an instant vector or a scalar)`;
  }
}

export function queryUrl(check: PrometheusCheck): URL {
  const url = new URL(check.url);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/api/v1/query`;
  url.searchParams.set('query', check.query);
  return url;
}

/**
 * Runs the PromQL query as an instant query and compares every returned series with
 * the threshold. An empty result fails: no data is not evidence of health.
 */
export async function probePrometheus(
  check: PrometheusCheck,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<ProbeVerdict> {
  const timeoutMs = options.timeoutMs ?? check.timeoutMs ?? DEFAULT_PROMETHEUS_TIMEOUT_MS;
  const outcome = await sendRequest({
    url: queryUrl(check),
    method: 'GET',
    headers: { accept: 'application/json', ...check.headers },
    timeoutMs,
    keepBody: true,
    agent: false,
    signal: options.signal,
  });
  const latencyMs = outcome.latencyMs;
  if (!outcome.responded) {
    return { passed: false, reason: `Prometheus: ${outcome.reason}`, latencyMs, aborted: outcome.aborted };
  }
  let parsed: QueryResponse;
  try {
    parsed = JSON.parse(outcome.body?.toString('utf8') ?? '') as QueryResponse;
  } catch {
    return { passed: false, reason: `Prometheus answered status ${outcome.status} without JSON`, latencyMs };
  }
  if (parsed.status !== 'success') {
    const why = parsed.error ? `${parsed.errorType ?? 'error'}: ${parsed.error}` : `status ${outcome.status}`;
    return { passed: false, reason: `Prometheus rejected the query (${shorten(why, 200)})`, latencyMs };
  }
  const series = seriesOf(parsed.data);
  if (typeof series === 'string') return { passed: false, reason: series, latencyMs };
  if (series.length === 0) return { passed: false, reason: 'the query returned no data', latencyMs };
  const expected = `expected ${check.operator} ${check.threshold}`;
  const nan = series.find((item) => Number.isNaN(item.value));
  if (nan)
    return {
      passed: false,
      reason: `the query returned NaN${nan.labels ? ` for ${nan.labels}` : ''} (${expected})`,
      latencyMs,
    };
  const wrong = series.find((item) => !compare(item.value, check.operator, check.threshold));
  if (wrong) {
    const which = series.length > 1 && wrong.labels ? ` for ${wrong.labels}` : '';
    return {
      passed: false,
      reason: `the query returned ${wrong.value}${which} (${expected})`,
      latencyMs,
      value: wrong.value,
    };
  }
  return { passed: true, latencyMs, value: series[0]!.value };
}

/**
 * The value of an instant query, summed over its series (0 for an empty result: a
 * counter no request has touched yet does not exist). Throws with Prometheus' own
 * words when it cannot answer.
 */
export async function queryTotal(
  base: Pick<PrometheusCheck, 'url' | 'headers' | 'timeoutMs'>,
  query: string,
  signal?: AbortSignal,
): Promise<number> {
  const check: PrometheusCheck = { kind: 'prometheus', ...base, query, operator: '>=', threshold: 0 };
  const outcome = await sendRequest({
    url: queryUrl(check),
    method: 'GET',
    headers: { accept: 'application/json', ...check.headers },
    timeoutMs: check.timeoutMs ?? DEFAULT_PROMETHEUS_TIMEOUT_MS,
    keepBody: true,
    agent: false,
    signal,
  });
  if (!outcome.responded) throw new Error(`Prometheus: ${outcome.reason}`);
  let parsed: QueryResponse;
  try {
    parsed = JSON.parse(outcome.body?.toString('utf8') ?? '') as QueryResponse;
  } catch {
    throw new Error(`Prometheus answered status ${outcome.status} without JSON`);
  }
  if (parsed.status !== 'success') {
    const why = parsed.error ? `${parsed.errorType ?? 'error'}: ${parsed.error}` : `status ${outcome.status}`;
    throw new Error(`Prometheus rejected the query ${shorten(query, 120)} (${shorten(why, 200)})`);
  }
  const series = seriesOf(parsed.data);
  if (typeof series === 'string') throw new Error(series);
  return series.reduce((sum, item) => sum + (Number.isNaN(item.value) ? 0 : item.value), 0);
}
