// For the emulator's own tests: a bare repository and a clone of it in a temp dir.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Dev Eloper',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'Dev Eloper',
  GIT_COMMITTER_EMAIL: 'dev@example.com',
};

export interface TestRepo {
  bare: string;
  work: string;
  /** git in the clone; `--git-dir` style calls can pass cwd explicitly. */
  git(args: string[], cwd?: string): Promise<string>;
  /** Writes files, commits them and answers the new SHA. */
  commit(message: string, files: Record<string, string>): Promise<string>;
  cleanup(): Promise<void>;
}

export async function makeTestRepo(): Promise<TestRepo> {
  const root = await mkdtemp(join(tmpdir(), 'emulator-repo-'));
  const bare = join(root, 'origin.git');
  const work = join(root, 'work');
  let tick = 0;
  const git = async (args: string[], cwd = work): Promise<string> => {
    // Distinct, increasing dates keep log order deterministic even within one second.
    const date = new Date(Date.UTC(2024, 0, 1, 12, tick++)).toISOString();
    const env = { ...process.env, ...IDENTITY, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
    const { stdout } = await run('git', ['-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], {
      cwd,
      env,
    });
    return stdout.trim();
  };
  await run('git', ['init', '--quiet', '--bare', '--initial-branch=main', bare]);
  await run('git', ['clone', '--quiet', bare, work]);
  await git(['checkout', '--quiet', '-B', 'main']);
  const commit = async (message: string, files: Record<string, string>): Promise<string> => {
    for (const [name, content] of Object.entries(files)) {
      await mkdir(dirname(join(work, name)), { recursive: true });
      await writeFile(join(work, name), content);
    }
    await git(['add', '--all']);
    await git(['commit', '--quiet', '-m', message]);
    return git(['rev-parse', 'HEAD']);
  };
  return { bare, work, git, commit, cleanup: () => rm(root, { recursive: true, force: true }) };
}
