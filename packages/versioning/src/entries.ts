import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Section } from './conventional.js';
import { RecordSplitter } from './record-stream.js';

/**
 * The lines a changelog lists, grouped the way the notes print them: by group
 * (Breaking changes first, then Features, Bug fixes…), then scope, then history
 * order (newest first). Each line is rendered as its commit is read, while the
 * log is still streaming in, and kept with its commit's hash. Up to a budget the
 * lines stay in memory; past it each group and scope goes to its own file, read
 * back in order when the notes are written, so a release of 100,000 commits takes
 * no more memory than one of 1,000.
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
  /** Issue footers (`closes #15`), printed after the line's links. */
  references?: string[];
}

/** One printed line, without its links (added when the notes are written) or newline, and its commit. */
export interface ListedLine {
  hash: string;
  /** The squash-merge pull request named in the subject. */
  pr?: number;
  text: string;
}

export type Group = Section;
export const GROUP_ORDER: readonly Group[] = [
  'breaking',
  'features',
  'fixes',
  'performance',
  'reverts',
  'other',
];
/** Separates a line's text from its issue footers, which the notes print after the links. */
export const REFERENCES_MARK = '\u0002';

/** The lines of an entry in a group, without links: a breaking entry has one per note. */
export function linesOf(group: Group, entry: ChangelogEntry): string[] {
  const scope = entry.scope ? `**${entry.scope}:** ` : '';
  const references = entry.references?.length ? REFERENCES_MARK + entry.references.join(', ') : '';
  if (group === 'breaking') return entry.breaking.map((note) => `- ${scope}${note}${references}`);
  return [`- ${scope}${entry.subject}${references}`];
}

/** More distinct scopes than this in one group share one trailing bucket, each line keeping its scope. */
const MAX_SCOPES = 40;
const OVERFLOW = '\u0001';
/**
 * Lines wait in a byte buffer per bucket, not in a growing string: strings that
 * wait long outlive V8's young generation and pile up as old-generation garbage.
 */
const BUFFER_BYTES = 8 * 1024;

interface Bucket {
  lines: ListedLine[];
  file?: string;
  /** Open while lines are being added; closed once the bucket is read. */
  fd?: number;
  buffer?: Buffer;
  used: number;
}

const spillDirs = new Set<string>();
// Spill files are scratch: gone when the process ends, however it ends.
process.once('exit', () => {
  for (const dir of spillDirs) rmSync(dir, { recursive: true, force: true });
});

export class ChangelogEntries {
  private readonly buckets = new Map<string, Bucket>();
  private readonly scopes = new Map<Group, Set<string>>();
  private dir?: string;
  private held = 0;
  /** Entries added (one listed in two groups counts once). */
  size = 0;

  constructor(private readonly budget = 2000) {}

  add(entry: ChangelogEntry): void {
    this.size += 1;
    if (entry.breaking.length > 0) this.put('breaking', entry);
    if (entry.section) this.put(entry.section, entry);
  }

  /** Whether anything is listed under a group. */
  has(group: Group): boolean {
    return this.scopes.has(group);
  }

  /** Every line of a group, in print order: scopes alphabetically, unscoped, the overflow bucket. */
  async *group(group: Group): AsyncGenerator<ListedLine> {
    const keys = [...(this.scopes.get(group) ?? [])].sort(
      (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0),
    );
    for (const scope of keys) {
      const bucket = this.buckets.get(`${group}\0${scope}`)!;
      if (bucket.file) {
        this.close(bucket);
        yield* readLines(bucket.file);
      } else yield* bucket.lines;
    }
  }

  private put(group: Group, entry: ChangelogEntry): void {
    const scopes = this.scopes.get(group) ?? new Set<string>();
    this.scopes.set(group, scopes);
    let scope = entry.scope ?? '';
    if (!scopes.has(scope) && scopes.size >= MAX_SCOPES) scope = OVERFLOW;
    scopes.add(scope);
    const key = `${group}\0${scope}`;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { lines: [], used: 0 };
      this.buckets.set(key, bucket);
      if (this.dir) bucket.file = join(this.dir, `${this.buckets.size}.txt`);
    }
    for (const text of linesOf(group, entry)) {
      const line: ListedLine = { hash: entry.hash, text };
      if (entry.pr !== undefined) line.pr = entry.pr;
      if (bucket.file) this.write(bucket, line);
      else {
        bucket.lines.push(line);
        this.held += 1;
      }
    }
    if (!bucket.file && this.held > this.budget) this.spill();
  }

  /** Past the budget: every bucket moves to its file, and later lines go straight there. */
  private spill(): void {
    this.dir = mkdtempSync(join(tmpdir(), 'bump-version-'));
    spillDirs.add(this.dir);
    let index = 0;
    for (const bucket of this.buckets.values()) {
      bucket.file = join(this.dir, `${(index += 1)}.txt`);
      for (const line of bucket.lines) this.write(bucket, line);
      bucket.lines = [];
    }
    this.held = 0;
  }

  /** A record is `<hash>\t<pr>\t<line>\n`; lines hold no newline. */
  private write(bucket: Bucket, line: ListedLine): void {
    const record = `${line.hash}\t${line.pr ?? ''}\t${line.text}\n`;
    const size = Buffer.byteLength(record);
    bucket.buffer ??= Buffer.allocUnsafe(BUFFER_BYTES);
    if (bucket.used + size > BUFFER_BYTES) this.flush(bucket);
    if (size > BUFFER_BYTES) this.append(bucket, Buffer.from(record));
    else bucket.used += bucket.buffer.write(record, bucket.used);
  }

  private flush(bucket: Bucket): void {
    if (bucket.used === 0 || !bucket.buffer) return;
    this.append(bucket, bucket.buffer.subarray(0, bucket.used));
    bucket.used = 0;
  }

  private append(bucket: Bucket, bytes: Buffer): void {
    bucket.fd ??= openSync(bucket.file!, 'a');
    writeSync(bucket.fd, bytes);
  }

  private close(bucket: Bucket): void {
    this.flush(bucket);
    if (bucket.fd !== undefined) closeSync(bucket.fd);
    bucket.fd = undefined;
    bucket.buffer = undefined;
  }
}

/** The lines of a spill file, read in 64 KiB chunks. */
async function* readLines(file: string): AsyncGenerator<ListedLine> {
  let read: ListedLine[] = [];
  const splitter = new RecordSplitter((bytes, start, end) => {
    const tab = bytes.indexOf(0x09, start);
    const next = bytes.indexOf(0x09, tab + 1);
    const line: ListedLine = {
      hash: bytes.toString('latin1', start, tab),
      text: bytes.toString('utf8', next + 1, end),
    };
    if (next > tab + 1) line.pr = Number(bytes.toString('latin1', tab + 1, next));
    read.push(line);
  }, 0x0a);
  for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) {
    splitter.push(chunk as Buffer);
    yield* read;
    read = [];
  }
  splitter.end();
  yield* read;
}

/** Named scopes first, then the unscoped entries, then the overflow bucket. */
function rank(scope: string): number {
  if (scope === OVERFLOW) return 2;
  return scope === '' ? 1 : 0;
}
