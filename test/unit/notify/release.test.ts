import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assetKey,
  canonicalRelease,
  closingReferences,
  contentTypeFor,
  decideLatest,
  describeLocalAssets,
  planAssets,
  previousRelease,
  readManifest,
  releaseAssetName,
  releasedComment,
  type ReleaseRecord,
  type RemoteAsset,
} from '../../../packages/notify/src/index.js';

const record = (id: number, tag: string, extra: Partial<ReleaseRecord> = {}): ReleaseRecord => ({
  id,
  tag_name: tag,
  draft: false,
  prerelease: false,
  ...extra,
});

describe('latest and previous releases, by semantic version', () => {
  const releases = [
    record(1, 'v1.2.0'),
    record(2, 'v1.3.0'),
    record(3, 'v1.4.0'),
    record(4, 'v2.0.0-rc.1', { prerelease: true }),
    record(5, 'v9.9.9', { draft: true }),
    record(6, 'web-v5.0.0'),
  ];

  it('a hotfix on an older line is not made latest', () => {
    expect(decideLatest('1.3.5', releases, 'v', 'v1.3.5')).toMatchObject({ makeLatest: 'false' });
  });

  it('a higher stable version is made latest; drafts, prereleases and other prefixes do not count', () => {
    expect(decideLatest('1.5.0', releases, 'v', 'v1.5.0')).toEqual({
      makeLatest: 'true',
      reason: 'higher than v1.4.0',
    });
  });

  it('a prerelease is never latest', () => {
    expect(decideLatest('2.0.0-rc.2', releases, 'v', 'v2.0.0-rc.2').makeLatest).toBe('false');
  });

  it('re-running for an existing tag compares with the others only', () => {
    expect(decideLatest('1.4.0', releases, 'v', 'v1.4.0').makeLatest).toBe('true');
  });

  it('finds the previous stable release for a stable version, any release for a prerelease', () => {
    expect(previousRelease(releases, 'v', '2.0.0', 'v2.0.0')?.tag).toBe('v1.4.0');
    expect(previousRelease(releases, 'v', '2.0.0-rc.2', 'v2.0.0-rc.2')?.tag).toBe('v2.0.0-rc.1');
    expect(previousRelease(releases, 'v', '1.2.0', 'v1.2.0')).toBeUndefined();
  });

  it('picks the published release for a tag, else the oldest draft', () => {
    expect(
      canonicalRelease([record(9, 'v1', { draft: true }), record(7, 'v1', { draft: true })], 'v1')?.id,
    ).toBe(7);
    expect(canonicalRelease([record(7, 'v1', { draft: true }), record(9, 'v1')], 'v1')?.id).toBe(9);
    expect(canonicalRelease([record(7, 'v2')], 'v1')).toBeUndefined();
  });
});

describe('closing references', () => {
  const repo = { owner: 'acme', repo: 'app' };

  it('reads GitHub closing keywords for this repository only', () => {
    const body = [
      'Fixes #12, closes #13 and Resolves: #14',
      'fixed acme/app#15; see #16; closes other/repo#17',
      'Closes https://github.com/acme/app/issues/18',
      'prefix#19 unfixes #20',
    ].join('\n');
    expect(closingReferences(body, repo)).toEqual([12, 13, 14, 15, 18]);
  });

  it('handles an empty body', () => {
    expect(closingReferences(null, repo)).toEqual([]);
  });
});

describe('assets', () => {
  let dir: string;
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'assets-'));
    await writeFile(join(dir, 'same.tar.gz'), 'same');
    await writeFile(join(dir, 'changed.zip'), 'new bytes');
    await writeFile(join(dir, 'new file.txt'), 'new');
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const remote = (
    id: number,
    name: string,
    content: string,
    extra: Partial<RemoteAsset> = {},
  ): RemoteAsset => ({
    id,
    name,
    size: Buffer.byteLength(content),
    state: 'uploaded',
    digest: `sha256:${sha(content)}`,
    ...extra,
  });

  it('names assets the way GitHub renames them', () => {
    expect(releaseAssetName('new file (1).txt')).toBe('new.file.1..txt');
    expect(releaseAssetName('.hidden')).toBe('hidden');
    // A name GitHub spelled with one dot per character still matches.
    expect(assetKey('new.file..1..txt')).toBe(assetKey('new file (1).txt'));
    expect(contentTypeFor('app.tar.gz')).toBe('application/gzip');
    expect(contentTypeFor('SHA256SUMS')).toBe('text/plain; charset=utf-8');
  });

  it('uploads what is missing, skips identical files, and reports a differing one as a conflict', async () => {
    const locals = await describeLocalAssets(
      ['same.tar.gz', 'changed.zip', 'new file.txt'].map((f) => join(dir, f)),
    );
    const remotes = [remote(1, 'same.tar.gz', 'same'), remote(2, 'changed.zip', 'old bytes')];
    const steps = await planAssets(locals, remotes, { replace: false, remoteSha256: async () => 'unused' });
    expect(steps.map((step) => [step.local.name, step.action])).toEqual([
      ['same.tar.gz', 'skip'],
      ['changed.zip', 'conflict'],
      ['new.file.txt', 'upload'],
    ]);
    const replacing = await planAssets(locals, remotes, {
      replace: true,
      remoteSha256: async () => 'unused',
    });
    expect(replacing.map((step) => step.action)).toEqual(['skip', 'replace', 'upload']);
  });

  it('hashes remote assets only when the API gives no digest, and replaces half-uploaded ones', async () => {
    const locals = await describeLocalAssets([join(dir, 'same.tar.gz'), join(dir, 'changed.zip')]);
    const downloaded: number[] = [];
    const steps = await planAssets(
      locals,
      [
        remote(1, 'same.tar.gz', 'same', { digest: null }),
        remote(2, 'changed.zip', 'new bytes', { state: 'open' }),
      ],
      {
        replace: false,
        remoteSha256: async (asset) => {
          downloaded.push(asset.id);
          return sha('same');
        },
      },
    );
    expect(steps.map((step) => step.action)).toEqual(['skip', 'replace']);
    expect(downloaded).toEqual([1]);
  });

  it('takes sha256 values from build-artifacts’ manifest by file name', async () => {
    const path = join(dir, 'artifacts.json');
    await writeFile(
      path,
      JSON.stringify({
        artifacts: [
          { name: 'same.tar.gz', path: 'dist/same.tar.gz', sha256: sha('same').toUpperCase() },
          { name: 'broken', sha256: 'nope' },
        ],
      }),
    );
    const manifest = await readManifest(path);
    expect([...manifest]).toEqual([['same.tar.gz', sha('same')]]);
    const [local] = await describeLocalAssets([join(dir, 'same.tar.gz')], manifest);
    expect(local!.sha256).toBe(sha('same'));
    await writeFile(path, '{"files": []}');
    await expect(readManifest(path)).rejects.toThrow('expected an object with an "artifacts" list');
  });
});

describe('comments', () => {
  it('link the release and carry the hidden marker', () => {
    expect(releasedComment('v1.4.0', 'https://github.com/acme/app/releases/tag/v1.4.0')).toBe(
      '🚀 Released in [v1.4.0](https://github.com/acme/app/releases/tag/v1.4.0).\n\n<!-- release-actions:released v1.4.0 -->',
    );
  });
});
