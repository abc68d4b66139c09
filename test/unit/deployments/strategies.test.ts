/**
 * The strategies with a real Provider (bash commands that log what they were
 * told) and a verifier given by the test, so each verification and analysis
 * result is chosen here.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalysisReport } from '../../../packages/checks/src/index.js';
import { runnerProcesses } from '../../../packages/kit/src/index.js';
import {
  Provider,
  STRATEGY_RUNNERS,
  Timeline,
  VerificationFailure,
  silentLog,
  type DeploySettings,
  type Phase,
  type StrategyRun,
  type Verifier,
} from '../../../packages/deployments/src/index.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'strategies-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const LOG =
  'echo "$RELEASE_OPERATION ${RELEASE_SLOT} ${RELEASE_TARGET}${RELEASE_WEIGHT:+@$RELEASE_WEIGHT}" | tr -s " " >> calls.txt';

function settings(overrides: Partial<DeploySettings> = {}): DeploySettings {
  return {
    environment: 'production',
    version: '2.0.0',
    ref: 'refs/tags/v2.0.0',
    commit: 'abc',
    strategy: 'direct',
    environmentUrl: 'https://app.example.com/',
    commands: { deploy: LOG, switch: LOG, traffic: LOG, remove: LOG },
    targets: ['a', 'b', 'c', 'd'],
    batchSize: 2,
    batchPercent: false,
    slots: ['blue', 'green'],
    canaryWeights: [10, 50, 100],
    verify: { urls: ['https://{slot}{target}.internal/health'], versionPath: '$.version', timeoutMs: 1000 },
    analysis: {
      durationMs: 1,
      rate: 1,
      maxErrorRate: 0.01,
      maxP95Ms: 500,
      minSamples: 1,
      maxConsecutiveFailures: 3,
      pauseMs: 0,
    },
    retries: 0,
    retryDelayMs: 0,
    autoRollback: true,
    production: true,
    workingDirectory: dir,
    artifacts: [],
    ...overrides,
  };
}

function report(passed: boolean): AnalysisReport {
  return {
    passed,
    reasons: passed ? [] : ['error rate 30 % is above the maximum of 1 %'],
    samples: 40,
    failures: passed ? 0 : 12,
    errorRate: passed ? 0 : 0.3,
    consecutiveFailuresMax: passed ? 0 : 2,
    latencyMs: { p50: 3, p95: 9, p99: 12, max: 15 },
    durationMs: 1,
    thresholds: { maxErrorRate: 0.01, maxP95Ms: 500, minSamples: 1, maxConsecutiveFailures: 3 },
  };
}

function verifier(
  failing: (urls: string[]) => boolean,
  analysisPasses = (_weight: string) => true,
): Verifier & { seen: string[] } {
  const seen: string[] = [];
  return {
    seen,
    async verify(probe) {
      seen.push(`verify ${probe.urls.join(' ')}`);
      const failed = failing(probe.urls);
      return { passed: !failed, reasons: failed ? ['status 500'] : [] };
    },
    async analyse(probe) {
      seen.push(`analyse ${probe.label} ${probe.url}`);
      return report(analysisPasses(probe.label));
    },
  };
}

function strategyRun(
  overrides: Partial<DeploySettings>,
  check: Verifier,
  slot = 'blue',
): StrategyRun & { phases: string[] } {
  const phases: string[] = [];
  const all = settings(overrides);
  return {
    phases,
    settings: all,
    provider: new Provider(
      {
        commands: all.commands,
        retries: 0,
        retryDelayMs: 0,
        workingDirectory: dir,
        processes: runnerProcesses,
      },
      silentLog,
    ),
    verifier: check,
    log: silentLog,
    timeline: new Timeline(),
    previous: { version: '1.0.0', slot: 'blue' },
    slot,
    reached: { phase: 'deploying', targets: [], switched: false, canaryWeight: 0 },
    progress: async (phase: Phase, text: string) => {
      phases.push(`${phase}: ${text}`);
    },
    rollback: false,
  };
}

const calls = async () =>
  (await readFile(join(dir, 'calls.txt'), 'utf8'))
    .trim()
    .split('\n')
    .map((line) => line.trim());

describe('canary', () => {
  it('sets each weight, analyses below 100, then promotes onto the stable slot', async () => {
    const check = verifier(() => false);
    const run = strategyRun({ strategy: 'canary' }, check);
    await STRATEGY_RUNNERS.canary(run);
    expect(await calls()).toEqual([
      'deploy canary',
      'traffic canary @10',
      'traffic canary @50',
      'traffic canary @100',
      'promote blue',
      'traffic canary @0',
      'remove canary',
    ]);
    expect(check.seen).toEqual([
      'verify https://canary.internal/health',
      'analyse canary at 10% https://canary.internal/health',
      'analyse canary at 50% https://canary.internal/health',
      'verify https://blue.internal/health',
      'verify https://app.example.com/',
    ]);
    expect(run.timeline.analyses.map((entry) => entry.weight)).toEqual([10, 50]);
    expect(run.phases.map((phase) => phase.split(':')[0])).toEqual([
      'deploying',
      'canary',
      'canary',
      'canary',
      'promoting',
    ]);
  });

  it('stops at the analysis that fails, with the figures, before any more traffic moves', async () => {
    const run = strategyRun(
      { strategy: 'canary' },
      verifier(
        () => false,
        (label) => label !== 'canary at 50%',
      ),
    );
    const failure = await STRATEGY_RUNNERS.canary(run).catch((thrown: unknown) => thrown);
    expect(failure).toBeInstanceOf(VerificationFailure);
    expect((failure as VerificationFailure).analysis?.errorRate).toBe(0.3);
    expect((failure as Error).message).toBe(
      'analysis of the canary at 50% failed (40 requests, error rate 30.00%, p95 9 ms): error rate 30 % is above the maximum of 1 %',
    );
    expect(await calls()).toEqual(['deploy canary', 'traffic canary @10', 'traffic canary @50']);
    expect(run.reached).toMatchObject({ phase: 'canary', canaryWeight: 50 });
  });
});

describe('rolling', () => {
  it('verifies each batch and stops at the first that fails', async () => {
    const run = strategyRun(
      { strategy: 'rolling' },
      verifier((urls) => urls[0]!.includes('bluec')),
    );
    await expect(STRATEGY_RUNNERS.rolling(run)).rejects.toThrow(
      'target c did not become healthy: status 500',
    );
    expect((await calls()).sort()).toEqual([
      'deploy blue a',
      'deploy blue b',
      'deploy blue c',
      'deploy blue d',
    ]);
    expect(run.reached.targets).toEqual(['a', 'b', 'c', 'd']);
  });

  it('stops when a command of a batch fails, counting the batch as touched', async () => {
    const failOnB = `[ "$RELEASE_TARGET" = b ] && exit 4; ${LOG}`;
    const run = strategyRun(
      { strategy: 'rolling', commands: { deploy: failOnB } },
      verifier(() => false),
    );
    await expect(STRATEGY_RUNNERS.rolling(run)).rejects.toThrow(
      'deploy-command failed with exit code 4 for target b',
    );
    expect(await calls()).toEqual(['deploy blue a']);
    expect(run.reached.targets).toEqual(['a', 'b']);
  });
});

describe('blue-green', () => {
  it('verifies the idle slot before switching, and the environment URL after', async () => {
    const check = verifier(() => false);
    const run = strategyRun({ strategy: 'blue-green' }, check, 'green');
    expect(await STRATEGY_RUNNERS['blue-green'](run)).toEqual({ slot: 'green' });
    expect(await calls()).toEqual(['deploy green', 'switch green']);
    expect(check.seen).toEqual(['verify https://green.internal/health', 'verify https://app.example.com/']);
    expect(run.reached.switched).toBe(true);
  });

  it('never switches when the idle slot fails its checks', async () => {
    const run = strategyRun(
      { strategy: 'blue-green' },
      verifier((urls) => urls[0]!.includes('green')),
      'green',
    );
    await expect(STRATEGY_RUNNERS['blue-green'](run)).rejects.toThrow('slot green did not become healthy');
    expect(await calls()).toEqual(['deploy green']);
    expect(run.reached.switched).toBe(false);
  });
});

describe('provider commands', () => {
  it('retry with a doubling pause, then report the exit code and the output', async () => {
    const provider = new Provider(
      {
        commands: { deploy: 'echo "try" >> tries.txt; echo "disk full" >&2; exit 7' },
        retries: 2,
        retryDelayMs: 10,
        workingDirectory: dir,
        processes: runnerProcesses,
      },
      silentLog,
    );
    const context = {
      operation: 'deploy' as const,
      version: '1',
      environment: 'e',
      strategy: 'direct' as const,
      commit: '',
      ref: '',
      artifacts: [],
      rollback: false,
    };
    const failure = (await provider
      .run('deploy', context, { capture: true })
      .catch((thrown: unknown) => thrown)) as Error;
    expect(failure.message).toBe('deploy-command failed with exit code 7 after 3 attempts:\ndisk full');
    expect((await readFile(join(dir, 'tries.txt'), 'utf8')).trim().split('\n')).toHaveLength(3);
  });

  it('never splice values into the command text', async () => {
    const provider = new Provider(
      {
        commands: { deploy: 'printf "%s" "$RELEASE_VERSION" > version.txt' },
        retries: 0,
        retryDelayMs: 0,
        workingDirectory: dir,
        processes: runnerProcesses,
      },
      silentLog,
    );
    const version = '1.0.0"; touch pwned; echo "';
    await provider.run('deploy', {
      operation: 'deploy',
      version,
      environment: 'e',
      strategy: 'direct',
      commit: '',
      ref: '',
      artifacts: [],
      rollback: false,
    });
    expect(await readFile(join(dir, 'version.txt'), 'utf8')).toBe(version);
    await expect(readFile(join(dir, 'pwned'))).rejects.toThrow();
  });
});
