import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Section } from './conventional.js';

/**
 * The commits a changelog lists, grouped the way the notes print them: by group
 * (Breaking changes first, then Features, Bug fixes…), then scope, then history
 * order (newest first). Up to a budget they stay in memory; past it every group
 * and scope goes to its own file of JSON lines, read back in order when the notes
 * are written, so a release of 100,000 commits takes no more memory than one of 1,000.
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
}

export type Group = Section;
export const GROUP_ORDER: readonly Group[] = ['breaking', 'features', 'fixes', 'performance', 'reverts', 'other'];
/** More distinct scopes than this in one group share one trailing bucket, each entry keeping its scope. */
const MAX_SCOPES = 40;
const OVERFLOW = '\u0001';
/**
 * Lines wait in a byte buffer per bucket, not in a growing string: strings that
 * wait long outlive V8's young generation and pile up as old-generation garbage.
 */
const BUFFER_BYTES = 8 * 1024;

interface Bucket {
  entries: ChangelogEntry[];
  file?: string;
  /** Open while entries are being added; closed once the bucket is read. */
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
    return [...this.buckets.keys()].some((key) => key.startsWith(`${group}\0`));
  }

  /** Every entry of a group, in print order: scopes alphabetically, unscoped, the overflow bucket. */
  async *group(group: Group): AsyncGenerator<ChangelogEntry> {
    const keys = [...(this.scopes.get(group) ?? [])].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    for (const scope of keys) {
      const bucket = this.buckets.get(`${group}\0${scope}`)!;
      if (bucket.file) {
        this.close(bucket);
        const lines = createInterface({ input: createReadStream(bucket.file, 'utf8'), crlfDelay: Infinity });
        for await (const line of lines) if (line) yield JSON.parse(line) as ChangelogEntry;
      } else yield* bucket.entries;
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
      bucket = { entries: [], used: 0 };
      this.buckets.set(key, bucket);
      if (this.dir) bucket.file = join(this.dir, `${this.buckets.size}.jsonl`);
    }
    if (bucket.file) this.write(bucket, entry);
    else {
      bucket.entries.push(entry);
      this.held += 1;
      if (this.held > this.budget) this.spill();
    }
  }

  /** Past the budget: every bucket moves to its file, and later entries go straight there. */
  private spill(): void {
    this.dir = mkdtempSync(join(tmpdir(), 'bump-version-'));
    spillDirs.add(this.dir);
    let index = 0;
    for (const bucket of this.buckets.values()) {
      bucket.file = join(this.dir, `${(index += 1)}.jsonl`);
      for (const entry of bucket.entries) this.write(bucket, entry);
      bucket.entries = [];
    }
    this.held = 0;
  }

  private write(bucket: Bucket, entry: ChangelogEntry): void {
    const line = JSON.stringify(entry) + '\n';
    const size = Buffer.byteLength(line);
    bucket.buffer ??= Buffer.allocUnsafe(BUFFER_BYTES);
    if (bucket.used + size > BUFFER_BYTES) this.flush(bucket);
    if (size > BUFFER_BYTES) this.append(bucket, Buffer.from(line));
    else bucket.used += bucket.buffer.write(line, bucket.used);
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

/** Named scopes first, then the unscoped entries, then the overflow bucket. */
function rank(scope: string): number {
  if (scope === OVERFLOW) return 2;
  return scope === '' ? 1 : 0;
}
