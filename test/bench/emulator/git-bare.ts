// GitStore over a real bare repository: every read and write runs `git --git-dir=<dir>` with an
// argument array (no shell), so what tests push with git and what the API reports always agree.
import { spawn } from 'node:child_process';
import {
  type CommitInfo,
  type FileChange,
  type GitPerson,
  type GitStore,
  type MergeResult,
  type NewTag,
  type ObjectType,
  type RefInfo,
  type TagInfo,
  RefUpdateRejected,
  SHA_PATTERN,
  isSafeRevision,
} from './git-store.js';

/** The tree with no entries: the "parent" a root commit is compared with. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const ZERO_SHA = '0'.repeat(40);

interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

const STATUS_NAMES: Record<string, FileChange['status']> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
};

function isoFromUnix(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** "Name <email> 1700000000 +0000" as written in commit and tag objects. */
function parsePersonLine(line: string): GitPerson {
  const match = /^(.*) <([^>]*)> (\d+) ([+-]\d{4})$/.exec(line);
  if (!match) return { name: line, email: '', date: isoFromUnix(0) };
  return { name: match[1]!, email: match[2]!, date: isoFromUnix(Number(match[3])) };
}

const FULL_SHA = /^[0-9a-f]{40}$/;

export class BareGitStore implements GitStore {
  constructor(private readonly gitDir: string) {}

  /**
   * Answers about objects named by full SHAs never change (objects are immutable), so they are
   * kept: a comparison asked again, or a commit read again, costs no git process.
   */
  private readonly kept = new Map<string, Promise<unknown>>();

  private keep<T>(key: string, shas: string[], compute: () => Promise<T>): Promise<T> {
    if (!shas.every((sha) => FULL_SHA.test(sha))) return compute();
    let answer = this.kept.get(key) as Promise<T> | undefined;
    if (!answer) {
      answer = compute();
      this.kept.set(key, answer);
      answer.catch(() => this.kept.delete(key));
    }
    return answer;
  }

  private run(
    args: string[],
    options: { input?: string; env?: Record<string, string> } = {},
  ): Promise<GitResult> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', [`--git-dir=${this.gitDir}`, ...args], {
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...options.env },
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', reject);
      child.on('close', (code) =>
        resolve({
          code: code ?? 1,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
        }),
      );
      if (child.stdin) {
        // git may exit before reading all of its input; the exit code tells what happened.
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input);
      }
    });
  }

  /** Runs git and fails loudly on a non-zero exit: these are emulator faults, not API answers. */
  private async must(
    args: string[],
    options: { input?: string; env?: Record<string, string> } = {},
  ): Promise<string> {
    const result = await this.run(args, options);
    if (result.code !== 0)
      throw new Error(`git ${args.join(' ')} failed (${result.code}): ${result.stderr.trim()}`);
    return result.stdout;
  }

  async listRefs(prefix = 'refs/'): Promise<RefInfo[]> {
    const out = await this.must([
      'for-each-ref',
      '--format=%(refname)%00%(objectname)%00%(objecttype)%00%(*objectname)%00%(*objecttype)',
    ]);
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [ref, sha, type, peeled, peeledType] = line.split('\0');
        const info: RefInfo = { ref: ref!, sha: sha!, type: type as ObjectType };
        if (peeled && peeledType === 'commit') info.peeled = peeled;
        return info;
      })
      .filter((info) => info.ref.startsWith(prefix));
  }

  async getRef(fullRef: string): Promise<RefInfo | undefined> {
    return (await this.listRefs(fullRef)).find((info) => info.ref === fullRef);
  }

  async setRef(fullRef: string, sha: string, expected?: string | null): Promise<void> {
    const args = ['update-ref', '-m', 'github api', fullRef, sha];
    if (expected !== undefined) args.push(expected ?? ZERO_SHA);
    const result = await this.run(args);
    if (result.code === 0) return;
    if (expected === null) throw new RefUpdateRejected('exists', 'Reference already exists');
    if (expected !== undefined)
      throw new RefUpdateRejected('stale', `${fullRef} moved: ${result.stderr.trim()}`);
    throw new Error(`git update-ref ${fullRef} failed: ${result.stderr.trim()}`);
  }

  async deleteRef(fullRef: string): Promise<boolean> {
    if (!(await this.getRef(fullRef))) return false;
    return (await this.run(['update-ref', '-m', 'github api', '-d', fullRef])).code === 0;
  }

  async objectType(sha: string): Promise<ObjectType | undefined> {
    if (!SHA_PATTERN.test(sha)) return undefined;
    const result = await this.run(['cat-file', '-t', sha]);
    return result.code === 0 ? (result.stdout.trim() as ObjectType) : undefined;
  }

  async resolveCommit(revision: string): Promise<string | undefined> {
    if (!isSafeRevision(revision)) return undefined;
    const result = await this.run([
      'rev-parse',
      '--verify',
      '--quiet',
      '--end-of-options',
      `${revision}^{commit}`,
    ]);
    return result.code === 0 ? result.stdout.trim() : undefined;
  }

  async getCommit(sha: string): Promise<CommitInfo | undefined> {
    const info = await this.keep(`commit ${sha}`, [sha], () => this.readCommit(sha));
    // A commit not there yet may be pushed later: only what was found is kept.
    if (!info) this.kept.delete(`commit ${sha}`);
    return info;
  }

  private async readCommit(sha: string): Promise<CommitInfo | undefined> {
    if (!SHA_PATTERN.test(sha)) return undefined;
    // One process: cat-file fails for anything that is not a commit.
    const result = await this.run(['cat-file', 'commit', sha]);
    if (result.code !== 0) return undefined;
    const raw = result.stdout;
    const split = raw.indexOf('\n\n');
    const headers = (split === -1 ? raw : raw.slice(0, split)).split('\n');
    const message = split === -1 ? '' : raw.slice(split + 2);
    const info: CommitInfo = {
      sha,
      tree: '',
      parents: [],
      author: parsePersonLine(''),
      committer: parsePersonLine(''),
      message: message.replace(/\n$/, ''),
    };
    for (const header of headers) {
      const space = header.indexOf(' ');
      const [key, value] = [header.slice(0, space), header.slice(space + 1)];
      if (key === 'tree') info.tree = value;
      else if (key === 'parent') info.parents.push(value);
      else if (key === 'author') info.author = parsePersonLine(value);
      else if (key === 'committer') info.committer = parsePersonLine(value);
    }
    return info;
  }

  async commitFiles(sha: string): Promise<FileChange[]> {
    const commit = await this.getCommit(sha);
    if (!commit) return [];
    return this.diffFiles(commit.parents[0] ?? EMPTY_TREE, sha);
  }

  diffFiles(base: string, head: string): Promise<FileChange[]> {
    return this.keep(`diff ${base} ${head}`, [base, head], () => this.readDiff(base, head));
  }

  private async readDiff(base: string, head: string): Promise<FileChange[]> {
    const [raw, numstat] = await Promise.all([
      this.must(['diff', '--raw', '-z', '-M', '--no-abbrev', base, head]),
      this.must(['diff', '--numstat', '-z', '-M', base, head]),
    ]);
    const changes: FileChange[] = [];
    const rawParts = raw.split('\0');
    for (let i = 0; i < rawParts.length - 1;) {
      const [, , , newSha = '', statusCode = ''] = rawParts[i]!.slice(1).split(' ');
      const letter = statusCode[0] ?? '';
      const renamed = letter === 'R' || letter === 'C';
      const previous = renamed ? rawParts[i + 1] : undefined;
      const filename = (renamed ? rawParts[i + 2] : rawParts[i + 1]) ?? '';
      i += renamed ? 3 : 2;
      changes.push({
        filename,
        status: STATUS_NAMES[letter] ?? 'changed',
        additions: 0,
        deletions: 0,
        sha: letter === 'D' ? null : newSha,
        ...(previous ? { previousFilename: previous } : {}),
      });
    }
    // numstat lists the same files in the same order; a rename's path is empty then old\0new.
    const numParts = numstat.split('\0');
    let index = 0;
    for (let i = 0; i < numParts.length - 1 && index < changes.length; index++) {
      const [added, deleted, path] = numParts[i]!.split('\t');
      i += path === '' ? 3 : 1;
      const change = changes[index]!;
      change.additions = added === '-' ? 0 : Number(added);
      change.deletions = deleted === '-' ? 0 : Number(deleted);
    }
    return changes;
  }

  async log(from: string, options: { exclude?: string[]; path?: string } = {}): Promise<string[]> {
    const exclude = options.exclude ?? [];
    const kept = await this.keep(
      `log ${from} ^${exclude.join(' ^')} -- ${options.path ?? ''}`,
      [from, ...exclude],
      () => this.readLog(from, options),
    );
    // A copy: a caller that sorts or reverses its answer must not reorder the kept one.
    return [...kept];
  }

  private async readLog(from: string, options: { exclude?: string[]; path?: string }): Promise<string[]> {
    const args = ['rev-list', from, ...(options.exclude ?? []).map((sha) => `^${sha}`)];
    if (options.path) args.push('--', options.path);
    return (await this.must(args)).split('\n').filter(Boolean);
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return (await this.run(['merge-base', '--is-ancestor', ancestor, descendant])).code === 0;
  }

  mergeBase(a: string, b: string): Promise<string | undefined> {
    return this.keep(`merge-base ${a} ${b}`, [a, b], async () => {
      const result = await this.run(['merge-base', a, b]);
      return result.code === 0 ? result.stdout.trim() : undefined;
    });
  }

  async createTag(tag: NewTag): Promise<string> {
    const seconds = Math.floor(new Date(tag.tagger.date).getTime() / 1000);
    const message = tag.message.endsWith('\n') ? tag.message : `${tag.message}\n`;
    const text =
      `object ${tag.object}\ntype ${tag.type}\ntag ${tag.tag}\n` +
      `tagger ${tag.tagger.name} <${tag.tagger.email}> ${seconds} +0000\n\n${message}`;
    return (await this.must(['mktag'], { input: text })).trim();
  }

  async getTag(sha: string): Promise<TagInfo | undefined> {
    if ((await this.objectType(sha)) !== 'tag') return undefined;
    const raw = await this.must(['cat-file', 'tag', sha]);
    const split = raw.indexOf('\n\n');
    const fields = new Map<string, string>();
    for (const header of raw.slice(0, split).split('\n')) {
      const space = header.indexOf(' ');
      fields.set(header.slice(0, space), header.slice(space + 1));
    }
    return {
      sha,
      tag: fields.get('tag') ?? '',
      message: raw.slice(split + 2),
      tagger: parsePersonLine(fields.get('tagger') ?? ''),
      object: { sha: fields.get('object') ?? '', type: (fields.get('type') ?? 'commit') as ObjectType },
    };
  }

  async merge(base: string, head: string, message: string, committer: GitPerson): Promise<MergeResult> {
    // merge-tree --write-tree merges without a work tree (git 2.38+); exit 1 means conflicts.
    const merged = await this.run(['merge-tree', '--write-tree', base, head]);
    if (merged.code === 1) return { conflict: true };
    if (merged.code !== 0) throw new Error(`git merge-tree failed: ${merged.stderr.trim()}`);
    const tree = (merged.stdout.split('\n')[0] ?? '').trim();
    const env = {
      GIT_AUTHOR_NAME: committer.name,
      GIT_AUTHOR_EMAIL: committer.email,
      GIT_AUTHOR_DATE: committer.date,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_COMMITTER_DATE: committer.date,
    };
    const sha = await this.must(['commit-tree', tree, '-p', base, '-p', head, '-m', message], { env });
    return { sha: sha.trim() };
  }
}
