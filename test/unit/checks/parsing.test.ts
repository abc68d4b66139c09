import { describe, expect, it } from '@jest/globals';
import {
  checkName,
  isSecretHeader,
  jsonPathProblem,
  parseStatusMatcher,
  parseThreshold,
  percentiles,
  secretHeaderValues,
  secretUrlParts,
  statusMatches,
} from '../../../packages/checks/src/index.js';
import { backoffDelay } from '../../../packages/checks/src/backoff.js';
import { evaluateJsonPath, jsonValueEquals } from '../../../packages/checks/src/jsonpath.js';
import { degradation } from '../../../packages/checks/src/analysis.js';

describe('status matchers', () => {
  it.each([
    ['200', 200, true],
    ['200', 204, false],
    ['200,204', 204, true],
    ['200-299', 299, true],
    ['200-299', 300, false],
    ['2xx', 250, true],
    ['2xx,304', 304, true],
    ['5XX', 503, true],
  ])('%s matches %d: %s', (matcher, status, expected) => {
    expect(statusMatches(status, parseStatusMatcher(matcher)!)).toBe(expected);
  });

  it.each(['', 'ok', '20', '299-200', '6xx', '200,', '2000', '099'])('rejects %j', (matcher) => {
    expect(parseStatusMatcher(matcher)).toBeUndefined();
  });
});

describe('percentiles', () => {
  it('uses the nearest rank, exactly', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose
    expect(percentiles(samples)).toEqual({ p50: 50, p95: 95, p99: 99, max: 100 });
  });

  it('gives the single sample for every percentile, and zeros without samples', () => {
    expect(percentiles([7.126])).toEqual({ p50: 7.13, p95: 7.13, p99: 7.13, max: 7.13 });
    expect(percentiles([])).toEqual({ p50: 0, p95: 0, p99: 0, max: 0 });
  });

  it('on 20 samples, p95 is the 19th smallest', () => {
    const samples = Array.from({ length: 20 }, (_, i) => (i + 1) * 10);
    expect(percentiles(samples).p95).toBe(190);
    expect(percentiles(samples).p50).toBe(100);
  });
});

describe('JSON paths', () => {
  it.each([
    '$.version',
    '$',
    "$['version']",
    '$.services[*].status',
    '$..status',
    '$.items[0]',
    '$.items[-1:]',
    '$.items[?(@.ok == true)]',
    '$.a-b',
  ])('accepts %s', (path) => expect(jsonPathProblem(path)).toBeUndefined());

  it.each([
    ['version', /starts with \$/],
    ['$.[', /expected a name/],
    ['$.items[0', /not closed/],
    ['$.items[?(@.status==)]', /not a valid expression/],
    ['$.a b', /unexpected " "/],
    ['$.items[abc]', /not an index/],
  ])('rejects %s', (path, message) => {
    expect(jsonPathProblem(path)).toMatch(message);
  });

  it('evaluates every match and compares values as their text', () => {
    const json = { version: '1.2.3', build: 42, ok: true, services: [{ status: 'up' }, { status: 'down' }] };
    expect(evaluateJsonPath('$.services[*].status', json).map((m) => m.value)).toEqual(['up', 'down']);
    expect(jsonValueEquals(42, '42')).toBe(true);
    expect(jsonValueEquals(true, 'true')).toBe(true);
    expect(jsonValueEquals('1.2.3', '1.2.3')).toBe(true);
    expect(jsonValueEquals({ b: 2, a: 1 }, '{"a":1,"b":2}')).toBe(true);
    expect(jsonValueEquals('42', '42 ')).toBe(false);
  });
});

describe('secrets', () => {
  it('treats credentials and token-like headers as secret', () => {
    for (const name of [
      'Authorization',
      'cookie',
      'X-Api-Key',
      'X-Auth-Token',
      'Private-Token',
      'X-Session',
    ]) {
      expect(isSecretHeader(name)).toBe(true);
    }
    expect(isSecretHeader('Accept')).toBe(false);
    expect(isSecretHeader('X-Tenant', ['x-tenant'])).toBe(true);
  });

  it('masks a bearer credential on its own as well as the whole value', () => {
    const values = secretHeaderValues({
      headers: { Authorization: 'Bearer s3cr3t-token', Accept: 'application/json', 'X-Tenant': 'acme-prod' },
      secretHeaders: ['X-Tenant'],
    });
    expect(values).toEqual(['Bearer s3cr3t-token', 's3cr3t-token', 'acme-prod']);
  });

  it('finds passwords and token query values in URLs, and keeps them out of names', () => {
    const url = 'https://user:hunter22@example.com/health?token=abcd1234&verbose=1';
    expect(secretUrlParts(url)).toEqual(['hunter22', 'abcd1234']);
    expect(checkName({ kind: 'http', url })).toBe('GET https://example.com/health');
  });
});

describe('thresholds, backoff and degradation', () => {
  it('parses comparisons', () => {
    expect(parseThreshold('< 0.01')).toEqual({ operator: '<', threshold: 0.01 });
    expect(parseThreshold('>=99.5')).toEqual({ operator: '>=', threshold: 99.5 });
    expect(parseThreshold('!= -1')).toEqual({ operator: '!=', threshold: -1 });
    expect(parseThreshold('about 3')).toBeUndefined();
    expect(parseThreshold('< ')).toBeUndefined();
  });

  it('grows the pause up to the ceiling, never beyond, with jitter in the upper half', () => {
    const options = { initialMs: 250, maxMs: 1000 };
    expect(backoffDelay(1, { ...options, random: () => 0 })).toBe(125);
    expect(backoffDelay(1, { ...options, random: () => 1 })).toBe(250);
    expect(backoffDelay(2, { ...options, random: () => 1 })).toBe(500);
    expect(backoffDelay(10, { ...options, random: () => 1 })).toBe(1000);
    expect(backoffDelay(10, { ...options, random: () => 0 })).toBe(500);
  });

  it('measures degradation against the baseline with floors', () => {
    expect(degradation({ errorRate: 0, p95Ms: 120 }, { errorRate: 0, p95Ms: 100 })).toEqual({
      latencyPct: 20,
      errorRatePct: 0,
      pct: 20,
    });
    // A 2 ms baseline counts as 10 ms: 4 ms more is 40 %, not 200 %.
    expect(degradation({ errorRate: 0, p95Ms: 6 }, { errorRate: 0, p95Ms: 2 }).latencyPct).toBe(40);
    expect(degradation({ errorRate: 0.02, p95Ms: 100 }, { errorRate: 0, p95Ms: 100 }).errorRatePct).toBe(200);
    expect(degradation({ errorRate: 0, p95Ms: 50 }, { errorRate: 0.1, p95Ms: 100 }).pct).toBe(0);
  });
});
