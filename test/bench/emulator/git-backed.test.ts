import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import type { GitHubClient } from '../../../packages/kit/src/github.js';
import { startEmulator, type Emulator } from './index.js';
import { makeTestRepo, type TestRepo } from './test-repo.js';
import { clientFor } from './client.js';

let git: TestRepo;
let emulator: Emulator;
let octokit: GitHubClient;
const repo = { owner: 'acme', repo: 'app' };

beforeEach(async () => {
  git = await makeTestRepo();
  emulator = await startEmulator({ gitDir: git.bare });
  octokit = await clientFor(emulator);
});

afterEach(async () => {
  try {
    await emulator.close();
  } finally {
    await git.cleanup();
  }
});

/** What the bare repository itself says a ref points at. */
const originRef = async (ref: string) =>
  (await git.git(['ls-remote', 'origin', ref])).split(/\s+/)[0] || undefined;

describe('GitHub API emulator: backed by a real bare repository', () => {
  it('shows refs pushed with git, and writes refs git then sees', async () => {
    const first = await git.commit('feat: first', { 'README.md': 'hello\n' });
    await git.git(['push', '--quiet', 'origin', 'main', 'main:refs/heads/feature/login']);

    const { data: main } = await octokit.rest.git.getRef({ ...repo, ref: 'heads/main' });
    expect(main).toMatchObject({ ref: 'refs/heads/main', object: { sha: first, type: 'commit' } });
    expect(main.url).toBe(`${emulator.url}/repos/acme/app/git/refs/heads/main`);
    const { data: matching } = await octokit.rest.git.listMatchingRefs({ ...repo, ref: 'heads/feat' });
    expect(matching.map((r) => r.ref)).toEqual(['refs/heads/feature/login']);
    await expect(octokit.rest.git.getRef({ ...repo, ref: 'heads/nope' })).rejects.toMatchObject({
      status: 404,
    });

    await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/release/1.0', sha: first });
    expect(await originRef('refs/heads/release/1.0')).toBe(first);
    await expect(
      octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/release/1.0', sha: first }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Reference already exists' } },
    });
    await expect(
      octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/x', sha: 'f'.repeat(40) }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Object does not exist' } },
    });

    await octokit.rest.git.deleteRef({ ...repo, ref: 'heads/feature/login' });
    expect(await originRef('refs/heads/feature/login')).toBeUndefined();
    await expect(octokit.rest.git.deleteRef({ ...repo, ref: 'heads/feature/login' })).rejects.toMatchObject({
      status: 422,
    });
    expect(await emulator.refs()).toEqual({ 'refs/heads/main': first, 'refs/heads/release/1.0': first });
  });

  it('answers 409 for an empty repository, as GitHub does', async () => {
    await expect(octokit.rest.git.getRef({ ...repo, ref: 'heads/main' })).rejects.toMatchObject({
      status: 409,
      response: { data: { message: 'Git Repository is empty.' } },
    });
  });

  it('updates refs fast-forward only unless forced', async () => {
    const base = await git.commit('one', { 'a.txt': '1\n' });
    const ahead = await git.commit('two', { 'a.txt': '2\n' });
    // The objects of `ahead` reach the bare repo on another branch; main stays behind.
    await git.git(['push', '--quiet', 'origin', `${base}:refs/heads/main`, `${ahead}:refs/heads/next`]);
    await git.git(['checkout', '--quiet', '-b', 'side', base]);
    const side = await git.commit('side', { 'b.txt': 'side\n' });
    await git.git(['push', '--quiet', 'origin', 'side']);

    const { data } = await octokit.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: ahead });
    expect(data.object.sha).toBe(ahead);
    expect(await originRef('refs/heads/main')).toBe(ahead);
    await expect(octokit.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: side })).rejects.toMatchObject(
      {
        status: 422,
        response: { data: { message: 'Update is not a fast forward' } },
      },
    );
    expect(await originRef('refs/heads/main')).toBe(ahead);
    await octokit.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: side, force: true });
    expect(await originRef('refs/heads/main')).toBe(side);
    await expect(octokit.rest.git.updateRef({ ...repo, ref: 'heads/gone', sha: side })).rejects.toMatchObject(
      { status: 422 },
    );
  });

  it('creates annotated tags with git mktag that git reads back', async () => {
    const commit = await git.commit('feat: release me', { 'app.txt': 'v1\n' });
    await git.git(['push', '--quiet', 'origin', 'main']);
    const { data: tag } = await octokit.rest.git.createTag({
      ...repo,
      tag: 'v1.0.0',
      message: 'Release 1.0.0',
      object: commit,
      type: 'commit',
      tagger: { name: 'Release Bot', email: 'bot@example.com', date: '2024-05-01T10:00:00Z' },
    });
    expect(tag).toMatchObject({
      tag: 'v1.0.0',
      object: { sha: commit, type: 'commit' },
      tagger: { name: 'Release Bot' },
    });
    expect(await git.git(['cat-file', '-t', tag.sha], git.bare)).toBe('tag');
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/tags/v1.0.0', sha: tag.sha });

    await git.git(['fetch', '--quiet', '--tags']);
    expect(await git.git(['describe', '--tags', commit])).toBe('v1.0.0');
    expect(await git.git(['tag', '-l', '--format=%(contents:subject) %(taggername)', 'v1.0.0'])).toBe(
      'Release 1.0.0 Release Bot',
    );
    const { data: ref } = await octokit.rest.git.getRef({ ...repo, ref: 'tags/v1.0.0' });
    expect(ref.object).toMatchObject({ type: 'tag', sha: tag.sha });
    const { data: read } = await octokit.rest.git.getTag({ ...repo, tag_sha: tag.sha });
    expect(read.message.trim()).toBe('Release 1.0.0');
    const { data: peeled } = await octokit.rest.repos.getCommit({ ...repo, ref: 'v1.0.0' });
    expect(peeled.sha).toBe(commit);
    const { data: tags } = await octokit.rest.repos.listTags(repo);
    expect(tags).toEqual([
      expect.objectContaining({ name: 'v1.0.0', commit: expect.objectContaining({ sha: commit }) }),
    ]);
  });

  it('answers commits with files and stats, and lists history with pagination', async () => {
    await git.commit('chore: init', { 'src/a.ts': 'a\n', 'old.txt': 'x\n' });
    await git.git(['mv', 'old.txt', 'new.txt']);
    const last = await git.commit('refactor: touch things', {
      'src/a.ts': 'a\nb\n',
      'docs/guide.md': 'guide\n',
    });
    for (let i = 0; i < 5; i++) await git.commit(`docs: page ${i}`, { [`docs/p${i}.md`]: `${i}\n` });
    await git.git(['push', '--quiet', 'origin', 'main']);

    const { data } = await octokit.rest.repos.getCommit({ ...repo, ref: last });
    expect(data.commit.message).toBe('refactor: touch things');
    expect(data.commit.author).toMatchObject({ name: 'Dev Eloper', email: 'dev@example.com' });
    const files = Object.fromEntries(
      (data.files ?? []).map((f) => [f.filename, [f.status, f.additions, f.deletions]]),
    );
    expect(files).toEqual({
      'docs/guide.md': ['added', 1, 0],
      'new.txt': ['renamed', 0, 0],
      'src/a.ts': ['modified', 1, 0],
    });
    expect(data.stats).toEqual({ total: 2, additions: 2, deletions: 0 });
    await expect(octokit.rest.repos.getCommit({ ...repo, ref: 'no-such-ref' })).rejects.toMatchObject({
      status: 422,
    });

    const page = await octokit.rest.repos.listCommits({ ...repo, per_page: 3 });
    expect(page.headers.link).toContain('rel="next"');
    const all = await octokit.paginate(octokit.rest.repos.listCommits, { ...repo, per_page: 3 });
    expect(all.map((c) => c.commit.message)).toEqual([
      'docs: page 4',
      'docs: page 3',
      'docs: page 2',
      'docs: page 1',
      'docs: page 0',
      'refactor: touch things',
      'chore: init',
    ]);
    const onlySrc = await octokit.paginate(octokit.rest.repos.listCommits, { ...repo, path: 'src' });
    expect(onlySrc.map((c) => c.commit.message)).toEqual(['refactor: touch things', 'chore: init']);
  });

  it('compares commits: identical, ahead, behind and diverged', async () => {
    const base = await git.commit('base', { 'a.txt': '1\n' });
    const main = await git.commit('main work', { 'a.txt': '2\n' });
    await git.git(['checkout', '--quiet', '-b', 'topic', base]);
    const topic = await git.commit('topic work', { 'b.txt': 'b\n' });
    await git.git(['push', '--quiet', 'origin', 'main', 'topic']);

    const compare = async (basehead: string) =>
      (await octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead })).data;
    expect(await compare('main...main')).toMatchObject({ status: 'identical', ahead_by: 0, behind_by: 0 });
    expect(await compare(`${base}...main`)).toMatchObject({
      status: 'ahead',
      ahead_by: 1,
      behind_by: 0,
      total_commits: 1,
    });
    expect(await compare(`main...${base}`)).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 1 });
    const diverged = await compare('main...topic');
    expect(diverged).toMatchObject({
      status: 'diverged',
      ahead_by: 1,
      behind_by: 1,
      merge_base_commit: { sha: base },
    });
    expect(diverged.commits.map((c) => c.sha)).toEqual([topic]);
    expect(diverged.files?.map((f) => f.filename)).toEqual(['b.txt']);
    expect(diverged.base_commit.sha).toBe(main);
    await expect(compare('main...nope')).rejects.toMatchObject({ status: 404 });
  });

  it('lists branches and answers one branch with its commit', async () => {
    const sha = await git.commit('init', { 'a.txt': 'a\n' });
    await git.git(['push', '--quiet', 'origin', 'main', 'main:release/2.x']);
    const { data: branches } = await octokit.rest.repos.listBranches(repo);
    expect(branches.map((b) => [b.name, b.commit.sha])).toEqual([
      ['main', sha],
      ['release/2.x', sha],
    ]);
    const { data: branch } = await octokit.rest.repos.getBranch({ ...repo, branch: 'release/2.x' });
    expect(branch).toMatchObject({ name: 'release/2.x', commit: { sha }, protected: false });
    await expect(octokit.rest.repos.getBranch({ ...repo, branch: 'nope' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('merges branches in the bare repository: 201, then 204 when merged, 409 on conflict', async () => {
    const base = await git.commit('base', { 'a.txt': '1\n', 'c.txt': 'c\n' });
    await git.git(['checkout', '--quiet', '-b', 'hotfix', base]);
    const fix = await git.commit('fix: urgent', { 'b.txt': 'fix\n' });
    await git.git(['checkout', '--quiet', '-b', 'clash', base]);
    await git.commit('clash', { 'c.txt': 'theirs\n' });
    await git.git(['checkout', '--quiet', 'main']);
    await git.commit('main moves', { 'a.txt': '2\n', 'c.txt': 'ours\n' });
    await git.git(['push', '--quiet', 'origin', 'main', 'hotfix', 'clash']);

    const merged = await octokit.rest.repos.merge({
      ...repo,
      base: 'main',
      head: 'hotfix',
      commit_message: 'Back-merge hotfix',
    });
    expect(merged.status).toBe(201);
    const mergeSha = (merged.data as { sha: string }).sha;
    expect(await originRef('refs/heads/main')).toBe(mergeSha);
    await git.git(['pull', '--quiet', '--ff-only', 'origin', 'main']);
    expect(await git.git(['log', '-1', '--format=%s %P'])).toBe(
      `Back-merge hotfix ${(merged.data as { parents: Array<{ sha: string }> }).parents.map((p) => p.sha).join(' ')}`,
    );
    expect(await git.git(['merge-base', '--is-ancestor', fix, 'HEAD']).then(() => true)).toBe(true);

    const again = await octokit.rest.repos.merge({ ...repo, base: 'main', head: 'hotfix' });
    expect(again.status).toBe(204);
    await expect(octokit.rest.repos.merge({ ...repo, base: 'main', head: 'clash' })).rejects.toMatchObject({
      status: 409,
    });
    await expect(octokit.rest.repos.merge({ ...repo, base: 'nope', head: 'hotfix' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('opens pull requests from pushed branches and lists their commits from git', async () => {
    const base = await git.commit('init', { 'a.txt': 'a\n' });
    await git.git(['checkout', '--quiet', '-b', 'feature/x']);
    const c1 = await git.commit('feat: one', { 'x1.txt': '1\n' });
    const c2 = await git.commit('feat: two', { 'x2.txt': '2\n' });
    await git.git(['push', '--quiet', 'origin', 'main', 'feature/x']);

    const { data: pull } = await octokit.rest.pulls.create({
      ...repo,
      title: 'Feature X',
      head: 'acme:feature/x',
      base: 'main',
    });
    expect(pull).toMatchObject({
      number: 1,
      state: 'open',
      head: { ref: 'feature/x', sha: c2 },
      base: { ref: 'main', sha: base },
    });
    expect(pull).toMatchObject({ commits: 2, changed_files: 2, additions: 2, merged: false });
    const { data: commits } = await octokit.rest.pulls.listCommits({ ...repo, pull_number: 1 });
    expect(commits.map((c) => c.sha)).toEqual([c1, c2]);
    const { data: listed } = await octokit.rest.pulls.list({ ...repo, head: 'acme:feature/x' });
    expect(listed.map((p) => p.number)).toEqual([1]);
    expect((await octokit.rest.pulls.list({ ...repo, base: 'release' })).data).toEqual([]);
    const { data: associated } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: c1,
    });
    expect(associated.map((p) => p.number)).toEqual([1]);

    await expect(
      octokit.rest.pulls.create({ ...repo, title: 'again', head: 'feature/x', base: 'main' }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ message: 'A pull request already exists for acme:feature/x.' }] } },
    });
    await expect(
      octokit.rest.pulls.create({ ...repo, title: 'empty', head: 'main', base: 'feature/x' }),
    ).rejects.toMatchObject({
      status: 422,
    });
    await expect(
      octokit.rest.pulls.create({ ...repo, title: 'ghost', head: 'ghost', base: 'main' }),
    ).rejects.toMatchObject({
      status: 422,
    });

    // New pushes to the head branch show up on the open pull request.
    await git.commit('feat: three', { 'x3.txt': '3\n' });
    await git.git(['push', '--quiet', 'origin', 'feature/x']);
    expect((await octokit.rest.pulls.get({ ...repo, pull_number: 1 })).data.commits).toBe(3);
    const { data: closed } = await octokit.rest.pulls.update({ ...repo, pull_number: 1, state: 'closed' });
    expect(closed.state).toBe('closed');
    expect((await octokit.rest.pulls.list({ ...repo, state: 'closed' })).data.map((p) => p.number)).toEqual([
      1,
    ]);
  });

  it('creates deployments and releases from refs resolved by git, one release per tag under concurrency', async () => {
    const sha = await git.commit('init', { 'a.txt': 'a\n' });
    await git.git(['push', '--quiet', 'origin', 'main']);
    const deployment = await octokit.rest.repos.createDeployment({
      ...repo,
      ref: 'main',
      required_contexts: [],
    });
    expect((deployment.data as { sha: string }).sha).toBe(sha);

    const statuses = await Promise.all(
      Array.from({ length: 6 }, () =>
        octokit.rest.repos.createRelease({ ...repo, tag_name: 'v5.0.0' }).then(
          (r) => r.status,
          (e: { status: number }) => e.status,
        ),
      ),
    );
    expect(statuses.sort()).toEqual([201, 422, 422, 422, 422, 422]);
    expect(await originRef('refs/tags/v5.0.0')).toBe(sha);
    expect(emulator.state.releases).toHaveLength(1);
  });
});
