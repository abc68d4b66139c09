import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_TARGETS,
  median,
  outcomesOf,
  parseTargets,
  percentile,
  slimAnswer,
  xychart,
  type DeploymentFact,
} from '../../../packages/metrics/src/index.js';

const MIN = 60_000;

function deployment(
  id: number,
  statuses: Array<[string, number, string?]>,
  extra: Partial<DeploymentFact> = {},
) {
  return {
    id,
    environment: 'production',
    task: 'deploy',
    ref: 'abc',
    sha: 'abc',
    createdAt: statuses[0]?.[1] ?? 0,
    version: `1.${id}.0`,
    statuses: statuses.map(([state, at, description]) => ({ state, at, description: description ?? '' })),
    ...extra,
  } satisfies DeploymentFact;
}

describe('outcomes', () => {
  it('a deployment replaced later (inactive) is still a success; its duration runs from in_progress', () => {
    const [outcome] = outcomesOf([
      deployment(1, [
        ['in_progress', 0],
        ['success', 4 * MIN],
        ['inactive', 60 * MIN],
      ]),
    ]);
    expect(outcome).toMatchObject({
      finished: true,
      succeeded: true,
      changeFailed: false,
      durationMs: 4 * MIN,
    });
  });

  it('a rollback after going live is a failed change, restored when the rollback went live', () => {
    const outcomes = outcomesOf([
      deployment(1, [
        ['in_progress', 0],
        ['success', 5 * MIN],
        ['failure', 42 * MIN, '[1.1.0] rolled back to 1.0.0: incident: p95 too high'],
      ]),
      deployment(
        2,
        [
          ['in_progress', 30 * MIN],
          ['success', 43 * MIN],
        ],
        { task: 'deploy:rollback', rollbackOf: 1, reason: 'incident: p95 too high', createdAt: 30 * MIN },
      ),
    ]);
    expect(outcomes[0]).toMatchObject({
      succeeded: true,
      rolledBack: true,
      changeFailed: true,
      reason: 'incident: p95 too high',
      failureAt: 30 * MIN,
      restoredAt: 43 * MIN,
    });
    expect(outcomes[1]).toMatchObject({ isRollback: true, succeeded: true });
  });

  it('a failure without a rollback is restored by the next deployment that goes live; one still running is unfinished', () => {
    const outcomes = outcomesOf([
      deployment(1, [
        ['in_progress', 0],
        ['failure', 3 * MIN, '[1.1.0] failed: health check answered 503'],
      ]),
      deployment(2, [
        ['in_progress', 50 * MIN],
        ['success', 55 * MIN],
      ]),
      deployment(3, [['in_progress', 90 * MIN]]),
    ]);
    expect(outcomes[0]).toMatchObject({
      changeFailed: true,
      rolledBack: false,
      reason: 'health check answered 503',
      restoredAt: 55 * MIN,
    });
    expect(outcomes[2]).toMatchObject({ finished: false, changeFailed: false });
  });
});

describe('targets', () => {
  it("start from the release documents' defaults; lines change, add or turn one off", () => {
    const targets = parseTargets(
      'lead-time <= 12h\nhotfix-share off\nchange-failure-rate < 15%\n# a comment',
    );
    expect(targets.find((t) => t.name === 'lead-time')).toEqual({
      name: 'lead-time',
      operator: '<=',
      value: 12 * 3_600_000,
    });
    expect(targets.find((t) => t.name === 'hotfix-share')).toBeUndefined();
    expect(targets.find((t) => t.name === 'change-failure-rate')).toEqual({
      name: 'change-failure-rate',
      operator: '<',
      value: 0.15,
    });
    expect(targets).toHaveLength(DEFAULT_TARGETS.length);
  });

  it('refuse unknown names and values of the wrong kind', () => {
    expect(() => parseTargets('speed > 3')).toThrow('unknown target line "speed > 3"');
    expect(() => parseTargets('rollback-rate < 5')).toThrow('a percentage such as 5%');
    expect(() => parseTargets('lead-time < soon')).toThrow('a duration such as 10m or 1d');
  });
});

describe('statistics and charts', () => {
  it('median of an even count is the mean of the middle two; p90 is a measured value (nearest rank)', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([5], 90)).toBe(5);
    expect(median([])).toBeUndefined();
  });

  it('xychart keeps quotes out of labels and sizes the axis to the data', () => {
    expect(xychart({ title: 'Say "hi"', axis: 'n', kind: 'bar', labels: ['01-05'], values: [9] })).toBe(
      'xychart-beta\n    title "Say \'hi\'"\n    x-axis ["01-05"]\n    y-axis "n" 0 --> 10\n    bar [9]',
    );
  });

  it('keeps only the fields it reads in the cache file', () => {
    expect(
      slimAnswer('https://api.github.com/repos/a/b/deployments/1/statuses?per_page=100', [
        { id: 1, state: 'success', description: 'x', created_at: 't', creator: { login: 'bot' }, url: 'u' },
      ]),
    ).toEqual([{ id: 1, state: 'success', description: 'x', created_at: 't' }]);
  });
});
