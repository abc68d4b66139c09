/**
 * Typed inputs turned into DeploySettings, with the rules that span several
 * inputs (a strategy and the commands it needs, URLs and their placeholders)
 * checked together, so every problem is reported before anything changes.
 */
import { InputError, inputProblem, type Inputs, type RunContext } from '../../../kit/src/index.js';
import { defaultAllowedRefs, isProductionName, sourceRef } from '../guards.js';
import type { ArtifactRef, DeploySettings, StrategyName } from '../types.js';
import { templateKeys } from '../verify.js';
import type { deployEnvSpec, providerSpec } from './inputs.js';

type ProviderInputs = Inputs<typeof providerSpec>;
type DeployInputs = Inputs<typeof deployEnvSpec>;

const NEEDS: Record<StrategyName, Array<[keyof ProviderInputs, string, string]>> = {
  direct: [['deployCommand', 'deploy-command', 'a command that deploys RELEASE_VERSION']],
  rolling: [['deployCommand', 'deploy-command', 'a command that deploys RELEASE_VERSION to RELEASE_TARGET']],
  'blue-green': [
    ['deployCommand', 'deploy-command', 'a command that deploys RELEASE_VERSION to RELEASE_SLOT'],
    ['switchCommand', 'switch-command', 'a command that routes all traffic to RELEASE_SLOT'],
  ],
  canary: [
    [
      'deployCommand',
      'deploy-command',
      'a command that deploys RELEASE_VERSION to RELEASE_SLOT (canary or the stable slot)',
    ],
    [
      'trafficCommand',
      'traffic-command',
      'a command that sends RELEASE_WEIGHT percent of traffic to the canary',
    ],
  ],
};

/** Problems with the inputs a strategy needs, in the `Input "name": got …, expected …` form. */
export function strategyProblems(
  strategy: StrategyName,
  inputs: ProviderInputs & { analysisUrl?: string; analysisPrometheusUrl?: string },
): string[] {
  const problems: string[] = [];
  for (const [key, name, what] of NEEDS[strategy]) {
    if (!inputs[key]) problems.push(inputProblem(name, '', `${what} (the ${strategy} strategy needs it)`));
  }
  const urls = inputs.verifyUrl ?? [];
  const first = urls[0] ?? '';
  if (strategy === 'blue-green' && !templateKeys(first).includes('slot')) {
    problems.push(
      inputProblem(
        'verify-url',
        first,
        'a URL with {slot}, e.g. https://{slot}.internal.example.com/health (blue-green verifies the idle slot before the switch)',
      ),
    );
  }
  if (strategy === 'rolling') {
    if (!inputs.targets)
      problems.push(
        inputProblem(
          'targets',
          '',
          'the names of the targets to roll out to (the rolling strategy needs them)',
        ),
      );
    if (!templateKeys(first).includes('target')) {
      problems.push(
        inputProblem(
          'verify-url',
          first,
          'a URL with {target}, e.g. https://{target}.internal.example.com/health (rolling verifies every batch)',
        ),
      );
    }
  }
  if (
    strategy === 'canary' &&
    !inputs.analysisUrl &&
    !inputs.analysisPrometheusUrl &&
    !templateKeys(first).includes('slot')
  ) {
    problems.push(
      inputProblem(
        'analysis-url',
        '',
        'the canary\'s URL, or a verify-url with {slot} (the canary is analysed at slot "canary")',
      ),
    );
  }
  if (inputs.versionPath && urls.length === 0 && !inputs.environmentUrl) {
    problems.push(
      inputProblem(
        'version-path',
        inputs.versionPath,
        'a verify-url or environment-url to read the version from',
      ),
    );
  }
  return problems;
}

/** The three inputs that judge a canary on its real traffic go together, the queries with {version}. */
export function trafficQueryProblems(inputs: {
  analysisPrometheusUrl?: string;
  analysisRequestsQuery?: string;
  analysisErrorsQuery?: string;
}): string[] {
  const given = [inputs.analysisPrometheusUrl, inputs.analysisRequestsQuery, inputs.analysisErrorsQuery];
  if (given.every((value) => value === undefined)) return [];
  const problems: string[] = [];
  if (!inputs.analysisPrometheusUrl)
    problems.push(
      inputProblem('analysis-prometheus-url', '', 'the Prometheus URL the analysis queries go to'),
    );
  for (const [name, value] of [
    ['analysis-requests-query', inputs.analysisRequestsQuery],
    ['analysis-errors-query', inputs.analysisErrorsQuery],
  ] as const) {
    if (!value?.includes('{version}'))
      problems.push(
        inputProblem(
          name,
          value ?? '',
          'a PromQL query with {version} that counts the requests (or failed requests) a version served, e.g. sum(http_requests_total{version="{version}"})',
        ),
      );
  }
  return problems;
}

/** Strategies that keep the previous version serving while the new one takes over. */
const SIDE_BY_SIDE: StrategyName[] = ['blue-green', 'canary', 'rolling'];

/**
 * A contract migration (one the previous version cannot run on) beside a strategy
 * that keeps the previous version serving for a while: refused unless the user says so.
 */
export function migrationProblems(inputs: DeployInputs): string[] {
  const problems: string[] = [];
  const contract = inputs.migration === 'contract';
  if (contract && !inputs.migrateCommand) {
    problems.push(
      inputProblem('migrate-command', '', 'a command that migrates the database (migration is contract)'),
    );
  }
  if (contract && SIDE_BY_SIDE.includes(inputs.strategy) && !inputs.allowContractMigration) {
    problems.push(
      inputProblem(
        'migration',
        'contract',
        `expand with the ${inputs.strategy} strategy, which keeps the previous version serving beside the ` +
          'migrated schema (split the change: expand now, contract in a later release; use direct; or set ' +
          'allow-contract-migration: true to accept errors from the previous version until traffic has moved)',
      ),
    );
  }
  return problems;
}

const SHA = /^[0-9a-f]{40}$/i;

/** The commit the version came from: the ref itself when it is a SHA, the run's commit when it is the run's ref. */
function commitOf(ref: string, context: RunContext): string {
  if (SHA.test(ref)) return ref.toLowerCase();
  if (!ref || ref === context.ref || ref === context.refName) return context.sha;
  return '';
}

export interface ResolvedDeployInputs {
  settings: DeploySettings;
  allowedRefs: string[];
  sourceRef: string;
}

/** Both actions' shared settings; deploy-env fills in the version, rollback the good version's. */
export function providerSettings(
  inputs: ProviderInputs,
  context: RunContext,
  environment: string,
): Omit<
  DeploySettings,
  | 'version'
  | 'ref'
  | 'commit'
  | 'strategy'
  | 'artifacts'
  | 'canaryWeights'
  | 'analysis'
  | 'autoRollback'
  | 'migration'
> {
  const production = inputs.production ?? isProductionName(environment);
  const verifyUrls = inputs.verifyUrl ?? (inputs.environmentUrl ? [inputs.environmentUrl] : []);
  return {
    environment,
    environmentUrl: inputs.environmentUrl,
    commands: {
      deploy: inputs.deployCommand,
      switch: inputs.switchCommand,
      traffic: inputs.trafficCommand,
      remove: inputs.removeCommand,
      status: inputs.statusCommand,
      migrateRollback: inputs.migrateRollbackCommand,
    },
    targets: inputs.targets ?? [],
    batchSize: inputs.batchSize.size,
    batchPercent: inputs.batchSize.percent,
    slots: [inputs.slots[0]!, inputs.slots[1]!],
    verify: { urls: verifyUrls, versionPath: inputs.versionPath, timeoutMs: inputs.verifyTimeout },
    retries: inputs.retries,
    retryDelayMs: inputs.retryDelay,
    production,
    workingDirectory: inputs.workingDirectory ?? context.workspace,
  };
}

export function deploySettings(
  inputs: DeployInputs,
  context: RunContext,
  artifacts: ArtifactRef[],
): ResolvedDeployInputs {
  const problems = [
    ...strategyProblems(inputs.strategy, inputs),
    ...trafficQueryProblems(inputs),
    ...migrationProblems(inputs),
  ];
  if (problems.length > 0) throw new InputError(problems);
  const base = providerSettings(inputs, context, inputs.environment);
  const ref = inputs.ref ?? context.ref;
  return {
    settings: {
      ...base,
      verify: { ...base.verify, liveCheckMs: inputs.liveCheck },
      commands: { ...base.commands, migrate: inputs.migrateCommand },
      version: inputs.version,
      ref,
      commit: commitOf(ref, context),
      strategy: inputs.strategy,
      canaryWeights: inputs.canaryWeights,
      analysis: {
        url: inputs.analysisUrl,
        baselineUrl: inputs.analysisBaselineUrl,
        durationMs: inputs.analysisDuration,
        rate: inputs.analysisRate,
        maxErrorRate: inputs.maxErrorRate,
        maxP95Ms: inputs.maxP95Latency,
        minSamples: inputs.minSamples,
        maxConsecutiveFailures: inputs.maxConsecutiveFailures,
        pauseMs: inputs.canaryPause,
        mode: inputs.analysisMode,
        falseAlarmRate: inputs.falseAlarmRate,
        prometheus: inputs.analysisPrometheusUrl
          ? {
              url: inputs.analysisPrometheusUrl,
              requestsQuery: inputs.analysisRequestsQuery!,
              errorsQuery: inputs.analysisErrorsQuery!,
            }
          : undefined,
      },
      autoRollback: inputs.autoRollback ?? base.production,
      artifacts,
      migration: { kind: inputs.migration, allowContract: inputs.allowContractMigration },
    },
    allowedRefs: inputs.allowedRefs ?? defaultAllowedRefs(base.production),
    sourceRef: sourceRef(ref, context.ref),
  };
}
