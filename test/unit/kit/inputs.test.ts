import { describe, expect, it } from '@jest/globals';
import {
  field,
  formatDuration,
  InputError,
  parseDuration,
  readInputs,
  splitList,
} from '../../../packages/kit/src/index.js';

const env = (values: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(values).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]),
  );

function problemsOf(thunk: () => unknown): string[] {
  try {
    thunk();
  } catch (thrown) {
    if (thrown instanceof InputError) return thrown.problems;
    throw thrown;
  }
  throw new Error('expected an InputError');
}

describe('readInputs', () => {
  const spec = {
    environment: field.choice(['staging', 'production'] as const).required(),
    'dry-run': field.boolean().default(false),
    retries: field.integer({ min: 0, max: 10 }).default(3),
    timeout: field.duration({ min: 1000, max: 3_600_000 }).default(60_000),
    targets: field.list(),
    reports: field.globs(),
    url: field.url(),
    token: field.text().secret(),
  };

  it('parses every kind into a typed, camel-cased object', () => {
    const inputs = readInputs(spec, {
      env: env({
        environment: 'production',
        'dry-run': 'TRUE',
        retries: '0',
        timeout: '1m30s',
        targets: 'a, b\nc\n# comment\n',
        reports: 'reports/**/*.{xml,json}\n!reports/tmp/**',
        url: 'https://example.com/health',
      }),
    });
    expect(inputs).toEqual({
      environment: 'production',
      dryRun: true,
      retries: 0,
      timeout: 90_000,
      targets: ['a', 'b', 'c'],
      reports: ['reports/**/*.{xml,json}', '!reports/tmp/**'],
      url: 'https://example.com/health',
    });
  });

  it('applies defaults and leaves optional inputs undefined', () => {
    const inputs = readInputs(spec, { env: env({ environment: 'staging' }) });
    expect(inputs.dryRun).toBe(false);
    expect(inputs.retries).toBe(3);
    expect(inputs.timeout).toBe(60_000);
    expect(inputs.targets).toBeUndefined();
  });

  it('reports every bad value at once, in the documented form', () => {
    const problems = problemsOf(() =>
      readInputs(spec, {
        env: env({
          environment: 'prod',
          'dry-run': 'yes',
          retries: '11',
          timeout: '-5s',
          url: 'ftp://x',
          token: 'ghp_secret',
        }),
      }),
    );
    expect(problems).toEqual([
      'Input "environment": got "prod", expected one of: staging, production',
      'Input "dry-run": got "yes", expected true or false',
      'Input "retries": got "11", expected an integer from 0 to 10',
      'Input "timeout": got "-5s", expected a duration such as 30s, 5m or 1h30m between 1s and 1h',
      'Input "url": got "ftp://x", expected an absolute http or https URL',
    ]);
  });

  it('names a missing required input', () => {
    expect(problemsOf(() => readInputs(spec, { env: {} }))).toEqual([
      'Input "environment": got "", expected one of: staging, production (required)',
    ]);
  });

  it('never echoes a secret value in an error', () => {
    const secretSpec = {
      token: field
        .pattern(/^gh[ps]_\w+$/, 'a GitHub token')
        .secret()
        .required(),
    };
    const problems = problemsOf(() =>
      readInputs(secretSpec, { env: env({ token: 'hunter2-is-my-password' }) }),
    );
    expect(problems).toEqual(['Input "token": got "***", expected a GitHub token']);
  });

  it('takes config values under the inputs, and says where a bad one came from', () => {
    const config = {
      values: { retries: 5, targets: ['x', 'y'], environment: 'staging', timeout: 'soon' },
      file: '.github/release-actions.yml',
      path: ['environments', 'staging'],
      locate: () => ({ file: '.github/release-actions.yml', line: 7, column: 14 }),
    };
    expect(problemsOf(() => readInputs(spec, { env: env({}), config }))).toEqual([
      '.github/release-actions.yml:7:14: "environments.staging.timeout": got "soon", expected a duration such as 30s, 5m or 1h30m between 1s and 1h',
    ]);
    const inputs = readInputs(spec, {
      env: env({ retries: '1' }),
      config: { ...config, values: { ...config.values, timeout: '2m' } },
    });
    expect(inputs.retries).toBe(1);
    expect(inputs.targets).toEqual(['x', 'y']);
    expect(inputs.timeout).toBe(120_000);
  });

  it('supports extra rules on parsed values', () => {
    const weights = field
      .list()
      .check((items) =>
        items.every((w) => /^\d+$/.test(w)) ? undefined : 'whole-number weights such as 5,25,100',
      );
    expect(problemsOf(() => readInputs({ weights }, { env: env({ weights: '5,x' }) }))).toEqual([
      'Input "weights": got "5,x", expected whole-number weights such as 5,25,100',
    ]);
  });
});

describe('durations and lists', () => {
  it.each([
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['250ms', 250],
    ['2', 2000],
    ['1.5s', 1500],
  ])('parses %s', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'soon', '5 minutes', '1x', 's30', '-1s'])('rejects %j', (text) =>
    expect(parseDuration(text)).toBeUndefined(),
  );

  it('formats durations for people', () => {
    expect([
      formatDuration(250),
      formatDuration(30_000),
      formatDuration(90_000),
      formatDuration(1500),
    ]).toEqual(['250ms', '30s', '1m30s', '1.5s']);
  });

  it('splits lists on new lines and commas, dropping blanks and comments', () => {
    expect(splitList(' a,,b \n\n# note\n c ')).toEqual(['a', 'b', 'c']);
  });
});
