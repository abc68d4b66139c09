import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { runAction, type RunOptions } from '../bench/runner.js';

/**
 * Every bad input or unusable checkout fails with one clear ::error:: that names
 * the input (or file and line), before anything is written: no file changed, no
 * commit, no tag, nothing pushed.
 */

let f: GitFixture;
let originRefs: string;
let head: string;

beforeAll(async () => {
  f = await createGitFixture({
    files: {
      'package.json': '{\n  "name": "app",\n  "version": "1.2.0"\n}\n',
      'pyproject.toml': '[project]\nname = "x"\n',
    },
  });
  await f.tag('v1.2.0', 'v1.2.0');
  await f.commit('feat: something new');
  await f.push('all');
  originRefs = await f.git(['for-each-ref'], f.origin);
  head = await f.head();
});
afterAll(() => f.cleanup());

async function expectUntouched(): Promise<void> {
  expect(await f.head()).toBe(head);
  expect(await f.git(['status', '--porcelain'])).toBe('');
  expect(await f.git(['tag'])).toBe('v1.2.0');
  expect(await f.git(['for-each-ref'], f.origin)).toBe(originRefs);
}

async function fails(inputs: RunOptions['inputs'], options: RunOptions = {}): Promise<string> {
  const run = await runAction('bump-version', {
    workspace: f.work,
    inputs: { 'release-type': 'auto', ...inputs },
    ...options,
  });
  expect(run.exitCode).toBe(1);
  expect(run.errors).toHaveLength(1);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.outputs).toEqual({});
  await expectUntouched();
  return run.errors[0]!;
}

describe('bump-version refuses, before writing anything,', () => {
  it('an unknown release-type', async () => {
    expect(await fails({ 'release-type': 'huge' })).toBe(
      'Input "release-type": got "huge", expected one of: auto, major, minor, patch, prerelease, promote, version',
    );
  });

  it('an invalid version, and a version without release-type: version', async () => {
    expect(await fails({ 'release-type': 'version', version: '1.3' })).toBe(
      'Input "version": got "1.3", expected a semantic version such as 1.4.0 or 2.0.0-rc.1',
    );
    expect(await fails({ 'release-type': 'version' })).toMatch(
      /^Input "version": got "", expected .*required with release-type: version/,
    );
    expect(await fails({ 'release-type': 'minor', version: '2.0.0' })).toMatch(
      /^Input "version": got "2.0.0", expected nothing unless release-type is version/,
    );
  });

  it('a version lower than or equal to the last release', async () => {
    expect(await fails({ 'release-type': 'version', version: '1.2.0' })).toMatch(
      /The next version 1\.2\.0 is not higher than the last release 1\.2\.0/,
    );
    expect(await fails({ 'release-type': 'version', version: 'v1.1.9' })).toMatch(
      /1\.1\.9 is not higher than the last release 1\.2\.0/,
    );
  });

  it('every bad input at once, each named with its value', async () => {
    const message = await fails({
      'release-type': 'auto',
      preid: 'r c',
      'major-on-zero': 'maybe',
      'pull-request-lookups': '-1',
    });
    expect(message.split('\n')).toEqual([
      'Input "preid": got "r c", expected a prerelease identifier such as alpha, beta or rc (letters, digits, hyphens)',
      'Input "major-on-zero": got "maybe", expected true or false',
      'Input "pull-request-lookups": got "-1", expected an integer from 0 to 1000',
    ]);
  });

  it('a missing or unparsable version file, with file and line', async () => {
    expect(await fails({ 'version-files': 'services/api/package.json' })).toMatch(
      /^services\/api\/package\.json: no such file/,
    );
    expect(await fails({ 'version-files': 'pyproject.toml' })).toMatch(
      /^pyproject\.toml:1: no version = "…" in \[project\] or \[tool\.poetry\]/,
    );
    const run = await runAction('bump-version', {
      workspace: f.work,
      inputs: { 'release-type': 'auto', 'version-files': 'package.json\nsetup.cfg' },
    });
    expect(run.errors[0]).toMatch(
      /^Input "version-files": got "package.json\nsetup.cfg", expected one of package\.json, .*\(in line "setup\.cfg"\)/,
    );
  });

  it('an unparsable package.json, pointing at the line, with the file annotation', async () => {
    const other = await createGitFixture({
      files: { 'package.json': '{\n  "name": "app",\n  "version": "1.0.0"\n  "private": true\n}\n' },
    });
    try {
      await other.commit('fix: x');
      const head = await other.head();
      // Found by looking or listed: a file that cannot be read stops the release either way.
      for (const inputs of [{}, { 'version-files': 'package.json' }]) {
        const run = await runAction('bump-version', {
          workspace: other.work,
          inputs: { 'release-type': 'auto', ...inputs },
        });
        expect(run.exitCode).toBe(1);
        expect(run.errors).toEqual([expect.stringMatching(/^package\.json:4: not valid JSON/)]);
        expect(run.annotations[0]!.properties).toMatchObject({ file: 'package.json', line: '4' });
      }
      expect(await other.head()).toBe(head);
      expect(await other.git(['status', '--porcelain'])).toBe('');
      expect(await other.git(['tag'])).toBe('');
    } finally {
      await other.cleanup();
    }
  });

  it('a dirty working tree, naming the files', async () => {
    const file = join(f.work, 'package.json');
    const before = await readFile(file, 'utf8');
    await writeFile(file, before.replace('"app"', '"app2"'));
    try {
      const run = await runAction('bump-version', { workspace: f.work, inputs: { 'release-type': 'auto' } });
      expect(run.exitCode).toBe(1);
      expect(run.errors).toEqual([
        expect.stringMatching(/^The working tree has uncommitted changes: package\.json\nHint: /),
      ]);
      expect(await readFile(file, 'utf8')).toBe(before.replace('"app"', '"app2"'));
    } finally {
      await writeFile(file, before);
    }
    await expectUntouched();
  });

  it('a detached HEAD without a ref input', async () => {
    await f.git(['checkout', '--quiet', '--detach', 'HEAD']);
    try {
      expect(await fails({})).toMatch(
        /^HEAD is detached at [0-9a-f]{7}, so there is no branch to push the release to\nHint: Set the ref input/,
      );
    } finally {
      await f.git(['checkout', '--quiet', 'main']);
    }
  });

  it('a clone without the remote to push to', async () => {
    await f.git(['remote', 'rename', 'origin', 'upstream']);
    try {
      expect(await fails({})).toMatch(/^There is no remote "origin" to push the release to\nHint: /);
    } finally {
      await f.git(['remote', 'rename', 'upstream', 'origin']);
    }
  });

  it('a path outside the repository or not in it, and a tag prefix that cannot be a tag', async () => {
    expect(await fails({ path: '../elsewhere' })).toBe(
      'Input "path": got "../elsewhere", expected a path inside the repository',
    );
    expect(await fails({ path: 'services/nope' })).toBe(
      'Input "path": got "services/nope", expected a folder that exists in the repository',
    );
    expect(await fails({ 'tag-prefix': 'v 1' })).toMatch(
      /^Input "tag-prefix": got "v 1", expected a tag prefix/,
    );
  });

  it('a commit message without {version} or {tag}', async () => {
    expect(await fails({ 'commit-message': 'chore: release' })).toBe(
      'Input "commit-message": got "chore: release", expected a message containing {version} or {tag}',
    );
  });

  it('promote without a prerelease to promote', async () => {
    expect(await fails({ 'release-type': 'promote' })).toMatch(
      /needs a prerelease to promote, and the last release is 1\.2\.0/,
    );
  });
});
