import { afterEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { runAction, type RunOptions } from '../bench/runner.js';

/**
 * bump-version with mode: pull-request on a protected main (two approvals, a required check), with a
 * job token only: the release pull request is opened, kept current and closed; once merged, the next
 * run tags the merge commit. Nothing is ever pushed to main.
 */

const exec = promisify(execFile);
let fixture: GitFixture | undefined;
let emulator: Emulator | undefined;

afterEach(async () => {
  try {
    await emulator?.close();
  } finally {
    await fixture?.cleanup();
    fixture = undefined;
    emulator = undefined;
  }
});

async function start(): Promise<{ f: GitFixture; e: Emulator }> {
  fixture = await createGitFixture({
    files: {
      'package.json': '{\n  "name": "app",\n  "version": "1.0.0"\n}\n',
      'CHANGELOG.md': '# Changelog\n',
    },
  });
  await fixture.tag('v1.0.0', 'v1.0.0');
  await fixture.push('all');
  emulator = await startEmulator({
    gitDir: fixture.origin,
    users: { octocat: 'admin', mona: 'write', dana: 'write' },
    protectedBranches: { main: { requiredApprovingReviews: 2, requiredChecks: ['ci'] } },
  });
  return { f: fixture, e: emulator };
}

/** A job's checkout over HTTP: its token in .git/config, as actions/checkout leaves it. */
async function checkout(f: GitFixture, e: Emulator, name: string, token: string): Promise<string> {
  const dir = join(f.root, name);
  const header = `http.${e.url}/.extraheader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  await exec('git', ['clone', '--quiet', '-c', header, '--branch', 'main', e.gitUrl, dir]);
  return dir;
}

const jobToken = (e: Emulator) => e.issueToken({ contents: 'write', 'pull-requests': 'write' });

async function bump(
  f: GitFixture,
  e: Emulator,
  name: string,
  inputs: RunOptions['inputs'] = {},
  runId = '101',
) {
  const token = jobToken(e);
  const run = await runAction('bump-version', {
    workspace: await checkout(f, e, name, token),
    apiUrl: e.url,
    runId,
    inputs: { 'release-type': 'auto', mode: 'pull-request', token, ...inputs },
  });
  expect(run.errors).toEqual([]);
  expect(run.exitCode).toBe(0);
  return run;
}

async function pushToMain(f: GitFixture, message: string, body = ''): Promise<string> {
  await f.git(['pull', '--quiet', '--ff-only', 'origin', 'main']);
  const sha = await f.commit(body ? `${message}\n\n${body}` : message);
  await f.push(['main']);
  return sha;
}

describe('bump-version mode: pull-request', () => {
  it('opens one release pull request, keeps it current, tags its merge, and never pushes to main', async () => {
    const { f, e } = await start();
    await pushToMain(f, 'feat: search');
    const first = await bump(f, e, 'run1');
    expect(first.outputs).toMatchObject({
      'pull-request-action': 'created',
      'pending-version': '1.1.0',
      released: 'false',
      version: '',
    });
    const number = Number(first.outputs['pull-request-number']);
    const pull = e.state.pull(number)!;
    expect(pull).toMatchObject({ head: 'release-actions--branches--main', base: 'main' });
    const issue = e.state.issue(number)!;
    expect(issue.title).toBe('chore(release): v1.1.0');
    expect(issue.body).toContain('### Features');
    expect(issue.body).toContain('- search');
    expect(issue.labels).toEqual(['autorelease: pending']);
    const branchFile = (path: string) =>
      exec('git', ['show', `release-actions--branches--main:${path}`], { cwd: f.origin }).then(
        (r) => r.stdout,
      );
    expect(await branchFile('package.json')).toContain('"version": "1.1.0"');
    expect(await branchFile('CHANGELOG.md')).toContain('## [1.1.0]');
    // The summary says what the proposal rests on, as a reviewer of the release would want it.
    expect(first.summary).toContain('| What happened | Opened the release pull request |');
    expect(first.summary).toContain('| Commits | 1 commit since v1.0.0 (`feat` 1) |');

    // A re-run changes nothing; another push updates the same pull request.
    expect((await bump(f, e, 'rerun')).outputs['pull-request-action']).toBe('unchanged');
    await pushToMain(f, 'feat(api)!: paging\n\nBREAKING CHANGE: pages start at 1');
    const second = await bump(f, e, 'run2');
    expect(second.outputs).toMatchObject({
      'pull-request-action': 'updated',
      'pull-request-number': String(number),
    });
    expect(e.state.issue(number)!.title).toBe('chore(release): v2.0.0');
    expect(e.state.pulls.filter((p) => p.head === 'release-actions--branches--main')).toHaveLength(1);

    // Reviewed and merged like any change (squash, as most protected repositories do).
    const head = (
      await exec('git', ['rev-parse', 'release-actions--branches--main'], { cwd: f.origin })
    ).stdout.trim();
    e.seedStatus(head, { context: 'ci', state: 'success' });
    await e.seedReview(number, { user: 'mona', state: 'APPROVED' });
    await e.seedReview(number, { user: 'dana', state: 'APPROVED' });
    const merger = await fetch(`${e.url}/repos/acme/app/pulls/${number}/merge`, {
      method: 'PUT',
      headers: { authorization: `token ${e.userToken('mona')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ merge_method: 'squash' }),
    });
    expect(merger.status).toBe(200);
    const mergeSha = ((await merger.json()) as { sha: string }).sha;

    const tagged = await bump(f, e, 'run3', {}, '103');
    expect(tagged.summary).toMatch(/### Release notes\n[\s\S]*\*\*api:\*\* paging/);
    expect(tagged.outputs).toMatchObject({
      'pull-request-action': 'tagged',
      released: 'true',
      version: '2.0.0',
      tag: 'v2.0.0',
      'commit-sha': mergeSha,
      'previous-version': '1.0.0',
    });
    expect(tagged.outputs['notes']).toContain('pages start at 1');
    const tag = (await exec('git', ['rev-parse', 'v2.0.0^{commit}'], { cwd: f.origin })).stdout.trim();
    expect(tag).toBe(mergeSha);
    expect(e.state.issue(number)!.labels).toEqual(['autorelease: tagged']);
    // A re-run of that run reports the same release; a later run does not release it again.
    expect((await bump(f, e, 'run3-again', {}, '103')).outputs).toMatchObject({
      released: 'true',
      tag: 'v2.0.0',
    });
    const later = await bump(f, e, 'run4', {}, '104');
    expect(later.outputs).toMatchObject({ released: 'false', 'pull-request-action': 'none' });

    const pushes = await e.pushLog();
    expect(pushes.filter((p) => p.pusher !== 'local' && p.ref === 'refs/heads/main')).toEqual([]);
    expect(pushes.filter((p) => p.pusher === 'github-actions[bot]').every((p) => p.accepted)).toBe(true);
  });

  it('makes one pull request and one tag when runs race', async () => {
    const { f, e } = await start();
    await pushToMain(f, 'feat: search');
    const racing = await Promise.all([bump(f, e, 'a', {}, '201'), bump(f, e, 'b', {}, '202')]);
    expect(racing.map((run) => run.outputs['pull-request-action']).sort()).toEqual(
      expect.arrayContaining(['created']),
    );
    const pulls = e.state.pulls.filter((pull) => pull.head === 'release-actions--branches--main');
    expect(pulls).toHaveLength(1);
    expect(racing.map((run) => run.outputs['pull-request-number'])).toEqual([
      String(pulls[0]!.number),
      String(pulls[0]!.number),
    ]);

    const head = (
      await exec('git', ['rev-parse', 'release-actions--branches--main'], { cwd: f.origin })
    ).stdout.trim();
    e.seedStatus(head, { context: 'ci', state: 'success' });
    await e.seedReview(pulls[0]!.number, { user: 'mona', state: 'APPROVED' });
    await e.seedReview(pulls[0]!.number, { user: 'dana', state: 'APPROVED' });
    const merged = await fetch(`${e.url}/repos/acme/app/pulls/${pulls[0]!.number}/merge`, {
      method: 'PUT',
      headers: { authorization: `token ${e.userToken('mona')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ merge_method: 'merge' }),
    });
    expect(merged.status).toBe(200);
    const tagging = await Promise.all([bump(f, e, 'c', {}, '203'), bump(f, e, 'd', {}, '204')]);
    // Exactly one run released (and so builds and deploys); the other saw the tag already made.
    expect(tagging.map((run) => run.outputs['released']).sort()).toEqual(['false', 'true']);
    const tags = (await exec('git', ['tag', '--list', 'v1.1.0'], { cwd: f.origin })).stdout.trim();
    expect(tags).toBe('v1.1.0');
  });

  it('closes the release pull request when nothing is releasable any more', async () => {
    const { f, e } = await start();
    const feat = await pushToMain(f, 'feat: search');
    const opened = await bump(f, e, 'run1');
    await pushToMain(f, `revert: feat: search\n\nThis reverts commit ${feat}.`);
    const run = await bump(f, e, 'run2');
    expect(run.outputs).toMatchObject({ 'pull-request-action': 'closed', released: 'false' });
    const number = Number(opened.outputs['pull-request-number']);
    expect(e.state.issue(number)!.state).toBe('closed');
    expect(e.state.comments.find((c) => c.issueNumber === number)?.body).toContain('Nothing to release');
  });

  it('takes Release-As, commit overrides and the commit-types setting', async () => {
    const { f, e } = await start();
    await pushToMain(f, 'docs: the search guide');
    expect((await bump(f, e, 'docs', {})).outputs['pull-request-action']).toBe('none');
    const withTypes = await bump(f, e, 'typed', { 'commit-types': 'docs: patch, Documentation' });
    expect(withTypes.outputs['pending-version']).toBe('1.0.1');
    const number = Number(withTypes.outputs['pull-request-number']);
    expect(e.state.issue(number)!.body).toContain('### Documentation');

    await pushToMain(f, 'chore: prepare 3.0', 'Release-As: 3.0.0');
    expect(
      (await bump(f, e, 'release-as', { 'commit-types': 'docs: patch, Documentation' })).outputs[
        'pending-version'
      ],
    ).toBe('3.0.0');

    // A merged pull request whose body overrides its squashed commit's message.
    const squashed = await pushToMain(f, 'fix: typo (#77)');
    e.seedPull({
      number: 77,
      title: 'fix: typo',
      head: 'topic',
      base: 'main',
      merged: true,
      mergeCommitSha: squashed,
      commits: [],
      body: 'Also adds export.\n\nBEGIN_COMMIT_OVERRIDE\nfeat: export to CSV\nfix: typo in the guide\nEND_COMMIT_OVERRIDE\n',
    });
    const overridden = await bump(f, e, 'override', { 'commit-types': 'docs: patch, Documentation' });
    const body = e.state.issue(Number(overridden.outputs['pull-request-number']))!.body!;
    expect(body).toContain('- export to CSV');
    expect(body).toContain('- typo in the guide');
    expect(body).not.toContain('- typo (');
  });

  it('refuses mode pull-request without a token, naming the input', async () => {
    const { f, e } = await start();
    const run = await runAction('bump-version', {
      workspace: await checkout(f, e, 'no-token', jobToken(e)),
      apiUrl: e.url,
      inputs: { 'release-type': 'auto', mode: 'pull-request', token: '' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toContain('Input "token"');
  });

  it('plans a hotfix branch and proposes it to main (pull-request-base), tags the merge, then proposes nothing more', async () => {
    const { f, e } = await start();
    // Development moved on on main; the hotfix starts from the release.
    await pushToMain(f, 'feat: search');
    await f.git(['switch', '--quiet', '-c', 'hotfix/crash', 'v1.0.0']);
    await f.commit('fix: crash on empty query');
    await f.push(['hotfix/crash']);
    const onHotfix = async (name: string, runId: string) => {
      const token = jobToken(e);
      const workspace = await checkout(f, e, name, token);
      await exec('git', ['switch', '--quiet', 'hotfix/crash'], { cwd: workspace });
      const run = await runAction('bump-version', {
        workspace,
        apiUrl: e.url,
        runId,
        inputs: {
          'release-type': 'patch',
          mode: 'auto',
          ref: 'hotfix/crash',
          'pull-request-base': 'main',
          token,
        },
      });
      expect(run.errors).toEqual([]);
      expect(run.exitCode).toBe(0);
      return run.outputs;
    };

    const opened = await onHotfix('run1', '201');
    expect(opened).toMatchObject({
      mode: 'pull-request',
      'pull-request-action': 'created',
      'pending-version': '1.0.1',
      released: 'false',
    });
    const number = Number(opened['pull-request-number']);
    expect(e.state.pull(number)).toMatchObject({
      head: 'release-actions--branches--hotfix/crash',
      base: 'main',
    });
    expect(e.state.issue(number)!.body).toContain('from `hotfix/crash`');
    expect(e.state.issue(number)!.body).toContain('crash on empty query');
    expect((await onHotfix('rerun', '202'))['pull-request-action']).toBe('unchanged');
    // Review asked for more: another commit on the hotfix branch updates the same pull request.
    await f.commit('fix: crash on a query of spaces');
    await f.push(['hotfix/crash']);
    expect(await onHotfix('after-review', '205')).toMatchObject({
      'pull-request-action': 'updated',
      'pull-request-number': String(number),
    });
    expect(e.state.issue(number)!.body).toContain('crash on a query of spaces');

    const head = (
      await exec('git', ['rev-parse', 'release-actions--branches--hotfix/crash'], { cwd: f.origin })
    ).stdout.trim();
    e.seedStatus(head, { context: 'ci', state: 'success' });
    await e.seedReview(number, { user: 'mona', state: 'APPROVED' });
    await e.seedReview(number, { user: 'dana', state: 'APPROVED' });
    const merger = await fetch(`${e.url}/repos/acme/app/pulls/${number}/merge`, {
      method: 'PUT',
      headers: { authorization: `token ${e.userToken('mona')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ merge_method: 'merge' }),
    });
    expect(merger.status).toBe(200);
    const mergeSha = ((await merger.json()) as { sha: string }).sha;

    expect(await onHotfix('run2', '203')).toMatchObject({
      'pull-request-action': 'tagged',
      released: 'true',
      version: '1.0.1',
      tag: 'v1.0.1',
      'commit-sha': mergeSha,
    });
    // A later run sees v1.0.1 made (on main, out of the hotfix branch's sight) and proposes nothing.
    expect(await onHotfix('run3', '204')).toMatchObject({
      released: 'false',
      'pull-request-action': 'none',
    });
    expect(e.state.pulls.filter((pull) => pull.base === 'main')).toHaveLength(1);
    const pushes = await e.pushLog();
    expect(pushes.filter((p) => p.pusher !== 'local' && p.ref === 'refs/heads/main')).toEqual([]);
  });

  it('refuses a pull-request-base that is no branch name, naming the input', async () => {
    const { f, e } = await start();
    const run = await runAction('bump-version', {
      workspace: await checkout(f, e, 'bad-base', jobToken(e)),
      apiUrl: e.url,
      inputs: { 'release-type': 'patch', mode: 'pull-request', 'pull-request-base': 'main..x', token: 'x' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toContain('Input "pull-request-base"');
  });
});
