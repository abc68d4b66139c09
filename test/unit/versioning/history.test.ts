import { afterEach, describe, expect, it } from '@jest/globals';
import { createGitFixture, type GitFixture } from '../../bench/git-fixture.js';
import { releasesAndCommits } from '../../../packages/versioning/src/history.js';

/** Which releases are reachable, found in the same walk as the commits since the last one. */

let f: GitFixture | undefined;
afterEach(async () => {
  await f?.cleanup();
  f = undefined;
});

async function plan(fixture: GitFixture, path = '.') {
  const head = await fixture.head();
  const { history, analysis } = await releasesAndCommits({
    cwd: fixture.work,
    to: head,
    path,
    tagPrefix: 'v',
  });
  const subjects: string[] = [];
  for (const group of ['features', 'fixes'] as const)
    for await (const line of analysis.entries.group(group))
      subjects.push(line.text.replace(/^- (\*\*[^*]+:\*\* )?/, ''));
  return {
    last: history.last?.name,
    lastStable: history.lastStable?.name,
    all: history.all.map((t) => t.name),
    commits: analysis.commits,
    subjects: subjects.sort(),
    found: analysis.found,
  };
}

describe('releasesAndCommits', () => {
  it('finds the last stable and the last prerelease in one walk', async () => {
    f = await createGitFixture();
    await f.tag('v1.0.0', 'x');
    await f.commit('feat: a');
    await f.tag('v1.1.0-rc.0', 'x');
    await f.commit('fix: b');
    expect(await plan(f)).toMatchObject({
      last: 'v1.1.0-rc.0',
      lastStable: 'v1.0.0',
      all: ['v1.1.0-rc.0', 'v1.0.0'],
      commits: 2,
      subjects: ['a', 'b'],
    });
  });

  it('confirms a tag whose only child in the range is a merge commit', async () => {
    f = await createGitFixture();
    await f.branch('other');
    await f.commit('chore: on main');
    await f.tag('v1.0.0', 'x');
    const tagged = await f.head();
    await f.checkout('other');
    await f.commit('feat: from the other branch');
    await f.checkout('main');
    await f.merge('other', 'Merge branch other');
    const result = await plan(f);
    expect(result).toMatchObject({ lastStable: 'v1.0.0', subjects: ['from the other branch'] });
    expect(result.found.get(tagged)).toBe('boundary');
  });

  it('falls back to asking git when the highest stable tag is on another branch', async () => {
    f = await createGitFixture();
    await f.tag('v1.0.0', 'x');
    await f.branch('next');
    await f.commit('feat: on main');
    await f.checkout('next');
    await f.commit('feat!: on next');
    await f.tag('v2.0.0', 'x');
    await f.checkout('main');
    expect(await plan(f)).toMatchObject({
      last: 'v1.0.0',
      lastStable: 'v1.0.0',
      all: ['v1.0.0'],
      subjects: ['on main'],
    });
  });

  it('falls back when a higher prerelease is not met, and ignores unreachable ones', async () => {
    f = await createGitFixture();
    await f.tag('v1.0.0', 'x');
    await f.branch('beta');
    await f.commit('fix: on main');
    await f.checkout('beta');
    await f.commit('feat: beta work');
    await f.tag('v1.1.0-beta.0', 'x');
    await f.checkout('main');
    expect(await plan(f)).toMatchObject({ last: 'v1.0.0', all: ['v1.0.0'], subjects: ['on main'] });
  });

  it('without a stable release reads everything, and only met prereleases count', async () => {
    f = await createGitFixture();
    await f.commit('feat: first');
    await f.tag('v0.1.0-alpha.0', 'x');
    await f.commit('fix: second');
    expect(await plan(f)).toMatchObject({
      last: 'v0.1.0-alpha.0',
      lastStable: undefined,
      commits: 3,
      subjects: ['first', 'second'],
    });
  });

  it('a tag on HEAD itself, and a component limited to its folder', async () => {
    f = await createGitFixture();
    await f.commit('feat(api): one', { 'api/a.txt': '1' });
    await f.commit('feat(web): two', { 'web/b.txt': '2' });
    await f.tag('v1.0.0', 'x');
    expect(await plan(f)).toMatchObject({ lastStable: 'v1.0.0', commits: 0 });
    await f.commit('fix(api): three', { 'api/a.txt': '3' });
    await f.commit('fix(web): four', { 'web/b.txt': '4' });
    expect(await plan(f, 'api')).toMatchObject({ lastStable: 'v1.0.0', commits: 1, subjects: ['three'] });
  });
});
