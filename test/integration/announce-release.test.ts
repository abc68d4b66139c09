import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGitHubClient } from '../../packages/kit/src/github.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../bench/emulator/index.js';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { runAction, type RunResult } from '../bench/runner.js';

// The GitHub Release and the comments, with the announce bundle run as a process against the
// GitHub API emulator, which serves refs, tags and compare from a real bare repository.

let fixture: GitFixture;
let head: string;
const sha: Record<string, string> = {};

beforeAll(async () => {
  fixture = await createGitFixture({ files: { 'README.md': '# app\n' } });
  await fixture.commit('feat: first version', { 'src/app.txt': 'v1\n' });
  await fixture.tag('v1.3.0', 'v1.3.0');
  await fixture.branch('feature/search');
  sha['search'] = await fixture.commit('feat: search', { 'src/search.txt': 'search\n' });
  await fixture.checkout('main');
  sha['merge'] = await fixture.merge('feature/search', 'Merge pull request #1 from acme/feature/search');
  sha['fix'] = await fixture.commit('fix: crash on empty input (#2)', { 'src/app.txt': 'v1 fixed\n' });
  sha['wip'] = await fixture.commit('chore: tidy', { 'src/tidy.txt': 'tidy\n' });
  await fixture.tag('v1.4.0', 'v1.4.0');
  head = await fixture.head();
  await fixture.push('all');
});

afterAll(async () => {
  await fixture.cleanup();
});

let emulator: Emulator | undefined;
const workspaces: string[] = [];
afterEach(async () => {
  // close() rejects if any request or answer broke GitHub's OpenAPI description.
  await emulator?.close();
  emulator = undefined;
  await Promise.all(workspaces.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  emulator = await startEmulator({ gitDir: fixture.origin, ...options });
  return emulator;
}

/** Seeds what GitHub would know: pull requests #1 (merged), #2 (squash-merged, fixes an issue), an open one. */
function seedHistory(api: Emulator): { issue: number; pulls: number[]; open: number } {
  const issue = api.seedIssue({ title: 'Crash on empty input', body: 'It crashes.' });
  const first = api.seedPull({
    title: 'Search',
    head: 'feature/search',
    base: 'main',
    merged: true,
    mergeCommitSha: sha['merge'],
    commits: [sha['search']!],
  });
  const second = api.seedPull({
    title: 'Fix crash on empty input',
    body: `Handles "".\n\nFixes #${issue}\nSee also #999 and other/repo#3`,
    head: 'fix/empty',
    base: 'main',
    merged: true,
    mergeCommitSha: sha['fix'],
    commits: [sha['fix']!],
  });
  const open = api.seedPull({
    title: 'Still open',
    head: 'wip',
    base: 'main',
    state: 'open',
    commits: [sha['wip']!],
  });
  return { issue, pulls: [first, second], open };
}

async function workspaceWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'announce-ws-'));
  workspaces.push(dir);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

const ASSETS = {
  'dist/app-1.4.0-linux.tar.gz': 'linux archive bytes\n',
  'dist/app-1.4.0-darwin.zip': 'darwin archive bytes\n',
};

function announce(api: Emulator, workspace: string, inputs: Record<string, string>): Promise<RunResult> {
  return runAction('announce', {
    inputs: { token: 'test-token', version: '1.4.0', ...inputs },
    apiUrl: api.url,
    workspace,
    sha: head,
    env: { RELEASE_ACTIONS_API_RETRY_BASE_MS: '0', RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '10' },
  });
}

const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
function writesSince(api: Emulator, from: number): string[] {
  return api.calls
    .slice(from)
    .filter((call) => WRITES.has(call.method) && call.status < 400)
    .map((call) => call.operationId ?? call.path);
}

async function seedRelease(
  api: Emulator,
  tag: string,
  options: { prerelease?: boolean } = {},
): Promise<void> {
  const octokit = await createGitHubClient({
    token: 'test-token',
    baseUrl: api.url,
    retryBaseMs: 0,
    writeIntervalMs: 0,
  });
  await octokit.rest.repos.createRelease({
    owner: 'acme',
    repo: 'app',
    tag_name: tag,
    name: tag,
    ...options,
  });
}

describe('announce: the GitHub Release', () => {
  it('creates a draft, uploads the assets, then publishes; comments once on what shipped', async () => {
    const api = await start();
    await seedRelease(api, 'v1.3.0');
    const { issue, pulls, open } = seedHistory(api);
    const workspace = await workspaceWith(ASSETS);
    const from = api.calls.length;

    const run = await announce(api, workspace, { notes: '## Features\n- search', assets: 'dist/*' });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);

    // Draft first, then the assets to its upload_url, then publish: immutable releases allow nothing else.
    const writes = writesSince(api, from);
    expect(writes.slice(0, 4)).toEqual([
      'repos/create-release',
      'repos/upload-release-asset',
      'repos/upload-release-asset',
      'repos/update-release',
    ]);
    const create = api.callsTo('repos/create-release').at(-1)!;
    expect(create.requestBody).toMatchObject({
      tag_name: 'v1.4.0',
      draft: true,
      prerelease: false,
      target_commitish: head,
    });
    const publish = api.callsTo('repos/update-release').at(-1)!;
    expect(publish.requestBody).toMatchObject({ draft: false, make_latest: 'true' });
    const upload = api.callsTo('repos/upload-release-asset')[0]!;
    expect(upload.path).toMatch(/^\/repos\/acme\/app\/releases\/\d+\/assets$/);

    const releases = api.state.releases.filter((r) => r.tagName === 'v1.4.0');
    expect(releases).toHaveLength(1);
    const [release] = releases;
    expect(release!.draft).toBe(false);
    expect(release!.body).toBe('## Features\n- search');
    expect(Object.fromEntries(release!.assets.map((a) => [a.name, a.data.toString()]))).toEqual({
      'app-1.4.0-darwin.zip': 'darwin archive bytes\n',
      'app-1.4.0-linux.tar.gz': 'linux archive bytes\n',
    });
    expect(release!.assets.find((a) => a.name.endsWith('.zip'))!.contentType).toBe('application/zip');
    expect(run.outputs['release-url']).toBe('https://github.com/acme/app/releases/tag/v1.4.0');
    expect(run.outputs['release-id']).toBe(String(release!.id));
    expect(run.outputs['messages']).toBe('{}');

    // Comments: both merged pull requests and the issue one of them fixes; not the open one.
    const commented = api.state.comments.map((c) => c.issueNumber).sort((a, b) => a - b);
    expect(commented).toEqual([...pulls, issue].sort((a, b) => a - b));
    expect(commented).not.toContain(open);
    for (const comment of api.state.comments) {
      expect(comment.body).toContain('Released in [v1.4.0](https://github.com/acme/app/releases/tag/v1.4.0)');
      expect(comment.body).toContain('<!-- release-actions:released v1.4.0 -->');
    }
    const labelled = api.state.issues.filter((i) => i.labels.includes('released')).map((i) => i.number);
    expect(labelled.sort((a, b) => a - b)).toEqual([...pulls, issue].sort((a, b) => a - b));
    // The range came from compare between the previous release's tag and this one.
    expect(api.callsTo('repos/compare-commits-with-basehead')[0]!.path).toContain('v1.3.0...v1.4.0');
    expect(run.summary).toContain(
      '[v1.4.0](https://github.com/acme/app/releases/tag/v1.4.0): created and published',
    );
    expect(run.summary).toContain('| `app-1.4.0-linux.tar.gz` | ⬆️ uploaded |');

    // Run again: nothing is created, uploaded, published or commented twice.
    const again = api.calls.length;
    const rerun = await announce(api, workspace, { notes: '## Features\n- search', assets: 'dist/*' });
    expect(rerun.errors).toEqual([]);
    expect(writesSince(api, again)).toEqual([]);
    expect(api.state.comments).toHaveLength(3);
    expect(rerun.outputs['release-id']).toBe(String(release!.id));
    expect(rerun.summary).toContain('already complete, nothing to do');
    expect(rerun.summary).toContain('| already commented by an earlier run |');
  });

  it('finishes the job on a re-run after a crash between the uploads and the publish', async () => {
    const api = await start();
    const workspace = await workspaceWith(ASSETS);
    // Every attempt to publish loses its connection: the run dies with the assets uploaded to a draft.
    api.fault({ operationId: 'repos/update-release', drop: true, times: 10 });
    const crashed = await announce(api, workspace, { notes: 'notes', assets: 'dist/*', comment: 'false' });
    expect(crashed.exitCode).toBe(1);
    expect(crashed.outputs['release-url']).toBeUndefined();
    expect(api.state.releases).toHaveLength(1);
    expect(api.state.releases[0]!.draft).toBe(true);
    expect(api.state.releases[0]!.assets).toHaveLength(2);

    api.clearFaults();
    const from = api.calls.length;
    const rerun = await announce(api, workspace, { notes: 'notes', assets: 'dist/*', comment: 'false' });
    expect(rerun.errors).toEqual([]);
    // The draft is found by listing releases (a draft is not found by tag), and only published.
    expect(writesSince(api, from)).toEqual(['repos/update-release']);
    expect(api.state.releases).toHaveLength(1);
    expect(api.state.releases[0]!.draft).toBe(false);
    expect(api.state.releases[0]!.assets).toHaveLength(2);
    expect(rerun.summary).toContain('completed an earlier run’s draft and published it');
    expect(rerun.summary).toContain('identical, kept');
  });

  it('two jobs announcing one tag at the same time make exactly one release', async () => {
    const api = await start();
    const workspace = await workspaceWith(ASSETS);
    const inputs = { notes: 'notes', assets: 'dist/*', comment: 'false' };
    // Creating is held back for a while, so both jobs have found no release and asked to create one
    // before the first creation is done.
    api.fault({ operationId: 'repos/create-release', delayMs: 2000, times: 2 });
    const [a, b] = await Promise.all([announce(api, workspace, inputs), announce(api, workspace, inputs)]);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    const releases = api.state.releases.filter((r) => r.tagName === 'v1.4.0');
    expect(releases).toHaveLength(1);
    expect(releases[0]!.draft).toBe(false);
    expect(releases[0]!.assets.map((asset) => asset.name).sort()).toEqual(
      Object.keys(ASSETS)
        .map((p) => p.slice(5))
        .sort(),
    );
    expect(a.outputs['release-id']).toBe(b.outputs['release-id']);
    // Both drafts were made (GitHub lets drafts share a tag); the older won and the other was removed.
    expect(
      api
        .callsTo('repos/create-release')
        .map((c) => c.status)
        .sort(),
    ).toEqual([201, 201]);
    expect(api.callsTo('repos/delete-release').filter((c) => c.status === 204)).toHaveLength(1);
    expect(api.callsTo('repos/update-release').filter((c) => c.status === 200).length).toBeGreaterThanOrEqual(
      1,
    );
  });

  it('four parallel jobs, with the releases list lagging as on GitHub, end with one published release and no drafts', async () => {
    const api = await start({ releaseListLagMs: 1500 });
    const workspace = await workspaceWith(ASSETS);
    const inputs = { notes: 'notes', assets: 'dist/*', comment: 'false' };
    const runs = await Promise.all([1, 2, 3, 4].map(() => announce(api, workspace, inputs)));
    expect(runs.map((run) => run.errors)).toEqual([[], [], [], []]);
    const releases = api.state.releases.filter((r) => r.tagName === 'v1.4.0');
    expect(releases.map((r) => r.draft)).toEqual([false]);
    expect(releases[0]!.assets.map((asset) => asset.name).sort()).toEqual(
      Object.keys(ASSETS)
        .map((p) => p.slice(5))
        .sort(),
    );
    expect(new Set(runs.map((run) => run.outputs['release-id']))).toEqual(new Set([String(releases[0]!.id)]));
  });

  it('where drafts may share a tag (as on GitHub), the oldest draft wins and the duplicate is removed', async () => {
    const api = await start();
    const workspace = await workspaceWith(ASSETS);
    // The first listing answers at once; the one after creating is held back while another job's
    // draft for the same tag, older than ours, appears (GitHub, unlike a published release, allows that).
    api.fault({ operationId: 'repos/list-releases', delayMs: 1, times: 1 });
    api.fault({ operationId: 'repos/list-releases', delayMs: 1500, times: 1 });
    const running = announce(api, workspace, { notes: 'notes', assets: 'dist/*', comment: 'false' });
    // Wait for this run's draft to exist (a call is logged when it arrives, before it is handled).
    while (api.state.releases.length === 0) await new Promise((done) => setTimeout(done, 20));
    const now = new Date().toISOString();
    api.state.releases.push({
      id: 7,
      tagName: 'v1.4.0',
      targetCommitish: 'main',
      name: 'v1.4.0',
      body: 'from the other job',
      draft: true,
      prerelease: false,
      immutable: false,
      author: 'github-actions[bot]',
      createdAt: now,
      updatedAt: now,
      publishedAt: null,
      assets: [],
    });
    const run = await running;
    expect(run.errors).toEqual([]);
    expect(api.callsTo('repos/delete-release')).toHaveLength(1);
    expect(api.state.releases.map((r) => [r.id, r.draft, r.assets.length])).toEqual([[7, false, 2]]);
    expect(run.outputs['release-id']).toBe('7');
  });

  it('looks at the history of the tag for a first release', async () => {
    const api = await start();
    const workspace = await workspaceWith({});
    const run = await announce(api, workspace, { version: '1.3.0', notes: 'first' });
    expect(run.errors).toEqual([]);
    expect(api.callsTo('repos/compare-commits-with-basehead')).toHaveLength(0);
    expect(api.callsTo('repos/list-commits')[0]!.query).toMatchObject({ sha: 'v1.3.0' });
  });

  it('works with immutable releases, and refuses to add assets once one is published', async () => {
    const api = await start({ immutableReleases: true });
    const workspace = await workspaceWith(ASSETS);
    const first = await announce(api, workspace, { notes: 'notes', assets: 'dist/*', comment: 'false' });
    expect(first.errors).toEqual([]);
    expect(api.state.releases[0]).toMatchObject({ draft: false, immutable: true });
    expect(api.state.releases[0]!.assets).toHaveLength(2);

    await writeFile(join(workspace, 'dist/SHA256SUMS'), 'sums\n');
    const from = api.calls.length;
    const late = await announce(api, workspace, { notes: 'notes', assets: 'dist/*', comment: 'false' });
    expect(late.exitCode).toBe(1);
    expect(late.errors[0]).toContain(
      'Release v1.4.0 is published and immutable, so SHA256SUMS cannot be attached',
    );
    expect(writesSince(api, from)).toEqual([]);
  });

  it('refuses a different asset with the same name, and replaces it when told', async () => {
    const api = await start();
    const workspace = await workspaceWith(ASSETS);
    await announce(api, workspace, { notes: 'notes', assets: 'dist/*', comment: 'false' });
    const changed = 'linux archive bytes, rebuilt\n';
    await writeFile(join(workspace, 'dist/app-1.4.0-linux.tar.gz'), changed);

    const from = api.calls.length;
    const refused = await announce(api, workspace, { notes: 'notes', assets: 'dist/*', comment: 'false' });
    expect(refused.exitCode).toBe(1);
    expect(refused.errors[0]).toContain('Release v1.4.0 already has different assets with these names:');
    expect(refused.errors[0]).toContain('app-1.4.0-linux.tar.gz');
    expect(refused.errors[0]).toContain('replace-assets: true');
    expect(writesSince(api, from)).toEqual([]);

    const replaced = await announce(api, workspace, {
      notes: 'notes',
      assets: 'dist/*',
      comment: 'false',
      'replace-assets': 'true',
    });
    expect(replaced.errors).toEqual([]);
    const asset = api.state.releases[0]!.assets.find((a) => a.name === 'app-1.4.0-linux.tar.gz')!;
    expect(asset.data.toString()).toBe(changed);
    expect(replaced.summary).toContain('| `app-1.4.0-linux.tar.gz` | 🔁 replaced |');
  });

  it('compares by downloading when the API gives no digest, and by the manifest when there is one', async () => {
    const api = await start();
    const workspace = await workspaceWith(ASSETS);
    await announce(api, workspace, { notes: 'notes', assets: 'dist/*', comment: 'false' });
    // An API version without `digest` on assets: the action downloads and hashes them.
    api.corruptNextResponse('repos/list-release-assets', (body) =>
      (body as Array<Record<string, unknown>>).map((asset) => ({ ...asset, digest: null })),
    );
    const from = api.calls.length;
    const rerun = await announce(api, workspace, { notes: 'notes', assets: 'dist/*', comment: 'false' });
    expect(rerun.errors).toEqual([]);
    expect(api.calls.slice(from).filter((c) => c.operationId === 'repos/get-release-asset')).toHaveLength(2);
    expect(writesSince(api, from)).toEqual([]);

    // With build-artifacts' manifest, its sha256 values are trusted: a manifest that disagrees is a conflict.
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    await writeFile(
      join(workspace, 'dist/artifacts.json'),
      JSON.stringify({
        version: '1.4.0',
        artifacts: [
          {
            name: 'app-1.4.0-linux.tar.gz',
            path: 'dist/app-1.4.0-linux.tar.gz',
            sha256: sha256('something else\n'),
          },
          {
            name: 'app-1.4.0-darwin.zip',
            path: 'dist/app-1.4.0-darwin.zip',
            sha256: sha256(ASSETS['dist/app-1.4.0-darwin.zip']),
          },
        ],
      }),
    );
    const withManifest = await announce(api, workspace, {
      notes: 'notes',
      assets: 'dist/*.tar.gz\ndist/*.zip',
      manifest: 'dist/artifacts.json',
      comment: 'false',
    });
    expect(withManifest.exitCode).toBe(1);
    expect(withManifest.errors[0]).toContain(`has sha256 ${sha256('something else\n')}`);
  });

  it('generates the notes with GitHub when none are given', async () => {
    const api = await start();
    await seedRelease(api, 'v1.3.0');
    seedHistory(api);
    const workspace = await workspaceWith({});
    const run = await announce(api, workspace, { comment: 'false' });
    expect(run.errors).toEqual([]);
    const generate = api.callsTo('repos/generate-release-notes');
    expect(generate).toHaveLength(1);
    expect(generate[0]!.requestBody).toMatchObject({ tag_name: 'v1.4.0', previous_tag_name: 'v1.3.0' });
    const release = api.state.releases.find((r) => r.tagName === 'v1.4.0')!;
    expect(release.body).toContain("## What's Changed");
    expect(release.body).toContain('Fix crash on empty input');
  });

  it('a hotfix on an older line does not become the latest; a release candidate is a prerelease', async () => {
    const api = await start();
    await seedRelease(api, 'v1.3.0');
    await seedRelease(api, 'v1.4.0');
    const workspace = await workspaceWith({});

    const hotfix = await announce(api, workspace, { version: '1.3.5', notes: 'fix', comment: 'false' });
    expect(hotfix.errors).toEqual([]);
    expect(api.callsTo('repos/update-release').at(-1)!.requestBody).toMatchObject({
      draft: false,
      make_latest: 'false',
    });
    expect(hotfix.summary).toContain('v1.4.0 is a higher version');
    const octokit = await createGitHubClient({
      token: 'test-token',
      baseUrl: api.url,
      retryBaseMs: 0,
      writeIntervalMs: 0,
    });
    const { data: latest } = await octokit.rest.repos.getLatestRelease({ owner: 'acme', repo: 'app' });
    expect(latest.tag_name).toBe('v1.4.0');

    const rc = await announce(api, workspace, { version: '2.0.0-rc.1', notes: 'rc', comment: 'false' });
    expect(rc.errors).toEqual([]);
    expect(api.callsTo('repos/create-release').at(-1)!.requestBody).toMatchObject({
      tag_name: 'v2.0.0-rc.1',
      prerelease: true,
      draft: true,
    });
    expect(api.callsTo('repos/update-release').at(-1)!.requestBody).toMatchObject({
      make_latest: 'false',
      prerelease: true,
    });
  });

  it('rides out a secondary rate limit on comments and posts each comment once', async () => {
    const api = await start();
    await seedRelease(api, 'v1.3.0');
    const { issue, pulls } = seedHistory(api);
    api.fault({ operationId: 'issues/create-comment', secondaryRateLimit: true, times: 1 });
    const workspace = await workspaceWith({});
    const run = await announce(api, workspace, { notes: 'notes' });
    expect(run.errors).toEqual([]);
    const attempts = api.callsTo('issues/create-comment');
    expect(attempts.filter((c) => c.status === 403)).toHaveLength(1);
    expect(attempts.filter((c) => c.status === 201)).toHaveLength(3);
    expect(api.state.comments.map((c) => c.issueNumber).sort((a, b) => a - b)).toEqual(
      [...pulls, issue].sort((a, b) => a - b),
    );
    expect(
      run.annotations.some((a) => a.level === 'warning' && a.message.includes('secondary rate limit')),
    ).toBe(true);
  });

  it('comments on the commits given as input, with a custom label', async () => {
    const api = await start();
    const { pulls } = seedHistory(api);
    const workspace = await workspaceWith({});
    const run = await announce(api, workspace, {
      notes: 'notes',
      commits: sha['merge']!,
      'comment-label': 'shipped',
    });
    expect(run.errors).toEqual([]);
    expect(api.callsTo('repos/compare-commits-with-basehead')).toHaveLength(0);
    expect(api.state.comments.map((c) => c.issueNumber)).toEqual([pulls[0]]);
    expect(api.state.issues.find((i) => i.number === pulls[0])!.labels).toEqual(['shipped']);
  });
});
