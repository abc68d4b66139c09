import { afterEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { runAction, type RunOptions } from '../bench/runner.js';

/** Release flows end to end: prereleases and promotion, components, version files, release branches. */

const exec = promisify(execFile);
let fixture: GitFixture | undefined;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

async function start(files?: Record<string, string>): Promise<GitFixture> {
  fixture = await createGitFixture({ files });
  return fixture;
}

function bump(f: GitFixture, inputs: RunOptions['inputs'], options: RunOptions = {}) {
  return runAction('bump-version', {
    workspace: f.work,
    ...options,
    inputs: { 'release-type': 'auto', ...inputs },
  });
}

async function ok(f: GitFixture, inputs: RunOptions['inputs'], options: RunOptions = {}) {
  const run = await bump(f, inputs, options);
  expect(run.errors).toEqual([]);
  expect(run.exitCode).toBe(0);
  return run;
}

/** A file as origin's main has it, byte for byte. */
async function originFile(f: GitFixture, path: string, rev = 'main'): Promise<string> {
  return (await exec('git', ['show', `${rev}:${path}`], { cwd: f.origin })).stdout;
}

describe('prereleases', () => {
  it('rc.0 → rc.1 → promote, the stable notes covering the whole line', async () => {
    const f = await start({ 'package.json': '{ "version": "1.1.0" }\n' });
    await f.tag('v1.1.0', 'v1.1.0');
    await f.commit('feat: search');
    await f.push('all');

    const rc0 = await ok(f, { 'release-type': 'prerelease', preid: 'rc' });
    expect(rc0.outputs).toMatchObject({
      version: '1.2.0-rc.0',
      prerelease: 'true',
      'release-type': 'prerelease',
      'previous-version': '1.1.0',
    });

    await f.git(['pull', '--quiet']);
    await f.commit('fix: search paging');
    await f.push(['main']);
    const rc1 = await ok(f, { 'release-type': 'prerelease' });
    expect(rc1.outputs).toMatchObject({ version: '1.2.0-rc.1', 'previous-version': '1.2.0-rc.0' });
    // A prerelease's notes cover what changed since the previous prerelease.
    expect(rc1.outputs['notes']).toContain('search paging');
    expect(rc1.outputs['notes']).not.toContain('- search (');
    expect(rc1.outputs['notes']).toContain('compare/v1.2.0-rc.0...v1.2.0-rc.1');

    const stable = await ok(f, { 'release-type': 'promote' });
    expect(stable.outputs).toMatchObject({
      version: '1.2.0',
      prerelease: 'false',
      'release-type': 'promote',
      'previous-version': '1.2.0-rc.1',
    });
    expect(stable.outputs['notes']).toContain('- search (');
    expect(stable.outputs['notes']).toContain('- search paging (');
    expect(stable.outputs['notes']).toContain('compare/v1.1.0...v1.2.0');
    expect(await originFile(f, 'package.json')).toBe('{ "version": "1.2.0" }\n');
    const changelog = await originFile(f, 'CHANGELOG.md');
    expect([...changelog.matchAll(/^## \[([^\]]+)\]/gm)].map((m) => m[1])).toEqual([
      '1.2.0',
      '1.2.0-rc.1',
      '1.2.0-rc.0',
    ]);
  });

  it('alpha → beta resets the counter; a prerelease after a stable release starts the next version', async () => {
    const f = await start();
    await f.tag('v2.0.0', 'v2.0.0');
    await f.commit('fix: one');
    await f.push('all');
    const first = await ok(f, { 'release-type': 'prerelease', preid: 'alpha', 'changelog-file': 'none' });
    expect(first.outputs['version']).toBe('2.0.1-alpha.0');
    await f.git(['pull', '--quiet']);
    await f.commit('feat: two');
    await f.push(['main']);
    // The feature lifts the line from 2.0.1 to 2.1.0.
    const lifted = await ok(f, { 'release-type': 'prerelease', 'changelog-file': 'none' });
    expect(lifted.outputs['version']).toBe('2.1.0-alpha.0');
    await f.commit('fix: three');
    await f.push(['main']);
    const beta = await ok(f, { 'release-type': 'prerelease', preid: 'beta', 'changelog-file': 'none' });
    expect(beta.outputs['version']).toBe('2.1.0-beta.0');
  });
});

describe('versions', () => {
  it('0.y.z: a breaking change bumps minor, or major with major-on-zero', async () => {
    const f = await start();
    await f.tag('v0.3.2', 'v0.3.2');
    await f.commit('feat!: new config format');
    await f.push('all');
    expect((await ok(f, { 'dry-run': true })).outputs).toMatchObject({
      version: '0.4.0',
      'release-type': 'minor',
    });
    expect((await ok(f, { 'dry-run': true, 'major-on-zero': true })).outputs).toMatchObject({
      version: '1.0.0',
      'release-type': 'major',
    });
  });

  it('explicit types and versions, and the first release of a repository', async () => {
    const f = await start();
    await f.commit('docs: only docs');
    await f.push('all');
    expect((await ok(f, { 'dry-run': true })).outputs['released']).toBe('false');
    expect((await ok(f, { 'dry-run': true, 'release-type': 'patch' })).outputs).toMatchObject({
      version: '1.0.0',
      'previous-version': '',
    });
    expect(
      (await ok(f, { 'dry-run': true, 'release-type': 'minor', 'initial-version': '0.1.0' })).outputs[
        'version'
      ],
    ).toBe('0.1.0');
    const explicit = await ok(f, { 'release-type': 'version', version: 'v3.0.0-beta.2' });
    expect(explicit.outputs).toMatchObject({
      version: '3.0.0-beta.2',
      tag: 'v3.0.0-beta.2',
      prerelease: 'true',
      'release-type': 'version',
    });
    expect((await ok(f, { 'dry-run': true, 'release-type': 'major' })).outputs['version']).toBe('3.0.0');
  });

  it('cancels a commit and its revert, and ignores merge commits (their commits count)', async () => {
    const f = await start();
    await f.tag('v1.0.0', 'v1.0.0');
    const feat = await f.commit('feat: risky');
    await f.git(['revert', '--no-edit', feat]);
    await f.branch('topic');
    await f.checkout('topic');
    await f.commit('docs: topic notes');
    await f.checkout('main');
    await f.merge('topic', 'Merge pull request #5 from acme/topic');
    await f.push('all');
    const quiet = await ok(f, { 'dry-run': true });
    expect(quiet.outputs['released']).toBe('false');
    expect(quiet.summary).toContain('3 commits since v1.0.0 (1 reverted with their revert).');

    await f.checkout('topic');
    await f.commit('fix: topic bug');
    await f.checkout('main');
    await f.merge('topic', 'Merge pull request #6 from acme/topic');
    const fixed = await ok(f, { 'dry-run': true });
    expect(fixed.outputs['version']).toBe('1.0.1');
    expect(fixed.outputs['notes']).toContain('- topic bug (');
    expect(fixed.outputs['notes']).not.toMatch(/risky|Merge pull request/);
  });
});

describe('version files and changelog', () => {
  it('updates every kind of version file in one release commit, formatting kept', async () => {
    const files = {
      'package.json': '{\n\t"name": "app",\n\t"version": "1.4.0"\n}\n',
      'package-lock.json':
        '{\n  "name": "app",\n  "version": "1.4.0",\n  "lockfileVersion": 3,\n  "packages": {\n    "": {\n      "version": "1.4.0"\n    }\n  }\n}\n',
      'py/pyproject.toml': '[project]\nname = "app"  # the app\nversion = "1.4.0"\n',
      'rs/Cargo.toml': '[package]\nname = "app"\nversion = "1.4.0"\n',
      'chart/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.4.0\nappVersion: "1.4.0"\n',
      VERSION: '1.4.0\n',
      'gradle.properties': 'version=1.4.0\n',
      'src/version.go': 'package app\n\nconst Version = "1.4.0"\n',
    };
    const f = await start(files);
    await f.tag('v1.4.0', 'v1.4.0');
    await f.commit('perf: cache');
    await f.push('all');
    const list =
      'package.json\npy/pyproject.toml\nrs/Cargo.toml\nchart/Chart.yaml\nVERSION\ngradle.properties\nsrc/version.go:Version = "(.+)"';
    const run = await ok(f, { 'version-files': list });
    expect(run.outputs['version']).toBe('1.4.1');
    const changed = await f.git(['show', '--name-only', '--format=', 'main'], f.origin);
    expect(changed.split('\n').sort()).toEqual([...Object.keys(files), 'CHANGELOG.md'].sort());
    for (const [path, text] of Object.entries(files))
      expect(await originFile(f, path)).toBe(text.replaceAll('1.4.0', '1.4.1'));
  });

  it('adds the release below an Unreleased section of an existing changelog', async () => {
    const changelog =
      '# Changelog\n\n## [Unreleased]\n\n- nothing yet\n\n## [1.0.0] - 2025-01-01\n\n- first\n';
    const f = await start({ 'CHANGELOG.md': changelog });
    await f.tag('v1.0.0', 'v1.0.0');
    await f.commit('feat(ui): dark mode');
    await f.push('all');
    await ok(f, {});
    const after = await originFile(f, 'CHANGELOG.md');
    expect(after).toMatch(
      /^# Changelog\n\n## \[Unreleased\]\n\n- nothing yet\n\n## \[1\.1\.0\]\(https:\/\/github\.com\/acme\/app\/compare\/v1\.0\.0\.\.\.v1\.1\.0\) - \d{4}-\d\d-\d\d\n\n### Features\n\n- \*\*ui:\*\* dark mode \(\[[0-9a-f]{7}\]\(https:\/\/github\.com\/acme\/app\/commit\/[0-9a-f]{40}\)\)\n\n## \[1\.0\.0\] - 2025-01-01\n/,
    );
  });
});

describe('monorepo components', () => {
  it('versions each component from the commits touching its folder, with its own tags and files', async () => {
    const f = await start({
      'services/api/package.json': '{ "name": "api", "version": "2.3.0" }\n',
      'services/web/package.json': '{ "name": "web", "version": "0.9.0" }\n',
    });
    await f.tag('api-v2.3.0', 'api');
    await f.tag('web-v0.9.0', 'web');
    await f.commit('feat(api): orders endpoint', { 'services/api/orders.ts': 'x' });
    await f.commit('fix(web): header', { 'services/web/header.ts': 'x' });
    await f.commit('feat!: shared thing outside both', { 'libs/shared.ts': 'x' });
    await f.push('all');

    const api = await ok(f, { path: 'services/api', 'tag-prefix': 'api-v' });
    expect(api.outputs).toMatchObject({ version: '2.4.0', tag: 'api-v2.4.0', 'previous-version': '2.3.0' });
    expect(api.outputs['notes']).toContain('orders endpoint');
    expect(api.outputs['notes']).not.toMatch(/header|shared thing/);
    expect(api.outputs['notes']).toContain('compare/api-v2.3.0...api-v2.4.0');
    expect(await originFile(f, 'services/api/package.json')).toBe('{ "name": "api", "version": "2.4.0" }\n');
    expect(await originFile(f, 'services/api/CHANGELOG.md')).toContain('## [2.4.0]');

    await f.git(['pull', '--quiet']);
    const web = await ok(f, { path: 'services/web', 'tag-prefix': 'web-v' });
    expect(web.outputs).toMatchObject({ version: '0.9.1', tag: 'web-v0.9.1' });
    expect(await originFile(f, 'services/web/package.json')).toBe('{ "name": "web", "version": "0.9.1" }\n');
    expect(await f.git(['tag', '--list'], f.origin)).toBe('api-v2.3.0\napi-v2.4.0\nweb-v0.9.0\nweb-v0.9.1');
    // The component's own release commit does not make it release again.
    await f.git(['pull', '--quiet']);
    expect((await ok(f, { path: 'services/api', 'tag-prefix': 'api-v' })).outputs['released']).toBe('false');
  });
});

describe('release branches', () => {
  it('cuts release/vX.Y.Z from develop with the release commit; the tag comes when it reaches main', async () => {
    const f = await start({ 'package.json': '{ "version": "1.0.0" }\n' });
    await f.tag('v1.0.0', 'v1.0.0');
    await f.branch('develop');
    await f.checkout('develop');
    await f.commit('feat: checkout flow');
    await f.push('all');
    await f.checkout('main');

    const cut = await ok(f, { 'release-branch': true }, { runId: '9' });
    expect(cut.outputs).toMatchObject({ version: '1.1.0', tag: 'v1.1.0', released: 'true' });
    expect(await f.git(['rev-parse', 'release/v1.1.0'], f.origin)).toBe(cut.outputs['commit-sha']);
    expect(await f.git(['log', '-1', '--format=%s', 'release/v1.1.0'], f.origin)).toBe(
      'chore(release): v1.1.0',
    );
    expect(await f.git(['tag', '--list'], f.origin)).toBe('v1.0.0');
    expect(await originFile(f, 'package.json', 'release/v1.1.0')).toBe('{ "version": "1.1.0" }\n');
    expect(cut.summary).toContain('branch `release/v1.1.0`');

    // The same run again: the branch is reused, nothing new is pushed.
    const again = await ok(f, { 'release-branch': true }, { runId: '9' });
    expect(again.outputs['commit-sha']).toBe(cut.outputs['commit-sha']);
    expect(await f.git(['rev-parse', 'release/v1.1.0'], f.origin)).toBe(cut.outputs['commit-sha']);

    // Merged into main, the release is tagged there without a second release commit.
    await f.git(['checkout', '--quiet', 'main']);
    await f.git(['fetch', '--quiet', 'origin']);
    await f.merge('origin/release/v1.1.0', 'Merge branch release/v1.1.0');
    await f.push(['main']);
    const merged = await f.head();
    const tagged = await ok(f, {});
    expect(tagged.outputs).toMatchObject({ version: '1.1.0', 'commit-sha': merged });
    expect(await f.git(['rev-parse', 'v1.1.0^{commit}'], f.origin)).toBe(merged);
    expect(await f.git(['rev-parse', 'main'], f.origin)).toBe(merged);
  });
});
