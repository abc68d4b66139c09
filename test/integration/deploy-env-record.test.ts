/**
 * deploy-env and its record: adopting the deployment GitHub made for the job,
 * re-runs that find what was done, one deployment per environment at a time,
 * API faults, the guards that read the record, set-up of tools and the config file.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitHubClient } from '../../packages/kit/src/index.js';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { runAction, type RunResult } from '../bench/runner.js';
import { startScriptedProvider, type ScriptedProvider } from '../e2e/support/scripted-provider.js';
import { clientFor } from '../bench/emulator/client.js';

let emulator: Emulator;
let provider: ScriptedProvider;
let octokit: GitHubClient;
let sha: string;
let nextRun = 2000;

const API_ENV = { RELEASE_ACTIONS_API_RETRY_BASE_MS: '10', RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '0' };
const repo = { owner: 'acme', repo: 'app' };

function deployEnv(
  inputs: Record<string, string>,
  options: { runId?: string; ref?: string; workspace?: string; onSpawn?: (child: ChildProcess) => void } = {},
): Promise<RunResult> {
  return runAction('deploy-env', {
    onSpawn: options.onSpawn,
    inputs: { token: 'test-token', ...inputs },
    env: API_ENV,
    apiUrl: emulator.url,
    sha,
    ref: options.ref ?? 'refs/heads/main',
    runId: options.runId ?? String((nextRun += 1)),
    workspace: options.workspace,
  });
}

const staging = (version = '1.0.0') => ({ environment: 'staging', version, ...provider.inputs('direct') });

beforeEach(async () => {
  emulator = await startEmulator();
  provider = await startScriptedProvider();
  sha = await emulator.seedCommit({ message: 'release', branch: 'main' });
  octokit = await clientFor(emulator);
});

afterEach(async () => {
  await provider.stop();
  await emulator.close();
});

describe('the deployment GitHub created for the job', () => {
  it('is adopted instead of creating a second one, and a re-run finds it done', async () => {
    const { data } = await octokit.rest.repos.createDeployment({
      ...repo,
      ref: sha,
      environment: 'staging',
      auto_merge: false,
      required_contexts: [],
    });
    const adopted = (data as { id: number }).id;
    const result = await deployEnv(staging(), { runId: '31' });
    expect(result.errors).toEqual([]);
    expect(result.outputs['deployment-id']).toBe(String(adopted));
    expect(emulator.state.deployments).toHaveLength(1);
    expect(
      emulator.state.deployments[0]!.statuses.map((status) => `${status.state} ${status.description}`),
    ).toEqual([
      'in_progress [1.0.0] deploying (direct, slot blue)',
      'success [1.0.0] live on slot blue (direct)',
    ]);
    expect(result.summary).toContain('the deployment GitHub created for this job');

    const rerun = await deployEnv(staging(), { runId: '31' });
    expect(rerun.errors).toEqual([]);
    expect(rerun.outputs).toMatchObject({ 'deployment-id': String(adopted), status: 'success' });
    expect(emulator.state.deployments).toHaveLength(1);
    expect(emulator.state.deployments[0]!.statuses).toHaveLength(2);
    expect((await provider.calls()).filter((call) => call.command === 'deploy')).toHaveLength(1);
  });

  it('is retired when a re-run resumes the deployment an earlier attempt started', async () => {
    const runUrl = 'https://github.com/acme/app/actions/runs/41';
    const githubDeployment = async (job: string) => {
      const { data } = await octokit.rest.repos.createDeployment({
        ...repo,
        ref: sha,
        environment: 'staging',
        auto_merge: false,
        required_contexts: [],
      });
      const id = (data as { id: number }).id;
      await octokit.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: id,
        state: 'in_progress',
        log_url: `${runUrl}/job/${job}`,
      });
      return id;
    };
    // Attempt 1 adopted GitHub's deployment and died while deploying.
    const first = await githubDeployment('1');
    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: first,
      state: 'in_progress',
      description: '[1.0.0] deploying (direct, slot blue)',
      log_url: runUrl,
    });
    // Attempt 2: GitHub makes the job a new deployment before the step runs.
    const second = await githubDeployment('2');

    const result = await deployEnv(staging(), { runId: '41' });
    expect(result.errors).toEqual([]);
    expect(result.outputs['deployment-id']).toBe(String(first));
    expect(emulator.state.deployments.map((deployment) => deployment.id)).toEqual([first, second]);
    const states = (id: number) =>
      emulator.state.deployments
        .find((deployment) => deployment.id === id)!
        .statuses.map((status) => status.state);
    expect(states(first).at(-1)).toBe('success');
    expect(states(second)).toEqual(['in_progress', 'inactive']);
    const retired = emulator.state.deployments
      .find((deployment) => deployment.id === second)!
      .statuses.at(-1)!;
    expect(retired.description).toBe(
      `Superseded by deployment #${first}, which an earlier attempt of this run started`,
    );

    // Nothing is left in progress to hold the environment: the next run deploys at once.
    const next = await deployEnv(staging('1.0.1'), { runId: '42' });
    expect(next.errors).toEqual([]);
    expect(next.outputs['status']).toBe('success');
  });

  it('is the one named by deployment-id', async () => {
    const other = await emulator.seedCommit({ message: 'other', branch: 'main' });
    const { data } = await octokit.rest.repos.createDeployment({
      ...repo,
      ref: other,
      environment: 'staging',
      auto_merge: false,
      required_contexts: [],
    });
    const named = (data as { id: number }).id;
    const result = await deployEnv({ ...staging(), 'deployment-id': String(named) });
    expect(result.outputs['deployment-id']).toBe(String(named));
    expect(emulator.state.deployments).toHaveLength(1);
    const wrong = await deployEnv(
      { ...staging(), environment: 'production', 'deployment-id': String(named) },
      { ref: 'refs/tags/v1.0.0' },
    );
    expect(wrong.errors).toEqual([
      `Input "deployment-id": deployment #${named} is for staging, not production`,
    ]);
  });
});

describe('one deployment per environment at a time', () => {
  async function inProgressElsewhere(version = '0.9.0'): Promise<number> {
    const { data } = await octokit.rest.repos.createDeployment({
      ...repo,
      ref: sha,
      environment: 'staging',
      auto_merge: false,
      required_contexts: [],
      payload: {
        tool: 'release-actions',
        version,
        strategy: 'direct',
        run_id: '1',
        run_attempt: '1',
        run_url: 'https://github.com/acme/app/actions/runs/1',
        artifacts: [],
      },
    });
    const id = (data as { id: number }).id;
    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: id,
      state: 'in_progress',
      description: `[${version}] deploying`,
    });
    return id;
  }

  it('fails clearly when another deployment stays in progress past lock-timeout', async () => {
    const busy = await inProgressElsewhere();
    const result = await deployEnv({ ...staging(), 'lock-timeout': '1s' });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(
      new RegExp(
        `^staging is busy: deployment #${busy} \\(0\\.9\\.0\\) from https://github.com/acme/app/actions/runs/1 has been in progress since .*; waited 1(\\.\\d)?s`,
      ),
    );
    expect(emulator.state.deployments).toHaveLength(1);
    expect(await provider.calls()).toEqual([]);
  });

  it('waits for the other deployment to finish, then goes ahead', async () => {
    const busy = await inProgressElsewhere();
    // Finish the other deployment only once this one says it waits: how long the process takes to
    // start on a busy machine must not decide whether the wait happens at all.
    let saysItWaits!: () => void;
    const waiting = new Promise<void>((done) => (saysItWaits = done));
    const running = deployEnv(
      { ...staging(), 'lock-timeout': '60s' },
      {
        onSpawn: (child) => {
          let seen = '';
          child.stdout?.on('data', (chunk: Buffer) => {
            seen += chunk.toString('utf8');
            if (seen.includes(`Waiting for deployment #${busy} (0.9.0)`)) saysItWaits();
          });
        },
      },
    );
    await Promise.race([waiting, running]);
    expect(emulator.state.deployments).toHaveLength(1);
    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: busy,
      state: 'success',
      description: '[0.9.0] live',
    });
    const result = await running;
    expect(result.errors).toEqual([]);
    expect(result.log).toContain(`Waiting for deployment #${busy} (0.9.0)`);
    expect(result.outputs['previous-version']).toBe('0.9.0');
  });

  it('settles a stale deployment and goes ahead', async () => {
    const stale = await inProgressElsewhere();
    await new Promise((done) => setTimeout(done, 2100));
    const result = await deployEnv({ ...staging(), 'stale-after': '1s' });
    expect(result.errors).toEqual([]);
    expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      expect.stringMatching(
        new RegExp(`^Deployment #${stale} \\(0\\.9\\.0\\).* has had no update for [\\d.]+s: marked failure`),
      ),
    ]);
    const settled = emulator.state.deployments.find((deployment) => deployment.id === stale)!;
    expect(settled.statuses.at(-1)).toMatchObject({
      state: 'failure',
      description: expect.stringMatching(/^\[0\.9\.0\] stale: no update since .*; marked failed by run \d+$/),
    });
  });
});

describe('GitHub API faults', () => {
  it('retries 5xx answers, dropped connections and secondary rate limits without duplicates', async () => {
    emulator.fault({ operationId: 'repos/list-deployments', status: 500 });
    emulator.fault({ operationId: 'repos/create-deployment', drop: true });
    emulator.fault({ operationId: 'repos/create-deployment', status: 502 });
    emulator.fault({
      operationId: 'repos/create-deployment-status',
      secondaryRateLimit: true,
      retryAfter: 0,
    });
    emulator.fault({ operationId: 'repos/create-deployment-status', status: 503 });
    const result = await deployEnv(staging());
    expect(result.errors).toEqual([]);
    expect(emulator.state.deployments).toHaveLength(1);
    expect(emulator.state.deployments[0]!.statuses.map((status) => status.state)).toEqual([
      'in_progress',
      'success',
    ]);
    expect(emulator.calls.filter((call) => call.fault).length).toBe(5);
  });
});

describe('require-environment', () => {
  it('lets a version through once it is live in the required environment', async () => {
    expect((await deployEnv(staging())).errors).toEqual([]);
    const result = await deployEnv(
      { ...staging(), environment: 'production', 'require-environment': 'staging' },
      { ref: 'refs/tags/v1.0.0' },
    );
    expect(result.errors).toEqual([]);
    expect(result.log).toContain(
      `1.0.0 passed staging first (deployment #${emulator.state.deployments[0]!.id})`,
    );
  });
});

describe('setup-tools', () => {
  let server: Server;
  let url: string;
  let archive: Buffer;
  let work: string;

  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'tool-archive-'));
    await mkdir(join(work, 'bin'));
    await writeFile(
      join(work, 'bin', 'hello-tool'),
      '#!/usr/bin/env bash\necho "hello-tool 1.2.3 says $1"\n',
      { mode: 0o755 },
    );
    execFileSync('tar', ['-czf', join(work, 'tool.tar.gz'), '-C', work, 'bin']);
    archive = await readFile(join(work, 'tool.tar.gz'));
    server = createServer((request, response) => {
      if (request.url === '/hello-tool/1.2.3/hello-tool-linux-amd64.tar.gz') {
        response.writeHead(200, { 'content-type': 'application/gzip' });
        response.end(archive);
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  afterEach(async () => {
    await new Promise<void>((done) => server.close(() => done()));
    await rm(work, { recursive: true, force: true });
  });

  const tools = (sha256: string) =>
    `- name: hello-tool\n  version: 1.2.3\n  url: ${url}/{name}/{version}/{name}-{os}-{arch}.tar.gz\n  sha256: ${sha256}\n  bin: bin\n`;

  it('downloads, verifies, caches and puts the tool on PATH for the commands', async () => {
    const digest = createHash('sha256').update(archive).digest('hex');
    const output = join(work, 'said.txt');
    const result = await deployEnv({
      ...staging(),
      'setup-tools': tools(digest),
      'deploy-command': `hello-tool "$RELEASE_VERSION" > ${output} && ${provider.commands.deploy}`,
    });
    expect(result.errors).toEqual([]);
    expect((await readFile(output, 'utf8')).trim()).toBe('hello-tool 1.2.3 says 1.0.0');
    expect(result.paths).toEqual([expect.stringMatching(/tool-cache\/hello-tool\/1\.2\.3\/x64\/bin$/)]);
    expect(result.log).toContain('hello-tool 1.2.3: downloaded from');
  });

  it('refuses a tool whose sha256 does not match, before anything is deployed', async () => {
    const result = await deployEnv({ ...staging(), 'setup-tools': tools('0'.repeat(64)) });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      expect.stringMatching(
        /^hello-tool 1\.2\.3: the file downloaded from http:\/\/127\.0\.0\.1:\d+\/hello-tool\/1\.2\.3\/hello-tool-linux-amd64\.tar\.gz has sha256 [0-9a-f]{64}, expected 0{64}; the tool was refused/,
      ),
    ]);
    expect(result.paths).toEqual([]);
    expect(emulator.state.deployments).toEqual([]);
    expect(await provider.calls()).toEqual([]);
  });

  it('reports a malformed tool list as an input error', async () => {
    const result = await deployEnv({ ...staging(), 'setup-tools': '- name: hello-tool\n  version: 1.2.3\n' });
    expect(result.errors[0]).toMatch(
      /^Input "setup-tools": got ".*", expected a YAML list of tools.*tool 1: url "" is not an http\(s\) URL/s,
    );
  });
});

describe('settings per environment in .github/release-actions.yml', () => {
  it('reads them under environments.<name>, with the step inputs on top', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'deploy-env-config-'));
    await mkdir(join(workspace, '.github'));
    await writeFile(
      join(workspace, '.github/release-actions.yml'),
      [
        'environments:',
        '  staging:',
        '    strategy: blue-green',
        `    deploy-command: ${provider.commands.deploy}`,
        `    switch-command: ${provider.commands.switch}`,
        `    verify-url: ${provider.url}/slots/{slot}/health`,
        '    version-path: $.version',
        '    slots: [left, right]',
        '    retries: 0',
        '',
      ].join('\n'),
    );
    const result = await deployEnv({ environment: 'staging', version: '1.0.0' }, { workspace });
    expect(result.errors).toEqual([]);
    expect(result.outputs['slot']).toBe('left');
    expect((await provider.calls()).map((call) => `${call.command}:${call.slot}`)).toEqual([
      'deploy:left',
      'switch:left',
    ]);

    const overridden = await deployEnv(
      { environment: 'staging', version: '2.0.0', strategy: 'direct' },
      { workspace },
    );
    expect(overridden.errors).toEqual([]);
    expect((await provider.calls()).at(-1)).toMatchObject({
      command: 'deploy',
      strategy: 'direct',
      slot: 'left',
    });

    await writeFile(
      join(workspace, '.github/release-actions.yml'),
      'environments:\n  staging:\n    stratgy: direct\n',
    );
    const bad = await deployEnv({ environment: 'staging', version: '3.0.0' }, { workspace });
    expect(bad.errors).toEqual([
      '.github/release-actions.yml:3:5: unknown key "stratgy" (did you mean "strategy"?)\nHint: Start the file with "# yaml-language-server: $schema=https://raw.githubusercontent.com/org/release-actions/v1/schema/release-actions.schema.json" and editors check it as you type.',
    ]);
    expect(bad.annotations[0]!.properties).toMatchObject({
      file: '.github/release-actions.yml',
      line: '3',
      col: '5',
    });
    await rm(workspace, { recursive: true, force: true });
  });
});
