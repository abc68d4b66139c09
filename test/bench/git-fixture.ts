import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A bare origin and a clone of it in a temp dir, with scripted histories.
 * Commit dates advance one minute per commit from a fixed start, so the same
 * script always yields the same SHAs.
 */

export type Step =
  | { commit: string; files?: Record<string, string>; author?: string }
  | { tag: string; message?: string; at?: string }
  | { branch: string; from?: string }
  | { checkout: string }
  | { merge: string; message?: string; noFf?: boolean }
  | { push: string[] | 'all' };

export interface GitFixture {
  root: string;
  origin: string;
  work: string;
  git(args: string[], cwd?: string): Promise<string>;
  commit(message: string, files?: Record<string, string>, author?: string): Promise<string>;
  tag(name: string, message?: string, at?: string): Promise<void>;
  branch(name: string, from?: string): Promise<void>;
  checkout(name: string): Promise<void>;
  merge(branch: string, message?: string, noFf?: boolean): Promise<string>;
  push(refs?: string[] | 'all'): Promise<void>;
  script(steps: Step[]): Promise<void>;
  head(cwd?: string): Promise<string>;
  /** A second clone, for simulating another writer racing on origin. */
  clone(name: string, args?: string[]): Promise<string>;
  cleanup(): Promise<void>;
}

const START = Date.UTC(2026, 0, 5, 9, 0, 0) / 1000;

export async function createGitFixture(
  options: { defaultBranch?: string; files?: Record<string, string> } = {},
): Promise<GitFixture> {
  const defaultBranch = options.defaultBranch ?? 'main';
  const root = await mkdtemp(join(tmpdir(), 'git-fixture-'));
  const origin = join(root, 'origin.git');
  const work = join(root, 'work');
  let tick = 0;

  const git = async (args: string[], cwd = work): Promise<string> => {
    const when = `${START + tick * 60} +0000`;
    const { stdout } = await run('git', args, {
      cwd,
      maxBuffer: 256 * 1024 * 1024,
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: when,
        GIT_COMMITTER_DATE: when,
        GIT_TERMINAL_PROMPT: '0',
        LC_ALL: 'C',
      },
    });
    return stdout.trim();
  };

  await git(['init', '--quiet', '--bare', `--initial-branch=${defaultBranch}`, origin], root);
  await git(['clone', '--quiet', origin, work], root);
  await git(['config', 'user.name', 'Release Tester']);
  await git(['config', 'user.email', 'tester@example.com']);
  await git(['config', 'commit.gpgsign', 'false']);
  await git(['config', 'tag.gpgsign', 'false']);
  await git(['checkout', '--quiet', '-B', defaultBranch]);

  const writeFiles = async (files: Record<string, string>, cwd = work) => {
    for (const [path, content] of Object.entries(files)) {
      await mkdir(dirname(join(cwd, path)), { recursive: true });
      await writeFile(join(cwd, path), content);
    }
  };

  const fixture: GitFixture = {
    root,
    origin,
    work,
    git,
    async commit(message, files, author) {
      tick += 1;
      await writeFiles(files ?? { [`changes/${tick}.txt`]: `${message}\n` });
      await git(['add', '--all']);
      const args = ['commit', '--quiet', '--allow-empty', '-m', message];
      if (author) args.push(`--author=${author}`);
      await git(args);
      return fixture.head();
    },
    async tag(name, message, at = 'HEAD') {
      tick += 1;
      await git(message === undefined ? ['tag', name, at] : ['tag', '-a', name, '-m', message, at]);
    },
    async branch(name, from = 'HEAD') {
      await git(['branch', name, from]);
    },
    async checkout(name) {
      await git(['checkout', '--quiet', name]);
    },
    async merge(branch, message, noFf = true) {
      tick += 1;
      const args = ['merge', '--quiet', noFf ? '--no-ff' : '--ff', branch];
      if (message) args.push('-m', message);
      await git(args);
      return fixture.head();
    },
    async push(refs = 'all') {
      if (refs === 'all') {
        await git(['push', '--quiet', '--all', 'origin']);
        await git(['push', '--quiet', '--tags', 'origin']);
      } else await git(['push', '--quiet', 'origin', ...refs]);
    },
    async script(steps) {
      for (const step of steps) {
        if ('commit' in step) await fixture.commit(step.commit, step.files, step.author);
        else if ('tag' in step) await fixture.tag(step.tag, step.message, step.at);
        else if ('branch' in step) await fixture.branch(step.branch, step.from);
        else if ('checkout' in step) await fixture.checkout(step.checkout);
        else if ('merge' in step) await fixture.merge(step.merge, step.message, step.noFf ?? true);
        else await fixture.push(step.push);
      }
    },
    head: (cwd = work) => git(['rev-parse', 'HEAD'], cwd),
    async clone(name, args = []) {
      const path = join(root, name);
      await git(['clone', '--quiet', ...args, origin, path], root);
      await git(['config', 'user.name', 'Other Writer'], path);
      await git(['config', 'user.email', 'other@example.com'], path);
      return path;
    },
    cleanup: () => rm(root, { recursive: true, force: true }),
  };

  await fixture.commit('chore: initial commit', options.files ?? { 'README.md': '# app\n' });
  await git(['push', '--quiet', '-u', 'origin', defaultBranch]);
  return fixture;
}
