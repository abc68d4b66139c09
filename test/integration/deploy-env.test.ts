/**
 * deploy-env as the runner runs it: the bundle as a process, a scripted provider
 * (real bash commands, a real HTTP server for the checks) and the GitHub API
 * emulator as the record.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { runAction, type RunResult } from '../bench/runner.js';
import { startScriptedProvider, type ScriptedProvider } from '../e2e/support/scripted-provider.js';

let emulator: Emulator;
let provider: ScriptedProvider;
let sha: string;
let nextRun = 1000;

const API_ENV = { RELEASE_ACTIONS_API_RETRY_BASE_MS: '10', RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '0' };

interface Options {
  runId?: string;
  ref?: string;
  workspace?: string;
  env?: Record<string, string>;
}

function deployEnv(inputs: Record<string, string>, options: Options = {}): Promise<RunResult> {
  return runAction('deploy-env', {
    inputs: { token: 'test-token', ...inputs },
    env: { ...API_ENV, ...options.env },
    apiUrl: emulator.url,
    sha,
    ref: options.ref ?? 'refs/heads/main',
    runId: options.runId ?? String((nextRun += 1)),
    workspace: options.workspace,
  });
}

const payloadOf = (deployment: { payload: unknown }) => deployment.payload as Record<string, unknown>;
const states = (deployment: { statuses: Array<{ state: string }> }) =>
  deployment.statuses.map((status) => status.state);

beforeEach(async () => {
  emulator = await startEmulator();
  provider = await startScriptedProvider();
  sha = await emulator.seedCommit({ message: 'release', branch: 'main' });
});

afterEach(async () => {
  await provider.stop();
  await emulator.close();
});

describe('bad input is refused before anything changes', () => {
  it('names the input, the value and what is allowed', async () => {
    const cases: Array<[Record<string, string>, RegExp, string?]> = [
      [
        { strategy: 'rainbow' },
        /Input "strategy": got "rainbow", expected one of: direct, rolling, blue-green, canary/,
      ],
      [
        { strategy: 'canary', 'canary-weights': '10,5,100' },
        /Input "canary-weights": got "10,5,100", expected .*5 does not increase on 10/,
      ],
      [
        { strategy: 'canary', 'canary-weights': '10,150' },
        /Input "canary-weights": got "10,150", expected .*150 is out of range/,
      ],
      [
        { strategy: 'blue-green', 'switch-command': '' },
        /Input "switch-command": got "", expected a command that routes all traffic to RELEASE_SLOT/,
      ],
      [{ strategy: 'rolling', targets: '' }, /Input "targets": got "", expected the names of the targets/],
      [
        { environment: 'production' },
        /production does not accept deployments from refs\/heads\/feature/,
        'refs/heads/feature',
      ],
      [{ 'require-environment': 'staging' }, /1\.0\.0 has no successful deployment to staging/],
    ];
    for (const [inputs, message, ref] of cases) {
      const result = await deployEnv(
        {
          environment: 'staging',
          version: '1.0.0',
          ...provider.inputs((inputs['strategy'] as 'direct') ?? 'direct'),
          ...inputs,
        },
        { ref },
      );
      expect(result.exitCode).toBe(1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(message);
    }
    expect(emulator.state.deployments).toEqual([]);
    expect(await provider.calls()).toEqual([]);
  });

  it('refuses an environment the config file does not declare', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'deploy-env-config-'));
    await mkdir(join(workspace, '.github'));
    await writeFile(
      join(workspace, '.github/release-actions.yml'),
      'environments:\n  staging:\n    strategy: direct\n  production:\n    strategy: blue-green\n',
    );
    const result = await deployEnv(
      { environment: 'prodution', version: '1.0.0', ...provider.inputs('direct') },
      { workspace },
    );
    expect(result.errors).toEqual([
      expect.stringMatching(
        /^"prodution" is not declared under environments in \.github\/release-actions\.yml \(declared: staging, production\); did you mean "production"\?/,
      ),
    ]);
    expect(emulator.state.deployments).toEqual([]);
    await rm(workspace, { recursive: true, force: true });
  });
});

describe('direct', () => {
  it('deploys, verifies and records the deployment with its statuses', async () => {
    const result = await deployEnv(
      {
        environment: 'staging',
        version: '1.0.0',
        ...provider.inputs('direct'),
        artifacts: 'ghcr.io/acme/app@sha256:' + 'a'.repeat(64),
      },
      { runId: '77' },
    );
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const [deployment] = emulator.state.deployments;
    expect(result.outputs).toEqual({
      'deployment-id': String(deployment!.id),
      'environment-url': `${provider.url}/`,
      'previous-version': '',
      slot: 'blue',
      status: 'success',
      strategy: 'direct',
    });
    expect(deployment).toMatchObject({
      environment: 'staging',
      sha,
      task: 'deploy',
      productionEnvironment: false,
    });
    expect(payloadOf(deployment!)).toMatchObject({
      tool: 'release-actions',
      version: '1.0.0',
      commit: sha,
      ref: 'refs/heads/main',
      strategy: 'direct',
      slot: 'blue',
      artifacts: [{ name: 'ghcr.io/acme/app@sha256:' + 'a'.repeat(64), sha256: 'a'.repeat(64) }],
      run_id: '77',
      run_url: 'https://github.com/acme/app/actions/runs/77',
    });
    expect(states(deployment!)).toEqual(['in_progress', 'success']);
    expect(deployment!.statuses[1]).toMatchObject({
      logUrl: 'https://github.com/acme/app/actions/runs/77',
      environmentUrl: `${provider.url}/`,
      description: '[1.0.0] live on slot blue (direct)',
    });
    // Context reaches the command only as RELEASE_* variables; the step's inputs (the token) never do.
    const env = await provider.envOf('deploy');
    expect(env).toMatchObject({
      RELEASE_OPERATION: 'deploy',
      RELEASE_VERSION: '1.0.0',
      RELEASE_ENVIRONMENT: 'staging',
      RELEASE_STRATEGY: 'direct',
      RELEASE_SLOT: 'blue',
      RELEASE_COMMIT: sha,
      RELEASE_REF: 'refs/heads/main',
      RELEASE_DEPLOYMENT_ID: String(deployment!.id),
      RELEASE_ARTIFACTS: 'ghcr.io/acme/app@sha256:' + 'a'.repeat(64),
      RELEASE_ROLLBACK: 'false',
    });
    expect(Object.keys(env).filter((key) => key.startsWith('INPUT_'))).toEqual([]);
    expect(result.log).not.toContain('test-token');
    expect(result.summary).toContain('✅ 1.0.0 is live on staging');
    expect(result.summary).toMatch(/\| 3 \| deploy \| 1\.0\.0 to staging \|/);
  });

  it('tries a failing deploy command again with a growing pause', async () => {
    await provider.failNext('deploy', 2);
    const result = await deployEnv({
      environment: 'staging',
      version: '1.0.0',
      ...provider.inputs('direct'),
      retries: '2',
    });
    expect(result.errors).toEqual([]);
    expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      'deploy-command failed with exit code 3 (attempt 1 of 3); trying again in 50ms',
      'deploy-command failed with exit code 3 (attempt 2 of 3); trying again in 100ms',
    ]);
    expect((await provider.calls()).filter((call) => call.command === 'deploy')).toHaveLength(3);
  });

  it('records a failure when the command keeps failing and there is nothing to roll back to', async () => {
    await provider.failNext('deploy', 5);
    const result = await deployEnv({
      environment: 'production',
      version: '1.0.0',
      ...provider.inputs('direct'),
      retries: '1',
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['status']).toBe('failure');
    expect(result.errors[0]).toMatch(
      /Deploying 1\.0\.0 to production failed: deploy-command failed with exit code 3 after 2 attempts/,
    );
    const [deployment] = emulator.state.deployments;
    expect(states(deployment!)).toEqual(['in_progress', 'failure']);
    expect(deployment!.productionEnvironment).toBe(true);
    expect(result.summary).toContain('no earlier good deployment to roll back to');
  });
});

describe('rolling', () => {
  const rolling = (version: string) => ({
    environment: 'staging',
    version,
    ...provider.inputs('rolling'),
    targets: 'web-1, web-2, web-3, web-4',
    'batch-size': '2',
    'auto-rollback': 'true',
  });

  it('deploys in batches, stops at the first batch that fails, and puts the touched targets back', async () => {
    expect((await deployEnv(rolling('1.0.0'))).errors).toEqual([]);
    await provider.breakVersion('web-3@2.0.0');
    const result = await deployEnv({ ...rolling('2.0.0'), 'verify-timeout': '1s' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['status']).toBe('rolled-back');
    expect(result.errors[0]).toMatch(/target web-3 did not become healthy/);
    const deploys = (await provider.calls()).filter((call) => call.version === '2.0.0');
    // Batch 1 (web-1, web-2) passed; batch 2 (web-3, web-4) ran and failed its checks.
    expect(deploys.map((call) => call.target).sort()).toEqual(['web-1', 'web-2', 'web-3', 'web-4']);
    const restored = (await provider.calls()).filter((call) => call.rollback);
    expect(restored.map((call) => `${call.target}@${call.version}`).sort()).toEqual([
      'web-1@1.0.0',
      'web-2@1.0.0',
      'web-3@1.0.0',
      'web-4@1.0.0',
    ]);
    for (const target of ['web-1', 'web-2', 'web-3', 'web-4'])
      expect(await provider.versionAt(target, 'targets')).toBe('1.0.0');
    const rollback = emulator.state.deployments.at(-1)!;
    expect(payloadOf(rollback)).toMatchObject({
      version: '1.0.0',
      rollback_of: emulator.state.deployments[1]!.id,
    });
    expect(result.summary).toMatch(/4 target\(s\) ran 2\.0\.0/);
  });

  it('leaves later batches alone when the first batch fails', async () => {
    await provider.breakVersion('web-1');
    const result = await deployEnv({ ...rolling('1.0.0'), 'auto-rollback': 'false' });
    expect(result.outputs['status']).toBe('failure');
    expect((await provider.calls()).map((call) => call.target).sort()).toEqual(['web-1', 'web-2']);
  });
});

describe('blue-green', () => {
  const blueGreen = (version: string, extra: Record<string, string> = {}) => ({
    environment: 'production',
    version,
    ...provider.inputs('blue-green'),
    ...extra,
  });

  it('deploys to the idle slot, switches, keeps the old slot and marks the old deployment inactive', async () => {
    expect((await deployEnv(blueGreen('1.0.0'))).outputs['slot']).toBe('blue');
    const result = await deployEnv(blueGreen('2.0.0'));
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ slot: 'green', 'previous-version': '1.0.0', status: 'success' });
    expect(await provider.liveSlot()).toBe('green');
    expect(await provider.versionAt('blue')).toBe('1.0.0');
    const [first, second] = emulator.state.deployments;
    expect(states(first!)).toEqual(['in_progress', 'in_progress', 'success', 'inactive']);
    expect(payloadOf(second!)).toMatchObject({
      slot: 'green',
      previous_version: '1.0.0',
      previous_slot: 'blue',
      previous_deployment_id: first!.id,
    });
    expect(second!.statuses.map((status) => status.description)).toEqual([
      '[2.0.0] deploying to idle slot green',
      '[2.0.0] switching traffic to slot green',
      '[2.0.0] live on slot green (blue-green)',
    ]);
  });

  it('never moves traffic when the idle slot fails its checks', async () => {
    await deployEnv(blueGreen('1.0.0'));
    await provider.breakVersion('2.0.0');
    const result = await deployEnv(blueGreen('2.0.0', { 'verify-timeout': '1s' }));
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'rolled-back', slot: 'blue' });
    expect(await provider.liveSlot()).toBe('blue');
    const calls = (await provider.calls()).filter((call) => call.version === '2.0.0');
    expect(calls.map((call) => call.command)).toEqual(['deploy']);
    expect(emulator.state.deployments).toHaveLength(2);
    expect(states(emulator.state.deployments[0]!).at(-1)).toBe('success');
    expect(emulator.state.deployments[1]!.statuses.at(-1)).toMatchObject({
      state: 'failure',
      description: expect.stringMatching(
        /^\[2\.0\.0\] rolled back to 1\.0\.0: slot green did not become healthy/,
      ),
    });
    expect(result.summary).toContain('No traffic reached 2.0.0');
  });

  it('switches back when the new version fails behind the router', async () => {
    await deployEnv(blueGreen('1.0.0'));
    // The slot checks pass; what the router serves afterwards does not report the version.
    const result = await deployEnv(blueGreen('2.0.0', { 'environment-url': `${provider.url}/slots/blue/` }));
    expect(result.outputs['status']).toBe('rolled-back');
    expect(result.errors[0]).toMatch(/does not serve 2\.0\.0/);
    expect(await provider.liveSlot()).toBe('blue');
    const switches = (await provider.calls())
      .filter((call) => call.command === 'switch')
      .map((call) => call.slot);
    expect(switches).toEqual(['blue', 'green', 'blue']);
    // The switch back needed no deploy.
    expect((await provider.calls()).filter((call) => call.rollback).map((call) => call.command)).toEqual([
      'switch',
    ]);
  });

  it('finishes the record after a crash between the switch and the status, without deploying again', async () => {
    await deployEnv(blueGreen('1.0.0', { 'status-command': provider.commands.status }));
    await provider.crashAfter('switch');
    const crashed = await deployEnv(blueGreen('2.0.0', { 'status-command': provider.commands.status }), {
      runId: '555',
    });
    expect(crashed.exitCode).not.toBe(0);
    const deployment = emulator.state.deployments[1]!;
    expect(deployment.statuses.at(-1)).toMatchObject({
      state: 'in_progress',
      description: '[2.0.0] switching traffic to slot green',
    });
    const deploysBefore = (await provider.calls()).filter((call) => call.command === 'deploy').length;

    const rerun = await deployEnv(blueGreen('2.0.0', { 'status-command': provider.commands.status }), {
      runId: '555',
      env: { GITHUB_RUN_ATTEMPT: '2' },
    });
    expect(rerun.errors).toEqual([]);
    expect(rerun.outputs).toMatchObject({
      status: 'success',
      slot: 'green',
      'deployment-id': String(deployment.id),
    });
    expect(emulator.state.deployments).toHaveLength(2);
    expect(states(deployment)).toEqual(['in_progress', 'in_progress', 'success']);
    expect((await provider.calls()).filter((call) => call.command === 'deploy')).toHaveLength(deploysBefore);
    expect(rerun.summary).toMatch(/2\.0\.0 was already live \(the status-command says so\)/);
  });

  it('reads what is live from the environment URL when there is no status command', async () => {
    await deployEnv(blueGreen('1.0.0'));
    await provider.crashAfter('switch');
    expect((await deployEnv(blueGreen('2.0.0'), { runId: '557' })).exitCode).not.toBe(0);
    const rerun = await deployEnv(blueGreen('2.0.0'), { runId: '557', env: { GITHUB_RUN_ATTEMPT: '2' } });
    expect(rerun.errors).toEqual([]);
    expect(rerun.summary).toMatch(/2\.0\.0 was already live \(the environment-url says so\)/);
    expect(
      (await provider.calls()).filter((call) => call.version === '2.0.0').map((call) => call.command),
    ).toEqual(['deploy', 'switch']);
  });

  it('redoes the work after a crash before the switch, in the same deployment', async () => {
    await deployEnv(blueGreen('1.0.0'));
    await provider.crashAfter('deploy');
    const crashed = await deployEnv(blueGreen('2.0.0'), { runId: '556' });
    expect(crashed.exitCode).not.toBe(0);
    const rerun = await deployEnv(blueGreen('2.0.0'), { runId: '556', env: { GITHUB_RUN_ATTEMPT: '2' } });
    expect(rerun.errors).toEqual([]);
    expect(rerun.outputs).toMatchObject({ status: 'success', slot: 'green' });
    expect(emulator.state.deployments).toHaveLength(2);
    expect(await provider.liveSlot()).toBe('green');
  });
});

describe('canary', () => {
  const canary = () => ({
    environment: 'staging',
    version: '2.0.0',
    ...provider.inputs('canary'),
    'canary-weights': '50,100',
  });
  const weights = async () =>
    (await provider.calls()).filter((call) => call.command === 'traffic').map((call) => call.weight);

  it('starts the canary again after a crash while it took traffic, in the same deployment', async () => {
    await deployEnv({ environment: 'staging', version: '1.0.0', ...provider.inputs('direct') });
    await provider.crashAfter('traffic');
    expect((await deployEnv(canary(), { runId: '600' })).exitCode).not.toBe(0);
    const rerun = await deployEnv(canary(), { runId: '600', env: { GITHUB_RUN_ATTEMPT: '2' } });
    expect(rerun.errors).toEqual([]);
    expect(rerun.outputs['status']).toBe('success');
    expect(await weights()).toEqual(['50', '50', '100', '0']);
    expect(await provider.versionAt('blue')).toBe('2.0.0');
    expect(await provider.versionAt('canary')).toBeUndefined();
    expect(emulator.state.deployments).toHaveLength(2);
  });

  it('resumes a promotion cut short by a crash, without a new canary or analysis', async () => {
    await deployEnv({ environment: 'staging', version: '1.0.0', ...provider.inputs('direct') });
    await provider.crashAfter('deploy', 'promote');
    expect((await deployEnv(canary(), { runId: '601' })).exitCode).not.toBe(0);
    expect(emulator.state.deployments[1]!.statuses.at(-1)!.description).toBe(
      '[2.0.0] promoting the canary onto slot blue',
    );
    const rerun = await deployEnv(canary(), { runId: '601', env: { GITHUB_RUN_ATTEMPT: '2' } });
    expect(rerun.errors).toEqual([]);
    const deploys = (await provider.calls()).filter(
      (call) => call.command === 'deploy' && call.version === '2.0.0',
    );
    expect(deploys.map((call) => call.operation)).toEqual(['deploy', 'promote', 'promote']);
    expect(await weights()).toEqual(['50', '100', '100', '0']);
    expect(rerun.summary).not.toContain('Canary analysis');
    expect(await provider.versionAt('blue')).toBe('2.0.0');
  });
});
