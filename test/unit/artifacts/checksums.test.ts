import { describe, expect, it, afterAll, beforeAll } from '@jest/globals';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatChecksums, parseChecksums } from '../../../packages/artifacts/src/checksums.js';
import { hashFile } from '../../../packages/artifacts/src/hash.js';
import { Staging } from '../../../packages/artifacts/src/staging.js';
import { sh, tempDir } from './support.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('checksum files', () => {
  it('are read by sha256sum -c and sha512sum -c, sorted by name', async () => {
    const names = ['b-1.0.0.zip', 'a-1.0.0.tar.gz'];
    const items = [];
    for (const name of names) {
      await writeFile(join(dir, name), `contents of ${name}\n`.repeat(1000));
      items.push({ name, ...(await hashFile(join(dir, name), ['sha256', 'sha512'])) });
    }
    const sha256 = formatChecksums(items, 'sha256');
    expect(sha256.split('\n')[0]).toMatch(/^[0-9a-f]{64} {2}a-1\.0\.0\.tar\.gz$/);
    await writeFile(join(dir, 'SHA256SUMS'), sha256);
    await writeFile(join(dir, 'SHA512SUMS'), formatChecksums(items, 'sha512'));
    const check256 = await sh('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: dir });
    expect(check256).toMatchObject({ code: 0, stdout: 'a-1.0.0.tar.gz: OK\nb-1.0.0.zip: OK\n' });
    expect((await sh('sha512sum', ['-c', '--strict', 'SHA512SUMS'], { cwd: dir })).code).toBe(0);
    expect(parseChecksums(sha256).get('b-1.0.0.zip')).toBe(items[0]!.sha256);
  });

  it('hash files like sha256sum does', async () => {
    const path = join(dir, 'big.bin');
    await writeFile(path, Buffer.alloc(9 * 1024 * 1024 + 7, 'x'));
    const ours = await hashFile(path, ['sha256', 'sha512']);
    expect(ours.sha256).toBe((await sh('sha256sum', [path])).stdout.split(' ')[0]);
    expect(ours.sha512).toBe((await sh('sha512sum', [path])).stdout.split(' ')[0]);
    expect(ours.size).toBe(9 * 1024 * 1024 + 7);
  });
});

describe('staging', () => {
  it('moves files into place, keeps identical ones untouched and replaces changed ones', async () => {
    const out = join(dir, 'out');
    const first = await Staging.open(out);
    await first.writeText('same.txt', 'same\n');
    await first.writeText('changes.txt', 'one\n');
    expect(await first.commit(['same.txt', 'changes.txt'])).toEqual({
      written: ['same.txt', 'changes.txt'],
      kept: [],
    });
    const before = await stat(join(out, 'same.txt'));

    const second = await Staging.open(out);
    await second.writeText('same.txt', 'same\n');
    await second.writeText('changes.txt', 'two\n');
    expect(await second.commit(['same.txt', 'changes.txt'])).toEqual({
      written: ['changes.txt'],
      kept: ['same.txt'],
    });
    const after = await stat(join(out, 'same.txt'));
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(await readFile(join(out, 'changes.txt'), 'utf8')).toBe('two\n');
    expect((await sh('ls', ['-A', out])).stdout.trim().split('\n')).toEqual(['changes.txt', 'same.txt']);
  });

  it('leaves nothing behind when discarded, not even the folder it created', async () => {
    const out = join(dir, 'new/deeper/out');
    const staging = await Staging.open(out);
    await staging.writeText('half.tar.gz', 'partial');
    await staging.discard();
    await expect(stat(join(dir, 'new'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('clears a staging folder a killed run left behind', async () => {
    const out = join(dir, 'killed');
    const killed = await Staging.open(out);
    await killed.writeText('half.tar.gz', 'partial');
    const next = await Staging.open(out);
    await expect(stat(killed.root)).rejects.toMatchObject({ code: 'ENOENT' });
    await next.discard();
  });
});
