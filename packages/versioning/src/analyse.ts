import { gitStream } from '../../kit/src/index.js';
import {
  higherLevel,
  kindOf,
  levelOf,
  parseCommitMessage,
  sectionOf,
  type Level,
  type ParsedCommit,
  type Section,
} from './conventional.js';
import { RecordSplitter } from './record-stream.js';

/**
 * One pass over `git log` since the last release: the bump level, the commit that
 * drove it, a tally by type and the changelog entries. The log is streamed and
 * parsed record by record; what is kept is the tally, the entries the changelog
 * lists, and reverts whose target has not been seen yet.
 */

export interface ChangelogEntry {
  hash: string;
  type?: string;
  scope?: string;
  subject: string;
  breaking: string[];
  /** Where the entry is listed besides Breaking changes; undefined for hidden types. */
  section?: Section;
  pr?: number;
  /** Filled in by the pull request lookup. */
  author?: string;
}

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
  /** Commits the changelog lists (newest first): releasable, breaking, or "Other" when asked for. */
  entries: ChangelogEntry[];
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
  /** Cap on distinct kinds in the tally, so random types cannot grow it without bound. */
  maxKinds?: number;
}

/** `git log` arguments for the range; shared with the benchmark so both read the same commits. */
export function logArguments(options: Pick<AnalyseOptions, 'from' | 'to' | 'path'>): string[] {
  const range = options.from ? `${options.from}..${options.to}` : options.to;
  const args = ['log', '-z', '--no-merges', '--no-show-signature', '--format=%H%x1f%B', range];
  if (options.path && options.path !== '.') args.push('--', `:(top,literal)${options.path}`);
  return args;
}

export class HistoryAnalyser {
  readonly result: Analysis = { commits: 0, byKind: {}, cancelled: 0, entries: [] };
  /** Reverts whose target is older than anything read so far, keyed by the target's first 7 characters. */
  private pending = new Map<string, { hash: string; target: string; commit: ParsedCommit }[]>();
  private readonly maxKinds: number;

  constructor(private readonly listOther = false, maxKinds = 40) {
    this.maxKinds = maxKinds;
  }

  /** One `git log` record: `<hash>\x1f<message>`. */
  addRecord(record: string): void {
    const split = record.indexOf('\x1f');
    if (split < 0) return;
    this.add(record.slice(0, split), record.slice(split + 1));
  }

  add(hash: string, message: string): void {
    const commit = parseCommitMessage(message);
    this.result.commits += 1;
    this.tally(kindOf(commit));
    if (this.cancels(hash)) return;
    if (commit.revert?.hash) {
      // Held back until the end: if the reverted commit is in the range, both drop out.
      const key = commit.revert.hash.slice(0, 7);
      const list = this.pending.get(key) ?? [];
      list.push({ hash, target: commit.revert.hash, commit });
      this.pending.set(key, list);
      return;
    }
    this.count(hash, commit);
  }

  /** Counts the reverts whose target lies before the range; call once the log is read. */
  finish(): Analysis {
    for (const list of this.pending.values()) for (const held of list) this.count(held.hash, held.commit);
    this.pending.clear();
    return this.result;
  }

  private cancels(hash: string): boolean {
    const list = this.pending.get(hash.slice(0, 7));
    const index = list?.findIndex((held) => hash.startsWith(held.target)) ?? -1;
    if (!list || index < 0) return false;
    list.splice(index, 1);
    if (list.length === 0) this.pending.delete(hash.slice(0, 7));
    this.result.cancelled += 1;
    return true;
  }

  private tally(kind: string): void {
    const { byKind } = this.result;
    if (kind in byKind) byKind[kind]! += 1;
    else if (Object.keys(byKind).length < this.maxKinds) byKind[kind] = 1;
    else byKind['(other types)'] = (byKind['(other types)'] ?? 0) + 1;
  }

  private count(hash: string, commit: ParsedCommit): void {
    const level = levelOf(commit);
    const before = this.result.level;
    this.result.level = higherLevel(before, level);
    if (level && (!this.result.driver || this.result.level !== before)) {
      this.result.driver = { hash, header: commit.header };
    }
    const section = sectionOf(commit);
    const listed = commit.breaking.length > 0 || (section && (section !== 'other' || this.listOther));
    if (!listed) return;
    this.result.entries.push({
      hash,
      type: commit.type,
      scope: commit.scope,
      subject: commit.subject,
      breaking: commit.breaking,
      section: section === 'other' && !this.listOther ? undefined : section,
      pr: commit.pr,
    });
  }
}

/** Streams `git log` for the range through a HistoryAnalyser. */
export async function analyseHistory(options: AnalyseOptions): Promise<Analysis> {
  const analyser = new HistoryAnalyser(options.listOther, options.maxKinds);
  const splitter = new RecordSplitter((record) => analyser.addRecord(record));
  await gitStream(logArguments(options), (chunk) => splitter.push(chunk), { cwd: options.cwd });
  splitter.end();
  return analyser.finish();
}
