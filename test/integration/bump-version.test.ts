import { afterEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { runAction, type RunOptions } from '../bench/runner.js';

/**
 * bump-version's bundle run as the runner runs it, on real repositories (a bare
 * origin and a clone) and, for the pull request lookup, the GitHub API emulator
 * serving that same origin.
 */

const exec = promisify(execFile);
const API_ENV = { RELEASE_ACTIONS_API_RETRY_BASE_MS: '0', RELEASE_ACTIONS_API_WRITE_INTERVAL_MS: '10' };
const PACKAGE = '{\n  "name": "app",\n  "version": "1.0.0",\n  "private": true\n}\n';

let fixture: GitFixture | undefined;
let emulator: Emulator | undefined;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
  const closing = emulator?.close();
  emulator = undefined;
  await closing; // rejects when any request or answer broke GitHub's OpenAPI description
});

function bump(workspace: string, inputs: RunOptions['inputs'], options: RunOptions = {}) {
  return runAction('bump-version', { workspace, ...options, inputs: { 'release-type': 'auto', ...inputs } });
}

/** A file as origin has it, byte for byte (the fixture's git() trims its output). */
async function originText(f: GitFixture, rev: string, path: string): Promise<string> {
  const { stdout } = await exec('git', ['show', `${rev}:${path}`], { cwd: f.origin });
  return stdout;
}

/** v1.0.0, then a feature with a squash-merge PR number, a fix without one, docs and a non-conventional commit. */
async function standardHistory(): Promise<{ f: GitFixture; feat: string; fix: string }> {
  const f = await createGitFixture({ files: { 'package.json': PACKAGE } });
  await f.tag('v1.0.0', 'v1.0.0');
  const feat = await f.commit('feat(api): add pagination (#12)');
  const fix = await f.commit('fix: handle empty pages\n\nThe last page was dropped.');
  await f.commit('docs: explain paging');
  await f.commit('Update CI config');
  await f.push('all');
  fixture = f;
  return { f, feat, fix };
}

describe('bump-version on a git fixture with the GitHub API emulator', () => {
  it('releases the next minor: outputs, files, tag, push, job summary, and a bounded read-only PR lookup', async () => {
    const { f, feat, fix } = await standardHistory();
    emulator = await startEmulator({ gitDir: f.origin });
    const pull = emulator.seedPull({
      title: 'Handle empty pages',
      head: 'fix/empty',
      base: 'main',
      commits: [fix],
      merged: true,
      user: 'alice',
    });
    emulator.seedPull({
      number: 12,
      title: 'Pagination',
      head: 'feat/pages',
      base: 'main',
      commits: [feat],
      merged: true,
      user: 'bob',
    });

    const run = await bump(
      f.work,
      { token: 'test-token' },
      { apiUrl: emulator.url, env: API_ENV, sha: await f.head() },
    );

    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const releaseCommit = await f.git(['rev-parse', 'v1.1.0^{commit}'], f.origin);
    expect(run.outputs).toMatchObject({
      version: '1.1.0',
      'previous-version': '1.0.0',
      tag: 'v1.1.0',
      'release-type': 'minor',
      released: 'true',
      prerelease: 'false',
      'commit-sha': releaseCommit,
    });
    // The notes link both pull requests and credit their authors; the file has the same text.
    const notes = run.outputs['notes']!;
    expect(notes).toContain(
      `- **api:** add pagination ([#12](https://github.com/acme/app/pull/12), [${feat.slice(0, 7)}]`,
    );
    expect(notes).toContain(
      `- handle empty pages ([#${pull}](https://github.com/acme/app/pull/${pull}), [${fix.slice(0, 7)}]`,
    );
    expect(notes).toMatch(/by @alice/);
    expect(notes).toContain('**Full changelog**: https://github.com/acme/app/compare/v1.0.0...v1.1.0');
    expect(notes).not.toContain('explain paging');
    expect(run.outputs['notes-file']!.startsWith(join(run.temp, 'runner-temp'))).toBe(true);
    expect(await readFile(run.outputs['notes-file']!, 'utf8')).toBe(notes);

    // Origin has the release commit on main and the annotated tag on it.
    expect(await f.git(['rev-parse', 'main'], f.origin)).toBe(releaseCommit);
    expect(await f.git(['cat-file', '-t', 'v1.1.0'], f.origin)).toBe('tag');
    expect(await f.git(['log', '-1', '--format=%s%n%an <%ae>', releaseCommit], f.origin)).toBe(
      'chore(release): v1.1.0\ngithub-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    );
    expect(JSON.parse(await originText(f, 'v1.1.0', 'package.json')).version).toBe('1.1.0');
    expect(await originText(f, 'v1.1.0', 'package.json')).toBe(PACKAGE.replace('1.0.0', '1.1.0'));
    const changelog = await originText(f, 'v1.1.0', 'CHANGELOG.md');
    expect(changelog).toMatch(/^# Changelog\n/);
    expect(changelog).toMatch(
      /## \[1\.1\.0\]\(https:\/\/github\.com\/acme\/app\/compare\/v1\.0\.0\.\.\.v1\.1\.0\) - \d{4}-\d\d-\d\d\n\n### Features\n/,
    );

    // The summary: the version, why, and the commits by type.
    expect(run.summary).toContain('## v1.1.0');
    expect(run.summary).toMatch(
      /\| Why \| minor: a feature in \[`[0-9a-f]{7}`\]\([^)]+\) feat\(api\): add pagination \(#12\) \|/,
    );
    expect(run.summary).toContain('4 commits since v1.0.0.');
    for (const kind of ['feat', 'fix', 'docs', 'non-conventional'])
      expect(run.summary).toContain(`| \`${kind}\` | 1 |`);

    // The API was only read, once per listed commit, the commit without (#123) first.
    const calls = emulator.calls.map((call) => `${call.method} ${call.operationId} ${call.status}`);
    expect(calls).toEqual([
      'GET repos/list-pull-requests-associated-with-commit 200',
      'GET repos/list-pull-requests-associated-with-commit 200',
    ]);
    expect(emulator.calls[0]!.path).toBe(`/repos/acme/app/commits/${fix}/pulls`);
    expect(run.log).not.toContain('test-token');
  });

  it('gives the same outputs on a re-run of the same workflow run, and writes nothing twice', async () => {
    const { f } = await standardHistory();
    const sha = await f.head();
    const first = await bump(f.work, {}, { sha, runId: '777' });
    expect(first.exitCode).toBe(0);
    const originBefore = await f.git(['for-each-ref', '--format=%(refname) %(objectname)'], f.origin);
    // actions/checkout on a re-run checks out the run's commit again.
    const again = await f.clone('rerun');
    await f.git(['checkout', '--quiet', '-B', 'main', sha], again);
    const second = await bump(again, {}, { sha, runId: '777' });
    expect(second.errors).toEqual([]);
    // Each run writes its notes under its own RUNNER_TEMP; the components output names that file too.
    const notesFile = second.outputs['notes-file']!;
    expect(second.outputs).toEqual({
      ...first.outputs,
      'notes-file': notesFile,
      components: first.outputs['components']!.split(first.outputs['notes-file']!).join(notesFile),
    });
    expect(second.summary).toContain('(already released)');
    expect(await f.git(['for-each-ref', '--format=%(refname) %(objectname)'], f.origin)).toBe(originBefore);
  });

  it('releases nothing, and succeeds, when no commit calls for a release', async () => {
    const f = await createGitFixture({ files: { 'package.json': PACKAGE } });
    fixture = f;
    await f.tag('v1.0.0', 'v1.0.0');
    await f.commit('docs: typo');
    await f.commit('chore(deps): bump x');
    await f.commit('Merge things by hand');
    await f.push('all');
    const head = await f.head();
    const run = await bump(f.work, {});
    expect(run.exitCode).toBe(0);
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({
      released: 'false',
      version: '',
      tag: '',
      'previous-version': '1.0.0',
      notes: '',
    });
    expect(run.summary).toContain('## No release');
    expect(run.summary).toContain('no commit since v1.0.0 calls for a release');
    expect(await f.head()).toBe(head);
    expect(await f.git(['tag'])).toBe('v1.0.0');
  });

  it('makes no API call without a token, or with pull-request-lookups: 0', async () => {
    const { f } = await standardHistory();
    emulator = await startEmulator({ gitDir: f.origin });
    const options = { apiUrl: emulator.url, env: API_ENV };
    const withoutToken = await bump(f.work, { 'dry-run': true }, options);
    expect(withoutToken.outputs['version']).toBe('1.1.0');
    const switchedOff = await bump(f.work, { 'pull-request-lookups': 0, token: 'test-token' }, options);
    expect(switchedOff.outputs['version']).toBe('1.1.0');
    expect(emulator.calls).toEqual([]);
  });

  it('still releases when the lookup is refused, with a warning and unlinked notes', async () => {
    const { f } = await standardHistory();
    emulator = await startEmulator({ gitDir: f.origin });
    emulator.fault({
      operationId: 'repos/list-pull-requests-associated-with-commit',
      status: 403,
      times: 10,
    });
    const run = await bump(f.work, { token: 'test-token' }, { apiUrl: emulator.url, env: API_ENV });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['version']).toBe('1.1.0');
    expect(
      run.annotations
        .filter((a) => a.level === 'warning')
        .map((a) => a.message)
        .join('\n'),
    ).toMatch(/Pull request lookup stopped .*pull-requests: read/);
    expect(run.outputs['notes']).toContain('- handle empty pages ([');
    expect(run.outputs['notes']).not.toContain('by @');
  });

  it('caps the lookup at pull-request-lookups calls however many commits are listed', async () => {
    const f = await createGitFixture();
    fixture = f;
    await f.tag('v2.0.0', 'v2.0.0');
    for (let i = 0; i < 8; i += 1) await f.commit(`fix: bug ${i}`);
    await f.push('all');
    emulator = await startEmulator({ gitDir: f.origin });
    const run = await bump(
      f.work,
      { token: 'test-token', 'pull-request-lookups': 3 },
      { apiUrl: emulator.url, env: API_ENV },
    );
    expect(run.outputs['version']).toBe('2.0.1');
    expect(emulator.callsTo('repos/list-pull-requests-associated-with-commit')).toHaveLength(3);
  });

  it('dry run: computes everything, writes and pushes nothing, reads the API only', async () => {
    const { f } = await standardHistory();
    emulator = await startEmulator({ gitDir: f.origin });
    const head = await f.head();
    const run = await bump(
      f.work,
      { 'dry-run': true, token: 'test-token' },
      { apiUrl: emulator.url, env: API_ENV },
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      version: '1.1.0',
      tag: 'v1.1.0',
      released: 'true',
      'commit-sha': head,
    });
    expect(run.outputs['notes']).toContain('### Features');
    expect(run.summary).toContain('## v1.1.0 (dry run)');
    expect(run.summary).toContain('`package.json`, `CHANGELOG.md`');
    expect(await f.head()).toBe(head);
    expect(await f.git(['status', '--porcelain'])).toBe('');
    expect(await f.git(['tag'])).toBe('v1.0.0');
    expect(await f.git(['tag'], f.origin)).toBe('v1.0.0');
    expect(emulator.calls.every((call) => call.method === 'GET')).toBe(true);
  });

  it('takes its settings from .github/release-actions.yml, inputs overriding them', async () => {
    const config = [
      'version:',
      '  release-type: minor',
      '  tag-prefix: release-',
      '  commit-message: "build: release {version}"',
      '  changelog-file: none',
      '  version-files:',
      '    - VERSION',
      '',
    ].join('\n');
    const f = await createGitFixture({
      files: { '.github/release-actions.yml': config, VERSION: '3.1.0\n' },
    });
    fixture = f;
    await f.tag('release-3.1.0', 'x');
    await f.commit('fix: something');
    await f.push('all');
    const run = await runAction('bump-version', { workspace: f.work, inputs: {} });
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({ version: '3.2.0', tag: 'release-3.2.0', 'release-type': 'minor' });
    expect(await f.git(['log', '-1', '--format=%s'], f.origin)).toBe('build: release 3.2.0');
    expect(await originText(f, 'main', 'VERSION')).toBe('3.2.0\n');
    await expect(originText(f, 'main', 'CHANGELOG.md')).rejects.toThrow();
    const patch = await runAction('bump-version', {
      workspace: f.work,
      inputs: { 'release-type': 'patch', 'dry-run': true },
    });
    expect(patch.outputs['version']).toBe('3.2.1');
  });
});
