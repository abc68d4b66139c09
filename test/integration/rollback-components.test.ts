/**
 * Monorepo components sharing one environment, as the runner runs deploy-env and rollback: the
 * bundles as processes against the emulator. Each component's deployments carry the task
 * `deploy:<component>`, and its rollbacks go back to its own last good version, never another's.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { runAction, type RunResult } from '../bench/runner.js';
import { startScriptedProvider, type ScriptedProvider } from '../e2e/support/scripted-provider.js';
import type { Deployment } from '../bench/emulator/state.js';

let emulator: Emulator;
let provider: ScriptedProvider;
let sha: string;
let nextRun = 7000;

const API_ENV = { RELEASE_ACTIONS_API_RETRY_BASE_MS: '10', RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '0' };

function run(name: string, inputs: Record<string, string>): Promise<RunResult> {
  return runAction(name, {
    inputs: { token: 'test-token', environment: 'staging', ...provider.inputs('direct'), ...inputs },
    env: API_ENV,
    apiUrl: emulator.url,
    sha,
    runId: String((nextRun += 1)),
  });
}

async function deployed(...releases: [component: string, version: string][]): Promise<void> {
  for (const [component, version] of releases) {
    const result = await run('deploy-env', { component, version });
    expect(result.errors).toEqual([]);
  }
}

const versionOf = (deployment: Deployment) => (deployment.payload as { version?: string }).version;
const record = () => emulator.state.deployments.map((d) => `${d.task} ${versionOf(d)}`);
const rollbackVersions = async () =>
  (await provider.calls()).filter((call) => call.rollback).map((call) => call.version);

beforeEach(async () => {
  emulator = await startEmulator();
  provider = await startScriptedProvider();
  sha = await emulator.seedCommit({ message: 'release', branch: 'main' });
});

afterEach(async () => {
  await provider.stop();
  await emulator.close();
});

describe('components sharing an environment', () => {
  it("rolls each component back to its own last good version, whatever the others' deployed since", async () => {
    await deployed(['api', '1.0.0'], ['web', '2.0.0'], ['api', '1.1.0'], ['web', '2.1.0']);
    expect(record()).toEqual([
      'deploy:api 1.0.0',
      'deploy:web 2.0.0',
      'deploy:api 1.1.0',
      'deploy:web 2.1.0',
    ]);

    const api = await run('rollback', { component: 'api', reason: 'errors after release' });
    expect(api.errors).toEqual([]);
    expect(api.outputs).toMatchObject({ 'rolled-back-from': '1.1.0', 'rolled-back-to': '1.0.0' });
    const apiRollback = emulator.state.deployments.at(-1)!;
    expect(apiRollback.task).toBe('deploy:api');
    expect(apiRollback.payload).toMatchObject({
      version: '1.0.0',
      rollback_of: emulator.state.deployments[2]!.id,
    });

    // web's newest deployment was made inactive by GitHub when api's rollback went live: still web's current one.
    const web = await run('rollback', { component: 'web', reason: 'errors after release' });
    expect(web.errors).toEqual([]);
    expect(web.outputs).toMatchObject({ 'rolled-back-from': '2.1.0', 'rolled-back-to': '2.0.0' });
    expect(record().slice(4)).toEqual(['deploy:api 1.0.0', 'deploy:web 2.0.0']);
    expect(await rollbackVersions()).toEqual(['1.0.0', '2.0.0']);
  });

  it("deploy-env's automatic rollback goes back to the component's previous version", async () => {
    await deployed(['api', '1.0.0'], ['web', '2.0.0']);
    await provider.breakVersion('1.1.0');
    const result = await run('deploy-env', { component: 'api', version: '1.1.0', 'auto-rollback': 'true' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'rolled-back', 'previous-version': '1.0.0' });
    expect(result.errors[0]).toMatch(/^Deploying 1\.1\.0 to staging failed: .*Rolled back to 1\.0\.0:/s);
    expect(await rollbackVersions()).toEqual(['1.0.0']);
    expect(record().every((line) => /^deploy:(api|web) /.test(line))).toBe(true);
  });

  it("production requires the component's own version in staging", async () => {
    await deployed(['api', '1.0.0']);
    const web = await run('deploy-env', {
      environment: 'production',
      component: 'web',
      version: '1.0.0',
      'require-environment': 'staging',
    });
    expect(web.exitCode).toBe(1);
    expect(web.errors[0]).toMatch(/1\.0\.0/);
    const api = await run('deploy-env', {
      environment: 'production',
      component: 'api',
      version: '1.0.0',
      'require-environment': 'staging',
    });
    expect(api.errors).toEqual([]);
  });

  it("refuses another component's deployment and a bad component name, changing nothing", async () => {
    await deployed(['api', '1.0.0'], ['web', '2.0.0'], ['web', '2.1.0']);
    const before = JSON.stringify(emulator.state.deployments);
    const other = await run('rollback', {
      component: 'api',
      reason: 'errors',
      'deployment-id': String(emulator.state.deployments[2]!.id),
    });
    expect(other.errors[0]).toBe(
      `Deployment #${emulator.state.deployments[2]!.id} is not one of component api (its task is deploy:web, not deploy:api)`,
    );
    const bad = await run('rollback', { component: 'api/v2', reason: 'errors' });
    expect(bad.errors).toEqual([
      'Input "component": got "api/v2", expected a component name from components: in the config file, such as api',
    ]);
    const badDeploy = await run('deploy-env', { component: '-api', version: '1.0.0' });
    expect(badDeploy.errors[0]).toMatch(/^Input "component": got "-api", expected a component name/);
    expect(JSON.stringify(emulator.state.deployments)).toBe(before);
  });

  it('keeps the whole-repository record as it was without a component', async () => {
    const first = await run('deploy-env', { version: '1.0.0' });
    const second = await run('deploy-env', { version: '1.1.0' });
    expect([first.errors, second.errors]).toEqual([[], []]);
    const back = await run('rollback', { reason: 'errors' });
    expect(back.outputs['rolled-back-to']).toBe('1.0.0');
    expect(emulator.state.deployments.map((d) => d.task)).toEqual(['deploy', 'deploy', 'deploy:rollback']);
  });
});
