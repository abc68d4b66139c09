import { describe, it, expect, afterEach } from '@jest/globals';
import type { GitHubClient } from '../../../packages/kit/src/github.js';
import { startEmulator, type Emulator, type EmulatorOptions } from './index.js';
import { clientFor } from './client.js';

let emulator: Emulator | undefined;

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(options: EmulatorOptions = {}): Promise<{ emulator: Emulator; octokit: GitHubClient }> {
  emulator = await startEmulator(options);
  const octokit = await clientFor(emulator);
  return { emulator, octokit };
}

const repo = { owner: 'acme', repo: 'app' };

describe('GitHub API emulator: releases', () => {
  it('creates a draft, uploads an asset to upload_url, publishes it, then finds it by tag', async () => {
    const { emulator, octokit } = await start();
    const { data: draft } = await octokit.rest.repos.createRelease({
      ...repo,
      tag_name: 'v1.2.0',
      name: 'v1.2.0',
      draft: true,
    });
    expect(draft).toMatchObject({ draft: true, published_at: null, tag_name: 'v1.2.0', tarball_url: null });
    expect(draft.upload_url).toBe(`${emulator.url}/repos/acme/app/releases/${draft.id}/assets{?name,label}`);
    // A draft is not found by tag, as on GitHub; and its tag is not created yet.
    await expect(octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'v1.2.0' })).rejects.toMatchObject({
      status: 404,
    });
    expect(Object.keys(await emulator.refs())).not.toContain('refs/tags/v1.2.0');

    const bytes = Buffer.from('#!/bin/sh\necho hello\n');
    const { data: asset } = await octokit.rest.repos.uploadReleaseAsset({
      ...repo,
      release_id: draft.id,
      url: draft.upload_url,
      name: 'app linux.sh',
      label: 'Linux build',
      data: bytes as unknown as string,
      headers: { 'content-type': 'application/x-sh', 'content-length': bytes.length },
    });
    expect(asset).toMatchObject({
      name: 'app.linux.sh',
      label: 'Linux build',
      size: bytes.length,
      content_type: 'application/x-sh',
    });
    expect(asset.digest).toMatch(/^sha256:[0-9a-f]{64}$/);

    const { data: published } = await octokit.rest.repos.updateRelease({
      ...repo,
      release_id: draft.id,
      draft: false,
    });
    expect(published.draft).toBe(false);
    expect(Date.parse(published.published_at as string)).not.toBeNaN();
    expect(published.html_url).toBe('https://github.com/acme/app/releases/tag/v1.2.0');
    expect(Object.keys(await emulator.refs())).toContain('refs/tags/v1.2.0');

    const { data: byTag } = await octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'v1.2.0' });
    expect(byTag.id).toBe(draft.id);
    expect(byTag.assets.map((a) => a.name)).toEqual(['app.linux.sh']);
    const { data: latest } = await octokit.rest.repos.getLatestRelease(repo);
    expect(latest.id).toBe(draft.id);

    // browser_download_url serves the bytes; download_count counts it.
    const download = await fetch(byTag.assets[0]!.browser_download_url);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
    const { data: counted } = await octokit.rest.repos.getReleaseAsset({ ...repo, asset_id: asset.id });
    expect(counted.download_count).toBe(1);
    expect(emulator.state.releases[0]!.assets[0]!.data).toEqual(bytes);
  });

  it('downloads an asset through the API with Accept: application/octet-stream', async () => {
    const { octokit } = await start();
    const { data: release } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1.0.0' });
    const { data: asset } = await octokit.rest.repos.uploadReleaseAsset({
      ...repo,
      release_id: release.id,
      url: release.upload_url,
      name: 'checksums.txt',
      data: 'abc  app.tgz\n',
      headers: { 'content-type': 'text/plain' },
    });
    const response = await octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      ...repo,
      asset_id: asset.id,
      headers: { accept: 'application/octet-stream' },
    });
    expect(Buffer.from(response.data as unknown as ArrayBuffer).toString()).toBe('abc  app.tgz\n');
  });

  it('refuses a second release for a published tag with 422 already_exists, and a duplicate asset name', async () => {
    const { emulator, octokit } = await start();
    const { data: release } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v2.0.0' });
    const error = await octokit.rest.repos
      .createRelease({ ...repo, tag_name: 'v2.0.0' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
        },
      },
    });
    const upload = () =>
      octokit.rest.repos.uploadReleaseAsset({
        ...repo,
        release_id: release.id,
        url: release.upload_url,
        name: 'a.zip',
        data: 'x',
      });
    await upload();
    await expect(upload()).rejects.toMatchObject({ status: 422 });
    expect(emulator.state.releases).toHaveLength(1);
    expect(emulator.state.releases[0]!.assets).toHaveLength(1);
  });

  it('keeps exactly one published release per tag under concurrent creates', async () => {
    const { emulator } = await start();
    const attempts = await Promise.all(
      Array.from({ length: 8 }, () =>
        fetch(`${emulator.url}/repos/acme/app/releases`, {
          method: 'POST',
          headers: { authorization: 'token test-token', 'content-type': 'application/json' },
          body: JSON.stringify({ tag_name: 'v3.0.0', name: 'race' }),
        }).then((r) => r.status),
      ),
    );
    expect(attempts.filter((s) => s === 201)).toHaveLength(1);
    expect(attempts.filter((s) => s === 422)).toHaveLength(7);
    expect(emulator.state.releases.filter((r) => r.tagName === 'v3.0.0')).toHaveLength(1);
  });

  it('allows several drafts for one tag, and lets only one of them be published', async () => {
    const { emulator, octokit } = await start();
    const drafts = await Promise.all(
      [1, 2, 3].map(() => octokit.rest.repos.createRelease({ ...repo, tag_name: 'v4.0.0', draft: true })),
    );
    expect(new Set(drafts.map((d) => d.data.id)).size).toBe(3);
    await octokit.rest.repos.updateRelease({ ...repo, release_id: drafts[0]!.data.id, draft: false });
    const second = await octokit.rest.repos
      .updateRelease({ ...repo, release_id: drafts[1]!.data.id, draft: false })
      .catch((e: unknown) => e);
    expect(second).toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] } },
    });
    // Once the tag has a published release, creating another one for it is refused.
    await expect(
      octokit.rest.repos.createRelease({ ...repo, tag_name: 'v4.0.0', draft: true }),
    ).rejects.toMatchObject({ status: 422 });
    expect(emulator.state.releases.filter((r) => r.tagName === 'v4.0.0' && !r.draft)).toHaveLength(1);
    expect(emulator.state.releases.filter((r) => r.tagName === 'v4.0.0' && r.draft)).toHaveLength(2);
  });

  it('lists a new release only after the list lag; a read by id is never late', async () => {
    const { octokit } = await start({ releaseListLagMs: 3000 });
    const { data: draft } = await octokit.rest.repos.createRelease({
      ...repo,
      tag_name: 'v5.0.0',
      draft: true,
    });
    expect((await octokit.rest.repos.listReleases(repo)).data).toEqual([]);
    expect((await octokit.rest.repos.getRelease({ ...repo, release_id: draft.id })).data.id).toBe(draft.id);
    await new Promise((done) => setTimeout(done, 3100));
    expect((await octokit.rest.repos.listReleases(repo)).data.map((r) => r.id)).toEqual([draft.id]);
  });

  it.each(['v1 .0', 'a..b', 'v1.0.lock', '.hidden', 'x~1', 'end.', 'a//b', 'what?', 'a@{1}'])(
    'refuses the tag name %s as GitHub does: 422 tag_name is not well-formed',
    async (tag) => {
      const { emulator, octokit } = await start();
      const error = await octokit.rest.repos
        .createRelease({ ...repo, tag_name: tag })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({
        status: 422,
        response: {
          data: {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'Release',
                code: 'custom',
                field: 'tag_name',
                message: 'tag_name is not well-formed',
              },
              { resource: 'Release', code: 'custom', message: 'Published releases must have a valid tag' },
            ],
          },
        },
      });
      expect(emulator.state.releases).toHaveLength(0);
    },
  );

  it('makes published releases immutable when asked: no asset uploads or deletes', async () => {
    const { emulator, octokit } = await start({ immutableReleases: true });
    const { data: draft } = await octokit.rest.repos.createRelease({
      ...repo,
      tag_name: 'v4.0.0',
      draft: true,
    });
    expect(draft.immutable).toBe(false);
    const { data: asset } = await octokit.rest.repos.uploadReleaseAsset({
      ...repo,
      release_id: draft.id,
      url: draft.upload_url,
      name: 'before.txt',
      data: 'ok',
    });
    const { data: published } = await octokit.rest.repos.updateRelease({
      ...repo,
      release_id: draft.id,
      draft: false,
    });
    expect(published.immutable).toBe(true);
    const refused = await octokit.rest.repos
      .uploadReleaseAsset({
        ...repo,
        release_id: draft.id,
        url: draft.upload_url,
        name: 'after.txt',
        data: 'late',
      })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({
      status: 422,
      response: { data: { message: 'Cannot upload assets to an immutable release.' } },
    });
    await expect(
      octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: asset.id }),
    ).rejects.toMatchObject({ status: 422 });
    expect(emulator.state.releases[0]!.assets.map((a) => a.name)).toEqual(['before.txt']);
  });

  it('lists newest first with pagination, honours make_latest, and deletes', async () => {
    const { octokit } = await start();
    for (const tag of ['v1.0.0', 'v1.1.0', 'v1.2.0'])
      await octokit.rest.repos.createRelease({ ...repo, tag_name: tag });
    const { data: pre } = await octokit.rest.repos.createRelease({
      ...repo,
      tag_name: 'v2.0.0-rc.1',
      prerelease: true,
    });
    const { data: side } = await octokit.rest.repos.createRelease({
      ...repo,
      tag_name: 'v0.9.1',
      make_latest: 'false',
    });
    const all = await octokit.paginate(octokit.rest.repos.listReleases, { ...repo, per_page: 2 });
    expect(all.map((r) => r.tag_name)).toEqual(['v0.9.1', 'v2.0.0-rc.1', 'v1.2.0', 'v1.1.0', 'v1.0.0']);
    expect((await octokit.rest.repos.getLatestRelease(repo)).data.tag_name).toBe('v1.2.0');
    await octokit.rest.repos.updateRelease({ ...repo, release_id: side.id, make_latest: 'true' });
    expect((await octokit.rest.repos.getLatestRelease(repo)).data.tag_name).toBe('v0.9.1');
    await octokit.rest.repos.deleteRelease({ ...repo, release_id: pre.id });
    await expect(octokit.rest.repos.getRelease({ ...repo, release_id: pre.id })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('generates release notes from merged pull requests since the previous release', async () => {
    const { emulator, octokit } = await start();
    await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1.0.0' });
    const fix = await emulator.seedCommit({ message: 'fix: rounding', branch: 'main', files: ['src/a.ts'] });
    emulator.seedPull({
      title: 'Fix rounding',
      head: 'fix/rounding',
      base: 'main',
      merged: true,
      mergeCommitSha: fix,
      user: 'alice',
    });
    const { data } = await octokit.rest.repos.generateReleaseNotes({
      ...repo,
      tag_name: 'v1.1.0',
      previous_tag_name: 'v1.0.0',
    });
    expect(data.name).toBe('v1.1.0');
    expect(data.body).toContain('* Fix rounding by @alice in https://github.com/acme/app/pull/1');
    expect(data.body).toContain('**Full Changelog**: https://github.com/acme/app/compare/v1.0.0...v1.1.0');
  });

  it('refuses a release whose target does not exist', async () => {
    const { octokit } = await start();
    await expect(
      octokit.rest.repos.createRelease({ ...repo, tag_name: 'v9.0.0', target_commitish: 'no-such-branch' }),
    ).rejects.toMatchObject({ status: 422 });
  });
});
