import { describe, expect, it, afterEach, beforeEach } from '@jest/globals';
import { appendFile, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST_FILE, type Manifest } from '../../../packages/artifacts/src/manifest.js';
import { mergeLegs, readLegs } from '../../../packages/artifacts/src/merge.js';
import { planArtifacts, writePlannedArtifacts } from '../../../packages/artifacts/src/package.js';
import { writeManifest, writeReleaseFiles } from '../../../packages/artifacts/src/release.js';
import { Staging } from '../../../packages/artifacts/src/staging.js';
import { runContext } from '../../../packages/kit/src/index.js';
import { tempDir, writeTree } from './support.js';

let workspace: string;

beforeEach(async () => {
  workspace = await tempDir();
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

/** A leg as build-artifacts writes it: archives, SHA256SUMS and artifacts.json in one folder. */
async function leg(
  folder: string,
  platform: string | undefined,
  content: string,
  version = '2.0.0',
  commit = 'a'.repeat(40),
) {
  const source = join(workspace, 'src', folder);
  await writeTree(source, { 'bin/app': content });
  const planned = await planArtifacts({
    workspace,
    patterns: [`src/${folder}`],
    skip: [],
    split: false,
    wrap: false,
    name: 'app',
    version,
    platform,
    formats: ['tar.gz'],
  });
  const staging = await Staging.open(join(workspace, 'legs', folder));
  const artifacts = await writePlannedArtifacts(planned, staging, {
    mtime: 1_767_600_000,
    level: 6,
    algorithms: ['sha256'],
  });
  const files = await writeReleaseFiles({
    staging,
    artifacts,
    algorithms: ['sha256'],
    facts: { name: 'app', version, commit, sourceDateEpoch: 1_767_600_000 },
    provenance: false,
    run: runContext({}),
    startedOn: new Date(),
  });
  await writeManifest(staging, files.manifest);
  await staging.commit(files.order);
  return files.manifest;
}

async function merge(patterns = ['legs/*']) {
  const legs = await readLegs(workspace, patterns, [join(workspace, 'out')]);
  const staging = await Staging.open(join(workspace, 'out'));
  try {
    return await mergeLegs(legs, staging, ['sha256', 'sha512']);
  } finally {
    await staging.discard();
  }
}

describe('merging matrix legs', () => {
  it('combines the legs, re-hashing every file, and keeps an artifact two legs made identically once', async () => {
    await leg('linux', 'linux-x64', 'linux build');
    await leg('macos', 'macos-arm64', 'macos build');
    await leg('linux-again', 'linux-x64', 'linux build');
    const merged = await merge();
    expect(merged.artifacts.map((a) => [a.name, a.platform])).toEqual([
      ['app-2.0.0-linux-x64.tar.gz', 'linux-x64'],
      ['app-2.0.0-macos-arm64.tar.gz', 'macos-arm64'],
    ]);
    expect(merged.artifacts.every((a) => /^[0-9a-f]{128}$/.test(a.sha512 ?? ''))).toBe(true);
    expect(merged).toMatchObject({ version: '2.0.0', names: ['app'], commit: 'a'.repeat(40) });
  });

  it('refuses two artifacts with one name and different contents', async () => {
    await leg('one', 'linux-x64', 'first build');
    await leg('two', 'linux-x64', 'second build');
    await expect(merge()).rejects.toMatchObject({
      code: 'EMERGECONFLICT',
      message: expect.stringMatching(
        /"app-2\.0\.0-linux-x64\.tar\.gz": legs\/one \(sha256 [0-9a-f]{12}…\) vs legs\/two/,
      ),
    });
  });

  it('catches a file that does not match its leg manifest', async () => {
    await leg('linux', 'linux-x64', 'linux build');
    await appendFile(join(workspace, 'legs/linux/app-2.0.0-linux-x64.tar.gz'), 'tampered');
    await expect(merge()).rejects.toMatchObject({ code: 'ECORRUPT' });
  });

  it('refuses legs of different versions or commits', async () => {
    await leg('linux', 'linux-x64', 'linux build', '2.0.0');
    await leg('macos', 'macos-arm64', 'macos build', '2.0.1');
    await expect(merge()).rejects.toMatchObject({
      code: 'EMERGEVERSION',
      message: expect.stringContaining('2.0.1: legs/macos'),
    });
    await rm(join(workspace, 'legs/macos'), { recursive: true });
    await leg('windows', 'windows-x64', 'windows build', '2.0.0', 'b'.repeat(40));
    await expect(merge()).rejects.toMatchObject({ code: 'EMERGECOMMIT' });
  });

  it('refuses a folder without a valid manifest', async () => {
    await leg('linux', 'linux-x64', 'linux build');
    await writeTree(workspace, { 'legs/empty/readme.txt': 'nothing' });
    await expect(merge()).rejects.toMatchObject({
      code: 'EMANIFEST',
      message: expect.stringContaining('legs/empty/artifacts.json is missing'),
    });
    const path = join(workspace, 'legs/linux', MANIFEST_FILE);
    const manifest = JSON.parse(await readFile(path, 'utf8')) as Manifest;
    await writeTree(workspace, {
      'legs/linux/artifacts.json': JSON.stringify({ ...manifest, artifacts: [{ name: 'x' }] }),
    });
    await rm(join(workspace, 'legs/empty'), { recursive: true });
    await expect(merge()).rejects.toMatchObject({
      code: 'EMANIFEST',
      message: expect.stringContaining('does not match the manifest schema'),
    });
  });
});
