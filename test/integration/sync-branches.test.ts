import { afterEach, describe, expect, it } from '@jest/globals';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { runAction } from '../bench/runner.js';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';

/**
 * The bundle as the runner runs it: a clone of a real origin as the
 * workspace, real conflicts, and the GitHub API emulator for the pull request.
 */

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function conflicted(): Promise<{ fixture: GitFixture; emulator: Emulator; workspace: string }> {
  const fixture = await createGitFixture({
    files: { 'src/app.ts': 'export const mode = "base";\n', 'README.md': '# app\n' },
  });
  cleanups.push(() => fixture.cleanup());
  await fixture.script([
    { branch: 'develop' },
    { commit: 'fix: hotfix mode', files: { 'src/app.ts': 'export const mode = "hotfix";\n' } },
    { checkout: 'develop' },
    {
      commit: 'feat: new mode',
      files: { 'src/app.ts': 'export const mode = "feature";\n', 'README.md': '# app!\n' },
    },
    { push: 'all' },
  ]);
  const emulator = await startEmulator({ gitDir: fixture.origin });
  cleanups.push(() => emulator.close());
  const workspace = await fixture.clone('workspace');
  return { fixture, emulator, workspace };
}

const env = { RELEASE_ACTIONS_API_RETRY_BASE_MS: '0', RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '10' };

describe('sync-branches bundle', () => {
  it('opens one pull request for a conflict, fails the step, and reuses the pull request on a re-run', async () => {
    const { fixture, emulator, workspace } = await conflicted();
    const developBefore = await fixture.git(['rev-parse', 'develop'], fixture.origin);
    const options = {
      workspace,
      apiUrl: emulator.url,
      env,
      inputs: { source: 'main', targets: 'develop', labels: 'sync, needs-resolution', token: 'test-token' },
    };
    const first = await runAction('sync-branches', options);
    expect(first.exitCode).toBe(1);
    expect(first.errors).toHaveLength(1);
    expect(first.errors[0]).toMatch(
      /"develop" conflicts in src\/app\.ts \(pull request https:\/\/github\.com\/acme\/app\/pull\/1\)/,
    );
    expect(first.outputs).toMatchObject({
      status: 'conflict',
      conflicts: '["develop"]',
      'pull-requests': '["https://github.com/acme/app/pull/1"]',
      deleted: 'false',
    });
    expect(JSON.parse(first.outputs['results']!)).toEqual([
      {
        target: 'develop',
        outcome: 'conflict',
        sha: developBefore,
        conflicts: ['src/app.ts'],
        'pull-request': 'https://github.com/acme/app/pull/1',
      },
    ]);
    expect(first.summary).toContain('⚠️ conflict');
    expect(first.summary).toContain('opened [#1](https://github.com/acme/app/pull/1)');
    expect(await fixture.git(['rev-parse', 'develop'], fixture.origin)).toBe(developBefore);

    const [created] = emulator.callsTo('pulls/create');
    expect(created!.requestBody).toMatchObject({ head: 'sync/main-into-develop', base: 'develop' });
    expect((created!.requestBody as { body: string }).body).toContain('`src/app.ts`');
    expect(emulator.state.issue(1)!.labels.sort()).toEqual(['needs-resolution', 'sync']);

    const again = await runAction('sync-branches', { ...options, runId: '4243' });
    expect(again.exitCode).toBe(1);
    expect(again.summary).toContain('reused [#1]');
    expect(emulator.callsTo('pulls/create')).toHaveLength(1);
    expect(emulator.callsTo('pulls/update')).toHaveLength(0);
    expect(emulator.state.pulls).toHaveLength(1);
  });

  it('warns and succeeds on a conflict when told to, after merging the targets that merge cleanly', async () => {
    const { fixture, emulator, workspace } = await conflicted();
    await fixture.checkout('main');
    await fixture.git(['switch', '--quiet', '-c', 'hotfix/fix-mode', 'main~1']);
    await fixture.commit('fix: real hotfix', { 'src/app.ts': 'export const mode = "fixed";\n' });
    await fixture.push(['hotfix/fix-mode']);
    await fixture.git(['switch', '--quiet', '-c', 'staging', 'main~1']);
    await fixture.push(['staging']);
    const result = await runAction('sync-branches', {
      workspace,
      apiUrl: emulator.url,
      env,
      inputs: {
        source: 'hotfix/fix-mode',
        targets: 'staging\ndevelop',
        'on-conflict': 'warn',
        token: 'test-token',
      },
    });
    expect(result.exitCode).toBe(0);
    expect(result.errors).toEqual([]);
    expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      expect.stringContaining('"develop" conflicts in src/app.ts'),
    ]);
    expect(result.outputs['merged']).toBe('["staging"]');
    expect(await fixture.git(['rev-parse', 'staging'], fixture.origin)).toBe(
      await fixture.git(['rev-parse', 'hotfix/fix-mode'], fixture.origin),
    );
    expect(emulator.callsTo('pulls/create')[0]!.requestBody).toMatchObject({
      head: 'sync/hotfix-fix-mode-into-develop',
    });
  });

  it('merges cleanly without touching the API, and deletes the merged branch', async () => {
    const fixture = await createGitFixture();
    cleanups.push(() => fixture.cleanup());
    await fixture.script([
      { branch: 'develop' },
      { checkout: 'develop' },
      { commit: 'feat: develop work', files: { 'dev.txt': 'dev\n' } },
      { checkout: 'main' },
      { branch: 'release/v1.1.0' },
      { checkout: 'release/v1.1.0' },
      { commit: 'chore(release): v1.1.0', files: { VERSION: '1.1.0\n' } },
      { push: 'all' },
    ]);
    const emulator = await startEmulator({ gitDir: fixture.origin });
    cleanups.push(() => emulator.close());
    const workspace = await fixture.clone('workspace');
    const result = await runAction('sync-branches', {
      workspace,
      apiUrl: emulator.url,
      env,
      inputs: {
        source: 'release/v1.1.0',
        targets: 'main, develop',
        'delete-branch': 'release/v1.1.0',
        token: 'test-token',
      },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      status: 'clean',
      merged: '["main","develop"]',
      deleted: 'true',
      conflicts: '[]',
    });
    const outcomes = JSON.parse(result.outputs['results']!).map((r: { outcome: string }) => r.outcome);
    expect(outcomes).toEqual(['fast-forward', 'merged']);
    expect(result.summary).toContain('Deleted `release/v1.1.0`');
    expect(await fixture.git(['branch', '--list', 'release/v1.1.0'], fixture.origin)).toBe('');
    expect(await fixture.git(['log', '-1', '--format=%s%n%an', 'develop'], fixture.origin)).toBe(
      'Merge release/v1.1.0 into develop\ngithub-actions[bot]',
    );
    // The only API calls: whether each target is protected (neither is, so both took a push).
    expect(emulator.calls.map((call) => call.operationId)).toEqual([
      'repos/get-branch',
      'repos/get-branch-rules',
      'repos/get-branch',
      'repos/get-branch-rules',
    ]);
  });

  it('reports bad inputs together before touching anything', async () => {
    const { fixture, emulator, workspace } = await conflicted();
    const before = await fixture.git(['for-each-ref'], fixture.origin);
    const result = await runAction('sync-branches', {
      workspace,
      apiUrl: emulator.url,
      env,
      inputs: {
        source: 'main',
        targets: 'develop, main',
        'on-conflict': 'ignore',
        'fast-forward': 'maybe',
        token: 'test-token',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain('Input "on-conflict": got "ignore", expected one of: fail, warn');
    expect(result.errors[0]).toContain('Input "fast-forward": got "maybe", expected true or false');
    const second = await runAction('sync-branches', {
      workspace,
      apiUrl: emulator.url,
      env,
      inputs: { source: 'main', targets: 'develop, main', token: 'test-token' },
    });
    expect(second.errors[0]).toContain(
      'Input "targets": got "main", expected a branch other than the source',
    );
    expect(await fixture.git(['for-each-ref'], fixture.origin)).toBe(before);
    expect(emulator.calls).toHaveLength(0);
    expect(result.log).not.toContain('test-token');
  });

  it('takes its policy from .github/release-actions.yml, under the step inputs', async () => {
    const { fixture, emulator } = await conflicted();
    await fixture.checkout('main');
    await fixture.commit('chore: config', {
      '.github/release-actions.yml': 'sync:\n  on-conflict: warn\n  labels: [from-config]\n',
    });
    await fixture.push(['main']);
    const workspace = await fixture.clone('configured');
    const result = await runAction('sync-branches', {
      workspace,
      apiUrl: emulator.url,
      env,
      inputs: { source: 'main', targets: 'develop', token: 'test-token' },
    });
    expect(result.exitCode).toBe(0);
    expect(emulator.state.issue(1)!.labels).toEqual(['from-config']);
  });
});
