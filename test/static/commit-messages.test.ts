import { afterEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { ROOT } from '../bench/runner.js';

/** scripts/check-commits.mjs, the commit message check `.ci/run` runs, on real repositories. */

const exec = promisify(execFile);
const SCRIPT = join(ROOT, 'scripts', 'check-commits.mjs');

let fixture: GitFixture | undefined;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

async function check(cwd: string, since: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await exec(process.execPath, [SCRIPT, '--since', since], { cwd });
    return { code: 0, out: stdout };
  } catch (thrown) {
    const failure = thrown as { code: number; stdout: string; stderr: string };
    return { code: failure.code, out: failure.stdout + failure.stderr };
  }
}

describe('the commit message check', () => {
  it('checks only the commits after the baseline, skips merges, and names each bad one', async () => {
    fixture = await createGitFixture();
    const f = fixture;
    await f.commit('Work in progress before the convention');
    const baseline = await f.head();
    await f.commit('feat(api): add pagination');
    await f.branch('topic');
    await f.checkout('topic');
    const bad = await f.commit('Update the thing');
    await f.commit('kit: readFileIfExists');
    await f.checkout('main');
    await f.commit('fix: handle empty pages');
    await f.merge('topic', "Merge branch 'topic'", true);

    const result = await check(f.work, baseline);
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      `${bad.slice(0, 7)} "Update the thing": the header is not "type(scope): subject"`,
    );
    expect(result.out).toContain('"kit: readFileIfExists": "kit" is not a commit type');
    expect(result.out).not.toContain('before the convention');
    expect(result.out).not.toContain('Merge branch');
    expect(result.out).toContain('2 of 4 commits since');
  });

  it('refuses the retired bench type: benchmarks are test(bench)', async () => {
    fixture = await createGitFixture();
    const f = fixture;
    await f.commit('Initial import');
    const baseline = await f.head();
    await f.commit('bench(startup): cold start figures');
    await f.commit('test(bench): cold start figures');
    const result = await check(f.work, baseline);
    expect(result.code).toBe(1);
    expect(result.out).toContain('"bench(startup): cold start figures": "bench" is not a commit type');
    expect(result.out).toContain('1 of 2 commits since');
  });

  it('passes a conventional history', async () => {
    fixture = await createGitFixture();
    const f = fixture;
    await f.commit('Initial import');
    const baseline = await f.head();
    await f.commit('feat: first feature');
    await f.commit('docs: how to use it\n\nCloses #3');
    const result = await check(f.work, baseline);
    expect(result).toEqual({ code: 0, out: expect.stringContaining('2 commits since') });
  });

  it('says how to get the history when the baseline is not in the clone', async () => {
    fixture = await createGitFixture();
    await fixture.commit('feat: first feature');
    const result = await check(fixture.work, '0123456789abcdef0123456789abcdef01234567');
    expect(result.code).toBe(2);
    expect(result.out).toContain('fetch-depth: 0');
  });
});
