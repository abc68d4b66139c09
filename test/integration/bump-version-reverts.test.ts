import { afterEach, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { runAction } from '../bench/runner.js';

/**
 * Reverts as GitHub writes them. A pull request reverted with GitHub's "Revert"
 * button and squash-merged leaves only a header, `Revert "<title>" (#N)`, with no
 * "This reverts commit" line; bump-version matches it to the commit whose header
 * it quotes. The bundle runs as a process on a real repository.
 */

let fixture: GitFixture | undefined;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

async function released(commits: string[], tagged: string[] = []) {
  const f = await createGitFixture({ files: { 'package.json': '{ "name": "app", "version": "1.0.0" }\n' } });
  fixture = f;
  for (const message of tagged) await f.commit(message);
  await f.tag('v1.0.0', 'v1.0.0');
  for (const message of commits) await f.commit(message);
  const run = await runAction('bump-version', {
    workspace: f.work,
    inputs: { 'release-type': 'auto', 'dry-run': true },
  });
  expect(run.errors).toEqual([]);
  expect(run.exitCode).toBe(0);
  return run;
}

describe('bump-version and squash-merged GitHub reverts', () => {
  it('a revert of a chore in the same range cancels it: no release (it used to ship a patch)', async () => {
    const run = await released(['chore(deps): update x (#2200)', 'Revert "chore(deps): update x" (#2230)']);
    expect(run.outputs['released']).toBe('false');
    expect(run.log).toMatch(/No release: no commit since v1\.0\.0 calls for a release/);
  });

  it('a feature and its header-only revert cancel out; what is left decides the release', async () => {
    const run = await released([
      'feat(api): add pagination (#12)',
      'fix: handle empty pages (#13)',
      'Revert "feat(api): add pagination" (#14)',
    ]);
    expect(run.outputs['released']).toBe('true');
    expect(run.outputs['release-type']).toBe('patch');
    const notes = await readFile(run.outputs['notes-file']!, 'utf8');
    expect(notes).toContain('handle empty pages');
    expect(notes).not.toMatch(/pagination|Reverts/);
  });

  it('a revert of a revert brings the feature back', async () => {
    const run = await released([
      'feat: dark mode (#20)',
      'Revert "feat: dark mode" (#21)',
      'Revert "Revert "feat: dark mode"" (#22)',
    ]);
    expect(run.outputs['release-type']).toBe('minor');
  });

  it('a revert of a released chore makes no release; a revert of a released feature is a patch', async () => {
    const chore = await released(['Revert "chore: tidy the build" (#31)'], ['chore: tidy the build (#30)']);
    expect(chore.outputs['released']).toBe('false');
    await fixture!.cleanup();
    const feature = await released(['Revert "feat: search" (#41)'], ['feat: search (#40)']);
    expect(feature.outputs['release-type']).toBe('patch');
    const notes = await readFile(feature.outputs['notes-file']!, 'utf8');
    expect(notes).toMatch(/### Reverts[\s\S]*Revert "feat: search"/);
  });

  it('a git revert that names its commit by hash still cancels by the hash', async () => {
    const f = await createGitFixture({
      files: { 'package.json': '{ "name": "app", "version": "1.0.0" }\n' },
    });
    fixture = f;
    await f.tag('v1.0.0', 'v1.0.0');
    const feat = await f.commit('feat: export to csv');
    await f.commit('fix: rounding');
    // The same header twice: only the hash says which one is reverted.
    await f.commit(`Revert "feat: export to csv"\n\nThis reverts commit ${feat}.`);
    const run = await runAction('bump-version', {
      workspace: f.work,
      inputs: { 'release-type': 'auto', 'dry-run': true },
    });
    expect(run.outputs['release-type']).toBe('patch');
  });
});
