import { describe, expect, it } from '@jest/globals';
import { progressReporter, scrubSecrets } from '../../../packages/deployments/src/verify-report.js';
import { mask } from '../../../packages/kit/src/index.js';

describe('verification progress', () => {
  it('writes a line per failing URL every five seconds, with the try and the last answer', () => {
    let clock = 0;
    const lines: string[] = [];
    const check = {
      kind: 'http' as const,
      name: 'slot green: https://green.example.com/health',
      url: 'https://green.example.com/health',
      jsonPath: '$.version',
      jsonEquals: '1.2.0',
    };
    const report = progressReporter(
      [check],
      60_000,
      (line) => lines.push(line),
      () => clock,
    );
    for (let attempt = 1; attempt <= 13; attempt += 1) {
      clock = attempt * 1_000;
      report({ check: check.name, attempt, passed: false, reason: 'status 503 (expected 2xx)' });
    }
    expect(lines).toEqual([
      'Waiting for https://green.example.com/health to answer 2xx with $.version = 1.2.0: try 5, 5 s of 60 s, last answer: status 503 (expected 2xx)',
      'Waiting for https://green.example.com/health to answer 2xx with $.version = 1.2.0: try 10, 10 s of 60 s, last answer: status 503 (expected 2xx)',
    ]);
    clock = 20_000;
    report({ check: check.name, attempt: 14, passed: true });
    expect(lines).toHaveLength(2);
  });

  it('scrubs masked values from an answer before it is shown', () => {
    mask('tok-4f9a1c77e2');
    expect(scrubSecrets('{"error":"bad token tok-4f9a1c77e2"}')).toBe('{"error":"bad token ***"}');
  });
});
