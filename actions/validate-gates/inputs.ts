import validVersion from 'semver/functions/valid.js';
import {
  configSection,
  field,
  Invalid,
  InputError,
  inputProblem,
  loadConfig,
  readActionInputs,
  runContext,
} from '../../packages/kit/src/index.js';
import {
  GATE_NAMES,
  type GateName,
  type GateSettings,
  parseAllowlist,
  ALLOWLIST_SYNTAX,
  parseBudgets,
  BUDGET_SYNTAX,
  parseCustomCommands,
  COMMAND_SYNTAX,
  parseWindows,
  WINDOW_SYNTAX,
  isTimeZone,
  SEVERITIES,
  type Severity,
} from '../../packages/gates/src/index.js';

/** Every input, typed and checked once; the `gates` section of .github/release-actions.yml underneath. */
export const spec = {
  gates: field
    .custom(`gate names from: ${GATE_NAMES.join(', ')}`, (raw) => {
      const names = [
        ...new Set(
          raw
            .split(/[\n,]/)
            .map((n) => n.trim().toLowerCase())
            .filter(Boolean),
        ),
      ];
      const unknown = names.filter((name) => !(GATE_NAMES as readonly string[]).includes(name));
      if (unknown.length > 0)
        throw new Invalid(`gate names from: ${GATE_NAMES.join(', ')} (unknown: ${unknown.join(', ')})`);
      if (names.length === 0) throw new Invalid();
      return names as GateName[];
    })
    .required(),
  mode: field.choice(['enforce', 'warn'] as const).default('enforce'),
  token: field.text().secret(),

  'junit-reports': field
    .globs()
    .default(['**/junit*.xml', '**/TEST-*.xml', '!**/node_modules/**', '!**/.git/**']),
  'min-tests': field.integer({ min: 0 }).default(1),

  'coverage-reports': field.globs().default(['coverage/lcov.info']),
  'coverage-threshold': field.number({ min: 0, max: 100 }).default(80),
  'branch-coverage-threshold': field.number({ min: 0, max: 100 }),
  'coverage-baseline': field.text('a path to a coverage report or { "lines": <percent> } JSON'),
  'coverage-max-drop': field.number({ min: 0, max: 100 }).default(0),

  'sarif-reports': field.globs(),
  'npm-audit-report': field.globs(),
  'severity-threshold': field
    .custom(`one of: ${SEVERITIES.join(', ')}`, (raw) => {
      const value = raw.trim().toLowerCase() === 'moderate' ? 'medium' : raw.trim().toLowerCase();
      if (!(SEVERITIES as readonly string[]).includes(value)) throw new Invalid();
      return value as Severity;
    })
    .default('high'),
  allowlist: field.custom(ALLOWLIST_SYNTAX, parseAllowlist).default([]),

  'benchmark-results': field.text('a path to a benchmark results JSON file'),
  'performance-budgets': field.custom(BUDGET_SYNTAX, parseBudgets).default([]),
  'performance-baseline': field.text('a path to a baseline benchmark results JSON file'),
  'regression-limit': field.number({ min: 0, max: 1000 }),
  'higher-is-better': field.list().default([]),

  'required-approvals': field.integer({ min: 0, max: 100 }).default(1),
  'required-checks': field.list().default([]),
  'ignore-checks': field.list().default([]),

  'release-kind': field.choice(['release', 'hotfix'] as const).default('release'),
  'release-branches': field.list().default(['main', 'release/*']),
  'hotfix-branches': field.list().default(['hotfix/*']),
  branch: field.ref('branch'),
  version: field.custom('a semantic version such as 1.4.0 (a leading v is fine)', (raw) => {
    const version = validVersion(raw.trim());
    if (!version) throw new Invalid();
    return version;
  }),
  tag: field.ref('tag'),
  'tag-prefix': field.refPrefix().default('v'),

  changelog: field.text().default('CHANGELOG.md'),
  'docs-files': field.list().default([]),
  'migration-guide': field.list().default(['MIGRATION.md', 'UPGRADING.md', 'docs/migration*']),

  'migration-files': field
    .globs()
    .default(['migrations/**', 'db/migrations/**', 'db/migrate/**', 'prisma/migrations/**']),
  'migrate-command': field.text('a shell command'),
  'migrations-check': field.text('a shell command'),

  'flags-file': field.text('a path to a JSON or YAML flags file'),

  'freeze-windows': field.text(WINDOW_SYNTAX),
  holidays: field.text(WINDOW_SYNTAX),
  timezone: field
    .custom('an IANA time zone such as Europe/Berlin or UTC', (raw) => {
      if (!isTimeZone(raw.trim())) throw new Invalid();
      return raw.trim();
    })
    .default('UTC'),
  environment: field.text().default('production'),
  'freeze-environments': field.list().default(['production']),
  'override-reason': field.text(),
  now: field.custom('an ISO 8601 time with a zone, such as 2026-03-27T14:00:00Z', (raw) => {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(raw.trim()))
      throw new Invalid();
    const instant = new Date(raw.trim());
    if (Number.isNaN(instant.getTime())) throw new Invalid();
    return instant;
  }),

  'custom-commands': field.custom(COMMAND_SYNTAX, parseCustomCommands).default([]),
  'custom-timeout': field.duration({ min: 1000, max: 6 * 3_600_000 }).default(600_000),
};

export interface ActionSettings {
  settings: GateSettings;
  token?: string;
  now: Date;
}

/** Whether deploy-env's settings for the environment in the config file name a migrate-command. */
async function configuredMigrateCommand(environment: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const config = await loadConfig(runContext(env).workspace);
  const command = configSection(config, ['environments', environment])?.values['migrate-command'];
  return typeof command === 'string' && command.trim() !== '';
}

const readGateInputs = (env: NodeJS.ProcessEnv) => readActionInputs(spec, { section: ['gates'], env });
type GateInputs = Awaited<ReturnType<typeof readGateInputs>>;

/** Holidays and windows are parsed here, after `timezone`, which is their default zone. */
function parseFreezeWindows(inputs: GateInputs, problems: string[]): GateSettings['freezeWindows'] {
  let freezeWindows: GateSettings['freezeWindows'] = [];
  for (const [name, label] of [
    ['freeze-windows', 'freeze'],
    ['holidays', 'holiday'],
  ] as const) {
    const raw = name === 'freeze-windows' ? inputs.freezeWindows : inputs.holidays;
    if (!raw) continue;
    try {
      freezeWindows = [...freezeWindows, ...parseWindows(raw, inputs.timezone, label)];
    } catch (thrown) {
      if (!(thrown instanceof Invalid)) throw thrown;
      problems.push(inputProblem(name, raw, thrown.expected ?? WINDOW_SYNTAX));
    }
  }
  return freezeWindows;
}

/** The version input, else the one the tag names after its prefix. */
function releaseVersion(inputs: GateInputs): string | undefined {
  if (inputs.version || !inputs.tag?.startsWith(inputs.tagPrefix)) return inputs.version;
  return validVersion(inputs.tag.slice(inputs.tagPrefix.length)) ?? undefined;
}

/** Each enabled gate's missing input, as a problem naming the gate that needs it. */
function checkNeeds(
  inputs: GateInputs,
  found: { freezeWindows: GateSettings['freezeWindows']; version?: string },
  problems: string[],
): void {
  const on = (gate: GateName) => inputs.gates.includes(gate);
  const need = (name: string, expected: string, gate: GateName) =>
    problems.push(inputProblem(name, '', `${expected} (the ${gate} gate needs it)`));
  if (on('security') && !inputs.sarifReports && !inputs.npmAuditReport) {
    need('sarif-reports', 'SARIF report globs, or npm-audit-report', 'security');
  }
  if (on('performance')) {
    if (!inputs.benchmarkResults)
      need('benchmark-results', 'a path to a benchmark results JSON file', 'performance');
    if (inputs.performanceBudgets.length === 0 && inputs.regressionLimit === undefined) {
      need(
        'performance-budgets',
        `${BUDGET_SYNTAX}, or regression-limit with performance-baseline`,
        'performance',
      );
    }
    if (inputs.regressionLimit !== undefined && !inputs.performanceBaseline) {
      need('performance-baseline', 'a path to a baseline results file for regression-limit', 'performance');
    }
  }
  if ((on('reviews') || on('checks')) && !inputs.token)
    need('token', 'a GitHub token', on('reviews') ? 'reviews' : 'checks');
  if (on('flags') && !inputs.flagsFile) need('flags-file', 'a path to a JSON or YAML flags file', 'flags');
  const windowProblem = problems.some((p) => /"(freeze-windows|holidays)"/.test(p));
  if (on('freeze') && found.freezeWindows.length === 0 && !windowProblem) {
    need('freeze-windows', `${WINDOW_SYNTAX}, or holidays`, 'freeze');
  }
  if (on('custom') && inputs.customCommands.length === 0) need('custom-commands', COMMAND_SYNTAX, 'custom');
  if (on('docs') && inputs.docsFiles.length === 0 && !found.version)
    need('docs-files', 'file patterns, or a version', 'docs');
}

function gateSettings(
  inputs: GateInputs,
  found: { freezeWindows: GateSettings['freezeWindows']; version?: string; migrateCommandSet: boolean },
): GateSettings {
  return {
    gates: inputs.gates,
    mode: inputs.mode,
    junitReports: inputs.junitReports,
    minTests: inputs.minTests,
    coverageReports: inputs.coverageReports,
    coverageThreshold: inputs.coverageThreshold,
    branchCoverageThreshold: inputs.branchCoverageThreshold,
    coverageBaseline: inputs.coverageBaseline,
    coverageMaxDrop: inputs.coverageMaxDrop,
    sarifReports: inputs.sarifReports ?? [],
    npmAuditReports: inputs.npmAuditReport ?? [],
    severityThreshold: inputs.severityThreshold,
    allowlist: inputs.allowlist,
    benchmarkResults: inputs.benchmarkResults,
    performanceBudgets: inputs.performanceBudgets,
    performanceBaseline: inputs.performanceBaseline,
    regressionLimit: inputs.regressionLimit,
    higherIsBetter: inputs.higherIsBetter,
    requiredApprovals: inputs.requiredApprovals,
    requiredChecks: inputs.requiredChecks,
    ignoreChecks: inputs.ignoreChecks,
    releaseKind: inputs.releaseKind,
    releaseBranches: inputs.releaseBranches,
    hotfixBranches: inputs.hotfixBranches,
    branch: inputs.branch,
    version: found.version,
    tag: inputs.tag,
    tagPrefix: inputs.tagPrefix,
    changelog: inputs.changelog,
    docsFiles: inputs.docsFiles,
    migrationGuide: inputs.migrationGuide,
    migrationFiles: inputs.migrationFiles,
    migrateCommandSet: found.migrateCommandSet,
    migrationsCheck: inputs.migrationsCheck,
    flagsFile: inputs.flagsFile,
    freezeWindows: found.freezeWindows,
    environment: inputs.environment,
    freezeEnvironments: inputs.freezeEnvironments,
    overrideReason: inputs.overrideReason?.trim() || undefined,
    customCommands: inputs.customCommands,
    customTimeoutMs: inputs.customTimeout,
  };
}

/** Reads the inputs, then checks that each enabled gate has what it needs, all problems at once. */
export async function readSettings(env: NodeJS.ProcessEnv = process.env): Promise<ActionSettings> {
  const inputs = await readGateInputs(env);
  const problems: string[] = [];
  const freezeWindows = parseFreezeWindows(inputs, problems);
  const version = releaseVersion(inputs);
  checkNeeds(inputs, { freezeWindows, version }, problems);
  if (problems.length > 0) throw new InputError(problems);
  const migrateCommandSet = inputs.gates.includes('migrations')
    ? Boolean(inputs.migrateCommand) || (await configuredMigrateCommand(inputs.environment, env))
    : false;
  return {
    token: inputs.token,
    now: inputs.now ?? new Date(),
    settings: gateSettings(inputs, { freezeWindows, version, migrateCommandSet }),
  };
}
