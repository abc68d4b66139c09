// GitStore without a repository: a small commit graph kept in memory, for tests that do not
// need real git. It starts like a repository created on GitHub with a README: one commit on
// the default branch. More history comes from emulator.seedCommit().
import { createHash } from 'node:crypto';
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
} from './git-store.js';

interface StoredCommit extends CommitInfo {
  files: FileChange[];
  order: number;
}

export interface MemoryCommitInput {
  message: string;
  parents: string[];
  files?: string[];
  author: GitPerson;
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export class MemoryGitStore implements GitStore {
  private readonly refs = new Map<string, string>();
  private readonly commits = new Map<string, StoredCommit>();
  private readonly tags = new Map<string, TagInfo>();

  constructor(defaultBranch: string, initialAuthor: GitPerson) {
    const sha = this.addCommit({
      message: 'Initial commit',
      parents: [],
      files: ['README.md'],
      author: initialAuthor,
    });
    this.refs.set(`refs/heads/${defaultBranch}`, sha);
  }

  addCommit(input: MemoryCommitInput): string {
    const order = this.commits.size;
    const sha = hash(JSON.stringify({ ...input, order }));
    const files: FileChange[] = (input.files ?? []).map((filename) => ({
      filename,
      status: 'modified',
      additions: 1,
      deletions: 0,
      sha: hash(`${sha}:${filename}`),
    }));
    this.commits.set(sha, {
      sha,
      tree: hash(`tree:${sha}`),
      parents: input.parents,
      author: input.author,
      committer: input.author,
      message: input.message,
      files,
      order,
    });
    return sha;
  }

  async listRefs(prefix = 'refs/'): Promise<RefInfo[]> {
    return [...this.refs]
      .filter(([ref]) => ref.startsWith(prefix))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([ref, sha]) => ({ ref, sha, type: this.typeOf(sha) ?? 'commit' }));
  }

  async getRef(fullRef: string): Promise<RefInfo | undefined> {
    const sha = this.refs.get(fullRef);
    return sha ? { ref: fullRef, sha, type: this.typeOf(sha) ?? 'commit' } : undefined;
  }

  async setRef(fullRef: string, sha: string, expected?: string | null): Promise<void> {
    const current = this.refs.get(fullRef);
    if (expected === null && current) throw new RefUpdateRejected('exists', 'Reference already exists');
    if (typeof expected === 'string' && current !== expected) {
      throw new RefUpdateRejected('stale', `${fullRef} moved`);
    }
    this.refs.set(fullRef, sha);
  }

  async deleteRef(fullRef: string): Promise<boolean> {
    return this.refs.delete(fullRef);
  }

  private typeOf(sha: string): ObjectType | undefined {
    if (this.commits.has(sha)) return 'commit';
    if (this.tags.has(sha)) return 'tag';
    return undefined;
  }

  async objectType(sha: string): Promise<ObjectType | undefined> {
    return this.typeOf(sha);
  }

  private peel(sha: string | undefined): string | undefined {
    let current = sha;
    while (current && this.tags.has(current)) current = this.tags.get(current)?.object.sha;
    return current && this.commits.has(current) ? current : undefined;
  }

  async resolveCommit(revision: string): Promise<string | undefined> {
    if (SHA_PATTERN.test(revision)) return this.peel(revision);
    if (/^[0-9a-f]{7,39}$/.test(revision)) {
      const found = [...this.commits.keys()].filter((sha) => sha.startsWith(revision));
      if (found.length === 1) return found[0];
    }
    for (const candidate of [
      revision,
      `refs/${revision}`,
      `refs/heads/${revision}`,
      `refs/tags/${revision}`,
    ]) {
      const sha = this.refs.get(candidate);
      if (sha) return this.peel(sha);
    }
    return undefined;
  }

  async getCommit(sha: string): Promise<CommitInfo | undefined> {
    const stored = this.commits.get(sha);
    if (!stored) return undefined;
    const { files: _files, order: _order, ...info } = stored;
    return info;
  }

  async commitFiles(sha: string): Promise<FileChange[]> {
    return this.commits.get(sha)?.files ?? [];
  }

  private ancestors(sha: string): Set<string> {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (seen.has(next) || !this.commits.has(next)) continue;
      seen.add(next);
      stack.push(...(this.commits.get(next)?.parents ?? []));
    }
    return seen;
  }

  async diffFiles(base: string, head: string): Promise<FileChange[]> {
    const byName = new Map<string, FileChange>();
    for (const sha of await this.log(head, { exclude: [base] })) {
      for (const file of this.commits.get(sha)?.files ?? [])
        if (!byName.has(file.filename)) byName.set(file.filename, file);
    }
    return [...byName.values()].sort((a, b) => a.filename.localeCompare(b.filename));
  }

  async log(from: string, options: { exclude?: string[]; path?: string } = {}): Promise<string[]> {
    const excluded = new Set<string>();
    for (const sha of options.exclude ?? []) for (const a of this.ancestors(sha)) excluded.add(a);
    const path = options.path;
    return [...this.ancestors(from)]
      .filter((sha) => !excluded.has(sha))
      .map((sha) => this.commits.get(sha) as StoredCommit)
      .filter((c) => !path || c.files.some((f) => f.filename === path || f.filename.startsWith(`${path}/`)))
      .sort((a, b) => b.order - a.order)
      .map((c) => c.sha);
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return this.ancestors(descendant).has(ancestor);
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const ofA = this.ancestors(a);
    return (await this.log(b)).find((sha) => ofA.has(sha));
  }

  async createTag(tag: NewTag): Promise<string> {
    const sha = hash(`tag ${JSON.stringify(tag)}`);
    this.tags.set(sha, {
      sha,
      tag: tag.tag,
      message: tag.message,
      tagger: tag.tagger,
      object: { sha: tag.object, type: tag.type },
    });
    return sha;
  }

  async getTag(sha: string): Promise<TagInfo | undefined> {
    return this.tags.get(sha);
  }

  async merge(base: string, head: string, message: string, committer: GitPerson): Promise<MergeResult> {
    // In-memory commits carry no content, so two histories always merge cleanly.
    return { sha: this.addCommit({ message, parents: [base, head], author: committer }) };
  }
}
