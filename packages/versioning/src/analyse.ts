import { gitStream } from '../../kit/src/index.js';
import {
  headerKey,
  higherLevel,
  kindOf,
  levelOf,
  parseCommitMessage,
  sectionOf,
  type Level,
  type ParsedCommit,
} from './conventional.js';
import { ChangelogEntries, type ChangelogEntry } from './entries.js';
import { RecordSplitter } from './record-stream.js';

/**
 * One pass over `git log` since the last release: the bump level, the commit that
 * drove it, a tally by type and the changelog entries. The log is streamed and
 * parsed record by record; what is kept is the tally, the entries (which spill to
 * disk past a budget), a bounded list of entries for the pull request lookup, and
 * reverts whose target has not been seen yet.
 */

export type { ChangelogEntry } from './entries.js';

export interface Analysis {
  level?: Level;
  /** The first commit (newest first) at the winning level: why the version moves. */
  driver?: { hash: string; header: string };
  /** Non-merge commits in the range, reverted pairs included. */
  commits: number;
  /** Commits by kind (`feat`, `fix`, `non-conventional`…), reverted pairs included. */
  byKind: Record<string, number>;
  /** Commit and revert pairs that cancelled out within the range. */
  cancelled: number;
  /** What the changelog lists. */
  entries: ChangelogEntries;
  /** The newest listed entries, those without a `(#123)` first: what the pull request lookup may look at. */
  lookupCandidates: ChangelogEntry[];
  /** Watched commits the walk met: inside the range, or on its boundary (reachable, but before the range). */
  found: Map<string, 'range' | 'boundary'>;
}

export interface AnalyseOptions {
  cwd: string;
  /** Exclusive start (the last release's commit); the whole history when absent. */
  from?: string;
  to: string;
  /** Only commits touching this path (a monorepo component), relative to the repository root. */
  path?: string;
  /** List non-conventional messages and unknown types under "Other". */
  listOther?: boolean;
  /** How many entries to keep for the pull request lookup. */
  lookupCandidates?: number;
  /** Entries held in memory before they spill to disk. */
  memoryBudget?: number;
  /** Commits to look out for (release tags): the walk says which it meets, and where. */
  watch?: Set<string>;
}

/**
 * `git log` arguments for the range; shared with the benchmark so both read the same commits.
 * Each record is `<mark><hash>\x1f<parents>\x1f<message>`. `--boundary` marks (with `-`)
 * the commits just before the range: the range's start is an ancestor of its end exactly
 * when it is one of them, which spares a second walk of the history to check. Merges are
 * read and skipped here rather than left out with --no-merges, which would also drop the
 * boundary commit whose only child in the range is a merge.
 */
export function logArguments(options: Pick<AnalyseOptions, 'from' | 'to' | 'path'>): string[] {
  const range = options.from ? `${options.from}..${options.to}` : options.to;
  const args = ['log', '-z', '--no-show-signature', '--format=%m%H%x1f%P%x1f%B', range];
  if (options.from) args.splice(1, 0, '--boundary');
  if (options.path && options.path !== '.') args.push('--', `:(top,literal)${options.path}`);
  return args;
}

/** A revert waiting for its target: just its message, parsed again if it is counted (one string, not a tree of objects). */
interface Held {
  hash: string;
  target: string;
  message: string;
}

const MAX_KINDS = 40;

export class HistoryAnalyser {
  readonly result: Analysis;
  /** Reverts whose target is older than anything read so far, by the target's full hash… */
  private readonly pending = new Map<string, Held[]>();
  /** …or, for a revert that names an abbreviated hash, by its first 7 characters… */
  private readonly pendingShort = new Map<string, Held[]>();
  /** …or, for one that names no hash (a squash-merged GitHub revert), by the header it quotes. */
  private readonly pendingHeader = new Map<string, Held[]>();
  private readonly kinds = new Map<string, number>();
  private readonly breaking = new Finder('BREAKING');
  private readonly reverts = new Finder('everts commit');
  private readonly issues = new Finder('#');
  private withoutPull: ChangelogEntry[] = [];
  private withPull: ChangelogEntry[] = [];

  constructor(
    private readonly listOther = false,
    private readonly candidates = 0,
    memoryBudget?: number,
    private readonly watch?: Set<string>,
  ) {
    const entries = new ChangelogEntries(memoryBudget);
    this.result = { commits: 0, byKind: {}, cancelled: 0, entries, lookupCandidates: [], found: new Map() };
  }

  /** One `git log` record, `bytes[start, end)`: `<mark><hash>\x1f<parents>\x1f<message>` (see logArguments). */
  addRecord(bytes: Buffer, start = 0, end = bytes.length): void {
    const hashEnd = bytes.indexOf(0x1f, start);
    const parentsEnd = hashEnd < 0 || hashEnd >= end ? -1 : bytes.indexOf(0x1f, hashEnd + 1);
    if (parentsEnd < 0 || parentsEnd >= end) return;
    const boundary = bytes[start] === 0x2d; // '-'
    const hash = bytes.toString('latin1', start + 1, hashEnd);
    if (this.watch?.has(hash)) this.result.found.set(hash, boundary ? 'boundary' : 'range');
    // Boundary commits are before the range; merges bring commits that are read on their own.
    const space = bytes.indexOf(0x20, hashEnd + 1);
    if (boundary || (space >= 0 && space < parentsEnd)) return;
    const message = parentsEnd + 1;
    const newline = bytes.indexOf(0x0a, message);
    const headerEnd = newline < 0 || newline > end ? end : newline;
    // Only a breaking-change footer or a revert's "This reverts commit" make the body matter:
    // otherwise the header alone is decoded and parsed.
    const bodyMatters =
      headerEnd === message ||
      (headerEnd < end &&
        (this.breaking.within(bytes, headerEnd, end) ||
          this.reverts.within(bytes, headerEnd, end) ||
          this.issues.within(bytes, headerEnd, end)));
    this.add(hash, bytes.toString('utf8', message, bodyMatters ? end : headerEnd));
  }

  add(hash: string, message: string): void {
    const commit = parseCommitMessage(message);
    this.result.commits += 1;
    const kind = kindOf(commit);
    const seen = this.kinds.get(kind);
    if (seen !== undefined) this.kinds.set(kind, seen + 1);
    else if (this.kinds.size < MAX_KINDS) this.kinds.set(kind, 1);
    else this.kinds.set('(other types)', (this.kinds.get('(other types)') ?? 0) + 1);
    if (this.cancels(hash) || this.cancelsByHeader(commit.header)) return;
    const target = commit.revert?.hash ?? commit.revert?.header;
    if (target) {
      // Held back until the end: if the reverted commit is in the range, both drop out.
      const held = { hash, target, message };
      const [map, key] = !commit.revert?.hash
        ? [this.pendingHeader, target]
        : target.length >= 40
          ? [this.pending, target]
          : [this.pendingShort, target.slice(0, 7)];
      const list = map.get(key);
      if (list) list.push(held);
      else map.set(key, [held]);
      return;
    }
    this.count(hash, commit);
  }

  /** Whether a hash-less revert read earlier (newer) quotes this commit's header: the first such revert takes it. */
  private cancelsByHeader(header: string): boolean {
    if (this.pendingHeader.size === 0) return false;
    const key = headerKey(header);
    const list = this.pendingHeader.get(key);
    if (!list) return false;
    list.shift();
    if (list.length === 0) this.pendingHeader.delete(key);
    this.result.cancelled += 1;
    return true;
  }

  /** Counts the reverts whose target lies before the range; call once the log is read. */
  finish(): Analysis {
    for (const map of [this.pending, this.pendingShort, this.pendingHeader]) {
      for (const list of map.values())
        for (const held of list) this.count(held.hash, parseCommitMessage(held.message));
      map.clear();
    }
    this.result.byKind = Object.fromEntries(this.kinds);
    this.result.lookupCandidates = [...this.withoutPull, ...this.withPull];
    return this.result;
  }

  private cancels(hash: string): boolean {
    const full = this.pending.size > 0 ? this.pending.get(hash) : undefined;
    if (full) {
      full.shift();
      if (full.length === 0) this.pending.delete(hash);
      this.result.cancelled += 1;
      return true;
    }
    if (this.pendingShort.size === 0) return false;
    const key = hash.slice(0, 7);
    const list = this.pendingShort.get(key);
    const index = list ? list.findIndex((held) => hash.startsWith(held.target)) : -1;
    if (!list || index < 0) return false;
    list.splice(index, 1);
    if (list.length === 0) this.pendingShort.delete(key);
    this.result.cancelled += 1;
    return true;
  }

  private count(hash: string, commit: ParsedCommit): void {
    const level = levelOf(commit);
    if (level) {
      const before = this.result.level;
      this.result.level = higherLevel(before, level);
      if (!this.result.driver || this.result.level !== before)
        this.result.driver = { hash, header: commit.header };
    }
    let section = sectionOf(commit);
    if (section === 'other' && !this.listOther) section = undefined;
    if (!section && commit.breaking.length === 0) return;
    const entry: ChangelogEntry = { hash, subject: commit.subject, breaking: commit.breaking };
    if (commit.type) entry.type = commit.type;
    if (commit.scope) entry.scope = commit.scope;
    if (section) entry.section = section;
    if (commit.pr !== undefined) entry.pr = commit.pr;
    if (commit.references) entry.references = commit.references;
    this.result.entries.add(entry);
    const candidates = entry.pr === undefined ? this.withoutPull : this.withPull;
    if (candidates.length < this.candidates) candidates.push(entry);
  }
}

/**
 * Whether an ASCII word occurs in a record, for records read in order from one
 * chunk: Buffer.indexOf searches to the end of the chunk, so its answer is kept
 * and reused until the records pass it, which keeps a chunk's search linear.
 */
class Finder {
  private bytes?: Buffer;
  private at = -1;

  constructor(private readonly word: string) {}

  within(bytes: Buffer, start: number, end: number): boolean {
    if (bytes !== this.bytes || (this.at >= 0 && this.at < start)) {
      this.bytes = bytes;
      this.at = bytes.indexOf(this.word, start, 'latin1');
    }
    return this.at >= 0 && this.at + this.word.length <= end;
  }
}

/** Streams `git log` for the range through a HistoryAnalyser. */
export async function analyseHistory(options: AnalyseOptions): Promise<Analysis> {
  const analyser = new HistoryAnalyser(
    options.listOther,
    options.lookupCandidates,
    options.memoryBudget,
    options.watch,
  );
  const splitter = new RecordSplitter((bytes, start, end) => analyser.addRecord(bytes, start, end));
  // GIT_FLUSH=0: git otherwise flushes after every commit when its output is a pipe,
  // one write per commit, which makes reading a long history half again as slow.
  await gitStream(logArguments(options), (chunk) => splitter.push(chunk), {
    cwd: options.cwd,
    env: { GIT_FLUSH: '0' },
  });
  splitter.end();
  return analyser.finish();
}
