import { createHash, type Hash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { Transform, type TransformCallback } from 'node:stream';

/** Digests computed while bytes stream past, or by reading a file in large blocks: never the whole file in memory. */

export type DigestAlgorithm = 'sha256' | 'sha512';

export interface Digests {
  size: number;
  sha256: string;
  sha512?: string;
}

/** A pass-through stream that hashes and counts what flows through it. */
export class DigestStream extends Transform {
  private readonly hashes: [DigestAlgorithm, Hash][];
  private size = 0;

  constructor(algorithms: readonly DigestAlgorithm[]) {
    super();
    this.hashes = unique(algorithms).map((name) => [name, createHash(name)]);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    for (const [, hash] of this.hashes) hash.update(chunk);
    this.size += chunk.length;
    callback(null, chunk);
  }

  /** Only once the stream has ended. */
  digests(): Digests {
    return toDigests(this.size, this.hashes);
  }
}

function unique(algorithms: readonly DigestAlgorithm[]): DigestAlgorithm[] {
  return [...new Set<DigestAlgorithm>(['sha256', ...algorithms])];
}

function toDigests(size: number, hashes: [DigestAlgorithm, Hash][]): Digests {
  const result: Digests = { size, sha256: '' };
  for (const [name, hash] of hashes) result[name] = hash.digest('hex');
  return result;
}

/** 4 MiB: large enough that the hash, not the system calls, sets the pace. */
const BLOCK = 4 * 1024 * 1024;

/** Hashes a file by reading it block by block into one reused buffer. */
export async function hashFile(
  path: string,
  algorithms: readonly DigestAlgorithm[] = ['sha256'],
): Promise<Digests> {
  const hashes: [DigestAlgorithm, Hash][] = unique(algorithms).map((name) => [name, createHash(name)]);
  const handle = await open(path, 'r');
  const buffer = Buffer.allocUnsafe(BLOCK);
  let size = 0;
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, BLOCK, null);
      if (bytesRead === 0) break;
      const view = buffer.subarray(0, bytesRead);
      for (const [, hash] of hashes) hash.update(view);
      size += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return toDigests(size, hashes);
}
