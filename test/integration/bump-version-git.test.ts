import { afterEach, describe, expect, it } from '@jest/globals';
import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { runAction, type RunOptions } from '../bench/runner.js';

/**
 * The git side of a release on real repositories: pushes that fail or race with
 * another writer, shallow clones, tags that already exist, detached checkouts.
 */

const PACKAGE = '{\n  "name": "app",\n  "version": "1.0.0"\n}\n';
let fixture: GitFixture | undefined;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

/** v1.0.0, then one fix: the next release is 1.0.1. */
async function history(): Promise<GitFixture> {
  const f = await createGitFixture({ files: { 'package.json': PACKAGE } });
  fixture = f;
  await f.tag('v1.0.0', 'v1.0.0');
  await f.commit('fix: a bug');
  await f.push('all');
  return f;
}

function bump(workspace: string, inputs: RunOptions['inputs'] = {}, options: RunOptions = {}) {
  return runAction('bump-version', {
    workspace,
    ...options,
    inputs: { 'release-type': 'auto', ...inputs },
    env: { RELEASE_ACTIONS_GIT_RETRY_BASE_MS: '10', ...options.env },
  });
}

const refs = (f: GitFixture) => f.git(['for-each-ref', '--format=%(refname) %(objectname)'], f.origin);

async function hook(path: string, script: string): Promise<void> {
  await writeFile(path, `#!/bin/sh\n${script}\n`);
  await chmod(path, 0o755);
}

describe('bump-version pushing', () => {
  it('undoes everything when the push fails, and a re-run then finishes the release', async () => {
    const f = await history();
    const head = await f.head();
    const before = await refs(f);
    const receive = join(f.origin, 'hooks', 'pre-receive');
    await hook(receive, 'echo "refusing for the test" >&2; exit 1');

    const failed = await bump(f.work);
    expect(failed.exitCode).toBe(1);
    expect(failed.errors).toEqual([
      expect.stringMatching(/^Pushing .* failed \(refused\); the local release commit and tag were undone/),
    ]);
    expect(failed.errors[0]).toContain('contents: write');
    expect(failed.outputs).toEqual({});
    // Working tree, index, HEAD, local tags and origin are as they were.
    expect(await f.head()).toBe(head);
    expect(await f.git(['status', '--porcelain', '--untracked-files=all'])).toBe('');
    expect(await readFile(join(f.work, 'package.json'), 'utf8')).toBe(PACKAGE);
    expect(await f.git(['tag'])).toBe('v1.0.0');
    expect(await refs(f)).toBe(before);

    await rm(receive);
    const again = await bump(f.work);
    expect(again.errors).toEqual([]);
    expect(again.outputs).toMatchObject({ version: '1.0.1', released: 'true' });
    expect(await f.git(['rev-parse', 'v1.0.1^{commit}'], f.origin)).toBe(again.outputs['commit-sha']);
    expect(await f.git(['tag', '--list'], f.origin)).toBe('v1.0.0\nv1.0.1');
  });

  it('rebases onto a writer that pushed meanwhile and plans again, counting its commit', async () => {
    const f = await history();
    const other = await f.clone('other');
    // The race: another writer pushes a feature between this run's plan and its push.
    await hook(
      join(f.work, '.git', 'hooks', 'pre-push'),
      `[ -f "${f.root}/raced" ] && exit 0
touch "${f.root}/raced"
cd "${other}" && git commit --quiet --allow-empty -m "feat: racing writer" && git push --quiet origin main`,
    );
    const run = await bump(f.work);
    expect(run.errors).toEqual([]);
    expect(run.log).toContain('moved on meanwhile: rebasing onto it and planning again');
    // The racing feature is in this release: minor, not the patch first planned.
    expect(run.outputs).toMatchObject({ version: '1.1.0', 'release-type': 'minor' });
    expect(run.outputs['notes']).toContain('racing writer');
    const racer = await f.git(['rev-parse', 'HEAD'], other);
    const released = await f.git(['rev-parse', 'main'], f.origin);
    expect(released).toBe(run.outputs['commit-sha']);
    expect(await f.git(['rev-parse', `${released}^`], f.origin)).toBe(racer);
    expect(await f.git(['tag', '--list'], f.origin)).toBe('v1.0.0\nv1.1.0');
    expect(await f.git(['tag', '--list'])).toBe('v1.0.0\nv1.1.0');
  });

  it('releases from a stale clone by rebasing onto what others pushed, never forcing', async () => {
    const f = await history();
    const stale = await f.clone('stale');
    await f.commit('perf: faster start');
    await f.push(['main']);
    const run = await bump(stale);
    expect(run.errors).toEqual([]);
    expect(run.outputs['version']).toBe('1.0.1');
    expect(run.outputs['notes']).toContain('faster start');
    expect(await f.git(['log', '--format=%s', '-3', 'main'], f.origin)).toBe(
      'chore(release): v1.0.1\nperf: faster start\nfix: a bug',
    );
  });

  it('gives up after the branch keeps moving, leaving its own state clean', async () => {
    const f = await history();
    const other = await f.clone('other');
    await hook(
      join(f.work, '.git', 'hooks', 'pre-push'),
      `cd "${other}" && git pull --quiet --rebase && git commit --quiet --allow-empty -m "docs: again" && git push --quiet origin main`,
    );
    const run = await bump(f.work);
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toMatch(/failed \(behind\).*\n[\s\S]*Hint: The branch kept moving/);
    expect(await f.git(['status', '--porcelain'])).toBe('');
    expect(await f.git(['tag'])).toBe('v1.0.0');
    expect(await f.git(['tag'], f.origin)).toBe('v1.0.0');
  });
});

describe('bump-version on the checkout it is given', () => {
  it('deepens a shallow clone (the actions/checkout default) with its tags', async () => {
    const f = await history();
    await f.commit('feat: more');
    await f.push(['main']);
    const shallow = join(f.root, 'shallow');
    await f.git(['clone', '--quiet', '--depth', '1', `file://${f.origin}`, shallow], f.root);
    expect(await f.git(['rev-parse', '--is-shallow-repository'], shallow)).toBe('true');
    const run = await bump(shallow, { 'dry-run': true });
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({ version: '1.1.0', 'previous-version': '1.0.0' });
    expect(run.summary).toContain('2 commits since v1.0.0.');
    expect(await f.git(['rev-parse', '--is-shallow-repository'], shallow)).toBe('false');
  });

  it('says fetch-depth: 0 when a shallow clone cannot be deepened', async () => {
    const f = await history();
    const shallow = join(f.root, 'shallow');
    await f.git(['clone', '--quiet', '--depth', '1', `file://${f.origin}`, shallow], f.root);
    await f.git(['remote', 'set-url', 'origin', join(f.root, 'gone.git')], shallow);
    const run = await bump(shallow);
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^This is a shallow clone and its history could not be fetched[\s\S]*fetch-depth: 0/,
      ),
    ]);
  });

  it('never moves a tag that already exists elsewhere', async () => {
    const f = await history();
    await f.branch('side', 'v1.0.0');
    await f.checkout('side');
    await f.commit('chore: unrelated');
    await f.tag('v1.0.1', 'someone else');
    await f.push(['side', 'v1.0.1']);
    await f.checkout('main');
    const tagged = await f.git(['rev-parse', 'v1.0.1^{commit}'], f.origin);
    const before = await refs(f);
    const run = await bump(f.work);
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toMatch(
      /^Tag v1\.0\.1 already exists on [0-9a-f]{7} \("chore: unrelated"\), which is not the release of [0-9a-f]{7}; it is never moved/,
    );
    expect(await f.git(['rev-parse', 'v1.0.1^{commit}'])).toBe(tagged);
    expect(await refs(f)).toBe(before);
    expect(await f.git(['status', '--porcelain'])).toBe('');
  });

  it('releases from a detached HEAD onto the branch named by ref', async () => {
    const f = await history();
    await f.git(['checkout', '--quiet', '--detach', 'HEAD']);
    const run = await bump(f.work, { ref: 'refs/heads/main' });
    expect(run.errors).toEqual([]);
    expect(await f.git(['rev-parse', 'main'], f.origin)).toBe(run.outputs['commit-sha']);
  });

  it('previews a release from a detached pull request checkout in a dry run', async () => {
    const f = await history();
    await f.git(['checkout', '--quiet', '--detach', 'HEAD']);
    const run = await bump(
      f.work,
      { 'dry-run': true },
      { eventName: 'pull_request', ref: 'refs/pull/4/merge' },
    );
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({ version: '1.0.1', released: 'true', 'commit-sha': await f.head() });
  });

  it('with push: false leaves commit and tag local; a re-run of the same run pushes them', async () => {
    const f = await history();
    const local = await bump(f.work, { push: false }, { runId: '55' });
    expect(local.outputs).toMatchObject({ version: '1.0.1', released: 'true' });
    expect(await f.git(['tag'], f.origin)).toBe('v1.0.0');
    const rerun = await bump(f.work, {}, { runId: '55' });
    expect(rerun.errors).toEqual([]);
    // Each run writes its notes under its own RUNNER_TEMP; the components output names that file too.
    const notesFile = rerun.outputs['notes-file']!;
    expect(rerun.outputs).toEqual({
      ...local.outputs,
      'notes-file': notesFile,
      components: local.outputs['components']!.split(local.outputs['notes-file']!).join(notesFile),
    });
    expect(await f.git(['tag'], f.origin)).toBe('v1.0.0\nv1.0.1');
    expect(await f.git(['rev-parse', 'main'], f.origin)).toBe(local.outputs['commit-sha']);
    // Another workflow run on the released commit has nothing to do.
    const later = await bump(f.work, {}, { runId: '56' });
    expect(later.outputs).toMatchObject({ released: 'false', 'previous-version': '1.0.1' });
  });
});
