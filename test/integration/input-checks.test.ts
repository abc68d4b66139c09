/**
 * Ref names, addresses and over-long values are refused before anything is
 * written: the bundle as a process, with the GitHub API emulator and real git
 * repositories watching for any write. Each error names the input, quotes at
 * most about 200 characters of the value and says what is allowed.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../bench/emulator/index.js';
import { createGitFixture, type GitFixture } from '../bench/git-fixture.js';
import { runAction } from '../bench/runner.js';

const cleanups: (() => Promise<unknown>)[] = [];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function emulator(): Promise<Emulator> {
  const api = await startEmulator();
  cleanups.push(() => api.close());
  return api;
}

describe('announce refuses tags git would refuse before creating anything', () => {
  it.each([
    ['tag', 'v1 .0', 'a space'],
    ['tag', 'a..b', '".."'],
    ['tag', 'v$(touch pwned)', 'a space'],
    ['tag', '$(reboot)', 'shell command substitution'],
    ['tag', 'v1.0.lock', '".lock"'],
    ['tag-prefix', 'release..', '".."'],
    ['tag-prefix', 'x y/', 'a space'],
    ['target', 'main~1', '"~"'],
  ])('%s "%s"', async (input, value, reason) => {
    const api = await emulator();
    const run = await runAction('announce', {
      inputs: { version: '1.4.0', token: 'test-token', [input]: value },
      apiUrl: api.url,
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      new RegExp(`^Input "${input}": got "${escape(value)}", expected a (valid git|tag prefix)`),
    );
    expect(run.errors[0]).toContain(reason);
    expect(api.calls).toHaveLength(0);
    expect(api.state.releases ?? []).toHaveLength(0);
  });

  it('e-mail addresses: a bad sender or recipient is refused, named, before anything is sent', async () => {
    const api = await emulator();
    const run = await runAction('announce', {
      inputs: {
        version: '1.4.0',
        token: 'test-token',
        'smtp-host': '127.0.0.1',
        'email-from': 'Releases <releases@localhost>',
        'email-to': 'ops@example.com, not-an-email, dev@@example.com',
      },
      apiUrl: api.url,
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toContain('Input "email-from": got "Releases <releases@localhost>"');
    expect(run.errors[0]).toContain('"localhost" is not a domain name');
    expect(run.errors[0]).toContain('not valid: not-an-email, dev@@example.com');
    expect(api.calls).toHaveLength(0);
  });
});

describe('sync-branches checks refs and the committer before it merges or pushes', () => {
  async function repository(): Promise<{ fixture: GitFixture; workspace: string }> {
    const fixture = await createGitFixture({ files: { 'README.md': '# app\n' } });
    cleanups.push(() => fixture.cleanup());
    await fixture.script([
      { branch: 'develop' },
      { checkout: 'main' },
      { commit: 'fix: on main', files: { 'main.txt': 'main\n' } },
      { push: 'all' },
    ]);
    return { fixture, workspace: await fixture.clone('workspace') };
  }

  it.each([
    ['committer-email', 'not-an-email', 'an email address such as releases@example.com'],
    ['committer-email', 'a b@example.com', 'an email address such as releases@example.com'],
    ['source', 'a..b', 'a valid git branch or tag name'],
    ['source', 'main branch', 'a valid git branch or tag name'],
    ['targets', 'develop, feature..x', 'valid git branch names ("feature..x"'],
    ['delete-branch', '-rf', 'a valid git branch name'],
  ])('%s "%s"', async (input, value, expected) => {
    const { fixture, workspace } = await repository();
    const before = await fixture.git(['for-each-ref'], fixture.origin);
    const run = await runAction('sync-branches', {
      workspace,
      inputs: { source: 'main', targets: 'develop', [input]: value },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(`Input "${input}": got "${value}", expected ${expected}`);
    expect(await fixture.git(['for-each-ref'], fixture.origin)).toBe(before);
  });

  it('names the source input when the source does not exist', async () => {
    const { workspace } = await repository();
    const run = await runAction('sync-branches', {
      workspace,
      inputs: { source: 'no-such-branch', targets: 'develop' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toMatch(/^Input "source": "no-such-branch" is neither a branch nor a tag/);
  });
});

describe('over-long values', () => {
  it('build-artifacts refuses a 10 kB version with a short error instead of crashing on the file name', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'long-version-'));
    cleanups.push(() => rm(workspace, { recursive: true, force: true }));
    await writeFile(join(workspace, 'README.md'), '# app\n');
    const version = '1'.repeat(10_000);
    const run = await runAction('build-artifacts', {
      workspace,
      env: { SOURCE_DATE_EPOCH: '1767603600' },
      inputs: { version, files: 'README.md' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(`Input "version": got "${'1'.repeat(200)}… (10000 characters)"`);
    expect(run.errors[0]).toContain('at most 64 characters');
    expect(run.errors[0]).not.toContain('ENAMETOOLONG');
    expect(run.errors[0]!.length).toBeLessThan(600);
  });

  it('every input has a cap: a 100 kB comment label is refused, quoted short', async () => {
    const api = await emulator();
    const run = await runAction('announce', {
      inputs: { version: '1.4.0', token: 'test-token', 'comment-label': 'x'.repeat(100_000) },
      apiUrl: api.url,
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toContain('Input "comment-label"');
    expect(run.errors[0]).toContain('(100000 characters)');
    expect(run.errors[0]!.length).toBeLessThan(600);
    expect(api.calls).toHaveLength(0);
  });
});
