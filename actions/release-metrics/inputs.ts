/** The inputs of release-metrics, parsed once; tag-prefix may come from the config file's version section. */
import { field, Invalid, readActionInputs } from '../../packages/kit/src/index.js';
import { DEFAULT_TARGETS, parseTargets, TARGETS_EXPECTED } from '../../packages/metrics/src/index.js';

const DAY = 86_400_000;

export const spec = {
  environments: field
    .list('environment names, one per line or separated by commas')
    .default(['staging', 'production']),
  'production-environment': field.pattern(/^[^\s,]+$/, 'an environment name').default('production'),
  period: field.duration({ min: DAY, max: 366 * DAY }).default(84 * DAY),
  until: field.custom('an ISO 8601 date or date-time such as 2025-06-30 or 2025-06-30T12:00:00Z', (raw) => {
    const at = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw) ? Date.parse(raw) : NaN;
    if (!Number.isFinite(at)) throw new Invalid();
    return at;
  }),
  targets: field
    .custom(TARGETS_EXPECTED, (raw) => {
      try {
        return parseTargets(raw);
      } catch (thrown) {
        throw new Invalid(`${TARGETS_EXPECTED} (${(thrown as Error).message})`);
      }
    })
    .default(DEFAULT_TARGETS),
  gate: field.choice(['off', 'warn', 'fail'] as const).default('off'),
  'hotfix-refs': field.globs().default(['hotfix/**', 'refs/heads/hotfix/**']),
  'tag-prefix': field.text().default('v'),
  'cache-path': field.text('a file path'),
  summary: field.choice(['full', 'line'] as const).default('full'),
  worst: field.integer({ min: 1, max: 50 }).default(5),
  token: field.text('a GitHub token').secret().required(),
};

export type MetricsInputs = Awaited<ReturnType<typeof readMetricsInputs>>;

export function readMetricsInputs() {
  return readActionInputs(spec, { section: ['version'] });
}
