import { afterEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { runAction } from '../bench/runner.js';

/** What a reviewer reads in bump-version's job summary and notes: the bundle as a process. */

const exec = promisify(execFile);
let fixture: GitFixture | undefined;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

describe("bump-version's summary and notes", () => {
  it('shows the release notes first, not collapsed, with the issue footers of each commit', async () => {
    fixture = await createGitFixture({
      files: { 'package.json': '{ "name": "app", "version": "1.0.0" }\n' },
    });
    const f = fixture;
    await f.tag('v1.0.0', 'v1.0.0');
    const fix = await f.commit('fix(api): handle empty pages\n\nThe last page was dropped.\n\nCloses #15');
    const feat = await f.commit('feat: export as CSV (#21)\n\nFixes: acme/web#3, #4\nReviewed-by: Ada');
    await f.commit('docs: explain paging\n\nRefs #9');
    await f.push('all');

    const run = await runAction('bump-version', {
      workspace: f.work,
      repository: 'acme/app',
      inputs: { 'release-type': 'auto', 'dry-run': 'true', token: '' },
    });
    expect(run.errors).toEqual([]);
    const url = 'https://github.com/acme/app';
    const notes = run.outputs['notes']!;
    expect(notes).toContain(
      `- export as CSV ([#21](${url}/pull/21), [${feat.slice(0, 7)}](${url}/commit/${feat})), fixes [acme/web#3](https://github.com/acme/web/issues/3), [#4](${url}/issues/4)\n`,
    );
    expect(notes).toContain(
      `- **api:** handle empty pages ([${fix.slice(0, 7)}](${url}/commit/${fix})), closes [#15](${url}/issues/15)\n`,
    );

    const summary = run.summary;
    expect(summary).not.toContain('<details><summary>Release notes');
    const notesAt = summary.indexOf('### Release notes\n');
    expect(notesAt).toBeGreaterThan(summary.indexOf('| Version | `1.1.0` |'));
    expect(notesAt).toBeLessThan(summary.indexOf('### Commits by type'));
    expect(summary.slice(notesAt)).toContain('### Features\n\n- export as CSV');
    expect(summary).toContain(`closes [#15](${url}/issues/15)`);
    expect(summary).toContain('3 commits since v1.0.0.');
  });

  it('writes the footers into CHANGELOG.md too', async () => {
    fixture = await createGitFixture({
      files: { 'package.json': '{ "name": "app", "version": "1.0.0" }\n' },
    });
    const f = fixture;
    await f.tag('v1.0.0', 'v1.0.0');
    await f.commit('fix: handle empty pages\n\nCloses #15');
    await f.push('all');
    const run = await runAction('bump-version', {
      workspace: f.work,
      inputs: { 'release-type': 'auto', push: 'false', token: '' },
    });
    expect(run.errors).toEqual([]);
    expect(run.summary).toContain('1 commit since v1.0.0.');
    const { stdout } = await exec('git', ['show', 'HEAD:CHANGELOG.md'], { cwd: f.work });
    expect(stdout).toMatch(
      /- handle empty pages \(\[[0-9a-f]{7}\]\([^)]+\)\), closes \[#15\]\(https:\/\/github\.com\/acme\/app\/issues\/15\)\n/,
    );
  });
});
