import { describe, expect, it, afterEach, beforeEach } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readlink, rm, symlink, writeFile, lstat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { removeRunTemps, runBundle } from '../unit/artifacts/support.js';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';

/**
 * Symbolic links and hidden files as a build leaves them, packaged by the bundle
 * run as a process in a real checkout whose .git/config holds the token header
 * actions/checkout writes there (persist-credentials: true, its default).
 */
const run = promisify(execFile);
const TOKEN_HEADER = 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX2NoZWNrb3V0VG9rZW4xMjM0NQ==';
let fixture: GitFixture;
let unpack: string;

beforeEach(async () => {
  fixture = await createGitFixture({
    files: { 'dist/app': '#!/bin/sh\necho app\n', 'dist/lib/core.js': 'core\n', 'README.md': '# app\n' },
  });
  await fixture.git(['config', '--local', 'http.https://github.com/.extraheader', TOKEN_HEADER]);
  unpack = await mkdtemp(join(tmpdir(), 'unpacked-'));
});

afterEach(async () => {
  await fixture.cleanup();
  await rm(unpack, { recursive: true, force: true });
  await removeRunTemps();
});

async function build(inputs: Record<string, string>) {
  return runBundle('build-artifacts', {
    workspace: fixture.work,
    inputs: { version: '1.0.0', name: 'app', files: 'dist', formats: 'tar.gz, zip', ...inputs },
  });
}

/** Every byte of both archives, unpacked by tar and unzip. */
async function unpacked(): Promise<{ tar: string; zip: string }> {
  const out = join(fixture.work, 'release-artifacts');
  await mkdir(join(unpack, 'tar'), { recursive: true });
  await mkdir(join(unpack, 'zip'), { recursive: true });
  await run('tar', ['-xzf', join(out, 'app-1.0.0.tar.gz'), '-C', join(unpack, 'tar')]);
  await run('unzip', ['-q', join(out, 'app-1.0.0.zip'), '-d', join(unpack, 'zip')]);
  return { tar: join(unpack, 'tar'), zip: join(unpack, 'zip') };
}

async function archiveBytes(): Promise<string> {
  const out = join(fixture.work, 'release-artifacts');
  const tar = await run('tar', ['-xzOf', join(out, 'app-1.0.0.tar.gz')], { maxBuffer: 1 << 24 });
  const zip = await run('unzip', ['-p', join(out, 'app-1.0.0.zip')], { maxBuffer: 1 << 24 });
  return tar.stdout + zip.stdout;
}

describe('build-artifacts judges every path by where it really points', () => {
  it('refuses a link to .git/config, which holds the checkout token, and ships nothing', async () => {
    await symlink('../.git/config', join(fixture.work, 'dist/config'));
    const result = await build({});
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      expect.stringMatching(/^"dist\/config" is a symbolic link to \.git\/config, inside git's metadata/),
    ]);
    expect(result.stdout + result.stderr).not.toContain('basic eC1h');
    await expect(lstat(join(fixture.work, 'release-artifacts/app-1.0.0.tar.gz'))).rejects.toThrow();
  });

  it('refuses a link to the whole .git folder', async () => {
    await symlink('../.git', join(fixture.work, 'dist/gitdir'));
    const result = await build({});
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/^"dist\/gitdir" is a symbolic link to \.git, inside git's metadata/);
  });

  it('refuses the same links with copy-symlinks too, and when matched by name', async () => {
    await symlink('../.git/config', join(fixture.work, 'dist/config'));
    const copied = await build({ 'copy-symlinks': 'true', 'include-hidden-files': 'true' });
    expect(copied.exitCode).toBe(1);
    expect(copied.errors[0]).toContain("inside git's metadata");
    const named = await build({ files: 'dist/config' });
    expect(named.exitCode).toBe(1);
    expect(named.errors[0]).toContain("inside git's metadata");
  });

  it('keeps a link whose target is in the archive as a relative link, in tar and zip alike', async () => {
    await symlink('app', join(fixture.work, 'dist/app-latest'));
    await symlink(join(fixture.work, 'dist/lib'), join(fixture.work, 'dist/modules'));
    const result = await build({});
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const { tar, zip } = await unpacked();
    for (const root of [tar, zip]) {
      expect(await readlink(join(root, 'app-latest'))).toBe('app');
      expect(await readlink(join(root, 'modules'))).toBe('lib');
      expect(await readFile(join(root, 'modules/core.js'), 'utf8')).toBe('core\n');
    }
  });

  it('copy-symlinks stores the target bytes instead', async () => {
    await symlink('app', join(fixture.work, 'dist/app-latest'));
    const result = await build({ 'copy-symlinks': 'true' });
    expect(result.exitCode).toBe(0);
    const { tar, zip } = await unpacked();
    for (const root of [tar, zip]) {
      expect((await lstat(join(root, 'app-latest'))).isSymbolicLink()).toBe(false);
      expect(await readFile(join(root, 'app-latest'), 'utf8')).toBe('#!/bin/sh\necho app\n');
    }
  });

  it('copies a link to a file elsewhere in the workspace, since its target is not in the archive', async () => {
    await symlink('../README.md', join(fixture.work, 'dist/README.md'));
    const result = await build({});
    expect(result.exitCode).toBe(0);
    const { tar } = await unpacked();
    expect((await lstat(join(tar, 'README.md'))).isSymbolicLink()).toBe(false);
    expect(await readFile(join(tar, 'README.md'), 'utf8')).toBe('# app\n');
  });
});

describe('build-artifacts leaves hidden files out unless asked', () => {
  it('leaves out .env and .npmrc, refuses a link that would bring one in, and packs them on request', async () => {
    await writeFile(join(fixture.work, 'dist/.env'), 'API_KEY=from-the-build\n');
    await mkdir(join(fixture.work, 'dist/.cache'));
    await writeFile(join(fixture.work, 'dist/.cache/token'), 'npm-token\n');
    const result = await build({});
    expect(result.exitCode).toBe(0);
    expect(await archiveBytes()).not.toMatch(/from-the-build|npm-token/);
    const { tar } = await unpacked();
    await expect(lstat(join(tar, '.env'))).rejects.toThrow();

    await writeFile(join(fixture.work, '.npmrc'), '//registry.npmjs.org/:_authToken=npm_secret\n');
    await symlink('../.npmrc', join(fixture.work, 'dist/npmrc'));
    const linked = await build({});
    expect(linked.exitCode).toBe(1);
    expect(linked.errors[0]).toMatch(/^"dist\/npmrc" is a symbolic link to \.npmrc, a hidden file or folder/);
    await rm(join(fixture.work, 'dist/npmrc'));

    const asked = await build({ 'include-hidden-files': 'true' });
    expect(asked.exitCode).toBe(0);
    expect(await archiveBytes()).toMatch(/from-the-build[\s\S]*npm-token|npm-token[\s\S]*from-the-build/);
  });

  it('a pattern that only names hidden files matches nothing, and says why', async () => {
    await writeFile(join(fixture.work, '.release-notes'), 'notes\n');
    const result = await build({ files: '.release-notes' });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/No files match "\.release-notes"/);
    expect(result.errors[0]).toContain('include-hidden-files');
  });
});

describe('build-artifacts names both commits when the build is not of GITHUB_SHA', () => {
  it('the manifest and the provenance record the commit built and the workflow commit, each named', async () => {
    const triggered = await fixture.head();
    // release.yml builds the release commit bump-version made after the run started.
    const built = await fixture.commit('chore(release): 1.0.0', { 'dist/VERSION': '1.0.0\n' });
    expect(built).not.toBe(triggered);
    const result = await runBundle('build-artifacts', {
      workspace: fixture.work,
      sha: triggered,
      inputs: { version: '1.0.0', name: 'app', files: 'dist' },
    });
    expect(result.errors).toEqual([]);
    const out = join(fixture.work, 'release-artifacts');
    const manifest = JSON.parse(await readFile(join(out, 'artifacts.json'), 'utf8'));
    expect(manifest).toMatchObject({ commit: built, workflowCommit: triggered });
    const provenance = JSON.parse(await readFile(join(out, 'provenance.intoto.json'), 'utf8'));
    const dependencies = provenance.predicate.buildDefinition.resolvedDependencies;
    expect(dependencies).toEqual([
      expect.objectContaining({ name: 'workflow', digest: { gitCommit: triggered } }),
      expect.objectContaining({ name: 'source', digest: { gitCommit: built } }),
    ]);
    expect(dependencies[1].annotations.role).toContain('not the workflow commit');
    expect(result.summary).toContain(`Commit built: \`${built}\``);
    expect(result.summary).toContain(`Workflow commit: \`${triggered}\``);
  });
});
