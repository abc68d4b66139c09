/**
 * rollback as the runner runs it: the bundle as a process against the record
 * deploy-env left in the GitHub API emulator, with a scripted provider.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { runAction, type RunResult } from '../bench/runner.js';
import { startScriptedProvider, type ScriptedProvider } from '../e2e/support/scripted-provider.js';

let emulator: Emulator;
let provider: ScriptedProvider;
let sha: string;
let nextRun = 3000;

const API_ENV = { RELEASE_ACTIONS_API_RETRY_BASE_MS: '10', RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '0' };
type Strategy = 'direct' | 'rolling' | 'blue-green' | 'canary';

function run(
  name: string,
  inputs: Record<string, string>,
  runId = String((nextRun += 1)),
): Promise<RunResult> {
  return runAction(name, {
    inputs: { token: 'test-token', ...inputs },
    env: API_ENV,
    apiUrl: emulator.url,
    sha,
    runId,
  });
}

const extra = (strategy: Strategy): Record<string, string> =>
  strategy === 'rolling'
    ? { targets: 'web-1,web-2,web-3', 'batch-size': '2' }
    : { 'canary-weights': '50,100' };

async function deployed(strategy: Strategy, ...versions: string[]): Promise<void> {
  for (const version of versions) {
    const result = await run('deploy-env', {
      environment: 'staging',
      version,
      ...provider.inputs(strategy),
      ...extra(strategy),
    });
    expect(result.errors).toEqual([]);
  }
}

function rollback(
  strategy: Strategy,
  inputs: Record<string, string> = {},
  runId?: string,
): Promise<RunResult> {
  return run(
    'rollback',
    {
      environment: 'staging',
      reason: 'errors after release',
      ...provider.inputs(strategy),
      ...extra(strategy),
      ...inputs,
    },
    runId,
  );
}

const snapshot = () => JSON.stringify(emulator.state.deployments);
const rollbackCalls = async () =>
  (await provider.calls())
    .filter((call) => call.rollback)
    .map(
      (call) =>
        `${call.command}:${call.operation}:${call.version}:${call.slot}${call.weight ? `@${call.weight}` : ''}${call.target ? `>${call.target}` : ''}`,
    );

beforeEach(async () => {
  emulator = await startEmulator();
  provider = await startScriptedProvider();
  sha = await emulator.seedCommit({ message: 'release', branch: 'main' });
});

afterEach(async () => {
  await provider.stop();
  await emulator.close();
});

describe('refusals, with nothing changed', () => {
  it('needs a reason, and an earlier good version', async () => {
    const noReason = await run('rollback', { environment: 'staging', ...provider.inputs('direct') });
    expect(noReason.errors).toEqual([
      'Input "reason": got "", expected why the environment is rolled back (required)',
    ]);

    const empty = await rollback('direct');
    expect(empty.errors).toEqual(['staging has no deployment to roll back\nHint: Nothing was changed.']);

    await deployed('direct', '1.0.0');
    const before = snapshot();
    const alone = await rollback('direct');
    expect(alone.exitCode).toBe(1);
    expect(alone.errors[0]).toMatch(
      /^Cannot roll back: no earlier good deployment of staging with a version other than 1\.0\.0/,
    );
    const unknown = await rollback('direct', { to: '0.1.0' });
    expect(unknown.errors[0]).toMatch(/^Cannot roll back: no successful deployment of 0\.1\.0 to staging/);
    expect(snapshot()).toBe(before);
    expect(await rollbackCalls()).toEqual([]);
  });

  it('names the command a rollback of this kind needs', async () => {
    await deployed('blue-green', '1.0.0', '2.0.0');
    const before = snapshot();
    const result = await rollback('blue-green', { 'switch-command': '' });
    expect(result.errors).toEqual([
      'Input "switch-command": got "", expected a command (rolling back this blue-green deployment means: switch traffic back to slot blue, which still runs 1.0.0)',
    ]);
    expect(snapshot()).toBe(before);
  });
});

describe('direct', () => {
  it('deploys the previous version again, records it and reports it; a re-run finds it done', async () => {
    await deployed('direct', '1.0.0', '2.0.0');
    const [first, bad] = emulator.state.deployments;
    const result = await rollback('direct', {}, '71');
    expect(result.errors).toEqual([]);
    const restore = emulator.state.deployments[2]!;
    expect(result.outputs).toEqual({
      status: 'rolled-back',
      'rolled-back-from': '2.0.0',
      'rolled-back-to': '1.0.0',
      'deployment-id': String(restore.id),
    });
    expect(await rollbackCalls()).toEqual(['deploy:deploy:1.0.0:blue']);
    expect(await provider.versionAt('blue')).toBe('1.0.0');
    expect(await provider.envOf('deploy')).toMatchObject({
      RELEASE_ROLLBACK: 'true',
      RELEASE_PREVIOUS_VERSION: '2.0.0',
      RELEASE_VERSION: '1.0.0',
    });
    expect(restore).toMatchObject({ task: 'deploy:rollback', sha: first!.sha });
    expect(restore.payload).toMatchObject({
      version: '1.0.0',
      rollback_of: bad!.id,
      reason: 'errors after release',
      previous_version: '2.0.0',
    });
    expect(restore.statuses.map((status) => status.state)).toEqual(['in_progress', 'in_progress', 'success']);
    expect(bad!.statuses.map((status) => status.state)).toEqual(['in_progress', 'success', 'failure']);
    expect(bad!.statuses.at(-1)!.description).toBe('[2.0.0] rolled back to 1.0.0: errors after release');
    expect(result.summary).toContain('## ↩️ Rolled staging back from 2.0.0 to 1.0.0');
    expect(result.summary).toContain('| Reason | errors after release |');
    expect(result.summary).toMatch(/\| Impact \| 2\.0\.0 served the environment for/);

    const rerun = await rollback('direct', {}, '71');
    expect(rerun.errors).toEqual([]);
    expect(rerun.outputs['deployment-id']).toBe(String(restore.id));
    expect(emulator.state.deployments).toHaveLength(3);
    expect(await rollbackCalls()).toHaveLength(1);

    // Nothing good is left before 1.0.0 now that 2.0.0 is marked failed.
    const again = await rollback('direct');
    expect(again.errors[0]).toMatch(
      /^Cannot roll back: no earlier good deployment of staging with a version other than 1\.0\.0/,
    );
  });
});

describe('blue-green', () => {
  it('switches back to the old slot without deploying anything', async () => {
    await deployed('blue-green', '1.0.0', '2.0.0');
    const result = await rollback('blue-green');
    expect(result.errors).toEqual([]);
    expect(await rollbackCalls()).toEqual(['switch:switch:1.0.0:blue']);
    expect(await provider.liveSlot()).toBe('blue');
    expect(emulator.state.deployments[2]!.payload).toMatchObject({ slot: 'blue', strategy: 'blue-green' });
  });

  it('deploys to the idle slot when the old slot no longer holds the version asked for', async () => {
    await deployed('blue-green', '1.0.0', '2.0.0', '3.0.0');
    const result = await rollback('blue-green', { to: '1.0.0' });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ 'rolled-back-from': '3.0.0', 'rolled-back-to': '1.0.0' });
    expect(await rollbackCalls()).toEqual(['deploy:deploy:1.0.0:green', 'switch:switch:1.0.0:green']);
    expect(await provider.liveSlot()).toBe('green');
  });
});

describe('canary', () => {
  it('brings the previous version back as a canary at 100%, then onto the stable slot', async () => {
    await deployed('canary', '1.0.0', '2.0.0');
    const result = await rollback('canary');
    expect(result.errors).toEqual([]);
    expect(await rollbackCalls()).toEqual([
      'deploy:deploy:1.0.0:canary',
      'traffic:traffic:1.0.0:canary@100',
      'deploy:promote:1.0.0:blue',
      'traffic:traffic:1.0.0:canary@0',
      'remove:remove:1.0.0:canary',
    ]);
    expect(await provider.versionAt('blue')).toBe('1.0.0');
  });
});

describe('rolling', () => {
  it('deploys the previous version again to every target of the bad deployment', async () => {
    await deployed('rolling', '1.0.0', '2.0.0');
    const result = await rollback('rolling', { targets: '' });
    expect(result.errors).toEqual([]);
    expect((await rollbackCalls()).sort()).toEqual([
      'deploy:deploy:1.0.0:blue>web-1',
      'deploy:deploy:1.0.0:blue>web-2',
      'deploy:deploy:1.0.0:blue>web-3',
    ]);
  });
});
