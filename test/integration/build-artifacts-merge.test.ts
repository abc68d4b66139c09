import { describe, expect, it, afterAll, beforeAll } from '@jest/globals';
import { cp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunResult } from '../bench/runner.js';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { manifestProblems, type Manifest } from '../../packages/artifacts/src/manifest.js';
import { removeRunTemps, runBundle, sh } from '../unit/artifacts/support.js';

/**
 * A matrix: two legs build their platform in their own checkout and "upload"
 * their output folder; the merge job gets them as actions/download-artifact
 * lays them out (legs/<artifact name>/…) and makes one release of them.
 */

const FILES = { 'src/app.txt': 'the app\n' };
const BUILD = 'mkdir -p dist && cp src/app.txt dist/ && echo "$RELEASE_PLATFORM" > dist/PLATFORM';

let fixtures: GitFixture[] = [];
let mergeWorkspace: GitFixture;

async function leg(fixture: GitFixture, platform: string): Promise<RunResult> {
  const run = await runBundle('build-artifacts', {
    workspace: fixture.work,
    inputs: { version: '1.0.0', platform, files: 'dist', 'build-script': BUILD, formats: 'tar.gz\nzip' },
  });
  expect(run.errors).toEqual([]);
  return run;
}

async function download(run: RunResult, as: string): Promise<void> {
  await cp(run.outputs['directory']!, join(mergeWorkspace.work, 'legs', as), { recursive: true });
}

function merge(extra: Record<string, string> = {}): Promise<RunResult> {
  return runBundle('build-artifacts', {
    workspace: mergeWorkspace.work,
    inputs: {
      mode: 'merge',
      version: '1.0.0',
      'merge-from': 'legs/*',
      'output-directory': 'release',
      ...extra,
    },
  });
}

beforeAll(async () => {
  fixtures = await Promise.all([1, 2, 3].map(() => createGitFixture({ files: FILES })));
  mergeWorkspace = await createGitFixture({ files: FILES });
  await download(await leg(fixtures[0]!, 'linux-x64'), 'release-linux-x64');
  await download(await leg(fixtures[1]!, 'darwin-arm64'), 'release-darwin-arm64');
}, 60_000);

afterAll(async () => {
  await Promise.all([...fixtures, mergeWorkspace].map((fixture) => fixture.cleanup()));
});

describe('build-artifacts, merge mode', () => {
  let merged: RunResult;
  beforeAll(async () => {
    merged = await merge({ sha512: 'true' });
  });

  it('writes one SHA256SUMS for every leg that sha256sum -c verifies', async () => {
    expect(merged.errors).toEqual([]);
    expect(merged.exitCode).toBe(0);
    const out = join(mergeWorkspace.work, 'release');
    expect(merged.outputs['directory']).toBe(out);
    const check = await sh('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: out });
    expect(check.stdout.trim().split('\n')).toEqual([
      'app-1.0.0-darwin-arm64.tar.gz: OK',
      'app-1.0.0-darwin-arm64.zip: OK',
      'app-1.0.0-linux-x64.tar.gz: OK',
      'app-1.0.0-linux-x64.zip: OK',
    ]);
    expect((await sh('sha512sum', ['-c', '--strict', 'SHA512SUMS'], { cwd: out })).code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      'SHA256SUMS',
      'SHA512SUMS',
      'app-1.0.0-darwin-arm64.tar.gz',
      'app-1.0.0-darwin-arm64.zip',
      'app-1.0.0-linux-x64.tar.gz',
      'app-1.0.0-linux-x64.zip',
      'artifacts.json',
      'provenance.intoto.json',
    ]);
  });

  it('writes one manifest with both platforms, valid against the schema', async () => {
    const manifest = JSON.parse(await readFile(merged.outputs['manifest']!, 'utf8')) as Manifest;
    expect(await manifestProblems(manifest)).toEqual([]);
    expect(manifest).toMatchObject({
      name: 'app',
      version: '1.0.0',
      platforms: ['darwin-arm64', 'linux-x64'],
    });
    expect(manifest.commit).toBe(await fixtures[0]!.head());
    const legManifest = JSON.parse(
      await readFile(join(mergeWorkspace.work, 'legs/release-linux-x64/artifacts.json'), 'utf8'),
    ) as Manifest;
    const linux = legManifest.artifacts.map((a) => [a.name, a.sha256]);
    expect(
      manifest.artifacts.filter((a) => a.platform === 'linux-x64').map((a) => [a.name, a.sha256]),
    ).toEqual(linux);
    expect(JSON.parse(merged.outputs['artifacts']!)).toHaveLength(4);
    expect(merged.summary).toContain('app 1.0.0 (merged)');
    expect(merged.summary).toContain('| `app-1.0.0-darwin-arm64.tar.gz` | darwin-arm64 |');
  });

  it('keeps the same artifact from a leg that ran twice once, and re-runs without rewriting', async () => {
    await download(await leg(fixtures[2]!, 'linux-x64'), 'release-linux-x64-attempt-2');
    const again = await merge({ sha512: 'true' });
    expect(again.errors).toEqual([]);
    expect(JSON.parse(again.outputs['artifacts']!)).toHaveLength(4);
    expect(again.log).toContain('Kept unchanged: app-1.0.0-darwin-arm64.tar.gz');
    await rm(join(mergeWorkspace.work, 'legs/release-linux-x64-attempt-2'), { recursive: true });
  });

  it('refuses two artifacts with one name and different contents, writing nothing', async () => {
    // Two legs of one commit that forgot their platform labels: both make app-1.0.0.tar.gz, with different bytes.
    for (const [index, os] of [
      [0, 'linux'],
      [1, 'darwin'],
    ] as const) {
      const run = await runBundle('build-artifacts', {
        workspace: fixtures[index]!.work,
        inputs: {
          version: '1.0.0',
          files: 'dist',
          'build-script': `mkdir -p dist && echo ${os} > dist/OS`,
          'output-directory': 'unlabelled',
        },
      });
      expect(run.errors).toEqual([]);
      await cp(run.outputs['directory']!, join(mergeWorkspace.work, 'unlabelled', os), { recursive: true });
    }
    const failed = await merge({ 'merge-from': 'unlabelled/*', 'output-directory': 'release-unlabelled' });
    expect(failed.exitCode).toBe(1);
    expect(failed.errors).toHaveLength(1);
    expect(failed.errors[0]).toContain('Two legs made an artifact of the same name with different contents');
    expect(failed.errors[0]).toMatch(
      /"app-1\.0\.0\.tar\.gz": unlabelled\/darwin \(sha256 [0-9a-f]{12}…\) vs unlabelled\/linux/,
    );
    expect(await readdir(mergeWorkspace.work)).not.toContain('release-unlabelled');
  });

  it('refuses legs built from different commits', async () => {
    const other = await createGitFixture({ files: { 'src/app.txt': 'a different commit\n' } });
    try {
      await download(await leg(other, 'windows-x64'), 'release-windows-x64');
      await rm(join(mergeWorkspace.work, 'release'), { recursive: true });
      const failed = await merge();
      expect(failed.exitCode).toBe(1);
      expect(failed.errors[0]).toContain('The legs were built for different commits');
      expect(await readdir(mergeWorkspace.work)).not.toContain('release');
    } finally {
      await rm(join(mergeWorkspace.work, 'legs/release-windows-x64'), { recursive: true, force: true });
      await other.cleanup();
    }
  });

  it('refuses to merge legs of another version', async () => {
    const failed = await merge({ version: '1.0.1' });
    expect(failed.exitCode).toBe(1);
    expect(failed.errors[0]).toContain('The legs built version 1.0.0, but the version input is 1.0.1');
    expect(await readdir(mergeWorkspace.work)).not.toContain('release');
  });

  it('says which folder lacks a manifest', async () => {
    await mkdir(join(mergeWorkspace.work, 'legs/stray'), { recursive: true });
    const failed = await merge();
    expect(failed.errors[0]).toContain('legs/stray/artifacts.json is missing');
    await rm(join(mergeWorkspace.work, 'legs/stray'), { recursive: true });
  });
});

afterAll(async () => {
  await removeRunTemps();
});
