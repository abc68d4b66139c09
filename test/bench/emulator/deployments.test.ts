import { describe, it, expect, afterEach } from '@jest/globals';
import type { GitHubClient } from '../../../packages/kit/src/github.js';
import { startEmulator, type Emulator } from './index.js';
import { clientFor } from './client.js';

let emulator: Emulator | undefined;

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(): Promise<{ emulator: Emulator; octokit: GitHubClient }> {
  emulator = await startEmulator();
  const octokit = await clientFor(emulator);
  return { emulator, octokit };
}

const repo = { owner: 'acme', repo: 'app' };

type CreateDeployment = GitHubClient['rest']['repos']['createDeployment'];
type Deployment = Extract<Awaited<ReturnType<CreateDeployment>>['data'], { id: number }>;

/** Creates a deployment that must be created (201, not an auto-merge 202); no context checks by default. */
interface DeployParams {
  ref: string;
  environment?: string;
  task?: string;
  payload?: Record<string, unknown> | string;
  auto_merge?: boolean;
  required_contexts?: string[];
}

async function deploy(octokit: GitHubClient, params: DeployParams): Promise<Deployment> {
  const response = await octokit.rest.repos.createDeployment({ ...repo, required_contexts: [], ...params });
  expect(response.status).toBe(201);
  return response.data as Deployment;
}

describe('GitHub API emulator: deployments and environments', () => {
  it('creates a deployment resolved to a commit, with GitHub’s defaults', async () => {
    const { emulator, octokit } = await start();
    const main = (await emulator.refs())['refs/heads/main']!;
    const data = await deploy(octokit, {
      ref: 'main',
      environment: 'staging',
      payload: { version: '1.4.0', strategy: 'blue-green' },
      auto_merge: false,
    });
    expect(data).toMatchObject({
      sha: main,
      ref: 'main',
      task: 'deploy',
      environment: 'staging',
      original_environment: 'staging',
      production_environment: false,
      transient_environment: false,
      payload: { version: '1.4.0', strategy: 'blue-green' },
      creator: { login: 'github-actions[bot]', type: 'Bot' },
    });
    // Deploying to an environment creates it, as on GitHub.
    const { data: env } = await octokit.rest.repos.getEnvironment({ ...repo, environment_name: 'staging' });
    expect(env.name).toBe('staging');

    const prod = await deploy(octokit, { ref: main, payload: '{"v":1}' });
    expect(prod).toMatchObject({
      environment: 'production',
      production_environment: true,
      payload: '{"v":1}',
    });
    await expect(
      octokit.rest.repos.createDeployment({ ...repo, ref: 'nope', required_contexts: [] }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'No ref found for: nope' } },
    });
  });

  it('records statuses, and a success marks older successful deployments of that environment inactive', async () => {
    const { emulator, octokit } = await start();
    const deployTo = async (environment: string) => (await deploy(octokit, { ref: 'main', environment })).id;
    const first = await deployTo('production');
    const other = await deployTo('staging');
    await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: first, state: 'success' });
    await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: other, state: 'success' });
    const second = await deployTo('production');
    const { data: inProgress } = await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: second,
      state: 'in_progress',
      log_url: 'https://ci.example.com/run/2',
    });
    expect(inProgress).toMatchObject({
      state: 'in_progress',
      log_url: 'https://ci.example.com/run/2',
      target_url: 'https://ci.example.com/run/2',
    });
    // Not yet successful: the first is still the live one.
    expect(emulator.state.deployment(first)?.statuses.map((s) => s.state)).toEqual(['success']);

    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: second,
      state: 'success',
      environment_url: 'https://app.example.com',
    });
    expect(emulator.state.deployment(first)?.statuses.map((s) => s.state)).toEqual(['success', 'inactive']);
    expect(emulator.state.deployment(other)?.statuses.map((s) => s.state)).toEqual(['success']);
    const { data: listed } = await octokit.rest.repos.listDeploymentStatuses({
      ...repo,
      deployment_id: first,
    });
    expect(listed.map((s) => s.state)).toEqual(['inactive', 'success']);
    const { data: one } = await octokit.rest.repos.getDeploymentStatus({
      ...repo,
      deployment_id: first,
      status_id: listed[1]!.id,
    });
    expect(one.state).toBe('success');

    // auto_inactive: false leaves the previous deployment alone.
    const third = await deployTo('production');
    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: third,
      state: 'success',
      auto_inactive: false,
    });
    expect(emulator.state.deployment(second)?.statuses.at(-1)?.state).toBe('success');
  });

  it('lists newest first with filters and paginates with Link headers', async () => {
    const { octokit, emulator } = await start();
    for (let i = 0; i < 7; i++) {
      await deploy(octokit, {
        ref: 'main',
        environment: i % 2 ? 'staging' : 'production',
        task: `deploy:${i}`,
      });
    }
    const firstPage = await octokit.rest.repos.listDeployments({ ...repo, per_page: 3 });
    expect(firstPage.headers.link).toMatch(/rel="next"/);
    expect(firstPage.headers.link).toMatch(/rel="last"/);
    const all = await octokit.paginate(octokit.rest.repos.listDeployments, { ...repo, per_page: 3 });
    expect(all.map((d) => d.task)).toEqual([
      'deploy:6',
      'deploy:5',
      'deploy:4',
      'deploy:3',
      'deploy:2',
      'deploy:1',
      'deploy:0',
    ]);
    expect(emulator.callsTo('repos/list-deployments')).toHaveLength(4);
    const staging = await octokit.paginate(octokit.rest.repos.listDeployments, {
      ...repo,
      environment: 'staging',
    });
    expect(staging.map((d) => d.task)).toEqual(['deploy:5', 'deploy:3', 'deploy:1']);
    const byTask = await octokit.rest.repos.listDeployments({ ...repo, task: 'deploy:2' });
    expect(byTask.data).toHaveLength(1);
  });

  it('deletes only inactive deployments once there are several', async () => {
    const { octokit } = await start();
    const only = await deploy(octokit, { ref: 'main' });
    await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: only.id, state: 'success' });
    const next = await deploy(octokit, { ref: 'main' });
    await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: next.id, state: 'success' });
    await expect(
      octokit.rest.repos.deleteDeployment({ ...repo, deployment_id: next.id }),
    ).rejects.toMatchObject({ status: 422 });
    // `only` was made inactive by the success of `next`.
    await octokit.rest.repos.deleteDeployment({ ...repo, deployment_id: only.id });
    await expect(octokit.rest.repos.getDeployment({ ...repo, deployment_id: only.id })).rejects.toMatchObject(
      { status: 404 },
    );
    // The last one left can go whatever its state.
    await octokit.rest.repos.deleteDeployment({ ...repo, deployment_id: next.id });
  });

  it('checks required contexts before deploying, and auto-merges the default branch into a stale ref', async () => {
    const { emulator, octokit } = await start();
    const main = (await emulator.refs())['refs/heads/main']!;
    emulator.seedStatus(main, { context: 'ci/test', state: 'failure' });
    emulator.seedCheckRun(main, { name: 'build', status: 'completed', conclusion: 'success' });
    const failed = await octokit.rest.repos
      .createDeployment({ ...repo, ref: 'main' })
      .catch((e: unknown) => e);
    expect(failed).toMatchObject({ status: 409 });
    await deploy(octokit, { ref: 'main', required_contexts: ['build'] });

    // A topic branch behind main gets main merged into it (202) instead of a deployment.
    const base = await emulator.seedCommit({ message: 'feature', branch: 'topic', parents: [main] });
    await emulator.seedCommit({ message: 'main moves on', branch: 'main' });
    const merged = await octokit.rest.repos.createDeployment({
      ...repo,
      ref: 'topic',
      required_contexts: [],
    });
    expect(merged.status).toBe(202);
    const topic = (await emulator.refs())['refs/heads/topic'];
    expect(topic).not.toBe(base);
    await deploy(octokit, { ref: 'topic' });
  });

  it('creates, updates and lists environments with protection rules', async () => {
    const { emulator, octokit } = await start();
    emulator.setPermission('release-manager', 'maintain');
    const { data } = await octokit.rest.repos.createOrUpdateEnvironment({
      ...repo,
      environment_name: 'production',
      wait_timer: 5,
      reviewers: [{ type: 'User', id: 4242 }],
      deployment_branch_policy: { protected_branches: true, custom_branch_policies: false },
    });
    expect(data.protection_rules?.map((r) => r.type)).toEqual([
      'wait_timer',
      'required_reviewers',
      'branch_policy',
    ]);
    await octokit.rest.repos.createOrUpdateEnvironment({ ...repo, environment_name: 'staging' });
    const { data: all } = await octokit.rest.repos.getAllEnvironments(repo);
    expect(all.total_count).toBe(2);
    expect(all.environments?.map((e) => e.name)).toEqual(['production', 'staging']);
    await expect(
      octokit.rest.repos.getEnvironment({ ...repo, environment_name: 'qa' }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
