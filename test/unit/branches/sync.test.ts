import { afterEach, describe, expect, it } from '@jest/globals';
import { createGitFixture, type GitFixture } from '../../bench/git-fixture.js';
import {
  Repository,
  syncBranches,
  syncSummary,
  type OpenPullRequest,
  type PullRequestApi,
  type PullRequestInput,
  type SyncOptions,
} from '../../../packages/branches/src/index.js';

/** Pull requests kept in memory: the API side is covered by the integration test against the emulator. */
class RecordedPullRequests implements PullRequestApi {
  readonly pulls: (PullRequestInput & OpenPullRequest & { labels: string[] })[] = [];
  updates = 0;
  async findOpen(head: string, base: string) {
    return this.pulls.find((pull) => pull.head === head && pull.base === base);
  }
  async create(input: PullRequestInput) {
    const number = this.pulls.length + 1;
    const pull = { ...input, number, url: `https://github.com/acme/app/pull/${number}`, labels: [] };
    this.pulls.push(pull);
    return pull;
  }
  async updateBody(number: number, body: string) {
    this.updates += 1;
    this.pulls[number - 1]!.body = body;
  }
  async addLabels(number: number, labels: string[]) {
    this.pulls[number - 1]!.labels.push(...labels);
  }
  async isProtected() {
    return false;
  }
  async autoMerge() {
    return 'not-allowed' as const;
  }
}

const fixtures: GitFixture[] = [];
afterEach(async () => {
  await Promise.all(fixtures.splice(0).map((fixture) => fixture.cleanup()));
});

async function setup(files: Record<string, string> = { 'app.txt': 'one\ntwo\nthree\n' }) {
  const fixture = await createGitFixture({ files });
  fixtures.push(fixture);
  return fixture;
}

/** A fresh clone of origin, as actions/checkout leaves it, where the action runs. */
async function workspace(fixture: GitFixture, name = 'workspace', args: string[] = []) {
  const path = await fixture.clone(name, args);
  return new Repository(path);
}

const options = (overrides: Partial<SyncOptions>): SyncOptions => ({
  source: 'main',
  targets: ['develop'],
  fastForward: true,
  pullRequest: true,
  messageTemplate: 'Merge {source} into {target}',
  labels: [],
  identity: { name: 'Release Bot', email: 'bot@example.com' },
  dryRun: false,
  ...overrides,
});

const remoteTip = (fixture: GitFixture, branch: string) =>
  fixture.git(['rev-parse', `refs/heads/${branch}`], fixture.origin);
const remoteHas = async (fixture: GitFixture, branch: string) =>
  (await fixture.git(['branch', '--list', branch], fixture.origin)) !== '';

describe('syncBranches on real repositories', () => {
  it('fast-forwards a target that has nothing of its own', async () => {
    const fixture = await setup();
    await fixture.script([{ branch: 'develop' }, { commit: 'fix: on main' }, { push: 'all' }]);
    const main = await remoteTip(fixture, 'main');
    const result = await syncBranches(await workspace(fixture), new RecordedPullRequests(), options({}));
    expect(result.targets[0]).toMatchObject({ target: 'develop', outcome: 'fast-forward', sha: main });
    expect(await remoteTip(fixture, 'develop')).toBe(main);
  });

  it('makes a merge commit when both sides moved without touching the same lines', async () => {
    const fixture = await setup();
    await fixture.script([
      { branch: 'develop' },
      { commit: 'fix: first line', files: { 'app.txt': 'ONE\ntwo\nthree\n' } },
      { checkout: 'develop' },
      { commit: 'feat: last line', files: { 'app.txt': 'one\ntwo\nTHREE\n' } },
      { push: 'all' },
    ]);
    const [main, develop] = [await remoteTip(fixture, 'main'), await remoteTip(fixture, 'develop')];
    const result = await syncBranches(await workspace(fixture), new RecordedPullRequests(), options({}));
    const merged = result.targets[0]!;
    expect(merged.outcome).toBe('merged');
    expect(await remoteTip(fixture, 'develop')).toBe(merged.sha);
    const parents = await fixture.git(
      ['log', '-1', '--format=%P%n%an <%ae>%n%s', merged.sha],
      fixture.origin,
    );
    expect(parents.split('\n')).toEqual([
      `${develop} ${main}`,
      'Release Bot <bot@example.com>',
      'Merge main into develop',
    ]);
    expect(await fixture.git(['show', `${merged.sha}:app.txt`], fixture.origin)).toBe('ONE\ntwo\nTHREE');
  });

  it('always makes a merge commit when fast-forward is off, and does nothing when already up to date', async () => {
    const fixture = await setup();
    await fixture.script([{ branch: 'develop' }, { commit: 'fix: on main' }, { push: 'all' }]);
    const repo = await workspace(fixture);
    const first = await syncBranches(repo, new RecordedPullRequests(), options({ fastForward: false }));
    expect(first.targets[0]!.outcome).toBe('merged');
    const second = await syncBranches(repo, new RecordedPullRequests(), options({ fastForward: false }));
    expect(second.targets[0]).toMatchObject({ outcome: 'up-to-date', sha: first.targets[0]!.sha });
  });

  it('leaves a conflicting target untouched and opens one pull request listing the files, reused on a re-run', async () => {
    const fixture = await setup({ 'app.txt': 'one\n', 'config.json': '{"a":1}\n', 'gone.txt': 'x\n' });
    await fixture.script([
      { branch: 'develop' },
      {
        commit: 'fix: hotfix',
        files: { 'app.txt': 'hotfix\n', 'config.json': '{"a":2}\n', 'gone.txt': 'changed\n' },
      },
      { checkout: 'develop' },
      { commit: 'feat: dev work', files: { 'app.txt': 'feature\n', 'config.json': '{"a":3}\n' } },
    ]);
    await fixture.git(['rm', '--quiet', 'gone.txt']);
    await fixture.git(['commit', '--quiet', '-m', 'refactor: drop gone.txt']);
    await fixture.push('all');
    const developBefore = await remoteTip(fixture, 'develop');
    const main = await remoteTip(fixture, 'main');
    const api = new RecordedPullRequests();
    const repo = await workspace(fixture);

    const result = await syncBranches(repo, api, options({ labels: ['sync'], runUrl: 'https://ci/run/1' }));
    const conflict = result.targets[0]!;
    expect(conflict).toMatchObject({
      outcome: 'conflict',
      sha: developBefore,
      conflicts: ['app.txt', 'config.json', 'gone.txt'],
      syncBranch: 'sync/main-into-develop',
      pullRequest: { number: 1, reused: false },
    });
    expect(await remoteTip(fixture, 'develop')).toBe(developBefore);
    expect(await remoteTip(fixture, 'sync/main-into-develop')).toBe(main);
    const pull = api.pulls[0]!;
    expect(pull).toMatchObject({ head: 'sync/main-into-develop', base: 'develop', labels: ['sync'] });
    for (const file of ['app.txt', 'config.json', 'gone.txt', 'fix: hotfix'])
      expect(pull.body).toContain(file);
    expect(syncSummary(result)).toContain('conflict');

    // A later run from another workflow run: same pull request, body untouched, nothing pushed again.
    const again = await syncBranches(repo, api, options({ labels: ['sync'], runUrl: 'https://ci/run/2' }));
    expect(again.targets[0]!.pullRequest).toMatchObject({ number: 1, reused: true });
    expect(api.pulls).toHaveLength(1);
    expect(api.updates).toBe(0);
  });

  it('keeps a resolution someone pushed to the sync branch, and updates the pull request when the source moves', async () => {
    const fixture = await setup({ 'app.txt': 'one\n' });
    await fixture.script([
      { branch: 'develop' },
      { commit: 'fix: hotfix', files: { 'app.txt': 'hotfix\n' } },
      { checkout: 'develop' },
      { commit: 'feat: dev', files: { 'app.txt': 'feature\n' } },
      { push: 'all' },
    ]);
    const api = new RecordedPullRequests();
    await syncBranches(await workspace(fixture), api, options({}));

    // A developer resolves on the sync branch.
    const dev = await fixture.clone('developer');
    await fixture.git(['switch', '--quiet', 'sync/main-into-develop'], dev);
    await fixture.git(['merge', '--quiet', 'origin/develop'], dev).catch(() => undefined);
    await fixture.git(['checkout', '--theirs', 'app.txt'], dev);
    await fixture.git(['commit', '--quiet', '--all', '--no-edit'], dev);
    await fixture.git(['push', '--quiet', 'origin', 'sync/main-into-develop'], dev);
    const resolution = await remoteTip(fixture, 'sync/main-into-develop');

    const rerun = await syncBranches(await workspace(fixture, 'workspace-2'), api, options({}));
    expect(rerun.targets[0]!.outcome).toBe('conflict');
    expect(await remoteTip(fixture, 'sync/main-into-develop')).toBe(resolution);

    // main gets another, unrelated fix: it is merged onto the resolution, not forced over it.
    await fixture.checkout('main');
    await fixture.commit('fix: second', { 'other.txt': 'two\n' });
    await fixture.push(['main']);
    const third = await syncBranches(await workspace(fixture, 'workspace-3'), api, options({}));
    const parked = await remoteTip(fixture, 'sync/main-into-develop');
    expect(third.targets[0]!.note).toBeUndefined();
    expect(await fixture.git(['merge-base', '--is-ancestor', resolution, parked], fixture.origin)).toBe('');
    expect(await fixture.git(['show', `${parked}:other.txt`], fixture.origin)).toBe('two');
    expect(api.pulls).toHaveLength(1);
    expect(api.updates).toBe(1);
    expect(api.pulls[0]!.body).toContain('fix: second');
  });

  it('merges into each target in order and reports each one', async () => {
    const fixture = await setup({ 'app.txt': 'one\n' });
    await fixture.script([
      { branch: 'develop' },
      { checkout: 'develop' },
      { commit: 'feat: dev', files: { 'app.txt': 'feature\n' } },
      { checkout: 'main' },
      { branch: 'hotfix/login' },
      { checkout: 'hotfix/login' },
      { commit: 'fix: login', files: { 'app.txt': 'hotfix\n' } },
      { push: 'all' },
    ]);
    const api = new RecordedPullRequests();
    const result = await syncBranches(
      await workspace(fixture),
      api,
      options({ source: 'hotfix/login', targets: ['main', 'develop'] }),
    );
    expect(result.targets.map((target) => [target.target, target.outcome])).toEqual([
      ['main', 'fast-forward'],
      ['develop', 'conflict'],
    ]);
    expect(await remoteTip(fixture, 'main')).toBe(await remoteTip(fixture, 'hotfix/login'));
    expect(api.pulls[0]).toMatchObject({ head: 'sync/hotfix-login-into-develop', base: 'develop' });
  });

  it('merges again onto the new tip when another writer pushes to the target meanwhile', async () => {
    const fixture = await setup();
    await fixture.script([
      { branch: 'develop' },
      { commit: 'fix: on main', files: { 'main.txt': 'main\n' } },
      { checkout: 'develop' },
      { commit: 'feat: on develop', files: { 'dev.txt': 'dev\n' } },
      { push: 'all' },
    ]);
    const other = await fixture.clone('other');
    await fixture.git(['switch', '--quiet', 'develop'], other);
    const repo = await workspace(fixture);
    let raced = false;
    const push = repo.push.bind(repo);
    repo.push = async (sha, branch) => {
      if (!raced) {
        raced = true;
        await fixture.git(['commit', '--quiet', '--allow-empty', '-m', 'feat: racing commit'], other);
        await fixture.git(['push', '--quiet', 'origin', 'develop'], other);
      }
      return push(sha, branch);
    };
    const racing = await fixture.head(other);
    const result = await syncBranches(repo, new RecordedPullRequests(), options({}));
    const tip = await remoteTip(fixture, 'develop');
    expect(result.targets[0]).toMatchObject({ outcome: 'merged', sha: tip });
    const parents = (await fixture.git(['log', '-1', '--format=%P', tip], fixture.origin)).split(' ');
    expect(parents[0]).not.toBe(racing);
    expect(await fixture.git(['log', '--format=%s', 'develop'], fixture.origin)).toContain(
      'feat: racing commit',
    );
  });

  it('accepts a tag or a commit as the source', async () => {
    const fixture = await setup();
    await fixture.script([
      { branch: 'develop' },
      { commit: 'fix: tagged' },
      { tag: 'v1.0.1', message: 'v1.0.1' },
    ]);
    const tagged = await fixture.head();
    await fixture.commit('fix: after the tag');
    await fixture.push('all');
    const repo = await workspace(fixture);
    const byTag = await syncBranches(repo, new RecordedPullRequests(), options({ source: 'v1.0.1' }));
    expect(byTag.targets[0]).toMatchObject({ outcome: 'fast-forward', sha: tagged });
    const head = await remoteTip(fixture, 'main');
    const bySha = await syncBranches(repo, new RecordedPullRequests(), options({ source: head }));
    expect(bySha.targets[0]).toMatchObject({ outcome: 'fast-forward', sha: head });
  });

  it('deepens a shallow checkout before merging', async () => {
    const fixture = await setup();
    await fixture.script([
      { branch: 'develop' },
      { commit: 'fix: main side', files: { 'main.txt': 'main\n' } },
      { commit: 'fix: main again', files: { 'main.txt': 'main 2\n' } },
      { checkout: 'develop' },
      { commit: 'feat: develop side', files: { 'dev.txt': 'dev\n' } },
      { push: 'all' },
    ]);
    // As actions/checkout leaves it by default: one commit deep, one branch.
    const path = `${fixture.root}/shallow`;
    await fixture.git(['clone', '--quiet', '--depth=1', `file://${fixture.origin}`, path], fixture.root);
    expect(await fixture.git(['rev-parse', '--is-shallow-repository'], path)).toBe('true');
    const shallow = new Repository(path);
    const result = await syncBranches(shallow, new RecordedPullRequests(), options({}));
    expect(result.targets[0]!.outcome).toBe('merged');
    expect(await fixture.git(['rev-parse', '--is-shallow-repository'], shallow.cwd)).toBe('false');
  });

  it('computes everything and changes nothing in a dry run', async () => {
    const fixture = await setup({ 'app.txt': 'one\n' });
    await fixture.script([
      { branch: 'develop' },
      { branch: 'release/v1.1.0' },
      { commit: 'fix: main', files: { 'app.txt': 'main\n' } },
      { checkout: 'develop' },
      { commit: 'feat: dev', files: { 'app.txt': 'dev\n' } },
      { push: 'all' },
    ]);
    const before = await fixture.git(['for-each-ref'], fixture.origin);
    const api = new RecordedPullRequests();
    const result = await syncBranches(
      await workspace(fixture),
      api,
      options({ dryRun: true, deleteBranch: 'release/v1.1.0', targets: ['develop'] }),
    );
    expect(result.targets[0]).toMatchObject({ outcome: 'conflict', syncBranch: 'sync/main-into-develop' });
    expect(result.targets[0]!.pullRequest).toBeUndefined();
    expect(await fixture.git(['for-each-ref'], fixture.origin)).toBe(before);
    expect(api.pulls).toHaveLength(0);
    expect(syncSummary(result)).toContain('dry run');
  });
});

describe('without pull requests', () => {
  it('reports a conflict with its files and pushes no sync branch', async () => {
    const fixture = await setup({ 'app.txt': 'one\n' });
    await fixture.script([
      { branch: 'develop' },
      { commit: 'fix: main', files: { 'app.txt': 'main\n' } },
      { checkout: 'develop' },
      { commit: 'feat: dev', files: { 'app.txt': 'dev\n' } },
      { push: 'all' },
    ]);
    const api = new RecordedPullRequests();
    const result = await syncBranches(await workspace(fixture), api, options({ pullRequest: false }));
    expect(result.targets[0]).toMatchObject({ outcome: 'conflict', conflicts: ['app.txt'] });
    expect(result.targets[0]!.syncBranch).toBeUndefined();
    expect(await remoteHas(fixture, 'sync/main-into-develop')).toBe(false);
    expect(api.pulls).toHaveLength(0);
    expect(syncSummary(result)).not.toContain('pull request');
  });
});

describe('deleting a branch', () => {
  it('deletes it once every target holds it, and is content when it is already gone', async () => {
    const fixture = await setup();
    await fixture.script([
      { branch: 'release/v1.1.0' },
      { checkout: 'release/v1.1.0' },
      { commit: 'chore(release): v1.1.0' },
      { push: 'all' },
    ]);
    const repo = await workspace(fixture);
    const sync = options({ source: 'release/v1.1.0', targets: ['main'], deleteBranch: 'release/v1.1.0' });
    const result = await syncBranches(repo, new RecordedPullRequests(), sync);
    expect(result.targets[0]!.outcome).toBe('fast-forward');
    expect(result.deleted).toMatchObject({ outcome: 'deleted' });
    expect(await remoteHas(fixture, 'release/v1.1.0')).toBe(false);
    const again = await syncBranches(repo, new RecordedPullRequests(), {
      ...sync,
      source: 'main',
      targets: [],
    });
    expect(again.deleted).toMatchObject({ outcome: 'already-absent' });
  });

  it('keeps a branch that holds commits no target has', async () => {
    const fixture = await setup({ 'app.txt': 'one\n' });
    await fixture.script([
      { branch: 'develop' },
      { branch: 'release/v1.1.0' },
      { checkout: 'release/v1.1.0' },
      { commit: 'fix: only here', files: { 'app.txt': 'release\n' } },
      { checkout: 'develop' },
      { commit: 'feat: dev', files: { 'app.txt': 'dev\n' } },
      { push: 'all' },
    ]);
    // The default branch lacks the release commit.
    const alone = await syncBranches(
      await workspace(fixture),
      new RecordedPullRequests(),
      options({ source: '', targets: [], deleteBranch: 'release/v1.1.0' }),
    );
    expect(alone.deleted).toMatchObject({ outcome: 'kept' });
    expect(alone.deleted!.reason).toContain('fix: only here');
    // A target that conflicts keeps it too.
    const conflicted = await syncBranches(
      await workspace(fixture, 'workspace-2'),
      new RecordedPullRequests(),
      options({ source: 'release/v1.1.0', targets: ['develop'], deleteBranch: 'release/v1.1.0' }),
    );
    expect(conflicted.deleted).toMatchObject({ outcome: 'kept' });
    expect(await remoteHas(fixture, 'release/v1.1.0')).toBe(true);
  });
});

describe('refusals before anything changes', () => {
  it('refuses bad inputs, all at once', async () => {
    const fixture = await setup();
    const repo = await workspace(fixture);
    await expect(
      syncBranches(repo, undefined, options({ source: 'main', targets: ['main', 'bad..name', 'x', 'x'] })),
    ).rejects.toThrow(/"targets": got "main".*\n.*got "bad\.\.name".*\n.*got "x" twice/);
    await expect(
      syncBranches(repo, undefined, options({ source: '', targets: ['develop'] })),
    ).rejects.toThrow(/Input "source": got ""/);
    await expect(
      syncBranches(repo, undefined, options({ targets: [], deleteBranch: undefined })),
    ).rejects.toThrow(/at least one branch/);
  });

  it('refuses a missing target or source without pushing anything', async () => {
    const fixture = await setup();
    await fixture.script([{ branch: 'develop' }, { commit: 'fix: x' }, { push: 'all' }]);
    const before = await fixture.git(['for-each-ref'], fixture.origin);
    const repo = await workspace(fixture);
    await expect(
      syncBranches(repo, undefined, options({ targets: ['develop', 'staging'] })),
    ).rejects.toMatchObject({
      code: 'ENOTARGET',
    });
    await expect(syncBranches(repo, undefined, options({ source: 'no-such-branch' }))).rejects.toMatchObject({
      code: 'ENOSOURCE',
    });
    expect(await fixture.git(['for-each-ref'], fixture.origin)).toBe(before);
  });
});
