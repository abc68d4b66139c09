/** The Deployments API record against the emulator: paging, what is live, creation without duplicates. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { GitHubClient } from '../../../packages/kit/src/index.js';
import {
  buildPayload,
  deploymentsInProgress,
  DeploymentRecord,
  describeStatus,
  findRollback,
} from '../../../packages/deployments/src/index.js';
import { startEmulator, type Emulator } from '../../bench/emulator/index.js';
import { clientFor } from '../../bench/emulator/client.js';

let emulator: Emulator;
let octokit: GitHubClient;
let sha: string;
const repo = { owner: 'acme', repo: 'app' };

const payload = (version: string, runId = '1') =>
  buildPayload({
    version,
    commit: sha,
    ref: 'main',
    strategy: 'direct',
    artifacts: [],
    run_id: runId,
    run_attempt: '1',
    run_url: '',
  });

async function seed(
  record: DeploymentRecord,
  version: string,
  states: Array<'in_progress' | 'success' | 'failure'>,
) {
  const deployment = await record.create({
    ref: sha,
    task: 'deploy',
    description: version,
    production: false,
    payload: payload(version),
  });
  for (const state of states)
    await record.setStatus(deployment, state, {
      description: describeStatus(version, state === 'success' ? 'live on slot blue' : state),
      autoInactive: true,
    });
  return deployment;
}

beforeEach(async () => {
  emulator = await startEmulator();
  sha = await emulator.seedCommit({ message: 'release', branch: 'main' });
  octokit = await clientFor(emulator);
});
afterEach(async () => {
  await emulator.close();
});

describe('DeploymentRecord', () => {
  it('pages through deployments newest first, fetching statuses only as far as it reads', async () => {
    const record = new DeploymentRecord(octokit, repo, 'staging');
    for (let index = 0; index < 55; index += 1) {
      await octokit.rest.repos.createDeployment({
        ...repo,
        ref: sha,
        environment: 'staging',
        auto_merge: false,
        required_contexts: [],
        payload: payload(`1.0.${index}`) as unknown as Record<string, unknown>,
      });
    }
    const oldest = await record.find((deployment) => deployment.version === '1.0.0');
    expect(oldest?.version).toBe('1.0.0');
    expect(emulator.callsTo('repos/list-deployments').map((call) => call.query['page'])).toEqual(['1', '2']);
    record.forget();
    const before = emulator.callsTo('repos/list-deployment-statuses').length;
    expect((await record.find(() => true))?.version).toBe('1.0.54');
    expect(emulator.callsTo('repos/list-deployment-statuses').length - before).toBe(1);
  });

  it('tells what is live and what is in progress after it', async () => {
    const record = new DeploymentRecord(octokit, repo, 'staging');
    await seed(record, '1.0.0', ['in_progress', 'success']);
    const second = await seed(record, '2.0.0', ['in_progress', 'success']);
    const busy = await seed(record, '3.0.0', ['in_progress']);
    record.forget();
    expect((await record.live())?.id).toBe(second.id);
    expect((await deploymentsInProgress(record, () => false)).map((deployment) => deployment.id)).toEqual([
      busy.id,
    ]);
    expect(await deploymentsInProgress(record, (deployment) => deployment.id === busy.id)).toEqual([]);
  });

  it('creates one deployment even when the first answer never arrives', async () => {
    const record = new DeploymentRecord(octokit, repo, 'staging');
    emulator.fault({ operationId: 'repos/create-deployment', drop: true });
    emulator.fault({ operationId: 'repos/create-deployment', status: 500 });
    const made = await record.create(
      { ref: sha, task: 'deploy', description: 'x', production: false, payload: payload('1.0.0') },
      4,
      5,
    );
    expect(made.version).toBe('1.0.0');
    expect(emulator.state.deployments).toHaveLength(1);
    // A client error is not tried again.
    await expect(
      record.create(
        {
          ref: 'no-such-ref',
          task: 'deploy',
          description: 'x',
          production: false,
          payload: payload('2.0.0'),
        },
        4,
        5,
      ),
    ).rejects.toMatchObject({ status: 422 });
    expect(emulator.callsTo('repos/create-deployment').filter((call) => call.status === 422)).toHaveLength(1);
  });
});

describe('findRollback', () => {
  it('goes back past versions that were rolled back, to the last good one', async () => {
    const record = new DeploymentRecord(octokit, repo, 'production');
    await seed(record, '1.0.0', ['in_progress', 'success']);
    const two = await seed(record, '2.0.0', ['in_progress', 'success']);
    await seed(record, '3.0.0', ['in_progress', 'success', 'failure']);
    const current = await seed(record, '2.0.0', ['in_progress', 'success']);
    const found = await findRollback(record, {});
    expect(found.bad.id).toBe(current.id);
    expect(found.target.version).toBe('1.0.0');
    const named = await findRollback(record, { to: '2.0.0', deploymentId: current.id }).catch(
      (thrown: Error) => thrown.message,
    );
    expect(named).toBe(`production is already on 2.0.0 (deployment #${current.id})`);
    expect(two.id).toBeLessThan(current.id);
  });
});
