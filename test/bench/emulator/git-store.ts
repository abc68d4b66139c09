// What the API handlers need from git, behind one interface with two implementations:
// a real bare repository (git-bare.ts) and an in-memory history (git-memory.ts).

export interface GitPerson {
  name: string;
  email: string;
  /** ISO 8601 with offset, as git prints it. */
  date: string;
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  author: GitPerson;
  committer: GitPerson;
  message: string;
}

export interface FileChange {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
  /** Blob of the new side; null when the file was removed. */
  sha: string | null;
  previousFilename?: string;
}

export type ObjectType = 'commit' | 'tag' | 'tree' | 'blob';

export interface RefInfo {
  /** Full name: refs/heads/main, refs/tags/v1.0.0. */
  ref: string;
  sha: string;
  type: ObjectType;
  /** For a tag object: the commit it finally points at, when the store knows it cheaply. */
  peeled?: string;
}

export interface TagInfo {
  sha: string;
  tag: string;
  message: string;
  tagger: GitPerson;
  object: { sha: string; type: ObjectType };
}

export interface NewTag {
  tag: string;
  message: string;
  object: string;
  type: ObjectType;
  tagger: GitPerson;
}

export type MergeResult = { sha: string } | { conflict: true };

export class RefUpdateRejected extends Error {
  constructor(
    readonly reason: 'exists' | 'stale' | 'missing',
    message: string,
  ) {
    super(message);
  }
}

export interface GitStore {
  /** All refs whose full name starts with the given prefix (plain string prefix, as GitHub matches). */
  listRefs(prefix?: string): Promise<RefInfo[]>;
  getRef(fullRef: string): Promise<RefInfo | undefined>;
  /**
   * Points `fullRef` at `sha`. `expected` guards the write: null means the ref must not exist,
   * a SHA means it must still point there. Throws RefUpdateRejected otherwise.
   */
  setRef(fullRef: string, sha: string, expected?: string | null): Promise<void>;
  deleteRef(fullRef: string): Promise<boolean>;
  objectType(sha: string): Promise<ObjectType | undefined>;
  /** A branch, tag, full ref name or (abbreviated) SHA to the commit it names. */
  resolveCommit(revision: string): Promise<string | undefined>;
  getCommit(sha: string): Promise<CommitInfo | undefined>;
  /** Files changed by a commit against its first parent (or against nothing for a root commit). */
  commitFiles(sha: string): Promise<FileChange[]>;
  diffFiles(base: string, head: string): Promise<FileChange[]>;
  /** SHAs reachable from `from` and not from any of `exclude`, newest first, optionally touching `path`. */
  log(from: string, options?: { exclude?: string[]; path?: string }): Promise<string[]>;
  isAncestor(ancestor: string, descendant: string): Promise<boolean>;
  mergeBase(a: string, b: string): Promise<string | undefined>;
  createTag(tag: NewTag): Promise<string>;
  getTag(sha: string): Promise<TagInfo | undefined>;
  /** A merge commit of `head` into `base` (not moving any ref), or a conflict. */
  merge(base: string, head: string, message: string, committer: GitPerson): Promise<MergeResult>;
}

export const SHA_PATTERN = /^[0-9a-f]{40}$/;

/** Names a user could pass that git would read as an option or a revision expression. */
export function isSafeRevision(revision: string): boolean {
  return revision.length > 0 && !revision.startsWith('-') && !/[\s~^:?*[\\]|\.\.|@\{/.test(revision);
}
