import { describe, expect, it, afterAll, beforeAll } from '@jest/globals';
import { readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { writeArchive, writeTarGz, writeZip } from '../../../packages/artifacts/src/archive.js';
import { findMatches, walkContext } from '../../../packages/artifacts/src/collect.js';
import { commonBase, expandMatches, type SourceEntry } from '../../../packages/artifacts/src/entries.js';
import { hashFile } from '../../../packages/artifacts/src/hash.js';
import { sh, tempDir, writeTree } from './support.js';

const MTIME = 1_767_600_000; // 2026-01-05T08:00:00Z
const TREE = {
  'dist/README.md': 'read me\n',
  'dist/bin/tool': { content: '#!/bin/sh\necho tool\n', mode: 0o775 },
  'dist/lib/data.json': '{"a":1}\n',
  'dist/lib/private.key': { content: 'not really\n', mode: 0o600 },
};

async function entriesOf(root: string): Promise<SourceEntry[]> {
  const context = await walkContext(root, ['dist']);
  const matches = await findMatches(context, ['dist']);
  return expandMatches(context, matches, commonBase(matches));
}

describe('reproducible archives', () => {
  let first: string;
  let second: string;
  let out: string;

  beforeAll(async () => {
    [first, second, out] = await Promise.all([tempDir(), tempDir(), tempDir()]);
    await writeTree(first, TREE);
    await writeTree(second, TREE);
    // Different times on disk in the second tree: they must not reach the archive.
    for (const file of ['dist/README.md', 'dist/bin/tool', 'dist/lib/data.json', 'dist/lib/private.key']) {
      await utimes(join(second, file), new Date('2001-02-03T04:05:06Z'), new Date('2001-02-03T04:05:06Z'));
    }
  });

  afterAll(async () => {
    await Promise.all([first, second, out].map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it.each(['tar.gz', 'zip'] as const)(
    'gives byte-identical %s archives from two folders with different mtimes',
    async (format) => {
      const a = await writeArchive(format, await entriesOf(first), join(out, `a.${format}`), {
        mtime: MTIME,
        level: 6,
      });
      const b = await writeArchive(format, await entriesOf(second), join(out, `b.${format}`), {
        mtime: MTIME,
        level: 6,
      });
      expect(a.sha256).toBe(b.sha256);
      expect(a.size).toBe(b.size);
      expect(await hashFile(join(out, `a.${format}`))).toEqual({ size: a.size, sha256: a.sha256 });
    },
  );

  it('writes tar entries sorted, owned by 0:0 with no names, fixed time and normalised modes', async () => {
    const path = join(out, 'listing.tar.gz');
    await writeTarGz(await entriesOf(first), path, { mtime: MTIME, level: 9 });
    const listing = await sh('tar', ['--numeric-owner', '--utc', '-tvzf', path]);
    expect(listing.code).toBe(0);
    const lines = listing.stdout
      .trim()
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' '));
    expect(lines).toEqual([
      '-rw-r--r-- 0/0 8 2026-01-05 08:00 README.md',
      'drwxr-xr-x 0/0 0 2026-01-05 08:00 bin/',
      '-rwxr-xr-x 0/0 20 2026-01-05 08:00 bin/tool',
      'drwxr-xr-x 0/0 0 2026-01-05 08:00 lib/',
      '-rw-r--r-- 0/0 8 2026-01-05 08:00 lib/data.json',
      '-rw-r--r-- 0/0 11 2026-01-05 08:00 lib/private.key',
    ]);
    const raw = gunzipSync(await readFile(path));
    expect(raw.subarray(265, 265 + 32).every((byte) => byte === 0)).toBe(true); // uname empty
  });

  it('fixes the gzip header: no timestamp, Unix as the OS', async () => {
    const path = join(out, 'header.tar.gz');
    await writeTarGz(await entriesOf(first), path, { mtime: MTIME, level: 6 });
    const header = (await readFile(path)).subarray(0, 10);
    expect([...header.subarray(0, 3)]).toEqual([0x1f, 0x8b, 8]);
    expect(header.readUInt32LE(4)).toBe(0);
    expect(header[9]).toBe(3);
  });

  it('writes zip entries with normalised modes and the time in UTC whatever the time zone', async () => {
    const entries = await entriesOf(first);
    const saved = process.env['TZ'];
    const digests: string[] = [];
    try {
      for (const zone of ['UTC', 'America/Los_Angeles', 'Asia/Kolkata']) {
        process.env['TZ'] = zone;
        digests.push(
          (await writeZip(entries, join(out, `tz-${digests.length}.zip`), { mtime: MTIME, level: 6 })).sha256,
        );
      }
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
    expect(new Set(digests).size).toBe(1);
    const listing = await sh('unzip', ['-Z', '-T', join(out, 'tz-0.zip')]);
    expect(listing.code).toBe(0);
    expect(listing.stdout).toMatch(/-rw-r--r-- .* 20260105\.080000 README\.md/);
    expect(listing.stdout).toMatch(/drwxr-xr-x .* 20260105\.080000 bin\//);
    expect(listing.stdout).toMatch(/-rwxr-xr-x .* 20260105\.080000 bin\/tool/);
    expect(listing.stdout).toMatch(/-rw-r--r-- .* lib\/private\.key/);
    const test = await sh('unzip', ['-t', join(out, 'tz-0.zip')]);
    expect(test.stdout).toMatch(/No errors detected/);
  });

  it('round-trips the contents through tar and unzip', async () => {
    const entries = await entriesOf(first);
    await writeTarGz(entries, join(out, 'round.tar.gz'), { mtime: MTIME, level: 6 });
    await writeZip(entries, join(out, 'round.zip'), { mtime: MTIME, level: 0 });
    const fromTar = join(out, 'from-tar');
    const fromZip = join(out, 'from-zip');
    await sh('mkdir', ['-p', fromTar, fromZip]);
    expect((await sh('tar', ['-xzf', join(out, 'round.tar.gz'), '-C', fromTar])).code).toBe(0);
    expect((await sh('unzip', ['-q', join(out, 'round.zip'), '-d', fromZip])).code).toBe(0);
    for (const dir of [fromTar, fromZip]) {
      expect(await readFile(join(dir, 'bin/tool'), 'utf8')).toBe('#!/bin/sh\necho tool\n');
      expect(await readFile(join(dir, 'lib/data.json'), 'utf8')).toBe('{"a":1}\n');
    }
  });

  it('fails, rather than writing a corrupt archive, when a file changes size while it is read', async () => {
    const entries = await entriesOf(first);
    const changing = entries.find((entry) => entry.path === 'lib/data.json')!;
    await writeFile(join(first, 'dist/lib/data.json'), '{"a":1,"grown":true}\n');
    await expect(writeTarGz(entries, join(out, 'bad.tar.gz'), { mtime: MTIME, level: 6 })).rejects.toThrow();
    await expect(writeZip(entries, join(out, 'bad.zip'), { mtime: MTIME, level: 6 })).rejects.toThrow();
    await writeFile(join(first, 'dist/lib/data.json'), '{"a":1}\n');
    expect(changing.size).toBe(8);
  });
});
