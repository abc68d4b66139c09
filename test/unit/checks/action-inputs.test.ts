import { describe, expect, it } from '@jest/globals';
import { parseBaseline, parseHeaders, parseTcpTargets } from '../../../packages/smoke-test/src/index.js';

/** The smoke-test action's own input formats (the engine's are tested with it). */

describe('smoke-test input formats', () => {
  it('reads headers as "Name: value" lines, or as a JSON map from the config file', () => {
    expect(parseHeaders('Authorization: Bearer a:b:c\n# a comment\n\nAccept:application/json')).toEqual({
      Authorization: 'Bearer a:b:c',
      Accept: 'application/json',
    });
    expect(parseHeaders('{"Accept":"text/plain","X-Retries":3}')).toEqual({
      Accept: 'text/plain',
      'X-Retries': '3',
    });
    expect(() => parseHeaders('Authorization Bearer abc')).toThrow();
    expect(() => parseHeaders('Bad Name: x')).toThrow();
    expect(() => parseHeaders('["Accept: x"]')).toThrow();
  });

  it('reads host:port pairs, IPv6 in brackets', () => {
    expect(parseTcpTargets('db:5432, cache.internal:6379\n[::1]:8080')).toEqual([
      { host: 'db', port: 5432 },
      { host: 'cache.internal', port: 6379 },
      { host: '::1', port: 8080 },
    ]);
    for (const bad of ['db', 'db:0', 'db:65536', '::1:8080', 'db:http'])
      expect(() => parseTcpTargets(bad)).toThrow();
  });

  it('reads baseline figures, or the analysis of an earlier report', () => {
    expect(parseBaseline('{"errorRate":0.01,"p95Ms":250}')).toEqual({ errorRate: 0.01, p95Ms: 250 });
    const report = JSON.stringify({
      passed: true,
      checks: [],
      analysis: { errorRate: 0.002, latencyMs: { p50: 20, p95: 180 } },
    });
    expect(parseBaseline(report)).toEqual({ errorRate: 0.002, p95Ms: 180 });
    for (const bad of [
      '{}',
      '{"errorRate":2,"p95Ms":1}',
      '{"errorRate":0,"p95Ms":-1}',
      'fast',
      '{"passed":false,"analysis":null}',
    ]) {
      expect(() => parseBaseline(bad)).toThrow();
    }
  });
});
